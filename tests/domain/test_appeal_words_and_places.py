"""The readers behind an appeal's reasoning: a lowercase 'may' is never a month, two models set against each other in the
seller's words, 'anders als Sie behaupten', non-use in Italian and Malay, complaint words in other languages, our own
group's company named by the seller, and where our record registers the right against the listing's country."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.day_words import everyday_month_word, worded_day
from assistant.domain.appeals.evidence import days_and_months
from assistant.domain.appeals.german_meaning import german_classes
from assistant.domain.appeals.grounds import LEGAL_KINDS
from assistant.domain.appeals.group_papers import group_words
from assistant.domain.appeals.model_codes import model_said_against, other_model_said
from assistant.domain.appeals.pasted import named_complaint, split_pasted
from assistant.domain.appeals.territory import recorded_place_covering
from assistant.domain.untrusted_text import normalize_text
from assistant.services.said_dates import resolve_said_date


@pytest.mark.parametrize("words", ["we may have got it yesterday", "it may have come in 2 days ago", "we may 5 times ask"])
def test_a_lowercase_may_is_never_the_month(words):
    said = resolve_said_date(words, date(2026, 12, 1))
    assert said is None or said.day.month != 5
    assert everyday_month_word("we may")


@pytest.mark.parametrize("words", ["5 may", "the 5th of may", "May 5", "received on May 5"])
def test_may_after_a_day_or_with_its_capital_is_the_month(words):
    assert resolve_said_date(words, date(2026, 12, 1)).day == date(2026, 5, 5)


def test_a_lowercase_may_before_a_year_or_a_number_is_no_date_in_the_sellers_words():
    assert days_and_months("we may 2026 have bought them") == []
    assert worded_day("we may 5 times ask", date(2026, 12, 1)) is None
    assert [d.written for d in days_and_months("bought in May 2026")] == ["May 2026"]


@pytest.mark.parametrize("sentence, pair", [
    ("We sell the LM-200 desk lamp, not your LM-350 floor lamp.", ("LM-200", "LM-350")),
    ("Nosotros vendemos el modelo KV-12, no el KV-28 de su denuncia.", ("KV-12", "KV-28")),
    ("Außerdem verkaufen wir ein anderes Modell, nämlich die LM-350S, nicht die LM-350.", ("LM-350S", "LM-350")),
    ("我们卖的是LM-200，不是LM-350。", ("LM-200", "LM-350")),
    ("It is not the LM-350 but the LM-200.", ("LM-200", "LM-350")),
])
def test_two_models_set_against_each_other_in_the_sellers_words(sentence, pair):
    assert other_model_said(sentence) == pair


def test_two_models_bought_together_are_no_other_model():
    assert other_model_said("We bought 20 LM-350 and 10 LM-200 lamps.") is None
    assert model_said_against("We sell the LM-200, not the LM-350.", ["The LM-350 floor lamps are counterfeit."]) == ("LM-200", "LM-350")
    assert model_said_against("We sell the XR-20, not the XR-30.", ["The LM-350 floor lamps are counterfeit."]) is None


@pytest.mark.parametrize("sentence", [
    "die Ware haben wir anders als Sie behaupten ordnungsgemäß beim Großhändler gekauft.",
    "Ihre Beschwerde sehen wir daher anders, die Ware ist beim Großhändler gekauft.",
])
def test_anders_said_of_a_view_is_no_other_product(sentence):
    assert "different_product" not in german_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "Unsere Ware ist anders als Ihr Produkt.",
    "die Ware in unserem Angebot ist eine andere als in Ihrer Beschwerde.",
    "Das Modell sieht völlig anders aus, wir haben es selbst entworfen.",
])
def test_anders_said_of_the_goods_is_another_product(sentence):
    assert "different_product" in german_classes(sentence)


@pytest.mark.parametrize("sentence, non_use", [
    ("il marchio LUMORA non è stato utilizzato in Italia negli ultimi cinque anni, quindi è decaduto per mancato uso.", True),
    ("Jenama LUMORA tidak digunakan oleh pemiliknya di Malaysia selama lima tahun.", True),
    ("Pemilik tidak pernah menggunakan merek itu di Indonesia.", True),
    ("Il marchio non è utilizzato nella nostra inserzione.", False),
    ("Jenama LUMORA tidak digunakan di iklan kami.", False),
    ("Kami tidak menggunakan jenama LUMORA.", False),
])
def test_non_use_in_italian_and_malay_is_the_owners_not_the_listings(sentence, non_use):
    assert bool(LEGAL_KINDS["non_use"].search(normalize_text(sentence))) is non_use


@pytest.mark.parametrize("lead, name", [("Beschwerde 1:", "1"), ("reclamo 2:", "2"), ("reclamación nº 4:", "4"), ("aduan 3:", "3"),
                                        ("pengaduan 3:", "3"), ("segnalazione 2:", "2"), ("投诉2：", "2")])
def test_complaint_words_in_other_languages_name_a_complaint(lead, name):
    pasted = split_pasted(f"{lead} Our goods are genuine, we have the invoice. Please withdraw the complaint.")
    assert pasted.person.rstrip(":： ") == lead.rstrip(":： ")
    assert named_complaint(pasted.person)[0] == name


@pytest.mark.parametrize("text, issuer", [
    ("acquistati direttamente da Lumora Italia S.r.l., la filiale italiana del vostro gruppo.", "Lumora Italia S.r.l."),
    ("We bought them from Korva Trading UK Ltd, which is your own UK subsidiary.", "Korva Trading UK Ltd"),
    ("wir haben die Leuchten bei der Lumora Vertrieb Deutschland GmbH gekauft, einer Tochtergesellschaft Ihres Konzerns.",
     "Lumora Vertrieb Deutschland GmbH"),
])
def test_the_seller_naming_a_company_of_our_group(text, issuer):
    assert group_words(text, issuer)


def test_another_company_named_beside_our_group_is_not_the_issuer_said_to_be_ours():
    assert group_words("We bought them from Pan World Ltd. Your subsidiary Korva Trading UK Ltd sold them.", "Pan World Ltd") is None


@pytest.mark.parametrize("places, code, covering", [
    (["EU", "Mainland China"], "MY", None),
    (["EU", "Mainland China"], "DE", "EU"),
    (["Mainland China"], "CN", "Mainland China"),
    (["Malaysia", "EU"], "MY", "Malaysia"),
    (["Mainland China"], "ID", None),
])
def test_the_place_in_our_record_that_registers_the_right_where_the_listing_sells(places, code, covering):
    assert recorded_place_covering(places, code) == covering
