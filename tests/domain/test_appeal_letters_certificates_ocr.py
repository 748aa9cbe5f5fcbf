"""Letters, certificates and OCR read as they are: an appointment letter is an authorisation; 'the undersigned' is no
signature; a chain said in words (a reseller of the brand's official distributor); a work's certificate dated after
ours; a name OCR read with look-alike characters; an authorisation's 'since' and its purchase condition."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind, signature_state
from assistant.domain.appeals.grounds import keyword_classes
from assistant.domain.appeals.licence_conditions import _BOUGHT_FROM_RE, _said_since
from assistant.domain.appeals.own_work import our_work_dates
from assistant.domain.appeals.parties import ocr_lookalike
from assistant.domain.untrusted_text import normalize_text


@pytest.mark.parametrize("title", ["SURAT PENUNJUKAN RESELLER", "Surat Pelantikan Peruncit", "LETTER OF APPOINTMENT - RESELLER",
                                   "Dealer Appointment", "经销商委任书"])
def test_an_appointment_letter_is_an_authorisation(title):
    letter = AppealAttachment(name="letter.txt", text=f"{title}\nNo. 017/2026\n")
    assert attachment_kind(letter) is AttachmentKind.AUTHORIZATION_LETTER


@pytest.mark.parametrize("opening, closing", [
    ("Yang bertanda tangan di bawah ini, PT Sinar Alam Distribusi, dengan ini menunjuk:", "Hormat kami,\n\n(              )\nDirektur"),
    ("Saya yang bertandatangan di bawah, bagi pihak Gemilang Niaga Sdn Bhd, dengan ini melantik:", "Yang benar,\n\n(        )\nPengarah"),
    ("I, the undersigned, on behalf of Borneo Outdoor Supply Sdn Bhd, hereby appoint:", "Yours faithfully,\n\n(        )\nDirector"),
    ("El abajo firmante, en nombre de Distribuciones Turia S.L., nombra:", "Atentamente,\n\n(        )\nGerente"),
])
def test_the_undersigned_is_no_signature(opening, closing):
    assert signature_state(f"{opening}\nToko Botol Jaya\n{closing}\n", needs_both_parties=False) is None


def test_a_signature_beside_the_undersigned_still_counts():
    text = "Yang bertanda tangan di bawah ini menunjuk Toko Jaya.\nHormat kami,\nttd. Hendra Wijaya, Direktur\n[cap perusahaan PT Sinar]"
    assert signature_state(text, needs_both_parties=False) is True


@pytest.mark.parametrize("sentence", [
    "Produk kami 100% original gan, kami reseller resmi dari PT Sinar Alam Distribusi yang merupakan distributor resmi HALCYON di Indonesia.",
    "Kedai kami ialah peruncit rasmi yang dilantik oleh Gemilang Niaga Sdn Bhd, iaitu pengedar rasmi HALCYON di Malaysia.",
    "We are an appointed reseller of Borneo Outdoor Supply, which is the official distributor of HALCYON in Malaysia.",
    "Terlampir surat penunjukan reseller dari distributor.",
    "The appointment letter from our distributor is attached.",
])
def test_a_reseller_of_the_official_distributor_argues_a_chain(sentence):
    assert "authorization_chain" in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "We are resellers of original products bought in bulk from the distributor.",
    "We are a reseller, we buy from the official distributor.",
    "Kami membeli 120 unit dari distributor resmi.",
])
def test_buying_from_a_distributor_is_no_chain(sentence):
    assert "authorization_chain" not in keyword_classes(sentence)


def test_our_work_dates_by_event():
    dates = our_work_dates("Printed with our Little Deer series (created 2024-11, first published 2025-03-15, registered 2025-06-20 as "
                           "国作登字-2025-F-01234567).", sentences)
    assert {k: (v.value.isoformat(), v.precision) for k, v in dates.items()} == {
        "created": ("2024-11-01", "month"), "published": ("2025-03-15", "day"), "registered": ("2025-06-20", "day")}


@pytest.mark.parametrize("a, b, text, alike", [
    ("海翠户外用品（深圳）有限公司", "海翠炉外用晶", "授权方：海翠炉外用晶 【深圳）有限公司\n", True),
    ("杭州山岚户外用品有限公司", "杭州山岗户外用吕有限公司", "", True),
    ("Meridian Outdoor Trading Corp.", "Merldian 0utdoor Tradlng Corp.", "", True),
    ("宁波优佳厨具有限公司", "宁波海澜厨具有限公司", "", False),
    ("Peakline Supplies Ltd", "Halcyon Outdoor Ltd", "", False),
    ("Nordlicht Vertrieb GmbH", "Nordwind Vertrieb GmbH", "", False),
])
def test_names_ocr_may_have_misread(a, b, text, alike):
    assert ocr_lookalike(a, b, text) is alike


@pytest.mark.parametrize("text, year", [
    ("Kami adalah pengedar sah produk HALCYON di Malaysia sejak tahun 2022.", 2022),
    ("We have been an authorised dealer of HALCYON since 2020 and sell only original lanterns.", 2020),
    ("Somos distribuidor autorizado desde 2019.", 2019),
    ("Our shop opened in 2019 and sells lanterns.", None),
])
def test_the_start_the_seller_claims(text, year):
    said = _said_since(text)
    assert (said[0].value.year if said else None) == year


def test_the_purchase_condition_is_quoted_as_written():
    text = "genuine HALCYON products purchased from Halcyon Outdoor Ltd or its appointed distributor for Malaysia, for sale in Malaysia"
    found = _BOUGHT_FROM_RE.search(normalize_text(text))
    assert found and text[found.start():found.end()] == "purchased from Halcyon Outdoor Ltd or its appointed distributor for Malaysia"
