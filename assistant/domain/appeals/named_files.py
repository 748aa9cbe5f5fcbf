"""The documents a seller names as attached, and which of them reached us.

A seller says what it attaches in its own words: by a file name ("see attached tvk_registration.pdf"), or by what the
document is ("the acceptance notice is attached", "we attach the purchase invoice", "拍摄合同见附件", "授权书已附上",
"附件：发票、授权书"). Each naming is kept with the seller's words for it, exactly as written. A named document is
received when a file given has its name, or is of its kind, or is a file left over that nothing else named (which
document it is cannot be told, so it is never called missing); the rest were named, not received: what they show is
not verified, and they are asked for.

Plain patterns read the naming (the cue words for "attached" in English and Chinese, and the nouns for documents); the
kind of a named document is read by the same rules as a file's name (``evidence.attachment_kind``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from assistant.domain.appeals.checks import ATTACHED_ELSEWHERE_RE, OTHER_KIND_GIVEN, Basis, Finding, GroundAssessment, Severity, settled_status
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    IMAGE_OWNERSHIP_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    AttachmentKind,
    attachment_kind,
)
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

_EXTENSIONS = r"pdf|docx?|jpe?g|png|gif|webp|heic|tiff?|bmp|txt|rtf|xlsx?|csv|zip|rar|7z|html?|odt|cr[23w]|nef|nrw|arw|dng|raf|orf|rw2|pef|srw"
_FILE_NAME_RE = re.compile(rf"(?<![\w.\-])[\w\u4e00-\u9fff][\w\u4e00-\u9fff.\-]*\.(?:{_EXTENSIONS})(?![\w\-])", re.I)

# The nouns a document is named by, in English (optionally plural) and Chinese.
_DOC_NOUN = (
    r"(?:invoices?|receipts?|contracts?|agreements?|licen[cs]es?|authori[sz]ations?|letters?|certificates?|notices?|files?|"
    r"screenshots?|photos?|photographs?|pictures?|images?|scans?|copy|copies|documents?|statements?|reports?|orders?|"
    r"declarations?|registrations?|records?|proofs?|receipts?|bills?|e-?mails?|emails?)"
)
_WORD = r"[\w'\-]+"
_DETERMINERS = frozenset(
    "the our a an its their my your this these that those both all also and of in is are we please see find copy copies "
    "herewith kindly signed attached enclosed as you will".split()
)
# English: "the attached invoice", "we attach the purchase invoice and the licence", "please find enclosed our licence",
# "the acceptance notice is attached", "invoice attached": the words after the cue (to the clause's end), or the
# few words before it.
# The words after the cue run on over an aside in brackets ('our letter (valid until 31.12.2027) and your invoice') and a
# title's stop ('signed by your Mr. Keller'), so that a document named after either is read too.
_TITLE_STOP = "|".join(rf"(?<=\b{title})\." for title in ("Mr", "Mrs", "Ms", "Dr", "No", "Nr", "Nos"))
_AFTER_CUE_RE = re.compile(r"\b(?:attached|attach|attaching|enclosed|enclose|enclosing|please find|herewith|re-?sent|resend|resending"
                           rf"|sent (?:you )?again|sending (?:you )?again)\s+((?:[^.;:()\n]|\([^()\n]*\)|{_TITLE_STOP})+)", re.I)
_ASIDE_RE = re.compile(r"\s*\([^()\n]*\)")
_BEFORE_CUE_RE = re.compile(
    rf"((?:{_WORD}\s+){{0,5}}{_DOC_NOUN})\s+(?:(?:is|are|was|were)\s+)?(?:also\s+)?(?:attached|enclosed|included|uploaded)\b", re.I
)
_LIST_CUE_RE = re.compile(r"\battachments?\s*[:：]\s*(.+)$", re.I)
# Chinese: "拍摄合同见附件", "授权书已附上", "附上进货发票", "附件：发票、授权书".
_ZH_DOC = r"(?:(?:采购|进货|送货|购货|订货)单|合同|协议|发票|收据|授权书|授权|许可证|许可|证书|证明|截图|照片|图片|文件|扫描件|通知书|通知|受理书|申请书|声明|报告|订单|单据|凭证|记录|原图|底片|执照)"
_ZH_AFTER_RE = re.compile(rf"([\u4e00-\u9fffA-Za-z0-9（）()“”\"]{{0,30}}?{_ZH_DOC})(?:均|都|也|已|一并)?(?:见附件|详见附件|附后|已附上|附上|已附|已上传|见附图|在附件中?|随附|附带|另附)")
_ZH_BEFORE_RE = re.compile(rf"(?:附上|随附|附有|附带|另附|附件为|附件是|附件[:：])\s*([\u4e00-\u9fffA-Za-z0-9（）()、，,和及与\s]{{0,60}}{_ZH_DOC})")
_ZH_SPLIT_RE = re.compile(r"、|，|,|以及|和|及|与|;|；")
_ZH_LEAD_RE = re.compile(r"^(?:我们的|我们|本店的|本店|我司的|我司|我店的|我店|相关的|相关|并|另|还|的)+")
_EN_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\bas well as\b|\btogether with\b)\s*", re.I)
# Other languages: in a clause that says a file is attached (checks.ATTACHED_ELSEWHERE_RE: "adjunto la factura",
# "faktur terlampir", "in allegato la fattura"), each noun for a document, as written.
_OTHER_DOC_RE = re.compile(
    r"\b(?:facturas?|fatture|fattura|factures?|rechnung(?:en)?|faktur|invois|kwitansi|nota pembelian|bukti (?:pembelian|pembayaran)"
    r"|contratos?|contratt[oi]|contrats?|vertrag|kontrak|perjanjian|licencias?|licenz[ae]|lizenz|lisensi|certificados?|certificat[oi]"
    r"|certificats?|zertifikat|sertifikat|autorizaci[oó]n|autorizzazione|autorisation|vollmacht|surat kuasa|recibos?|ricevuta|scontrin[oi]|kassenbon|re[cç]us?"
    r"|surat (?:penunjukan|pelantikan|lantikan|kebenaran|izin|otorisasi)"
    r"|albar[aá]n|quittung|documentos?|dokumen|fotos?|correos?(?: electr[oó]nicos?)?|e-?mails?|courriels?|surel|cartas?|lettera|schreiben"
    # Receipts and delivery papers ('el ticket de compra', 'el comprobante', 'le bon de livraison', 'la preuve d'achat',
    # 'la bolla', 'struk pembeliannya', 'nota pembelian'), and German compounds ending in a paper's word ('Kaufbeleg',
    # 'Lieferschein', 'Kaufvertrag', 'Kassenbon').
    r"|tickets?|comprobantes?|justificantes?|justificatifs?|attestations?|bons? de (?:livraison|commande)|preuves? d'achat|bolla|"
    r"struk(?:\s+(?:pembelian|belanja)(?:nya)?)?|nota\s+(?:pembelian|belanja)(?:nya)?|resit(?:\s+pembelian)?|"
    r"\w*(?:rechnung|beleg|quittung|vertrag|zertifikat|schein|bescheinigung|nachweis)(?:en|e|s)?)\b",
    re.IGNORECASE,
)
_CLAUSE_RE = re.compile(r"[,;:()\n，；：]")
# Words that say nothing about which document it is: any file given answers them.
_GENERIC = frozenset({"file", "files", "document", "documents", "copy", "copies", "scan", "scans", "文件", "附件", "扫描件"})


@dataclass(frozen=True)
class NamedDocument:
    """A document the seller names as attached, with its words for it (exactly as written) and their sentence."""

    words: str
    sentence: str
    is_file_name: bool

    @property
    def kind(self) -> AttachmentKind:
        return attachment_kind(AppealAttachment(name=self.words))

    @property
    def family(self) -> frozenset[AttachmentKind] | None:
        """The kinds of file that are this document: purchase papers, authorisations, a photographer's record."""
        kind = self.kind
        return next((f for f in (PURCHASE_KINDS, AUTHORIZATION_KINDS, IMAGE_OWNERSHIP_KINDS) if kind in f), None)


def _trimmed_en(words: str) -> str:
    parts = words.split()
    while len(parts) > 1 and parts[0].lower() in _DETERMINERS:
        parts = parts[1:]
    return " ".join(parts)


# A document's name: its noun, and the number it carries ('your invoice RE-2026-0915', 'the invoice no. 5512').
_NAMED_AS = rf"{_DOC_NOUN}(?:\s+(?:no\.?\s*|nr\.?\s*|#\s*)?[\w/\-]*\d[\w/\-]*)?"
# A document's name followed by what it is for or who wrote it ('that e-mail for your reference', 'the letter from the owner').
_NAME_THEN_MORE_RE = re.compile(rf"^((?:{_WORD}\s+){{0,4}}?{_NAMED_AS})\s+(?:for|from|dated|which|that|signed|issued|sent)\b", re.I)


def _en_named(sentence: str) -> list[str]:
    found = [_ASIDE_RE.sub("", m.group(1)) for m in _AFTER_CUE_RE.finditer(sentence)] + [m.group(1) for m in _BEFORE_CUE_RE.finditer(sentence)]
    listed = _LIST_CUE_RE.search(sentence)
    found += [listed.group(1)] if listed else []
    out = []
    for words in found:
        for part in _EN_SPLIT_RE.split(words):
            part = (_NAME_THEN_MORE_RE.match(part.strip()) or re.match(r"(.*)", part)).group(1)
            part = _trimmed_en(part.strip(" .;:"))
            # A document's name ends in a noun for one ("the prior-art file"), or its number; "attached, valid until 2027" names none.
            if part and len(part.split()) <= 5 and re.search(rf"\b{_NAMED_AS}$", part, re.I):
                out.append(part)
    return out


# Where a document's name may end: a mark that ends a clause, or the sentence's end.
_ZH_NAME_END_RE = re.compile(r"\s*(?:$|[。；;，,、！!？?）)】」』\]])")


def _list_after_cue(match: re.Match[str]) -> str:
    """The list a cue introduces ('附件为发票，授权书'), to where its last name ends. A clause after a comma that runs on past
    its noun says what the paper is for, and names no paper ('附件为…拍摄合同扫描件，可以证明图片来源': 'can prove the photos'
    source'): it is left out, so nothing the seller never attached is asked for."""
    words, rest = match.group(1), match.string[match.end(1):]
    head, comma, last = max(words.rpartition("，"), words.rpartition(","), key=lambda parts: len(parts[0]))
    return head if comma and not _ZH_NAME_END_RE.match(rest) else words


def _zh_named(sentence: str) -> list[str]:
    found = [m.group(1) for m in _ZH_AFTER_RE.finditer(sentence)] + [_list_after_cue(m) for m in _ZH_BEFORE_RE.finditer(sentence)]
    out = []
    for words in found:
        for part in _ZH_SPLIT_RE.split(words):
            part = _ZH_LEAD_RE.sub("", part.strip())
            if part and re.search(rf"{_ZH_DOC}$", part):
                out.append(part)
    return out


# Between two nouns of one document's name ('contrato de licencia', 'fattura di acquisto', 'bukti pembelian').
_JOINED_RE = re.compile(r"^\s+(?:de|del|de la|di|della|du|des|d'|der|von|dan)?\s*$", re.IGNORECASE)
# What the document is of, after its noun: 'ticket de compra', 'fattura di acquisto', 'facture d'achat' (one word, never
# an article: 'la factura de la tienda' names the factura).
_OF_WHAT_RE = re.compile(r"^\s+(?:de|di|d')\s*(?!(?:la|el|los|las|il|lo|le|les|un|una|une)\b)[^\W\d_]{4,}", re.IGNORECASE)


def _elsewhere_named(sentence: str) -> list[str]:
    """The documents a sentence in another language names as attached: the nouns for documents in a clause that says so,
    two nouns joined by 'de', 'di' ... read as one document ('contrato de licencia' is one licence)."""
    out = []
    for clause in _CLAUSE_RE.split(sentence):
        if not ATTACHED_ELSEWHERE_RE.search(normalize_text(clause)):
            continue
        spans: list[list[int]] = []
        for match in _OTHER_DOC_RE.finditer(clause):
            if spans and _JOINED_RE.match(clause[spans[-1][1] : match.start()]):
                spans[-1][1] = match.end()
            else:
                spans.append([match.start(), match.end()])
        for span in spans:
            more = _OF_WHAT_RE.match(clause[span[1] :])
            span[1] += more.end() if more and not _OTHER_DOC_RE.match(clause[span[1] :].lstrip()) else 0
        out += [clause[start:end] for start, end in spans]
    return out


def named_documents(counter_notice: str) -> list[NamedDocument]:
    """Each document the seller names as attached, once, in the order named. A sentence that gives a file name names
    that file (its other words for it, "the acceptance notice is attached (notice.pdf)", are the same document).
    A line broken inside a sentence is read as one line; the words kept are those the seller wrote, exactly."""
    text = counter_notice or ""
    joined = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)", " ", text)  # a paragraph's wrapped lines, not its blank-line breaks
    named: list[NamedDocument] = []
    seen: set[str] = set()
    for sentence in sentences(joined):
        files = _FILE_NAME_RE.findall(sentence)
        words = files or _en_named(sentence) + _zh_named(sentence) + _elsewhere_named(sentence)
        for item in words:
            key = normalize_text(item)
            if key not in seen and item in text:
                seen.add(key)
                named.append(NamedDocument(words=item, sentence=sentence, is_file_name=bool(files)))
    return named


def _same_name(named: NamedDocument, attachment: AppealAttachment, kind: AttachmentKind) -> bool:
    given, said = normalize_text(attachment.name), normalize_text(named.words)
    if named.is_file_name:
        return given == said or normalize_text(PurePath(attachment.name).stem) == normalize_text(PurePath(named.words).stem)
    head = said.split()[-1] if " " in said else said
    return len(head) >= 2 and (said in given or head.rstrip("s") in given)


def _same_kind(named: NamedDocument, attachment: AppealAttachment, kind: AttachmentKind) -> bool:
    family = named.family
    return family is not None and kind in family


def _generic(named: NamedDocument) -> bool:
    """'the attached file', '附件': words that name no document in particular ('the prior-art file' names one)."""
    return normalize_text(named.words) in _GENERIC


def not_received(named: list[NamedDocument], given: list[tuple[int, AppealAttachment, AttachmentKind]]) -> list[NamedDocument]:
    """The named documents no file given answers: not by its name, not by its kind, and no file left over that
    nothing else named (which could be it). A file named by its file name is matched first."""
    # A file given under a name the seller wrote is that file: it answers no other name ('IMG_4471.CR2' is not the
    # 'photographer_contract.txt' given beside it, though both are papers for the photos).
    by_name = {id(d): g for d in named if d.is_file_name for g in given if _same_name(d, g[1], g[2])}
    free = [g for g in given if not any(g is m for m in by_name.values())]
    unmatched = []
    for document in sorted(named, key=lambda d: not d.is_file_name):
        if id(document) in by_name:
            continue
        pool = free if document.is_file_name else given
        match = next((g for g in free if _same_name(document, g[1], g[2])), None) or next((g for g in pool if _same_kind(document, g[1], g[2])), None)
        if match is None and given and _generic(document):
            continue  # "see the attached file": any file given answers it
        if match is None:
            unmatched.append(document)
        elif match in free:
            free.remove(match)
    missing = unmatched[len(free):]  # a file nothing else named may be any of them: only what is left over is missing
    return [d for d in named if d in missing]


# The documents each evidence ground rests on: a document of that family named and not received is that ground's point.
_GROUND_FAMILY = {
    AppealGround.PURCHASE_INVOICE: PURCHASE_KINDS,
    AppealGround.LICENCE: AUTHORIZATION_KINDS,
    AppealGround.AUTHORIZATION_CHAIN: AUTHORIZATION_KINDS,
}
NOT_RECEIVED_REPLY = "The counter-notice names a document as attached that did not reach us: we ask to see it before the listing is restored."


def _quoted(documents: list[NamedDocument]) -> str:
    words = [f"\u201c{escape_untrusted(d.words)}\u201d" for d in documents]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _refers_to(document: NamedDocument, sentences: tuple[str, ...]) -> bool:
    """Whether a document of no kind of its own ('dicho correo', 'that e-mail') is the one the ground's sentences speak of:
    named in one of them, or its noun used in one ('renovado ... mediante correo electrónico' ... 'Adjuntamos dicho correo')."""
    if document.family is not None or _generic(document):
        return False
    head = normalize_text(document.words).split()[-1]
    return any(document.sentence == s or re.search(rf"(?<!\w){re.escape(head)}(?!\w)", normalize_text(s)) for s in sentences)


# A file named by its name only ('Original camera file: IMG_4471.CR2') is named, not said to be attached.
_ATTACHED_SAID_RE = re.compile(r"attach|enclos|herewith|附|lampir|adjunt|alleg|anbei|anhang|ci-joint|anexo|anexad|terlampir", re.IGNORECASE)
_AS_ATTACHED = " as attached"


def flag_not_received(grounds: list[GroundAssessment], missing: list[NamedDocument], words: dict[AppealGround, tuple[str, ...]]) -> None:
    """Each document named and not received, as one point: a ground that found no document of its kind says which
    ones the seller named (its words quoted) and that none reached us; any other is a point of its own on the ground
    whose sentences name it (else the first). Either is not verified, and a ground left with nothing a readable
    document shows against it is not verified either."""
    left = list(missing)
    for ground in grounds:
        family = _GROUND_FAMILY.get(ground.ground)
        mine = [d for d in missing if family and (d.family == family or _refers_to(d, words.get(ground.ground, ())))]
        for number, finding in enumerate(ground.findings):
            if finding.code != "no_document" or not mine:
                continue
            one = len(mine) == 1
            # Files given of another kind than the one named: said so, never 'no file was given'.
            given = "no file given is " + ("it" if one else "one of them") if finding.about == OTHER_KIND_GIVEN else "no file was given to us"
            ground.findings[number] = finding.model_copy(update={
                "basis": Basis.NOT_VERIFIED,
                "message": f"The seller names {_quoted(mine)} as attached, but {given}, so what {'it shows is' if one else 'they show is'} "
                f"not verified: ask the seller (or the platform) for {'it' if one else 'them'}, or add the file and triage again.",
                "reply": finding.reply or NOT_RECEIVED_REPLY,
            })
            left = [d for d in left if d not in mine]
        ground.status = settled_status(ground.status, ground.findings)
    for document in left:
        home = next((g for g in grounds if any(document.words in w or w in document.sentence for w in words.get(g.ground, ()))), None)
        home = home or (grounds[0] if grounds else None)
        if home is None:
            continue
        home.findings.append(Finding(
            code="named_not_received", severity=Severity.MISSING, basis=Basis.NOT_VERIFIED, ground=home.ground,
            message=f"The seller names {_quoted([document])}{_AS_ATTACHED if _ATTACHED_SAID_RE.search(document.sentence) else ''}, but it "
            "was not received, so what it shows is not verified: "
            "ask the seller (or the platform) for it.",
            reply=NOT_RECEIVED_REPLY,
        ))


__all__ = ["NOT_RECEIVED_REPLY", "NamedDocument", "flag_not_received", "named_documents", "not_received"]
