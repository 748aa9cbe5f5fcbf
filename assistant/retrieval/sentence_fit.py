"""Sentences that mean what they say only where they stand, rules said twice, and history given for today's rule.

- A sentence that answers its section's own question ("Yes.", "No.") or points back at the sentence before it
  ("Official pages and a Tmall guide agree on this.", "A vendor guide for AliExpress adds duplicate URLs.") says
  something else, or nothing, when quoted alone: it is quoted only with the sentence before it (a bare verdict, only
  with the sentence after it, and only when the question asks what its section asks; verdicts.py).
- The same rule found in two passages ("On Taobao, a complainant has 3 working days to respond ..." and "After a
  seller appeals, the complainant has 3 working days to respond.") is said once: a later sentence whose words and
  figures are all in one already quoted is left out, once the words naming who says it are set aside ("The IPP
  trademark FAQ adds that the registrant ... must be its current owner" repeats "The registrant ... must be its
  current owner ..."): a rule said again is not news for being credited to a page.
- A sentence continuing an enumeration ("Second, a test-buy report ...", "Also, ...") is quoted with the items before
  it, back to the sentence announcing the list ("Two things are needed. First, the order number ..."): quoted alone,
  or after the announcement without the first item, it reads as the whole list.
- A sentence about how things were ("The original criteria, now historical, were ...", "Under the old AliProtect
  rules ...") is not an answer to how they are, unless the question asks about the past: it ranks below today's rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import regex

from assistant.retrieval.bm25 import tokenize

# "Yes." / "No." alone: the answer to the section's heading.
BARE_VERDICT = regex.compile(r"^\s*(?:yes|no)\s*[.!]?\s*$", regex.IGNORECASE)
# A sentence pointing back at the one before it from inside ("... agree on this", "A vendor guide ... adds X.").
POINTS_BACK = regex.compile(
    r"\b(?:agree|agrees|agreed) (?:on|with) (?:this|that|it)\b|\bthese (?:numbers|figures)\b|\bconfirms? (?:this|that|it)\b|\bsays? the same\b(?! about)|"
    r"^(?:an?|the|one|another) (?:\w+ ){0,4}(?:guide|source|page|blog|notice|report|help)(?: \w+){0,3} adds\b(?! that)",
    regex.IGNORECASE,
)
# A sentence stating a past rule, and a question asking about the past.
HISTORICAL = regex.compile(
    r"\b(?:now historical|historical|originally|formerly|used to|no longer|retired|old(?:er)? (?:\w+ )?(?:rules?|system|figure)|"
    r"began (?:on|in|with)|was launched|formal launch)\b",
    regex.IGNORECASE,
)
ASKS_ABOUT_THE_PAST = regex.compile(
    r"\b(?:histor\w*|origin\w*|used to|before|old|older|earlier|former\w*|past|began|begin|start(?:ed)?|launch\w*|"
    r"introduced|when did|always|(?:19|20)\d\d)\b|以前|历史|最初",
    regex.IGNORECASE,
)
# A sentence continuing an enumeration begun before it: its items before it and the sentence announcing them go with it.
CONTINUES_A_LIST = regex.compile(
    r"^(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth|lastly|finally|also|in addition|the (?:second|third|fourth|fifth|last))\b",
    regex.IGNORECASE,
)
# Its first item ("First, the order number ...", "The first is the counter-notice ..."), which leans on the announcement.
STARTS_A_LIST = regex.compile(r"^(?:first(?:ly)?|the first)\b", regex.IGNORECASE)
# How far back an enumeration's items are looked for (its announcement included).
LIST_BACK = 5
# How far a past rule ranks below today's: the size of answer.py's other style adjustments (a sentence leaning on its
# neighbour). Measured on the whole questions suite (2026-12-01): ranking today's rules, stated as such, higher too, or
# replacing a document's past rules by its current ones, each lowered a frozen split's fact coverage; this alone did not.
HISTORY_PENALTY = 0.15
# A later sentence repeats an earlier one when every word of it is the earlier one's, and every figure: it says nothing
# the earlier one did not.
REPEAT_SHARE = 1.0
# The words opening a sentence that name who says what follows: "The IPP trademark FAQ adds that", "One vendor guide
# says", "Official pages confirm that".
ATTRIBUTION = regex.compile(
    r"^\s*(?:(?:the|an?|one|another|two|several)\s+)?(?:[\w.-]+\s+){0,4}?(?:faqs?|guides?|pages?|sources?|help|polic(?:y|ies)|"
    r"notices?|reports?|articles?|lists?|blogs?)\s+(?:also\s+)?(?:adds?|says?|notes?|states?|confirms?|explains?)\s+(?:that\s+)?",
    regex.IGNORECASE,
)


def is_historical(sentence: str) -> bool:
    return bool(HISTORICAL.search(sentence))


def history_last(question: str, candidates: Sequence) -> list:
    """The candidates (answer.Candidate) with past rules scored HISTORY_PENALTY lower, unless the question asks about
    the past: current rules before history."""
    if ASKS_ABOUT_THE_PAST.search(question):
        return list(candidates)
    return [dataclasses.replace(c, score=c.score - HISTORY_PENALTY) if is_historical(c.text) else c for c in candidates]


def _quoted(chosen: Sequence, candidate, offset: int) -> bool:
    return any(o.hit is candidate.hit and o.position == candidate.position + offset for o in chosen)


def stands_where_quoted(question_asks_heading, chosen: Sequence) -> list:
    """The chosen sentences less those that mean something only beside a neighbour the answer does not quote: a bare
    verdict without the sentence after it, or whose section's question is not the one asked
    (`question_asks_heading(chunk)`); a sentence pointing back without the sentence before it."""
    kept = []
    for candidate in chosen:
        if BARE_VERDICT.match(candidate.text):
            if not (_quoted(chosen, candidate, 1) and question_asks_heading(candidate.hit.chunk)):
                continue
        elif candidate.position > 0 and POINTS_BACK.search(candidate.text) and not _quoted(chosen, candidate, -1):
            continue
        kept.append(candidate)
    return kept


def with_earlier_items(chosen: Sequence, sentences_of, follower) -> list:
    """The chosen sentences (in reading order) with each one continuing an enumeration preceded by the sentences it
    continues that the answer does not quote (`sentences_of(hit)` its passage's sentences, `follower(hit, position,
    text)` one taken for its neighbour), back to the sentence announcing the list; when the list's start is further
    back than LIST_BACK, the continuing sentence is left out. Added even past the answer's length: a list quoted in
    part reads as the whole list."""
    kept: list = []
    for candidate in chosen:
        if candidate.position == 0 or not CONTINUES_A_LIST.match(candidate.text) or _quoted(kept, candidate, -1):
            kept.append(candidate)
            continue
        sentences, missing = sentences_of(candidate.hit), []
        for position in range(candidate.position - 1, max(-1, candidate.position - 1 - LIST_BACK), -1):
            if any(o.hit is candidate.hit and o.position == position for o in kept):
                break
            missing.insert(0, follower(candidate.hit, position, sentences[position]))
            if not (CONTINUES_A_LIST.match(sentences[position]) or STARTS_A_LIST.match(sentences[position])):
                break
        else:
            continue
        kept += [*missing, candidate]
    return kept


def with_gaps_read(chosen: Sequence, sentences_of, follower, readable=lambda hit, sentence: True) -> list:
    """The chosen sentences (in reading order) with the one sentence between two quoted from the same passage, when
    `readable(hit, sentence)`: a section quoted on both sides of a sentence is read through it, as it is written
    ("... is filed again as a new complaint." [the links are free again] "Fix what the reason names ..."). Added even
    past the answer's length, as a list's earlier items are."""
    kept: list = []
    for candidate in chosen:
        gap = candidate.position - 2
        before = kept[-1] if kept else None
        if before is not None and before.hit is candidate.hit and before.position == gap:
            between = sentences_of(candidate.hit)[gap + 1]
            if readable(candidate.hit, between):
                kept.append(follower(candidate.hit, gap + 1, between))
        kept.append(candidate)
    return kept


def _figures(text: str) -> set[str]:
    return set(regex.findall(r"\d+(?:[.,]\d+)*", text))


def repeats(sentence: str, earlier: str) -> bool:
    """Whether the sentence says again what an earlier one said: its figures are among the earlier one's and
    REPEAT_SHARE of its words too."""
    words, before = set(tokenize(ATTRIBUTION.sub("", sentence, count=1))), set(tokenize(earlier))
    if not words or not _figures(sentence) <= _figures(earlier):
        return False
    return len(words & before) / len(words) >= REPEAT_SHARE


def said_once(chosen: Sequence) -> list:
    """The chosen sentences (in reading order) less a later one repeating an earlier one from another passage."""
    kept: list = []
    for candidate in chosen:
        if any(o.hit is not candidate.hit and repeats(candidate.text, o.text) for o in kept):
            continue
        kept.append(candidate)
    return kept

