"""Which grounds a counter-notice argues: resale from an authorised source is a purchase, not a licence; a seller
who gives up contests nothing; text wrapped at a fixed width is read sentence by sentence, not line by line."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.grounds import AppealGround, read_grounds, unwrapped
from assistant.domain.appeals.triage import Recommendation, triage_appeal
from assistant.domain.models import Complaint

G = AppealGround


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We bought 300 units from the authorized distributor Qingdao Harbour Trading Co., Ltd. last month.", {G.PURCHASE_INVOICE}),
        ("Our stock was bought from one of the brand's official dealers in Xiamen.", {G.PURCHASE_INVOICE}),
        ("本店商品从品牌方授权的一级经销商“厦门海湾贸易有限公司”进货，共200件。", {G.PURCHASE_INVOICE}),
        ("我店销售的海澜头灯是正品，是从深圳北道贸易有限公司进的货。", {G.PURCHASE_INVOICE}),  # 进的货: bought, said plainly
        # A dealer that shows nothing claims the owner's authorisation (only purchase papers make it a reseller's purchase).
        ("We are an authorised dealer of the brand for Malaysia.", {G.LICENCE}),
        ("We are an authorised dealer under the brand's authorisation letter attached.", {G.LICENCE}),
        ("我们是该品牌授权经销商。", {G.LICENCE}),
        ("Wir sind autorisierter Händler von Lumina Design für Deutschland.", {G.LICENCE}),
        ("Wir sind autorisierter Händler von Lumina Design, der Vertriebsvertrag liegt vor.", {G.LICENCE}),
    ],
)
def test_the_authorisation_of_the_one_we_bought_from_is_not_a_licence(text, expected):
    assert set(read_grounds(text, []).grounds) == expected


def test_a_distributor_with_purchase_papers_resells_and_one_with_none_claims_the_owners_authorisation():
    from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind

    text = "We are the authorised distributor of KORVALD in Malaysia and every pole we sell is genuine."
    bare = read_grounds(text, [])
    assert bare.grounds == (G.LICENCE,) and bare.distributor_words == (text,)
    invoice = AppealAttachment(name="invoice.pdf", kind=AttachmentKind.INVOICE, text="INVOICE\nQty: 40")
    assert read_grounds(text, [invoice]).grounds == (G.PURCHASE_INVOICE,)
    # Buying from an official distributor (Bahasa) is a purchase, whatever the attachments.
    assert read_grounds("Kami membeli 120 unit dari distributor resmi, faktur terlampir.", []).grounds == (G.PURCHASE_INVOICE,)
    # The title beside a purchase named in another sentence: a reseller that buys, with or without its papers given.
    both = "We are an authorised reseller of KORVALD. We bought these poles from the brand's distributor and attach the invoice."
    assert read_grounds(both, []).grounds == (G.PURCHASE_INVOICE,)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry. We have removed the lamp from our store and we will not sell it again.",
        "We will stop selling these cups today.",
        "不好意思，已经下架了，以后不卖了。",
        "该商品链接本店已删除，今后不再上架。",
        "Mohon maaf, produk itu sudah kami padam dari kedai kami dan kami tidak akan menjualnya lagi.",
        "Kami sudah menurunkan iklan tersebut dan berhenti menjual barang ini.",
        "Ci scusiamo: abbiamo ritirato gli articoli dal negozio e non li vendiamo più.",
        "Perdón, hemos borrado los cuchillos del catálogo y no los volveremos a vender.",
        "Apologies, we won't be listing these mugs again.",
    ],
)
def test_a_seller_who_gives_up_contests_nothing(text):
    assert read_grounds(text, []).grounds == (G.NO_CONTEST,)


@pytest.mark.parametrize(
    "text",
    [
        "Our listing was removed by the platform without reason, please restore it.",
        "商品被下架了，请尽快恢复。",
        "Iklan kami telah diturunkan oleh pihak Lazada, mohon dipulihkan kerana produk kami asli.",
        "Produk kami asli. Mohon hapus penalti pada kedai kami.",
        "Il nostro annuncio è stato rimosso, ma i prodotti sono originali e chiediamo di ripristinarlo.",
        "Abbiamo tolto il logo dalle foto del nostro prodotto, che è di nostra produzione.",
        "标题里的品牌字样已删除，我们的商品没有使用贵方商标。",
        "We have removed the listing for now, but we bought these goods from the distributor and have the invoice.",
    ],
)
def test_a_takedown_complained_of_or_beside_an_argument_is_not_giving_up(text):
    assert G.NO_CONTEST not in read_grounds(text, []).grounds


def test_wrapped_lines_are_joined_into_sentences_but_numbered_points_stay_apart():
    text = "1. We bought the goods from the distributor and the invoice is\nattached to this message.\n2. The listing is ours."
    assert unwrapped(text) == "1. We bought the goods from the distributor and the invoice is attached to this message.\n2. The listing is ours."
    # Chinese lines too keep a space where the line broke: a quote never glues a label to the name on the next line.
    assert unwrapped("第一行没有标点\n继续。") == "第一行没有标点 继续。"


def _complaint() -> Complaint:
    return Complaint.model_validate({
        "id": "C-T-1", "site": "aliexpress",
        "complainant": {"name": "Fjordlys AS", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": "trademark", "name": "FJORDLYS", "registration_number": "018900001", "owner": "Fjordlys AS",
                     "places_of_registration": ["EU"], "approval_status": "approved"},
        "reason": "counterfeit_features", "listings": [{"url": "https://www.aliexpress.com/item/1005009999000001.html"}],
        "statement": "The listing sells goods bearing FJORDLYS that Fjordlys AS did not make.",
    })


def test_giving_up_is_its_own_outcome_with_nothing_to_answer():
    triage = triage_appeal(_complaint(), "Apologies, we have deleted the product and will no longer sell it.", [])
    assert triage.recommendation is Recommendation.NO_CONTEST
    assert triage.recommendation_label == "No contest: keep the complaint"
    assert [g.ground for g in triage.grounds] == [G.NO_CONTEST]
    assert triage.grounds[0].findings[0].code == "seller_concedes"
    assert not any("answer with counter-evidence" in line.lower() for line in triage.checklist)
    assert "does not contest" in triage.recommendation_reason


@pytest.mark.parametrize("line", ["Dear Sir or Madam,", "To whom it may concern:", "尊敬的平台：", "Estimado equipo:", "Good afternoon IPP team,"])
def test_a_salutation_on_its_own_argues_nothing(line):
    from assistant.domain.appeals.grounds import greets_only

    assert greets_only(line)
    assert not greets_only(line + " we bought 300 units from the maker.")


def test_the_model_reads_neither_the_greeting_nor_the_writers_name():
    from assistant.domain.appeals.grounds import argued_part

    assert argued_part("Hello, this is Kestrel Camping Co., Ltd., the seller of the tent.") == "the seller of the tent."
    assert argued_part("Dear team, we bought them from the maker.") == "we bought them from the maker."


@pytest.mark.parametrize(
    "text",
    [
        "We hold the copyright in the pictures of this listing.",
        "这些商品图片的著作权归我司所有。",
    ],
)
def test_owning_the_copyright_in_the_pictures_is_an_own_work_claim_not_a_legal_one(text):
    reading = read_grounds(text, [])
    assert reading.own_photos_claim and not reading.legal_argument


@pytest.mark.parametrize(
    "text",
    [
        "Our heater does not have the thermostat of claim 2.",
        "Our product falls outside the scope of the patent claims.",
        "本店水杯的杯盖结构与该实用新型专利的权利要求不同。",
        "Nuestra lámpara no tiene la característica de la reivindicación 3 de la patente.",
    ],
)
def test_a_patent_non_infringement_argument_is_read_as_such(text):
    reading = read_grounds(text, [])
    assert reading.legal_argument and "non_infringement" in reading.legal_kinds
    assert G.DIFFERENT_PRODUCT not in reading.grounds


def test_genuine_goods_not_counterfeits_is_no_different_product():
    reading = read_grounds("These are original products bought from a shop in Lyon, not counterfeits.", [])
    assert reading.grounds == (G.PURCHASE_INVOICE,)


def test_a_letters_heading_argues_nothing():
    from assistant.services.appeals import ground_reader

    text = "To: Acme Tools Ltd\nRe: complaint 5512, utility model ZL202320000001.1, listing 'Hand drill'\n\nWe bought them from a factory in Ningbo."
    reading = read_grounds(text, [], ground_reader())
    assert reading.grounds == (G.PURCHASE_INVOICE,) and not reading.legal_kinds


@pytest.mark.parametrize(
    "text",
    ["Ya hemos retirado el anuncio de las mochilas y no volveremos a venderlas.", "Hola, hemos eliminado los productos de la tienda."],
)
def test_a_spanish_seller_who_gives_up_contests_nothing(text):
    assert read_grounds(text, []).grounds == (G.NO_CONTEST,)


def test_a_source_named_then_described_as_authorised_is_where_the_goods_came_from():
    text = "We purchased 400 pairs from Calzature Bassi S.r.l., an authorised distributor in Italy, invoice 2026/31 (attached)."
    assert read_grounds(text, []).grounds == (G.PURCHASE_INVOICE,)


def test_pictures_taken_by_the_seller_itself_beside_a_licence_are_an_own_photos_claim():
    reading = read_grounds("We are authorised by the brand owner. The goods are genuine and the photos were taken by ourselves.", [])
    assert G.LICENCE in reading.grounds and reading.own_photos_claim


def test_a_licences_territory_is_no_territory_argument():
    reading = read_grounds("Our licence no. AB-12, valid to 31 March 2028, territory Thailand, is attached.", [])
    assert reading.grounds == (G.LICENCE,) and not reading.legal_kinds


def test_several_grounds_in_one_appeal_are_each_read_with_their_own_sentences():
    text = ("We object on several grounds:\n1. Our lamp has a different shape: the base is round, not square.\n"
            "2. We have sold this design since 2020, before the patent application.\n"
            "3. The design patent was declared invalid by CNIPA in decision No. 1234.")
    reading = read_grounds(text, [])
    assert set(reading.grounds) == {G.DIFFERENT_PRODUCT, G.OTHER}
    assert reading.words[G.DIFFERENT_PRODUCT] == ("Our lamp has a different shape: the base is round, not square.",)
    assert reading.legal_kinds["prior_art"] == ("We have sold this design since 2020, before the patent application.",)
    assert reading.legal_kinds["invalidation"] == ("The design patent was declared invalid by CNIPA in decision No. 1234.",)


@pytest.mark.parametrize("text", [
    "We have used the KOALA mark since 2015, before your trademark application.",  # a mark's earlier use is no prior art
    "Our order was cancelled by the supplier, so we sold other goods.",
])
def test_prior_art_and_invalidity_need_a_patent_or_right_spoken_of(text):
    reading = read_grounds(text, [])
    assert "prior_art" not in reading.legal_kinds and "invalidation" not in reading.legal_kinds


def test_one_letter_straight_from_the_owner_is_a_licence_not_a_chain():
    from assistant.domain.appeals.evidence import AppealAttachment

    letter = AppealAttachment(name="经销授权书.txt", text="授权方：杭州禾曦家居有限公司\n被授权方：义乌市乐纳日用品有限公司\n")
    text = "我司是杭州禾曦家居有限公司的授权经销商，经销授权书见附件。"
    # The file's name reads as a distributor's letter: a chain, unless the one letter is known to come from the owner.
    assert G.AUTHORIZATION_CHAIN in read_grounds(text, [letter]).grounds
    assert read_grounds(text, [letter], from_owner=lambda doc: True).grounds == (G.LICENCE,)
    # A letter not from the owner (a look-alike's), or one whose grantor cannot be read, leaves the chain as read.
    assert G.AUTHORIZATION_CHAIN in read_grounds(text, [letter], from_owner=lambda doc: False).grounds
    assert G.AUTHORIZATION_CHAIN in read_grounds(text, [letter], from_owner=lambda doc: None).grounds
    # Two letters are a chain, whoever grants the first.
    second = AppealAttachment(name="授权书2.txt", text="授权方：义乌市乐纳日用品有限公司\n被授权方：金华佳纳商行\n")
    assert G.AUTHORIZATION_CHAIN in read_grounds(text, [letter, second], from_owner=lambda doc: True).grounds


@pytest.mark.parametrize(
    "text",
    [
        "Tenemos la autorización de Lumina Design para vender estos productos.",
        "Lumina Design nos autorizó a vender sus lámparas en Miravia.",
        "Estamos autorizados por Lumina Design para vender en Miravia.",
        "We are authorised by Lumina Design to sell these lamps.",
        "We have Lumina's written permission to sell these lamps.",
        "我们已获得Lumina Design的授权，可以销售这些台灯。",
        "Wir sind von Lumina Design autorisiert, diese Lampen zu verkaufen.",
        "Der Hersteller hat uns den Verkauf ausdrücklich erlaubt.",
    ],
)
def test_an_authorisation_the_seller_says_it_holds_is_the_licence_ground(text):
    assert set(read_grounds(text, []).grounds) == {G.LICENCE}


@pytest.mark.parametrize(
    "text",
    [
        "We are not authorised by anyone, we just buy and resell genuine goods.",
        "Wir haben keine Genehmigung gebraucht, da die Ware original ist.",
        "No tenemos autorización, pero los vendemos igualmente.",
        "我们没有获得授权，但是商品是正品。",
    ],
)
def test_an_authorisation_the_seller_lacks_is_no_licence(text):
    assert G.LICENCE not in read_grounds(text, []).grounds


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Los productos fueron comprados legalmente y revendidos, el derecho se agotó. Además, la marca no se ha usado en España.",
         {"exhaustion", "non_use"}),
        ("The goods were lawfully bought and resold, so the rights are exhausted. The mark has not been used in Spain for five years.",
         {"exhaustion", "non_use"}),
        ("Die Marke YUNFENG wird in Deutschland seit 2019 nicht benutzt.", {"non_use"}),
    ],
)
def test_exhaustion_and_the_owners_non_use_are_each_a_legal_argument(text, kinds):
    reading = read_grounds(text, [])
    assert set(reading.legal_kinds) == kinds and G.OTHER in reading.grounds and G.NO_USE_OF_MARK not in reading.grounds


@pytest.mark.parametrize(
    "text",
    ["The mark is not used in our listing at all.", "We have never used the mark in Spain.", "No usamos la marca en España.",
     "Wir verwenden die Marke nicht."],
)
def test_the_sellers_own_non_use_of_the_mark_is_no_non_use_argument(text):
    reading = read_grounds(text, [])
    assert "non_use" not in reading.legal_kinds and not reading.legal_argument


@pytest.mark.parametrize(
    "text",
    ["Produk kami bukan design yang sama.", "Reka bentuk lampu kami tidak serupa dengan reka bentuk berdaftar itu.",
     "Das Modell sieht völlig anders aus als die Toaster von YUNFENG."],
)
def test_another_design_in_indonesian_malay_and_german_is_a_different_product(text):
    assert set(read_grounds(text, []).grounds) == {G.DIFFERENT_PRODUCT}


@pytest.mark.parametrize(
    "text", ["Barang kami bukan tiruan dan kualitasnya sama dengan yang asli.", "Produk kami tidak melanggar sama sekali."]
)
def test_not_a_fake_or_not_at_all_is_no_different_product(text):
    assert G.DIFFERENT_PRODUCT not in read_grounds(text, []).grounds


def test_three_grounds_in_one_german_sentence_are_each_read():
    reading = read_grounds("Sehr geehrte Damen und Herren,\nwir haben die Ware beim Hersteller gekauft, außerdem ist unser Design anders "
                           "und die Marke ist in Deutschland nicht eingetragen.", [])
    assert set(reading.grounds) == {G.PURCHASE_INVOICE, G.DIFFERENT_PRODUCT, G.OTHER}
    assert set(reading.legal_kinds) == {"territory"}
    assert not any("geehrte" in words for words in reading.legal_kinds["territory"])
