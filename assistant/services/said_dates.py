"""A day a person names in words ("received today", "yesterday", "on 3 March", "last Friday", "昨天收到"),
resolved against the day the message was written.

An explicit date always wins over a relative word in the same message ("received on 4 March, I'm looking at it
today" means 4 March). dateparser does the work: it reads relative dates in English and Chinese, offline, against
a base day we give it (RELATIVE_BASE), and prefers the past, as a day something arrived must be. Two of its
readings are corrected here: two-letter words it takes for weekdays ("we" as Wednesday) are ignored, and Chinese
weekdays ("上周五", "周一") are read by a rule, since it reads "上周五" as "last week"; a Chinese month and day without
a year ("11月24日") by another, since it reads them as a day in the wrong month. Each clause of the words is searched
on its own: a trailing colon or a request in the same sentence ("received on 24 November:", "came in Oct. 9, can
you triage it") makes dateparser read only the number.

A date with its year after the day of the message is returned as said (explicit): the caller refuses it, it is
never moved to the past. A day without a year is the latest such day up to the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from assistant.domain.appeals.evidence import find_dates

_ZH_WEEKDAY_RE = re.compile(r"(上上|上)?(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DIGIT_RE = re.compile(r"\d")
_ZH_MONTH_DAY_RE = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# Clause boundaries: a date is never split by them, and a request beside it no longer hides it from dateparser.
_CLAUSE_RE = re.compile(r"[,;:!?\n\uff0c\uff1b\uff1a\uff01\uff1f\u3002\u3001()（）]+")
_MONTH_ABBREVIATION_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.", re.I)


@dataclass(frozen=True)
class SaidDate:
    """The day a person meant, the words it was read from, and whether they gave it explicitly."""

    day: date
    words: str
    explicit: bool


def _zh_weekday(text: str, base: date) -> SaidDate | None:
    match = _ZH_WEEKDAY_RE.search(text)
    if not match:
        return None
    weekday = _ZH_WEEKDAYS[match.group(2)]
    back = (base.weekday() - weekday) % 7 or 7  # "周五" on a Friday means the Friday before: it is in the past
    if match.group(1) == "上" and back < base.weekday() + 1:
        back += 7  # 上周五: the Friday of last week, not of this week
    elif match.group(1) == "上上":
        back += 14 if back < base.weekday() + 1 else 7
    return SaidDate(base - timedelta(days=back), match.group(0), explicit=False)


def _zh_month_day(text: str, base: date) -> SaidDate | None:
    """"11月24日" without a year: the latest 24 November up to ``base``."""
    match = _ZH_MONTH_DAY_RE.search(text)
    if not match:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    for year in (base.year, base.year - 1):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if value <= base:
            return SaidDate(value, match.group(0), explicit=True)
    return None


def _searched(words: str, message_day: date) -> list[tuple[str, date]]:
    """dateparser's readings of each clause of ``words``, none after ``message_day``; each phrase as the person wrote it."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(message_day, datetime.min.time()), "PREFER_DATES_FROM": "past"}
    plain = _MONTH_ABBREVIATION_RE.sub(lambda m: m.group(1) + " ", words)  # "Oct." -> "Oct ": same length, same places
    readings: list[tuple[str, date]] = []
    start = 0
    for boundary in [*_CLAUSE_RE.finditer(plain), None]:
        end = boundary.start() if boundary else len(plain)
        clause, start = (start, end), boundary.end() if boundary else end
        for phrase, value in search_dates(plain[clause[0]:clause[1]], languages=["en", "zh"], settings=settings) or []:
            found = re.compile(r"\s+".join(map(re.escape, phrase.split()))).search(plain, clause[0], clause[1])
            written = words[found.start():found.end()] if found else phrase
            if value.date() <= message_day and (len(phrase.strip()) > 2 or not phrase.strip().isascii()):
                readings.append((written, value.date()))
    return readings


def resolve_said_date(words: str, message_day: date) -> SaidDate | None:
    """The day ``words`` name, counted from ``message_day``; None when they name none. A day read from relative words
    or without a year is never after ``message_day``; a full date after it is returned as said, for the caller to refuse."""
    if not words or not words.strip():
        return None
    explicit = find_dates(words)
    if explicit:
        found = next((f for f in explicit if f.value <= message_day), explicit[0])
        return SaidDate(found.value, words[found.start : found.end] or words, explicit=True)
    zh = _zh_month_day(words, message_day) or _zh_weekday(words, message_day)
    if zh:
        return zh
    readings = _searched(words, message_day)
    if not readings:
        return None
    # A date with a day number ("on 4 March") is explicit and wins over "today" in the same message.
    with_number = [r for r in readings if _DIGIT_RE.search(r[0])]
    relative = [r for r in readings if r[1] != message_day]
    phrase, day = (with_number or relative or readings)[0]
    return SaidDate(day, phrase.strip(), explicit=bool(with_number))


__all__ = ["SaidDate", "resolve_said_date"]
