"""A complaint starts when the person wants one filed or drafted; a question about what a complaint needs, whether it
can be filed or how it is done is answered (assistant/domain/complaint_start.py: the chat and `ask` read it alike)."""

from __future__ import annotations

import pytest

from assistant.domain.complaint_start import starts_complaint


@pytest.mark.parametrize(
    "text",
    [
        "I want to report fakes of our brand on AliExpress",
        "We need to take down fake loafers on Taobao",
        "Tmall shop selling copies of our winter boots, I'd like to file a complaint",
        "Fake speakers on Lazada, can you help me report them?",
        "could you please file a takedown for these listings",
        "please draft a complaint about the counterfeit pans on Lazada",
        "Let's report the seller on 1688.",
    ],
)
def test_a_wish_or_a_request_to_file_starts_a_complaint(text):
    assert starts_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "What do we need to report fakes on 1688?",
        "What do I need to file a complaint about stolen photos on Lazada?",
        "our mark is only registered in the EU, can we file on Tmall?",
        "How do I report a counterfeit listing on AliExpress?",
        "Do we need to report each listing separately?",
        "We want to report fake handbags on Tmall. Which documents do we need?",
        "Can you help me answer the seller's counter-notice?",
        "How long does the review take?",
    ],
)
def test_a_question_about_a_complaint_does_not_start_one(text):
    assert not starts_complaint(text)


def test_a_question_in_a_later_clause_is_a_question_without_its_mark():
    from assistant.domain.complaint_start import starts_complaint

    assert not starts_complaint("we don't have any copyright certificate for our photos, what do we need to file against a seller")
    assert starts_complaint("we need to file against a seller copying our photos")
