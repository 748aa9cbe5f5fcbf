"""knowledge/rules/documents.yaml, read into typed rules: the documents, the complaint reasons and the sources of the checks.

The file is data people edit; a mistake in it (an unknown fact, a missing source) is a ConfigurationError at load time,
not a silently skipped rule.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.domain.models import ComplaintReason, Confidence, IPType
from assistant.domain.rules import load_rules
from assistant.errors import ConfigurationError

# The facts of a case a condition may name (see the header of documents.yaml).
CASE_FACTS = frozenset(
    {
        "ip_type",
        "patent_kind",
        "role",
        "holder_type",
        "account_holder_type",
        "site",
        "china_facing_site",
        "registered",
        "reason",
        "certificate",
        "certificate_sealed_or_signed",
        "needs_translation",
        "international_registration",
        "registered_in_china",
        "renewed_or_transferred",
        "expired",
    }
)

Conditions = dict[str, Any]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Rule):
    url: str
    date: str | None = None


class DocumentRule(_Rule):
    """One document: when it applies, whether it is required, why, and the pages that say so."""

    id: str
    name: str
    stage: str = Field(pattern="^(account|ipr|complaint)$")
    applies_when: Conditions = Field(default_factory=dict)
    applies_when_any: list[Conditions] = Field(default_factory=list)
    required: bool | None = None
    required_when: Conditions | None = None
    why: str
    confidence: Confidence
    caveat: str | None = None
    facts: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> DocumentRule:
        if (self.required is None) == (self.required_when is None):
            raise ValueError("give exactly one of `required` and `required_when`")
        if self.confidence is not Confidence.CONFIRMED and not self.caveat:
            raise ValueError("a rule that is not confirmed needs a `caveat` saying so")
        for conditions in [self.applies_when, self.required_when or {}, *self.applies_when_any]:
            unknown = set(conditions) - CASE_FACTS
            if unknown:
                raise ValueError(f"unknown case facts {sorted(unknown)}")
        return self

    @property
    def source(self) -> str:
        return self.sources[0].url


class ReasonRule(_Rule):
    """A complaint reason: its right, and whether the platform publishes the evidence it needs."""

    name: str
    ip_type: IPType
    evidence_published: bool
    source: str


class CheckRule(_Rule):
    """Where a complaint check comes from, and how sure it is."""

    confidence: Confidence
    facts: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)

    @property
    def source(self) -> str:
        return self.sources[0].url if self.sources else ""


class DocumentRules(_Rule):
    documents: list[DocumentRule]
    reasons: dict[ComplaintReason, ReasonRule]
    checks: dict[str, CheckRule]


@lru_cache(maxsize=1)
def document_rules() -> DocumentRules:
    """The parsed and checked contents of documents.yaml."""
    try:
        rules = DocumentRules.model_validate(load_rules("documents"))
    except ValidationError as exc:
        raise ConfigurationError(f"knowledge/rules/documents.yaml is not valid: {exc}") from exc
    ids = [document.id for document in rules.documents]
    if len(ids) != len(set(ids)):
        raise ConfigurationError("knowledge/rules/documents.yaml lists a document id twice.")
    return rules


def document_rule(document_id: str) -> DocumentRule:
    """The rule for one document id."""
    for document in document_rules().documents:
        if document.id == document_id:
            return document
    raise KeyError(document_id)


def check_rule(code: str) -> CheckRule:
    """The sources of one complaint check."""
    return document_rules().checks[code]


def conditions_hold(conditions: Conditions, facts: dict[str, Any]) -> bool:
    """Whether every condition holds for the facts; a list of values means any of them."""
    for name, expected in conditions.items():
        allowed = expected if isinstance(expected, list) else [expected]
        actual = facts[name]
        if not any(_same(actual, value) for value in allowed):
            return False
    return True


def _same(actual: Any, expected: Any) -> bool:
    # YAML gives plain strings and booleans; the case gives enums. `True == 1` must not match a count.
    if isinstance(expected, bool) or expected is None or isinstance(actual, bool) or actual is None:
        return actual is expected
    return str(actual) == str(expected)
