"""Which event a date stands for: a request filed, a request accepted by the office, a document issued, a decision, a
publication, the start or end of a licence, a product's launch.

A date is compared only with a date of the same event: a request filed on the 25th and accepted by the office on the
26th agree. The event is read from the words next to the date: a document's label before it ('受理日期：', 'Filing
date:'), else the words of its clause ('我司已于2026年11月25日向国家知识产权局提出无效宣告请求': filed). A date with no such
words has no role, and is never set against one that has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assistant.domain.appeals.evidence import _as_in, find_dates
from assistant.domain.untrusted_text import normalize_text


class DateRole(StrEnum):
    FILED = "filed"
    ACCEPTED = "accepted"
    ISSUED = "issued"
    DECIDED = "decided"
    PUBLISHED = "published"
    VALID_FROM = "valid_from"
    VALID_UNTIL = "valid_until"
    LAUNCHED = "launched"


# The event in words, as a point states it ('the day the office accepted it').
ROLE_WORDS = {
    DateRole.FILED: "the day the request was filed",
    DateRole.ACCEPTED: "the day the office accepted the request",
    DateRole.ISSUED: "the day the document was issued",
    DateRole.DECIDED: "the day of the decision",
    DateRole.PUBLISHED: "the day of publication",
    DateRole.VALID_FROM: "the first day of validity",
    DateRole.VALID_UNTIL: "the last day of validity",
    DateRole.LAUNCHED: "the day of launch",
}

# The words that name each event, in the languages sellers and offices write (English, Chinese, Spanish, Indonesian and
# Malay, German, French). Acceptance comes before filing: '受理' in '请求受理日' is the acceptance.
_CUES: list[tuple[DateRole, re.Pattern[str]]] = [
    (DateRole.ACCEPTED, re.compile(r"受理|\baccept(?:ed|ance)\b|\badmitted\b|\badmisi[oó]n\b|\badmitid[ao]\b|\bditerima\b|\bpenerimaan\b"
                                   r"|\bangenommen\b|\brecevab")),
    (DateRole.FILED, re.compile(r"申请日|请求日|提出|提交|递交|\bfil(?:ed|ing)\b|\bsubmit(?:ted)?\b|\blodged\b|\bapplied\b"
                                r"|\b(?:application|request) date\b|\bdate of (?:the )?(?:request|application)\b|\bpresent(?:ad[ao]|amos|aci[oó]n)\b"
                                r"|\b(?:di|meng)ajukan\b|\bpengajuan\b|\beingereicht\b|\bd[ée]pos[ée]")),
    (DateRole.DECIDED, re.compile(r"决定|\bdecision\b|\bdecided\b|\bresoluci[oó]n\b|\bkeputusan\b|\bentscheidung\b")),
    (DateRole.PUBLISHED, re.compile(r"公告日|公开日|\bpublish(?:ed)?\b|\bpublication\b|\bpublicad[ao]\b|\bdiumumkan\b|\bver[öo]ffentlicht\b")),
    (DateRole.VALID_UNTIL, re.compile(r"\buntil\b|\bexpir|有效期至|截止|到期|\bhasta\b|\bsampai\b|\bhingga\b|\bbis\b")),
    (DateRole.VALID_FROM, re.compile(r"\b(?:valid|effective) from\b|生效|起始|\bdesde\b|\bberlaku sejak\b")),
    (DateRole.LAUNCHED, re.compile(r"上市|\blaunch(?:ed)?\b|\breleased\b|\bintroduced\b|\blanzad[ao]\b|\bdiluncurkan\b")),
    (DateRole.ISSUED, re.compile(r"发文|签发|出具|\bissued?\b|\bdate of issue\b|\bdated\b|\bemisi[oó]n\b|\bemitid[ao]\b|\bditerbitkan\b"
                                 r"|\bausgestellt\b")),
]
# Where a date's clause ends: a sentence's or a clause's punctuation, or the end of a line.
_CLAUSE_END_RE = re.compile(r"[,，;；。!?！？\n]|\.(?:\s|$)")


@dataclass(frozen=True)
class RoledDate:
    """A day a text gives, as written, with the event its words make it (None when they name none)."""

    value: date
    written: str
    role: DateRole | None


def _role_in(words: str, *, nearest_last: bool) -> DateRole | None:
    """The event the words name; of several, the one nearest the date (the last before it, or the first after it)."""
    found = [(m.start(), role) for role, pattern in _CUES for m in pattern.finditer(words)]
    if not found:
        return None
    return (max if nearest_last else min)(found, key=lambda item: item[0])[1]


def dates_with_roles(text: str) -> list[RoledDate]:
    """Every day in ``text`` with its role: the words before it in its clause (a label), else the words after it."""
    norm = normalize_text(text)
    out = []
    for found in find_dates(text):
        ends_before = [m.end() for m in _CLAUSE_END_RE.finditer(norm, 0, found.start)]
        before = norm[ends_before[-1] if ends_before else 0 : found.start]
        after_end = _CLAUSE_END_RE.search(norm, found.end)
        after = norm[found.end : after_end.start() if after_end else len(norm)]
        role = _role_in(before, nearest_last=True) or _role_in(after, nearest_last=False)
        out.append(RoledDate(found.value, _as_in(text, norm[found.start : found.end].strip()), role))
    return out


__all__ = ["ROLE_WORDS", "DateRole", "RoledDate", "dates_with_roles"]
