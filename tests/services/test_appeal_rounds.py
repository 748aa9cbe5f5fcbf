"""A counter-notice triaged against the rounds recorded on its complaint: a later round says which it is and what the
seller relied on before; the same text again, recorded with files, names them instead of saying none reached us."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals import AppealAttachment
from assistant.domain.appeals.recording import RecordedRound, references
from assistant.services.appeals import ComplaintForTriage, SellerSubmission, triage
from tests.sample_complaints import sample_complaint

FIRST = "We are licensed under licence AB-LIC-2023-04, valid until 2027-06-30. Please restore the listing."
SECOND = "Our licence is now AB-LIC-2026-11, valid until 2028-03-31. Please restore the listing."


def _target(rounds):
    return ComplaintForTriage(sample_complaint([3]), filed_on=date(2026, 10, 1), rounds=rounds)


def test_document_references_are_read_as_written():
    assert references("invoice FT-2026/118 and licence KO-LIC-2024-88, dated 2026-06-02, model NK40") == ["FT-2026/118", "KO-LIC-2024-88"]


def test_a_later_round_names_the_earlier_one_and_the_reference_it_dropped():
    result = triage(_target([RecordedRound(1, date(2026, 10, 8), FIRST)]), SellerSubmission(text=SECOND),
                    received_on=date(2026, 11, 2), today=date(2026, 11, 3))
    point = next(f for f in result.to_check if f.code == "earlier_round")
    assert result.round == 2 and "round 1 (received 2026-10-08)" in point.message
    assert "AB-LIC-2023-04" in point.message and "AB-LIC-2026-11" in point.message
    assert "Round 1 argued (our reading): Licensed by the owner" in point.message


def test_a_first_round_names_no_earlier_one():
    result = triage(_target([RecordedRound(1, date(2026, 10, 8), FIRST)]), SellerSubmission(text=FIRST), today=date(2026, 11, 3))
    assert result.round == 1 and not any(f.code == "earlier_round" for f in result.to_check)


def test_the_same_text_recorded_with_a_file_names_the_file_and_drafts_nothing_until_it_is_added():
    target = _target([RecordedRound(1, date(2026, 10, 8), FIRST, ("licence-AB.pdf",))])
    result = triage(target, SellerSubmission(text=FIRST), today=date(2026, 11, 3))
    point = next(f for f in result.to_check if f.code == "recorded_file_not_given")
    assert "licence-AB.pdf" in point.message and result.response_draft is None
    assert not any(f.code in ("named_not_received", "no_document") for g in result.grounds for f in g.findings)
    # The file given now is read as usual.
    given = triage(target, SellerSubmission(text=FIRST, attachments=[AppealAttachment(name="licence-AB.pdf", text="LICENCE AB-LIC-2023-04")]),
                   today=date(2026, 11, 3))
    assert not any(f.code == "recorded_file_not_given" for f in given.to_check) and given.response_draft
