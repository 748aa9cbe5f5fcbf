"""A right of the seller's own put against a trademark complaint: its design patent, utility model or invention patent, or
its registration of another mark.

Sellers often answer a trademark complaint with a certificate of their own ('我们自己设计的，有外观专利，专利证书已上传',
'we hold our own design patent', '有商标注册证'). A design patent protects a product's appearance, a patent its technical
features, a registration of another mark that mark only: none gives a right to use the complainant's mark, which is what a
trademark complaint is about. So the point is answered from the seller's own paper, without a lawyer: what the certificate
is (its kind, number, filing date, holder and what it covers, each as written), that it gives no right to use our mark,
whether it covers another kind of product than the one reported, and that its holder must be the seller. A registration
of the same mark (or one a character or two from it) is another matter: who holds which mark where is for legal
(grounds.LEGAL_KINDS['own_registration']), and is left to it.

Certificates and sentences are read in the languages sellers write (Chinese, English, Spanish, German, Italian,
Indonesian and Malay); names, numbers and dates are kept as the paper writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.untrusted_text import normalize_text

# The kinds of certificate, each by the words that head it.
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("design patent", re.compile(
        r"外观设计专利证书|外观专利证书|(?:certificate of|registration certificate for) (?:a |an )?(?:registered |industrial )?design(?: patent)?"
        r"|design (?:patent|registration) certificate|registered design certificate|certificado de (?:registro de )?(?:dise[ñn]o industrial|modelo industrial)"
        r"|urkunde [^\n]{0,30}design|designurkunde|eintragungsurkunde [^\n]{0,20}design|certificato di registrazione (?:di |del )?(?:disegno|modello|design)"
        r"|sertifikat desain industri|sijil (?:pendaftaran )?reka bentuk")),
    ("utility model", re.compile(r"实用新型专利证书|utility model (?:patent )?certificate|certificate of (?:a )?utility model|gebrauchsmusterurkunde"
                                 r"|certificado de modelo de utilidad|certificato di modello di utilit")),
    ("patent", re.compile(r"发明专利证书|专利证书|patent certificate|certificate of (?:invention|patent)|patenturkunde|certificado de patente"
                          r"|certificato di brevetto|sertifikat paten")),
    ("trademark registration", re.compile(r"商标注册证|trade ?mark registration certificate|certificate of (?:trade ?mark )?registration"
                                          r"|certificado de registro de marca|eintragungsurkunde|certificato di registrazione (?:del )?marchio"
                                          r"|sertifikat merek|sijil pendaftaran cap dagangan")),
)
_LINE_VALUE = r"[ \t]*[:：][ \t]*(?P<value>[^\n]{1,80}?)[ \t]*$"
_NUMBER_RE = re.compile(r"^[ \t]*(?:专利号|注册号|(?:design |utility model )?patent no\.?|(?:design |registration )?(?:no\.?|number)|n[uú]mero(?: de registro)?"
                        r"|registernummer|eintragungsnummer|numero(?: di registrazione)?|nomor(?: pendaftaran)?)" + _LINE_VALUE,
                        re.IGNORECASE | re.MULTILINE)
_ZH_NUMBER_RE = re.compile(r"^[ \t]*第[ \t]*(?P<value>\d{5,10})[ \t]*号[ \t]*$", re.MULTILINE)
_HOLDER_RE = re.compile(r"^[ \t]*(?:专利权人|注册人|商标注册人|patentee|holder|proprietor|owner|registrant|right ?holder|titular|inhaber|titolare"
                        r"|pemegang(?: paten| hak)?|pemilik)" + _LINE_VALUE, re.IGNORECASE | re.MULTILINE)
_SUBJECT_RE = re.compile(r"^[ \t]*(?:外观设计名称|使用外观设计的产品名称|实用新型名称|发明名称|商标|title of (?:the )?(?:design|invention|utility model)"
                         r"|(?:name of (?:the )?)?product|article|trade ?mark|mark|producto|art[ií]culo|marca|erzeugnis|marke|prodotto|marchio"
                         r"|produk|judul|merek)" + _LINE_VALUE, re.IGNORECASE | re.MULTILINE)
_FILED_RE = re.compile(r"(?:专利申请日|申请日|date of filing|filing date|application date|fecha de (?:presentaci[oó]n|solicitud)|anmeldetag"
                       r"|data di deposito|tanggal penerimaan|tanggal permohonan)[^\n\d]{0,12}$", re.IGNORECASE)


@dataclass(frozen=True)
class OwnRightPaper:
    """An office's certificate of a right the seller relies on, as its own words give it: its kind ('design patent',
    'utility model', 'patent', 'trademark registration'), number, filing date ((day, as written)), holder and what it
    covers (a design's product, or the mark), each as written, or None where it gives none."""

    kind: str
    number: str | None
    filed: tuple[date, str] | None
    holder: str | None
    subject: str | None


def _value(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group("value").strip() if found else None


def own_right_paper(text: str | None) -> OwnRightPaper | None:
    """The paper as a certificate of a design patent, utility model, patent or trademark registration (its first lines
    say so), with what it records; None for any other paper."""
    if not text:
        return None
    head = normalize_text("\n".join([line for line in text.splitlines() if line.strip()][:3]))
    kind = next((name for name, pattern in _HEADINGS if pattern.search(head)), None)
    from assistant.domain.appeals.office_papers import _labelled_date, company_register

    if kind is None or company_register(text):
        return None  # a company's 'Certificate of Registration' records the company, never a right

    number = _value(_NUMBER_RE, text) or _value(_ZH_NUMBER_RE, text)
    return OwnRightPaper(kind=kind, number=number, filed=_labelled_date(text, _FILED_RE), holder=_value(_HOLDER_RE, text),
                         subject=_value(_SUBJECT_RE, text))


# The seller says it holds a right of its own: a design patent, a patent or utility model, a registered mark of its own,
# or its certificate ('有外观专利', '专利证书已上传', '有商标注册证', 'we hold our own design patent', 'tenemos la patente').
_SAID_RE = re.compile(
    r"(?<![没未无])(?:有|拥有|持有|获得|取得|申请了|已申请)(?:(?!侵)[^，。；]){0,6}(?:外观(?:设计)?专利|实用新型(?:专利)?|发明专利|专利|商标注册证|注册商标)"
    r"|外观(?:设计)?专利证书|实用新型专利证书|专利证书|商标注册证"
    r"|\b(?:we|i)\b[^.;]{0,12}\b(?:hold|have|own|got|obtained|registered|were granted)\b(?:(?!\bnot\b|n't|\bnever\b|\bno\b|infring)[^.;]){0,30}"
    r"\b(?:design patent|patent|utility model|registered design"
    r"|trade ?mark (?:registration|certificate)|registration certificate)"
    r"|\bour (?:own )?(?:registered )?(?:design patent|patent|utility model|registered design|trade ?mark (?:registration )?certificate)"
    r"|\b(?:design )?patent certificate\b|\b(?:tenemos|poseemos|somos titulares de)\b[^.;]{0,30}\b(?:patente|dise[ñn]o (?:industrial|registrado)|modelo de utilidad)"
    r"|\b(?:wir (?:haben|besitzen|halten)|unser(?:e|en)?)\b[^.;]{0,30}\b(?:designpatent|geschmacksmuster|eingetragenes design|gebrauchsmuster|patent)"
    r"|\b(?:abbiamo|possediamo|nostro)\b[^.;]{0,30}\b(?:brevetto|modello (?:di utilit[àa]|registrato)|design registrato)"
    r"|\bkami\b[^.;]{0,20}\b(?:punya|memiliki|mempunyai|ada)\b[^.;]{0,20}\b(?:paten|desain industri|reka bentuk|sertifikat merek)",
    re.IGNORECASE,
)


def own_right_said(sentence: str) -> bool:
    """Whether the seller says in a sentence that it holds a right of its own (a patent, a design, a certificate of one)."""
    return bool(_SAID_RE.search(normalize_text(sentence)))


__all__ = ["OwnRightPaper", "own_right_paper", "own_right_said"]


# --- The reading and the point, against a trademark complaint -----------------------------------------------------

# A sentence about a patent or a design (not a mark): always the seller's own right here, never a legal argument.
_PATENT_WORDS_RE = re.compile(r"专利|实用新型|patent|design|utility model|dise[ñn]o|modelo|geschmacksmuster|gebrauchsmuster|brevett|paten|desain|reka bentuk",
                              re.IGNORECASE)
_WHAT_IT_PROTECTS = {
    "design patent": "a design patent protects the appearance of a product",
    "utility model": "a utility model protects a product's technical features",
    "patent": "a patent protects a technical invention",
}


def _same_mark(mark: str | None, brand: str) -> bool:
    """Whether a mark a certificate names is ours, or a character or two from it (for legal to weigh), or cannot be read."""
    from assistant.domain.appeals.parties import characters_apart

    if not mark:
        return True
    plain, ours = re.sub(r"\W", "", mark).casefold(), re.sub(r"\W", "", brand).casefold()
    return not plain or ours in plain or characters_apart(plain, ours) <= 2


def rerouted(reading, text: str, documents, complaint):
    """The reading with the seller's own right, against a trademark complaint, read as what it is: the 'other' ground, its
    sentences no legal argument (a design patent or another mark's registration answers nothing of our mark). A
    registration of our own mark, or of one a character or two from it, stays the legal argument it is."""
    from dataclasses import replace

    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import AppealGround, unwrapped
    from assistant.domain.models import IPType

    if complaint.ip_right.ip_type is not IPType.TRADEMARK:
        return reading
    papers = [paper for paper in (own_right_paper(doc.text) for doc in documents) if paper]
    marks = [p for p in papers if p.kind == "trademark registration"]
    if any(_same_mark(p.subject, complaint.ip_right.name) for p in marks):
        return reading
    words = tuple(s for s in sentences(unwrapped(text)) if own_right_said(s) and (marks or _PATENT_WORDS_RE.search(normalize_text(s))))
    if not words and not papers:
        return reading
    from assistant.domain.appeals.grounds import legal_kinds

    def still_legal(sentence: str) -> bool:
        return sentence not in words or any(kind != "own_registration" for kind in legal_kinds(sentence))

    legal_words = tuple(s for s in reading.legal_words if still_legal(s))
    kinds = {kind: tuple(s for s in said if kind != "own_registration" or s not in words) for kind, said in reading.legal_kinds.items()}
    grounds = tuple(g for g in AppealGround if g in reading.grounds or g is AppealGround.OTHER)
    other = tuple(dict.fromkeys(s for s in (*reading.words.get(AppealGround.OTHER, ()), *words) if still_legal(s) or s in words))
    return replace(reading, grounds=grounds, legal_argument=bool(legal_words), legal_words=legal_words,
                   legal_kinds={kind: said for kind, said in kinds.items() if said}, words={**reading.words, AppealGround.OTHER: other},
                   own_right_words=words, own_right=True)


def own_right_findings(ctx) -> list:
    """The seller's own right against our trademark, answered from its own paper: what the certificate is and records, that
    it gives no right to use our mark, whether it covers another kind of product than the one reported, and whose it is."""
    from assistant.domain.appeals.checks import Finding, Severity
    from assistant.domain.appeals.grounds import AppealGround
    from assistant.domain.untrusted_text import escape_untrusted

    brand = ctx.brand
    found = next(((index, paper) for index, doc, _ in ctx.attachments for paper in [own_right_paper(doc.text)] if paper), None)
    if found is None:
        return [Finding(
            code="own_right_no_defence", severity=Severity.MISSING, ground=AppealGround.OTHER,
            message=f"The seller relies on a right of its own (a design patent or another registration; its words are quoted with its "
            f"grounds) and gives no certificate of it. Whatever it holds, a right of its own gives no right to use our mark {brand}, "
            "which is what the complaint is about.",
            reply=f"The seller refers to a right of its own. A design patent or a registration of another sign gives no right to use "
            f"our trademark {brand}, which is what the complaint is about.")]
    index, paper = found
    return [_paper_finding(ctx, index, paper, escape_untrusted)]


def _paper_finding(ctx, index: int, paper: OwnRightPaper, escape):
    from assistant.domain.appeals.checks import Finding, Severity
    from assistant.domain.appeals.goods_kinds import other_kinds
    from assistant.domain.appeals.grounds import AppealGround

    brand, subject = ctx.brand, escape(paper.subject) if paper.subject else None
    record = [f"'{escape(paper.number)}'" if paper.number else "", f"filed {paper.filed[0].isoformat()}" if paper.filed else ""]
    recorded = ", ".join(r for r in record if r)
    mark = paper.kind == "trademark registration"
    covers = (f" of the mark '{subject}'" if mark else f" for '{subject}'") if subject else ""
    held = f", held by '{escape(paper.holder)}'" if paper.holder else ""
    what = f"a {paper.kind} certificate" + (f" ({recorded})" if recorded else "") + covers + held
    why = (f"a registration of the mark '{subject}' is a right in that mark only" if mark and subject else
           "a registration of another mark is a right in that mark only" if mark else _WHAT_IT_PROTECTS[paper.kind])
    reported = " ".join([ctx.complaint.statement or "", *(ref.title or "" for ref in ctx.complaint.listings)])
    kinds = other_kinds(paper.subject, reported) if paper.subject and not mark else None
    other = (f" It covers '{subject}' ({', '.join(kinds[0])}), while the complaint reports {', '.join(kinds[1])}: another product."
             if kinds else "")
    named = bool(paper.holder) and normalize_text(paper.holder) in normalize_text(ctx.counter_notice)
    whose = ("" if not paper.holder else f" Its holder, '{escape(paper.holder)}', signs the counter-notice." if named
             else f" Check that its holder, '{escape(paper.holder)}', is the seller: the counter-notice does not say so.")
    message = f"Attachment #{index} is {what}. {why[0].upper()}{why[1:]}: it gives no right to use our mark {brand}, which is what the complaint is about.{other}{whose}"
    reply = (f"The seller's attachment #{index} is {what}. {why[0].upper()}{why[1:]}; it gives no right to use our trademark {brand}, "
             f"which is what the complaint is about.{other}")
    return Finding(code="own_right_no_defence", severity=Severity.MISSING, ground=AppealGround.OTHER, attachment=index,
                   message=message, reply=reply)
