"""Is a question within the assistant's field? Decided by domain vocabulary and retrieval evidence, deterministically.

The field: reporting IP infringements on Alibaba Group's marketplaces (and how other marketplaces compare).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from pydantic import BaseModel, Field

from assistant.retrieval.bm25 import tokenize


def _terms(words: str) -> frozenset[str]:
    """Stemmed terms of a word list; a hyphenated entry stands for its joined form only ("test-buy" -> "testbuy")."""
    found: set[str] = set()
    for word in words.split():
        found.add(tokenize(word)[-1]) if "-" in word else found.update(tokenize(word))
    return frozenset(found)


# Terms that by themselves place a question in the field (stemmed as `tokenize` stems them).
STRONG_TERMS = _terms(
        """
        ip ipr iprs ipp intellectual trademark trademarks copyright copyrights patent patents
        counterfeit counterfeits fake fakes knockoff knock-off replica infringement infringe infringing infringer
        takedown take-down piracy pirated pirate counter-notice counternotice vero gftm brand-protection
        aliexpress alibaba alibaba.com 1688 taobao tmall tmall.hk lazada miravia aliprotect taoprotect
        amazon ebay etsy shopee temu poa wipo madrid design-patent utility-model rights-holder
        """
) - {"hk"} | frozenset({"侵权", "商标", "专利", "版权", "假货", "投诉", "淘宝", "天猫", "阿里"})

# Terms that belong to the field but also to everyday life ("complaint", "listing"): they need company.
WEAK_TERMS = _terms(
        """
        complaint complaints report reporting listing listings link links url urls seller sellers appeal appeals
        evidence store shop marketplace marketplaces penalty penalties test-buy notice notices certificate
        registration registered licence license authorisation authorization agent brand brands logo
        good-faith withdraw withdrawal rejected rejection reason reasons platform portal account
        product products photo photos image images copy copies design invention claim claims
        """
)

# Phrases of the field made of everyday words.
FIELD_PHRASES = regex.compile(
    r"\b(good[\s-]+faith|power\s+of\s+attorney|letters?\s+of\s+authori[sz]ation|test[\s-]+buys?|rights?[\s-]+holders?|"
    r"counter[\s-]+notices?|notice[\s-]+and[\s-]+takedown|serious\s+violations?|brand\s+protection|"
    r"intellectual\s+property|reason\s+codes?|image\s+theft|stolen\s+(?:photos?|images?)|utility\s+models?)\b",
    regex.IGNORECASE,
)

# Phrasings of requests outside the field: the weather, food, sport, entertainment, programming, chit-chat.
OFF_TOPIC = regex.compile(
    r"""
    \b(weather|forecast|rain(?:ing|y)?|snow(?:ing)?|temperature|sunny|umbrella|
       recipes?|cook(?:ing)?|bake|baking|ingredients?|dinner|lunch|breakfast|pasta|soup|cake|cookies?|
       football|soccer|basketball|baseball|cricket|tennis|nba|nfl|world\s+cup|olympics?|match\s+score|who\s+won|
       movies?|films?|songs?|lyrics|jokes?|poems?|horoscope|
       python|javascript|typescript|java|c\+\+|golang|rust\s+code|sql|regex|html|css|compile|compiler|debug(?:ging)?|
       stack\s*trace|syntax\s+error|code\s+snippet|script|function\s+that|write\s+(?:me\s+)?(?:a\s+)?(?:program|code)|
       (?:stock|share)s?\s+(?:price|market)|(?:alibaba|baba|group)(?:'s)?\s+(?:stock|shares)(?!\s+(?:photos?|images?|pictures?))|
       stock\s+(?:tips?|quote)|market\s+cap(?:italization)?|earnings|dividends?|
       invest(?:ing|ment)?\s+in|bitcoin|crypto(?:currency)?|what(?:'s|\s+is)\s+the\s+capital\s+of|capital\s+city|
       translate\s+this)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

CHIT_CHAT = regex.compile(
    r"""^\W*((?:hi|hello|hey)(?:\s+there)?|yo|good\s+(?:morning|afternoon|evening)|thanks?(?:\s+you)?|thank\s+you|bye|goodbye|
        how\s+are\s+you(?:\s+doing)?|who\s+are\s+you|what(?:'s|\s+is)\s+your\s+name|are\s+you\s+(?:a\s+)?(?:human|robot|bot)|
        what'?s\s+up|tell\s+me\s+about\s+yourself|ok(?:ay)?|cool|nice)\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Retrieval evidence: a question with few field words is in scope when the corpus answers it this closely.
DENSE_SUPPORT = 0.45
DENSE_SUPPORT_WITH_WEAK_TERM = 0.30

SCOPE_REPLY = (
    "I can help with reporting IP infringements on Alibaba Group's marketplaces (AliExpress, Alibaba.com, 1688, "
    "Taobao, Tmall, Lazada and Miravia): accounts and IPR registration, complaints and link rules, evidence, "
    "timelines, appeals and counter-notices, the Good Faith programme, and how other marketplaces differ. "
    "I can't help with {topic}."
)


class ScopeDecision(BaseModel):
    """Whether a question is within the assistant's field, and why."""

    in_scope: bool = Field(
        description="True when the question is about reporting IP infringements (or how marketplaces handle them)."
    )
    reason: str = Field(description="Why, in a few words: which field terms or how close the best passage came.")
    strong_terms: list[str] = Field(default_factory=list, description="Field terms found in the question.")
    weak_terms: list[str] = Field(default_factory=list, description="Everyday terms of the field found in the question.")
    off_topic: str | None = Field(default=None, description="The words that mark the question as another subject, if any.")


def judge_scope(question: str, best_dense_score: float | None) -> ScopeDecision:
    """Decide whether the question is in the field from its words and how close the best retrieved passage is."""
    terms = set(tokenize(question))
    strong = sorted((terms & STRONG_TERMS) | {m.lower() for m in FIELD_PHRASES.findall(question)})
    weak = sorted(terms & WEAK_TERMS)
    off_match = OFF_TOPIC.search(question)
    off = off_match.group(0) if off_match else None
    if CHIT_CHAT.match(question):
        return ScopeDecision(in_scope=False, reason="small talk", off_topic=question.strip())
    dense = best_dense_score if best_dense_score is not None else 0.0

    def decide(in_scope: bool, reason: str) -> ScopeDecision:
        return ScopeDecision(in_scope=in_scope, reason=reason, strong_terms=strong, weak_terms=weak, off_topic=off)

    if off is not None:
        # Another subject named outright. Programming and investing stay out even about the marketplaces
        # (Alibaba's share price); otherwise a question thick with field terms stays in (counterfeit football shirts).
        if not _is_hard_off_topic(off) and len(strong) >= 2:
            return decide(True, f"field terms {strong + weak} outweigh '{off}'")
        return decide(False, f"about '{off}'")
    if strong:
        return decide(True, f"field terms {strong}")
    if len(weak) >= 2:
        return decide(True, f"field terms {weak}")
    if weak and dense >= DENSE_SUPPORT_WITH_WEAK_TERM:
        return decide(True, f"terms {weak} and a close passage ({dense:.2f})")
    if dense >= DENSE_SUPPORT:
        return decide(True, f"a close passage ({dense:.2f})")
    return decide(False, f"no field terms and no close passage ({dense:.2f})")


PROGRAMMING = regex.compile(
    r"python|javascript|typescript|java|c\+\+|golang|rust|sql|regex|html|css|compile|debug|stack|syntax|code|script|function|program",
    regex.IGNORECASE,
)


def _is_hard_off_topic(words: str) -> bool:
    return _is_programming(words) or _topic_name(words) in ("markets or investing", "general knowledge or translation")


def _is_programming(words: str) -> bool:
    return bool(PROGRAMMING.search(words))


def scoped_reply(decision: ScopeDecision) -> str:
    """A short reply for a question outside the field: what the assistant does, and that this is not it."""
    if decision.reason == "small talk":
        topic = "small talk, but ask me anything about reporting an infringement"
    elif decision.off_topic:
        topic = _topic_name(decision.off_topic)
    else:
        topic = "questions outside that field"
    return SCOPE_REPLY.format(topic=topic)


_TOPIC_NAMES: Sequence[tuple[str, str]] = (
    (r"weather|forecast|rain|snow|temperature|sunny|umbrella", "weather forecasts"),
    (r"recipe|cook|bake|baking|ingredient|dinner|lunch|breakfast|pasta|soup|cake|cookie", "recipes or cooking"),
    (r"football|soccer|basketball|baseball|cricket|tennis|nba|nfl|world cup|olymp|match score|who won", "sports"),
    (r"movie|film|song|lyrics|joke|poem|horoscope", "entertainment"),
    (r"stock|share|market cap|earnings|dividend|invest|bitcoin|crypto", "markets or investing"),
    (r"capital of|translate", "general knowledge or translation"),
)


def _topic_name(words: str) -> str:
    if _is_programming(words):
        return "programming or coding help"
    for pattern, name in _TOPIC_NAMES:
        if regex.search(pattern, words, regex.IGNORECASE):
            return name
    return "questions outside that field"
