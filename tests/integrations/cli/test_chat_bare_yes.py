"""A bare "yes" while the complaint waits on something a yes cannot give (the documents' file names, or a fact to
change) is answered in a few words saying what a yes can confirm: never the whole review panel again."""

from __future__ import annotations

import pytest

from tests.fakes.chat_driver import chat, open_complaints, replies


@pytest.fixture
def offline_index(corpus_index):
    from integrations.bootstrap import override

    with override(index=corpus_index):
        yield corpus_index

OPENING = [
    "I found fake ACME RUNNER shoes on AliExpress, help me report them",
    "We are the rights holder, Acme Sportswear GmbH.",
    "trademark ACME RUNNER, no. 018234567, approved",
    "https://www.aliexpress.com/item/1005001234567890.html",
    "The fakes have a printed logo and the soles are glued, not stitched",
]


def test_yes_to_which_documents_asks_for_the_file_names_without_the_review(offline_index):
    events = chat([*OPENING, "yes", "comparison document comparison.pdf", "yes"], "--yes")
    asked, after_yes, reviewed = replies(events)[-4], replies(events)[-3], replies(events)[-2]
    assert "Which of these do you have?" in asked["text"]
    assert not any(section["kind"] == "validation" for section in after_yes["sections"])
    assert "The complaint as it stands" not in after_yes["text"] and len(after_yes["text"]) < 400
    assert "file name" in after_yes["text"] and "Annotated comparison document" in after_yes["text"]
    # the dialogue carries on as before: the documents named, the review, one save
    assert "The complaint as it stands" in reviewed["text"]
    service = open_complaints()
    try:
        assert len(service.list()) == 1
    finally:
        service.store.close()


def test_yes_while_errors_about_the_persons_facts_stand_says_nothing_waits_for_a_yes(offline_index):
    lines = [OPENING[0], OPENING[1], "trademark ACME RUNNER, no. 018234567, not approved yet", *OPENING[3:],
             "comparison document comparison.pdf"]
    events = chat([*lines, "yes"])
    review, after_yes = replies(events)[-2], replies(events)[-1]
    assert "cannot be filed while these errors stand" in review["text"]
    assert not after_yes["sections"] and "The complaint as it stands" not in after_yes["text"]
    assert "Nothing is waiting for a yes" in after_yes["text"] and "1 error" in after_yes["text"]
    assert len(after_yes["text"]) < 500
