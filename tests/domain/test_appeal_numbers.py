"""A right's number as written against ours: the same digits are the same number; one or two digits off is another."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.numbers import near_numbers, same_number


@pytest.mark.parametrize("written", ["ZL 2023 2 0456789.1", "ZL202320456789.1", "202320456789.1", "ZL 2023 2 0456789 . 1", "ＺＬ２０２３２０４５６７８９．１"])
def test_a_number_spaced_dotted_or_prefixed_otherwise_is_the_same(written):
    assert same_number(written, "ZL 2023 2 0456789.1")
    assert near_numbers(f"Licensed patent: {written}.", "ZL 2023 2 0456789.1") == []


@pytest.mark.parametrize(("text", "ours", "written"), [
    ("Licensed patent: ZL 2023 2 0465789.1 (a folding stand)", "ZL 2023 2 0456789.1", "ZL 2023 2 0465789.1"),  # two digits swapped
    ("registration no. UK00003912487\n", "UK00003912457", "UK00003912487"),  # one digit changed
    ("授权商标：青禾（注册号38765142）", "38765412", "38765142"),
    ("Trade mark 018877665 valid until 2027", "018877566", "018877665"),  # two digits, not side by side
])
def test_a_number_one_or_two_digits_away_is_given_as_written(text, ours, written):
    assert [n.written for n in near_numbers(text, ours)] == [written]


@pytest.mark.parametrize("text", [
    "Invoice no. 38712 dated 2026-10-12, 600 pcs",  # other figures share nothing with ours
    "Order 3876541200 shipped",  # longer than ours
    "Valid from 2025-01-01 to 2027-12-31",
])
def test_other_figures_are_no_right_s_number(text):
    assert near_numbers(text, "38765412") == []


def test_a_number_too_short_to_tell_is_never_compared():
    assert near_numbers("mark no. 12346", "12345") == []


@pytest.mark.parametrize("text", [
    "Umsatzsteuer-Identifikationsnummer (USt-IdNr.): DE 018 243 567",
    "Registergericht: Amtsgericht München   Registernummer: HRB 018243567",
    "VAT No. GB 018 243 567",
    "EORI: DE018243567",
    "统一社会信用代码：018243567",
])
def test_a_company_s_vat_register_or_customs_number_is_never_a_right_s(text):
    assert near_numbers(text, "018234567") == []


def test_a_number_the_document_calls_a_mark_s_is_still_compared_beside_a_vat_number():
    assert [n.written for n in near_numbers("VAT No. DE 111 222 333\nTrade mark no. 018 243 567", "018234567")] == ["018 243 567"]
