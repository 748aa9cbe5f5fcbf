"""One table of words for coded values (assistant/labels.py): complete, plain, and used the same way everywhere."""

from __future__ import annotations

import pytest

from assistant.domain.lifecycle import Status
from assistant.domain.models import ComplaintReason, Site
from assistant.labels import LABELS, coded_values, label


@pytest.mark.parametrize("kind", list(LABELS), ids=lambda kind: kind.__name__)
def test_every_value_of_every_enum_has_plain_words(kind):
    table = LABELS[kind]
    assert set(table) == set(kind), f"{kind.__name__}: no label for {set(kind) - set(table)}"
    for member, words in table.items():
        assert words.strip() and "_" not in words, (member, words)
        assert label(member) == words and label(member.value, kind) == words


def test_values_that_read_as_codes_are_the_ones_checked_in_messages():
    assert {"counterfeit_features", "respond_with_counter_evidence", "counter_notice_received", "rights_holder"} <= coded_values()
    assert all("_" in value for value in coded_values())


def test_label_of_strings_none_and_unknown_values():
    assert label("counterfeit_features", ComplaintReason) == "counterfeit (compared with the genuine product)"
    assert label("aliexpress", Site) == "AliExpress"
    assert label(Status.AWAITING_OUR_RESPONSE) == "awaiting our response"
    assert label(None) == "" and label("") == ""
    assert label("something_new") == "something new"
    assert label(True) == "yes" and label(False) == "no"
