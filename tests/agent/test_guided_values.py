"""Values as people type them: names with their legal forms, registration numbers, dates; facts read from sentences."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.agent.guided.reading import read_facts
from assistant.agent.guided.values import date_value, name_in_sentence, name_value, registration_number_value
from assistant.domain.legal_forms import has_legal_form


@pytest.mark.parametrize(
    "typed",
    ["Acme Sportswear Co., Ltd.", "Keller IP Services GmbH & Co. KG", "Rossi Moda S.p.A.", "Atelier Lune SARL", "Hargreaves & Price LLP",
     "Koala Gear Pty Ltd", "Sakura Denki K.K.", "Artesanías Oaxaqueñas S.A. de C.V.", "Zielony Las sp. z o.o.", "杭州青禾文化创意有限公司",
     "O'Neill Tweed Ltd.", "Summit Trail Outfitters, Inc."],
)
def test_a_name_given_as_the_answer_is_kept_whole(typed):
    assert name_value(f'  "{typed}" ').value == typed
    assert name_in_sentence(f"{typed}, agent for Nordvik Outdoor AB") == typed


def test_a_name_ends_where_the_sentence_says_something_else():
    assert name_in_sentence("Acme Inc. here, we own the brand") == "Acme Inc."
    assert name_in_sentence("Koala Ridge Pty Ltd. They make boots") == "Koala Ridge Pty Ltd"
    assert name_in_sentence("Hoshino Seiki K.K. (Japan), the trademark owner") == "Hoshino Seiki K.K."
    assert name_in_sentence("trademark is registered in the UK") is None
    assert name_value("yes").value is None


@pytest.mark.parametrize("typed", ["M-2024-004411", "VA-2-345-678", "30 2019 012 345", "6,123,456", "ZL 2022 2 0123456.7", "TM 2019/04412", "1234/2025/QTG"])
def test_a_registration_number_keeps_every_character(typed):
    assert registration_number_value(typed).value == typed
    assert registration_number_value(f"the registration number is {typed}.").value == typed
    [number] = [p.value for p in read_facts(f"Trademark ACME, reg. no. {typed}, approved") if p.field == "registration_number"]
    assert number == typed


def test_dates_parse_and_relative_dates_are_refused():
    assert date_value("15 October 2026").value == date(2026, 10, 15)
    assert date_value("2026-10-15").value == date(2026, 10, 15)
    assert not date_value("next week").ok


def test_legal_forms_make_a_company_and_plain_names_do_not():
    assert has_legal_form("Nordvik Outdoor AB") and has_legal_form("Tan Ah Kow Sdn. Bhd.")
    assert not has_legal_form("Lin Mei") and not has_legal_form("Marta Nowak-Kowalska")


def facts(text: str) -> dict:
    return {p.field: p.value for p in read_facts(text)}


def test_negated_and_hedged_places_never_become_facts():
    assert facts("Only Norway and the EU. We have no Chinese registration.")["places_of_registration"] == ["EU", "Norway"]
    assert facts("It is registered in the EU only, not in China.")["places_of_registration"] == ["EU"]
    assert "places_of_registration" not in facts("We used to have a Chinese registration")
    assert "right_approved" not in facts("I think it's approved in IPP but I'm not sure")
    assert facts("The IPR is not yet submitted in IPP")["right_approved"] is False


def test_role_words_inside_names_and_sentences_are_not_roles():
    read = facts("We are Secret Agent Toys Ltd. and we own the trademark ourselves, no agent involved")
    assert read["role"].value == "rights_holder" and read["complainant_name"] == "Secret Agent Toys Ltd."
    read = facts("The rights holder's full name is Koala Ridge Pty Ltd.")
    assert "role" not in read or read["role"].value == "rights_holder"
    assert read.get("owner_name") == "Koala Ridge Pty Ltd."
    assert "complainant_name" not in facts("Actually, scratch that - the listings are on Lazada")
    assert facts("It's not registered")["registered"] is False
