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
from assistant.domain.appeals.claims import attachment_near, sentences
from assistant.domain.appeals.date_roles import OurNames, without_our_dates
from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS, date_as_written, days_and_months, document_date, names_in
from assistant.domain.appeals.event_dates import DatedWords, dates_in, start_dates
from assistant.domain.appeals import prior_art_features as features
from assistant.domain.appeals.goods_kinds import other_kinds
from assistant.domain.appeals.unsure_words import hedge_words, negated
from assistant.domain.appeals.model_codes import lines_about, model_codes
from assistant.domain.appeals.grounds import AppealGround, GroundReading
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# Words that say a date is the day a document was made public: a patent's publication or grant notice ((43), (45),
# 公开日, 公告日), a catalogue's or journal's date of publication, a listing's first day on sale.
_PUBLISHED_RE = re.compile(
    r"publication date|date of publication|published|pub\.?\s*date|\(4[345]\)|date of (patent|grant)|publicado|fecha de publicaci[oó]n"
    r"|first (sold|available|listed|shown)|on sale (since|from)|listed on|released on|公开日|公告日|公布日|出版日期|出版时间|发布日期|发表日期"
    r"|发行日期|发布时间|上架(时间|日期)|上市(时间|日期)|发售(时间|日期)|首发"
    # An archive's capture of a page: the day it was seen public ('archived 2024-06-18', '存档日期 2024-06-18').
    r"|\barchived(?: on)?|archive date|存档(日期|时间)"
    # German: on offer or on sale since, published, laid open ('Im Angebot seit: 14. März 2023', 'erhältlich seit').
    r"|(im angebot|angeboten|erh[äa]ltlich|verf[üu]gbar|im handel|auf dem markt) seit|ver[öo]ffentlich\w*|offenlegungstag|bekanntmachungstag"
    r"|available since|on the market since|in vendita dal|disponibile dal|a la venta desde|disponible desde"
    # A printed paper's day of printing or issue ('印刷日期：2023年9月15日', 'Catalogue issued: March 2018', 'Druckdatum').
    r"|印刷(日期|时间)|print(ing)? date|date of (printing|issue)|printed(?: on| in|\s*:)|\bissued(?: on| in)?|issue date|druckdatum|gedruckt"
    r"|fecha de (impresi[oó]n|edici[oó]n)|impreso en|date d'impression|imprim[ée] (le|en)|data di stampa|stampato (il|nel)|tarikh cetakan"
    r"|dicetak pada"
    # A catalogue's or a brochure's issue ('Catalogue issued: March 2018', 'Katalog diterbitkan: Mac 2018').
    r"|\b(?:catalog(?:ue)?|brochure|edition|katalog|katalogus) (?:issued|published|date)\b|\bditerbitkan\b|\btarikh terbitan\b",
)
# An office's notice about a request against the right is no prior art (ground_standards reads it): a paper headed so. A list
# of the seller's evidence that also names such a notice among its items is still the seller's prior art.
_OFFICE_NOTICE_RE = re.compile(r"notice of acceptance|invalidation|cancellation request|受理通知书|无效宣告|宣告无效|撤销申请")


def _office_notice(text: str) -> bool:
    heading = "\n".join([line for line in text.splitlines() if line.strip()][:3])
    return bool(_OFFICE_NOTICE_RE.search(normalize_text(heading)))
# A record of sales the seller made: an order report or export, a sales record ('Amazon Seller Central - Order Report',
# '订单记录', 'Bestellübersicht', 'informe de pedidos').
_SALES_RECORD_RE = re.compile(r"\border (?:report|history|export|list)|\bsales (?:report|record|history|export)|订单(?:记录|明细|报表)|销售(?:记录|明细)"
                              r"|bestell(?:übersicht|bericht|historie)|informe de (?:pedidos|ventas)|historial de pedidos|rapporto (?:ordini|vendite)")
# The seller's words for making something public: a date in the same sentence is the one it says.
_SAYS_PUBLISHED_RE = re.compile(r"publish|public|disclos|\bshow(?:n|ed|ing)?\b|exhibit|on sale|sold|公开|公布|发表|出版|展出|销售|上市")


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


def _our_right(ctx: CheckContext):
    """The complaint's right; where it keeps no filing or priority day, the registry's entry of the same right (by its id or
    number), which the team may have completed from the certificate since the complaint was made."""
    right = ctx.complaint.ip_right
    if right.filing_date or right.priority_date or not ctx.registry:
        return right
    same = [r for r in ctx.registry if (right.id and r.id == right.id)
            or (right.registration_number and r.registration_number == right.registration_number and r.ip_type == right.ip_type)]
    return next((r for r in same if r.filing_date or r.priority_date), right)


def _reference(ctx: CheckContext) -> tuple[date, str] | None:
    right = _our_right(ctx)
    if right.priority_date:
        return right.priority_date, f"our right's priority date ({right.priority_date.isoformat()})"
    stated = stated_filing_date(ctx.complaint.statement, _PRIORITY_RE)
    if stated:
        return stated, f"our right's priority date ({stated.isoformat()}, as our complaint's statement gives it)"
    if right.filing_date:
        return right.filing_date, f"our right's filing date ({right.filing_date.isoformat()})"
    stated = stated_filing_date(ctx.complaint.statement)
    if stated:
        return stated, f"our right's filing date ({stated.isoformat()}, as our complaint's statement gives it)"
    return None


# Where our registry keeps the day, for a right it holds.
_HOW_TO_ADD = ", e.g. `ipr-assistant rights update {} --filing-date YYYY-MM-DD`"


# Our complaint's own statement giving the right's filing day ('design patent ZL... (filed 19 July 2021, granted ...)',
# '申请日：2021年7月19日', 'Anmeldetag 19.07.2021'): the day a date just after one of these words gives.
_FILED_RE = re.compile(r"(?:\bfiled(?: on)?|filing date|application date|date of (?:filing|application)|\bapplied(?: for)?(?: on)?|申请日|anmeldetag"
                       r"|fecha de (?:solicitud|presentaci[oó]n)|data di deposito)\W{0,3}$")


# ... and its priority day ('EP 3 456 789 B1 (priority 10 May 2018)', '优先权日：2018年5月10日', 'Prioritätstag 10.05.2018').
_PRIORITY_RE = re.compile(r"(?:\bpriority(?: date)?(?: of| on)?|优先权日|priorit[äa]tstag|priorit[äa]t vom|fecha de prioridad|prioridad del?"
                          r"|data di priorit[àa]|priorit[àa] del|tanggal prioritas|prioritas)\W{0,3}$")


def stated_filing_date(statement: str | None, label: re.Pattern[str] = _FILED_RE) -> date | None:
    """The filing day (or, with ``label``, the day of another kind) our complaint's statement gives for the right, or None
    when it gives none."""
    norm = normalize_text(statement or "")
    for start, _, said in dates_in(statement or ""):
        if said.precision == "day" and label.search(norm[max(0, start - 24) : start]):
            return said.value
    return None


def _said_day(words: tuple[str, ...], ours: OurNames | None = None) -> tuple[str, date] | None:
    """(the sentence, the day) the seller gives for when its prior art was made public, in its prior-art sentences; a day
    it gives for our right ('your trademark was only filed on 12 March 2021') is ours, never its publication (date_roles)."""
    for sentence in words:
        for part in sentences(sentence):
            if _SAYS_PUBLISHED_RE.search(normalize_text(part)):
                days = [d for d in days_and_months(without_our_dates(part, ours)) if not d.month_only]
                if days:
                    return part, days[0].value
    return None


def _said_month(words: tuple[str, ...], ours: OurNames | None = None) -> tuple[str, DatedWords] | None:
    """(the sentence, the month) the seller gives, with no day, for when its printed publication (a catalogue, a brochure, a
    magazine: what its document is) was made public ('早在2021年3月已经在产品目录上公开', 'shown in our brochure back in
    March 2021'); None when it gives a day, or no month, or dates another event ('exhibited at the Canton Fair in October
    2019' beside a catalogue: the fair is not the paper). A date it gives for our right is not its own."""
    for sentence in words:
        for part in sentences(sentence):
            own = without_our_dates(part, ours)
            norm, said = normalize_text(own), days_and_months(own)
            if _SAYS_PUBLISHED_RE.search(norm) and _PUBLICATION_TITLE_RE.search(norm) and said and all(d.month_only for d in said):
                return part, DatedWords(said[0].value, "month", said[0].written, said[0].written)
    return None


def _said_year(words: tuple[str, ...], ours: OurNames | None = None) -> str | None:
    """The year alone the seller gives for when its prior art was made public ('shown in the catalogue ... in 2019'), as
    written; None when it gives a day, or no year. A date it gives for our right is not its own."""
    for sentence in words:
        for part in sentences(sentence):
            own = without_our_dates(part, ours)
            if _SAYS_PUBLISHED_RE.search(normalize_text(own)) and not days_and_months(own):
                year = _YEAR_RE.search(own)
                if year:
                    return year.group(1)
    return None


def _finding(code: str, severity: Severity, message: str, index: int | None, basis: Basis = Basis.DOCUMENT_SHOWS,
             reply: str | None = None, about: str | None = None) -> Finding:
    return Finding(code=code, severity=severity, ground=AppealGround.OTHER, attachment=index, message=message, basis=basis,
                   reply=reply, about=about)


def prior_art_findings(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """Each prior-art document's publication date against our filing or priority date, and against the seller's own. The
    seller's invoices are among them when they are its proof of an earlier sale (no purchase ground: grounds reads them so),
    dated by their own date; for a design, a document for another kind of goods shows nothing of our design."""
    words = reading.legal_kinds.get("prior_art")
    if not words:
        return []
    sales = AppealGround.PURCHASE_INVOICE not in reading.grounds
    documents = [(i, doc, kind in PURCHASE_KINDS) for i, doc, kind in ctx.attachments
                 if (kind not in PURCHASE_KINDS or sales) and kind not in AUTHORIZATION_KINDS and doc.text
                 and not _office_notice(doc.text)]
    reference, said = _reference(ctx), _said_day(words, OurNames.of(ctx.complaint))
    models = model_codes(ctx.counter_notice)  # a date on a line about another model is not the seller's product's
    ours = reference[1] if reference else ("our right's filing or priority date (not in our record: add it from our certificate"
                                            f"{_HOW_TO_ADD.format(ctx.complaint.ip_right.id) if ctx.complaint.ip_right.id else ''})")
    out: list[Finding] = []
    for index, doc, sale in documents:
        # A record of the seller's own earlier sales (an order report, a sales export) is dated by its sale, like an invoice.
        sale = sale or bool(_SALES_RECORD_RE.search(normalize_text((doc.text or "")[:300])))
        published = publication(lines_about(doc.text, models)) or (_sale_day(doc.text) if sale else None)
        own_day = document_date(doc.text) if published is None else None
        if own_day is not None:  # dated, but not by a publication: its date is said, never 'no date could be read'
            out += _own_date_findings(index, own_day, doc.text, words, reference, ours, OurNames.of(ctx.complaint), ctx.attachments)
            continue
        if published is None:
            out.append(_finding(
                "prior_art_date_unknown", Severity.MISSING,
                f"Attachment #{index} gives no publication date that could be read, so whether it was public before {ours} is not "
                "verified: ask the seller for the date it was published, and proof of that date.",
                index, Basis.NOT_VERIFIED,
                reply=f"The document the seller relies on as prior art (attachment #{index}) shows no date of publication: we ask for it.",
            ))
            continue
        out += _said_date_differs(index, _shown(published), published, said, words, OurNames.of(ctx.complaint), ctx.attachments)
        out += [_finding(features.OTHER_DESIGN, Severity.INFO, features.message(index, lacked), index, reply=features.reply(index, lacked))
                for lacked in features.other_design(ctx.complaint, doc.text)]
        out += _models_described(ctx, index, doc.text, models)
        bought = _bought_by_seller(ctx, doc.text) if sale else None
        tool = _tooling(doc.text) if bought else None
        if tool:  # a mould the seller bought: no goods sold or shown, so no kind of goods to compare either
            out.append(_tooling_finding(index, _shown(published), tool, bought, doc.text, reference))
            continue
        other = _another_kind(ctx, doc.text) if _period(published)[0] <= (reference[0] if reference else date.max) else None
        out.append(_other_kind_finding(index, _shown(published), other, reference, ours, sale and not bought) if other
                   else _compared(index, _shown(published), _period(published), reference, ours, _subject_named(ctx, doc.text),
                                  _sold_by(doc.text) if sale and not publication(doc.text) else None))
    if not documents:
        out.append(_no_prior_art_document(ctx, ours, _said_when(words, OurNames.of(ctx.complaint))))
    return out


# A drawing's own date is the day it was drawn ('Design drawing DWG-0815 ... Date: 2023-08-15', '设计图纸', 'plano', 'Zeichnung').
_DRAWING_RE = re.compile(r"drawing|\bdwg\b|sketch|图纸|设计图|草图|\bplano\b|dibujo|boceto|zeichnung|entwurf|disegno|dessin|croquis|gambar")
MADE_AFTER_FILING = "prior_art_made_after_filing"


def _own_date_findings(index: int, day: date, text: str, words: tuple[str, ...], reference: tuple[date, str] | None, ours: str,
                       names: OurNames, attachments: list | tuple = ()) -> list[Finding]:
    """A prior-art document that gives its own date but no day it was made public (a design drawing: the day it was drawn):
    that date said as what it is, set against the seller's own date for its design and against our reference day. A
    document dated after either shows nothing of the design before its own date."""
    heading = normalize_text("\n".join(text.splitlines()[:3]))
    what = "the drawing's own date, the day it was drawn" if _DRAWING_RE.search(heading) else "the document's own date"
    shown = f"{day.isoformat()} ({what}, not a date it was made public)"
    out: list[Finding] = []
    claimed = next((said for sentence in words for part in sentences(sentence)
                    for _, _, said in dates_in(without_our_dates(part, names)) if not _for_another(part, said.written, index, attachments)), None)
    if claimed is not None and day > _period(claimed)[1]:
        written = f"'{escape_untrusted(claimed.written)}'"
        out.append(_finding(
            "claim_differs_from_document", Severity.SUSPICIOUS,
            f"The seller says its design dates from {written}; attachment #{index}, the document it sends for it, is dated {shown}: "
            "it shows nothing of the design before that day.", index, about="publication",
            reply=f"The seller says its design dates from {written}; the document it sends for it (attachment #{index}) is dated "
            f"{day.isoformat()}.",
        ))
    if reference is not None and day > reference[0]:
        out.append(_finding(
            MADE_AFTER_FILING, Severity.MISSING,
            f"Attachment #{index} is dated {shown}, after {ours}: it shows nothing of the design before our right was filed.", index,
            reply=f"The document the seller relies on as prior art (attachment #{index}) is itself dated {day.isoformat()}, after "
            f"{ours}: it shows nothing of the design before our right.",
        ))
    elif reference is None or day <= reference[0]:
        out.append(_finding(
            "prior_art_date_unknown", Severity.MISSING,
            f"Attachment #{index} is dated {shown}: whether it was public before {ours} is not verified: ask the seller for the "
            "date it was published, and proof of that date.", index, Basis.NOT_VERIFIED,
            reply=f"The document the seller relies on as prior art (attachment #{index}) is dated {day.isoformat()}, but shows no "
            "date it was made public: we ask for it.",
        ))
    return out


MODEL_DESCRIBED = "named_model_described"


def _models_described(ctx: CheckContext, index: int, text: str, models: list[str]) -> list[Finding]:
    """The document's own line for each model the seller names ('Model LC-88: round tube lipstick case, smooth gold cap'),
    quoted beside our right: what the document shows of the product it is offered for, for legal to compare with our
    design (its words only; nobody has compared the two)."""
    wanted, out = {code.upper() for code in models}, []
    pages = text.split("\f")
    for number, page in enumerate(pages, 1):
        for line in page.splitlines():
            named = sorted(wanted & {code.upper() for code in model_codes(line)})
            if not named:
                continue
            where = f" (page {number})" if len(pages) > 1 else ""
            quoted, right = escape_untrusted(line.strip()), escape_untrusted(ctx.complaint.ip_right.name)
            out.append(_finding(
                MODEL_DESCRIBED, Severity.INFO,
                f"Attachment #{index} describes {', '.join(named)}, the model the counter-notice names, as '{quoted}'{where}; our right is "
                f"'{right}'. Only the same design or invention, public before our right was filed, is prior art: compare the two.",
                index, reply=f"The seller's own document (attachment #{index}) describes the model it names ({', '.join(named)}) as "
                f"'{quoted}'.", about="subject"))
    return out


# The seller's words for making its design itself ('we designed it in 2019', '2019年自己设计的'): a date it gives for it is
# its claim of an earlier creation, with no more proof than the date said.
_SAYS_CREATED_RE = re.compile(r"design|creat|develop|invent|dise[ñn]|cre[aó]|desarroll|progett|disegn|entw|mendesain|merancang|设计|研发|开发")


def _said_when(words: tuple[str, ...], ours: OurNames | None) -> str | None:
    """The day or year, as written, the seller gives in its prior-art sentences for when its design was made public or
    made; None when it gives none (a date it gives for our right is ours)."""
    said = _said_day(words, ours)
    if said:
        return said[1].isoformat()
    for sentence in words:
        for part in sentences(sentence):
            own = without_our_dates(part, ours)
            norm = normalize_text(own)
            year = _YEAR_RE.search(own) if _SAYS_PUBLISHED_RE.search(norm) or _SAYS_CREATED_RE.search(norm) else None
            if year:
                return year.group(1)
    return None


def _no_prior_art_document(ctx: CheckContext, ours: str, when: str | None = None) -> Finding:
    """Prior art argued with no document of it: none given at all, or only files of another kind (an office's notice, an
    invoice for the goods sold now), which are said to have been given. The date the seller gives is said as its own word,
    with nothing dated to back it."""
    dated = f" (it gives '{escape_untrusted(when)}', with nothing dated to show it)" if when else ""
    given = [f"#{i}" for i, _, _ in ctx.attachments]
    if given:
        files = ("attachment " if len(given) == 1 else "attachments ") + ", ".join(given)
        return _finding(
            "prior_art_date_unknown", Severity.MISSING,
            f"The seller argues prior art{dated}; none of the files it gave ({files}) is a publication of its own with a date: whether "
            f"anything was public before {ours} is not verified. Ask the seller for the document and the date it was published.",
            None, Basis.NOT_VERIFIED,
            reply="The seller refers to earlier publications, but none of the documents it gives is one: we ask to see them, with "
            "their dates.",
        )
    return _finding(
        "prior_art_date_unknown", Severity.MISSING,
        f"The seller argues prior art{dated} but gave no document that shows it: whether anything was public before {ours} is not "
        "verified. Ask the seller for the document and the date it was published.",
        None, Basis.NOT_VERIFIED,
        reply="The seller refers to earlier publications but gives none: we ask to see them, with their dates.",
    )


def prior_use_date_findings(ctx: CheckContext, reading: GroundReading) -> list[Finding]:
    """Against a trademark, the seller's own day for its earlier use (for_a_mark) against the publication date its document
    gives: a difference stated, quoting both, as for prior art. Whether the use came first is for legal."""
    from assistant.domain.models import IPType

    words = reading.legal_kinds.get("prior_use")
    if not words or ctx.complaint.ip_right.ip_type is not IPType.TRADEMARK:
        return []
    ours = OurNames.of(ctx.complaint)
    said = _said_day(words, ours)
    out: list[Finding] = []
    for index, doc, kind in ctx.attachments:
        if kind in PURCHASE_KINDS or kind in AUTHORIZATION_KINDS or not doc.text:
            continue
        published = publication(doc.text)
        if published is not None:
            out += _said_date_differs(index, _shown(published), published, said, words, ours)
    return out


# A paper that is a publication by its name or its opening line (a catalogue, a brochure): named by these words too.
def _publications(attachments) -> tuple[tuple[re.Pattern[str], int], ...]:
    found = [index for index, doc, _ in attachments
             if _PUBLICATION_TITLE_RE.search(normalize_text(doc.name + "\n" + "\n".join((doc.text or "").strip().splitlines()[:1])))]
    return ((_PUBLICATION_TITLE_RE, found[0]),) if len(found) == 1 else ()


def _for_another(part: str, written: str, index: int, attachments) -> bool:
    """Whether the seller gives its date (``written``, in ``part``) for another of its papers than attachment ``index``
    ('附件是我们2021年9月的产品目录和销售发票': the month is the catalogue's, never the invoice's): a date is compared only with the
    paper it is given for, or with each when it names none."""
    if not attachments:
        return False
    about = attachment_near(part, attachments, written, _publications(attachments))
    return about is not None and about != index


def _said_date_differs(index: int, shown: str, published: DatedWords, said: tuple[str, date] | None, words: tuple[str, ...],
                       ours: OurNames | None = None, attachments: list | tuple = ()) -> list[Finding]:
    """The seller's own day (or year) for its prior art, where the document gives another; a date the seller gives for
    another of its papers is never this one's."""
    if said and _for_another(said[0], next((d.written for d in days_and_months(said[0]) if d.value == said[1]), ""), index, attachments):
        return []
    if said and not published.holds(said[1]):
        return [_finding(
            "claim_differs_from_document", Severity.SUSPICIOUS,
            f"The seller says it was published on {figure_as_written(said[0], said[1])}; attachment #{index} gives the "
            f"publication date {shown}.", index, about="publication",
        )]
    month = None if said else _said_month(words, ours)
    if month and _for_another(month[0], month[1].written, index, attachments):
        return []
    if month and not _overlap(_period(month[1]), _period(published)):
        # A month is compared as a month: 'March 2021' agrees with any day of March 2021, and with '2021' alone.
        written = f"'{escape_untrusted(month[1].written)}'"
        return [_finding(
            "claim_differs_from_document", Severity.SUSPICIOUS,
            f"The seller says it was public in {written}; attachment #{index} gives the publication date {shown}.", index,
            about="publication",
            reply=f"The seller says its document was public in {written}; the document itself (attachment #{index}) gives {shown}.",
        )]
    if not said and not month and (year := _said_year(words, ours)) and published.value.year != int(year):
        return [_finding(
            "claim_differs_from_document", Severity.SUSPICIOUS,
            f"The seller says it was public in '{year}'; attachment #{index} gives the publication date {shown}.", index,
            about="publication",
            reply=f"The seller says its document was public in {year}; the document itself (attachment #{index}) is dated "
            f"{published.value.year}.",
        )]
    return []


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two periods (first and last day) share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def _bought_by_seller(ctx: CheckContext, text: str) -> str | None:
    """The buyer a paper names ('购买方：...', 'Käufer: ...', 'Buyer: ...', 'Pembeli: ...'), as written, when it is the seller
    itself: the paper is the seller's purchase, not its sale. None otherwise."""
    from assistant.domain.appeals.parties import NameMatch, PartyRole, compare_names, document_parties, seller_names

    buyer = next(iter(document_parties(text, PartyRole.BUYER)), None)
    core = buyer.split(",")[0].strip() if buyer else ""
    if not core:
        return None
    if names_in(ctx.counter_notice, core) or any(compare_names(core, s) is not NameMatch.OTHER for s in seller_names(ctx.counter_notice)):
        return buyer
    return None


# A mould, a die or a tool to make goods with, in the languages papers here are written in: tooling bought, not goods.
_TOOLING_RE = re.compile(
    r"模具|开模|注塑模|压铸模|冲压模|\bmou?lds?\b|\bmou?ld (?:tool|set)s?\b|\btooling\b|\binjection tools?\b|\bdies?\b(?= (?:set|cast|for))"
    r"|werkzeug\w*|spritzgussform\w*|\bstamp[oi]\b|\bmoldes?\b|\bmatri(?:z|ces)\b|\bmoules?\b|\bcetakan\b|\bacuan\b"
)


def _tooling(text: str) -> str | None:
    """The goods line of a paper when what it sells is a mould or a tool to make goods with ('吸顶灯罩注塑模具 XD-400',
    'Spritzgusswerkzeug für Pendelleuchten-Schirm'), as written; None when its goods are goods."""
    from assistant.domain.appeals.other_product import goods_named

    lines = goods_named(text) or [cell for line in text.splitlines() for cell in re.split(r"\s{3,}|\t|\|", line)]
    found = next((line for line in lines if _TOOLING_RE.search(normalize_text(line))), None)
    # A PDF's text layer spaces words out ('Pos.  1  Spritzgusswerkzeug  für'): one space each, the item's number left out.
    return re.sub(r"^(?:pos\.?|item)?\s*\d+[.)|:]?\s+", "", re.sub(r"\s{2,}", " ", found.strip()), flags=re.IGNORECASE) if found else None


def _tooling_finding(index: int, shown: str, tool: str, buyer: str, text: str, reference: tuple[date, str] | None) -> Finding:
    """A paper of the seller's own purchase of a mould: tooling made for it in private, which shows no design made public."""
    from assistant.domain.appeals.parties import PartyRole, document_parties

    maker = next(iter(document_parties(text, PartyRole.SUPPLIER)), None)
    source = f" from '{escape_untrusted(maker)}'" if maker else ""
    before = reference[0].isoformat() if reference else "our filing date"
    tool, buyer = escape_untrusted(tool), escape_untrusted(buyer)
    return _finding(
        "prior_art_mould_purchase", Severity.MISSING,
        f"Attachment #{index}, dated {shown}, is the seller's own purchase of a mould or tool ('{tool}'), made out to '{buyer}' as its "
        f"buyer{source}: tooling ordered for the seller, not goods sold or shown to anyone. It shows neither what was made with it "
        f"nor that any product with our design was public before {before}.",
        index,
        reply=f"The document the seller relies on (attachment #{index}, dated {shown}) is its own purchase of a mould ('{tool}'){source}: "
        f"a tool ordered in private is no publication of a design, so it is no evidence that our design was public before {before}.",
    )


def _sale_day(text: str) -> DatedWords | None:
    """The day an invoice of the seller's earlier sale was issued, as it writes it: the day those goods were sold."""
    day = document_date(text)
    written = date_as_written(text, day) if day else None
    return DatedWords(day, "day", written, written) if day and written else None


def _as_in(text: str, word: str) -> str:
    """``word`` as ``text`` writes it (its capitals), found without regard to case."""
    found = re.search(re.escape(word), text or "", re.IGNORECASE)
    return escape_untrusted(found.group(0) if found else word)


def _another_kind(ctx: CheckContext, text: str) -> tuple[str, str, str, str] | None:
    """For a design: (the kind of goods a document names, its word, the kind our design is for, our word) when the document
    names only kinds our design and the reported product are not of (an invoice for table lamps against a pendant lamp's
    design); None for another right, or when either names no kind goods_kinds knows, or they share one."""
    right = ctx.complaint.ip_right
    if right.patent_kind != "design":
        return None
    reported = " \n".join(filter(None, [right.name, ctx.complaint.statement, *(listing.title for listing in ctx.complaint.listings)]))
    kinds = other_kinds(text, reported)
    if kinds is None:
        return None
    (theirs, their_word), (ours, our_word) = next(iter(kinds[0].items())), next(iter(kinds[1].items()))
    return theirs, _as_in(text, their_word), ours, _as_in(reported, our_word)


def _other_kind_finding(index: int, shown: str, other: tuple[str, str, str, str], reference: tuple[date, str] | None, ours: str,
                        sale: bool) -> Finding:
    """A document dated before our reference day that names another kind of goods than our design's: no evidence of it."""
    theirs, their_word, kind, our_word = other
    before = reference[0].isoformat() if reference else "our filing date"
    what = "an invoice of the seller's earlier sale, " if sale else ""
    return _finding(
        "prior_art_other_product", Severity.MISSING,
        f"Attachment #{index}, {what}dated {shown}, before {ours}, names '{their_word}' ({theirs}), not {kind} as our design "
        f"('{our_word}'): it shows no {kind} with our design, so it is no evidence that our design was public before {before}.",
        index,
        reply=f"The document the seller relies on (attachment #{index}, dated {shown}) is for '{their_word}' ({theirs}), not {kind}: it "
        f"shows no {kind} with our design, so it is no evidence that our design was public before {before}.",
    )


# Words every right's name uses, which say nothing of what it protects.
_GENERIC_WORDS = frozenset({"patent", "patente", "european", "invention", "utility", "model", "design", "registered", "community", "industrial",
                            "for", "the", "and", "with", "of", "und", "del", "de", "per", "untuk"})


def _subject_named(ctx: CheckContext, text: str) -> str | None:
    """What our right protects, as our record names it after its kind ('magnetic height adjuster' in 'European patent EP 3 456
    789 B1: magnetic height adjuster'), when a document names every word of it; None when it does not, or the name gives
    fewer than two such words."""
    name = ctx.complaint.ip_right.name or ""
    subject = name.split(":", 1)[1] if ":" in name else name
    words = {w for w in re.findall(r"[a-z]{3,}", normalize_text(subject)) if w not in _GENERIC_WORDS}
    plain = normalize_text(text)
    if len(words) < 2 or not all(re.search(rf"\b{w}", plain) for w in words):
        return None
    return escape_untrusted(" ".join(re.findall(r"[A-Za-z][\w-]*", subject)))


def _sold_by(text: str | None) -> str:
    """How a record of earlier sales is said: the sale it records, with the seller it names ('sold by Lumaro Store')."""
    from assistant.domain.appeals.parties import PartyRole, document_parties

    named = document_parties(text or "", PartyRole.SUPPLIER)
    return f" (a record of sales by '{escape_untrusted(named[0])}')" if named else " (a record of sales)"


def _compared(index: int, shown: str, period: tuple[date, date], reference: tuple[date, str] | None, ours: str,
              subject: str | None = None, sales: str | None = None) -> Finding:
    """The publication date (a day, or the first and last day of the month or year given) against our reference day; for a
    record of earlier sales (``sales``: how it is named), the day of the sale it records."""
    if sales is not None and reference is not None and period[1] < reference[0]:
        return _finding(
            "prior_art_before_filing", Severity.INFO,
            f"Attachment #{index}{sales} records a sale on {shown}, before {ours}: an earlier sale is prior art only if what was "
            "sold is our design or invention, which its text does not show (no picture or drawing of it is read). Legal must "
            "review it against our right.",
            index,
        )
    if reference is not None and period[0] <= reference[0] <= period[1] and period[0] != period[1]:
        return _finding(
            "prior_art_date_unchecked", Severity.INFO,
            f"Attachment #{index} gives the publication date {shown}, which takes in {ours}: we cannot tell from the "
            f"{'month' if period[1] - period[0] < timedelta(days=31) else 'year'} alone whether it came before. Ask the seller for "
            "the exact day, with proof.",
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
    if subject:
        return _finding(
            "prior_art_before_filing", Severity.INFO,
            f"Attachment #{index} was published on {shown}, before {ours}, and names '{subject}', what our right protects: it may "
            "anticipate our right. Patent counsel must assess it urgently against our claims; until then no reply dismisses it.",
            index,
        )
    return _finding(
        "prior_art_before_filing", Severity.INFO,
        f"Attachment #{index} was published on {shown}, before {ours}: if it shows the same design or invention, it may be prior "
        "art. Legal must review it against our right.",
        index,
    )


# The arguments an earlier sale's papers are offered for: the design or invention public, or the seller's own use, before ours.
_EARLIER_USE = ("prior_art", "prior_use")


def earlier_sale_papers(ctx: CheckContext, reading: GroundReading, already: list[Finding]) -> list[Finding]:
    """The contracts and invoices the seller offers as proof of an earlier sale or use (no purchase ground: grounds reads
    them so), each read for what such a paper must show whoever weighs it: signed or sealed by its parties, as the one
    reading of signatures says (a contract with none in its text is said so, never left for a placeholder), and for the
    goods reported, not another kind ('3-person dome tents' for a lantern), unless ``already`` says so for that paper."""
    from assistant.domain.appeals.checks import AttachmentKind, _check_signature, _Findings

    if not any(kind in reading.legal_kinds for kind in _EARLIER_USE) or AppealGround.PURCHASE_INVOICE in reading.grounds:
        return []
    out = _Findings(AppealGround.OTHER)
    reported = " \n".join(filter(None, [*(listing.title for listing in ctx.complaint.listings), ctx.complaint.statement]))
    # A mould bought names the goods it makes, not goods sold: its kind of goods is no point (prior_art_mould_purchase says why).
    said_other = {f.attachment for f in already if f.code in ("prior_art_other_product", "prior_art_mould_purchase")}
    for index, doc, kind in ctx.attachments:
        if kind not in PURCHASE_KINDS or not doc.text:
            continue
        unread: list[str] = []
        _check_signature(out, ctx, index, doc, both_parties=kind is AttachmentKind.CONTRACT, unread=unread)
        kinds = other_kinds(doc.text, reported) if index not in said_other else None
        if kinds:
            (theirs, their_word), (ours, our_word) = next(iter(kinds[0].items())), next(iter(kinds[1].items()))
            out.add("product_mismatch", Severity.MISSING,
                    f"Attachment #{index} is for '{_as_in(doc.text, their_word)}' ({theirs}), not {ours} as the reported listing "
                    f"('{_as_in(reported, our_word)}'): it shows no earlier sale or use of the reported goods.", index, about="goods",
                    reply=f"The seller's paper (attachment #{index}) is for '{_as_in(doc.text, their_word)}' ({theirs}), not the {ours} "
                    "in the reported listing(s): it shows no earlier sale or use of them.")
    return out.items


# The seller's own word that what it sold or showed earlier was only like ours ('similar handle', 'ähnliche Form', '类似的
#手柄'): a likeness, never the same design.
_SIMILAR_RE = re.compile(r"\b(similar|alike|comparable|similares?|parecid[oa]s?|[äa]hnlich\w*|aehnlich\w*|simil[ei]|serupa|mirip|semblables?"
                         r"|pareil\w*)\b|类似|相似|近似|差不多")


def _unlike(norm: str, at: int) -> bool:
    """Whether the word of likeness at ``at`` is negated ('not similar', 'nicht ähnlich', '不相似')."""
    return norm[max(0, at - 1):at] in ("不", "非") or negated(norm[max(0, at - 12):at])


def prior_art_said(words: tuple[str, ...]) -> str:
    """What the seller's prior-art sentences say of themselves, for the point that reads them: that the seller only guesses
    (its hedge quoted: the argument stands as hedged, not as a fact), and that it calls what it sold earlier only similar
    (its word: a similar product is not our design). Empty when they say neither."""
    norms = [normalize_text(w) for w in words]
    cues = tuple(dict.fromkeys(cue for norm in norms for cue in hedge_words(norm)))
    out = ""
    if cues:
        out += (f" The seller's words are hedged ({', '.join(repr(escape_untrusted(c)) for c in cues)}): it guesses, and does not "
                "say as a fact that it was public before our right; a dated document would answer it either way.")
    # ('not similar', '不相似': no likeness claimed, nothing to say of it)
    similar = next((found.group(0) for norm in norms if (found := _SIMILAR_RE.search(norm)) and not _unlike(norm, found.start())), None)
    if similar:
        out += (f" The seller itself calls what it sold earlier '{escape_untrusted(similar)}' (its word), not the same as what our right "
                "protects: only a document that shows our design or invention itself, dated before our filing date, would be prior art.")
    return out


def only_prior_art(reading: GroundReading) -> bool:
    """Whether every sentence of the seller's legal argument is a prior-art one (nothing else for legal to answer)."""
    prior = set(reading.legal_kinds.get("prior_art") or ())
    others = set(reading.words.get(AppealGround.OTHER) or ())
    return bool(prior) and others <= prior and set(reading.legal_kinds) == {"prior_art"}


def settles_prior_art(findings: list[Finding]) -> bool:
    """Whether the documents settle the prior art on their dates alone: each was published after our reference day."""
    # (a document that shows another design says nothing of its date: it neither settles nor unsettles the argument)
    codes = [f.code for f in findings if f.code.startswith("prior_art_") and f.code != features.OTHER_DESIGN]  # (MODEL_DESCRIBED: no date)
    return bool(codes) and all(code == "prior_art_after_filing" for code in codes)


def for_a_mark(reading: GroundReading, complaint) -> GroundReading:
    """Against a trademark complaint, an earlier sale or showing the seller argues ('we sold lanterns under this name on
    Amazon before you registered it') is a prior use of the sign, never prior art: novelty is a design's or an invention's.
    The reading with those sentences as a prior-use argument; unchanged against any other right."""
    from dataclasses import replace

    from assistant.domain.models import IPType

    said = reading.legal_kinds.get("prior_art")
    if complaint.ip_right.ip_type is not IPType.TRADEMARK or not said:
        return reading
    kinds = {kind: words for kind, words in reading.legal_kinds.items() if kind != "prior_art"}
    kinds["prior_use"] = tuple(dict.fromkeys((*kinds.get("prior_use", ()), *said)))
    return replace(reading, legal_kinds=kinds)


__all__ = [
    "earlier_sale_papers", "for_a_mark", "only_prior_art", "prior_art_findings", "prior_art_said", "prior_use_date_findings", "publication", "publication_date", "settles_prior_art",
]
