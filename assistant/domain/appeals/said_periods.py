"""A date as the seller writes it, as the span of days it can mean, set against one of our days.

Sellers date their earlier use loosely: a day, a month ('since March 2023', 'desde marzo de 2023', '2022年9月'), a year
('sejak 2019'), or a part of a year ('early 2021', 'seit Frühjahr 2022', 'a principios de 2020', 'fin 2019'). Each is kept as
written and read as the first and last day it can mean, never made more precise (a month is never its first day). Set
against our filing date it is before or after only when the whole span is; when our day falls within it, we cannot tell
from the month (the year, the words) alone which came first.

Days, months and years are read by event_dates (month names through dateparser's locale data, in every language sellers
write). dateparser does not read parts of a year or seasons ('Frühjahr 2022' parses as nothing, 'early 2021' as today's
date in 2021), so their words are listed here, each with the months it surely means: 'early' never reaches past June,
'late' never starts before July, a season its three months in the northern hemisphere (winter runs over the new year, so
it is read as wide as it may be).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.date_roles import OurNames, without_our_dates
from assistant.domain.appeals.event_dates import dates_in, start_dates
from assistant.domain.untrusted_text import normalize_text

# Each part of a year, in English, German, Spanish, Italian, French and Malay/Indonesian: its words, and the first and last
# (month, day) it can mean (a month 0 or 13: the year before or after).
_PARTS: dict[str, tuple[tuple[str, ...], tuple[int, int], tuple[int, int]]] = {
    "early": (("early", "the beginning of", "beginning of", "the start of", "start of", "anfang", "beginn", "principios de",
               "comienzos de", "inicios de", "all'inizio del", "inizio del", "inizio", "début de", "début d'", "début", "awal tahun", "awal"),
              (1, 1), (6, 30)),
    "mid": (("the middle of", "middle of", "mid-", "mid", "mitte", "mediados de", "a metà del", "metà del", "metà", "milieu de", "mi-",
             "pertengahan tahun", "pertengahan"), (4, 1), (9, 30)),
    "late": (("late", "the end of", "end of", "ende", "finales de", "fines de", "alla fine del", "fine del", "fine", "fin de", "fin d'",
              "fin", "akhir tahun", "akhir"), (7, 1), (12, 31)),
    "spring": (("spring of", "spring", "frühjahr", "frühling", "primavera de", "primavera del", "primavera", "printemps", "musim semi"),
               (3, 1), (5, 31)),
    "summer": (("summer of", "summer", "sommer", "verano de", "verano", "estate del", "estate", "été", "musim panas"), (6, 1), (8, 31)),
    "autumn": (("autumn of", "autumn", "fall of", "fall", "herbst", "otoño de", "otoño", "autunno del", "autunno", "automne", "musim gugur"),
               (9, 1), (11, 30)),
    "winter": (("winter of", "winter", "invierno de", "invierno", "inverno del", "inverno", "hiver", "musim dingin"), (0, 12), (13, 2)),
}
_WORDS = sorted({w for words, _, _ in _PARTS.values() for w in words}, key=len, reverse=True)
_PART_OF: dict[str, str] = {w: name for name, (words, _, _) in _PARTS.items() for w in words}
# A word before the date that says since when ('since', 'seit', 'desde', 'dal', 'sejak', 'depuis'), kept in the quote.
_SINCE = r"(?:since|from|in|seit|ab|im|desde|a|en|dal|dalla|nel|dall'|sejak|pada|depuis|au|à)"
_PART_RE = re.compile(
    rf"(?:\b{_SINCE}\s+)?(?:the\s+)?(?<![\w-])(?P<part>{'|'.join(re.escape(w) for w in _WORDS)})\s*(?:of\s+|de\s+|del\s+|des\s+|tahun\s+)?"
    r"(?P<year>(?:19|20)\d{2})(?!\d)"
)


@dataclass(frozen=True)
class SaidPeriod:
    """A date as the seller writes it: its words as written, and the first and last day they can mean."""

    quoted: str
    first: date
    last: date
    unit: str  # 'day', 'month', 'year' or 'words' (a part of a year)

    @classmethod
    def given(cls, quoted: str, value: date, precision: str) -> SaidPeriod:
        """A day, a month or a year as a text gives it ('day', 'month', 'year': event_dates' precision), with its words."""
        first, last = _span(value, precision)
        return cls(quoted, first, last, precision)

    def against(self, day: date) -> int:
        """-1 when the whole span is before ``day``, 1 when it is after, 0 when ``day`` falls within it."""
        return -1 if self.last < day else 1 if self.first > day else 0

    def undecided(self) -> str:
        """What cannot settle the order: 'the month alone', 'the year alone', 'those words alone' (a part of a year)."""
        return f"the {self.unit} alone" if self.unit in ("day", "month", "year") else "those words alone"


def _part(name: str, year: int) -> tuple[date, date]:
    (m1, d1), (m2, d2) = _PARTS[name][1], _PARTS[name][2]
    first = date(year - 1, 12, 1) if m1 == 0 else date(year, m1, d1)
    last = date(year + 1, 2, 28) if m2 == 13 else date(year, m2, d2)
    return first, last


def _of_part(sentence: str) -> SaidPeriod | None:
    norm = normalize_text(sentence)
    found = _PART_RE.search(norm)
    if found is None:
        return None
    first, last = _part(_PART_OF[found.group("part")], int(found.group("year")))
    return SaidPeriod(sentence[found.start() : found.end()].strip(), first, last, "words")


def _span(value: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return value, value
    if precision == "month":
        following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return value, date.fromordinal(following.toordinal() - 1)
    return date(value.year, 1, 1), date(value.year, 12, 31)


def said_period(words: tuple[str, ...], ours: OurNames | None = None) -> SaidPeriod | None:
    """The date the seller gives in its sentences for what it did (its earlier use): a part of a year, else a start ('since
    March 2023'), else the one date a sentence gives; a date it gives for our right is ours, never its own (date_roles)."""
    for sentence in words:
        for part in sentences(sentence):
            own = without_our_dates(part, ours)
            found = _of_part(own)
            if found:
                return found
            starts = start_dates(own)
            dated = [said for _, _, said in dates_in(own)]
            said = starts[0] if starts else dated[0] if len(dated) == 1 else None
            if said is not None:
                return SaidPeriod.given(said.quoted if starts else said.written, said.value, said.precision)
    return None


__all__ = ["SaidPeriod", "said_period"]
