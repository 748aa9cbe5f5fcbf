"""The seller's points about our rights set against the team's rights registry: each finding names the registration it
rests on (number and places as stored); none recorded is a point for legal, never that the seller is wrong."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.registry_rights import (
    REGISTRY_HOLDS,
    REGISTRY_NONE,
    classes_point,
    expiry_point,
    patent_point,
    registry_point,
    territory_point,
)
from assistant.domain.models import IPRight
from tests.sample_complaints import sample_complaint, sample_right

TODAY = date(2026, 11, 25)
EU = sample_right(name="KALLVIK", registration_number="018765001", places_of_registration=["EU"], classes=[18, 25], expiry_date="2031-05-02")
CN = sample_right(name="KALLVIK", registration_number="61234567", places_of_registration=["Mainland China"], classes=[25], expiry_date="2032-06-13")
CN_BAGS = sample_right(name="KALLVIK", registration_number="61234999", places_of_registration=["Mainland China"], classes=[18], expiry_date="2033-02-27")
IR = sample_right(name="KALLVIK", registration_number="1654321", places_of_registration=["WIPO IR 1654321 (designating MY, SG)"], classes=[18])
OTHER_MARK = sample_right(name="FJELLRO", registration_number="61230000", places_of_registration=["Mainland China"], classes=[18, 25])
FALSE_WORDS = ("false", "untrue", "wrong", "not true")


def _complaint(right: IPRight, site: str = "taobao", url: str = "https://item.taobao.com/item.htm?id=781234560012"):
    return sample_complaint(site=site, listings=[{"url": url}], ip_right=right.model_dump(mode="json"))


LAZADA_MY = "https://www.lazada.com.my/products/kallvik-backpack-i4455667788.html"


def test_another_registration_where_the_seller_says_we_hold_none_is_named_with_its_number_and_place():
    point = territory_point(["Your trademark is not registered in China."], _complaint(EU), [EU, CN], TODAY)
    assert point.about == REGISTRY_HOLDS and point.basis.value == "our_record"
    assert "61234567" in point.message and "'Mainland China'" in point.message and "018765001" in point.message
    assert "61234567" in point.reply


def test_an_international_registration_designating_the_country_answers_it():
    point = territory_point(["Tanda dagangan anda tidak didaftarkan di Malaysia."], _complaint(EU, "lazada", LAZADA_MY), [EU, CN, IR], TODAY)
    assert point.about == REGISTRY_HOLDS and "WIPO IR 1654321 (designating MY, SG)" in point.message


def test_none_recorded_there_is_a_point_for_legal_and_never_reaches_the_draft():
    point = territory_point(["It is not registered in Malaysia."], _complaint(EU, "lazada", LAZADA_MY), [EU, CN], TODAY)
    assert point.about == REGISTRY_NONE and point.reply is None
    assert "no KALLVIK registration recorded in Malaysia" in point.message and "point for legal" in point.message
    assert not any(word in point.message.lower() for word in FALSE_WORDS)


def test_an_expired_registration_there_does_not_answer_it_and_another_mark_never_does():
    lapsed = CN.model_copy(update={"expiry_date": date(2024, 1, 1)})
    point = territory_point(["Not registered in China."], _complaint(EU), [EU, lapsed, OTHER_MARK], TODAY)
    assert point.about == REGISTRY_NONE and "expired" in point.message and "61230000" not in point.message


def test_no_point_where_the_complaints_own_registration_covers_the_place():
    assert territory_point(["Not registered in China."], _complaint(CN), [CN, EU], TODAY) is None


def test_a_renewal_in_the_registry_is_said_with_its_new_expiry_and_the_stale_one_named():
    old = CN.model_copy(update={"expiry_date": date(2025, 6, 13)})
    renewed = CN.model_copy(update={"expiry_date": date(2035, 6, 13), "renewed_or_transferred": True})
    point = expiry_point(_complaint(old), [renewed], TODAY)
    assert point.about == REGISTRY_HOLDS and "2035-06-13" in point.message and "2025-06-13" in point.message
    assert "61234567" in point.reply and "2035-06-13" in point.reply


def test_a_lapsed_registration_with_no_renewal_is_for_legal():
    old = CN.model_copy(update={"expiry_date": date(2025, 6, 13)})
    point = expiry_point(_complaint(old), [old, EU], TODAY)
    assert point.about == REGISTRY_NONE and "records no renewal" in point.message and point.reply is None
    assert not any(word in point.message.lower() for word in FALSE_WORDS)


def test_a_registration_not_in_the_registry_is_said_as_such():
    point = expiry_point(_complaint(CN), [EU], TODAY)
    assert point.about == REGISTRY_NONE and "no registration recorded under 61234567" in point.message


def test_classes_are_compared_registration_by_registration_in_the_place_of_the_point():
    said = ["Your registration only covers class 25; our backpack is class 18."]
    held = classes_point(said, _complaint(CN), [EU, CN, CN_BAGS], TODAY)
    assert held.about == REGISTRY_HOLDS and "61234999" in held.message and "61234999" in held.reply
    none = classes_point(said, _complaint(CN), [EU, CN], TODAY)
    assert none.about == REGISTRY_NONE
    assert "no registration recorded in Mainland China listing class 18" in none.message and "018765001" in none.message


def test_the_patent_is_named_as_stored_or_said_to_be_missing_from_the_registry():
    patent = IPRight.model_validate({"ip_type": "patent", "patent_kind": "design", "name": "Folding camping stool",
                                     "registration_number": "ZL202130123456.7", "places_of_registration": ["Mainland China"]})
    held = patent_point(_complaint(patent), [patent.model_copy(update={"registration_number": "202130123456.7"})], TODAY)
    assert held.about == REGISTRY_HOLDS and "design patent" in held.reply and "202130123456.7" in held.reply
    none = patent_point(_complaint(patent), [EU], TODAY)
    assert none.about == REGISTRY_NONE and "holds no patent recorded under ZL202130123456.7" in none.message


def test_a_registry_not_read_gives_no_point():
    assert registry_point("territory", ["Not registered in China."], _complaint(EU), None, TODAY) is None
    assert registry_point("prior_art", ["Sold in 2018."], _complaint(EU), [EU, CN], TODAY) is None


def test_the_sellers_word_that_we_hold_no_patent_is_read_in_several_languages():
    from assistant.domain.appeals.registry_rights import denies_our_patent

    for said in ("You have no patent for this stool.", "你们根本没有这个折叠凳的专利。", "Ustedes no tienen ninguna patente sobre este taburete.",
                 "Sie haben kein Patent auf diesen Hocker.", "Anda tidak mempunyai paten untuk produk ini."):
        assert denies_our_patent(said), said
    for said in ("Our stool lacks the curved legs of your patent.", "We hold a patent of our own, CN 2023 1234567."):
        assert not denies_our_patent(said), said


def test_an_empty_registry_is_one_the_team_does_not_keep_and_says_nothing():
    assert registry_point("territory", ["Not registered in China."], _complaint(EU), [], TODAY) is None


def test_a_french_territory_argument_is_read_and_a_french_phrase_of_time_or_name_is_not():
    from assistant.domain.appeals.grounds import legal_kinds

    assert "territory" in legal_kinds("Votre marque KALLVIK n'est pas enregistrée en Malaisie.")
    assert "territory" in legal_kinds("Votre marque n’est pas protégée au Canada.")
    assert "territory" not in legal_kinds("Notre produit n'est pas enregistré en notre nom.")
    assert "territory" not in legal_kinds("La marque n'est pas enregistrée au moment de l'achat.")
