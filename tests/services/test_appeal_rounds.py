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


def test_a_later_round_says_which_grounds_are_new_and_which_words_repeat_the_round_before():
    second = ("We are licensed under licence AB-LIC-2023-04, valid until 2027-06-30. Besides, our product is a different "
              "design from yours, with a round housing. Please restore the listing.")
    result = triage(_target([RecordedRound(1, date(2026, 10, 8), FIRST)]), SellerSubmission(text=second),
                    received_on=date(2026, 11, 2), today=date(2026, 11, 3))
    point = next(f for f in result.to_check if f.code == "earlier_round")
    assert "This round raises what round 1 did not: A different product." in point.message
    assert "repeats: 'We are licensed under licence AB-LIC-2023-04, valid until 2027-06-30.'" in point.message
    assert "'Please restore the listing.'" not in point.message  # a courtesy too short to say anything of the case


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


# --- A later round relying on a file sent with an earlier one -----------------------------------------------------

BOUGHT = "We bought 300 pairs of ACME shoes from ACME GmbH on 2026-09-14, see the attached invoice INV-7781. Please restore the listing."
AGAIN = "As already sent with our first reply, the invoice proves the purchase. Please restore the listing now."
INVOICE = AppealAttachment(
    name="invoice-7781.pdf",
    text="INVOICE INV-7781\nACME GmbH, Berlin\nBuyer: Shoe Corner Ltd\nDate: 2026-09-14\nACME running shoes - 30 pairs\nSigned and sealed by both parties",
)


def _findings(result):
    return [f for g in result.grounds for f in g.findings]


def test_a_later_round_answers_from_the_file_recorded_with_the_first(store):
    from assistant.services.appeals import record_counter_notice, recording_args, target_from_record
    from assistant.services.complaints import ComplaintService

    complaints = ComplaintService(store)
    record = complaints.create_draft(sample_complaint(), idempotency_key="r", actor="ann")
    complaints.transition(record.id, "filed", actor="ann")
    target = target_from_record(complaints.show(record.id))
    first = triage(target, SellerSubmission(text=BOUGHT, attachments=[INVOICE]), received_on=date(2026, 10, 8), today=date(2026, 10, 9))
    record_counter_notice(complaints, recording_args(record.id, BOUGHT, date(2026, 10, 8), [INVOICE.name]), actor="ann", triaged=first)

    second = triage(target_from_record(complaints.show(record.id)), SellerSubmission(text=AGAIN),
                    received_on=date(2026, 10, 20), today=date(2026, 10, 21))
    said = [f.message for f in _findings(second)]
    assert not any(f.code == "no_document" for f in _findings(second))
    assert any("the invoice recorded with round 1 (invoice-7781.pdf)" in m for m in said)
    assert any("'30 pairs'" in m and "round 1" in m for m in said)  # the quantity found on it then, as written
    assert "attached no invoice" not in (second.response_draft or "")
    assert "invoice-7781.pdf" in second.response_draft


def test_a_file_kept_by_name_alone_is_named_and_not_verified():
    target = _target([RecordedRound(1, date(2026, 10, 8), BOUGHT, ("invoice-7781.pdf",))])
    result = triage(target, SellerSubmission(text=AGAIN), received_on=date(2026, 10, 20), today=date(2026, 10, 21))
    point = next(f for f in _findings(result) if f.code == "earlier_document_not_read")
    assert "invoice-7781.pdf (recorded with round 1, received 2026-10-08)" in point.message and "not verified" in point.message
    assert "[To confirm after reading the file the seller sent earlier (invoice-7781.pdf)" in result.response_draft
    assert result.grounds[0].status.value == "unverified"


def test_a_document_said_to_be_sent_before_that_no_round_holds_is_asked_of_ipp():
    result = triage(_target([]), SellerSubmission(text=AGAIN), received_on=date(2026, 10, 20), today=date(2026, 10, 21))
    point = next(f for f in _findings(result) if f.code == "earlier_document_not_recorded")
    assert "none is recorded with this complaint" in point.message and "check IPP's copy" in point.message


def test_a_later_round_that_names_no_document_sent_before_still_has_none():
    target = _target([RecordedRound(1, date(2026, 10, 8), "Please restore the listing, the shoes are genuine.")])
    result = triage(target, SellerSubmission(text="We bought the shoes legally and keep the invoice. Restore the listing."),
                    received_on=date(2026, 10, 20), today=date(2026, 10, 21))
    assert any(f.code == "no_document" for f in _findings(result))


def test_a_conversation_keeps_what_its_triage_read_for_the_text_it_records(store):
    """The chat and Slack record through the tool, after the triage: the files as read go with the same text only."""
    from assistant.services.appeals import documents_to_keep, kept_for

    first = triage(_target([]), SellerSubmission(text=BOUGHT, attachments=[INVOICE]), received_on=date(2026, 10, 8), today=date(2026, 10, 9))
    kept = documents_to_keep(first)
    assert len(kept["key"]) == 64 and kept["documents"][0]["name"] == "invoice-7781.pdf" and kept["documents"][0]["read"]
    assert kept_for(kept, BOUGHT + "\n") == {"documents": kept["documents"]}  # the same text, pasted again
    assert kept_for(kept, AGAIN) is None  # another text: nothing of this triage is kept with it
