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


def _page_with(glyphs):
    """A white page with each glyph drawn as a black bar between its rows (x0, x1, top, bottom)."""
    import numpy as np

    page = np.full((60, 200), 255, dtype=np.uint8)
    for x0, x1, top, bottom in glyphs:
        page[top : bottom + 1, x0:x1] = 0
    return page


def test_a_raised_ordinal_read_as_a_digit_is_put_back():
    from assistant.services.attachment_text import _raised_ordinals

    # 'N.º2' drawn: the º sits high (rows 10-20), the digit after it reaches the baseline (rows 10-40).
    spans = [(0, 10), (10, 20), (20, 30), (30, 40)]
    page = _page_with([(1, 9, 10, 40), (12, 18, 38, 40), (22, 28, 10, 20), (32, 38, 10, 40)])
    assert _raised_ordinals("N.92", [_boxes_at(spans), list("N.92")], page)[0] == "N.º 2"


def test_a_digit_on_the_line_after_n_is_kept():
    from assistant.services.attachment_text import _raised_ordinals

    spans = [(0, 10), (10, 20), (20, 30), (30, 40)]
    page = _page_with([(1, 9, 10, 40), (12, 18, 38, 40), (22, 28, 10, 40), (32, 38, 10, 40)])
    assert _raised_ordinals("N.92", [_boxes_at(spans), list("N.92")], page)[0] == "N.92"


def _boxes_at(spans):
    return [[[x0, 5], [x1, 5], [x1, 45], [x0, 45]] for x0, x1 in spans]
