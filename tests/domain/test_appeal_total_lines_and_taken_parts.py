"""A packing list's total line is its count, never one more line to add; a signature field that says 'none' is empty;
a seller owning up to taking a piece of our work admits that part, in German, Malay and Chinese as in English."""

import pytest

from assistant.domain.appeals.admissions import admitted_part
from assistant.domain.appeals.evidence import document_quantity, empty_signature_place, quantity_lines


@pytest.mark.parametrize(("text", "count"), [
    ("Carton 1/1: MARISOL Velvet Lip Gloss 05 Rose   Qty: 30 pcs\nTotal: 30 pcs, gross weight 2.1 kg", 30),
    ("Karton 1/2: Lippenstift 12 Coral   60 Stück\nKarton 2/2: Lippenstift 12 Coral   60 Stück\nGesamt: 120 Stück", 120),
    ("口红 12号  40支\n口红 15号  20支\n合计：60支", 60),
    ("Item A  Qty: 10 pcs\nItem B  Qty: 5 pcs\nTotal: EUR 150.00", 15),  # a total of money counts no pieces
])
def test_a_total_line_is_the_count_never_added_to_its_lines(text, count):
    assert document_quantity(text) == count


def test_a_total_line_leaves_no_lines_to_sum():
    assert quantity_lines("Carton 1/1: Lip Gloss   Qty: 30 pcs\nTotal: 30 pcs, gross weight 2.1 kg") == []


@pytest.mark.parametrize("line", ["Buyer signature: (none)", "Signature: N/A", "Unterschrift Käufer: -", "买方签字：无"])
def test_a_signature_field_that_says_none_is_an_empty_place(line):
    assert empty_signature_place(f"INVOICE 1\nSeller: A Ltd\n{line}")


@pytest.mark.parametrize(("sentence", "part"), [
    ("Den Scan Ihres Inhaltsstoff-Beipackzettels haben wir versehentlich von einem Lieferanten übernommen.",
     "Scan Ihres Inhaltsstoff-Beipackzettels"),
    ("Kami mengaku bahawa risalah bahan yang kami gunakan memang disalin daripada risalah anda.", "risalah bahan"),
    ("商品页上的成分说明书图片确实是从贵司的说明书复制的，这一点我们承认。", "成分说明书图片"),
    ("We copied your size chart by mistake and have removed it.", "your size chart"),
])
def test_owning_up_to_taking_a_piece_of_our_work_admits_that_part(sentence, part):
    assert admitted_part(sentence) == part


@pytest.mark.parametrize("sentence", [
    "We did not copy your photos.", "Wir haben Ihren Beipackzettel nicht übernommen.", "我们没有复制贵司的说明书。",
    "Indeed we took these photos ourselves in 2023.", "Sie behaupten, wir hätten Ihre Fotos kopiert; das stimmt nicht.",
])
def test_a_denied_taking_or_our_own_photos_admit_nothing(sentence):
    assert admitted_part(sentence) is None
