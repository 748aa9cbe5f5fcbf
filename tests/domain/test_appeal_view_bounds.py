"""What of the seller's text a triage shows people: all of a short letter; of a long paste, only the sentences its
grounds rest on, each a few lines at most, under a note saying so (the whole text stays in seller_text)."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals import named_only, triage_appeal
from assistant.domain.appeals.view import MAX_QUOTE_CHARS, MAX_QUOTES, triage_view_model
from tests.sample_complaints import sample_complaint

LETTER = "We bought 300 pairs of ACME shoes from ACME GmbH, see the attached invoice. Please restore the listing."


def test_a_short_letter_is_shown_whole():
    view = triage_view_model(triage_appeal(sample_complaint(), LETTER, [], today=date(2026, 10, 9)))
    assert view.seller_lines == [LETTER] and view.seller_text_note is None


def test_a_long_paste_is_never_quoted_back_whole():
    text = LETTER + "\n" + "\n".join(f"Line {n} of the terms of sale, which say nothing about the complaint at all." for n in range(3000))
    triage = triage_appeal(sample_complaint(), text, [], today=date(2026, 10, 9))
    view = triage_view_model(triage)
    assert len(view.seller_lines) <= MAX_QUOTES and all(len(line) <= MAX_QUOTE_CHARS + 2 for line in view.seller_lines)
    assert any("300 pairs" in line for line in view.seller_lines)  # the sentence its ground rests on
    assert "3,001 lines" in view.seller_text_note and str(len(text)) not in view.seller_text_note  # said with separators
    assert triage.seller_text.chars == len(text)


def test_a_file_named_but_not_given_is_said_so_never_unreadable():
    triage = triage_appeal(sample_complaint(), "Our licence from ACME GmbH is attached, valid until 2027.", [named_only("licence.pdf")],
                           today=date(2026, 10, 9))
    said = " ".join(f.message for g in triage.grounds for f in g.findings)
    assert "named but not given here" in said and "no readable text" not in said
    assert "named but not given here" in triage_view_model(triage).grounds[0].status
