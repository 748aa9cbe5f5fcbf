"""What the person says of a document the seller names: our statement, never the seller's.

A seller often names a document it did not send ("the authorisation letter is attached", "the contract we signed with
you"). The person asking for the triage may know better and say so in their own words around the pasted text: "we
never sent them any authorisation", "the letter they mention never reached us", "we have no record of that contract",
"nunca les enviamos ninguna autorización", "我们从来没有给过他们任何授权书", "einen solchen Vertrag haben wir nie
unterschrieben". Such a sentence is the complainant's own statement about that document: the draft reply says it as
ours, in the person's words, and asks the seller to produce the document (response.py).

A sentence is read as one when it speaks of a document, denies something of it (never, no record, not, 没有, nie ...)
and speaks from our side (we, us, our, the seller as 'they'), or says where the document holds only or that it has ended
("the licence they attached is valid only for Germany and Austria and ran until 31.12.2025", "die Lizenz ist abgelaufen"); the person's requests ('please triage this', 'received
yesterday') and questions are never statements. Plain rules in the languages support staff write.
"""

from __future__ import annotations

import re

# A document, as people name one: a letter, an authorisation or licence, a contract, an invoice, a certificate.
_DOCUMENT = re.compile(
    r"\b(?:letters?|authori[sz]ations?|authori[sz]ed|permission|consent|licen[cs]es?|licen[cs]ed|contracts?|agreements?|invoices?|receipts?|"
    r"certificates?|documents?|papers?|"
    r"cartas?|autorizaci[oó]n(?:es)?|autorizad[oa]s?|permisos?|licencias?|contratos?|acuerdos?|facturas?|documentos?|"
    r"brief(?:e)?|schreiben|genehmigung(?:en)?|erlaubnis|vollmacht(?:en)?|lizenz(?:en)?|vertr[aä]ge?s?|vereinbarung(?:en)?|rechnung(?:en)?|"
    r"dokumente?|autorisierung|"
    r"surat|kebenaran|izin|lesen|lisensi|kontrak|perjanjian|invois|faktur|dokumen)\b"
    r"|授权书?|许可证?|合同|协议|发票|收据|证书|文件|信函|函件|信",
    re.IGNORECASE,
)
# A denial: never, none, no record, not, did not ...
_DENIAL = re.compile(
    r"\b(?:never|no|not|none|nothing|nobody|n't|without|"
    r"nunca|jam[aá]s|ning[uú]n[oa]?|nada|sin|"
    r"nie(?:mals)?|kein(?:e[nmrs]?)?|nicht|"
    r"tidak|tiada|tak|belum|bukan|pernah\s+tidak)\b|n't\b|从未|从来没有?|从没|没有|没|未曾|未|不存在|不是",
    re.IGNORECASE,
)
# A limit of the document, said of it: where it holds only ('valid only for Germany and Austria', 'solo vale para', 'gilt nur
# für', '只限德国'), or that it has ended ('it ran until 31.12.2025', 'expired', 'caducó', 'lief am ... aus', '已经到期'). A
# date it runs to, said alone ('valid until 2027'), is what a seller says of its own paper: no limit.
_LIMIT = re.compile(
    r"\b(?:(?:valid|good|applies|covers?|issued|granted)\s+only|only\s+(?:for|in|covers?|applies|valid)|limited\s+to|restricted\s+to|"
    r"expired|ran\s+(?:out|until|till|to)|ended\s+(?:on|in|at)|lapsed|no\s+longer\s+(?:valid|in\s+force)|"
    r"s[oó]lo\s+(?:vale|es\s+v[aá]lid[oa]|para|en|cubre)|[uú]nicamente\s+(?:para|en)|limitad[oa]\s+a|caduc[oó]|venci[oó]|expir[oó]|"
    r"ya\s+no\s+(?:es\s+)?v[aá]lid[oa]|(?:vale|valid[oa])\s+solo|solo\s+(?:per|in)|limitat[oa]\s+a|scadut[oa]|non\s+[eè]\s+pi[uù]\s+valid[oa]|"
    r"gilt\s+nur|nur\s+(?:f[üu]r|in)|beschr[äa]nkt\s+auf|abgelaufen|ausgelaufen|lief\b[^.;]{0,30}\baus|nicht\s+mehr\s+g[üu]ltig|"
    r"hanya\s+(?:untuk|di|sah)|sudah\s+tamat|telah\s+tamat|luput|apenas\s+(?:para|em)|s[oó]\s+(?:vale|para)|expirou|caducou|venceu)\b"
    r"|只限|仅限|只适用|仅适用|只在|仅在|已经?到期|已?过期|已经?失效",
    re.IGNORECASE,
)
# Our side speaking: we, us, our (and the seller spoken of as they / them / the seller).
_OUR_SIDE = re.compile(
    r"\b(?:we|us|our|ours|they|them|their|the\s+seller|nosotros|nos|nuestr[oa]s?|les|ellos|el\s+vendedor|wir|uns|unser\w*|ihnen|"
    r"der\s+verk[äa]ufer|kami|kita|mereka|penjual)\b|我们|我方|我司|他们|卖家|对方",
    re.IGNORECASE,
)
# The person's request or question, never a statement: 'please triage this', 'can you check', 'what is our deadline?'.
_REQUEST = re.compile(
    r"\b(?:please|pls|can\s+you|could\s+you|triage|check|review|look\s+at|por\s+favor|revisa|bitte|pr[üu]fe?|tolong|semak|cek)\b|请|帮忙|看一下",
    re.IGNORECASE,
)
# A sentence ends at a stop followed by a space or the end ('31.12.2025' and 'S.r.l.' are one word), or at a CJK stop.
_SENTENCE = re.compile(r"(?<=[.!;])(?:\s+|$)|(?<=[。！；])\s*|\s+[-\u2013\u2014]\s+|\n+")
_MAX = 200


def our_statements(person_words: str) -> list[str]:
    """The sentences of the person's own words that state something of a document the seller may name, as written
    (trimmed of the lead-in and the colon before the seller's text); empty when there are none."""
    found: list[str] = []
    for part in _SENTENCE.split(person_words or ""):
        sentence = part.strip().rstrip(":：").strip()
        if not sentence or len(sentence) > _MAX or sentence.endswith(("?", "\uff1f")) or _REQUEST.search(sentence):
            continue
        # A denial from our side ('we never sent them any authorisation'), or a limit of the document ('the licence they
        # attached is valid only for Germany and Austria and ran until 31.12.2025'): ours, in the person's words.
        if _DOCUMENT.search(sentence) and ((_DENIAL.search(sentence) and _OUR_SIDE.search(sentence)) or _LIMIT.search(sentence)):
            found.append(sentence.rstrip(".。 "))
    return found


def denies_document(statement: str) -> bool:
    """Whether a statement of ours denies the document ('we never sent them any authorisation'), rather than saying where it
    holds or that it ended: only a denial asks the seller to produce the document."""
    return bool(_DENIAL.search(statement)) and not _LIMIT.search(statement)


__all__ = ["denies_document", "our_statements"]
