"""A complaint drafted in German, read by the same readers as English: the reason through the glossary the questions are
read with (assistant/retrieval/foreign_terms.py), by its words and by meaning; the mark, its number as typed, its days,
its class and its owner from the words German lawyers write."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.agent.guided import choices as c
from assistant.agent.guided.reading import read_facts
from assistant.domain.models import ComplaintReason, Role


def _facts(said: str) -> dict:
    return {p.field: p.value for p in read_facts(said)}


def _words(said: str, field: str) -> str:
    return next(p.words for p in read_facts(said) if p.field == field)


@pytest.mark.parametrize("said", [
    "Gefälschte KESTREL Kopfhörer auf AliExpress",
    "Auf AliExpress werden Fälschungen unserer KESTREL Kopfhörer verkauft",
    "Plagiate unserer Kopfhörer auf AliExpress",
    "nachgemachte KESTREL Kopfhörer",
    "Nachahmungen der KESTREL Kopfhörer bei AliExpress",
])
def test_german_counterfeit_words_propose_a_counterfeit(said):
    assert _facts(said)["reason"] == ComplaintReason.COUNTERFEIT_FEATURES
    assert _words(said, "reason") == said  # proposed with the words it came from


@pytest.mark.parametrize("said, reason", [
    ("Testkauf: die Ware war gefälscht", ComplaintReason.TEST_BUY),
    ("Raubkopien unserer Software auf AliExpress", ComplaintReason.PIRATED_COPY),
])
def test_other_german_reasons_are_read_by_the_same_reader(said, reason):
    assert _facts(said)["reason"] == reason


@pytest.mark.parametrize("said", [
    "Das sind keine Fälschungen, nur Zubehör",  # negated: no counterfeit
    "Marke KESTREL, Registernummer 302024123456",
    "Wir sind die Kestrel Audio GmbH",
])
def test_no_reason_from_a_negation_or_a_sentence_about_something_else(said):
    assert "reason" not in _facts(said)


@pytest.mark.parametrize("answer", ["Fälschungen", "gefälschte Ware", "Plagiate", "nachgemachte Kopfhörer", "Imitate unserer Kopfhörer"])
def test_the_reason_asked_is_picked_from_a_german_answer(answer):
    assert c.pick(c.REASON, answer).option.value == "counterfeit_features"


@pytest.mark.parametrize("answer", [
    "meine Katze schläft",
    "keine Fälschungen",  # negated in its own language
    "Kopien unserer Kopfhörer",  # a copy of what? ("Kopie der Urkunde" is a copy of the certificate): the list is shown
])
def test_a_german_answer_that_fits_no_reason_clearly_picks_none(answer):
    assert c.pick(c.REASON, answer).option is None


@pytest.mark.parametrize("said, number", [
    ("Marke KESTREL, Registernummer 302024123456", "302024123456"),
    ("eingetragene Marke KESTREL Nr. 302024123456", "302024123456"),
    ("Unionsmarke Nr. 018765432", "018765432"),
    ("Wortmarke KESTREL, Reg.-Nr. 30 2024 123 456.8", "30 2024 123 456.8"),
    ("Die Marke KESTREL ist beim DPMA unter der Nummer 302024123456 eingetragen", "302024123456"),
])
def test_a_german_registration_number_is_read_exactly_as_typed(said, number):
    facts = _facts(said)
    assert facts["registration_number"] == number
    assert number in _words(said, "registration_number")


@pytest.mark.parametrize("said", [
    "Marke KESTREL, Registernummer 302024123456",
    "eingetragene Marke KESTREL Nr. 302024123456",
    "Wortmarke KESTREL, Anmeldetag 12.03.2024",
])
def test_the_mark_is_read_from_german_words(said):
    assert _facts(said)["right_name"] == "KESTREL"


def test_a_company_register_number_is_not_the_marks():
    assert "registration_number" not in _facts("Handelsregisternummer HRB 245678, Amtsgericht München")


@pytest.mark.parametrize("said, expiry", [
    ("Schutzdauer bis 30.06.2034, Klasse 9", date(2034, 6, 30)),
    ("Marke KESTREL, eingetragen am 05.06.2024, gültig bis 30.06.2034", date(2034, 6, 30)),
    ("Anmeldetag 12.03.2024, Schutz bis 31.03.2034", date(2034, 3, 31)),
])
def test_the_expiry_is_the_day_german_words_give_that_role(said, expiry):
    assert _facts(said)["expiry_date"] == expiry


def test_the_application_day_is_neither_the_registration_day_nor_the_expiry():
    facts = _facts("Wortmarke KESTREL, Anmeldetag 12.03.2024, eingetragen am 05.06.2024, Schutzdauer bis 30.06.2034")
    assert "registration_number" not in facts  # a day written with dots is no number
    assert facts["registration_date"] == date(2024, 6, 5)
    assert facts["expiry_date"] == date(2034, 6, 30)
    assert "registration_date" not in _facts("Anmeldetag 12.03.2024")
    assert "expiry_date" not in _facts("Anmeldetag 12.03.2024")


@pytest.mark.parametrize("said", [
    "Rechtsinhaber ist die Kestrel Audio GmbH",
    "Inhaber: Kestrel Audio GmbH",
    "Markeninhaberin ist die Kestrel Audio GmbH",
])
def test_the_owner_is_read_from_german_words(said):
    facts = _facts(said)
    assert facts["owner_name"] == "Kestrel Audio GmbH"


@pytest.mark.parametrize("said", [
    "Wir vertreten die Kestrel Audio GmbH",
    "Wir sind die Kanzlei Berger Partner und vertreten die Kestrel Audio GmbH",
])
def test_a_german_agent_names_the_client(said):
    facts = _facts(said)
    assert facts["role"] == Role.AGENT
    assert facts["owner_name"] == "Kestrel Audio GmbH"


@pytest.mark.parametrize("said, reason", [
    ("réplicas de nuestros bolsos en Miravia", ComplaintReason.COUNTERFEIT_FEATURES),
    ("barang palsu di Lazada", ComplaintReason.COUNTERFEIT_FEATURES),
    ("淘宝上有假货", ComplaintReason.COUNTERFEIT_FEATURES),
    ("这不是假货", None),  # negated in Chinese
    ("the fakes are not ours", ComplaintReason.COUNTERFEIT_FEATURES),  # English is read as written, as before
])
def test_the_same_reader_serves_the_other_languages(said, reason):
    assert _facts(said).get("reason") == reason
