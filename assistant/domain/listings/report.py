"""The listing-URL checker's answer: one result per pasted link, the notices to file, a summary.

`UrlReport.model_dump(mode="json")` is the `check-urls --json` contract.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.listings.problems import ProblemCode
from assistant.domain.models import ListingKind, ListingRef, Site


class UrlProblem(BaseModel):
    """One reason a link cannot be filed as given."""

    # Frozen: one problem (say, the same mixed-kinds notice) is shared by every link it applies to.
    model_config = ConfigDict(frozen=True)

    code: ProblemCode = Field(description="Machine-readable reason, e.g. 'duplicate' or 'short_link'.")
    message: str = Field(description="What is wrong and what to do next, in plain words.")
    source: str | None = Field(
        default=None, description="Where the platform rule behind this problem is published, when it is a platform rule."
    )


class UrlResult(BaseModel):
    """What the checker found out about one pasted link."""

    input: str = Field(description="The link as it was pasted (without surrounding bullets, brackets or punctuation).")
    ok: bool = Field(description="True when the link can go into a complaint as it is.")
    site: Site | None = Field(default=None, description="Marketplace the link belongs to, if it is one of the covered sites.")
    kind: ListingKind | None = Field(default=None, description="'product' for an item page, 'shop' for a store page.")
    listing_id: str | None = Field(default=None, description="The item or shop id taken from the link.")
    normalized: str | None = Field(
        default=None, description="Canonical link (https, canonical host, no tracking): the listing's identity everywhere."
    )
    problems: list[UrlProblem] = Field(default_factory=list, description="Everything wrong with this link; empty when ok.")
    position: int = Field(description="Number of this link among the pasted links, from 1.")
    line: int = Field(description="Line of the pasted text the link is on, from 1.")
    duplicate_of: int | None = Field(
        default=None, description="For a repeated listing: the position of its first occurrence."
    )

    def listing_ref(self) -> ListingRef:
        """This link as a complaint's listing reference."""
        return ListingRef(
            url=self.input, site=self.site, kind=self.kind, listing_id=self.listing_id, normalized=self.normalized
        )


class UrlSummary(BaseModel):
    """Counts over the whole paste."""

    total: int = Field(description="Links checked.")
    ok: int = Field(description="Links without any problem.")
    problems: int = Field(description="Links with at least one problem.")
    duplicates: int = Field(description="Links that repeat an earlier listing.")
    skipped_words: int = Field(
        default=0, description="Words in the pasted text that are not links (greetings, labels) and were left aside."
    )


class UrlReport(BaseModel):
    """The checked links, and how the usable ones split into notices of at most 300 links."""

    site: Site | None = Field(default=None, description="The site chosen for the complaint, if one was given.")
    results: list[UrlResult] = Field(description="One entry per pasted link, in the order pasted.")
    notices: list[list[str]] = Field(
        description="Canonical links of the usable, unique listings in batches: one site and one kind per batch, "
        "at most 300 each, in the order pasted."
    )
    summary: UrlSummary = Field(description="Counts over the whole paste.")

    @property
    def all_ok(self) -> bool:
        """True when every pasted link can be filed as it is."""
        return self.summary.problems == 0


_RESULT_FIELDS = frozenset(UrlResult.model_fields)
_PROBLEM_FIELDS = frozenset(UrlProblem.model_fields)


def trusted_result(values: dict, *, _new=object.__new__, _set=object.__setattr__) -> UrlResult:
    """A UrlResult from values the checker built itself: every field present, already of its type.

    What `UrlResult.model_construct(**values)` does, without its per-field Python loop: on a paste of
    100,000 links, validating results the checker had just built cost more than checking the links.
    The tests check that such results equal validated ones.
    """
    result = _new(UrlResult)
    _set(result, "__dict__", values)
    _set(result, "__pydantic_fields_set__", _RESULT_FIELDS)
    _set(result, "__pydantic_extra__", None)
    _set(result, "__pydantic_private__", None)
    return result


def trusted_problem(
    code: ProblemCode, message: str, source: str | None = None, *, _new=object.__new__, _set=object.__setattr__
) -> UrlProblem:
    """A UrlProblem from the checker's own values, built without validation (see trusted_result)."""
    problem = _new(UrlProblem)
    _set(problem, "__dict__", {"code": code, "message": message, "source": source})
    _set(problem, "__pydantic_fields_set__", _PROBLEM_FIELDS)
    _set(problem, "__pydantic_extra__", None)
    _set(problem, "__pydantic_private__", None)
    return problem
