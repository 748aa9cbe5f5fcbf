"""The right's details and the complainant's contact, read from the person's words and kept as given: the Nice classes
(numbers, in the order typed, in the languages the chat reads), the day the right was registered (never its expiry), the
mark written before its office, and the contact person with their email."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.agent.draft import ComplaintDraft
from assistant.agent.guided.drafting import _correction
from assistant.agent.guided.reading import read_facts
from assistant.domain.models import ComplaintReason


def _facts(said: str) -> dict:
    return {p.field: p.value for p in read_facts(said)}


@pytest.mark.parametrize("said", [
    "HALDEN, EU trademark no. 018334455, classes 8 and 21, registered on 2 May 2019",
    "EUTM HALDEN no. 018334455, class 8 & 21, approved in IPP",
    "Trademark HALDEN, registration number 018334455, Nice classes 8, 21.",
    "Marke HALDEN, Nr. 018334455, Klassen 8 und 21",
    "商标 HALDEN，注册号 018334455，第8类和第21类",
    "marca HALDEN, no. 018334455, clases 8 y 21",
    "Our trademark covers classes 8 and 21 but not class 11.",
])
def test_the_classes_are_kept_as_numbers_as_typed(said):
    assert _facts(said)["classes"] == [8, 21]


@pytest.mark.parametrize("said", [
    "I think it might be classes 8 and 21, not sure",  # hedged: no fact
    "It is not registered in class 11.",
    "HALDEN, EU trademark no. 018334455, registered on 2 May 2019",  # no class said, and no day read as one
    "class 99",  # no Nice class
])
def test_no_class_is_taken_from_a_hedge_a_negation_or_a_number_that_is_none(said):
    assert "classes" not in _facts(said)


def test_the_registration_day_is_never_the_expiry():
    facts = _facts("HALDEN, EU trademark no. 018334455, classes 8 and 21, registered on 2 May 2019, valid until 2 May 2029")
    assert (facts["registration_date"], facts["expiry_date"]) == (date(2019, 5, 2), date(2029, 5, 2))
    assert _facts("registered in classes 8 and 21, valid until 2 May 2029").get("registration_date") is None
    assert _facts("Marke NORRVIK, eingetragen am 2021-03-14, gültig bis 2031-03-14")["registration_date"] == date(2021, 3, 14)


@pytest.mark.parametrize("said, mark", [
    ("HALDEN, EU trademark no. 018334455", "HALDEN"),
    ("LUMIERA - French trademark no. 4567890", "LUMIERA"),
    ("Marke BERGMANN, EU trademark no. 018111222", "BERGMANN"),
])
def test_a_mark_written_before_its_office_is_the_mark(said, mark):
    assert _facts(said)["right_name"] == mark


def test_an_office_or_a_company_written_first_is_no_mark():
    assert "right_name" not in _facts("EUIPO, registration no. 018334455")
    assert "right_name" not in _facts("Halden Kitchenware Oy, EU trademark no. 018334455")


@pytest.mark.parametrize("said, name, email", [
    ("Our contact person is Maria Virtanen (maria.virtanen@halden.fi).", "Maria Virtanen", "maria.virtanen@halden.fi"),
    ("contact: Jonas Berg, jonas.berg@kolmio.se", "Jonas Berg", "jonas.berg@kolmio.se"),
    ("Ansprechpartnerin: Anna Keller, anna.keller@bergmann-kuechen.de", "Anna Keller", "anna.keller@bergmann-kuechen.de"),
])
def test_the_contact_is_kept_as_given(said, name, email):
    facts = _facts(said)
    assert (facts["contact_name"], facts["contact_email"]) == (name, email)


@pytest.mark.parametrize("said", ["we contacted the seller twice", "please contact us if anything is missing"])
def test_contacting_someone_names_no_contact(said):
    assert "contact_name" not in _facts(said)


def test_a_correction_names_the_classes_or_the_contact():
    draft = ComplaintDraft(reason=ComplaintReason.COUNTERFEIT_FEATURES, classes=[8, 20])
    field, value = _correction("sorry, the classes are 8 and 21", draft, "links")
    assert (field.key, value) == ("classes", "8 and 21")
    field, value = _correction("the contact person is Maria Virtanen", ComplaintDraft(contact_name="Maria Virtala"), "links")
    assert (field.key, value) == ("contact_name", "Maria Virtanen")
