"""What a question asks about its subject (its predicate), and whether a sentence says it.

"How many links can a complaint hold?" and "What happens if too many complaints are rejected?" name a subject (links,
rejected complaints) that many sentences share; what they ask of it is a figure, or a consequence. The sentence picker
(answer.py) reads the subject from the question's words and meaning, and the predicate from here: a sentence that says
what is asked gets PREDICATE_CREDIT, and a sentence after a chosen one that says it is read on with it. For a
consequence, the passage that states one leads the answer: an answer to "what happens if ..." opens with what happens,
not with why it happens.

The patterns name the ways a predicate is asked and said in general (any consequence: removed, closed, frozen, penalised,
restricted, stopped, lost, reversed ...), never the words of one question.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

# The score a sentence gains when it says what the question asks for: the figure credit the picker has always used,
# applied to every predicate alike.
PREDICATE_CREDIT = 0.05


class Predicate(NamedTuple):
    name: str
    asked: regex.Pattern  # the question asks for it
    said: regex.Pattern  # a sentence says it
    leads: bool  # the passage saying it opens the answer
    unless: regex.Pattern | None = None  # ... unless the sentence is about someone else (see OURS)


FIGURE = Predicate(
    "figure",
    regex.compile(
        r"\b(how\s+(many|much|long|soon|often|fast|quickly)|what\s+(percentage|share|proportion|rate|number|limit)|"
        r"limit|maximum|minimum|at\s+most|deadline|within|days?|weeks?|months?|when)\b",
        regex.IGNORECASE,
    ),
    regex.compile(r"\d"),
    False,
)
CONSEQUENCE = Predicate(
    "consequence",
    regex.compile(
        r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|could\s+happen|can\s+happen|happened)\b|\bconsequences?\b|"
        r"\bpenal(?:ty|ties|i[sz]e[ds]?)\b|\bpunish\w*|\bsanction(?:s|ed)?\b|\bcounts?\s+against\b|\bin\s+trouble\b|"
        r"\b(?:get|gets|be|being|been)\s+(?:banned|blocked|suspended|closed|restricted|frozen|blacklisted|removed|kicked\s+out|shut\s+down)\b|"
        r"\b(?:restrict|suspend|ban|block|close)\s+(?:our|my|the|their|his|her)\s+(?:\w+\s+){0,2}(?:account|shop|store)\b|"
        r"会不会|会被|后果|处罚|惩罚|封号|被封|封店|受罚|被限制",
        regex.IGNORECASE,
    ),
    regex.compile(
        r"\b(?:remov(?:ed|es|al)|clos(?:es|ed|ure)|close\s+the|frozen|freez(?:e|es|ing)|suspen(?:ded|sion|ds?)|"
        r"bann(?:ed)?|bans?|penali[sz](?:ed|es)|penalt(?:y|ies)|stopped\s+processing|los(?:e|es|s|t|ing)|revers(?:ed|es)|"
        r"terminat(?:ed|es|ion)|restrict(?:ed|s|ion)|rejoin|deducted)\b",
        regex.IGNORECASE,
    ),
    True,
)
# How long or by when: the answer is a stretch of time ("within 24 hours", "3 business days", "3 to 5 business days");
# another figure (a count, a share, an amount) answers another question. Asked "when did ...", a date answers; asked
# "when is a seller penalised?", a condition does.
_NUMBER = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty)"
DURATION = Predicate(
    "duration",
    regex.compile(
        r"\bhow\s+(?:long|soon|quickly|fast)\b|\bhow\s+many\s+(?:\w+\s+)?(?:days|hours|weeks|months)\b|"
        r"\bwhen\s+(?:will|would)\b|\b(?:time\s*frame|timeline|turnaround|deadline)\b|"
        r"多久|多长时间|几天|什么时候",
        regex.IGNORECASE,
    ),
    regex.compile(
        rf"\b{_NUMBER}(?:\s*(?:-|to|or)\s*{_NUMBER})?\s*(?:working\s+|business\s+|calendar\s+|natural\s+)?"
        r"(?:hours?|days?|weeks?|months?|years?)\b|\d+\s*个?(?:工作日|天|小时|个月)",
        regex.IGNORECASE,
    ),
    False,
)
PREDICATES = (FIGURE, CONSEQUENCE, DURATION)

# Whose consequence: a question in the first person ("what happens to our account", "会不会被封") asks about the one
# asking, a rights holder unless they say they sell ("my shop", "as a seller"). What happens to sellers (points,
# freezes, closures, a seller's account or store) is then another party's consequence, not an answer.
FIRST_PERSON = regex.compile(r"\b(?:we|our|ours|us|my|me|i)\b|我们|我|咱们", regex.IGNORECASE)
SELLING = regex.compile(
    r"\b(?:my|our)\s+(?:shop|store|seller\s+account|seller\s+rating)\b|\bas\s+a\s+seller\b|"
    r"\bi(?:'m|\s+am)\s+a\s+seller\b|\bseller\s+here\b|我的店|我们的店",
    regex.IGNORECASE,
)
SELLERS = regex.compile(
    r"\bsellers?(?:'s|')?\s+(?:account|store|shop|record)s?\b|\b(?:a|the)\s+seller\s+(?:is|gets|loses|has)\b|"
    r"\b(?:to|on)\s+sellers\b|\bsellers\s+with\b|\b(?:store|shop)\s+(?:is\s+)?(?:frozen|closed|suspended)\b|"
    r"\b(?:freezes|closes?)\s+the\s+(?:store|shop|seller)\b|卖家|店铺",
    regex.IGNORECASE,
)


def asked_for(question: str) -> tuple[Predicate, ...]:
    """The predicates the question asks for (none for a question that only names its subject); a consequence asked
    in a rights holder's first person is theirs (sentences about sellers do not say it)."""
    found = [predicate for predicate in PREDICATES if predicate.asked.search(question)]
    ours = FIRST_PERSON.search(question) and not SELLING.search(question)
    return tuple(p._replace(unless=SELLERS) if p is CONSEQUENCE and ours else p for p in found)


def _said(predicate: Predicate, sentence: str) -> bool:
    return bool(predicate.said.search(sentence)) and not (predicate.unless and predicate.unless.search(sentence))


def says(asked: tuple[Predicate, ...], sentence: str) -> bool:
    """Whether the sentence says one of the predicates asked for."""
    return any(_said(predicate, sentence) for predicate in asked)


# A question asking for a count, a share or a limit besides a time ("how many appeals, and how long ...").
ASKS_A_COUNT = regex.compile(
    r"\bhow\s+(?:many|much|often)\b(?!\s+(?:\w+\s+)?(?:days|hours|weeks|months)\b)|"
    r"\bwhat\s+(?:percentage|share|proportion|rate|number|limit)\b|\b(?:limit|maximum|minimum|at\s+most)\b|多少|几个",
    regex.IGNORECASE,
)


def asks_duration(asked: tuple[Predicate, ...]) -> bool:
    """Whether the question asks how long or by when (DURATION)."""
    return any(predicate.name == DURATION.name for predicate in asked)


def asks_only_a_time(question: str) -> bool:
    """Whether the question asks how long or by when, and for no count besides (another figure does not answer it)."""
    return bool(DURATION.asked.search(question)) and not ASKS_A_COUNT.search(question)


def says_duration(sentence: str) -> bool:
    return bool(DURATION.said.search(sentence))


def leads(asked: tuple[Predicate, ...], sentence: str) -> bool:
    """Whether the sentence says a predicate whose passage opens the answer (a consequence)."""
    return any(predicate.leads and _said(predicate, sentence) for predicate in asked)
