"""Where our record's places register a right however an entry is written ('EP (validated in ES, DE, FR, SE)', 'EU
(EUTM)', a designation list), and who issued a scanned paper: word spaces OCR dropped in names put back, and a paper from
a company the seller calls our official distributor."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.ground_standards import denied_place
from assistant.domain.appeals.group_papers import distributor_words
from assistant.domain.appeals.ocr_spacing import respaced
from assistant.domain.appeals.territory import place_codes, recorded_place_covering, unread_places


@pytest.mark.parametrize("place, code, covered", [
    ("EP (validated in ES, DE, FR, SE)", "ES", True),
    ("EP (validated in DE, FR, SE)", "ES", False),
    ("EU (EUTM)", "ES", True),
    ("EUTM 018876543", "IT", True),
    ("WIPO (Madrid) IR 1567890, designating ID, MY, SG", "ID", True),
    ("WIPO (Madrid) IR 1567890, designating ID, MY, SG", "IR", False),  # 'IR' is the registration, not Iran
    ("Registro de marca en España", "ES", True),
])
def test_an_entry_of_our_record_covers_the_countries_it_names_however_written(place, code, covered):
    assert (recorded_place_covering([place], code) == place) is covered


@pytest.mark.parametrize("place", ["EP 3456789 B1", "International registration", "EP (VALIDATED IN ES, DE)"])
def test_an_entry_naming_no_country_we_can_read_is_unread_never_read_as_no_country(place):
    assert place_codes(place) is None and unread_places([place, "EU"]) == [place]


@pytest.mark.parametrize("sentence, said", [
    ("La patente europea que alegan no está validada en España, por lo que no tiene efecto aquí.", "España"),
    ("Your European patent is not validated in Spain, so it has no effect here.", "Spain"),
    ("Das Patent ist in Spanien gar nicht validiert.", "Spanien"),
])
def test_a_country_the_seller_denies_is_answered_by_an_entry_listing_its_code(sentence, said):
    assert denied_place(sentence, ["EP (validated in ES, DE, FR, SE)"]) == (said, "EP (validated in ES, DE, FR, SE)")


def test_a_country_our_entry_does_not_list_is_not_answered_by_it():
    assert denied_place("La patente no está validada en España.", ["EP (validated in DE, FR)"]) is None


def test_word_spaces_ocr_dropped_in_names_are_put_back_and_only_spaces_added():
    said = "las compramos a Norvik Iberia S.L., el distribuidor oficial en España"
    text = "NORVIKIBERIAS.L.-CIFB-87654321\nCliente:ComercialLumenSevillaS.L.,CIFB-91234567\nCliente: Bianchi IlluminazioneS.r.l., Roma"
    fixed = respaced(text, [said])
    assert "NORVIK IBERIA S.L." in fixed and "Comercial Lumen Sevilla S.L." in fixed and "Bianchi Illuminazione S.r.l." in fixed
    assert fixed.replace(" ", "") == text.replace(" ", "")
    assert respaced("Paid through AliExpress and PayPal", []) == "Paid through AliExpress and PayPal"  # one capital inside: a name


def test_a_bracketed_place_and_a_legal_form_glued_by_ocr_are_set_apart_so_the_heading_names_the_issuer():
    from assistant.domain.appeals.parties import heading_issuer
    text = "Fjellro Outdoor Trading(Shenzhen) Co.,Ltd.\nSALESINVOICE  No.FOT-20261008-031\nBuyer: Shenzhen Peakline Apparel Co.,Ltd."
    fixed = respaced(text, ["Fjellro Textiles AS"])
    assert heading_issuer(fixed) == "Fjellro Outdoor Trading (Shenzhen) Co., Ltd."
    assert "Buyer: Shenzhen Peakline Apparel Co., Ltd." in fixed
    assert fixed.replace(" ", "") == text.replace(" ", "")
    assert respaced("Quantity:12pcs(s),Total:RMB20,160.00", []) == "Quantity:12pcs(s),Total:RMB20,160.00"


@pytest.mark.parametrize("text, issuer", [
    ("las compramos a Norvik Iberia S.L., el distribuidor oficial en España, en julio de 2026.", "NORVIK IBERIA S.L."),
    ("le abbiamo comprate da Norvik Italia S.r.l., il vostro distributore ufficiale in Italia.", "NORVIK ITALIA S.R.L."),
    ("We bought them from Kirra Benelux B.V., the official KIRRA distributor for the Benelux.", "Kirra Benelux B.V."),
    ("我们从诺维克官方授权经销商进货。", "诺维克贸易有限公司"),
])
def test_the_seller_calling_the_issuer_our_official_distributor(text, issuer):
    assert distributor_words(text, issuer)


def test_a_supplier_not_called_ours_is_not_our_distributor():
    assert distributor_words("We bought them from Kirra Benelux B.V., a wholesaler in Utrecht.", "Kirra Benelux B.V.") is None


def test_lamps_are_told_apart_by_kind_so_a_licence_for_table_lamps_does_not_cover_pendant_lamps():
    from assistant.domain.appeals.evidence import granted_goods
    from assistant.domain.appeals.goods_kinds import other_kinds

    licence = ("Norvik Lighting AB hereby grants Rossi Forniture S.r.l. a non-exclusive licence to use the NORVIK trademark\n"
               "for the retail sale of NORVIK table lamps in its shops in Italy.")
    assert granted_goods(licence) == "NORVIK table lamps"
    assert other_kinds("NORVIK table lamps", "The seller offers NORVIK pendant lamps wholesale") is not None
    assert other_kinds("lampade da tavolo NORVIK", "Lampada a sospensione NORVIK Aura") is not None
    assert other_kinds("NORVIK Stehleuchten", "NORVIK floor lamp Aura") is None  # one kind in two languages
    assert other_kinds("NORVIK lamps", "NORVIK pendant lamps") is None  # 'lamps' alone names no kind


def test_the_seller_saying_it_may_sell_everywhere_is_quoted_as_written():
    from assistant.domain.appeals.licence_scope import worldwide_said

    assert worldwide_said("ci autorizza a vendere tutti i prodotti NORVIK in tutto il mondo.") == "tutto il mondo"
    assert worldwide_said("We may sell NORVIK products Worldwide.") == "Worldwide"
    assert worldwide_said("Wir verkaufen nur in Deutschland.") is None


@pytest.mark.parametrize("sentence", [
    "The NORVIK trademark has never been registered in Spain, so the complainant has no right here.",
    "Your European patent is not validated in Spain, so it has no effect here.",
    "Das europäische Patent ist in Spanien gar nicht validiert.",
])
def test_a_right_said_never_registered_or_not_validated_somewhere_is_a_territory_argument(sentence):
    from assistant.domain.appeals.grounds import LEGAL_KINDS
    from assistant.domain.untrusted_text import normalize_text

    assert LEGAL_KINDS["territory"].search(normalize_text(sentence))


@pytest.mark.parametrize("document, reported, other", [
    ("FJELLRO Merino 200 base layer top, women  200", "The listed FJELLRO merino socks (pack of 3) are counterfeit", ("top", "socks")),
    ("FJELLRO Vidde fleece jacket, men  Qty 400", "FJELLRO Merino Hiking Socks 3 Pairs", ("jacket", "socks")),
    ("FJELLRO Tind Shell Jacket, black, S-XXL", "FJELLRO Tind hiking coat", None),  # a coat is a jacket here
    ("FJELLRO apparel, assorted", "FJELLRO merino socks", None),  # clothing in general names no garment
])
def test_another_garment_is_another_product_whatever_material_they_share(document, reported, other):
    from assistant.domain.appeals.goods_kinds import other_garments
    assert other_garments(document, reported) == other
