"""What the sources do not publish, said first; what they publish for other sites, labelled as theirs.

A question about a rule the sources do not publish, for the site it names ("how long does a Lazada seller have to
counter-notify?") or at all ("is there a cap on how many complaints we can have open?"), is answered first by the
corpus's sentence saying that it is not published. What is published comes after it: a figure for other sites is
labelled as theirs ("What the sources give for other sites (not Lazada): ..."), so that it never reads as the asked
site's rule, and sentences from files that answer another kind of question (last decade's statistics for a rule
question) are left out.

Which sentence says so: one stating that something is not published (UNPUBLISHED), about what is asked: for a question
naming one of Alibaba's sites, a sentence naming that site; for a question naming none, a sentence naming no site (a
rule unpublished for every site). It must also be close enough to the question to join an answer on its own merits:
its score at least answer.OTHER_RATIO of the best sentence's (the calibrated bar for a sentence of another passage),
and it must stand in the passage that answers (the best sentence's, or the one the search put first): a side remark of
another passage ("whether IPP removes duplicate URLs is not published") does not speak for the question.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import regex

from assistant.retrieval import site_focus

# A sentence saying the sources do not publish something ("... is not published", "The platform has not published ...",
# "IPP does not publish ...", "IPP publishes no template ...").
UNPUBLISHED = regex.compile(
    r"\b(?:is|are|was|were|be)\s+not\s+published\b|\b(?:has|have)\s+not\s+(?:been\s+)?published\b|"
    r"\bdoes\s+not\s+publish\b|\bpublishes\s+no\b",
    regex.IGNORECASE,
)


def says_unpublished(sentence: str) -> bool:
    return bool(UNPUBLISHED.search(sentence))


def _about_what_is_asked(sentence: str, asked: frozenset[str]) -> bool:
    """Whether an unpublished statement is about the asked site (it names it), or, asked about no site, about every
    site (it names none)."""
    named = site_focus.sites_named(sentence)
    own = asked & site_focus.ALIBABA_SITES
    return bool(named & own) if own else not named


def unpublished_lead(every: Sequence, bar: float, asked: frozenset[str], top_hit=None):
    """The candidate (answer.Candidate) that says what is asked is not published: from the passage that answers (the
    one holding the best-scoring sentence, or the one the search put first), scoring at least `bar` x the best
    sentence's score; the best-scoring such one, None when none qualifies."""
    if not every:
        return None
    best = max(every, key=lambda c: c.score)
    answering = {best.hit.chunk.id} | ({top_hit.chunk.id} if top_hit is not None else set())
    found = [
        c for c in every
        if c.hit.chunk.id in answering and says_unpublished(c.text) and _about_what_is_asked(c.text, asked)
        and c.score >= bar * best.score
    ]
    return max(found, key=lambda c: c.score, default=None)


# A year's figure ("For 2017, ... 95% of takedown requests ...", "fell 32% from 2017"): a statistic of the past, which
# says nothing of whether a rule exists.
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SHARE_OR_COUNT = regex.compile(r"\d\s*%|\bper\s*cent\b|\b\d[\d,.]*\s+(?:times|stores|arrests|accounts|listings|leads|members)\b", regex.IGNORECASE)


def dated_figure(sentence: str) -> bool:
    return bool(_YEAR.search(sentence)) and bool(_SHARE_OR_COUNT.search(sentence))


def led_by_unpublished(chosen: list, lead) -> list:
    """The chosen sentences led by `lead` (added when not chosen yet); a past year's statistics quoted from another
    passage are left out: the answer is about a rule that is not published, and last decade's figures do not answer it."""
    rest = [c for c in chosen if not _same(c, lead) and (c.hit.chunk.id == lead.hit.chunk.id or not dated_figure(c.text))]
    return [lead, *rest]


def _same(a, b) -> bool:
    return a.hit.chunk.id == b.hit.chunk.id and a.position == b.position


# The label a sentence giving other sites' rule carries in an answer about a site it does not name. It says "other
# sites": what is published there is not the asked site's rule.
OTHER_SITES_LABEL = "What the sources give for other sites (not {names}): "


def labelled_for_their_sites(chosen: Sequence, asked: frozenset[str]) -> list:
    """In an answer about one of Alibaba's sites, each sentence naming other sites of the group, not the asked one and
    not speaking for every site, labelled as theirs (OTHER_SITES_LABEL); one saying only that their rule is not
    published is left out: it says nothing of the asked site."""
    own = sorted(asked & site_focus.ALIBABA_SITES)
    if not own or asked - site_focus.ALIBABA_SITES:
        return list(chosen)
    names = " or ".join(site_focus.LABELS[name] for name in own)
    result = []
    for c in chosen:
        named = site_focus.sites_named(c.text) & site_focus.ALIBABA_SITES
        if named and not named & asked and not site_focus.EVERY_SITE.search(c.text):
            if says_unpublished(c.text):
                continue
            c = dataclasses.replace(c, text=OTHER_SITES_LABEL.format(names=names) + c.text)
        result.append(c)
    return result
