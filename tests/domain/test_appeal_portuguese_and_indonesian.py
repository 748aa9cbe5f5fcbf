"""Portuguese read as the other languages are (its grounds by their words, its negations and hedges, a threat to sue, the
language named), and an agreement with the owner said in Indonesian and Malay, the owner called by the short name it
shares with our mark; a seller naming its store in Indonesian names itself."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.agreement_with_us import signed_with_us
from assistant.domain.appeals.grounds import AppealGround, keyword_classes
from assistant.domain.appeals.parties import seller_names
from assistant.domain.appeals.portuguese_meaning import portuguese_classes
from assistant.domain.appeals.seller_language import read_from
from assistant.domain.appeals.threats import pressure_said, threat_deadline
from assistant.domain.appeals.unsure_words import firm_part, hedged
from assistant.domain.untrusted_text import normalize_text

G = AppealGround


@pytest.mark.parametrize(("sentence", "ground"), [
    ("Compramos as tendas num armazém em Portugal e vendemos como qualquer loja.", G.PURCHASE_INVOICE),
    ("As tendas foram compradas a um distribuidor em Lisboa, temos a fatura.", G.PURCHASE_INVOICE),
    ("Temos uma licença da marca desde 2024 para vender estes produtos.", G.LICENCE),
    ("O nosso produto é um modelo diferente, com design próprio.", G.DIFFERENT_PRODUCT),
])
def test_portuguese_grounds_are_read_by_their_words(sentence, ground):
    assert ground.value in portuguese_classes(normalize_text(sentence))


@pytest.mark.parametrize("sentence", [
    "Não temos nenhuma autorização da Nordvik e nem precisamos.",
    "Nunca tivemos licença de vocês.",
    "Talvez tenhamos uma licença da Nordvik, acho que o antigo gerente assinou alguma coisa.",
])
def test_a_permission_denied_or_guessed_at_in_portuguese_is_no_licence(sentence):
    assert G.LICENCE.value not in keyword_classes(sentence)


def test_portuguese_negation_and_doubt_are_read_by_the_shared_reader():
    norm = normalize_text("Não temos nenhuma autorização da Nordvik, compramos as tendas num armazém")
    assert firm_part(norm) == "compramos as tendas num armazém"
    assert hedged(normalize_text("Acho que temos uma licença"))
    # a purchase paper said missing is no denial of the purchase
    assert firm_part(normalize_text("compramos ao distribuidor sem fatura")) == "compramos ao distribuidor sem fatura"


@pytest.mark.parametrize(("sentences", "language"), [
    (["Isto é um absurdo!!! Não temos nenhuma autorização da Nordvik e nem precisamos, compramos as tendas num armazém."], "Portuguese"),
    (["Bom dia, temos uma licença da Nordvik desde 2024 para vender estas tendas em Portugal e Espanha."], "Portuguese"),
    (["No tenemos ninguna licencia de Nordvik, compramos las tiendas en un almacén de Valencia."], "Spanish"),
])
def test_portuguese_is_told_from_spanish(sentences, language):
    assert read_from(sentences) == language


def test_a_portuguese_threat_to_sue_is_read_with_its_deadline():
    sentences = ["Se não retirarem esta denúncia em 48 horas vamos processar vocês por difamação."]
    what, _ = pressure_said(sentences)
    assert what == ["threatens legal action against us (to sue us)"]
    assert threat_deadline(sentences) == "em 48 horas"
    assert pressure_said(["O nosso advogado verificou a fatura."]) == ([], [])  # a lawyer named, no threat


@pytest.mark.parametrize(("sentence", "signed"), [
    ("Kami sudah punya perjanjian kerja sama dengan pihak Nordvik sejak tahun 2024 untuk menjual tas gunung Nordvik.", True),
    ("Toko kami sudah kerja sama resmi dengan Nordvik sejak 2024, semua tas asli.", True),
    ("Kedai kami ada perjanjian kerjasama dengan pihak Nordvik sejak 2024.", True),
    ("Kami memiliki perjanjian distribusi dengan pihak Anda sejak 2024.", True),
    ("Kami punya perjanjian dengan Nordvik Trading Ltd sejak 2024.", False),  # another company
    ("Kami tidak punya perjanjian apa pun dengan pihak Nordvik, tapi tas ini kami beli dari distributor.", False),  # denied
    ("We have a supply contract with Nordvik dealers in Jakarta.", False),  # someone else's
    ("Hi, the licence agreement with Nordvik was never signed.", False),
])
def test_an_agreement_with_the_owner_by_its_short_name_is_one_with_us(sentence, signed):
    assert signed_with_us(sentence, ("Nordvik Outdoor AB",), "NORDVIK") is signed


def test_the_short_name_counts_only_where_it_is_our_marks():
    assert not signed_with_us("Kami punya perjanjian kerja sama dengan pihak Nordvik sejak 2024.", ("Nordvik Outdoor AB",), "FJELL")


@pytest.mark.parametrize("text", [
    "Kami dari Toko Alam Lestari keberatan atas laporan ini.\nMohon laporan ini dibatalkan.",
    "Mohon laporan ini dibatalkan.\nHormat kami,\nBudi Santoso - Toko Alam Lestari",
])
def test_a_store_named_in_indonesian_is_the_seller(text):
    assert "Toko Alam Lestari" in seller_names(text)
