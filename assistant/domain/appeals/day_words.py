"""Days as people write them with the month in words, in the languages the product reads ('27 noviembre',
'27 novembre', '27. November', '3 de octubre', 'March 3'), and dates that are no real day ('31 February',
'30 February 2026', '31/04/2026', '2026-02-30').

The month names are the ones the date readers already know (evidence.py: English and Spanish, and the other languages
sellers write taken from dateparser's locale data), so a language read in a seller's papers is read in a person's
words too. A day without a year is the latest such day up to the day of the message.

A date that cannot be (a day the month does not have, a month 13) is never moved to a real day: it is found here, as
written, with why it cannot be, so that a receipt day is refused quoting it and a seller's date is quoted as given.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.domain.appeals.evidence import _MONTH_RE, _MONTHS

_DAY_MONTH = (
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?(?P<m>{_MONTH_RE})(?![^\W\d_])\.?"
    r"(?:,?\s*(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d))?"
)
_MONTH_DAY = (
    rf"(?<![\w])(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d\w])(?:,?\s+(?P<y2>\d{{4}})(?!\d))?"
)

def _day_words() -> tuple[dict[str, int], set[str]]:
    """Days of the month written in words: English ordinals ('first', 'twenty-seventh', 'twenty first'), Spanish days
    ('primero', 'veintisiete', 'treinta y uno'), French 'premier' and Italian 'primo'."""
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth"]
    words = {name: i + 1 for i, name in enumerate(units)} | {name: i + 10 for i, name in enumerate(teens)}
    words |= {"twentieth": 20, "thirtieth": 30}
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for i, unit in enumerate(units[: 9 if base == 20 else 1]):
            words |= {f"{tens}{sep}{unit}": base + i + 1 for sep in ("-", " ", "")}
    spanish = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
               "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
               "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
               "veintinueve", "treinta", "treinta y uno"]
    words |= {name: i + 1 for i, name in enumerate(spanish)} | {"primero": 1, "premier": 1, "primo": 1}
    return words, set(spanish) | {"primero"}


_DAY_WORDS, _SPANISH_DAYS = _day_words()
_DAY_WORD_RE = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DAY_WORDS), key=len, reverse=True))
# 'the twenty-seventh of November', 'first of December', 'veintisiete de noviembre', 'November the twenty-seventh'.
_WORD_DAY_MONTH = (
    rf"(?<![\w-])(?P<w>{_DAY_WORD_RE})(?:\s+day)?\s+(?P<of>de\s+|of\s+)?(?P<mw>{_MONTH_RE})(?![^\W\d_])\.?"
    r"(?:,?\s*(?:de\s+|del\s+)?(?P<yw>\d{4})(?!\d))?"
)
_MONTH_WORD_DAY = rf"(?<![\w])(?P<mw2>{_MONTH_RE})\.?\s+(?:the\s+)?(?P<w2>{_DAY_WORD_RE})(?![\w-])(?:,?\s+(?P<yw2>\d{{4}})(?!\d))?"
_WORDED_RE = re.compile(f"{_DAY_MONTH}|{_MONTH_DAY}|{_WORD_DAY_MONTH}|{_MONTH_WORD_DAY}", re.I)
# A month named without its day: 'in November', 'of November', 'November 2026'.
_MONTH_ALONE_RE = re.compile(
    rf"(?<![\w])(?:(?:in|of|during|since|im|en|de|el\s+mes\s+de)\s+)?(?:the\s+)?(?P<m>{_MONTH_RE})(?![^\W\d_])\.?"
    r"(?:,?\s+(?:de\s+)?\d{4}(?!\d))?", re.I)
# Days in numbers only: '2026-02-30', '2026年2月30日', '2月30日', '31/04/2026', '31.04.2026'.
_ISO_RE = re.compile(r"(?<![\d.])(?P<y>\d{4})\s*(?P<s>[-/.])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<d>\d{1,2})(?![\d])")
_CJK_RE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
_NUMERIC_RE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d])")


# 'may' and 'march' written in small letters are everyday words ('we may have got it', 'it may 5 times be'), never a month,
# unless a day stands just before them ('5 may', 'the 5th of may'), where only the month fits.
_EVERYDAY_MONTH_RE = re.compile(r"(?<![^\W\d_])(?:may|march|mar)(?![^\W\d_])")
_DAY_BEFORE_RE = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD_RE})\.?\s+(?:(?:of|de)\s+(?:the\s+)?)?$", re.I)


def everyday_month_word(text: str) -> bool:
    """Whether words read as a date hold 'may' or 'march' in small letters with no day just before it: the verb or the
    noun, never the month ('we may' is no 1 May, 'may 5' in 'we may 5 times ask' is no 5 May)."""
    return any(not _DAY_BEFORE_RE.search(text[: m.start()]) for m in _EVERYDAY_MONTH_RE.finditer(text or ""))


@dataclass(frozen=True)
class WordedDay:
    """A day written with its month in words: the day it names, and the words as written."""

    day: date
    written: str
    with_year: bool


@dataclass(frozen=True)
class NotRealDate:
    """A date that names no real day, as written, and why ('February 2026 has 28 days')."""

    start: int
    end: int
    written: str
    why: str


def _days_in(month: int, year: int | None) -> int:
    """How many days the month has (February: 29 when no year says otherwise)."""
    return _calendar.monthrange(year, month)[1] if year else (29 if month == 2 else _calendar.monthrange(2001, month)[1])


def _why(day: int, month: int, year: int | None) -> str | None:
    """Why day/month/year is no real day; None when it is one (or is no date at all: a day 0 or over 31)."""
    if not 1 <= day <= 31:
        return None
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    days = _days_in(month, year)
    if day <= days:
        return None
    name = _calendar.month_name[month]
    return f"{name} {year} has {days} days" if year else (f"{name} has at most 29 days" if month == 2 else f"{name} has {days} days")


def _worded_parts(match: re.Match[str]) -> tuple[int, int, int | None]:
    for day_group, month_group, year_group in (("d", "m", "y"), ("d2", "m2", "y2"), ("w", "mw", "yw"), ("w2", "mw2", "yw2")):
        if match.group(month_group):
            day, month, year = match.group(day_group), match.group(month_group), match.group(year_group)
            break
    number = int(day) if day.isdigit() else _DAY_WORDS[re.sub(r"\s+", " ", day.lower())]
    return number, _MONTHS[month.lower()], int(year) if year else None


def _worded_matches(text: str) -> list[re.Match[str]]:
    """The days written with their month in words; a Spanish day word only with its 'de' ('once de noviembre'), so
    that English 'once November ...' is no day."""
    return [match for match in _WORDED_RE.finditer(text or "")
            if not (match.group("w") and not match.group("of") and re.sub(r"\s+", " ", match.group("w").lower()) in _SPANISH_DAYS)
            and not everyday_month_word(match.group(0))]


def month_alone(text: str) -> str | None:
    """The words naming a month without its day ('in November', 'of November', 'November 2026'), as written; None
    when the text names no month or names one with its day. A month is never taken as its 1st: the day is asked for.
    'may' in small letters is a word, not the month."""
    if _worded_matches(text):
        return None
    for match in _MONTH_ALONE_RE.finditer(text or ""):
        if everyday_month_word(match.group(0)):
            continue
        return match.group(0).strip(" ,.")
    return None


def not_real_dates(text: str) -> list[NotRealDate]:
    """Every date in ``text`` that names no real day, in the order they come, each as written."""
    found: list[NotRealDate] = []
    for match in _worded_matches(text):
        why = _why(*_worded_parts(match))
        if why:
            found.append(NotRealDate(match.start(), match.end(), match.group(0).strip(" ,."), why))
    for pattern in (_ISO_RE, _CJK_RE):
        for match in pattern.finditer(text or ""):
            year = int(match.group("y")) if match.group("y") else None
            why = _why(int(match.group("d")), int(match.group("m")), year)
            if why:
                found.append(NotRealDate(match.start(), match.end(), match.group(0).strip(), why))
    for match in _NUMERIC_RE.finditer(text or ""):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        day_first, month_first = _why(a, b, year), _why(b, a, year)
        if day_first and month_first and 1 <= a <= 31 and 1 <= b <= 31:  # neither reading is a day
            why = day_first if b <= 12 else month_first if a <= 12 else f"neither {a} nor {b} can be the month"
            found.append(NotRealDate(match.start(), match.end(), match.group(0), why))
    spans: list[NotRealDate] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if not any(s.start <= item.start < s.end for s in spans):
            spans.append(item)
    return spans


def without_unreal_dates(text: str) -> str:
    """``text`` with every date that names no real day blanked (same length, same places), so that no reader takes a
    part of it ('February 2026' of '30 February 2026') for a day or a month."""
    for item in not_real_dates(text):
        text = text[: item.start] + " " * (item.end - item.start) + text[item.end :]
    return text


_LANGUAGES = ("de", "es", "it", "id", "ms")
# Words dateparser's locale data lacks: Italian 'avantieri' and 'ieri l'altro' (the day before yesterday).
_MORE_RELATIVE = {"avantieri": 2, "ieri l'altro": 2, "ieri l\u2019altro": 2}
# Numbers people write in words before 'days ago' ('hace tres días', 'tre giorni fa', 'dua hari lalu'), one to ten in
# order (with the other words for one after a slash): dateparser's locale data has them in German only, and its 'N days
# ago' patterns take digits.
# 'N days ago' shapes dateparser's locale data lacks, written as its own are: Malay 'N hari lepas' and 'N hari yang lepas'
# ('lepas' is how Malaysians say 'ago'; dateparser has only the Indonesian-like 'N hari lalu').
_MORE_COUNTED = ("(\\d++[.,]?\\d*+) hari lepas", "(\\d++[.,]?\\d*+) hari yang lepas")
_NUMBER_WORDS = {
    "es": "uno/una/un dos tres cuatro cinco seis siete ocho nueve diez",
    "it": "uno/una/un due tre quattro cinque sei sette otto nove dieci",
    "id": "satu/se dua tiga empat lima enam tujuh delapan sembilan sepuluh",
    "ms": "satu/se dua tiga empat lima enam tujuh lapan sembilan sepuluh",
}


def _relative_words() -> dict[str, int]:
    """Today, yesterday and the day before in the other languages people here write ('vorgestern', 'anteayer', 'kemarin',
    'l'altro ieri'), each with how many days back it names, taken from dateparser's locale data (as the month names are)
    rather than typed out. French is left out: its 'hier' is German 'here'. English and Chinese are dateparser's own."""
    from dateparser.languages import default_loader

    out: dict[str, int] = {}
    for language in _LANGUAGES:
        relative = default_loader.get_locale(language).info.get("relative-type", {})
        for back in (0, 1, 2):
            for word in relative.get(f"{back} day ago", []):
                if len(word) >= 3 and word.replace(" ", "").isalpha():
                    out.setdefault(word.lower(), back)
    return {**out, **_MORE_RELATIVE}


def _number_words() -> dict[str, int]:
    """Each number word up to ten (twelve in German, from dateparser's own data), in the languages read, with its value."""
    from dateparser.languages import default_loader

    out: dict[str, int] = {}
    for words in _NUMBER_WORDS.values():
        for value, spellings in enumerate(words.split(), start=1):
            for word in spellings.split("/"):
                out.setdefault(word, value)
    for item in default_loader.get_locale("de").info.get("simplifications") or []:
        for word, value in item.items():
            if value.isdigit() and int(value) <= 12:
                out.setdefault(word.lower(), int(value))
    return out


NUMBER_WORDS = _number_words()


def _counted_back() -> re.Pattern[str]:
    """'N days ago' in the languages read, from dateparser's locale patterns ('hace 3 días', '3 giorni fa', 'vor 3 Tagen',
    '3 hari yang lalu'), with the number in digits or in words."""
    from dateparser.languages import default_loader

    shapes: set[str] = set(_MORE_COUNTED)
    for language in _LANGUAGES:
        for shape in default_loader.get_locale(language).info.get("relative-type-regex", {}).get("\\1 day ago", []):
            shapes.add(shape)
    number = r"(\d{1,2}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
    written = [re.escape(shape).replace(re.escape("(\\d++[.,]?\\d*+)"), number, 1).replace(r"\ ", r"\s+")
               for shape in sorted(shapes, key=len, reverse=True) if "(\\d++[.,]?\\d*+)" in shape]
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(f"(?:{w})" for w in written) + r")(?![^\W\d_])", re.IGNORECASE)


_COUNTED_RE = _counted_back()
_RELATIVE = _relative_words()
_RELATIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:l['\u2019]\s?)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_RELATIVE, key=len, reverse=True)) + r")(?![^\W\d_])",
    re.IGNORECASE)


def relative_day(text: str, base: date) -> WordedDay | None:
    """The day named by a word for today, yesterday or the day before, or by 'N days ago', in the languages the product
    reads ('received vorgestern' two days before ``base``, 'hace tres días' three), as written; None when there is none."""
    counted = _COUNTED_RE.search(text or "")
    if counted:
        found = next(group for group in counted.groups() if group).lower()
        back = int(found) if found.isdigit() else NUMBER_WORDS[found]
        return WordedDay(base - timedelta(days=back), counted.group(0), with_year=False)
    match = _RELATIVE_RE.search(text or "")
    if not match:
        return None
    key = re.sub(r"\s+", " ", re.sub(r"^l['\u2019]\s?", "", match.group(0).lower()))
    return WordedDay(base - timedelta(days=_RELATIVE[key]), match.group(0), with_year=False)


def worded_day(text: str, base: date) -> WordedDay | None:
    """The first real day ``text`` writes with its month in words, in any language the product reads; a day without a
    year is the latest such day up to ``base`` (a year given is kept, even after ``base``: the caller refuses it)."""
    for match in _worded_matches(text):
        day, month, year = _worded_parts(match)
        if _why(day, month, year) or not 1 <= day <= 31:
            continue
        written = match.group(0).strip(" ,.")
        if year:
            return WordedDay(date(year, month, day), written, with_year=True)
        for back in range(0, 9):  # 29 February: the latest leap year up to base
            try:
                value = date(base.year - back, month, day)
            except ValueError:
                continue
            if value <= base:
                return WordedDay(value, written, with_year=False)
    return None


__all__ = ["NotRealDate", "WordedDay", "everyday_month_word", "month_alone", "not_real_dates", "relative_day", "without_unreal_dates", "worded_day"]
