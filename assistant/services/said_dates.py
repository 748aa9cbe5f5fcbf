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
never moved to the past. So are relative words that point ahead ("next Monday", "tomorrow"): the day they name is
returned, for the caller to refuse with the words, never dropped as if no day was said. A day without a year is the
latest such day up to the message.

A day with its month in words is read in every language the product reads ("27 noviembre", "27 novembre",
"27. November"), and kept as written. A date that names no real day ("31 February", "2026-02-30") is never read,
nor any part of it ("February"): the caller refuses it (`assistant.domain.appeals.day_words.not_real_dates`).
Days in words are read too ("the twenty-seventh of November", "first of December", "el veintisiete de noviembre");
a month without its day ("in November", "of November", "November 2026") names no day: it is never read as its 1st,
and the caller asks for the day (`assistant.domain.appeals.day_words.month_alone`).

A day written in numbers only, both of which could be the month ("3/4", "2/9/2026"), is read the month-first way
dateparser reads it, and the other reading is kept beside it (`other`): the caller asks which one was meant, unless
the team's setting gives the order (`day_order`: "DMY" or "MDY").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from assistant.domain.appeals.day_words import everyday_month_word, month_alone, relative_day, without_unreal_dates, worded_day
from assistant.domain.appeals.evidence import find_dates

_ZH_WEEKDAY_RE = re.compile(r"(上上|上)?(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DIGIT_RE = re.compile(r"\d")
_ZH_MONTH_DAY_RE = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# Clause boundaries: a date is never split by them, and a request beside it no longer hides it from dateparser.
_CLAUSE_RE = re.compile(r"[,;:!?\n\uff0c\uff1b\uff1a\uff01\uff1f\u3002\u3001()（）]+")
_DECIMAL_RE = re.compile(r"\d+(?:[.,]\d+)+")
_MONTH_ABBREVIATION_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.", re.I)
# 'came in', 'got in': the verb's 'in', never the future's ('it came in 2 days ago' is 2 days ago, not in 2 days).
_PHRASAL_IN_RE = re.compile(r"\b(?:came|come|comes|coming|got|gets|sent|handed|turned|checked)\s+(in)\b", re.I)


@dataclass(frozen=True)
class SaidDate:
    """The day a person meant, the words it was read from, and whether they gave it explicitly."""

    day: date
    words: str
    explicit: bool
    other: date | None = None  # the day-first reading of a numeric day that could be either: ask which was meant

    @property
    def ambiguous(self) -> bool:
        return self.other is not None and self.other != self.day


# A day in numbers only: "3/4", "3/4/2026", "03.04.2026".
# A dot only with a year ("03.04.2026"): "1.2" alone is more often a number than a day.
_NUMERIC_DAY_RE = re.compile(
    r"(?<![\d/.])(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4}|\d{2}))(?![\d/]|\.\d)"
)


def _numeric_day(text: str, base: date, order: str | None) -> SaidDate | None:
    """A numeric day ("3/4", "3/4/2026"): month first unless ``order`` is "DMY"; when both numbers could be the month
    and no order is set, the other reading is kept for the caller to ask. A day without a year is the latest one up to
    ``base``."""
    match = _NUMERIC_DAY_RE.search(text)
    if not match:
        return None
    a, b, year = int(match.group(1)), int(match.group(2) or match.group(4)), match.group(3) or match.group(5)

    def day_of(month: int, day: int) -> date | None:
        years = [int(year) + (2000 if len(year) == 2 else 0)] if year else [base.year, base.year - 1]
        for y in years:
            try:
                value = date(y, month, day)
            except ValueError:
                return None
            if year or value <= base:
                return value
        return None

    month_first, day_first = day_of(a, b), day_of(b, a)
    if order == "DMY" or month_first is None:
        first, second = day_first, None
    elif order == "MDY" or day_first is None:
        first, second = month_first, None
    else:
        first, second = month_first, day_first
    if first is None:
        return None
    return SaidDate(first, match.group(0), explicit=True, other=second if second != first else None)


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


_LINKING_WORDS_RE = re.compile(r"(?:\s*\b(?:in|of|on|the|during|since|im|en|de)\b)*[\s,.]*", re.I)


def _is_month_alone(phrase: str) -> bool:
    """Whether a phrase read as a day is only a month (with its year, or words such as 'in' and 'of')."""
    alone = month_alone(phrase)
    return bool(alone) and bool(_LINKING_WORDS_RE.fullmatch(phrase.replace(alone, " ", 1)))


def _searched(words: str, message_day: date) -> list[tuple[str, date]]:
    """dateparser's readings of each clause of ``words`` (past ones preferred; words that point ahead give a later day);
    each phrase as the person wrote it."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(message_day, datetime.min.time()), "PREFER_DATES_FROM": "past"}
    plain = _MONTH_ABBREVIATION_RE.sub(lambda m: m.group(1) + " ", words)  # "Oct." -> "Oct ": same length, same places
    plain = _PHRASAL_IN_RE.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + "  ", plain)  # same length, same places
    readings: list[tuple[str, date]] = []
    start = 0
    for boundary in [*_CLAUSE_RE.finditer(plain), None]:
        end = boundary.start() if boundary else len(plain)
        clause, start = (start, end), boundary.end() if boundary else end
        for phrase, value in search_dates(plain[clause[0]:clause[1]], languages=["en", "zh"], settings=settings) or []:
            found = re.compile(r"\s+".join(map(re.escape, phrase.split()))).search(plain, clause[0], clause[1])
            written = words[found.start():found.end()] if found else phrase
            # A number written with a dot or a comma ('1.2', 'section 3.4', '12,5') is a number, not a day: a day in numbers
            # is written as one ('3/4', '03.04.2026', read by _numeric_day).
            if _DECIMAL_RE.fullmatch(phrase.strip()):
                continue
            if _is_month_alone(phrase):  # 'of November', 'in in November', 'November 2026': a month, never its 1st
                continue
            if everyday_month_word(written):  # 'we may have got it': the verb, never 1 May
                continue
            if len(phrase.strip()) > 2 or not phrase.strip().isascii():
                day = _day_of(phrase, message_day, value.date())
                if day is not None:
                    readings.append((written, day))
    return readings


def _day_of(phrase: str, message_day: date, found: date) -> date | None:
    """The day ``phrase`` names, read on its own at the start and at the end of the message's day. search_dates reads
    some phrases a day short ("the day before yesterday" as yesterday) where dateparser.parse reads them right; and a
    phrase whose day depends on the hour ("a second", "2 hours ago") names a moment, not a day: None."""
    import dateparser

    days = set()
    for moment in (datetime.min.time(), datetime.max.time().replace(microsecond=0)):
        settings = {"RELATIVE_BASE": datetime.combine(message_day, moment), "PREFER_DATES_FROM": "past"}
        parsed = dateparser.parse(phrase, languages=["en", "zh"], settings=settings)
        days.add(parsed.date() if parsed else found)
    return days.pop() if len(days) == 1 else None


def resolve_said_date(words: str, message_day: date, *, day_order: str | None = None) -> SaidDate | None:
    """The day ``words`` name, counted from ``message_day``; None when they name none. A day without a year is never
    after ``message_day``; a full date after it, or relative words pointing ahead, give that day, for the caller to
    refuse. A numeric day that could be read either way carries its other reading (``other``) unless ``day_order``
    ("DMY", "MDY") settles it."""
    if not words or not words.strip():
        return None
    words = without_unreal_dates(words)  # '31 February' names no day: never read as February, or as any other day
    explicit = find_dates(words)
    if explicit:
        found = next((f for f in explicit if f.value <= message_day), explicit[0])
        return SaidDate(found.value, words[found.start : found.end] or words, explicit=True)
    worded = worded_day(words, message_day)  # '27 noviembre', '27. November', 'il 27 novembre': any language we read
    if worded:
        return SaidDate(worded.day, worded.written, explicit=True)
    numeric = _numeric_day(words, message_day, day_order)
    if numeric:
        return numeric
    zh = _zh_month_day(words, message_day) or _zh_weekday(words, message_day)
    if zh:
        return zh
    relative = relative_day(words, message_day)  # 'vorgestern', 'anteayer', 'kemarin': dateparser is asked in English and Chinese
    if relative:
        return SaidDate(relative.day, relative.written, explicit=False)
    readings = _searched(words, message_day)
    possible = [r for r in readings if r[1] <= message_day]
    if not possible:  # only words pointing ahead ("next Monday"): that day, for the caller to refuse
        return SaidDate(readings[0][1], readings[0][0].strip(), explicit=False) if readings else None
    # A date with a day number ("on 4 March") is explicit and wins over "today" in the same message.
    with_number = [r for r in possible if _DIGIT_RE.search(r[0])]
    relative = [r for r in possible if r[1] != message_day]
    phrase, day = (with_number or relative or possible)[0]
    return SaidDate(day, phrase.strip(), explicit=bool(with_number))


# The person says when it came ('received', 'erhalten', 'recibido', 'diterima' ...), and the words right after it, up to
# the end of the clause, are meant as the day: 'received kelmarin'. A clause that goes on with what was received ('received
# the seller's reply', 'erhalten: die Antwort') names no day.
_RECEIPT_VERBS = (r"received|arrived|came\s+in|came|reached\s+us|got\s+it|erhalten|eingegangen|bekommen|recibid[oa]s?|recibimos|"
                  r"lleg[óo]|ricevut[oa]|arrivat[oa]|diterima|terima|sampai")
_RECEIPT_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _RECEIPT_VERBS + r")(?![^\W\d_])(?:\s+(?:on|am|el|il|pada|at|is))?\s+(?P<said>[^,;:.!?\n]{1,40})",
    re.IGNORECASE)
_NOT_A_DAY_START_RE = re.compile(
    r"(?:the|a|an|it|this|that|these|those|their|his|her|its|our|your|from|by|via|with|and|but|as|for|to|der|die|das|den|dem|"
    r"des|ein|eine|einen|von|vom|per|und|el|la|los|las|un|una|del|por|y|il|lo|gli|le|da|dal|dalla|e|dari|oleh|dan|dengan|"
    r"ke|dalam|we|i|they|he|she|you|some|no|not|nothing|only|just|complaint|in|at|on|through|over|after|via|again|already|back|"
    r"yet|both|all|twice|as|im|en|tramite|melalui|lewat|di)(?![^\W\d_])",
    re.IGNORECASE)


# Where the person says it came, with what they got named between ('we got this counter-notice on 26 noviembre', 'the
# seller's reply came in yesterday', '昨天收到'): the verbs above, and 'got' or 'received' with the thing they got.
_RECEIPT_AT_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:" + _RECEIPT_VERBS + r")|(?:got|have\s+got|received)\s+(?:this|the|their|his|her|its|that|an?)\b[^,;:.!?\n]{0,40}?)"
    r"(?![^\W\d_])|收到|送达|到的",
    re.IGNORECASE)
# A clause ends at a sentence's end (a dot after a letter, not after a day's number: '27. November'), a comma, a semicolon,
# a bracket or a line break.
_CLAUSE_END_RE = re.compile(r"(?<=[^\W\d_])[.!?](?=\s|$)|[,;()\n，；。（）]")


def receipt_words(words: str | None, message_day: date, *, day_order: str | None = None) -> str | None:
    """The part of a person's words that says when the counter-notice came and names a day ('it reached us yesterday'
    in 'please triage this, it reached us yesterday. The licence is valid 2024-01-01 to 2025-12-31'); None when no part
    does. The other dates a person mentions (a licence's term, the day a title was edited, an invoice's date) are not
    the receipt day, although an explicit date otherwise wins over a relative word."""
    return role_day_words(words, _RECEIPT_AT_RE, message_day, day_order=day_order)


def role_day_words(words: str | None, role: re.Pattern, message_day: date, *, before: re.Pattern | None = None,
                   day_order: str | None = None) -> str | None:
    """The clause of ``words`` in which a day is given the role ``role`` names ('received on 3 March', 'valid until
    14 March 2031'): from the role's words to the end of its clause, else from the clause's start up to them ('昨天收到');
    None when no such clause names a day. A day is never taken from the clause before the role's words when ``before``
    (other roles' words) is found there: in 'registered 14 March 2021 and valid until' the day is the registration's."""
    if not words:
        return None
    for match in role.finditer(words):
        ends = [m.start() for m in _CLAUSE_END_RE.finditer(words, match.end())]
        after = words[match.start() : ends[0] if ends else len(words)]
        starts = [m.end() for m in _CLAUSE_END_RE.finditer(words, 0, match.start())]
        ahead = words[starts[-1] if starts else 0 : match.end()]
        parts = [after] if before is not None and before.search(ahead) else [after, ahead]
        for part in parts:  # 'received on 3 March', then '昨天收到' / 'yesterday it came'
            if resolve_said_date(part, message_day, day_order=day_order) is not None:
                return part.strip()
    return None


def unread_receipt_day(words: str | None, message_day: date) -> str | None:
    """The person's words for when the counter-notice came that name no day the product can read ('received kelmarin'),
    as written, for the caller to quote and ask for the day (never 'you did not say when it arrived'); None when the words
    say nothing of it, or name a day that is read."""
    if not words or resolve_said_date(words, message_day) is not None or month_alone(words):
        return None
    for match in _RECEIPT_RE.finditer(words):
        said = match.group("said").strip()
        # A name ('received on Slack') is no day: the day words read here are written in small letters.
        if (said and len(said.split()) <= 3 and said[0].islower() and not _NOT_A_DAY_START_RE.match(said)
                and not re.search(r"[\u3400-\u9fff]", said)):
            return match.group(0).strip()
    return None


__all__ = ["SaidDate", "receipt_words", "resolve_said_date", "role_day_words", "unread_receipt_day"]
