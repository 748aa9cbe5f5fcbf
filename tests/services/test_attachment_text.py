"""Attachments read for real: text layer of a PDF, Word, and scans (PNG, JPEG, image-only PDF) through OCR, with
the facts read from the page they are on."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import AttachmentKind, document_facts
from assistant.services.appeals import read_attachment
from assistant.services.attachment_text import read_attachment_text
from evals.attachment_files import write_attachment

INVOICE = (
    "COMMERCIAL INVOICE\nInvoice No.: INV-2025-0042\nDate: 2025-01-20\nSeller: Nordic Audio Distribution AB\n"
    "Buyer: Shenzhen Brightwave Trading Co., Ltd.\nDescription: LUMINA Pro X2 earbuds\nQuantity: 150 pcs\n"
    "Signed and sealed by both parties."
)


def facts(attachment) -> dict[str, tuple[str, int | None]]:
    return {f.what: (f.value, f.page) for f in document_facts(attachment, AttachmentKind.INVOICE, "LUMINA", ["Lumina Audio GmbH"])}


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_text_pdf_and_word_are_read_with_their_facts(tmp_path, fmt):
    path = write_attachment({"name": f"invoice.{fmt}", "format": fmt, "text": INVOICE}, tmp_path, 1)
    attachment, notices = read_attachment(path)
    assert not notices and attachment.text
    assert facts(attachment)["date"] == ("2025-01-20", 1) and facts(attachment)["quantity"] == ("150", 1)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_page_break_in_a_pdf_or_a_word_file_is_read_as_one(tmp_path, fmt):
    path = write_attachment({"name": f"papers.{fmt}", "format": fmt, "text": "LETTER OF AUTHORISATION\nSigned\f" + INVOICE}, tmp_path, 1)
    before, _, after = read_attachment_text(path).text.partition("\f")
    assert "LETTER OF AUTHORISATION" in before and INVOICE.splitlines()[0] in after and INVOICE.splitlines()[0] not in before


def test_a_scan_is_read_by_ocr_with_the_date_quantity_and_signature(tmp_path):
    path = write_attachment({"name": "invoice_scan.jpg", "format": "scan", "text": INVOICE}, tmp_path, 1)
    read = read_attachment_text(path)
    assert read.method == "ocr" and read.ocr_pages == 1 and read.ocr_seconds > 0
    attachment, _ = read_attachment(path)
    found = facts(attachment)
    assert found["date"] == ("2025-01-20", 1) and found["quantity"] == ("150", 1) and found["signed_or_sealed"][0] == "yes"
    assert attachment.read_with == "ocr"


def test_an_image_only_pdf_is_read_by_ocr_page_by_page(tmp_path):
    text = "SALES CONTRACT\nSeller: Nordic Audio Distribution AB\nBuyer: Brightwave\fDate: 2025-02-03\nQuantity: 60 pcs\nSealed by both parties."
    path = write_attachment({"name": "contract.pdf", "format": "scan", "text": text}, tmp_path, 1)
    read = read_attachment_text(path)
    assert read.method == "ocr" and read.ocr_pages == 2
    attachment, _ = read_attachment(path)
    found = facts(attachment)
    assert found["date"] == ("2025-02-03", 2) and found["quantity"] == ("60", 2)


def test_an_illegible_photo_gives_no_text_and_says_so(tmp_path):
    path = write_attachment({"name": "IMG_0001.jpg", "format": "scan", "readable": False}, tmp_path, 1)
    attachment, notices = read_attachment(path)
    assert attachment.text is None and any("not verified" in n for n in notices)


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path):
    from PIL import Image

    path = tmp_path / "bomb.png"
    Image.new("1", (9000, 9000)).save(path)  # 81 megapixels, a few kilobytes on disk
    read = read_attachment_text(path)
    assert read.text is None and read.notices


def test_a_photos_camera_date_is_read_from_its_exif_and_a_raw_file_is_not_opened(tmp_path):
    photo = write_attachment({"name": "IMG_2231.jpg", "format": "scan", "text": "", "taken_on": "2025-05-09"}, tmp_path, 1)
    attachment, _ = read_attachment(photo)
    assert attachment.taken_on is not None and attachment.taken_on.isoformat() == "2025-05-09"
    assert [(f.what, f.value) for f in document_facts(attachment, AttachmentKind.PRODUCT_PHOTO, "ACME", [])] == [("taken_on", "2025-05-09")]
    raw = tmp_path / "DSC_0001.NEF"
    raw.write_bytes(b"II*\x00" + bytes(200))
    attachment, notices = read_attachment(raw)
    assert attachment.text is None and attachment.taken_on is None and any("not verified" in n for n in notices)


@pytest.mark.parametrize(("marks", "why"), [({"blank": True}, "the image is blank"), ({"readable": False}, "the image is blank"),
                                            ({"corrupt": True}, "could not be opened as an image")])
def test_a_blank_or_broken_picture_says_why_nothing_was_read(tmp_path, marks, why):
    path = write_attachment({"name": "photo.png", "format": "scan", **marks}, tmp_path, 1)
    attachment, notices = read_attachment(path)
    assert attachment.text is None and why in (attachment.unread or "") and notices


def test_a_page_with_a_few_words_is_not_blank(tmp_path):
    from PIL import Image

    from assistant.services.attachment_text import is_blank

    path = write_attachment({"name": "note.png", "format": "scan", "text": "Paid 12 May"}, tmp_path, 1)
    assert not is_blank(Image.open(path)) and is_blank(Image.new("RGB", (300, 400), (250, 250, 250)))


# --- Signatures and seals: one reading for every kind of file --------------------------------------------------------

_SEAL_PLACE = "授权书\n兹授权 义乌市禾风家居商行 销售青岚品牌收纳盒。\n授权方：宁波青岚家居有限公司（盖章）\n授权期限：2026年1月1日至2027年12月31日"


@pytest.mark.parametrize(
    ("name", "fmt", "picture", "shown"),
    [
        ("授权书.txt", "txt", False, False),  # typed text bears no seal: unsigned
        ("授权书.pdf", "pdf", False, None),  # a PDF's text layer shows only the place for one: not shown
        ("授权书.docx", "docx", False, None),  # a Word file's text likewise (trial 7: read as sealed)
        ("授权书.png", "scan", False, None),  # a scan's printed '（盖章）' is the label, not the seal: not shown
        ("授权书-盖章.docx", "docx", True, None),  # a Word file with a picture: the seal may be the picture
        ("授权书-盖章.pdf", "pdf", True, None),
    ],
)
def test_a_place_left_for_a_seal_is_no_seal_in_any_kind_of_file(tmp_path, name, fmt, picture, shown):
    from assistant.domain.appeals.evidence import seal_in_pictures, signature_shown

    path = write_attachment({"name": name, "format": fmt, "text": _SEAL_PLACE, "picture": picture}, tmp_path, 1)
    attachment, _ = read_attachment(path)
    assert attachment.text and "盖章" in attachment.text
    assert signature_shown(attachment, needs_both_parties=False) is shown
    assert seal_in_pictures(attachment) is picture
    read = {f.what: f.value for f in document_facts(attachment, AttachmentKind.AUTHORIZATION_LETTER, "青岚", ["宁波青岚家居有限公司"])}
    assert read.get("signed_or_sealed") != "yes"


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx", "scan"])
def test_a_document_that_says_it_is_sealed_is_read_as_sealed_in_every_kind_of_file(tmp_path, fmt):
    from assistant.domain.appeals.evidence import signature_shown

    name = "invoice.png" if fmt == "scan" else f"invoice.{fmt}"
    attachment, _ = read_attachment(write_attachment({"name": name, "format": fmt, "text": INVOICE}, tmp_path, 1))
    assert signature_shown(attachment, needs_both_parties=True) is True
