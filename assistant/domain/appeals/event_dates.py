"""The dates a seller gives for what happened, set against the dates its own documents give for the same thing.

Two things are dated on both sides: when the goods were bought ("we bought them in June 2026" against the invoice's
date) and since when the seller has offered or used what is complained of ("sold since March 2021" against "launched
2023" in its own catalogue). A day, a month or a year is compared as given, never made more precise: "June 2026" agrees
with any day of June 2026. When they disagree, both are quoted as written (a day also as YYYY-MM-DD), as a suspicious
point: the seller's own document does not bear out its words. A day of purchase the claims reader already set against
the invoice (claims.py) is not said twice. A date the seller gives for our right ('your trademark was only filed on ...')
is ours, never one of the seller's (date_roles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.date_roles import OurNames, without_our_dates
from assistant.domain.appeals.evidence import PURCHASE_KINDS, _as_in, days_and_months, document_date, yearless_days
from assistant.domain.appeals.model_codes import lines_about, model_codes
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# A sentence about buying the goods.
_BOUGHT_RE = re.compile(
    r"\b(?:bought|buy|purchased?|ordered|sourced|stocked|acquired|imported)\b|采购|购买|购进|进货|进的货|买的|买了|拿货"
    r"|\bcompr[aéó]\w*|\badquiri\w*|\bacquist\w*|\b(?:mem)?beli\b|\bdibeli\b|\bgekauft\b|\bachet\w*"
)
# Words that give a paper's own date ('invoice dated ...', 'factura ... del 3 de septiembre', '开票日期'), not a day of buying.
_PAPER_DAY_RE = re.compile(r"\bdated\b|\bdate\b|\bdel\s+\d|\bcon fecha\b|\bdatata\b|\bdel giorno\b|\bvom\b|\bbertarikh\b|开票|日期")


def says_bought_on(sentence: str) -> bool:
    """Whether a sentence gives a day as the day the seller bought the goods ('we bought 500 pieces on 5 September'),
    rather than as its paper's date ('invoice HO-1182 dated 2026-08-20')."""
    norm = normalize_text(sentence)
    return bool(_BOUGHT_RE.search(norm)) and not _PAPER_DAY_RE.search(norm)


# A sentence about when the owner signed or granted the seller's authorisation ('firmada por su director general el 5 de
# mayo de 2026', 'Nordvik authorised us in January 2026', '品牌方于2026年1月签署的授权书').
_GRANTED_RE = re.compile(
    r"\bsigned\b|\bissued\b|\bgranted\b|\bauthori[sz]ed\s+(?:us|our)\b|\blicen[cs]ed\s+(?:us|our)\b|\bfirmad[oa]s?\b|\bfirmat[oa]\b"
    r"|\bemitid[oa]\b|\botorgad[oa]\b|\bautoriz[oó]\b|\bautorizzat[oi]\b|\bunterzeichnet\b|\bunterschrieben\b|\bausgestellt\b"
    r"|\bditandatangani\b|签署|签发|出具|签订"
)
# A validity period is a licence's, not an event ('valid from 2024 to 2025').
_VALIDITY_RE = re.compile(r"valid|effective|expir|有效|期限|berlaku|v[aá]lid|vigen")
# Words just before a date that make it the start of selling or using something, in the seller's text and in a
# document ('since March 2021', '自2019年3月起', 'launched 2023', '2022年上市'), and just after it (起, 以来, 上市).
_START_BEFORE_RE = re.compile(
    r"(?:\b(?:ever\s+)?since|\bsold\s+from|\bon\s+(?:the\s+)?(?:market|sale)\s+(?:since|from)|\blaunched(?:\s+in)?|\bintroduced(?:\s+in)?"
    r"|\breleased(?:\s+in)?|\bnew\s+(?:for|in)|\bnovedad(?:\s+(?:de|en))?|\bfirst\s+(?:sold|offered|made|produced|shown|listed|available)(?:\s+in|\s+on)?|\bavailable\s+since"
    r"|\bdesde(?:\s+(?:el|la))?|\bdal(?:l')?(?:\s+anno)?|\bsejak(?:\s+tahun)?|\bseit|\bdepuis|自|从)\s*$"
)
_START_AFTER_RE = re.compile(r"^\s*(?:起|以来|开始|上市|推出|首发|面世|发布)")
_YEAR_RE = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?:\s*年)?(?![\d\-/]|\.\d|\s*年\s*\d)")


@dataclass(frozen=True)
class DatedWords:
    """A date as a text gives it: its first day, how precise it is (day, month, year), and its words as written."""

    value: date
    precision: str  # 'day', 'month' or 'year'
    written: str  # the date's words as written
    quoted: str  # the words quoted for it: the date with its cue ('since May 2020', '2022年上市')

    def holds(self, day: date) -> bool:
        """Whether ``day`` is in this date as precisely as it is given."""
        if self.precision == "day":
            return self.value == day
        if self.precision == "month":
            return (self.value.year, self.value.month) == (day.year, day.month)
        return self.value.year == day.year

    def period(self) -> tuple[int, int]:
        """(year, month) of its start, the month 0 when only a year is given."""
        return self.value.year, self.value.month if self.precision != "year" else 0


def dates_in(text: str, by: date | None = None) -> list[tuple[int, int, DatedWords]]:
    """Every day, month and year in ``text`` (offsets in its normalised form), each as written; a year alone only when
    it is not part of a day or a month. With ``by`` (the day of the seller's message), also the days it gives without
    their year ('on 5 September'), each the latest such day up to ``by``."""
    norm = normalize_text(text)
    found = [(d.start, d.end, DatedWords(d.value, "month" if d.month_only else "day", d.written, d.written)) for d in days_and_months(text)]
    for d in yearless_days(text, by) if by else []:
        if not any(start < d.end and d.start < end for start, end, _ in found):
            written = _as_in(text, norm[d.start : d.end].strip())
            found.append((d.start, d.end, DatedWords(d.value, "day", written, written)))
    for match in _YEAR_RE.finditer(norm):
        if any(start < match.end() and match.start() < end for start, end, _ in found):
            continue
        written = _as_in(text, match.group(0).strip())
        found.append((match.start(), match.end(), DatedWords(date(int(match.group(1)), 1, 1), "year", written, written)))
    return sorted(found, key=lambda item: item[0])


def _start_cue(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the words that make a date (at ``start``-``end`` of a normalised text) the start of a period begin and end
    ('since 2019', 'dal 2019', '自2019年起'), or None when none stands beside it."""
    before = _START_BEFORE_RE.search(norm[max(0, start - 40) : start])
    after = _START_AFTER_RE.match(norm[end : end + 6])
    if not (before or after):
        return None
    return (max(0, start - 40) + before.start() if before else start), (end + after.end() if after else end)


def start_dates(text: str) -> list[DatedWords]:
    """The dates a text gives for when something began to be sold or used, each quoted with its cue as written."""
    norm = normalize_text(text)
    out = []
    for start, end, said in dates_in(text):
        cue = _start_cue(norm, start, end)
        if cue is None or _VALIDITY_RE.search(norm[max(0, start - 30) : start]):
            continue
        out.append(DatedWords(said.value, said.precision, said.written, _as_in(text, norm[cue[0]:cue[1]].strip())))
    return out


def _event_dates(sentence: str, by: date | None) -> list[DatedWords]:
    """The dates a sentence gives for one event (a purchase, a signing): a date that starts a period ('rivenditore
    autorizzato dal 2019', 'a dealer since 2019', '自2019年起') says how long something has lasted, never the day it happened."""
    norm = normalize_text(sentence)
    return [said for start, end, said in dates_in(sentence, by) if _start_cue(norm, start, end) is None]


def bought_dates(text: str, by: date | None = None) -> list[DatedWords]:
    """The dates the seller gives for buying the goods: in a sentence about buying, the one date it gives (a sentence
    with several dates is left alone: which is the purchase is not clear); a day without its year is read against ``by``."""
    out = []
    for sentence in sentences(without_our_dates(text)):
        norm = normalize_text(sentence)
        if not _BOUGHT_RE.search(norm) or _VALIDITY_RE.search(norm):
            continue
        found = _event_dates(sentence, by)
        if len(found) == 1:
            out.append(found[0])
    return out


def granted_dates(text: str, by: date | None = None) -> list[DatedWords]:
    """The dates the seller gives for when its authorisation was signed or granted, read as bought_dates reads a purchase's."""
    out = []
    for sentence in sentences(without_our_dates(text)):
        norm = normalize_text(sentence)
        if not _GRANTED_RE.search(norm) or _VALIDITY_RE.search(norm) or _BOUGHT_RE.search(norm):
            continue
        found = _event_dates(sentence, by)
        if len(found) == 1:
            out.append(found[0])
    return out


@dataclass(frozen=True)
class DateDisagreement:
    """One date the seller gives that its document does not bear out: what about, both as written, and which document."""

    about: str  # 'bought', 'granted' (an authorisation's day) or 'since'
    attachment: int
    said: DatedWords
    shown: DatedWords


def disagreements(counter_notice: str, attachments, already: set[int] = frozenset(), by: date | None = None,
                  ours: OurNames | None = None) -> list[DateDisagreement]:
    """The seller's dates against its documents': its purchase date against the one purchase document's date (unless
    ``already`` holds that attachment: its day was compared by the claims), and when it says it began selling or using
    something against a later start its documents give for it (on their lines about the model the seller names). A date the seller gives for our side (``ours`` names it
    besides 'your') is none of its own."""
    out: list[DateDisagreement] = []
    counter_notice = without_our_dates(counter_notice, ours)
    purchases = [(index, doc) for index, doc, kind in attachments if kind in PURCHASE_KINDS and doc.text]
    if len(purchases) == 1 and purchases[0][0] not in already:
        index, doc = purchases[0]
        issued = doc.date or document_date(doc.text)
        if issued:
            written = next((said.written for _, _, said in dates_in(doc.text) if said.precision == "day" and said.value == issued),
                           issued.isoformat())
            shown = DatedWords(issued, "day", written, written)
            out += [DateDisagreement("bought", index, said, shown) for said in bought_dates(counter_notice, by)[:1] if not said.holds(issued)]
    out += _granted_disagreements(counter_notice, attachments, by)
    said_start = start_dates(counter_notice)
    if said_start:
        earliest = min(said_start, key=DatedWords.period)
        for index, doc, _ in attachments:
            # The start a document gives for another model than the seller's ('RM-19 ... Since 2019' beside its RM-22) is none of its own.
            shown = start_dates(lines_about(doc.text, model_codes(counter_notice)))
            if shown:
                first = min(shown, key=DatedWords.period)
                if _later(first, earliest):
                    out.append(DateDisagreement("since", index, earliest, first))
    return out


def _granted_disagreements(counter_notice: str, attachments, by: date | None) -> list[DateDisagreement]:
    """The day the seller says its one authorisation was signed or granted, against the day the document itself gives."""
    from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS

    letters = [(index, doc) for index, doc, kind in attachments if kind in AUTHORIZATION_KINDS and doc.text]
    if len(letters) != 1:
        return []
    index, doc = letters[0]
    issued = doc.date or document_date(doc.text)
    if not issued:
        return []
    written = next((said.written for _, _, said in dates_in(doc.text) if said.precision == "day" and said.value == issued), issued.isoformat())
    shown = DatedWords(issued, "day", written, written)
    return [DateDisagreement("granted", index, said, shown) for said in granted_dates(counter_notice, by)[:1] if not said.holds(issued)]


def _later(shown: DatedWords, said: DatedWords) -> bool:
    """Whether a document's start is after the seller's, compared no more precisely than the less precise of the two."""
    if "year" in (shown.precision, said.precision):
        return shown.value.year > said.value.year
    return (shown.value.year, shown.value.month) > (said.value.year, said.value.month)


def _quoted(words: DatedWords) -> str:
    text = f"'{escape_untrusted(words.quoted)}'"
    return text + (f" ({words.value.isoformat()})" if words.precision == "day" and words.written != words.value.isoformat() else "")


def difference(found: DateDisagreement) -> str:
    """The two dates, as written, with nothing said of which is right."""
    on = "on" if found.said.precision == "day" else "in"
    if found.about == "bought":
        return f"The seller says it bought the goods {on} {_quoted(found.said)}; attachment #{found.attachment} is dated {_quoted(found.shown)}"
    if found.about == "granted":
        return (f"The seller says its authorisation was signed or granted {on} {_quoted(found.said)}; attachment #{found.attachment} "
                f"is dated {_quoted(found.shown)}")
    return f"The seller says {_quoted(found.said)}; attachment #{found.attachment} says {_quoted(found.shown)}"


def message(found: DateDisagreement) -> str:
    """The point, both dates as written."""
    if found.about == "bought":
        return f"{difference(found)}: the seller's own document does not bear out its date of purchase."
    if found.about == "granted":
        return f"{difference(found)}: the seller's own document does not bear out its date."
    return (f"The seller says {_quoted(found.said)}; attachment #{found.attachment} says {_quoted(found.shown)}, a later start: the "
            "seller's own document does not bear out its date. Ask the seller for a document from the time it gives.")


def reply(found: DateDisagreement) -> str:
    """The same point as the draft puts it to the platform."""
    if found.about == "bought":
        return (f"The seller gives {_quoted(found.said)} as the time of its purchase, but its own document (attachment #{found.attachment}) "
                f"is dated {_quoted(found.shown)}.")
    if found.about == "granted":
        return (f"The seller gives {_quoted(found.said)} as the date of its authorisation, but the document itself (attachment "
                f"#{found.attachment}) is dated {_quoted(found.shown)}.")
    return (f"The seller says {_quoted(found.said)}, but its own document (attachment #{found.attachment}) says {_quoted(found.shown)}.")


__all__ = ["DateDisagreement", "DatedWords", "bought_dates", "dates_in", "difference", "disagreements", "granted_dates", "message", "reply",
           "says_bought_on", "start_dates"]
