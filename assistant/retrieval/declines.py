"""What the assistant says when it declines a question: the one place its words come from (`ask`, the chat and Slack
all get them through answer_question).

A decline says plainly what the assistant covers (Alibaba Group's IP Protection Platform and the sites it serves), then
what it does not: the marketplace the question names when the sources say nothing of it, or, for a marketplace the
sources only compare with IPP, that comparison as the one thing they hold about it; otherwise the subject asked. It
never says how another marketplace works: the sources do not, and a guess would read as a rule.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from assistant.domain.site_names import OTHER_MARKETPLACE_LABELS
from assistant.retrieval.scope import MARKETPLACE_NAMES, ScopeDecision, corpus_marketplaces, is_programming

COVERAGE = (
    "I can help with reporting IP infringements through Alibaba Group's IP Protection Platform (IPP) for AliExpress, "
    "Alibaba.com, 1688, Taobao, Tmall, Lazada and Miravia: accounts and IPR registration, complaints and link rules, "
    "evidence, timelines, appeals and counter-notices, and the Good Faith programme, with notes on how other "
    "marketplaces' IP reporting compares."
)
SMALL_TALK = "I can't help with small talk, but ask me anything about reporting an infringement."
# Before the corpus's sentences giving the platform's contact for a matter outside the field.
CONTACT_LEAD = "What the sources do say for it:"
# How each marketplace of MARKETPLACE_NAMES is written in a reply.
DISPLAY_NAMES: dict[str, str] = OTHER_MARKETPLACE_LABELS
_TOPIC_NAMES: tuple[tuple[str, str], ...] = (
    (r"weather|forecast|rain|snow|temperature|sunny|umbrella", "weather forecasts"),
    (r"recipe|cook|bake|baking|ingredient|dinner|lunch|breakfast|pasta|soup|cake|cookie", "recipes or cooking"),
    (r"football|soccer|basketball|baseball|cricket|tennis|nba|nfl|world cup|olymp|match score|who won", "sports"),
    (r"movie|film|song|lyrics|joke|poem|horoscope", "entertainment"),
    (r"stock|share|market cap|earnings|dividend|invest|bitcoin|crypto", "markets or investing"),
    (r"capital of|translate", "general knowledge or translation"),
)


def marketplaces_named(question: str) -> list[tuple[str, str]]:
    """(name, as written) of each other marketplace the question names, in MARKETPLACE_NAMES' order."""
    found = []
    for name, pattern in MARKETPLACE_NAMES.items():
        match = regex.search(pattern, question, regex.IGNORECASE)
        if match:
            found.append((name, match.group(0).strip()))
    return found


def _shown(name: str, written: str) -> str:
    """'Xianyu (闲鱼)' for a name written in another script; the display name alone otherwise."""
    display = DISPLAY_NAMES.get(name, name)
    return display if regex.sub(r"[\s.]", "", written).casefold() in regex.sub(r"[\s.]", "", display).casefold() else f"{display} ({written})"


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _about_marketplaces(named: list[tuple[str, str]], compared: Collection[str]) -> str:
    lacking = [_shown(name, written) for name, written in named if name not in compared]
    known = [_shown(name, written) for name, written in named if name in compared]
    if lacking:
        verb = "is" if len(lacking) == 1 else "are"
        return (
            f"{_joined(lacking)} {verb} not covered: the sources here say nothing about reporting there, so I won't guess "
            "how it works."
        )
    return (
        f"For {_joined(known)}, the sources only compare its IP reporting with IPP (ask how it differs from IPP); "
        "what you asked is not covered."
    )


def _subject(question: str, decision: ScopeDecision | None) -> str:
    words = (decision.off_topic if decision and decision.off_topic else "") or ""
    if words and is_programming(words):
        return "I can't help with programming or coding help: it is not covered."
    for pattern, name in _TOPIC_NAMES:
        if words and regex.search(pattern, words, regex.IGNORECASE):
            return f"I can't help with {name}: it is not covered."
    return "I can't help with this question: it is not covered."


def decline_text(
    question: str, decision: ScopeDecision | None = None, compared: Collection[str] | None = None, contact: str = ""
) -> str:
    """The reply to a question outside the field: what the assistant covers, then what it does not (the marketplace
    named, or the subject). `compared`: the marketplaces the sources compare with IPP (by default those the bundled
    corpus names). `contact`: the corpus's cited sentences giving the platform's contact for the matter asked (a
    question near the field: going to court over a seller's fakes), said after what is not covered."""
    if decision is not None and decision.reason == "small talk":
        return f"{COVERAGE} {SMALL_TALK}"
    named = marketplaces_named(question)
    if named:
        known = corpus_marketplaces() if compared is None else {name.casefold() for name in compared}
        return f"{COVERAGE} {_about_marketplaces(named, known)}"
    said = f"{COVERAGE} {_subject(question, decision)}"
    return f"{said}\n{CONTACT_LEAD} {contact}" if contact else said
