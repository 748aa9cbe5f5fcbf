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
        r"\b(?:get|gets|getting|be|being|been)\s+(?:\w+\s+)?(?:banned|blocked|suspended|closed|restricted|frozen|blacklisted|removed|"
        r"kicked\s+(?:out|off)|shut\s+down|punished|penali[sz]ed)\b|\b(?:lose|loses|losing)\s+(?:their|its|the|our|my)\s+(?:store|shop|account)\b|"
        r"\bhold\s+(?:it|that|this)\s+against\b|\bstop\s+(?:taking|accepting|processing)\b|"
        r"\b(?:restrict|suspend|ban|block|close)\s+(?:our|my|the|their|his|her)\s+(?:\w+\s+){0,2}(?:account|shop|store)\b|"
        r"\bwhat\s+if\s+(?:\w+\s+){0,2}(?:miss(?:es|ed)?|don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|fail(?:s|ed)?|forget|ignore[sd]?|never|are\s+late|is\s+late)\b|"
        r"会不会|会被|后果|处罚|惩罚|封号|被封|封店|受罚|被限制|影响.{0,6}账号|(?:错过|逾期|超时).{0,6}(?:会|怎么办|怎么样)",
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
# The consequence named when a question asks whether someone is banned or closed down ("do they get banned", "会不会被封店"):
# of the sentences stating a consequence, those stating a closure answer it; "a seller is penalised" does not yet.
CLOSURE = Predicate(
    "closure",
    regex.compile(
        r"\b(?:bann?(?:ed|ing)?|bans?|shut\s+down|kicked\s+(?:off|out)|terminat\w*|blacklist\w*|"
        r"clos(?:e|ed|ing)\s+(?:down\s+)?(?:their|its|the|our|my|that|his|her)?\s*(?:store|shop|account))\b|被封|封店|封号|关店|关闭",
        regex.IGNORECASE,
    ),
    regex.compile(
        r"\bclos(?:e|es|ed|ure)\b[^.;]{0,40}\b(?:account|store|shop)s?\b|\b(?:account|store|shop)s?\b[^.;]{0,30}\bclos(?:ed|es|ure)\b|"
        r"\bterminat(?:ed|es|ion)\b|\bends\s+the\s+(?:\w+(?:'s)?\s+)?account\b|\bbanned\b",
        regex.IGNORECASE,
    ),
    True,
)
PREDICATES = (FIGURE, CONSEQUENCE, CLOSURE, DURATION)

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


# ... unless the question asks what happens to the seller: "what happens to the seller after our complaint? do they get
# banned", "那家店被我们投诉了好几次，会不会被封店" speak in the first person of a complaint and ask about the seller's
# store. Then what happens to rights holders (their Good Faith standing) is another party's consequence. A question
# naming our own account ("restrict our rights holder account", "what happens to us") stays ours.
TO_SELLERS = regex.compile(
    r"\b(?:to|for)\s+(?:the|a|that|this|those|these)?\s*(?:sellers?|suppliers?|vendors?|shops?|stores?|infringers?)\b|"
    r"\b(?:sellers?|suppliers?|vendors?|infringers?|shops?|stores?|they|them|it|their\s+(?:store|shop|account))\b[^.?!]{0,40}?"
    r"\b(?:get|gets|getting|be|being|been)\s+(?:\w+\s+)?(?:banned|blocked|suspended|closed|kicked|shut|penali[sz]ed|punished|frozen)\b|"
    r"\b(?:the|a|that|this|their|its)\s+(?:listings?|links?|product\s+pages?)\b[^.?!]{0,30}?\b(?:down|removed|offline|deleted)\b|"
    r"卖家|商家|店铺|那家店|这家店|对方|被投诉方",
    regex.IGNORECASE,
)
TO_US = regex.compile(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}(?:account|standing|status)\b|\b(?:to|get|put|land)\s+us\b|\bus\s+in\s+trouble\b|"
    r"\bwe\s+(?:get|be|are|will\s+be)\s+(?:banned|blocked|penali[sz]ed|punished|restricted|suspended)\b|我们的?账号|我们会",
    regex.IGNORECASE,
)
RIGHTS_HOLDERS = regex.compile(r"\brights?\s+holders?\b|\bcomplainants?\b|\bGood\s+Faith\b|\bIPP\s+account\b", regex.IGNORECASE)


def asked_for(question: str) -> tuple[Predicate, ...]:
    """The predicates the question asks for (none for a question that only names its subject); a consequence asked
    in a rights holder's first person is theirs (sentences about sellers do not say it), one asked of the seller is the
    seller's (sentences about rights holders do not say it)."""
    found = [predicate for predicate in PREDICATES if predicate.asked.search(question)]
    theirs = bool(TO_SELLERS.search(question)) and not TO_US.search(question)
    ours = FIRST_PERSON.search(question) and not SELLING.search(question) and not theirs
    whose = SELLERS if ours else RIGHTS_HOLDERS if theirs else None
    return tuple(p._replace(unless=whose) if p.leads else p for p in found)


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


def leading_said(asked: tuple[Predicate, ...], sentence: str) -> int:
    """How many of the leading predicates asked for (a consequence, a closure) the sentence says: asked whether a seller
    is banned, a sentence stating a closure (2) comes before one stating a penalty (1)."""
    return sum(1 for predicate in asked if predicate.leads and _said(predicate, sentence))


def joins_as_asked(asked: tuple[Predicate, ...], sentence: str, chosen: list[str]) -> bool:
    """Whether a sentence joins the answer for saying every leading predicate asked for (asked "do they get banned":
    the sentence stating the closure) when no chosen sentence says them all yet; how close it comes is judged by the
    answer (answer.py: at least OTHER_RATIO of the best)."""
    wanted = sum(1 for predicate in asked if predicate.leads)
    if wanted < 2:
        return False  # a consequence alone: the sentence picker's own rules decide
    return leading_said(asked, sentence) == wanted and all(leading_said(asked, text) < wanted for text in chosen)


# Asked what happens to someone, the search looks for what happens to that party: the question is searched with the
# party named as the corpus names it ("sellers keep winning ... can alibaba restrict our rights holder account" finds
# what happens to a rights holder, not only the sellers' counter-notice rules its words share).
PARTY_SEARCHED = {"ours": " (what happens to the rights holder)", "theirs": " (what happens to the seller)"}


def searched_for(question: str) -> str:
    """The text to search for a question in English: the question, with the party its consequence is asked of named
    (PARTY_SEARCHED) when it asks one; as asked otherwise (a question in another language is read by its glossary)."""
    from assistant.retrieval.query_language import read_question

    if not CONSEQUENCE.asked.search(question) or read_question(question).language is not None:
        return question
    if asks_only_a_time(question):  # "what happens after we file? how long till the listing is down": a time answers it
        return question
    whose = next((p.unless for p in asked_for(question) if p.leads), None)
    party = "ours" if whose is SELLERS else "theirs" if whose is RIGHTS_HOLDERS else None
    return question + PARTY_SEARCHED[party] if party else question


# Asked what we do when the seller answers ("how do we reply to their appeal?", "what does the platform want from us in
# our response", "我们作为投诉方该怎么答复"): the complainant's reply is what is asked, and the passage on it opens the
# answer, before those on the seller's side of the same exchange (how many appeals a seller has).
OUR_REPLY = regex.compile(
    r"\b(?:our|my)\s+(?:\w+\s+){0,2}(?:respon\w*|repl(?:y|ies)|answer\w*)\b|\b(?:we|i)\s+(?:\w+\s+){0,3}(?:respond|reply|answer)\b|"
    r"\b(?:respon\w*|repl(?:y|ies)|answer\w*)\s+(?:\w+\s+){0,3}(?:from|by)\s+us\b|(?:我们|我方|投诉方).{0,12}(?:回复|答复|回应)",
    regex.IGNORECASE,
)
# A passage on the complainant's reply, by its heading ("Complainant response window").
ON_OUR_REPLY = regex.compile(r"\bcomplainant(?:'s)?\s+(?:respon\w*|repl(?:y|ies))\b|\b(?:response|reply)\s+window\b", regex.IGNORECASE)


def asks_our_reply(question: str) -> bool:
    """Whether the question asks about our own reply to the seller (OUR_REPLY)."""
    return bool(OUR_REPLY.search(question))


# Asked what the seller may do in reply ("how long does the seller have to respond to our complaint", "the seller's
# deadline for a counter-notice"), the passages on the complainant's reply answer the other side of the exchange.
THEIR_REPLY = regex.compile(
    r"\b(?:sellers?|suppliers?|shops?|stores?|they)(?:'s|')?\s+(?:\w+\s+){0,3}?"
    r"(?:respon\w*|repl(?:y|ies)|answer\w*|object\w*|appeal\w*|challeng\w*|contest\w*|counter[- ]?notices?|deadline|window)\b|"
    r"(?:卖家|商家|对方).{0,12}(?:回复|答复|回应|申诉|反通知)",
    regex.IGNORECASE,
)


def asks_their_reply(question: str) -> bool:
    """Whether the question asks about the seller's reply to a complaint (THEIR_REPLY), and not about ours."""
    return bool(THEIR_REPLY.search(question)) and not asks_our_reply(question)


def on_our_reply(section: str | None) -> bool:
    """Whether a passage's heading path names the complainant's reply (ON_OUR_REPLY)."""
    return bool(ON_OUR_REPLY.search(section or ""))


# A sentence giving the complainant's reply ("After a seller appeals, the complainant has 3 working days to respond").
SAYS_OUR_REPLY = regex.compile(r"\bcomplainants?\b[^.;:]{0,40}?\b(?:respon\w*|repl(?:y|ies)|answer\w*)\b", regex.IGNORECASE)


def says_our_reply(sentence: str) -> bool:
    """Whether a sentence gives the complainant's reply (SAYS_OUR_REPLY)."""
    return bool(SAYS_OUR_REPLY.search(sentence))
