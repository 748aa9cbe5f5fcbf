"""Grounds read as what they are for the right complained of: a territory argument against a copyright, a disputed test
buy, an earlier sale against a mark, the seller's own sales record, and the country a seller names against our record."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.copyright_territory import CODE, reread, territory_finding
from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.grounds import GroundReading, legal_kinds
from assistant.domain.appeals.prior_art import for_a_mark
from assistant.domain.appeals.right_standards import receipt_shows
from assistant.domain.appeals.territory import record_against_site, unregistered_where_sold
from assistant.domain.appeals.disputed_test_buys import disputes_test_buy, disputed_test_buy_point
from assistant.domain.models import Complaint


def _complaint(ip_type: str = "trademark", site: str = "taobao", reason: str = "counterfeit_features", places=("EU", "Germany"),
               evidence=()) -> Complaint:
    return Complaint.model_validate({
        "id": "C-1", "site": site, "reason": reason, "statement": "Our test purchase (order 8123456789012345) was counterfeit.",
        "complainant": {"name": "Halden Outdoor GmbH", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": ip_type, "name": "HALDEN", "owner": "Halden Outdoor GmbH", "places_of_registration": list(places),
                     "registered": ip_type != "copyright", "approval_status": "approved"},
        "listings": [{"url": "https://item.taobao.com/item.htm?id=1"}], "evidence": list(evidence),
    })


def _reading(**kinds) -> GroundReading:
    words = tuple(s for said in kinds.values() for s in said)
    return GroundReading(grounds=(), legal_argument=bool(words), own_photos_claim=False, claimed_in_text=frozenset(),
                         legal_kinds=kinds, legal_words=words)


def test_a_territory_argument_against_a_copyright_is_answered_by_what_ipp_accepts():
    said = ("Your trademark is not registered in China, so you cannot complain.",)
    assert legal_kinds(said[0]) == ("territory",)
    read = reread(_reading(territory=said), _complaint("copyright"))
    assert read.copyright_territory == said and not read.legal_argument and "territory" not in read.legal_kinds
    finding = territory_finding(_complaint("copyright"), said)
    assert finding.code == CODE and "Copyright Claim Statement" in finding.message and "trademark" in finding.message
    assert "agrees with the seller" not in finding.message


def test_a_territory_argument_against_a_mark_stays_a_legal_argument():
    said = ("Your trademark is not registered in China.",)
    assert reread(_reading(territory=said), _complaint()).legal_kinds == {"territory": said}


def test_our_record_agrees_with_the_seller_only_on_the_country_it_names():
    site = _complaint(site="tmall")
    assert "agrees with the seller" in record_against_site(site, ("Your trademark is not registered in China.",))
    other = record_against_site(site, ("Your trademark is not registered in Hong Kong.",))
    assert "agrees with the seller" not in other and "Hong Kong" in other and "no registration in China" in other


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Your design was not registered when we started selling it on Amazon.", ("prior_art",)),
    ("This design was on sale on Amazon before you registered it, so your registration is not valid.", ("prior_art",)),
    ("The trademark is not valid here.", ("territory",)),
])
def test_not_registered_or_valid_is_territory_only_with_a_place(sentence, kinds):
    assert legal_kinds(sentence) == kinds


def test_an_earlier_sale_against_a_mark_is_prior_use():
    said = ("We were selling lanterns under this name on Amazon before you registered it.",)
    assert for_a_mark(_reading(prior_art=said), _complaint()).legal_kinds == {"prior_use": said}
    assert for_a_mark(_reading(prior_art=said), _complaint("patent")).legal_kinds == {"prior_art": said}


@pytest.mark.parametrize(("sentence", "disputed"), [
    ("Your test purchase was not from our shop.", True),
    ("这个订单号我们后台查不到，我们也从来没有发过这个货。", True),
    ("The parcel in your test buy report did not come from us.", True),
    ("We bought these lanterns from the official distributor.", False),
])
def test_a_test_buy_said_not_to_be_the_sellers(sentence, disputed):
    assert disputes_test_buy(sentence) is disputed


def test_a_disputed_test_buy_is_answered_with_our_order_number():
    evidence = [{"kind": "test_buy_order_number", "description": "Test-buy order 8123456789012345 placed 2026-10-02", "file": "o.pdf"}]
    finding = disputed_test_buy_point(_complaint(reason="test_buy", evidence=evidence))
    assert "8123456789012345" in finding.message and "8123456789012345" in finding.reply


def test_a_shops_receipt_says_its_date_goods_and_quantity_as_written():
    receipt = AppealAttachment(name="ticket.pdf", text="EL CORTE INGLÉS, S.A.\nFecha: 14/10/2026 17:42\n"
                               "HALDEN LUMO LINTERNA PLEGABLE   10 x 29,90   299,00\nTOTAL EUR 299,00")
    assert receipt_shows(receipt, "Halden") == "dated '14/10/2026', for 'HALDEN LUMO LINTERNA PLEGABLE', 10 pieces"



def test_a_copyright_has_no_place_of_registration_to_agree_on():
    copyright = _complaint("copyright", places=("Germany",))
    assert "agrees with the seller" not in record_against_site(copyright, ("Your copyright is not registered in China.",))
    assert unregistered_where_sold(copyright) is None
