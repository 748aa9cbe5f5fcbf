"""What the triage and recording tell support in words: a due date today or tomorrow said so, no deadline promised where
the platform publishes no window, a seller giving up our photos said as that, and a checklist step pointing to the
section where its point is printed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from assistant.domain.appeals.checks import Basis, Finding, GroundAssessment, GroundStatus, Severity
from assistant.domain.appeals.given_up import given_up
from assistant.domain.appeals.recording import not_contested_message
from assistant.domain.appeals.triage import AppealAttachment, AppealGround, Recommendation, build_checklist, section_of, triage_appeal
from assistant.domain.deadlines import answer_due_words
from assistant.domain.models import Complaint, ComplaintReason, Site
from assistant.services.appeals import describe_recording

DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "appeals.jsonl"
CASES = {c["id"]: c for c in (json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip())}


def _taobao(today: date):
    case = CASES["zh-invoice-valid"]
    return triage_appeal(Complaint.model_validate(case["complaint"]), case["counter_notice"],
                         [AppealAttachment.model_validate(a) for a in case["attachments"]],
                         received_on=date(2025, 3, 3), filed_on=date(2025, 2, 20), today=today)


def test_a_due_date_today_or_tomorrow_is_said_so_beside_the_date():
    due = _taobao(date(2025, 3, 3)).response_deadline.due_date
    today = _taobao(due)
    assert today.deadline_line.startswith(f"Answer by {due.isoformat()} (today)")
    tomorrow = _taobao(date.fromordinal(due.toordinal() - 1))
    assert tomorrow.deadline_line.startswith(f"Answer by {due.isoformat()} (tomorrow)")
    earlier = _taobao(date.fromordinal(due.toordinal() - 2))
    assert "(today)" not in earlier.deadline_line and "(tomorrow)" not in earlier.deadline_line


def test_without_a_published_window_the_line_says_what_is_known_and_what_to_do():
    case = CASES["h13m-01-en-lookalike-company-scanned-invoice"]
    triage = triage_appeal(Complaint.model_validate(case["complaint"]), case["counter_notice"], [],
                           received_on=date(2026, 11, 27), today=date(2026, 12, 2))
    line = triage.deadline_line
    assert "No reply window is published for AliExpress" in line and "answer as soon as you can" in line
    assert "2026-11-27" in line and "the one IPP shows" in line
    assert "assumes no window" not in line and "this product" not in line


def test_recording_promises_a_deadline_only_where_the_window_is_published():
    args = {"complaint_id": "C-3", "received_on": "2026-12-01"}
    unpublished = describe_recording(args, site=Site.ALIEXPRESS)
    assert "deadline is set from that day" not in unpublished and "the date IPP shows" in unpublished
    assert "deadline is set from that day" in describe_recording(args, site=Site.TAOBAO)
    assert "not published" not in answer_due_words(None) and "IPP" in answer_due_words(None)
    assert answer_due_words(date(2026, 12, 4)) == "2026-12-04"


def test_a_seller_giving_up_our_photos_is_never_said_to_take_goods_down():
    photos = given_up(ComplaintReason.IMAGE_THEFT)
    assert "photos" in photos.did and "goods" not in photos.did + photos.gone(1) + photos.gone(2)
    assert "goods" in given_up(ComplaintReason.COUNTERFEIT_FEATURES).did and "goods" in given_up(None).did
    message = not_contested_message(4, ComplaintReason.IMAGE_THEFT)
    assert "photos" in message and "goods" not in message


def _ground(*findings: Finding) -> GroundAssessment:
    return GroundAssessment(ground=AppealGround.PURCHASE_INVOICE, status=GroundStatus.FALLS_SHORT, findings=list(findings), attachments=[1])


def test_a_checklist_step_points_to_the_section_its_point_is_printed_under():
    case = CASES["h13m-03-en-distributor-invoice-agrees-signed-by-issuer"]
    complaint = Complaint.model_validate(case["complaint"])
    suspicious = Finding(code="buyer_not_seller", severity=Severity.SUSPICIOUS, ground=AppealGround.PURCHASE_INVOICE, attachment=1,
                         message="Attachment #1 is made out to another company.")
    assert section_of(suspicious) == "Suspicious"
    unread = suspicious.model_copy(update={"severity": Severity.MISSING, "basis": Basis.NOT_VERIFIED})
    assert section_of(unread) == "Not verified"
    for finding, section in ((suspicious, "Suspicious"), (unread, "Not verified")):
        steps = build_checklist(Recommendation.RESPOND_WITH_COUNTER_EVIDENCE, [_ground(finding)], [], complaint, None)
        step = next(s for s in steps if s.startswith("Ask the seller how its store is linked"))
        assert step.endswith(f"(under {section}).")

