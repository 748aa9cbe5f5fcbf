"""The seller's words read as said: a guess is no fact, a VAT number no name, a test buy disputed in any language read,
and a document's clause quoted whole."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.disputed_test_buys import disputes_test_buy
from assistant.domain.appeals.listing_changes import supplier_pictures_said
from assistant.domain.appeals.parties import seller_names
from assistant.domain.untrusted_text import normalize_text, written_span


@pytest.mark.parametrize("sentence", [
    "其实，图片也可能是供应商给我们的，我们不太确定，the supplier sent us a lot of pictures.",
    "Perhaps our supplier sent us some of these pictures too, I am not sure.",
    "The photos were not provided by our supplier.",
])
def test_a_guessed_or_denied_supplier_is_not_said_to_have_given_the_photos(sentence):
    assert not supplier_pictures_said(sentence)


def test_a_supplier_said_plainly_to_have_given_the_photos_is_read():
    assert supplier_pictures_said("The photos in our listing were provided by our supplier.")
    assert supplier_pictures_said("图片是供应商发给我们的。")


@pytest.mark.parametrize("sentence", [
    "Pesanan LZ-ID-556677889 itu bukan pesanan dari toko kami, kami cek di sistem tidak ada pesanan dengan nomor itu.",
    "Bungkusan itu bukan dihantar oleh kedai kami.",
    "Le colis photographié dans votre rapport ne vient pas de chez nous.",
    "O pedido 8155443322110099 não é da nossa loja.",
])
def test_a_test_buy_said_not_the_sellers_own_is_read_in_more_languages(sentence):
    assert disputes_test_buy(sentence)


def test_a_test_buy_order_the_seller_owns_is_no_dispute():
    assert not disputes_test_buy("Benar, pesanan 7712345605678 memang dari toko kami dan kami yang mengirim paketnya.")


def test_a_vat_or_register_number_never_names_the_seller():
    assert seller_names("Buongiorno,\n\nnon vendiamo copie.\n\nCordiali saluti,\nMarco Ferri\nLuceViva – P.IVA IT09876543210")[0] == "LuceViva"
    assert "CIF B12345678" not in seller_names("Hola,\n\nno vendemos copias.\n\nSaludos,\nIluminación Sol S.L. - CIF B12345678")


def test_a_normalised_span_maps_back_to_the_words_as_written():
    text = "İzmir, Türkiye. Desk lamps purchased from the Licensor."
    start = normalize_text(text).index("purchased")
    end = start + len("purchased from the licensor")
    assert written_span(text, start, end) == "purchased from the Licensor"
    ligature = "Certiﬁcate: goods bought from Nordlicht"
    at = normalize_text(ligature).index("bought")
    assert written_span(ligature, at, len(normalize_text(ligature))) == "bought from Nordlicht"
