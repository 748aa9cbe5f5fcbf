"""A product's safety papers offered as proof that goods are genuine, and a seller that calls itself only a dropshipper.

Sellers often attach what they hold for the goods' safety: a maker's EU declaration of conformity (the CE declaration), a
laboratory's test report (SGS, Intertek, TÜV, RoHS), a China Compulsory Certification (CCC, '3C') certificate, and say it
'proves the goods are genuine'. None of them says where goods come from: a declaration of conformity is the maker's own
statement that its model meets safety rules, a test report the result of a test on a sample, a CCC certificate the
certification of its holder's model. So such a paper is read for what it is and whom it names (its maker, applicant or
holder, and model, as written), and said as such; a maker that is not the owner rather shows the goods are not the owner's.

A seller that says it is only a dropshipper, an intermediary that keeps no stock, and so 'not responsible', still offers
the goods in its own listing: the offer under the mark is what the complaint is about.

Plain patterns read these papers and sentences in the languages sellers write (English, Chinese, Spanish, German,
Italian, Indonesian and Malay); names and models are kept as the paper writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import normalize_text

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EU declaration of conformity", re.compile(
        r"declaration of conformity|\bdoc\b[^\n]{0,10}\bce\b|konformit[äa]tserkl[äa]rung|d[ée]claration (?:ue |ce )?de conformit[ée]"
        r"|declaraci[oó]n (?:ue |ce )?de conformidad|dichiarazione (?:ue |ce )?di conformit|符合性声明|pernyataan kesesuaian")),
    ("CCC certificate", re.compile(r"强制性产品认证证书|\bccc (?:certificate|certification)\b|china compulsory (?:product )?certification|3c认证证书")),
    ("test report", re.compile(r"test(?:ing)? report|检测报告|检验报告|测试报告|informe de ensayo|pr[üu]fbericht|rapporto di prova|laporan (?:uji|pengujian)")),
)
_VALUE = r"[ \t]*[:：][ \t]*(?P<value>[^\n]{2,100}?)[ \t]*(?:,[ \t]*(?:[A-Z][\w .-]*?(?:town|city|district|province)|[\w ]+, (?:china|guangdong|zhejiang)).*)?$"
_MAKER_RE = re.compile(
    r"^[ \t]*(?:manufacturer|producer|applicant|certificate holder|holder|hersteller|antragsteller|fabricante|solicitante|fabbricante|richiedente"
    r"|produsen|pemohon|生产者（制造商）名称|生产者\(制造商\)名称|生产者名称|制造商名称|制造商|认证委托人名称|认证委托人|委托单位|申请人|生产企业名称)" + _VALUE,
    re.IGNORECASE | re.MULTILINE)
_MODEL_RE = re.compile(r"\bmodel(?:s)?(?: no\.?| number)?[ \t]*[:：]?[ \t]*(?P<model>[A-Z0-9][A-Z0-9-]{2,20})\b|\b(?:modell|modelo|modello|型号|型號)[ \t]*[:：]?[ \t]*(?P<model2>[A-Z0-9][A-Z0-9-]{2,20})\b"
                       r"|(?<![A-Z0-9-])(?P<model3>[A-Z]{1,4}-[A-Z]?\d{3,6}[A-Z]?)(?![\w-])")


@dataclass(frozen=True)
class SafetyPaper:
    """A product's safety paper: its kind, the maker (applicant, holder) it names and its model, as written."""

    kind: str
    maker: str | None
    model: str | None


def safety_paper(text: str | None) -> SafetyPaper | None:
    """The paper as a declaration of conformity, a test report or a CCC certificate (its first lines say so), with whom and
    what it names; None for any other paper."""
    if not text:
        return None
    head = normalize_text("\n".join([line for line in text.splitlines() if line.strip()][:3]))
    kind = next((name for name, pattern in _KINDS if pattern.search(head)), None)
    if kind is None:
        return None
    maker = _MAKER_RE.search(text)
    model = _MODEL_RE.search(text)
    return SafetyPaper(kind=kind, maker=maker.group("value").strip().rstrip(",;") if maker else None,
                       model=next((g for g in model.groups() if g), None) if model else None)


# The seller calls itself only an intermediary that keeps no stock, or says it is not responsible for the product.
_DROPSHIPPER_RE = re.compile(
    r"drop-?ship|dropshipping|drop shipping|(?:do not|don't|dont) (?:keep|hold|have) (?:any )?stock|not responsible for (?:the |this |these )?(?:product|goods|item)"
    r"|一件代发|代发货|厂家直发|不负责|没有库存|无库存"
    r"|\b(?:solo|somos) (?:un )?intermediari|no (?:tenemos|guardamos) stock|no somos responsables"
    r"|nur (?:ein )?(?:vermittler|zwischenhändler)|kein(?:en)? lager|nicht verantwortlich|non (?:siamo|abbiamo) (?:responsabili|magazzino)"
    r"|tidak (?:bertanggung jawab|menyimpan stok)|kami hanya (?:dropshipper|reseller|perantara)",
    re.IGNORECASE,
)
# A paper named as proof that the goods are genuine ('the attached certificate proves the lamps are genuine', '3C认证…证明是正品').
_PAPER_WORDS_RE = re.compile(r"certificat|\breport\b|declaration|\bce\b|\bccc\b|\b3c\b|认证|证书|报告|informe|certificado|zertifikat|bericht|certificato"
                             r"|rapporto|sertifikat|laporan", re.IGNORECASE)
_GENUINE_RE = re.compile(r"genuine|original|authentic|正品|原装|真品|originales?|echt|originali?|asli|tulen", re.IGNORECASE)


def dropshipper_said(sentence: str) -> bool:
    """Whether the seller calls itself only a dropshipper or intermediary, not responsible for the goods, in a sentence."""
    return bool(_DROPSHIPPER_RE.search(normalize_text(sentence)))


def paper_proves_genuine_said(sentence: str) -> bool:
    """Whether a sentence offers a paper (a certificate, a report) as proof that the goods are genuine."""
    norm = normalize_text(sentence)
    return bool(_PAPER_WORDS_RE.search(norm) and _GENUINE_RE.search(norm))


__all__ = ["SafetyPaper", "dropshipper_said", "paper_proves_genuine_said", "safety_paper"]


def reread(reading, text: str, documents):
    """The reading with a dropshipper's 'not responsible' and a safety paper offered as proof of genuine goods read as
    points of the 'other' ground (never a purchase nobody named)."""
    from dataclasses import replace

    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import AppealGround, unwrapped

    clauses = sentences(unwrapped(text))
    shipped = tuple(s for s in clauses if dropshipper_said(s))
    papers = any(safety_paper(doc.text) for doc in documents)
    proof = tuple(s for s in clauses if paper_proves_genuine_said(s)) if papers else ()
    if not shipped and not papers:
        return reading
    grounds = tuple(g for g in AppealGround if g in reading.grounds or g is AppealGround.OTHER)
    other = tuple(dict.fromkeys((*reading.words.get(AppealGround.OTHER, ()), *shipped, *proof)))
    return replace(reading, grounds=grounds, words={**reading.words, AppealGround.OTHER: other}, dropshipper_words=shipped,
                   safety_papers=papers)


def safety_findings(ctx, reading) -> list:
    """The points against a dropshipper's 'not responsible' and a safety paper offered as proof that goods are genuine."""
    from assistant.domain.appeals.checks import Finding, Severity
    from assistant.domain.appeals.grounds import AppealGround
    from assistant.domain.appeals.parties import NameMatch, compare_names
    from assistant.domain.untrusted_text import escape_untrusted

    out = []
    brand, owner = ctx.brand, " or ".join(ctx.owners) or ctx.complaint.complainant.name
    if reading.dropshipper_words:
        out.append(Finding(
            code="dropshipper_no_defence", severity=Severity.MISSING, ground=AppealGround.OTHER,
            message="The seller says it is only a dropshipper (or intermediary) and not responsible for the product (its words are quoted "
            f"with its grounds). It is the seller that offers the goods, in its own listing and under our mark {brand}: who ships them "
            "does not change who offers them, and the offer is what the complaint is about.",
            reply=f"The seller offers the goods in its own listing, under our mark {brand}; that a supplier ships them does not change "
            "who offers them.",
        ))
    for index, doc, _ in ctx.attachments:
        paper = safety_paper(doc.text)
        if paper is None:
            continue
        maker = escape_untrusted(paper.maker) if paper.maker else None
        ours = bool(maker) and any(compare_names(paper.maker, name) is not NameMatch.OTHER for name in ctx.owners)
        what = f"{'an' if paper.kind[0] in 'AEIOU' else 'a'} {paper.kind}" + (f" naming '{maker}'" if maker else "") + (
            f" for its model '{escape_untrusted(paper.model)}'" if paper.model else "")
        why = ("the maker's own statement that its model meets safety rules" if paper.kind.startswith("EU") else
               "the result of a laboratory test on a sample" if paper.kind == "test report" else "the certification of its holder's model")
        not_ours = f" The company it names is not the owner of the mark ({owner})." if maker and not ours else ""
        out.append(Finding(
            code="safety_paper_no_origin", severity=Severity.MISSING, ground=AppealGround.OTHER, attachment=index,
            message=f"Attachment #{index} is {what}: {why}. It says nothing of where the goods come from, so it does not show that they "
            f"are genuine {brand} goods.{not_ours}",
            reply=f"The seller's attachment #{index} is {what}: {why}, not proof that the goods are genuine {brand} goods.{not_ours}",
        ))
    return out
