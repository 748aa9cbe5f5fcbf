"""A prior-art document's publication date, as the document gives it; prior art as sellers say it, and the papers they offer for it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.goods_kinds import other_kinds
from assistant.domain.appeals.grounds import AppealGround, legal_kinds, read_grounds
from assistant.domain.appeals.prior_art import _PRIORITY_RE, publication_date, stated_filing_date


@pytest.mark.parametrize(("text", "day"), [
    ("PRODUCT CATALOGUE\nPublished: 18 September 2023\nPage 14", date(2023, 9, 18)),
    ("实用新型专利说明书\n申请日：2020年01月05日\n公告日：2021年08月03日", date(2021, 8, 3)),
    ("(22) Filed: Jan. 5, 2020\n(45) Date of Patent: Mar. 9, 2021", date(2021, 3, 9)),
    ("Fecha de publicación: 03/10/2022", date(2022, 10, 3)),
])
def test_the_day_a_document_was_published_is_read_from_its_own_words(text, day):
    assert publication_date(text) == day


def test_a_document_that_gives_no_publication_date_has_none():
    assert publication_date("Invoice date: 2021-05-04\nModel HL-22 cam cleat") is None
    assert publication_date(None) is None


# --- Prior art said in the seller's languages, the papers of an earlier sale, a lead sentence ---------------------------



@pytest.mark.parametrize("sentence", [
    "Wir verkaufen diese Leuchte bereits seit 2016, also lange bevor Ihr Geschmacksmuster eingetragen wurde.",
    "La fabricamos desde 2018, antes de que ustedes solicitaran la patente.",
    "Il brevetto non vale: lo stesso meccanismo compare nel catalogo Lumina del 2015.",
    "Kami sudah memproduksi rak ini sejak 2017, sebelum paten itu diajukan.",
    "Desain ini tidak memiliki kebaruan sama sekali.",
    "El diseño no es nuevo.",
    "We sold this exact chair in 2018, well before your design was registered.",
    "同样的结构早在2015年就刊登在德国某公司的产品目录上。",
])
def test_prior_art_is_read_in_the_sellers_languages(sentence):
    assert "prior_art" in legal_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "No es el mismo modelo que aparece en su catálogo.",
    "Produk kami tidak sama dengan yang ada di katalog.",
    "Vendemos esta marca desde 2015, antes de que registraran la marca en España.",
    "El producto no es nuevo, es de segunda mano.",
])
def test_not_the_same_a_marks_earlier_use_and_used_goods_are_no_prior_art(sentence):
    assert "prior_art" not in legal_kinds(sentence)


def test_the_sellers_invoice_of_an_earlier_sale_proves_prior_art_and_is_no_purchase():
    text = ("Wir verkaufen genau diese Pendelleuchte bereits seit 2017, also lange bevor Norvik ihr Geschmacksmuster angemeldet hat. "
            "Als Nachweis legen wir unsere Rechnung vom März 2017 bei.")
    invoice = AppealAttachment(name="Rechnung-2017.txt", text="RECHNUNG Nr. 2017-0311\nRechnungsdatum: 14.03.2017\nKunde: Elektro Schmitt GmbH\n"
                               "Tischleuchte \"Kalla\"   Menge 6")
    reading = read_grounds(text, [invoice])
    assert AppealGround.PURCHASE_INVOICE not in reading.grounds
    assert any("Rechnung vom März 2017" in s for s in reading.legal_kinds["prior_art"])


def test_an_invoice_stays_a_purchase_where_the_seller_says_it_bought():
    text = ("We sold this lamp before your design was filed. We bought our stock from the maker, invoice attached.")
    invoice = AppealAttachment(name="invoice.txt", text="INVOICE No. 1\nDate: 2019-03-01\nPendant lamp x 10")
    assert AppealGround.PURCHASE_INVOICE in read_grounds(text, [invoice]).grounds


def test_a_bare_word_that_the_right_is_void_heads_the_prior_art_after_it():
    reading = read_grounds("First, the patent is invalid. The same clip was already published before, see the attached patent. "
                           "Second, we filed an invalidation request.", [])
    assert reading.legal_kinds["prior_art"][0] == "First, the patent is invalid."
    assert "First, the patent is invalid." not in reading.legal_kinds.get("invalidation", ())


def test_lamps_are_told_apart_by_how_they_hang_or_stand():
    assert other_kinds('Tischleuchte "Kalla", Stoffschirm', "Registered Community Design: pendant lamp shade") is not None
    assert other_kinds("Lampada a sospensione", "pendant lamp") is None
    assert other_kinds("LED lamp", "pendant lamp") is None


def test_our_statement_gives_the_priority_day():
    assert stated_filing_date("EP 3 456 789 B1 (priority 10 May 2018), validated in Spain", _PRIORITY_RE) == date(2018, 5, 10)
    assert stated_filing_date("EP 3 456 789 B1 (priority 10 May 2018)") is None


def test_camping_goods_are_told_apart_a_tent_contract_shows_no_lantern():
    assert other_kinds("Goods: 3-person dome tents, model TP-D3", "HALDEN LED Camping Lantern Rechargeable") == (
        {"tents": "tents"}, {"lanterns": "lantern"})
    assert other_kinds("货物：三人圆顶帐篷 YF-D3", "HALDEN 3 Person Camping Tent Waterproof") is None


# --- An earlier sale said of a patent or a design, firm or hedged; the seller's own word 'similar' -----------------------

@pytest.mark.parametrize("sentence", [
    "We think it was maybe already sold before your patent, our factory sold similar handle from 2023.",
    "这款锅铲手柄我们在你们专利之前就已经销售了。",
    "Wir glauben, dass wir diese Leuchtenform schon vor Ihrem Patent verkauft haben.",
    "Creemos que probablemente ya vendíamos esta taza antes de su patente.",
])
def test_an_earlier_sale_said_of_a_patent_is_prior_art_even_when_hedged(sentence):
    assert "prior_art" in legal_kinds(sentence)


def test_an_earlier_sale_denied_or_guessed_at_for_a_mark_is_no_prior_art():
    assert not legal_kinds("We never sold it before your patent.")
    assert "prior_art" not in legal_kinds("We might have sold this lamp before Lumora registered its mark, but we are not sure.")


def test_the_seller_s_hedge_and_its_word_similar_are_said_as_its_own():
    from assistant.domain.appeals.prior_art import prior_art_said

    said = prior_art_said(("We think it was maybe already sold before your patent, our factory sold similar handle from 2023.",))
    assert "hedged ('we think', 'maybe')" in said and "'similar' (its word)" in said
    assert prior_art_said(("我们在你们专利之前就销售了不相似的产品",)) == ""
    assert prior_art_said(("Our factory sold this handle before your patent.",)) == ""


# --- A date given for one paper; a paper's own words for another shape -------------------------------------------------

def test_a_date_the_seller_gives_for_its_catalogue_is_never_its_invoice_s():
    from assistant.domain.appeals.evidence import AttachmentKind
    from assistant.domain.appeals.prior_art import _for_another

    papers = [(1, AppealAttachment(name="catalogue_2021.txt", text="Minghui Toys 2021 Autumn Catalogue\n"), AttachmentKind.OTHER),
              (2, AppealAttachment(name="scan.png", text="SALES INVOICE\nDate: 2023-05-10\n"), AttachmentKind.INVOICE)]
    said = "附件是我们2021年9月的产品目录和销售发票扫描件"
    assert _for_another(said, "2021年9月", 2, papers) and not _for_another(said, "2021年9月", 1, papers)
    assert not _for_another("It was public in March 2021.", "March 2021", 2, papers)  # a date said of no paper is each one's


def test_a_paper_that_names_another_shape_is_said_and_one_that_names_ours_is_not():
    from types import SimpleNamespace

    from assistant.domain.appeals.prior_art_features import other_shapes

    ours = SimpleNamespace(statement="The blocks copy our design: same rounded-triangle profile with a three-notch edge.")
    found = other_shapes(ours, "Catalogue 2021\nMH-2103 Hexagon stacking blocks, hexagonal profile\n")
    assert [(f.line, f.denied) for f in found] == [("MH-2103 Hexagon stacking blocks, hexagonal profile", "Hexagon")]
    assert other_shapes(ours, "Catalogue 2021\nMH-2311 triangle blocks, three notches\nMH-2103 hexagon blocks\n") == []
    assert other_shapes(SimpleNamespace(statement="Der gleiche quadratische Schirm."), "Schirm: rund aus Opalglas") != []
    assert other_shapes(SimpleNamespace(statement="A lamp with a brass base."), "Schirm: rund") == []
