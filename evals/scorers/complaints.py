"""Conversation scores: the complaint a dialogue ended with, against the one its script expects."""

from __future__ import annotations

from typing import Any


def complaint_fields(complaint: dict[str, Any]) -> dict[str, Any]:
    """The fields a scripted dialogue checks, read from an exported complaint.json."""
    holder = complaint.get("rights_holder") or {}
    right = complaint.get("ip_right") or {}
    return {
        "site": complaint.get("site"),
        "reason": complaint.get("reason"),
        "role": (complaint.get("complainant") or {}).get("role"),
        "complainant": (complaint.get("complainant") or {}).get("name"),
        "complainant_type": (complaint.get("complainant") or {}).get("holder_type"),
        "contact": (complaint.get("complainant") or {}).get("contact_name"),
        "contact_email": (complaint.get("complainant") or {}).get("email"),
        "rights_holder": holder.get("name"),
        "right_name": right.get("name"),
        "registration_number": right.get("registration_number"),
        "places_of_registration": right.get("places_of_registration") or [],
        "classes": right.get("classes") or [],
        "registration_date": right.get("registration_date"),
        "expiry_date": right.get("expiry_date"),
        "listings": [listing.get("normalized") or listing.get("url") for listing in complaint.get("listings") or []],
        "evidence": sorted({item.get("kind") for item in complaint.get("evidence") or []}),
    }


def complaint_mismatches(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """field -> (expected, got) for every expected field the complaint does not match.

    Evidence is matched as 'at least these kinds' (more documents never hurt); everything else exactly.
    """
    mismatches = {}
    for name, wanted in expected.items():
        have = got.get(name)
        if name == "evidence":
            if not set(wanted) <= set(have or []):
                mismatches[name] = (wanted, have)
        elif wanted != have:
            mismatches[name] = (wanted, have)
    return mismatches
