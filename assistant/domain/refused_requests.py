"""Requests the assistant refuses, whoever asks and however (`ask`, the chat, Slack): a question that tries to instruct
it (the one list of markers in untrusted_text.py), and a request to forge or fake a document.

The question service (assistant/retrieval/answer.py) refuses them before it searches, so `ask`, the chat's answers and
Slack's give the same refusal; the chat refuses them the same way before it reads any other intent.

A forgery request is told by what it asks to be made, not by the word "fake" alone: "fake" and "counterfeit" name the
goods a complaint is about ("a seller sells fake bags"), and a question about a seller's forged invoice asks how to
answer it. So it needs a verb of making addressed to the assistant ("write me", "hazme", "erstelle", "buatkan", "帮我做")
with a document of the trade said to be fake (a stamp, seal, signature, invoice, certificate, power of attorney ...),
or the verb "forge" itself ("forge", "falsificar", "fälschen", "memalsukan", "伪造") with such a document. The words are the
closed vocabulary of documents and of making in the languages the question reader knows (question_languages.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import contains_instructions, normalize_text

INSTRUCTIONS_REFUSAL = (
    "That message reads like instructions to change how I work. I follow the platform's rules and your explicit "
    "confirmations only, so I changed nothing."
)
FORGERY_REFUSAL = (
    "I can't help make a fake or forged document, or get one past the platform's checks (a stamp, seal, signature, "
    "notarisation, certificate, invoice or authorisation letter). A complaint on forged papers is filed in bad faith. "
    "If an agent or law firm files for you, what IPP asks for is a real power of attorney from the rights holder: ask "
    "\"what must a power of attorney contain?\" and I will quote the platform's rules."
)

FORGERY_REFUSALS = (FORGERY_REFUSAL,)  # in every language the refusal is worded in

_DOCUMENT = (
    r"(?:stamps?|seals?|signatures?|notar\w*|documents?|invoices?|certificates?|licen[cs]es?|letters?|power of attorney|poa|"
    r"ids?|passports?|receipts?|registrations?|authori[sz]ations?|"
    r"sellos?|firmas?|facturas?|certificados?|documentos?|poder(?:es)?(?: notarial)?|licencias?|cartas?|registros?|recibos?|"
    r"\w*stempel\w*|\w*siegel\w*|unterschrift\w*|\w*rechnung\w*|\w*urkunde\w*|vollmacht\w*|zertifikat\w*|dokument\w*|"
    r"\w*beglaubigung\w*|ausweis\w*|cap|stempel|tanda ?tangan|faktur|invois|sertifikat|sijil|surat kuasa|dokumen|"
    r"notaris|resit|kuitansi|kwitansi)"
)
_FAKE = (
    r"(?:fake|forged|false|fraudulent|made[- ]up|bogus|phony|phoney|fabricated|falsified|"
    r"fals[oa]s?|falsificad[oa]s?|trucad[oa]s?|gef[aä]lscht\w*|falsch\w*|unecht\w*|palsu|aspal)"
)
# Said after the document ('un sello falso', 'cap palsu').
_FAKE_AFTER = r"(?:fals[oa]s?|falsificad[oa]s?|trucad[oa]s?|palsu|aspal)"
_MAKE = (
    r"(?:write|make|create|generate|draft|produce|design|prepare|mock up|photoshop|print|draw|"
    r"haz|hazme|hacer|hacerme|crea|cr[eé]ame|crear|genera|generar|redacta|redactar|escribe|escr[ií]beme|prepara|prep[aá]rame|"
    r"mach|mache|erstelle|erstell|schreib|schreibe|generiere|entwirf|"
    r"buat|buatkan|bikin|bikinkan|tuliskan|sediakan|siapkan)"
)
# Words between the verb and the document that make it another request ('make a complaint about fake invoices').
_GAP = (
    r"(?:(?!(?:complaints?|reports?|questions?|tips|about|against|regarding|spot|detect|check|answer|reply|"
    r"denuncias?|reclamaci\w*|sobre|beschwerde\w*|meldung\w*|[uü]ber|laporan|aduan|tentang|mengenai)\b)[\w'-]+[\s,]+){0,7}?"
)
_FORGE = r"(?:forge|forging|fabricate|falsify|falsificar|falsif[ií]came|f[aä]lschen|f[aä]lsche|memalsukan|palsukan|malsukan)"
_FORGERY_RE = re.compile(
    rf"\b{_MAKE}\s+{_GAP}{_FAKE}\s+(?:[\w'’-]+\s+){{0,3}}?{_DOCUMENT}\b"
    rf"|\b{_MAKE}\s+{_GAP}{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,4}}?{_FAKE_AFTER}\b"
    rf"|\b(?:mir|uns)\b[^.?!\n]{{0,60}}?{_FAKE}\s+(?:[\w'’-]+\s+){{0,2}}?{_DOCUMENT}\b[^.?!\n]{{0,40}}?"
    r"\b(?:erstell\w*|mach\w*|schreib\w*|generier\w*|entwerfen|besorgen)"
    rf"|\b{_FORGE}\s+(?:[\w'’-]+\s+){{0,4}}?{_DOCUMENT}\b|\b{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,3}}?{_FORGE}\b"
    r"|(?:帮我|给我|替我|请你?|能不能|可不可以|可以)[^。？！\n]{0,2}?(?:伪造|造假|假造|仿造|[做弄开刻P]一?[张份个枚]?假)"
    r"[^。？！\n]{0,20}?(?:章|印|签名|签字|发票|证书|授权书|委托书|公证|执照|证明|文件)"
)


@dataclass(frozen=True)
class Refusal:
    kind: str  # 'instructions' or 'forgery'
    text: str


def refusal_for(text: str) -> Refusal | None:
    """The refusal a request needs (see the module's notes), or None."""
    instructions = contains_instructions(text)
    if _FORGERY_RE.search(normalize_text(text)):  # the forgery is named, after the instructions if there were any
        return Refusal("forgery", f"{INSTRUCTIONS_REFUSAL} {FORGERY_REFUSAL}" if instructions else FORGERY_REFUSAL)
    if instructions:
        return Refusal("instructions", INSTRUCTIONS_REFUSAL)
    return None


def is_refusal(reply: str, kind: str | None = None) -> bool:
    """Whether a reply gives one of these refusals (with `kind`, that one: 'forgery' or 'instructions')."""
    refusals = {"instructions": (INSTRUCTIONS_REFUSAL,), "forgery": FORGERY_REFUSALS}.get(kind or "", (INSTRUCTIONS_REFUSAL, *FORGERY_REFUSALS))
    return any(refusal[:60] in (reply or "") for refusal in refusals)
