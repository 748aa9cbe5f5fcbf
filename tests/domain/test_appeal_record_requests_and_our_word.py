"""The person's own lines after a triage: a request to record the counter-notice (alone, or beside another request), and
what they say of a document the seller names (our statement, said as ours in the draft reply)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.domain.appeals.our_word import our_statements
from assistant.domain.appeals.person_lines import asks_to_record, record_request


@pytest.mark.parametrize(("text", "rest"), [
    ("record it", ""),
    ("Record it.", ""),
    ("please record this counter-notice on complaint HALD-2026-041", ""),
    ("save it on the complaint please", ""),
    ("can you log this counter notice on the case?", ""),
    ("regístralo, por favor", ""),
    ("记录下来", ""),
    ("请把它记录到投诉里", ""),
    ("bitte trag es ein", ""),
    ("tolong rekodkan", ""),
    ("ok, record it", ""),
    ("what is our deadline? and please record it on the complaint", "what is our deadline?"),
    ("record it and show me the draft reply", "show me the draft reply"),
])
def test_a_request_to_record_is_read_with_what_else_the_message_asks(text, rest):
    assert record_request(text) == (True, rest)
    assert asks_to_record(text) is (rest == "")


@pytest.mark.parametrize("text", [
    "don't record it",
    "we keep records of all sales",
    "record the outcome once the response is sent",
    "Please keep it",
    "the seller says we should save money",
])
def test_what_is_no_request_to_record_is_never_read_as_one(text):
    assert record_request(text)[0] is False


@pytest.mark.parametrize(("words", "said"), [
    ("complaint HALD-2026-041, received yesterday. We never sent them any authorisation. Their text:", ["We never sent them any authorisation"]),
    ("please triage this for complaint 4, received yesterday - the letter they mention never reached us:", ["the letter they mention never reached us"]),
    ("seller answered complaint 4 yesterday. we have no record of that contract.", ["we have no record of that contract"]),
    ("queja 4, la recibimos ayer. Nunca les enviamos ninguna autorización. El texto del vendedor:", ["Nunca les enviamos ninguna autorización"]),
    ("投诉 4，昨天收到。我们从来没有给过他们任何授权书。卖家原文：", ["我们从来没有给过他们任何授权书"]),
    ("Einen solchen Vertrag haben wir nie unterschrieben.", ["Einen solchen Vertrag haben wir nie unterschrieben"]),
])
def test_what_the_person_says_of_a_document_is_our_statement_in_their_words(words, said):
    assert our_statements(words) == said


@pytest.mark.parametrize("words", [
    "please triage this counter-notice for complaint 4, received yesterday:",
    "what is our deadline?",
    "can you check whether they never sent the invoice?",
    "the seller attached an invoice dated 3 March",
])
def test_a_request_a_question_or_a_plain_fact_is_no_statement(words):
    assert our_statements(words) == []


def test_the_draft_reply_says_our_statement_as_ours_and_asks_the_seller_to_produce_the_document():
    from assistant.services.appeals import ComplaintForTriage, SellerSubmission, triage
    from tests.sample_complaints import sample_complaint

    text = ("Dear team, our shop sells these goods under the distribution contract we signed with the brand owner in 2025 "
            "(contract attached). Please restore our listing. Kedai Alam")
    target = ComplaintForTriage(sample_complaint([5005031], site="lazada"), filed_on=date.today() - timedelta(days=10))
    plain = triage(target, SellerSubmission(text=text), received_on=date.today())
    ours = triage(target, SellerSubmission(text=text), received_on=date.today(), our_statements=["we have no record of that contract"])
    name = target.complaint.complainant.name
    assert f"{name} states: \u201cwe have no record of that contract\u201d" in ours.response_draft
    assert "We ask the seller to produce the document it names as attached (\u201ccontract\u201d)" in ours.response_draft
    assert "states:" not in plain.response_draft and "produce" not in plain.response_draft
    assert ours.recommendation == plain.recommendation  # our word is said to the platform; it changes no reading of the seller's
