"""Which known reason a pasted rejection notice gives (English or Chinese): by meaning and by words.

Meaning: the bundled MiniLM model embeds each clause of the notice and each reason's phrases; a reason's similarity is
the best clause-to-phrase cosine. Words: the reason's keywords found in the notice. The score is the similarity plus
KEYWORD_WEIGHT per keyword found, and half that when words naming what the reason concerns appear (at most
MAX_KEYWORDS in all). The model reads English far better than Chinese, so
for Chinese notices the keywords carry most of the weight. Clauses that only clear something ("the power of attorney
has been accepted") are set aside first: the reason is what failed, never what passed.

Below THRESHOLD the notice is not recognised and the person is asked which reason it is. Both figures were chosen on
evals/datasets/rejections-calibration.jsonl (our own notices and a few texts that are not rejections), never on the
evaluation cases; `python -m assistant.services.rejection_matching --calibrate` shows the grid.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from pydantic import BaseModel, Field

from assistant.domain.rejection_reasons import rejection_reasons
from assistant.errors import BadInput

KEYWORD_WEIGHT = 0.5
MAX_KEYWORDS = 3
THRESHOLD = 0.35
MAX_NOTICE_CHARS = 10_000

_CLAUSES = re.compile(r"(?<=[.!?;。；！？\n])\s*|\s+(?=(?:however|but)\b)|(?=但是|但|然而)", re.I)
_CLEARED = re.compile(
    r"\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:accepted|verified|approved|confirmed|received|valid)\b|\bis in order\b|"
    r"已通过|审核通过|无误|符合要求|已确认|已收到",
    re.I,
)
_FAILED = re.compile(
    r"\b(?:not|no|cannot|can't|unable|missing|invalid|reject\w*|insufficient|fail\w*|lack\w*|expired|without|however)\b|"
    r"未|不|无法|缺少|无效|驳回|过期|但",
    re.I,
)


class ReasonScore(BaseModel):
    reason_id: str
    name: str
    score: float
    similarity: float = Field(description="Best cosine between a clause of the notice and one of the reason's phrases, minus the median of the reasons' best cosines.")
    keywords: list[str] = Field(description="The reason's keywords found in the notice, as they appear in the rules.")


class RejectionReading(BaseModel):
    """A notice read against the known reasons. `reason_id` is None when no reason scores above the threshold."""

    reason_id: str | None
    name: str | None
    score: float
    recognised: bool
    words: list[str] = Field(description="The words of the notice the reading rests on (keywords found, the best clause).")
    clause: str | None = Field(default=None, description="The clause of the notice that reads most like the reason.")
    set_aside: list[str] = Field(default_factory=list, description="Clauses that only clear something, not used.")
    alternatives: list[ReasonScore] = Field(description="The next best reasons, best first.")


def clauses_of(notice: str) -> tuple[list[str], list[str]]:
    """(clauses that may state a failure, clauses that only clear something)."""
    parts = [part.strip(" \t-:：,，") for part in _CLAUSES.split(notice) if part and part.strip(" \t-:：,，")]
    kept, cleared = [], []
    for part in parts:
        (cleared if _CLEARED.search(part) and not _FAILED.search(part) else kept).append(part)
    return (kept or parts), cleared


@lru_cache(maxsize=1)
def _phrase_vectors() -> tuple[list[str], np.ndarray]:
    from assistant.retrieval.embedding import bundled_encoder

    owners, texts = [], []
    for reason in rejection_reasons().values():
        for text in [reason.what_failed, *reason.phrases]:
            owners.append(reason.id)
            texts.append(text)
    return owners, bundled_encoder().encode(texts)


def _found(text: str, words: list[str]) -> list[str]:
    lowered = text.lower()
    return [
        word for word in words
        if (re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered) if word.isascii() else word in text)
    ]


def keyword_hits(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """Per reason, (keywords found, about-words found). The longest match wins: a word found only as part of a longer
    word found (for any reason) does not count ('审核中' inside '审核中的投诉')."""
    reasons = rejection_reasons().values()
    found = {reason.id: (_found(text, reason.keywords_en + reason.keywords_zh), _found(text, reason.about)) for reason in reasons}
    every = {word.lower() for strong, weak in found.values() for word in strong + weak}

    def longest(words: list[str]) -> list[str]:
        return [word for word in words if not any(word.lower() != other and word.lower() in other for other in every)]

    return {reason_id: (longest(strong), longest(weak)) for reason_id, (strong, weak) in found.items()}


def score_reasons(notice: str, *, keyword_weight: float = KEYWORD_WEIGHT) -> tuple[list[ReasonScore], list[str], list[str], dict[str, str]]:
    """Every reason scored against the notice, best first; with the clauses used and set aside, and each reason's best clause."""
    from assistant.retrieval.embedding import bundled_encoder

    kept, cleared = clauses_of(notice)
    used = " ".join(kept)
    owners, phrases = _phrase_vectors()
    vectors = bundled_encoder().encode(kept)
    cosines = vectors @ phrases.T  # clauses x phrases
    best: dict[str, tuple[float, int]] = {}
    for reason in rejection_reasons().values():
        block = cosines[:, [i for i, owner in enumerate(owners) if owner == reason.id]]
        best[reason.id] = (float(block.max()), int(np.unravel_index(int(block.argmax()), block.shape)[0]))
    # Similarity counts as far as it stands out from the other reasons': the model finds any two Chinese sentences
    # alike, and any two short English notices somewhat alike, so the raw cosine says little by itself.
    baseline = float(np.median([value for value, _ in best.values()]))
    hits = keyword_hits(used)
    scores, best_clause = [], {}
    for reason in rejection_reasons().values():
        raw, row = best[reason.id]
        strong, weak = hits[reason.id]
        best_clause[reason.id] = kept[int(row)]
        weight = min(len(strong) + (0.5 if weak else 0.0), MAX_KEYWORDS)  # naming the topic twice says no more
        scores.append(
            ReasonScore(
                reason_id=reason.id, name=reason.name, similarity=round(raw - baseline, 4), keywords=strong + weak,
                score=round(raw - baseline + keyword_weight * weight, 4),
            )
        )
    scores.sort(key=lambda item: item.score, reverse=True)
    return scores, kept, cleared, best_clause


def read_rejection(notice: str, *, threshold: float = THRESHOLD) -> RejectionReading:
    """The known reason a rejection notice gives, with the words it rests on; not recognised below the threshold."""
    text = (notice or "").strip()
    if not text:
        raise BadInput("Paste the rejection notice as IPP sent it.")
    if len(text) > MAX_NOTICE_CHARS:
        raise BadInput(f"A rejection notice is at most {MAX_NOTICE_CHARS:,} characters; paste only the notice.")
    scores, _kept, cleared, best_clause = score_reasons(text)
    best = scores[0]
    recognised = best.score >= threshold
    return RejectionReading(
        reason_id=best.reason_id if recognised else None, name=best.name if recognised else None, score=best.score,
        recognised=recognised, words=best.keywords, clause=best_clause[best.reason_id], set_aside=cleared,
        alternatives=scores[1:4],
    )


def calibrate(path: str = "evals/datasets/rejections-calibration.jsonl") -> list[tuple[float, float, float]]:
    """(keyword weight, threshold, accuracy) over a grid, on the calibration notices (None = not a rejection)."""
    import json
    from pathlib import Path

    cases = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    scored = {weight: [score_reasons(case["notice"], keyword_weight=weight)[0][0] for case in cases] for weight in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)}
    for weight, bests in scored.items():
        for threshold in [round(0.05 + 0.05 * step, 2) for step in range(10)]:
            right = sum(
                (best.score >= threshold and best.reason_id == case["expected_reason"])
                or (best.score < threshold and case["expected_reason"] is None)
                for best, case in zip(bests, cases, strict=True)
            )
            results.append((weight, threshold, right / len(cases)))
    return results


if __name__ == "__main__":
    for weight, threshold, accuracy in calibrate():
        print(f"keyword weight {weight:.2f}  threshold {threshold:.2f}  accuracy {accuracy:.3f}")
