"""Complaints for the validation and export tests: one valid base, changed one field at a time."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from assistant.domain.models import Complaint

TODAY = date(2026, 6, 1)

ITEM_1 = "https://www.aliexpress.com/item/1005001234567890.html"
ITEM_2 = "https://www.aliexpress.com/item/1005009876543210.html"


def base() -> dict[str, Any]:
    """A counterfeit-features complaint by a company about its own China and EU trademark, ready to file on AliExpress."""
    return {
        "id": "C-1",
        "site": "aliexpress",
        "complainant": {"name": "Acme Sportswear GmbH", "holder_type": "company", "country": "DE", "role": "rights_holder"},
        "ip_right": {
            "ip_type": "trademark",
            "name": "ACME RUNNER",
            "registration_number": "30123456",
            "places_of_registration": ["EU", "Mainland China"],
            "classes": [25],
            "expiry_date": "2031-03-01",
            "owner": "Acme Sportswear GmbH",
            "approval_status": "approved",
        },
        "reason": "counterfeit_features",
        "listings": [{"url": ITEM_1}, {"url": ITEM_2}],
        "evidence": [{"kind": "comparison_document", "file": "comparison.pdf", "language": "en"}],
        "statement": "The listed shoes copy the ACME RUNNER mark; the sole pattern, the logo stitching and the tongue label differ from the genuine model.",
    }


def agent_test_buy() -> dict[str, Any]:
    """A test-buy complaint filed by an agent for an individual rights holder, ready to file."""
    data = base()
    data["complainant"] = {"name": "Brandguard Agency Ltd", "holder_type": "company", "country": "GB", "role": "agent", "email": "ip@brandguard.example"}
    data["rights_holder"] = {"name": "Jane Maker", "holder_type": "individual", "country": "FR"}
    data["ip_right"]["owner"] = "Jane Maker"
    data["reason"] = "test_buy"
    data["listings"] = [{"url": ITEM_1}]
    data["evidence"] = [
        {"kind": "power_of_attorney", "covers_ip_enforcement": True, "sealed_or_signed": True, "signatory_job_title": "Owner"},
        {"kind": "test_buy_order_number", "reference": "8170012345678"},
        {"kind": "test_buy_report", "sealed_or_signed": True, "file": "report.pdf"},
    ]
    return data


def unregistered_copyright() -> dict[str, Any]:
    """An image-theft complaint on an unregistered copyright, ready to file."""
    data = base()
    data["ip_right"] = {"ip_type": "copyright", "name": "Studio photo series 'Blue Hour'", "registered": False, "approval_status": "approved", "owner": "Acme Sportswear GmbH"}
    data["reason"] = "image_theft"
    data["evidence"] = [{"kind": "original_image_files", "file": "IMG_0042.CR2"}]
    return data


def changed(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `data` with the value at a dotted path ('ip_right.expiry_date', 'evidence.1.reference') replaced."""
    data = copy.deepcopy(data)
    *parents, last = [int(key) if key.isdigit() else key for key in path.split(".")]
    target = data
    for key in parents:
        target = target[key]
    target[last] = value
    return data


def complaint(data: dict[str, Any] | None = None) -> Complaint:
    return Complaint.model_validate(base() if data is None else data)
