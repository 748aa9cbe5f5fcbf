"""The companies a seller names (licensor, supplier, brand owner), read as written and compared with its documents and
with the owner in our record: every disagreement said with both names, never a silent match."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals import AppealAttachment, Recommendation, triage_appeal
from assistant.domain.appeals.parties import NameMatch, PartyRole, compare_names, document_parties, leading_company, seller_names, seller_parties
from assistant.domain.legal_forms import form_key
from assistant.domain.models import Complaint


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Our licence from Acme Ltd is attached (licence-2025.pdf, valid until 2027-12-31).", PartyRole.LICENSOR, "Acme Ltd"),
        ("Our licence from Acme Sportswear Co., Ltd. is attached.", PartyRole.LICENSOR, "Acme Sportswear Co., Ltd."),
        ("We bought 300 bottles from Aurelia Asia Pacific Pte. Ltd. in January.", PartyRole.SUPPLIER, "Aurelia Asia Pacific Pte. Ltd."),
        ("Our supplier, Ningbo Summit Outdoor Co., Ltd., gave us permission.", PartyRole.SUPPLIER, "Ningbo Summit Outdoor Co., Ltd."),
        ("We are authorised by the brand owner Acme Sports Ltd. The letter is attached.", PartyRole.LICENSOR, "Acme Sports Ltd"),
        ("The trademark owner is Nordfix Tools AB, not the complainant.", PartyRole.OWNER, "Nordfix Tools AB"),
        ("我店茶具均从杭州云岫茶器有限公司进货，附发票。", PartyRole.SUPPLIER, "杭州云岫茶器有限公司"),
        ("本店已获杭州云岫茶器有限公司授权。", PartyRole.LICENSOR, "杭州云岫茶器有限公司"),
    ],
)
def test_the_seller_names_a_party_as_written(text, role, name):
    parties = seller_parties(text)
    assert [(p.role, p.name) for p in parties] == [(role, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Original AURELIA, bought from the Asia distributor last August, invoice attached.",
        "We are authorised to sell this brand, the licence is attached.",
        "我们有正规授权，授权书见附件。",
    ],
)
def test_words_that_name_no_company_name_nobody(text):
    assert seller_parties(text) == []


def test_the_brand_owner_named_as_licensor_is_one_party():
    (party,) = seller_parties("We are authorised by the brand owner Acme Sports Ltd.")
    assert party.role is PartyRole.LICENSOR and party.says_owner


def test_a_documents_parties_are_read_by_their_labels_and_its_grant_line():
    licence = "LICENCE\nLicensor: Acme Sportswear Co., Ltd., 14 Mill Lane, Leeds\nAcme GmbH hereby licenses Shenzhen X Co., Ltd. to sell"
    assert document_parties(licence, PartyRole.LICENSOR) == ["Acme Sportswear Co., Ltd.", "Acme GmbH"]
    assert document_parties("发票\n销售方：义乌市云岫茶具贸易有限公司\n购买方：青山商行", PartyRole.SUPPLIER) == ["义乌市云岫茶具贸易有限公司"]
    assert document_parties("Seller: Lumina Cosmetics Trading Ltd\nBuyer: Meiyan Co., Ltd.", PartyRole.LICENSOR) == []


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Acme Ltd", "Acme GmbH", NameMatch.LEGAL_FORM),
        ("Acme GmbH", "Acme Sportswear GmbH", NameMatch.OTHER),
        ("ACME SPORTSWEAR CO. LTD", "Acme Sportswear Co., Ltd.", NameMatch.SAME),
        ("Acme Sportswear Limited", "Acme Sportswear Ltd", NameMatch.SAME),
        ("杭州云岫茶器有限公司", "杭州云岫茶器股份有限公司", NameMatch.LEGAL_FORM),
        ("杭州云岫茶器有限公司", "义乌市云岫茶具贸易有限公司", NameMatch.OTHER),
    ],
)
def test_names_compare_by_their_base_and_legal_form(a, b, match):
    assert compare_names(a, b) is match


def test_a_legal_form_and_its_abbreviation_are_one_form():
    assert form_key("Company Limited") == form_key("Co., Ltd.") == form_key("CO. LTD")
    assert form_key("GmbH") != form_key("Ltd")


def test_leading_company_stops_at_its_legal_form():
    assert leading_company("Acme Ltd is attached") == "Acme Ltd"
    assert leading_company("Acme Sportswear Co., Ltd., 14 Mill Lane") == "Acme Sportswear Co., Ltd."
    assert leading_company("the Asia distributor") is None


# --- In the triage ---------------------------------------------------------------------------------------------------

_ACME = {
    "id": "C-ACME-9", "site": "aliexpress",
    "complainant": {"name": "Acme Sportswear GmbH", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "trademark", "name": "ACME RUNNER", "registration_number": "018234567", "owner": "Acme Sportswear GmbH",
                 "places_of_registration": ["EU"], "approval_status": "approved"},
    "reason": "counterfeit_features",
    "listings": [{"url": "https://www.aliexpress.com/item/1005006000000009.html", "title": "Running shoes"}],
    "statement": "The listing sells shoes bearing ACME RUNNER that Acme Sportswear GmbH did not make.",
}


def _licence(licensor: str) -> AppealAttachment:
    return AppealAttachment(name="licence.pdf", read_with="pdf text layer", text=(
        f"TRADEMARK LICENCE\nLicensor: {licensor}\nLicensee: Shenzhen Fastrun Trading Co., Ltd.\n"
        f"{licensor} hereby licenses Shenzhen Fastrun Trading Co., Ltd. to sell ACME RUNNER footwear.\n"
        "Valid from 2025-01-01 until 2026-12-31.\nSigned for the licensor (company seal)"))


def _triage(text: str, attachments: list[AppealAttachment]):
    return triage_appeal(Complaint.model_validate(_ACME), text, attachments, filed_on=date(2025, 6, 2), received_on=date(2025, 6, 4),
                         today=date(2025, 6, 5))


def test_three_names_that_disagree_are_each_stated_with_both_texts():
    triage = _triage("Our licence from Acme Ltd is attached, valid until 2026-12-31.", [_licence("Acme GmbH")])
    messages = {f.code: f.message for f in triage.missing + triage.suspicious + triage.to_check}
    assert "'Acme Ltd'" in messages["party_names_differ"] and "'Acme GmbH'" in messages["party_names_differ"]
    assert "another legal form" in messages["party_names_differ"]
    assert "'Acme GmbH'" in messages["issuer_not_owner"] and "'Acme Sportswear GmbH'" in messages["issuer_not_owner"]
    assert any(c.about == "grantor" and c.party == "Acme Ltd" and "'Acme Ltd'" in c.value for c in triage.seller_claims)
    assert triage.recommendation is Recommendation.RESPOND_WITH_COUNTER_EVIDENCE
    assert "licensor 'Acme GmbH'" in triage.recommendation_reason


def test_a_licensor_short_of_the_owners_name_is_not_taken_for_the_owner():
    triage = _triage("Licence attached.", [_licence("Acme GmbH")])
    assert "issuer_not_owner" in {f.code for f in triage.missing}


def test_names_that_agree_raise_nothing():
    triage = _triage("We hold a licence from Acme Sportswear GmbH, valid until 2026-12-31.", [_licence("Acme Sportswear GmbH")])
    assert not {"party_names_differ", "issuer_not_owner", "legal_form_differs"} & {f.code for f in triage.missing + triage.suspicious + triage.to_check}
    assert triage.recommendation is Recommendation.ACCEPT


def test_a_supplier_the_invoice_does_not_name_is_suspicious():
    invoice = AppealAttachment(name="invoice.txt", read_with="text", text=(
        "INVOICE\nDate: 2025-05-20\nSeller: Runwell Distribution GmbH\nBuyer: Shenzhen Fastrun Trading Co., Ltd.\n"
        "ACME RUNNER 2 running shoes Qty: 100 pcs\nSigned and sealed by both parties."))
    triage = _triage("We bought 100 pairs from Acme Sportswear GmbH, the invoice is attached.", [invoice])
    finding = next(f for f in triage.suspicious if f.code == "party_names_differ")
    assert "'Acme Sportswear GmbH'" in finding.message and "'Runwell Distribution GmbH'" in finding.message and finding.attachment == 1
    assert triage.recommendation is Recommendation.RESPOND_WITH_COUNTER_EVIDENCE


def test_a_name_from_the_sellers_text_is_escaped_where_it_is_quoted():
    triage = _triage("Our licence from Acme\u202e Ltd is attached.", [_licence("Acme GmbH")])
    quoted = [f.message for f in triage.to_check + triage.suspicious if f.code == "party_names_differ"]
    assert quoted and all("\u202e" not in message for message in quoted)


@pytest.mark.parametrize(
    ("a", "b", "match", "differences"),
    [
        ("BrightWave Audio Co., Ltd., Shenzhen", "Brightwave Audio Limited", NameMatch.LEGAL_FORM,
         ["the legal form ('Co., Ltd.' vs 'Limited')", "the letter case", "a place ('Shenzhen')"]),
        ("Kirra Home Pty. Limited", "Kirra Home Pty Ltd", NameMatch.SAME, []),
        ("Nordlicht Outdoor AG", "Nordlicht Outdoor GmbH", NameMatch.LEGAL_FORM, ["the legal form ('AG' vs 'GmbH')"]),
        ("Sakura Kogyo Co., Ltd. (Osaka)", "Sakura Kogyo 株式会社", NameMatch.LEGAL_FORM,
         ["the legal form ('Co., Ltd.' vs '株式会社', the same form in another language)", "a place ('Osaka')"]),
    ],
)
def test_a_name_compared_with_the_owner_says_what_differs(a, b, match, differences):
    from assistant.domain.appeals.parties import name_differences

    assert compare_names(a, b) is match
    assert name_differences(a, b) == differences


def test_a_labelled_party_needs_no_legal_form_and_a_role_word_names_nobody():
    from assistant.domain.appeals.parties import is_role_word, labelled_name

    assert document_parties("Seller: CorVane Lighting Co., Ltd., Ningbo\nBuyer: X", PartyRole.SUPPLIER) == ["CorVane Lighting Co., Ltd., Ningbo"]
    assert document_parties("Licensee: Northbay Retail Co., Ltd.\nThe Licensor grants", PartyRole.LICENSEE) == ["Northbay Retail Co., Ltd."]
    assert labelled_name("Alpine Gear Direct (Shenzhen Alpine Trading Co., Ltd.)") == "Alpine Gear Direct"
    assert is_role_word("The Licensor") and is_role_word("甲方") and not is_role_word("Acme Ltd")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Dear team,\nWe, Lakeshore Living, are licensed by Fenwick Home Ltd.\n\nKind regards,\nAnna Berg\nLakeshore Living", "Lakeshore Living"),
        ("Our store \"Alpine Gear Direct\" is an authorised dealer.\n\nBest regards,\nLi Wei, Alpine Gear Direct", "Alpine Gear Direct"),
        ("您好：\n我司（义乌北极光户外用品有限公司）是NORDLICHT品牌的一级代理商。", "义乌北极光户外用品有限公司"),
        ("Fjellhus Trading Ltd is licensed by Nordlicht GmbH.", "Fjellhus Trading Ltd"),
        ("Our goods are genuine. Please reinstate the listing.", None),
    ],
)
def test_the_seller_is_recognised_by_how_it_names_itself_with_or_without_a_legal_form(text, first):
    from assistant.domain.appeals.parties import seller_names

    names = seller_names(text)
    assert (names[0] if names else None) == first


def test_a_licensor_written_with_the_owners_form_in_another_language_is_the_owner_to_check():
    """'Acme Sportswear 株式会社' in our record and 'Acme Sportswear Co., Ltd. (Osaka)' on the licence: one name, its legal
    form in Japanese and in English; a point to check with both names, never a licence from someone else or a middleman."""
    complaint = Complaint.model_validate(_ACME | {
        "complainant": {"name": "Acme Sportswear 株式会社", "holder_type": "company", "role": "rights_holder"},
        "ip_right": _ACME["ip_right"] | {"owner": "Acme Sportswear 株式会社"}})
    licence = _licence("Acme Sportswear Co., Ltd. (Osaka)")
    triage = triage_appeal(complaint, "We are an authorised distributor; licence attached.", [licence], filed_on=date(2025, 6, 2),
                           received_on=date(2025, 6, 4), today=date(2025, 6, 5))
    codes = {f.code for f in triage.missing + triage.suspicious}
    assert not {"issuer_not_owner", "chain_gap"} & codes
    said = " ".join(f.message for f in triage.missing + triage.suspicious + triage.to_check)
    assert "middleman" not in said
    form = next(f for f in triage.to_check if f.code == "legal_form_differs")
    assert "'Acme Sportswear Co., Ltd.'" in form.message and "'Acme Sportswear 株式会社'" in form.message
    assert "the same name apart from the legal form ('Co., Ltd.' vs '株式会社', the same form in another language)" in form.message


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("CONTRATTO DI LICENZA\nLicenziante: Olivetto Cosmetici S.r.l., Bari", PartyRole.LICENSOR, "Olivetto Cosmetici S.r.l., Bari"),
        ("LICENCIA\nOtorgante: Verdiana Profumi S.r.l.", PartyRole.LICENSOR, "Verdiana Profumi S.r.l."),
        ("LIZENZVERTRAG\nLizenzgeber: Bergquell Getränke GmbH", PartyRole.LICENSOR, "Bergquell Getränke GmbH"),
        ("CONTRAT\nConcédant : Maison Lavandière SAS", PartyRole.LICENSOR, "Maison Lavandière SAS"),
        ("SURAT LISENSI\nPemberi Lisensi: PT Sinar Laut Abadi", PartyRole.LICENSOR, "PT Sinar Laut Abadi"),
        ("SURAT LISENSI\nPenerima Lisensi: Toko Bahari Makmur", PartyRole.LICENSEE, "Toko Bahari Makmur"),
        ("LICENCIA\nLicenciatario: Aroma Levante S.L.", PartyRole.LICENSEE, "Aroma Levante S.L."),
        ("授权书\n被许可方：东莞悦家电子商行", PartyRole.LICENSEE, "东莞悦家电子商行"),
        ("FATTURA\nCliente: Belleza Natural S.L.", PartyRole.BUYER, "Belleza Natural S.L."),
    ],
)
def test_a_documents_party_labels_are_read_in_every_language_of_the_one_table(text, role, name):
    assert document_parties(text, role) == [name]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("TAX INVOICE\nKirra Outdoor Pty Ltd\nABN 51 824 753 556, 12 Beach Rd\nBill to: Shenzhen Haoyun Trading Co., Ltd.", "Kirra Outdoor Pty Ltd"),
        ("FATTURA N. 2026/0457\nOliveto Cosmetici S.r.l. - Via Roma 14, 70121 Bari (BA) - P.IVA 07654320721", "Oliveto Cosmetici S.r.l."),
        ("FACTURA\nDistribuciones Turia S.L. - NIF B12345678\nCliente: Casa Mediterránea Shop", "Distribuciones Turia S.L."),
        ("Acme Trading\nVAT No: GB123456789\nINVOICE", "Acme Trading"),
        ("深圳市锐拓科技有限公司\n统一社会信用代码：91440300MA5DXXXX1K\n增值税普通发票", "深圳市锐拓科技有限公司"),
        ("COMMERCIAL INVOICE\nInvoice No.: INV-2025-0042\nSeller: Nordic Audio Distribution AB", None),  # labelled, not in the heading
        ("INVOICE\nBill to: Acme Ltd\nThank you", None),  # a buyer is not the issuer
    ],
)
def test_an_invoices_issuer_is_read_from_its_heading(text, issuer):
    from assistant.domain.appeals.parties import heading_issuer

    assert heading_issuer(text) == issuer


def test_a_licensor_whose_name_only_contains_the_owners_is_not_the_owner():
    triage = _triage("Licence attached.", [_licence("Acme Sportswear Trading GmbH")])
    issuer = next(f for f in triage.missing if f.code == "issuer_not_owner")
    assert "'Acme Sportswear Trading GmbH'" in issuer.message and "'Acme Sportswear GmbH'" in issuer.message


def test_a_licensor_a_letter_away_from_the_owner_says_how_near_with_both_names():
    triage = _triage("Licence attached.", [_licence("Acme Sportwear GmbH")])
    issuer = next(f for f in triage.missing if f.code == "issuer_not_owner")
    assert "'Acme Sportwear GmbH'" in issuer.message and "'Acme Sportswear GmbH'" in issuer.message
    assert "the names differ in 1 character" in issuer.message


def test_a_seller_naming_itself_in_spanish_or_indonesian_is_read():
    from assistant.domain.appeals.parties import seller_names

    assert seller_names("Somos Belleza Natural Distribuciones S.L. Las cremas son originales.") == ["Belleza Natural Distribuciones S.L"]
    assert seller_names("Kami adalah PT Sumber Rasa Nusantara, distributor resmi.") == ["PT Sumber Rasa Nusantara"]
    assert seller_names("Kami adalah authorised distributor untuk SAKURA KOGYO.") == []


def test_a_documents_party_a_letter_from_the_owner_says_so_in_what_it_shows():
    from assistant.domain.appeals.evidence import owner_match

    assert owner_match("Olivetto Cosmetici S.r.l., Bari", ["Oliveto Cosmetici S.r.l."]) == (
        "different: 1 character from our record's 'Oliveto Cosmetici S.r.l.'")
    assert owner_match("Northwind Cosmetics S.r.l.", ["Oliveto Cosmetici S.r.l."]) == "different"


def test_a_contract_s_parties_are_the_companies_it_defines_not_who_signs_for_them():
    text = ("Entre Lumora Home GmbH, Hafenstraße 12, 20457 Hamburgo (Alemania) (\"el Licenciante\")\n"
            "y Iluminación Levante S.L., C/ Colón 44, 46004 Valencia (\"el Licenciatario\").\n\n"
            "Por el Licenciante: Dr. Katrin Vogel, Geschäftsführerin (firma)\n"
            "Por el Licenciatario: José Martínez Ruiz, Administrador (firma y sello)")
    assert document_parties(text, PartyRole.LICENSOR) == ["Lumora Home GmbH"]
    assert document_parties(text, PartyRole.LICENSEE) == ["Iluminación Levante S.L."]
    english = ("between Korva Housewares Ltd, 4 Mill Lane, Leeds (the \"Licensor\")\nand PanHaus Trading Ltd (the \"Licensee\").\n"
               "For and on behalf of the Licensor: Peter Hale, Director\nPer il Licenziatario: Laura Conti")
    assert document_parties(english, PartyRole.LICENSOR) == ["Korva Housewares Ltd"]
    assert document_parties(english, PartyRole.LICENSEE) == ["PanHaus Trading Ltd"]


def test_the_grantee_of_a_letter_and_the_seller_s_our_company():
    letter = "Lumora Home GmbH, owner of the trademark LUMORA,\nhereby authorizes Shenzhen Brightway Trading Co., Ltd. to sell"
    assert document_parties(letter, PartyRole.LICENSEE) == ["Shenzhen Brightway Trading Co., Ltd."]
    assert document_parties("The Licensor grants the Licensee a licence", PartyRole.LICENSEE) == []
    said = "Our company Shenzhen Brightway Technology Co., Ltd. is allowed to sell LUMORA lamps."
    assert seller_names(said) == ["Shenzhen Brightway Technology Co., Ltd."]


def test_a_near_name_with_another_legal_form_is_never_said_as_a_count_of_characters():
    from assistant.domain.appeals.parties import near_spelling

    assert near_spelling("Acme Sportwear GmbH", ["Acme Sportswear GmbH"]) == ("Acme Sportswear GmbH", "the names differ in 1 character")
    owner, how = near_spelling("Nordvik Outdoors Limited", ["Nordvik Outdoor AB"])
    assert owner == "Nordvik Outdoor AB" and "character" not in how
    assert how == "a near spelling of the name, 'Nordvik Outdoors' for 'Nordvik Outdoor', with another legal form, 'Limited' for 'AB'"
    assert near_spelling("Northwind Cosmetics S.r.l.", ["Oliveto Cosmetici S.r.l."]) is None
