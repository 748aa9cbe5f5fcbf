"""Threats and sales-channel limits in each language the triage reads; a seller that gives up owes no reply; the owner's
letter to the seller's supplier is no licence of the seller's; a promised title change is looked at again later."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.licence_scope import channel_exclusion
from assistant.domain.appeals.threats import pressure_said, threat_deadline
from assistant.domain.appeals.triage import AppealAttachment, Recommendation, triage_appeal
from assistant.domain.models import Complaint, Site


@pytest.mark.parametrize("text", [
    "Les rogamos retiren la denuncia. En caso contrario nos veremos obligados a emprender acciones legales por los daños causados.",
    "In caso contrario saremo costretti a tutelarci per vie legali.",
    "Dans le cas contraire, nous serons contraints d'engager une action en justice.",
    "Andernfalls sehen wir uns gezwungen, rechtliche Schritte einzuleiten.",
    "请尽快撤回投诉，不然我们只能走法律程序。",
    "Please withdraw it within 3 days, failing which we will be forced to seek legal remedies.",
])
def test_a_threat_said_as_what_follows_otherwise_is_read_in_each_language(text):
    assert pressure_said(sentences(text))[0] == ["threatens legal action against us"]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Sollten Sie die Beschwerde nicht bis zum 10.12.2026 zurückziehen, wird sich unser Anwalt bei Ihnen melden.", "10.12.2026"),
    ("Wir geben Ihnen Zeit bis zum 15.12.2026, die Beschwerde zurückzunehmen; danach leiten wir gerichtliche Schritte ein.", "15.12.2026"),
    ("Sans retrait de la plainte avant le 15 décembre 2026, notre avocat engagera une procédure.", "15 décembre 2026"),
    ("Si no retiran la queja antes del 20 de diciembre de 2026, iniciaremos acciones legales.", "20 de diciembre de 2026"),
    ("Se non ritirate il reclamo entro il 15/12/2026, ci rivolgeremo al nostro avvocato.", "15/12/2026"),
    ("Jika aduan tidak ditarik dalam 3 hari, kami akan mengambil tindakan undang-undang.", "dalam 3 hari"),
    ("请在2026年12月15日前撤回投诉，否则我们将通过法律途径解决。", "2026年12月15日"),
    ("Withdraw the complaint within 3 days or our lawyer will contact you.", "within 3 days"),
])
def test_a_threat_with_the_sellers_own_deadline_is_read_with_that_deadline_as_written(text, deadline):
    said = sentences(text)
    assert pressure_said(said)[0] == ["threatens legal action against us"]
    assert threat_deadline(said) == deadline


def test_a_date_that_is_no_deadline_is_not_said_as_one():
    said = sentences("We bought them on 2 August 2026. If you do not withdraw the complaint, our lawyer will contact you.")
    assert pressure_said(said)[0] == ["threatens legal action against us"] and threat_deadline(said) is None


@pytest.mark.parametrize("text", [
    "Our lawyer checked the invoice dated 2026-08-02.",
    "No queremos llegar a acciones legales, preferimos aclararlo con ustedes.",
    "我们只能提供这一张发票。",
    "Nuestro abogado revisó la factura.",
])
def test_no_threat_without_one(text):
    assert pressure_said(sentences(text)) == ([], [])


@pytest.mark.parametrize(("text", "limited"), [
    ("Territorio: España, venta en tiendas físicas.", True),
    ("Canale di vendita: negozi fisici a Milano e Torino.", True),
    ("Distribution : boutiques physiques en France et en Belgique.", True),
    ("Vertriebsweg: stationärer Einzelhandel in Deutschland und Österreich.", True),
    ("销售渠道：线下实体门店。", True),
    ("Sales channel: brick-and-mortar shops in Spain and Portugal.", True),
    ("Canales: tiendas físicas y venta online.", False),  # online allowed beside the shops
    ("Sales channels: physical shops and Tmall.", False),  # the site itself named as a channel
    ("The licensee runs four physical shops in Valencia.", False),  # no word of selling or of a channel
])
def test_physical_shops_named_as_the_channel_keep_the_licence_off_online_sales(text, limited):
    assert (channel_exclusion(f"LICENCE\n{text}", Site.TMALL) == text) is limited


def _complaint(site: str, url: str, reason: str = "counterfeit_features", **right) -> Complaint:
    ip_right = {"ip_type": "trademark", "name": "BRISA", "owner": "Brisa Calzados S.L.", "registered": True,
                "registration_number": "61234567", "places_of_registration": ["Mainland China"], "approval_status": "approved"} | right
    return Complaint.model_validate({
        "id": "C-1", "site": site, "complainant": {"name": "Brisa Calzados S.L.", "holder_type": "company", "role": "rights_holder"},
        "ip_right": ip_right, "reason": reason, "listings": [{"url": url, "title": "Brisa Style Espadrilles Wholesale"}],
        "statement": "The listing sells goods under our mark BRISA.",
    })


def _photos(site: str, url: str) -> Complaint:
    return _complaint(site, url, "image_theft", ip_type="copyright", name="Brisa SS26 product photographs", registered=False,
                      registration_number=None, places_of_registration=[])


@pytest.mark.parametrize(("site", "url"), [
    ("lazada", "https://www.lazada.com.my/products/sandal-i1-s2.html"), ("taobao", "https://item.taobao.com/item.htm?id=712345678922"),
])
def test_a_seller_that_gives_up_owes_no_reply_and_its_photos_are_what_to_check(site, url):
    text = "Kami minta maaf. Gambar produk tersebut telah kami padam daripada senarai kami dan kami tidak akan menggunakan gambar anda lagi."
    triage = triage_appeal(_photos(site, url), text, [], filed_on=date(2026, 11, 20), today=date(2026, 12, 2),
                           received_on=date(2026, 11, 30))
    assert triage.recommendation is Recommendation.NO_CONTEST
    assert triage.deadline_line.startswith("No reply is due")
    assert "our photos are gone" in triage.deadline_line and "offline" not in triage.deadline_line
    assert "as soon as you can" not in triage.deadline_line


def test_pictures_deleted_beside_a_contest_are_no_take_down_of_the_goods():
    text = "Gambar itu milik kami sendiri, kami ambil sendiri di studio kami. Kami sudah padam gambar tersebut dari iklan."
    triage = triage_appeal(_photos("aliexpress", "https://www.aliexpress.com/item/1005007712340023.html"), text, [],
                           filed_on=date(2026, 11, 20), today=date(2026, 12, 2))
    said = " ".join(f.message for f in triage.to_check)
    assert "photos_change_said" in {f.code for f in triage.to_check}
    assert "offline" not in said and "the goods down" not in said


def test_the_owners_letter_to_the_sellers_supplier_is_no_licence_of_the_sellers():
    text = ("We purchased 150 pairs of BRISA sandals from Brisa Asia Distribution Ltd on 12 August 2026, invoice attached, signed and "
            "stamped by both sides. Brisa Asia Distribution's authorisation from Brisa Calzados S.L. is also attached.\n"
            "Regards,\nXiamen Bluewave Import & Export Co., Ltd.")
    invoice = AppealAttachment(name="invoice.pdf", text=(
        "INVOICE BAD-2026-0812\nDate: 12 August 2026\nSeller: Brisa Asia Distribution Ltd, Wan Chai, Hong Kong\n"
        "Buyer: Xiamen Bluewave Import & Export Co., Ltd.\nItem: BRISA sandals MEN-01  Qty: 150 pairs\n"
        "Signed and stamped: Brisa Asia Distribution Ltd (company chop) / Xiamen Bluewave Import & Export Co., Ltd. (company chop)"))
    letter = AppealAttachment(name="authorisation.docx", text=(
        "Distribution Authorisation\nBrisa Calzados S.L. appoints Brisa Asia Distribution Ltd (Hong Kong) as authorised distributor of "
        "BRISA footwear.\nTerritory: Asia-Pacific, including Mainland China and Hong Kong.\nTerm: 1 January 2025 to 31 December 2027.\n"
        "Signed: Marta Lloret, Brisa Calzados S.L. (signature and company stamp)"))
    triage = triage_appeal(_complaint("alibaba", "https://www.alibaba.com/product-detail/x_1.html"), text, [invoice, letter],
                           filed_on=date(2026, 11, 22), today=date(2026, 12, 2))
    assert [g.value for g in triage.ground_names()] == ["purchase_invoice"]
    point = next(f for f in triage.to_check if f.code == "supplier_authorised")
    assert point.attachment == 2 and "not to the seller" in point.message
    assert not any("where the listing sells" in f.message for f in triage.missing)
    assert not any(other.label in step for step in triage.checklist for other in Site if other is not Site.ALIBABA)


def test_a_promised_title_change_has_a_step_to_look_at_the_title_again():
    text = "We use the word only to describe the style of our espadrilles. Anyway we will change the title within 24 hours."
    triage = triage_appeal(_complaint("alibaba", "https://www.alibaba.com/product-detail/x_2.html", "trademark_misuse"), text, [],
                           filed_on=date(2026, 11, 22), today=date(2026, 12, 2))
    assert "title_change_promised" in {f.code for f in triage.to_check}
    assert any("look at the listing's title again once the time the seller gives has passed" in step for step in triage.checklist)
    assert not any("what did the seller change" in step for step in triage.checklist)


def test_an_exclusion_said_as_such_is_quoted_before_a_channel_named():
    text = ("Kestrel Outdoor Ltd gewährt Bergsport Huber GmbH das Recht, Rucksäcke in Deutschland über den stationären Fachhandel zu "
            "vertreiben. Online-Marktplätze sind ausgenommen.")
    assert channel_exclusion(text, Site.ALIEXPRESS) == "Online-Marktplätze sind ausgenommen."


@pytest.mark.parametrize("text", [
    'Kami mohon maaf atas kesilapan tajuk produk. Kami sudah buang perkataan "BRIGHTWELL" dari tajuk hari ini, dan tidak akan guna '
    "lagi nama jenama tersebut. Produk kami adalah playar tanpa jenama.",
    "非常抱歉，我们的商品标题写错了。标题中的“BRIGHTWELL”字样已经全部删除，以后不会再用这个品牌名。我们卖的钳子是无品牌的。",
    'Nous nous excusons pour l\'erreur dans le titre. Nous avons retiré le mot "BRIGHTWELL" du titre et nous ne l\'utiliserons plus. '
    "Nos pinces sont des pinces sans marque.",
])
def test_our_mark_taken_out_beside_goods_said_to_bear_no_brand_is_a_give_up(text):
    from assistant.domain.appeals.given_up import given_up
    from assistant.domain.appeals.grounds import AppealGround, read_grounds

    reading = read_grounds(text, [], mark="BRIGHTWELL")
    assert reading.grounds == (AppealGround.NO_CONTEST,)
    assert given_up("trademark_misuse", text, "BRIGHTWELL").checked == "our mark is gone from the reported listing"
