"""A passage's leading "Yes:" or "No." answers its own heading's question ("Can an agent file for the rights
holder?"), not necessarily the question asked. Quoted for another question it would answer that one wrongly ("Is our
own letter of authorisation wording enough?" - "Yes: ... needs a power of attorney"), so it is kept only on the
sentence a yes/no question matched as its answer, when the question asks what the passage's heading asks (it comes
as close in meaning to the heading or to one of the passage's 'Asked as' questions as the answer code requires of a
question worded like a known one), and dropped from every other quote. The rest of the sentence is the passage's own
words, so the citation still holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import numpy as np
import regex

# "Yes: on IPP ...", "No. An IPP complaint ...": a one-word verdict opening a sentence.
LEADING_VERDICT = regex.compile(r"^\s*(?:yes|no)\s*[:.,;!]\s*(?=\S)", regex.IGNORECASE)
# A question answered by yes or no opens a clause with an auxiliary verb: "Can we ...?", "... - is that enough?".
YES_NO_QUESTION = regex.compile(
    r"(?:^|[.!?;:,\n]\s*|\s[-\u2013\u2014]\s*)(?:can|could|is|isn't|are|aren't|am|do|does|doesn't|did|should|must|may|might|"
    r"will|would|shall|has|have|was|were)\b[^.!?]*\?",
    regex.IGNORECASE,
)


def is_yes_no_question(question: str) -> bool:
    """Whether the question asks something answered by yes or no."""
    return bool(YES_NO_QUESTION.search(question or ""))


def without_verdict(sentence: str) -> str:
    """The sentence without its leading "Yes:" / "No.", its first letter made a capital."""
    rest = LEADING_VERDICT.sub("", sentence, count=1)
    if rest == sentence or not rest:
        return sentence
    return rest[0].upper() + rest[1:]


def keep_verdicts_where_they_answer(
    question: str, chosen: Sequence, meaning: Callable[[list[str]], np.ndarray] | None, min_closeness: float
) -> list:
    """The chosen sentences (Candidates: `text`, `score`, `hit`), each leading "Yes:"/"No." dropped except on the
    sentence a yes/no question matched best, when the question asks what that sentence's passage is known to answer
    (`meaning` gives texts' cosine with the question; without it, no verdict is kept)."""
    chosen = list(chosen)
    answer = max(chosen, key=lambda c: c.score) if chosen and is_yes_no_question(question) else None
    if answer is not None and not _asks_as_heading(answer.hit.chunk, meaning, min_closeness):
        answer = None
    return [c if c is answer else dataclasses.replace(c, text=without_verdict(c.text)) for c in chosen]


def _asks_as_heading(chunk, meaning: Callable[[list[str]], np.ndarray] | None, min_closeness: float) -> bool:
    """Whether the question comes close in meaning to the passage's own question: its heading or an 'Asked as' line."""
    known = [*([chunk.section.split(" > ")[-1]] if chunk.section else []), *chunk.questions]
    return bool(meaning is not None and known and float(np.max(meaning(known))) >= min_closeness)
