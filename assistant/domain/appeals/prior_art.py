"""A seller's prior art against our right: the day each document was published, against our filing or priority date.

Prior art is what was public before the right's priority date (its filing date when it claims none): a document
published after that day is no prior art against our right, whatever it shows; one published before may be, which is
for legal to weigh (does it show the same design or invention?); one whose publication date cannot be read settles
nothing until the seller gives the date. Each point gives both days: the document's as it writes it, ours from our
record. Where the seller says another publication date than its document, both are stated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.domain.appeals.checks import Basis, CheckContext, Finding, Severity, figure_as_written
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS, days_and_months
from assistant.domain.appeals.event_dates import DatedWords, dates_in, start_dates
from assistant.domain.appeals.grounds import AppealGround, GroundReading
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# Words that say a date is the day a document was made public: a patent's publication or grant notice ((43), (45),
# 公开日, 公告日), a catalogue's or journal's date of publication, a listing's first day on sale.
_PUBLISHED_RE = re.compile(
    r"publication date|date of publication|published|pub\.?\s*date|\(4[345]\)|date of (patent|grant)|publicado|fecha de publicaci[oó]n"
    r"|first (sold|available|listed|shown)|on sale (since|from)|listed on|released on|公开日|公告日|公布日|出版日期|出版时间|发布日期|发表日期"
    r"|发行日期|上架(时间|日期)|上市(时间|日期)|发售(时间|日期)|首发"
    # German: on offer or on sale since, published, laid open ('Im Angebot seit: 14. März 2023', 'erhältlich seit').
    r"|(im angebot|angeboten|erh[äa]ltlich|verf[üu]gbar|im handel|auf dem markt) seit|ver[öo]ffentlich\w*|offenlegungstag|bekanntmachungstag"
    r"|available since|on the market since|in vendita dal|disponibile dal|a la venta desde|disponible desde",
)
# An office's notice about a request against the right is no prior art (ground_standards reads it).
_OFFICE_NOTICE_RE = re.compile(r"notice of acceptance|invalidation|cancellation request|受理通知书|无效宣告|宣告无效|撤销申请")
# The seller's words for making something public: a date in the same sentence is the one it says.
_SAYS_PUBLISHED_RE = re.compile(r"publish|public|disclos|shown|exhibit|on sale|sold|公开|公布|发表|出版|展出|销售|上市")


def publication(text: str | None) -> DatedWords | None:
    """When a document says it was made public, read once and used everywhere: the first day, month or year with a word
    for publication just before it ('公开日：2023年5月12日', '上市时间：2023年5月'), else the earliest start it gives
    ('launched May 2023'), as event_dates reads one; None when it gives none."""
    norm = normalize_text(text or "")
    for start, _, said in dates_in(text or ""):
        if _PUBLISHED_RE.search(norm[max(0, start - 40) : start]):
            return said
    starts = start_dates(text or "")
    return min(starts, key=DatedWords.period) if starts else _title_year(text)


# A publication that carries its year in its title: a catalogue, a brochure, a magazine ('2020 Spring Catalogue',
# '2018秋季产品目录', 'Catálogo 2019').
_PUBLICATION_TITLE_RE = re.compile(r"catalog|brochure|magazine|price\s*list|lookbook|flyer|katalog|目录|画册|杂志|样本|宣传册")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _title_year(text: str | None) -> DatedWords | None:
    """The year a catalogue's or a brochure's title gives ('Ningbo Happy Leisure Co. 2020 Spring Catalogue'): its date of
    publication to a year only, said so with the title quoted; None when its first line is no such title or has no year."""
    title = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    year = _YEAR_RE.search(title) if _PUBLICATION_TITLE_RE.search(normalize_text(title)) else None
    if year is None:
        return None
    return DatedWords(date(int(year.group(1)), 1, 1), "year", year.group(1), f"{_TITLE_CUE}'{escape_untrusted(title)}'")


_TITLE_CUE = "its title "


def publication_date(text: str | None) -> date | None:
    """The day a document says it was published (a month or a year alone gives none: see ``publication``)."""
    found = publication(text)
    return found.value if found and found.precision == "day" else None


def _period(found: DatedWords) -> tuple[date, date]:
    """The first and last day a date as given can be: a day itself, a month's or a year's first and last days."""
    if found.precision == "day":
        return found.value, found.value
    if found.precision == "month":
        following = date(found.value.year + (found.value.month == 12), found.value.month % 12 + 1, 1)
        return found.value, following - timedelta(days=1)
    return date(found.value.year, 1, 1), date(found.value.year, 12, 31)


def _shown(found: DatedWords) -> str:
    written = f"'{escape_untrusted(found.written)}'"
    if found.quoted.startswith(_TITLE_CUE):
        return f"{written} (a year only, read from {found.quoted})"
    return written + (f" ({found.value.isoformat()})" if found.precision == "day" and found.written != found.value.isoformat() else "")


def _reference(ctx: CheckContext) -> tuple[date, str] | None:
    right = ctx.complaint.ip_right
    if right.priority_date:
        return right.priority_date, f"our right's priority date ({right.priority_date.isoformat()})"
    if right.filing_date:
        return right.filing_date, f"our right's filing date ({right.filing_date.isoformat()})"
    stated = stated_filing_date(ctx.complaint.statement)
    if stated:
        return stated, f"our right's filing date ({stated.isoformat()}, as our complaint's statement gives it)"
    return None


# Our complaint's own statement giving the right's filing day ('design patent ZL... (filed 19 July 2021, granted ...)',
# '申请日：2021年7月19日', 'Anmeldetag 19.07.2021'): the day a date just after one of these words gives.
_FILED_RE = re.compile(r"(?:\bfiled(?: on)?|filing date|application date|date of (?:filing|application)|\bapplied(?: for)?(?: on)?|申请日|anmeldetag"
                       r"|fecha de (?:solicitud|presentaci[oó]n)|data di deposito)\W{0,3}$")


def stated_filing_date(statement: str | None) -> date | None:
    """The filing day our complaint's statement gives for the right, or None when it gives none."""
    norm = normalize_text(statement or "")
    for start, _, said in dates_in(statement or ""):
        if said.precision == "day" and _FILED_RE.search(norm[max(0, start - 24) : start]):
            return said.value
    return None


def _said_day(words: tuple[str, ...]) -> tuple[str, date] | None:
    """(the sentence, the day) the seller gives for when its prior art was made public, in its prior-art sentences."""
    for sentence in words:
        for part in sentences(sentence):
            if _SAYS_PUBLISHED_RE.search(normalize_text(part)):
                days = [d for d in days_and_months(part) if not d.month_only]
                if days:
                    return part, days[0].value
    return None


def _said_year(words: tuple[str, ...]) -> str | None:
    """The year alone the seller gives for when its prior art was made public ('shown in the catalogue ... in 2019'), as
    written; None when it gives a day, or no year."""
    for sentence in words:
        for part in sentences(sentence):
            if _SAYS_PUBLISHED_RE.search(normalize_text(part)) and not days_and_months(part):
                year = _YEAR_RE.search(part)
                if year:
                    return year.group(1)
    return None


def _finding(code: str, severity: Severity, message: str, index: int | None, basis: Basis = Basis.DOCUMENT_SHOWS,
             reply: str | None = None, about: str | None = None) -> Finding:
    return Finding(code=code, severity=severity, ground=AppealGround.OTHER, attachment=index, message=message, basis=basis,
                   reply=reply, about=about)


def prior_art_findings(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """Each prior-art document's publication date against our filing or priority date, and against the seller's own."""
    words = reading.legal_kinds.get("prior_art")
    if not words:
        return []
    documents = [(i, doc) for i, doc, kind in ctx.attachments if kind not in PURCHASE_KINDS | AUTHORIZATION_KINDS and doc.text
                 and not _OFFICE_NOTICE_RE.search(normalize_text(doc.text))]
    reference, said = _reference(ctx), _said_day(words)
    ours = reference[1] if reference else "our right's filing or priority date (not in our record: add it from our certificate)"
    out: list[Finding] = []
    for index, doc in documents:
        published = publication(doc.text)
        if published is None:
            out.append(_finding(
                "prior_art_date_unknown", Severity.MISSING,
                f"Attachment #{index} gives no publication date that could be read, so whether it was public before {ours} is not "
                "verified: ask the seller for the date it was published, and proof of that date.",
                index, Basis.NOT_VERIFIED,
                reply=f"The document the seller relies on as prior art (attachment #{index}) shows no date of publication: we ask for it.",
            ))
            continue
        shown = _shown(published)
        if said and not published.holds(said[1]):
            out.append(_finding(
                "claim_differs_from_document", Severity.SUSPICIOUS,
                f"The seller says it was published on {figure_as_written(said[0], said[1])}; attachment #{index} gives the "
                f"publication date {shown}.", index, about="publication",
            ))
        elif not said and (year := _said_year(words)) and published.value.year != int(year):
            out.append(_finding(
                "claim_differs_from_document", Severity.SUSPICIOUS,
                f"The seller says it was public in '{year}'; attachment #{index} gives the publication date {shown}.", index,
                about="publication",
                reply=f"The seller says its document was public in {year}; the document itself (attachment #{index}) is dated "
                f"{published.value.year}.",
            ))
        out.append(_compared(index, shown, _period(published), reference, ours))
    if not documents:
        out.append(_finding(
            "prior_art_date_unknown", Severity.MISSING,
            f"The seller argues prior art but gave no document that shows it: whether anything was public before {ours} is not "
            "verified. Ask the seller for the document and the date it was published.",
            None, Basis.NOT_VERIFIED,
            reply="The seller refers to earlier publications but gives none: we ask to see them, with their dates.",
        ))
    return out


def _compared(index: int, shown: str, period: tuple[date, date], reference: tuple[date, str] | None, ours: str) -> Finding:
    """The publication date (a day, or the first and last day of the month or year given) against our reference day."""
    if reference is not None and period[0] <= reference[0] <= period[1] and period[0] != period[1]:
        return _finding(
            "prior_art_date_unchecked", Severity.INFO,
            f"Attachment #{index} gives the publication date {shown}, which takes in {ours}: whether it came before is not "
            "settled by that date. Ask the seller for the exact day, with proof.",
            index, Basis.NOT_VERIFIED,
        )
    published = period[0] if reference is None or period[0] > reference[0] else period[1]
    if reference is None:
        return _finding(
            "prior_art_date_unchecked", Severity.INFO,
            f"Attachment #{index} gives the publication date {shown}; {ours}, so whether it came before is not checked.",
            index, Basis.NOT_VERIFIED,
        )
    if published > reference[0]:
        return _finding(
            "prior_art_after_filing", Severity.MISSING,
            f"Attachment #{index} was published on {shown}, after {ours}: a document published after that day is no prior art "
            "against our right.",
            index,
            reply=f"The document the seller relies on (attachment #{index}) was published on {shown}, after "
            f"{ours}: it is no prior art against our right.",
        )
    return _finding(
        "prior_art_before_filing", Severity.INFO,
        f"Attachment #{index} was published on {shown}, before {ours}: if it shows the same design or invention, it may be prior "
        "art. Legal must review it against our right.",
        index,
    )


def only_prior_art(reading: GroundReading) -> bool:
    """Whether every sentence of the seller's legal argument is a prior-art one (nothing else for legal to answer)."""
    prior = set(reading.legal_kinds.get("prior_art") or ())
    others = set(reading.words.get(AppealGround.OTHER) or ())
    return bool(prior) and others <= prior and set(reading.legal_kinds) == {"prior_art"}


def settles_prior_art(findings: list[Finding]) -> bool:
    """Whether the documents settle the prior art on their dates alone: each was published after our reference day."""
    codes = [f.code for f in findings if f.code.startswith("prior_art_")]
    return bool(codes) and all(code == "prior_art_after_filing" for code in codes)


__all__ = ["only_prior_art", "prior_art_findings", "publication", "publication_date", "settles_prior_art"]
