"""Each date where it belongs: a dealer's 'since' is how long, not the day a letter was signed; a document's date is the
item's on its line; a fact the seller gives beside a document's name is that document's; a clause quoted whole."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.claims import read_claims
from assistant.domain.appeals.event_dates import bought_dates, disagreements, granted_dates
from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind
from assistant.domain.appeals.licence_conditions import bought_from_clause
from assistant.domain.appeals.model_codes import lines_about
from assistant.domain.appeals.prior_art import publication

CATALOGUE = ("RIDEMAX SPORTS - Catalogo 2022\nProduct catalogue, edition March 2022\n"
             "Model RM-22 Road Helmet: 18 vents, in-mould PC shell, rear ridge,\n260 g. New for 2022.\n"
             "Model RM-19 Urban Helmet: 9 vents, ABS shell, rounded rear,\n340 g. Since 2019.\nAll designs (c) Ridemax, 2022.")


@pytest.mark.parametrize("sentence", [
    "siamo Ciclismo Bertoni S.r.l., rivenditore autorizzato VELARO dal 2019.",
    "We have been an authorised VELARO dealer since 2019.",
    "Somos distribuidor autorizado de VELARO desde 2019.",
    "Wir sind seit 2019 autorisierter Händler und haben die Ware gekauft.",
    "我们自2019年起就是VELARO授权经销商。",
])
def test_a_since_is_how_long_never_the_day_of_a_signing_or_a_purchase(sentence):
    assert granted_dates(sentence) == []
    assert bought_dates(sentence) == []


def test_the_day_a_letter_was_signed_is_still_read_beside_a_since():
    found = granted_dates("Dealer since 2019, our letter was signed on 10 January 2025.")
    assert [d.value for d in found] == [date(2025, 1, 10)]


def test_a_catalogue_line_about_another_model_gives_none_of_its_dates():
    own = lines_about(CATALOGUE, ["RM-22"])
    assert "Since 2019" not in own and "340 g" not in own  # the wrapped line goes with its model
    assert "New for 2022" in own and "edition March 2022" in own
    assert publication(own).value.year == 2022
    assert lines_about(CATALOGUE, []) == CATALOGUE


def test_the_seller_s_since_is_set_against_its_own_model_s_line():
    doc = AppealAttachment(name="catalogo.pdf", text=CATALOGUE)
    found = disagreements("Nuestro casco RM-22 existe desde 2018.", [(1, doc, AttachmentKind.OTHER)])
    assert [(d.said.value.year, d.shown.quoted) for d in found] == [(2018, "New for 2022")]


def test_a_validity_and_a_signature_stay_on_the_document_named_beside_them():
    attachments = [(1, AppealAttachment(name="fattura.txt", text="FATTURA"), AttachmentKind.INVOICE),
                   (2, AppealAttachment(name="lettera.docx", text="LETTERA"), AttachmentKind.AUTHORIZATION_LETTER)]
    said = ("In allegato la lettera di autorizzazione firmata dal vostro direttore commerciale, valida fino al 31/12/2027 anche per "
            "la vendita online su AliExpress, e la fattura.")
    claims = read_claims(said, attachments, ["Velaro Sport S.p.A."])
    assert {(c.about, c.attachment) for c in claims if c.about in ("validity", "signature")} == {("validity", 2), ("signature", 2)}
    assert not [c for c in claims if c.about == "date"]  # the validity's last day is no invoice date


@pytest.mark.parametrize(("text", "clause"), [
    ("to sell helmets purchased from Velaro Sport S.p.A. or its authorised distributors, online.",
     "purchased from Velaro Sport S.p.A. or its authorised distributors"),
    ("caschi acquistati direttamente da Velaro Sport S.p.A., nei negozi.", "acquistati direttamente da Velaro Sport S.p.A."),
    ("goods bought from Shenzhen Brightwave Co., Ltd. only.", "bought from Shenzhen Brightwave Co., Ltd. only"),
    ("goods purchased from Acme Ltd. This letter is valid.", "purchased from Acme Ltd."),
])
def test_a_purchase_clause_is_quoted_through_a_company_s_legal_form(text, clause):
    assert bought_from_clause(text) == clause
