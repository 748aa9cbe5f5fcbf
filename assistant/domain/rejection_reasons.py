"""The known reasons IPP rejects a complaint (knowledge/rules/rejections.yaml), as typed data."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, Field

from assistant.domain.models import Site
from assistant.domain.rules import load_rules


class SiteAdvice(BaseModel):
    """A reason's fixes for some sites only, with their own confidence and sources ({site} in the text is the site's name)."""

    sites: list[str]
    needs_china: bool = Field(default=False, description="These sites need a right valid in Mainland China.")
    confidence: str = Field(description="confirmed | single_source | not_published")
    sources: list[str]
    place_rule: str | None = Field(default=None, description="What the re-filing check says of these sites' territory rule.")
    fixes: list[str]


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
    by_site: list[SiteAdvice] = Field(default_factory=list, description="Fixes that depend on the complaint's site; `fixes` when the site is not known.")

    def advice_for(self, site: str | None) -> SiteAdvice | None:
        """The fixes for a complaint on `site` (its name filled in), or None when the reason's fixes hold for every site."""
        for advice in self.by_site:
            if site is not None and str(site) in advice.sites:
                name = Site(str(site)).label
                return advice.model_copy(update={
                    "fixes": [fix.replace("{site}", name) for fix in advice.fixes],
                    "place_rule": advice.place_rule.replace("{site}", name) if advice.place_rule else None,
                })
        return None


@lru_cache(maxsize=1)
def rejection_reasons() -> dict[str, RejectionReason]:
    """Every known reason by id, in the file's order."""
    raw = load_rules("rejections")["reasons"]
    return {
        reason_id: RejectionReason(
            id=reason_id, name=item["name"], what_failed=item["what_failed"], confidence=item["confidence"], sources=item["sources"],
            keywords_en=item["keywords"]["en"], keywords_zh=item["keywords"]["zh"],
            about=item["about"]["en"] + item["about"]["zh"], phrases=item["phrases"], fixes=item["fixes"],
            checks=item["checks"], by_site=[SiteAdvice(**advice) for advice in item.get("by_site", [])],
        )
        for reason_id, item in raw.items()
    }
