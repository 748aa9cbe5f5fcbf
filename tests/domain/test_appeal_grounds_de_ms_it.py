"""Grounds read in German, Malay and Italian words: a design said not new and a product said to differ (German), a
permission to sell given by a distributor (Malay), exhaustion (Italian); a 'not registered in <member state>' answered
by an EU registration in our record; a model the seller says it sells against the model its own invoice names."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.eu_places import member_state
from assistant.domain.appeals.ground_standards import denied_place
from assistant.domain.appeals.grounds import AppealGround, legal_kinds, read_grounds
from assistant.domain.appeals.model_codes import model_codes, other_model_on_documents

G = AppealGround


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Das angebliche Design ist nicht neu.", "prior_art"),
        ("Bereits im Jahr 2014 wurde eine nahezu identische Leuchte im Katalog der Firma Nordlicht GmbH gezeigt.", "prior_art"),
        ("Il design non è nuovo: la stessa lampada era già esposta nel 2016 a Milano.", "prior_art"),
        ("Il diritto di marchio è esaurito (principio dell'esaurimento, art. 15 RMUE).", "exhaustion"),
        ("Le lampade sono state messe in commercio nello SEE dallo stesso titolare del marchio.", "exhaustion"),
        ("La marca LUMORA no está registrada en España.", "territory"),
        ("Il marchio non è registrato in Italia, quindi non c'è violazione.", "territory"),
    ],
)
def test_legal_arguments_in_german_italian_and_spanish(text, kind):
    assert kind in legal_kinds(text)


def test_a_mark_sold_years_before_is_no_prior_art():
    assert "prior_art" not in legal_kinds("Wir verkaufen die Marke LUMORA bereits seit 2014 in unserem Katalog.")


@pytest.mark.parametrize(
    "text, ground",
    [
        ("Außerdem unterscheidet sich unser Produkt deutlich von Ihrem Design.", G.DIFFERENT_PRODUCT),
        ("Unsere Tischleuchte weicht im Aussehen deutlich von Ihrem Design ab.", G.DIFFERENT_PRODUCT),
        ("Kami telah mendapat kebenaran daripada pengedar Lumora Asia Sdn Bhd untuk menjual produk ini di Lazada.", G.LICENCE),
        ("Kedai kami telah diberi kebenaran oleh pengedar untuk memasarkan barangan ini.", G.LICENCE),
        ("Toko kami sudah mendapat izin dari distributor untuk menjual produk ini.", G.LICENCE),
    ],
)
def test_grounds_in_german_and_malay(text, ground):
    assert ground in read_grounds(text, []).grounds


def test_a_permission_the_seller_lacks_is_no_licence():
    assert G.LICENCE not in read_grounds("Kami menjual barang terpakai dan tidak perlu surat daripada sesiapa.", []).grounds


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Die Marke LUMORA ist in Deutschland gar nicht eingetragen.", "deutschland"),
        ("La marca no está registrada en España.", "españa"),
        ("Il marchio non è registrato in Italia.", "italia"),
        ("The mark is not registered in Germany.", "germany"),
    ],
)
def test_a_member_state_denied_is_covered_by_an_eu_registration(sentence, said):
    found = denied_place(sentence, ["EU", "Mainland China"])
    assert found is not None and found[1] == "EU" and found[0].lower() == said


def test_a_member_state_named_without_a_denial_is_not_denied():
    assert denied_place("Wir verkaufen in Deutschland seit Jahren.", ["EU"]) is None
    assert member_state("deutschland") == "Germany" and member_state("schweiz") is None


def test_model_numbers_are_read_as_written():
    assert model_codes("LUMORA Aurora Pro Stehleuchte LM-350, Rechnung Nr. 2024-00731, Reg. 018765432") == ["LM-350"]
    assert model_codes("die LM-350S, nicht die LM-350") == ["LM-350S", "LM-350"]


def test_the_sellers_model_against_its_own_invoice():
    said = "Außerdem verkaufen wir ein anderes Modell, nämlich die LM-350S, nicht die LM-350."
    reported = ["The listed floor lamps are counterfeit LUMORA Aurora Pro LM-350 lamps."]
    assert other_model_on_documents(said, reported, [(1, "Pos. 1: LUMORA Aurora Pro Stehleuchte LM-350, 15 Stück")]) == ("LM-350S", 1, "LM-350")
    assert other_model_on_documents(said, reported, [(1, "Pos. 1: LUMORA Stehleuchte LM-350S, 15 Stück")]) is None
    # A code of another kind (an order number) is no model the seller says it sells.
    assert other_model_on_documents("Bestellung SO-2291 vom März.", reported, [(1, "LM-350, 15 Stück")]) is None
