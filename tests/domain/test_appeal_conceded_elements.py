"""One element of a listing conceded (its logo, image, packaging or title) and another contested, in the sellers'
languages: both said, never a give-up, never a contest of everything."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.contested_listings import element_split, partial_concession


@pytest.mark.parametrize("text, conceded, contested", [
    ("Das Brightwell-Logo auf dem Hauptbild war ein Fehler. Wir entfernen das Bild bis Freitag.\nDen Titel \"Ersatzgriffe für "
     "Brightwell Zangen\" halten wir jedoch für zulässig: das Wort beschreibt nur, zu welchen Zangen die Griffe passen.",
     ("logo", "image"), ("title",)),
    ("You are right about the title: we removed the word Brightwell from it, sorry.\nBut we do not agree about the photos: "
     "they are our own.", ("title",), ("image",)),
    ("El logotipo en el embalaje fue un error; lo retiraremos antes del viernes.\nSin embargo, el título \"Mangos para alicates "
     "Brightwell\" solo describe con qué alicates son compatibles, por lo que impugnamos ese punto.", ("logo", "packaging"), ("title",)),
    ("主图上的Brightwell标志是我们美工的失误，我们会在周五前删除。\n但是标题“适用于Brightwell钳子的替换手柄”只是说明适用的型号，这部分投诉我们不同意。",
     ("logo", "image"), ("title",)),
    ("Le logo sur l'image principale était une erreur, nous le retirerons d'ici vendredi.\nEn revanche, nous contestons la plainte "
     "concernant le titre « Poignées pour pinces Brightwell ».", ("logo", "image"), ("title",)),
])
def test_what_is_conceded_and_what_contested(text, conceded, contested):
    split = element_split(sentences(text))
    assert split is not None
    assert split.conceded == conceded and split.contested == contested


@pytest.mark.parametrize("text", [
    "We disagree with the whole complaint. The title only says which pliers the grips fit, and the photos are our own.",
    "Sorry, we removed the logo from the main image and changed the title. We will not use your brand again.",
    "The title \"Replacement grips for Brightwell pliers\" was wrong, we have corrected it.",
])
def test_no_split_without_both_a_concession_and_a_contest(text):
    assert element_split(sentences(text)) is None


def test_the_day_the_seller_sets_and_its_words_are_said_without_its_sentences():
    text = ("Das Brightwell-Logo auf dem Hauptbild war ein Fehler unserer Grafikabteilung. Wir entfernen das Bild bis Freitag und "
            "verwenden das Logo nicht mehr.\nDen Titel \"Ersatzgriffe für Brightwell Zangen 8 Zoll\" halten wir jedoch für zulässig.")
    split = element_split(sentences(text))
    assert split.by_day == "bis Freitag"
    line = split.line()
    assert line.startswith("The seller concedes the logo on the image ('Brightwell-Logo auf dem Hauptbild')")
    assert "contests the title ('Ersatzgriffe für Brightwell Zangen 8 Zoll')" in line
    found = partial_concession(sentences(text))
    assert found.code == "partial_concession" and "bis Freitag" in found.message
    for sentence in sentences(text):
        assert sentence not in found.message
