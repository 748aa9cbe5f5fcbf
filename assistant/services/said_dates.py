"""A day a person names in words ("received today", "yesterday", "on 3 March", "last Friday", "昨天收到"),
resolved against the day the message was written.

An explicit date always wins over a relative word in the same message ("received on 4 March, I'm looking at it
today" means 4 March). dateparser does the work: it reads relative dates in English and Chinese, offline, against
a base day we give it (RELATIVE_BASE), and prefers the past, as a day something arrived must be. Two of its
readings are corrected here: two-letter words it takes for weekdays ("we" as Wednesday) are ignored, and Chinese
weekdays ("上周五", "周一") are read by a rule, since it reads "上周五" as "last week".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from assistant.domain.appeals.evidence import find_dates

_ZH_WEEKDAY_RE = re.compile(r"(上上|上)?(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DIGIT_RE = re.compile(r"\d")


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


def resolve_said_date(words: str, message_day: date) -> SaidDate | None:
    """The day ``words`` name, counted from ``message_day``; None when they name none. Never a day after it."""
    if not words or not words.strip():
        return None
    explicit = [found for found in find_dates(words) if found.value <= message_day]
    if explicit:
        found = explicit[0]
        return SaidDate(found.value, words[found.start : found.end] or words, explicit=True)
    zh = _zh_weekday(words, message_day)
    if zh:
        return zh
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(message_day, datetime.min.time()), "PREFER_DATES_FROM": "past"}
    found = search_dates(words, languages=["en", "zh"], settings=settings) or []
    readings = [
        (phrase, value.date())
        for phrase, value in found
        if value.date() <= message_day and (len(phrase.strip()) > 2 or not phrase.strip().isascii())
    ]
    if not readings:
        return None
    # A date with a day number ("on 4 March") is explicit and wins over "today" in the same message.
    with_number = [r for r in readings if _DIGIT_RE.search(r[0])]
    relative = [r for r in readings if r[1] != message_day]
    phrase, day = (with_number or relative or readings)[0]
    return SaidDate(day, phrase.strip(), explicit=bool(with_number))


__all__ = ["SaidDate", "resolve_said_date"]
