"""The seller's own picture against its word that its goods carry no mark of ours (mark_pictures.py)."""

from __future__ import annotations

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind
from assistant.domain.appeals.mark_pictures import denials, shown_against_denial

LABEL = AppealAttachment(name="label.jpg", text="HALDEN\nOUTDOOR EQUIPMENT\n3-PERSON DOME TENT", read_with="ocr")
OWN_LABEL = AppealAttachment(name="label.jpg", text="TRAILPEAK\n3-PERSON DOME TENT", read_with="ocr")
INVOICE = AppealAttachment(name="invoice.txt", text="Invoice\nItem: HALDEN dome tent  Qty: 300", read_with="text")
OWNERS = ["Halden Outdoor GmbH"]


def test_a_denial_of_our_mark_is_quoted_by_its_clause_in_each_language():
    assert denials("Hello,\nour label does not carry your mark, see the attached photo.", "HALDEN") == ["our label does not carry your mark"]
    assert denials("您好，我们背包的吊牌上没有贵司的商标，附件是吊牌照片。", "HALDEN") == ["我们背包的吊牌上没有贵司的商标"]
    assert denials("There is no HALDEN logo on our tents.", "HALDEN") == ["There is no HALDEN logo on our tents."]
    # A denial of a legal point is legal's, not a word about what the goods carry.
    assert denials("We do not infringe your trademark.", "HALDEN") == []


def test_only_a_picture_that_shows_our_mark_contradicts_the_denial():
    said = "Our label does not carry your mark."
    assert shown_against_denial(said, [(1, LABEL, AttachmentKind.PRODUCT_PHOTO)], "HALDEN", OWNERS) == [
        ("Our label does not carry your mark.", 1, "HALDEN", True)]
    assert shown_against_denial(said, [(1, OWN_LABEL, AttachmentKind.PRODUCT_PHOTO)], "HALDEN", OWNERS) == []
    assert shown_against_denial(said, [(1, INVOICE, AttachmentKind.INVOICE)], "HALDEN", OWNERS) == []
    assert shown_against_denial("Our tents are genuine.", [(1, LABEL, AttachmentKind.PRODUCT_PHOTO)], "HALDEN", OWNERS) == []
