"""A case read as not registered is not answered with passages on the registered route, nor a case read with a
complaint reason with the evidence of another reason (case_passages.py)."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.domain.case_reading import read_case
from assistant.retrieval.case_passages import on_the_case


def _hit(section: str):
    return SimpleNamespace(chunk=SimpleNamespace(section=section))


HITS = [_hit("Evidence for each complaint reason > Image theft"), _hit("Submitting your IP rights to IPP > Registered copyright"),
        _hit("Evidence for each complaint reason > Registered works"), _hit("Submitting your IP rights to IPP > Unregistered copyright")]


def test_an_unregistered_right_reads_no_passage_on_the_registered_route():
    reading = read_case("someone uses our photos on AliExpress, we have no copyright registration. what do we need?")
    kept = [hit.chunk.section.split(" > ")[-1] for hit in on_the_case(HITS, reading)]
    assert kept == ["Image theft", "Unregistered copyright"]


def test_a_registered_or_unsaid_right_reads_every_passage():
    for text in ("our registered copyright was copied, what do we need?", "someone uses our photos, what do we need?"):
        assert on_the_case(HITS, read_case(text)) == HITS


def _evidence(section: str):
    return SimpleNamespace(chunk=SimpleNamespace(section=section, source="knowledge/evidence.md"))


def test_a_reason_read_is_not_answered_from_another_reasons_evidence():
    hits = [_evidence("Model or type does not exist"), _evidence("Pirated copies"), _evidence("Complaint reason codes")]
    reading = read_case('what evidence do i need if i pick "model does not exist" as the reason on aliexpress?')
    kept = [hit.chunk.section for hit in on_the_case(hits, reading, "model does not exist reason")]
    assert kept == ["Model or type does not exist", "Complaint reason codes"]
    # A question naming the other reason too (a comparison) reads its section.
    assert len(on_the_case(hits, reading, "model does not exist or pirated copies?")) == 3


def test_the_evidence_of_another_complaint_reason_than_the_one_read_is_not_read():
    hits = [_evidence("Counterfeit features"), _evidence("Model or type does not exist"), _evidence("Complaint reason codes"),
            _hit("Weak evidence for the complaint reason")]
    kept = [hit.chunk.section for hit in on_the_case(hits, read_case("what documents do we need to report fakes on Miravia?"))]
    assert kept == ["Counterfeit features", "Complaint reason codes", "Weak evidence for the complaint reason"]
    assert on_the_case(hits, read_case("what documents do we need for Miravia?")) == hits  # no reason read: every one


STAGING = SimpleNamespace(text='While you wait, you can already stage listings under "Pending Submissions", but IPP only processes a complaint once the right is approved.')
PENDING_RULE = SimpleNamespace(text="A third-party guide says pending or unregistered applications cannot be used.")


def test_a_pending_application_is_not_answered_with_ipps_staging_of_a_submitted_right():
    from assistant.retrieval.case_passages import sentences_on_the_case

    question = "Can I file a complaint based on a patent application that is still pending?"
    assert sentences_on_the_case([STAGING, PENDING_RULE], read_case(question), question) == [PENDING_RULE]
    # Asked about IPP's own review, or about a registered right, the staging answers.
    asked = "our application is pending, and our registered mark is pending verification on IPP: can we stage complaints?"
    assert sentences_on_the_case([STAGING], read_case(asked), asked) == [STAGING]
    on_ipp = "our trademark registration is still pending on IPP, can we prepare complaints already?"
    assert sentences_on_the_case([STAGING], read_case(on_ipp), on_ipp) == [STAGING]
    registered = "our trademark is registered, can we stage complaints while IPP reviews it?"
    assert sentences_on_the_case([STAGING], read_case(registered), registered) == [STAGING]


RIGHTS = [_hit("Submitting your IP rights to IPP > Trademark certificates"), _hit("Submitting your IP rights to IPP > Patent documents"),
          _hit("Submitting your IP rights to IPP > Registered copyright"), _hit("Submitting your IP rights to IPP > Steps to submit an IPR")]


def test_a_case_read_as_one_kind_of_right_is_not_answered_from_another_kinds_section():
    question = ("Which documents do we need to report fake HALDEN frying pans on AliExpress? We are the rights holder, "
                "Halden Kitchenware Oy, with an EU trademark.")
    kept = [hit.chunk.section.split(" > ")[-1] for hit in on_the_case(RIGHTS, read_case(question), question)]
    assert kept == ["Trademark certificates", "Steps to submit an IPR"]
    # Asked about too, the other kind's section is read ("... and do we need anything else for our design patent?").
    both = question + " And what about our patent?"
    assert len(on_the_case(RIGHTS, read_case(both), both)) == 3
    assert on_the_case(RIGHTS, read_case("what documents do we need for Miravia?")) == RIGHTS  # no kind read: every one
