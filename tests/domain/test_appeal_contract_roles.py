"""A contract names its parties once, each with the role it gives them in brackets, and then speaks of them by role
('Il Fornitore autorizza il Distributore'): the grant's parties are the companies defined in those roles, so a dealer
contract we made is from the owner and granted to the seller it names."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind, document_quantity, grant_parties
from assistant.domain.appeals.parties import defined_roles, leading_company, seller_names
from assistant.domain.appeals.signature_words import SIGNATURE_RE

_IT = ("CONTRATTO DI DISTRIBUZIONE NON ESCLUSIVA\nTra Kestival Toys S.r.l., Via dei Tigli 14, 36100 Vicenza (il Fornitore)\n"
       "e Giocattoli Bellini S.n.c., Via Roma 88, 40121 Bologna (il Distributore).\n"
       "Art. 1 - Il Fornitore autorizza il Distributore a rivendere i prodotti a marchio KESTIVAL in Italia e online.\n"
       "Vicenza, 20 dicembre 2024. Firmato: Marco Kestival (Amministratore), Luca Bellini.")
_DE = ("HÄNDLERVERTRAG\nzwischen der Vogt Werkzeug GmbH, Ringstraße 4, 70173 Stuttgart (nachfolgend „Hersteller“)\n"
       "und der Werkzeughandel Kern KG, Am Markt 2, 01067 Dresden (nachfolgend „Händler“ genannt).\n"
       "§ 1 Der Hersteller ermächtigt den Händler, Produkte der Marke VOGT online zu vertreiben.\nUnterschrift: P. Vogt, S. Kern")
_ES = ("Entre Lumora Hogar S.L., Calle Colón 5, Valencia (en adelante, \"el Proveedor\"), y Casa Ribera S.L., Madrid "
       "(en adelante, \"el Distribuidor\").\nPRIMERA. El Proveedor autoriza al Distribuidor a vender productos LUMORA.")
_PT = ("Entre Atlântica Cerâmicas, Lda., Rua do Almada 120, Porto (doravante \"o Fornecedor\")\n"
       "e Casa Douro Comércio, Lda., Lisboa (doravante \"o Distribuidor\").\n"
       "Cláusula 1.ª O Fornecedor autoriza o Distribuidor a revender os produtos ATLANTICA.\nAssinado: Rui Matos, Inês Duarte")
_EN = ("DEALER AGREEMENT\nThis agreement is made between Harborline Ltd, 4 Quay Street, Bristol (the \"Company\") and Tidewater "
       "Home Goods Ltd, 18 Mill Lane, Leeds (the \"Dealer\").\n1. The Company appoints the Dealer as an authorised dealer of "
       "HARBORLINE products.\nSigned: Thomas Reed, for the Company; Sarah Hale, for the Dealer.")


@pytest.mark.parametrize(("text", "grantor", "grantee"), [
    (_IT, "Kestival Toys S.r.l.", "Giocattoli Bellini S.n.c."),
    (_DE, "Vogt Werkzeug GmbH", "Werkzeughandel Kern KG"),
    (_ES, "Lumora Hogar S.L.", "Casa Ribera S.L."),
    (_PT, "Atlântica Cerâmicas, Lda.", "Casa Douro Comércio, Lda."),
    (_EN, "Harborline Ltd", "Tidewater Home Goods Ltd"),
])
def test_a_grant_by_roles_names_the_companies_defined_in_them(text, grantor, grantee):
    assert grant_parties(text) == (grantor, grantee)


def test_roles_are_read_with_the_company_before_each():
    assert defined_roles(_IT) == {"fornitore": "Kestival Toys S.r.l.", "distributore": "Giocattoli Bellini S.n.c."}
    assert defined_roles("Acme Ltd grants Bravo Ltd a licence.") == {}


@pytest.mark.parametrize("text", [_IT, _DE, _EN])
def test_a_dealer_contract_that_grants_the_right_to_sell_is_an_authorisation(text):
    assert attachment_kind(AppealAttachment(name="contract.pdf", text=text)) is AttachmentKind.AUTHORIZATION_LETTER


def test_a_contract_of_sale_that_counts_goods_stays_a_contract():
    sale = "PURCHASE CONTRACT\nAcme Ltd (the Seller) sells to Bravo Ltd (the Buyer) 200 pcs of ACME kettles.\nSigned: both parties"
    assert attachment_kind(AppealAttachment(name="contract.pdf", text=sale)) is AttachmentKind.CONTRACT


def test_a_legal_form_after_a_comma_is_the_names():
    assert leading_company("Atlântica Cerâmicas, Lda., Rua do Almada 120") == "Atlântica Cerâmicas, Lda."
    assert leading_company("Rossi, Verdi e Bianchi") is None


def test_the_seller_names_itself_after_we_are_and_an_article():
    assert seller_names("wir sind die Bergsport Maier KG aus München.\nMit freundlichen Grüßen\nAnna Maier")[0] == "Bergsport Maier KG"
    assert seller_names("Somos a Casa Douro Comércio, Lda., distribuidor autorizado.")[0] == "Casa Douro Comércio, Lda."


def test_abbreviated_quantity_labels_are_the_lines_count():
    assert document_quantity("KP-500 Puzzle 'Fattoria' 500 pz - Qta 240 - EUR 8,90\nKP-300 Puzzle 'Oceano' 300 pz - Qta 120") == 360
    assert document_quantity("Caneca ATLANTICA 350 ml - Qtd 144 - 4,20 EUR") == 144


def test_portuguese_signature_words_are_signatures():
    assert SIGNATURE_RE.search("assinado: rui matos") and SIGNATURE_RE.search("assinatura do cliente")
