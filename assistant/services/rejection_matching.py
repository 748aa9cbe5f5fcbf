"""Which known reason a pasted rejection notice gives (English or Chinese): by meaning, by shared words, by keywords.

Three signals, added up with weights:
- Meaning (DENSE_WEIGHT): the bundled MiniLM model embeds each clause of the notice and each reason's phrases; a
  reason's similarity is its best clause-to-phrase cosine, minus the median of the reasons' best cosines.
- Shared words (LEXICAL_WEIGHT): TF-IDF cosine between the notice (and each clause) and each of the reason's phrases,
  over the search tokenizer's terms (stemmed English words; Chinese as characters and character pairs). The model
  reads English far better than Chinese (it finds any two Chinese sentences alike), so for Chinese notices this and
  the keywords carry the reading.
- Keywords (KEYWORD_WEIGHT): the reason's keywords found in the notice, and half a keyword when words naming what the
  reason concerns appear (at most MAX_KEYWORDS in all).
Clauses that only clear something ("the power of attorney has been accepted") are set aside first: the reason is
what failed, never what passed.

A notice is not recognised, and the person is asked which reason it is (with the closest ones), when the best score
is below THRESHOLD or when nothing in it says that something failed or must be changed (no refusal word, request or
keyword: "your complaint has been approved"): a wrong reason would send the team to fix the wrong thing. The weights
and the threshold were chosen on the development notices (evals/datasets/rejections-calibration.jsonl and
evals/datasets/rejections.jsonl: our own notices and texts that are not rejections), never on the frozen evaluation
cases: the middle of the widest range of thresholds that reads them all; `python -m assistant.services.rejection_matching`
shows the grid.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
from pydantic import BaseModel, Field

from assistant.domain.rejection_reasons import rejection_reasons
from assistant.errors import BadInput

DENSE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.75
KEYWORD_WEIGHT = 0.5
MAX_KEYWORDS = 3
THRESHOLD = 0.5
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

# Words that say something failed, ended or must change. A text with none of them, no request and no keyword of any
# reason is no rejection ("the listings were removed", "your IPR has been approved").
_REFUSAL = re.compile(
    r"\b(?:not|no|none|cannot|can't|unable|missing|invalid|reject\w*|insufficient|fail\w*|lack\w*|expired|without|lapsed|"
    r"duplicat\w*|restor\w*|reinstat\w*|suspended|frozen|on hold|restricted|closed|returned|refused|declined|mismatch\w*|"
    r"incomplete|unreadable|illegible|blurr\w*|only|differs?|different|inconsistent|ended|unfortunately)\b|"
    r"未|不|无|缺|驳回|过期|失效|重复|恢复|冻结|暂停|限制|撤销|届满|到期|终止|有误|错误|仅|模糊",
    re.I,
)
_REQUEST = re.compile(
    r"\bplease\s+(?:re-?upload|upload|provide|submit|attach|add|wait|correct|split|select|choose)\b|"
    r"请(?:重新)?(?:上传|补充|提供|等待|核对|分开|分批)|须|需",
    re.I,
)


class ReasonScore(BaseModel):
    reason_id: str
    name: str
    score: float
    similarity: float = Field(description="Best cosine between a clause of the notice and one of the reason's phrases, minus the median of the reasons' best cosines.")
    shared_words: float = Field(default=0.0, description="Best TF-IDF cosine between the notice (or a clause) and one of the reason's phrases.")
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


def _phrases() -> tuple[list[str], list[str]]:
    """(owning reason id, text) for each reason's description and phrases."""
    owners, texts = [], []
    for reason in rejection_reasons().values():
        for text in [reason.what_failed, *reason.phrases]:
            owners.append(reason.id)
            texts.append(text)
    return owners, texts


@lru_cache(maxsize=1)
def _phrase_vectors() -> tuple[list[str], np.ndarray]:
    from assistant.retrieval.embedding import bundled_encoder

    owners, texts = _phrases()
    return owners, bundled_encoder().encode(texts)


@lru_cache(maxsize=1)
def _phrase_terms() -> tuple[list[str], dict[str, float], list[dict[str, float]]]:
    """(owners, IDF over the phrases, each phrase's TF-IDF vector) for the shared-words signal."""
    from assistant.retrieval.bm25 import tokenize

    owners, texts = _phrases()
    counts = [Counter(tokenize(text)) for text in texts]
    frequency = Counter(term for count in counts for term in count)
    idf = {term: math.log(1 + len(counts) / n) for term, n in frequency.items()}
    return owners, idf, [_tfidf(count, idf) for count in counts]


def _tfidf(count: Counter, idf: dict[str, float]) -> dict[str, float]:
    """A unit TF-IDF vector (sublinear term frequency); terms no phrase has weigh nothing."""
    vector = {term: (1 + math.log(n)) * idf.get(term, 0.0) for term, n in count.items()}
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items() if value}


def _shared_words(texts: list[str]) -> dict[str, float]:
    """Per reason, the best TF-IDF cosine between any of the texts and one of its phrases."""
    from assistant.retrieval.bm25 import tokenize

    owners, idf, phrases = _phrase_terms()
    vectors = [_tfidf(Counter(tokenize(text)), idf) for text in texts]
    best: dict[str, float] = {}
    for owner, phrase in zip(owners, phrases, strict=True):
        value = max((sum(weight * phrase.get(term, 0.0) for term, weight in vector.items()) for vector in vectors), default=0.0)
        best[owner] = max(best.get(owner, 0.0), value)
    return best


def says_something_failed(text: str) -> bool:
    """Whether the text says that something failed or must change: a refusal word, a request, or a reason's keyword."""
    return bool(_REFUSAL.search(text) or _REQUEST.search(text)) or any(strong for strong, _ in keyword_hits(text).values())


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


def score_reasons(
    notice: str, *, dense_weight: float = DENSE_WEIGHT, lexical_weight: float = LEXICAL_WEIGHT, keyword_weight: float = KEYWORD_WEIGHT,
) -> tuple[list[ReasonScore], list[str], list[str], dict[str, str]]:
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
    shared = _shared_words([*kept, used] if len(kept) > 1 else kept)
    scores, best_clause = [], {}
    for reason in rejection_reasons().values():
        raw, row = best[reason.id]
        strong, weak = hits[reason.id]
        best_clause[reason.id] = kept[int(row)]
        weight = min(len(strong) + (0.5 if weak else 0.0), MAX_KEYWORDS)  # naming the topic twice says no more
        scores.append(
            ReasonScore(
                reason_id=reason.id, name=reason.name, similarity=round(raw - baseline, 4), shared_words=round(shared[reason.id], 4),
                keywords=strong + weak,
                score=round(dense_weight * (raw - baseline) + lexical_weight * shared[reason.id] + keyword_weight * weight, 4),
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
    scores, kept, cleared, best_clause = score_reasons(text)
    best = scores[0]
    recognised = best.score >= threshold and says_something_failed(" ".join(kept))
    return RejectionReading(
        reason_id=best.reason_id if recognised else None, name=best.name if recognised else None, score=best.score,
        recognised=recognised, words=best.keywords, clause=best_clause[best.reason_id], set_aside=cleared,
        alternatives=scores[1:4],
    )


def calibrate(paths: tuple[str, ...] = ("evals/datasets/rejections-calibration.jsonl", "evals/datasets/rejections.jsonl")) -> list[tuple[float, float, float, float, float]]:
    """(dense weight, shared-words weight, keyword weight, threshold, accuracy) over a grid, on the development notices
    (expected None = not a rejection). The frozen cases are never read here."""
    import itertools
    import json
    from pathlib import Path

    cases = [json.loads(line) for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    failed = [says_something_failed(" ".join(clauses_of(case["notice"])[0])) for case in cases]
    # Each notice is read once: with only the keywords weighted, a reason's score is its keyword count, and its
    # similarity and shared words come along; the grid only weighs them anew.
    signals = [
        [(item.reason_id, item.similarity, item.shared_words, item.score) for item in score_reasons(case["notice"], dense_weight=0, lexical_weight=0, keyword_weight=1)[0]]
        for case in cases
    ]
    results = []
    for dense, lexical, keyword in itertools.product((0.25, 0.5, 0.75, 1.0), (0.25, 0.5, 0.75, 1.0), (0.1, 0.3, 0.5)):
        bests = [max((dense * sim + lexical * shared + keyword * count, reason) for reason, sim, shared, count in rows) for rows in signals]
        for threshold in [round(0.025 * step, 3) for step in range(40)]:
            right = 0
            for (score, reason), case, gate in zip(bests, cases, failed, strict=True):
                read = reason if score >= threshold and gate else None
                right += read in {case["expected_reason"], *case.get("also_acceptable", [])}
            results.append((dense, lexical, keyword, threshold, right / len(cases)))
    return results


if __name__ == "__main__":
    grid = calibrate()
    for dense, lexical, keyword, threshold, accuracy in grid:
        print(f"meaning {dense:.2f}  shared words {lexical:.2f}  keywords {keyword:.2f}  threshold {threshold:.3f}  accuracy {accuracy:.3f}")
    in_use = next(row for row in grid if row[:4] == (DENSE_WEIGHT, LEXICAL_WEIGHT, KEYWORD_WEIGHT, THRESHOLD))
    print(f"in use: meaning {DENSE_WEIGHT}  shared words {LEXICAL_WEIGHT}  keywords {KEYWORD_WEIGHT}  threshold {THRESHOLD}  accuracy {in_use[4]:.3f}")
