"""Scoring an appeal triage against a case's facts: contradictions, duplicates, discrepancies stated.

A "Point out" is a finding the team would put to the platform: it falls short or looks wrong (missing or
suspicious) and rests on a document or our record, not on something nobody could read. Such a finding contradicts
the case when
- its code is one the case names in `must_not_find` (a code that would deny what the seller's text or an
  attachment says: `date_missing` for a licence whose text gives its dates), or
- it is about an attachment the case marks `readable: false`: nothing can be read from it, so a finding about it may
  only say it is not verified.
Duplicates are the same point made twice (the same code on the same attachment, or the licence's and the chain's
"no document comes from the owner"), in the findings or in the checklist.
"""

from __future__ import annotations

from collections import Counter

_POINT_SEVERITIES = {"missing", "suspicious"}
_SAME_POINT = {("chain_gap", None): "no_owner_document", ("issuer_not_owner", None): "no_owner_document"}


def _value(x) -> str:
    return getattr(x, "value", x)


def all_findings(triage) -> list:
    """Every finding of the triage, from each ground and the whole-appeal ones, without repeats of one object."""
    seen, out = set(), []
    for finding in [f for g in triage.grounds for f in g.findings] + list(triage.suspicious) + list(triage.missing):
        if id(finding) not in seen:
            seen.add(id(finding))
            out.append(finding)
    return out


def point_outs(triage) -> list:
    """The findings the triage would have the team put to the platform."""
    shown = list(triage.missing) + list(triage.suspicious)
    return [f for f in shown if _value(f.severity) in _POINT_SEVERITIES and _value(getattr(f, "basis", "document_shows")) != "not_verified"]


def contradictions(triage, case: dict) -> list[str]:
    """Findings that contradict the seller's text or an attachment's content, each described for the report."""
    banned = set(case.get("must_not_find") or [])
    unreadable = {i for i, a in enumerate(case.get("attachments") or [], start=1) if a.get("readable") is False}
    out = [f"{f.code}: named in must_not_find" for f in all_findings(triage) if f.code in banned]
    out += [f"{f.code} on unreadable attachment #{f.attachment}" for f in point_outs(triage) if f.attachment in unreadable]
    return out


def duplicates(triage) -> list[str]:
    """Points made more than once: in the missing and suspicious lists, or as repeated checklist lines."""
    keys = Counter(_SAME_POINT.get((f.code, f.attachment), (f.code, f.attachment)) for f in list(triage.missing) + list(triage.suspicious))
    lines = Counter(item for item in triage.checklist if item.startswith(("Point out:", "Not verified:")))
    return [str(key) for key, n in keys.items() if n > 1] + [line[:60] for line, n in lines.items() if n > 1]


def discrepancies_stated(triage, case: dict) -> tuple[int, int]:
    """(stated, expected): the case's seller/document disagreements that one finding states on both sides."""
    expected = case.get("expected_discrepancies") or []
    messages = [f.message for f in all_findings(triage)]
    stated = sum(1 for d in expected if any(_figure(d["seller_says"]) in m and _figure(d["document_shows"]) in m for m in messages))
    return stated, len(expected)


def _figure(text: str) -> str:
    """The figure of a discrepancy as a finding writes it: a date as YYYY-MM-DD, a count as its number."""
    from assistant.domain.appeals.evidence import find_dates

    dates = find_dates(text)
    if dates:
        return dates[0].value.isoformat()
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits or text


__all__ = ["all_findings", "contradictions", "discrepancies_stated", "duplicates", "point_outs"]
