"""OCR's text keeps a table's columns apart: a wide gap between characters becomes two spaces."""

from assistant.services.attachment_text import _join_line, _with_column_gaps


def _boxes(spans):
    return [[[x0, 0], [x1, 0], [x1, 30], [x0, 30]] for x0, x1 in spans]


def test_a_columns_gap_inside_one_box_becomes_two_spaces():
    chars = list("QtyHarga")
    spans = [(0, 10), (10, 20), (20, 30), (60, 70), (70, 80), (80, 90), (90, 100), (100, 110)]
    assert _with_column_gaps("QtyHarga", [_boxes(spans), chars], 30) == "Qty  Harga"


def test_letters_close_together_stay_one_word():
    chars = list("Qty")
    assert _with_column_gaps("Qty", [_boxes([(0, 10), (12, 22), (24, 34)]), chars], 30) == "Qty"
    assert _with_column_gaps("Qty", [], 30) == "Qty"  # no character boxes: the text as read


def test_boxes_far_apart_on_a_line_are_two_columns():
    assert _join_line([(0, 100, 30, "Deskripsi"), (300, 340, 30, "Qty"), (345, 400, 30, "Harga")]) == "Deskripsi  Qty Harga"


def test_a_gap_between_chinese_characters_is_an_unread_character_not_a_column():
    chars = list("杭州云茶器")
    spans = [(0, 30), (30, 60), (60, 90), (150, 180), (180, 210)]
    assert _with_column_gaps("杭州云茶器", [_boxes(spans), chars], 30) == "杭州云茶器"
