"""What the seller claims, in its own words: every claim quotes the seller exactly, figures are read and never made
(no two quantities added up, no model number taken for a quantity), and what is ours is labelled as ours."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.domain.appeals.claims import quantity_claims, read_claims, seller_says
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.models import Complaint
from evals.scorers.appeals import misquoted
from evals.suites.appeals import typed_attachments

DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "appeals.jsonl"
CASES = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("sentence, figure, quote", [
    ("我司于2026年5月3日采购Trek 35双肩包共计220个，发票已上传。", 220, "共计220个"),  # a model number before 双肩包 is not a quantity
    ("We bought 400 units of the Ridge 20 daypack.", 400, "400 units"),
    ("近6个月内从品牌方采购了80件。", 80, "80件"),  # six months is not six pieces
    ("Two batches, 1,200 pieces in total.", 1200, "1,200 pieces"),
])
def test_the_seller_s_quantity_is_its_own_figure_quoted_as_written(sentence, figure, quote):
    [claim] = quantity_claims(sentence)
    assert claim.quantity == figure and claim.quote == quote and claim.quote in sentence


def test_several_quantities_without_a_total_are_never_added_up():
    sentence = "We bought 70 pairs of the Trail 5 and 30 pairs of the Trail 3 from the brand."
    claims = quantity_claims(sentence)
    assert [c.quote for c in claims] == ["70 pairs", "30 pairs"]
    assert all(c.quantity is None for c in claims)  # which figure a document should match is not said: none is compared
    assert not any("100" in c.value for c in claims)


def test_a_claim_quotes_the_seller_and_our_reading_is_kept_apart():
    text = "Our licence from Acme Sportswear Co., Ltd. is valid until 31 May 2027 and signed by the owner."
    [validity] = [c for c in read_claims(text, [], ["Acme Sportswear Co., Ltd."]) if c.about == "validity"]
    assert validity.valid_until == date(2027, 5, 31) and validity.value == "valid until 2027-05-31"  # ours
    assert "31 May 2027" in validity.quote and validity.quote in text  # the seller's
    assert seller_says([validity]) == f"the seller writes “{validity.quote}”"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_quoted_seller_word_is_in_the_seller_s_text(case):
    triage = triage_appeal(
        Complaint.model_validate(case["complaint"]), case["counter_notice"], typed_attachments(case),
        received_on=date.fromisoformat(case["received_on"]) if case.get("received_on") else None,
        today=date.fromisoformat(case["today"]), filed_on=date.fromisoformat(case["filed_on"]),
    )
    from assistant.domain.appeals.response import draft_response

    triage = triage.model_copy(update={"response_draft": draft_response(triage, Complaint.model_validate(case["complaint"])).text})
    assert misquoted(triage, case) == []
    # What we read into the seller's words is labelled as ours, never said as the seller's.
    said = "\n".join([triage.recommendation_reason, triage.response_draft or ""] + [f.message for g in triage.grounds for f in g.findings])
    for label in ("the product is different", "the listing does not use the mark", "the photos are its own", "the photos are the seller's own"):
        assert f"seller says {label}" not in said.lower()


@pytest.mark.parametrize("sentence, written, day, year, month", [
    ("Our distributor certificate masih valid sampai 2027, sila rujuk attachment.", "2027", None, 2027, None),
    ("Sertifikat kami berlaku hingga 31 Desember 2027, mohon dicek.", "31 Desember 2027", date(2027, 12, 31), None, None),
    ("La lettera di autorizzazione è valida fino al 30 settembre 2028, in allegato.", "30 settembre 2028", date(2028, 9, 30), None, None),
    ("我们的经销证书有效期至2028年，证书见附件。", "2028年", None, 2028, None),
    ("Our certificate is valid until June 2029.", "June 2029", None, 2029, 6),
])
def test_a_validity_claim_keeps_the_seller_s_last_day_as_precise_as_given(sentence, written, day, year, month):
    [claim] = [c for c in read_claims(sentence, [], []) if c.about == "validity"]
    assert (claim.valid_until_written, claim.valid_until, claim.valid_until_year, claim.valid_until_month) == (written, day, year, month)
    assert claim.quote in sentence and written in claim.quote


def test_a_year_alone_is_compared_as_a_year_never_made_a_day():
    from assistant.domain.appeals.claims import until_differs

    [claim] = [c for c in read_claims("Our letter masih valid sampai 2027.", [], []) if c.about == "validity"]
    assert claim.valid_until is None
    assert not until_differs(claim, date(2027, 3, 31)) and until_differs(claim, date(2025, 12, 31))


@pytest.mark.parametrize("sentence", [
    "We will keep selling until 2027.",  # no 'valid': not a claim about a document
    "Version 1.2 of the listing is valid until 1.2.",  # a number is not a date
    "Your trademark is valid until 2030.",  # said of the complainant's right, not of a document of the seller's
])
def test_no_validity_claim_without_a_document_s_valid_until(sentence):
    assert not [c for c in read_claims(sentence, [], []) if c.about == "validity"]


@pytest.mark.parametrize("text, supplier", [
    ("Compramos 400 unidades directamente al fabricante Verdemar Cosmética S.L. el 3 de mayo de 2026.", "Verdemar Cosmética S.L."),
    ("Abbiamo acquistato 90 confezioni direttamente dal produttore Fonte Chiara S.r.l., fattura allegata.", "Fonte Chiara S.r.l."),
    ("Kami membeli 150 unit terus daripada pengilang Mutiara Dapur Sdn Bhd, invois dilampirkan.", "Mutiara Dapur Sdn Bhd"),
    ("我们直接从品牌方宁波海澜厨具有限公司购买了80件。", "宁波海澜厨具有限公司"),
    ("Kami membeli 200 unit langsung dari pabrik PT Sinar Jaya Abadi, faktur terlampir.", "PT Sinar Jaya Abadi"),
    ("We bought 60 sets directly from the manufacturer, Kobalt Haus GmbH, on 3 August 2026.", "Kobalt Haus GmbH"),
])
def test_the_company_goods_were_bought_from_is_a_supplier_claim_in_any_of_the_sellers_languages(text, supplier):
    suppliers = [c.party for c in read_claims(text, [], []) if c.about == "supplier"]
    assert suppliers == [supplier] and supplier in text


@pytest.mark.parametrize("text", [
    "We bought these original products from the brand's Asia Pacific company.",  # a lower-case 'company' names nobody
    "Somos Belleza Natural S.L. y compramos las cremas en una feria.",  # the seller's own name is not its supplier
])
def test_no_supplier_is_made_of_words_that_name_no_source(text):
    assert not [c for c in read_claims(text, [], []) if c.about == "supplier"]


@pytest.mark.parametrize("text, when, photographer", [
    ("2026年10月6日\n\n主图都是我们自己拍的，2025年6月8日在摄影棚拍摄，摄影师是周若帆。", "2025年6月8日", "周若帆"),  # not the letter's date
    ("hello, these photo are taken by our own photographer Li Wei in 2024 in Guangzhou.", "in 2024", "Li Wei"),
    ("All pictures were shot by our photographer Maria Santos in March 2025.", "March 2025", "Maria Santos"),
    ("We took the photos ourselves.", None, None),
])
def test_the_seller_s_shoot_date_and_photographer_are_claims_quoted_as_written(text, when, photographer):
    claims = read_claims(text, [], [])
    assert [c.quote for c in claims if c.about == "shoot_date"] == ([when] if when else [])
    assert [c.quote for c in claims if c.about == "photographer"] == ([photographer] if photographer else [])
    assert all(c.quote in text for c in claims)


def test_a_claim_to_own_the_photos_is_labelled_as_such_and_a_legal_argument_keeps_the_general_label():
    from assistant.domain.appeals.grounds import GROUND_LABELS, AppealGround, ground_label

    assert ground_label(AppealGround.OTHER, {"own_photos_claim"}) == "The photos are the seller's own"
    assert ground_label(AppealGround.OTHER, {"legal_argument", "own_photos_claim"}) == GROUND_LABELS[AppealGround.OTHER]
    assert ground_label(AppealGround.LICENCE, {"own_photos_claim"}) == GROUND_LABELS[AppealGround.LICENCE]


@pytest.mark.parametrize("text", [
    "We bought a Kobalt Haus GmbH knife block at a flea market in Berlin.",  # the maker, after an article
    "Compramos unas cremas de Oliveto Cosmetici S.r.l. en una tienda de Valencia.",  # the maker, after 'de'
])
def test_the_maker_of_goods_bought_elsewhere_is_not_their_supplier(text):
    assert not [c for c in read_claims(text, [], []) if c.about == "supplier"]


@pytest.mark.parametrize("text, whole", [
    ("授权书见附件（Brisa Shoes Co., Ltd. 出具，授权期限2026年1月1日至2027年12月31日）。", "Brisa Shoes Co., Ltd. 出具"),
    ("Our licence from Acme Footwear Co., Ltd. is attached.", "Acme Footwear Co., Ltd. is attached."),
    ("Zapatos Levante S.L. puede vender solo en tiendas físicas.", "Zapatos Levante S.L. puede vender"),
    # a form of two words, each with its stop: the second one is the name's too
    ("All lipsticks are genuine, bought directly from Saffira Beauty Sdn. Bhd. in Malaysia.", "Saffira Beauty Sdn. Bhd. in Malaysia"),
    ("Our licence comes from Nordic Brands Pty. Ltd. and is attached.", "Nordic Brands Pty. Ltd. and is attached"),
    ("We bought them from Saffira Beauty Sdn. Bhd. in Malaysia.", "Saffira Beauty Sdn. Bhd. in Malaysia"),  # two forms, each with its stop
    ("本公司和贵公司(Saffira Beauty Sdn. Bhd.)在2024年3月签署了经销合同。", "Sdn. Bhd.)在2024年3月签署了经销合同"),
])
def test_a_company_s_legal_form_never_ends_a_sentence_that_goes_on(text, whole):
    from assistant.domain.appeals.claims import sentences

    assert any(whole in sentence for sentence in sentences(text))


def test_a_capitalised_sentence_after_a_legal_form_starts_a_new_one():
    from assistant.domain.appeals.claims import ends_in_legal_form, sentences

    assert sentences("Somos Perfumería Cardenal S.L. Nuestra carta es válida.") == ["Somos Perfumería Cardenal S.L.", "Nuestra carta es válida."]
    assert not ends_in_legal_form("We sell it as is.") and not ends_in_legal_form("We sell in the EU.")


@pytest.mark.parametrize("text, licensor", [
    ("授权书见附件（Brisa Shoes Co., Ltd. 出具，授权期限2026年1月1日至2027年12月31日）。", "Brisa Shoes Co., Ltd."),
    ("我们已获得Acme Trading GmbH的正式授权，可以销售。", "Acme Trading GmbH"),
    ("Our authorisation letter (issued by Acme Trading Co., Ltd.) is attached.", "Acme Trading Co., Ltd."),
])
def test_a_licensor_in_latin_letters_or_in_brackets_is_the_seller_s_grantor_claim(text, licensor):
    from assistant.domain.appeals.claims import party_claims

    assert [c.party for c in party_claims(text, []) if c.about == "grantor"] == [licensor]


def test_who_issued_an_invoice_is_no_licensor():
    from assistant.domain.appeals.claims import party_claims

    assert not [c for c in party_claims("发票由Sunrise Trading Co., Ltd.出具，授权书稍后补充。", []) if c.about == "grantor"]


# --- A count the seller says it sold is no count of its paper ---------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, quote", [
    ("Kami beli barang ini dari pembekal di Guangzhou, invois dilampirkan (500 unit sudah dijual).", 500, "500 unit sudah dijual"),
    ("这款拼图已售出800件，从来没有顾客投诉。", 800, "已售出800件"),
    ("Ya hemos vendido 600 unidades sin ninguna queja.", 600, "vendido 600 unidades"),
    ("Wir haben bereits 300 Stück verkauft.", 300, "300 Stück verkauft"),
    ("Abbiamo già venduto 400 pezzi.", 400, "venduto 400 pezzi"),
])
def test_a_count_sold_is_read_as_sold_never_as_the_paper_s_quantity(sentence, figure, quote):
    claims = quantity_claims(sentence)
    assert [(c.about, c.quantity, c.quote) for c in claims] == [("sold", figure, quote)]


@pytest.mark.parametrize("sentence", ["We have not sold 500 pieces.", "Maybe we sold 500 pieces."])
def test_a_count_sold_negated_or_hedged_is_no_figure_at_all(sentence):
    assert quantity_claims(sentence) == []


def test_a_count_bought_beside_a_count_sold_keeps_each_its_own():
    claims = quantity_claims("We bought 200 pcs and sold 150 pcs.")
    assert {(c.about, c.quantity) for c in claims} == {("quantity", 200), ("sold", 150)}
