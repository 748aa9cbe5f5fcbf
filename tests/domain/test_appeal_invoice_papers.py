"""Invoices as invoices: the seller's signature names it, an invoice's marks, an accessory's paper, grounds that contradict."""

from assistant.domain.appeals.accessories import accessory_finding
from assistant.domain.appeals.evidence import AppealAttachment
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.parties import seller_names
from assistant.domain.appeals.right_standards import InvoiceMark, invoice_mark

LANTERNS = "The listed HALCYON Trek lanterns are counterfeit: printed logo, no hologram, USB-A port."


def test_the_name_above_the_date_signs_the_counter_notice():
    assert seller_names("您好，\n我们的货是正品。\n\n义乌市米达百货商行\n2026年11月26日\n") == ["义乌市米达百货商行"]
    assert seller_names("Hello,\nGenuine goods.\n\nBrightway Outdoor Store\n27 November 2026\n") == ["Brightway Outdoor Store"]


def test_a_place_and_date_after_the_closing_is_not_the_seller():
    text = "Hola,\nSon originales.\n\nAtentamente,\nDistribuciones Levante Hogar S.L.\nValencia, 25 de noviembre de 2026\n"
    assert seller_names(text) == ["Distribuciones Levante Hogar S.L."]


def test_what_mark_an_invoice_carries():
    assert invoice_mark(AppealAttachment(name="发票.txt", text="增值税普通发票\n开票日期：2026年10月09日")) is InvoiceMark.ISSUER_SEAL
    assert invoice_mark(AppealAttachment(name="r.txt", text="Outdoorhaus Berlin GmbH\nRECHNUNG Nr. 2026-4471")) is InvoiceMark.NONE
    assert invoice_mark(AppealAttachment(name="contract.txt", text="PURCHASE CONTRACT\nParty A ...")) is None
    assert invoice_mark(AppealAttachment(name="order_confirmation.txt", text="Order confirmation PO-55120")) is None


def test_an_invoice_for_a_bracket_is_not_for_the_lanterns():
    text = "INVOICE PS-77812\nQty   SKU        Description                                   Unit      Total\n" \
           "40    HTL-BRK    HALCYON Trek Lantern mounting bracket         GBP 3.20  GBP 128.00\n"
    found = accessory_finding(LANTERNS, text, "HALCYON", 1, AppealGround.PURCHASE_INVOICE)
    assert found is not None and found.code == "product_mismatch"
    assert "'HALCYON Trek Lantern mounting bracket'" in found.message and "('bracket')" in found.message


def test_goods_that_come_with_an_accessory_are_the_goods():
    for line in ("80    HALCYON Trek camping lantern with hanging hook   GBP 24.00", "80    HALCYON Trek camping lantern   GBP 24.00"):
        assert accessory_finding(LANTERNS, f"INVOICE\n{line}\n", "HALCYON", 1, AppealGround.PURCHASE_INVOICE) is None


def test_a_chinese_invoice_for_a_bracket():
    text = "货物或应税劳务名称   数量\n*五金配件*HALCYON Trek露营灯支架   BRK-01   个   50\n"
    found = accessory_finding(LANTERNS, text, "HALCYON", 1, AppealGround.PURCHASE_INVOICE)
    assert found is not None and "支架" in found.message
