"""A manufacturing agreement offered as a maker's permission to sell: read as the licence it is offered as, judged on its
own clauses (a ban on selling to third parties, its expiry)."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind
from assistant.domain.appeals.grounds import keyword_classes
from assistant.domain.appeals.licence_conditions import resale_ban


@pytest.mark.parametrize("text", [
    "3. The Manufacturer shall not sell, offer or distribute the Products to any third party.",
    "第二条 乙方不得将产品销售、许诺销售或提供给任何第三方。",
    "El Fabricante no podrá vender los Productos a terceros.",
    "Der Hersteller darf die Produkte nicht an Dritte verkaufen.",
])
def test_a_ban_on_selling_to_third_parties_is_read_in_each_language(text):
    assert resale_ban(text)


@pytest.mark.parametrize("text", [
    "The Licensee may sell the Products to consumers in Germany.",
    "The Licensor shall not grant any third party a licence for the Territory.",  # no sale forbidden to the seller
])
def test_a_clause_that_forbids_no_sale_is_no_ban(text):
    assert resale_ban(text) is None


def test_a_manufacturing_agreement_is_judged_as_the_permission_it_is_offered_as():
    for heading in ("MANUFACTURING AGREEMENT\nbetween Halden Outdoor GmbH", "委托加工合同\n甲方（委托方）：Halden Outdoor GmbH"):
        assert attachment_kind(AppealAttachment(name="agreement.docx", text=heading)) is AttachmentKind.LICENCE


def test_a_maker_s_agreement_named_as_its_right_to_sell_is_a_licence_claim_not_a_purchase():
    found = keyword_classes("We signed a manufacturing agreement with Halden Outdoor GmbH, so we have the right to sell these tents.")
    assert "licence" in found and "purchase_invoice" not in found
