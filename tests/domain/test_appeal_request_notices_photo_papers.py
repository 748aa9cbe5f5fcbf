"""An office's notice that an invalidation request was accepted is no decision; a photographer's paper is no purchase,
and its own date is set against the seller's shoot and our photos; an empty signature line is told from none."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.camera_dates import paper_date, paper_later_than_said
from assistant.domain.appeals.evidence import (
    AppealAttachment, AttachmentKind, attachment_kind, empty_signature_place, names_photo_shoot, normalize_text, years_alone,
)
from assistant.domain.appeals.grounds import keyword_classes, legal_kinds
from assistant.domain.appeals.office_papers import invalidation_paper, request_notice


def test_a_notice_accepting_an_invalidation_request_is_no_decision_in_its_own_words():
    zh = "国家知识产权局\n无效宣告请求受理通知书\n专利号：ZL202220987654.3\n受理日期：2026年10月20日\n本通知书仅表示无效宣告请求已被受理，不代表审查结论。\n"
    found = request_notice(zh)
    assert found and found.accepted[0] == date(2026, 10, 20) and "不代表审查结论" in found.says and "受理通知书" in found.heading
    en = ("EUIPO\nCancellation Division\nNotification of an application for a declaration of invalidity\nDate of receipt of the "
          "application: 22/10/2026\nThis notification does not prejudge the outcome of the proceedings.\n")
    assert request_notice(en) is not None and request_notice(en).accepted[0] == date(2026, 10, 22)


def test_a_decision_on_the_request_is_none_and_other_papers_are_not_office_papers():
    decision = "国家知识产权局\n无效宣告请求审查决定书\n决定号：第568123号\n决定要点：宣告专利权全部无效。\n"
    assert request_notice(decision) is None and invalidation_paper(decision)
    invoice = "INVOICE 2026-118\nDate: 2026-10-02\n20 pcs KIRRA TRAIL\nCancellation policy: 14 days\n"
    assert not invalidation_paper(invoice) and request_notice(invoice) is None
    notice = AppealAttachment(name="EUIPO_Beschluss.txt", text="EUIPO\nCancellation Division\nDate of receipt of the application: 02/10/2026\n")
    assert attachment_kind(notice) is AttachmentKind.OTHER  # 'receipt' in an office's notice is no purchase receipt


def test_the_right_said_already_void_is_the_invalidation_argument():
    assert legal_kinds("CNIPA has declared the complainant's utility model ZL202220987654.3 wholly invalid.") == ("invalidation",)
    assert "invalidation" in legal_kinds("商标既然已经无效，投诉就没有依据。")


def test_a_photographers_invoice_named_in_the_text_is_no_purchase():
    for sentence in ("Adjuntamos la factura del fotógrafo como prueba.", "Attached is the photographer's invoice for the shoot.",
                     "附上摄影师的发票作为证明。"):
        found = keyword_classes(sentence, works=True)
        assert "purchase_invoice" not in found and "own_photos" in found, sentence
    assert "purchase_invoice" in keyword_classes("We bought 300 backpacks, the invoice is attached.", works=True)
    assert names_photo_shoot(normalize_text("Bright Lens Photo Studio\nproduct photography, 30 images"))
    studio = AppealAttachment(name="invoice.txt", text="INVOICE No. 7\nBright Lens Photo Studio\nInvoice date: 3 March 2025\nproduct photography\n")
    assert attachment_kind(studio) is AttachmentKind.PHOTOGRAPHER_STATEMENT


def test_a_photographers_paper_dated_long_after_the_year_the_seller_gives():
    text = "FACTURA / INVOICE No. 2026-0412\nFotógrafo: Chen Studio\nFecha: 15/06/2026\nConcepto: sesión de fotos\n"
    day, written, what = paper_date(text)
    assert (day, written, what) == (date(2026, 6, 15), "15/06/2026", "invoice")
    assert paper_later_than_said(years_alone("en el año 2023"), day) is not None
    assert paper_later_than_said(years_alone("en el año 2026"), day) is None
    assert paper_later_than_said(years_alone("in 2025"), date(2026, 1, 20)) is None  # billed weeks after a December shoot
    assert paper_date("Shoot date: 14 June 2025\nDate: 20 June 2025\n") is None  # its shoot date is read as such


def test_an_empty_signature_line_is_told_from_none():
    assert empty_signature_place("Statement\nSignature: ________\n")
    assert not empty_signature_place("FACTURA\nFecha: 15/06/2026\nImporte: 3.000 CNY\n")
