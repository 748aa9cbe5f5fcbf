"""The known reasons IPP rejects a complaint (knowledge/rules/rejections.yaml), as typed data."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, Field

from assistant.domain.rules import load_rules


class RejectionReason(BaseModel):
    """One known rejection reason: how notices word it, what to change, which records to check."""

    id: str
    name: str
    what_failed: str
    confidence: str = Field(description="confirmed | single_source | not_published")
    sources: list[str]
    keywords_en: list[str] = Field(description="English words that say what failed.")
    keywords_zh: list[str] = Field(description="Chinese words that say what failed.")
    about: list[str] = Field(description="Words (English and Chinese) naming what the reason concerns; they count half.")
    phrases: list[str] = Field(description="How a notice may state the reason (the project's renderings, English and Chinese).")
    fixes: list[str] = Field(description="What to change before filing again.")
    checks: list[str] = Field(description="Which of the team's records the re-filing looks at.")


@lru_cache(maxsize=1)
def rejection_reasons() -> dict[str, RejectionReason]:
    """Every known reason by id, in the file's order."""
    raw = load_rules("rejections")["reasons"]
    return {
        reason_id: RejectionReason(
            id=reason_id, name=item["name"], what_failed=item["what_failed"], confidence=item["confidence"], sources=item["sources"],
            keywords_en=item["keywords"]["en"], keywords_zh=item["keywords"]["zh"],
            about=item["about"]["en"] + item["about"]["zh"], phrases=item["phrases"], fixes=item["fixes"],
            checks=item["checks"],
        )
        for reason_id, item in raw.items()
    }
