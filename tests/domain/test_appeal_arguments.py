"""Several legal arguments in one counter-notice: each a row of its own, with its own points, status and sentences, and
answered under its own heading in the draft reply."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.response import draft_response
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.appeals.view import triage_view_model
from assistant.domain.models import Complaint


def _patent(kind: str = "utility_model") -> Complaint:
    return Complaint.model_validate({
        "id": "C-A-1", "site": "alibaba",
        "complainant": {"name": "Tanager Tools Ltd", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "patent", "patent_kind": kind, "name": "Folding saw", "registration_number": "ZL202120111222.3",
                     "owner": "Tanager Tools Ltd", "places_of_registration": ["Mainland China"], "approval_status": "approved",
                     "filing_date": "2021-04-01"},
        "reason": "patent_infringement", "listings": [{"url": "https://www.alibaba.com/product-detail/Saw_1600000000001.html"}],
        "statement": "The saw has every feature of claim 1.",
    })


TEXT = ("1. Our saw has no locking pin, so it falls outside claim 1 of the patent.\n"
        "2. We sold this saw at trade fairs since 2019, before the patent was filed.\n"
        "3. We have filed an invalidation request with CNIPA, case number 7W112233, which is pending.\n")


def _other(triage):
    return next(g for g in triage.grounds if g.ground is AppealGround.OTHER)


def test_each_legal_argument_is_its_own_row_with_its_own_words():
    triage = triage_appeal(_patent(), TEXT, [], today=date(2026, 11, 10))
    arguments = {a.kind: a for a in _other(triage).arguments}
    assert set(arguments) == {"prior_art", "invalidation", "non_infringement"}
    assert any("since 2019" in w for w in arguments["prior_art"].words)
    assert all("since 2019" not in w for w in arguments["invalidation"].words)
    assert "7W112233" in arguments["invalidation"].label
    assert {f.code for f in arguments["invalidation"].findings} >= {"invalidation_claim", "no_office_notice"}
    rows = triage_view_model(triage).grounds
    assert [r.argument for r in rows] == ["prior_art", "invalidation", "non_infringement"]
    assert "until the office decides" in rows[1].status


def test_a_catalogue_published_after_our_filing_date_settles_the_prior_art_row_only():
    catalogue = AppealAttachment(name="catalogue.txt", text="Catalogue\nPublication date: 2022-06-01\nFolding saw FS-2\n", read_with="text")
    triage = triage_appeal(_patent(), TEXT, [catalogue], today=date(2026, 11, 10))
    statuses = {a.kind: a.status.value for a in _other(triage).arguments}
    assert statuses == {"prior_art": "falls_short", "invalidation": "needs_legal_review", "non_infringement": "needs_legal_review"}
    assert triage.recommendation.value == "escalate_to_legal"  # the others are still legal's


def test_the_draft_answers_each_argument_under_its_own_heading_once():
    complaint = _patent()
    triage = triage_appeal(complaint, TEXT, [], today=date(2026, 11, 10))
    text = draft_response(triage, complaint).text
    headings = [line for line in text.splitlines() if line.endswith(":") and not line.startswith("Re:")]
    assert [h.split(" ")[0] for h in headings] == ["Prior", "Invalidity", "Non-infringement"]
    assert "Legal arguments (" not in text


def test_one_legal_argument_of_no_named_kind_keeps_one_row():
    triage = triage_appeal(_patent(), "We registered this design long before your company existed.", [], today=date(2026, 11, 10))
    rows = triage_view_model(triage).grounds
    assert len(rows) == 1 and rows[0].argument == "legal"


def _trademark() -> Complaint:
    return Complaint.model_validate({
        "id": "C-A-2", "site": "miravia",
        "complainant": {"name": "Ortega Cuchillería S.A.", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "trademark", "name": "ORTEGA", "registration_number": "M3987654", "owner": "Ortega Cuchillería S.A.",
                     "places_of_registration": ["Spain"], "approval_status": "approved"},
        "reason": "trademark_misuse", "listings": [{"url": "https://www.miravia.es/p/i771122377.html"}],
        "statement": "The listing uses our ORTEGA mark in its title.",
    })


def test_the_owners_non_use_of_its_mark_is_a_row_of_its_own_beside_exhaustion():
    text = ("Los cuchillos fueron comprados legalmente y revendidos, así que el derecho del titular se agotó.\n"
            "Además, la marca ORTEGA no se ha usado en España en los últimos cinco años.")
    triage = triage_appeal(_trademark(), text, [], today=date(2026, 11, 28))
    arguments = {a.kind: a for a in _other(triage).arguments}
    assert set(arguments) == {"exhaustion", "non_use"}
    assert arguments["non_use"].label.startswith("Non-use") and any("no se ha usado" in w for w in arguments["non_use"].words)
    assert "Non-use (" in draft_response(triage, _trademark()).text
