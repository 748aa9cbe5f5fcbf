"""A right's dates take the role their own words name; a correction naming a field changes that field."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.agent.draft import ComplaintDraft
from assistant.agent.guided.drafting import _correction
from assistant.agent.guided.reading import read_facts
from assistant.domain.models import ComplaintReason


@pytest.mark.parametrize("said, expiry", [
    ("Our EU trademark NORRVIK, registration number 018456321, class 18, registered 14 March 2021, valid until 14 March 2031.", date(2031, 3, 14)),
    ("Trademark NORRVIK, EU registration 018456321, registered on 14 March 2021 and valid until 14 March 2031.", date(2031, 3, 14)),
    ("Trademark LUMIKKO, number 018012345, granted on 2019-05-02, it expires 2029-05-02.", date(2029, 5, 2)),
    ("Trademark BRAVIKA, number UK00003777123, renewal due 5 May 2032 (registered 5 May 2022)", date(2032, 5, 5)),
    ("Marke NORRVIK, Nummer 018456321, eingetragen am 2021-03-14, gültig bis 2031-03-14", date(2031, 3, 14)),
    ("Marca NORRVIK, número 018456321, registrada el 2021-03-14, válida hasta 2031-03-14", date(2031, 3, 14)),
    ("It expired on 2025-10-15 and we did not renew it", date(2025, 10, 15)),
])
def test_the_expiry_is_the_day_its_own_words_name(said, expiry):
    assert {p.field: p.value for p in read_facts(said)}["expiry_date"] == expiry


@pytest.mark.parametrize("said", ["Trademark NORRVIK, registration number 018456321, registered 14 March 2021.",
                                  "filed on 2020-01-02 and granted on 2021-03-14"])
def test_a_registration_filing_or_grant_day_is_never_the_expiry(said):
    assert "expiry_date" not in {p.field for p in read_facts(said)}


def _draft() -> ComplaintDraft:
    return ComplaintDraft(reason=ComplaintReason.COUNTERFEIT_FEATURES, registration_number="018456321",
                          statement_facts={"counterfeit_features": "The fakes look cheap"})


@pytest.mark.parametrize("said, value", [
    ("Sorry, correction: the registration number is 018456312, not 018456321.", "018456312"),
    ("Sorry, correction: the registration number is 018456312.", "018456312"),
    ("Oops, I meant registration number 018456312, not 018456321.", "018456312"),
    ("018456312, not 018456321", "018456312"),
])
def test_a_correction_naming_a_field_changes_that_field_as_typed(said, value):
    field, typed = _correction(said, _draft(), "right_approved")
    assert (field.key, typed.rstrip(".")) == ("registration_number", value)  # the number's own check drops a closing stop


def test_the_complaint_text_is_set_whole_by_its_own_words():
    text = "The listing sells counterfeit NORRVIK backpacks. The stitching is crooked, not straight - ours is 420D."
    field, typed = _correction(f"the complaint text is: {text}", _draft(), "right_approved")
    assert (field.key, typed) == ("statement_facts", text)
