"""The seller's own words against its dispute (the listing's photos showed the logo, the mark on a part of the goods), a
product said to have changed, a plea of ignorance, and the filing day our statement gives."""

from datetime import date

import pytest

from assistant.domain.appeals.admissions import asks_penalty_lifted, pleads_ignorance
from assistant.domain.appeals.admitted_use import admitted_use, mark_on_part, photos_changed
from assistant.domain.appeals.changed_product import changed_product_said
from assistant.domain.appeals.grounds import keyword_classes, legal_kinds
from assistant.domain.appeals.prior_art import stated_filing_date
from assistant.domain.untrusted_text import normalize_text


@pytest.mark.parametrize("sentence", [
    "the pictures with the logo were uploaded by an intern by mistake and we have replaced them",
    "le foto con il logo le ha caricate un collaboratore per errore e le abbiamo già cambiate",
    "las fotos con el logo las subió un empleado por error y ya las hemos cambiado",
    "die Bilder mit dem Logo haben wir inzwischen ausgetauscht",
])
def test_photos_with_the_logo_changed_are_an_admission(sentence):
    assert photos_changed(sentence)
    assert admitted_use([sentence]) == "photos"


@pytest.mark.parametrize("sentence", [
    "it has no KESTREL logo on front only on the zipper puller so it is not trademark use",
    "Nuestra mochila tiene el logo KESTREL solo en la etiqueta interior",
    "Das Logo ist nur auf dem Reißverschluss",
])
def test_the_mark_on_a_part_of_the_goods_is_an_admission(sentence):
    assert mark_on_part(sentence)


@pytest.mark.parametrize("sentence", [
    "We took these photos ourselves in our studio.",
    "There is no logo anywhere on our goods.",
    "We only sell genuine goods bought from the distributor.",
])
def test_sentences_that_admit_nothing(sentence):
    assert admitted_use([sentence]) is None


@pytest.mark.parametrize("sentence", [
    "Le enviamos fotos nuevas de la hebilla, ahora sin imán, modelo QR-26.",
    "we have redesigned the buckle: the new version no longer has a magnet",
    "Abbiamo modificato il prodotto, ora senza magnete.",
    "我们已经改版了，现在没有磁铁。",
])
def test_a_changed_product_is_read_as_a_different_product(sentence):
    assert changed_product_said(sentence)
    assert "different_product" in keyword_classes(sentence)


@pytest.mark.parametrize("sentence,kind", [
    ("4) anyway your trademark is weak, kestrel is just a bird name anyone can use.", "descriptive"),
    ("Además KESTREL es solo el nombre de un pájaro, cualquiera puede usarlo.", "descriptive"),
    ("Also our bottle is produced by our own factory since 2019, so we have prior use right.", "prior_use"),
    ("另外，我司工厂从2019年起就生产这款水瓶，享有先用权。", "prior_use"),
    ("Faltbare Trinkflaschen in dieser Form gibt es schon seit Jahren, siehe beigefügten Nachweis.", "prior_art"),
])
def test_legal_arguments_named(sentence, kind):
    assert kind in legal_kinds(sentence)


def test_selling_for_years_alone_is_no_prior_art():
    assert "prior_art" not in legal_kinds("We have been selling this item for years without any problem.")


@pytest.mark.parametrize("sentence", [
    "Kami cuma reseller kecil, tidak tahu kalau barang ini palsu.",
    "we are a small reseller and had no idea these bags were counterfeit",
    "no sabíamos que eran falsos",
    "我们不知道是假货",
])
def test_a_plea_of_ignorance(sentence):
    assert pleads_ignorance(normalize_text(sentence))


def test_a_penalty_to_lift():
    assert asks_penalty_lifted(normalize_text("jadi tolong hapus poin pelanggaran di akun kami!!"))
    assert not pleads_ignorance(normalize_text("We did not know why our listing was reported."))


def test_the_filing_day_our_statement_gives():
    statement = "The listed bottle copies design patent ZL202130456789.1 (filed 19 July 2021, granted 3 December 2021): the same body."
    assert stated_filing_date(statement) == date(2021, 7, 19)
    assert stated_filing_date("The listed bottle copies our design, granted 3 December 2021.") is None


def test_a_title_changed_beside_a_promise_not_to_use_the_mark_gives_it_up():
    from assistant.domain.appeals.listing_changes import mark_given_up

    said = ['En el título pusimos "tipo SAFFIRA" solo para indicar el estilo, pero entendemos el problema y ya hemos cambiado el título.',
            "No volveremos a usar su marca."]
    assert mark_given_up(said, "SAFFIRA") == said
    assert mark_given_up(said[:1], "SAFFIRA") == []  # the change alone, with no promise, gives nothing up


@pytest.mark.parametrize("sentence", [
    "Regarding the product title: ok, we accept the word SAFFIRA should not be in the title, we will change it within 24 hours.",
    "Aceptamos que la palabra SAFFIRA no debe estar en el título, lo cambiaremos en 24 horas.",
])
def test_a_title_change_promised_after_the_title_is_a_promise(sentence):
    from assistant.domain.appeals.listing_changes import title_change_promised, title_change_said

    assert title_change_promised([sentence]) == sentence and title_change_said([sentence]) is None


@pytest.mark.parametrize("sentence", [
    "We will not remove it.",
    "No vamos a retirar el anuncio.",
    "Wir werden das Angebot nicht entfernen.",
    "Nous ne retirerons pas notre annonce.",
    "我们不会下架该商品。",
    "这一部分我们不同意撤下。",
    "Kami tidak akan menghapus produk ini.",
])
def test_a_take_down_refused_is_none(sentence):
    from assistant.domain.appeals.grounds import removal_said
    from assistant.domain.appeals.listing_changes import removal_refused

    assert removal_refused(sentence) and not removal_said(sentence)


@pytest.mark.parametrize("sentence", ["We have already removed the listing, but our tents are not counterfeit.", "商品已下架。"])
def test_a_take_down_said_firmly_is_one(sentence):
    from assistant.domain.appeals.grounds import removal_said
    from assistant.domain.appeals.listing_changes import removal_refused

    assert removal_said(sentence) and not removal_refused(sentence)


@pytest.mark.parametrize("sentence", [
    "We have not changed the photos or the title.",
    "主图没有更换，标题也没有修改。",
    "Maybe, we changed the title.",
])
def test_a_change_denied_or_guessed_at_is_none(sentence):
    from assistant.domain.appeals.listing_changes import pictures_change_said, title_change_promised, title_change_said

    assert title_change_said([sentence]) is None and title_change_promised([sentence]) is None
    assert pictures_change_said([sentence]) is None


def test_the_picture_changed_and_the_title_not():
    from assistant.domain.appeals.listing_changes import pictures_change_said, title_change_said

    said = ["We replaced the main picture, the title was not changed because it only says the cover fits NORDVIK backpacks."]
    assert pictures_change_said(said) == said[0] and title_change_said(said) is None


@pytest.mark.parametrize("text, shown", [
    ("新主图说明：2026年11月29日更换后的主图，不含NORDVIK标识。标题未修改：“山迹 背包防雨罩 适用于NORDVIK 40L背包”。",
     "标题未修改：“山迹 背包防雨罩 适用于NORDVIK 40L背包”。"),
    ('Listing change note\nMain image replaced.\nTitle not changed: "Rain cover fits NORDVIK 40L"', 'Title not changed: "Rain cover fits NORDVIK 40L"'),
    ("Nota\nEl título no se ha modificado:\nFunda NORDVIK 40L", "El título no se ha modificado: Funda NORDVIK 40L"),
    ("Le titre n'a pas été modifié : Housse NORDVIK", "Le titre n'a pas été modifié : Housse NORDVIK"),
    ("Judul tidak diubah: Cover NORDVIK", "Judul tidak diubah: Cover NORDVIK"),
])
def test_a_file_that_says_the_title_was_not_changed(text, shown):
    from assistant.domain.appeals.listing_changes import title_change_shown, title_unchanged_shown

    assert title_change_shown(text) is None and title_unchanged_shown(text) == shown


@pytest.mark.parametrize("sentence", ["Nous avons modifié le titre de l'annonce.", "Judul produk sudah kami ubah pada 29 November."])
def test_a_title_change_in_french_and_indonesian(sentence):
    from assistant.domain.appeals.listing_changes import title_change_said

    assert title_change_said([sentence]) == sentence


@pytest.mark.parametrize("sentence, changed", [
    # The pictures named first, the deletion said done later in the sentence: a change of pictures, never a take-down.
    ("2. 另外两张场景图确实是从网上下载的，我们已经删除了，以后不会再用。", True),
    ("细节图是供应商给的，已经换掉了。", True),
    ("主图是我们自己拍的，我们没有删除。", False),
])
def test_chinese_scene_and_detail_pictures_said_deleted_are_a_change_of_pictures(sentence, changed):
    from assistant.domain.appeals.listing_changes import pictures_change_said

    assert (pictures_change_said([sentence]) is not None) is changed


@pytest.mark.parametrize("sentence, part, conceded", [
    # Some goods or variants taken out of a listing that stays up: the part, as written; conceded where not to be sold again.
    ("Los juegos de bloque de cuchillos ya los hemos retirado del anuncio y no los volveremos a vender.", "Los juegos de bloque de cuchillos", True),
    ("We have removed the 3-piece knife block sets from the listing, but we contest the complaint for the pans.", "the 3-piece knife block sets", False),
    ("We already deleted the two knife block variants.", "the two knife block variants", False),
    ("我们已从链接中删除刀座套装。", "刀座套装", False),
    ("我们已经下架了其中两个SKU（刀座套装），平底锅是正品。", "其中两个SKU", False),
    ("Die Messerblock-Sets haben wir aus dem Angebot entfernt.", "Die Messerblock-Sets", False),
    ("Abbiamo rimosso i set di ceppi portacoltelli dall'annuncio.", "i set di ceppi portacoltelli", False),
    ("Nous avons retiré les blocs à couteaux de l'annonce.", "les blocs à couteaux", False),
    ("Kami telah membuang set blok pisau daripada listing tersebut.", "set blok pisau", False),
    ("Kami sudah menghapus set blok pisau dari listing.", "set blok pisau", False),
    ("The knife block sets were not original, we removed them from the listing.", "The knife block sets", True),
])
def test_a_part_taken_out_of_a_listing_is_read_as_written(sentence, part, conceded):
    from assistant.domain.appeals.listing_changes import part_conceded, part_removed

    assert part_removed(sentence) == part and part_conceded(sentence) is conceded


@pytest.mark.parametrize("sentence", [
    "We have not removed anything from the listing: the knife block sets are genuine.",
    "We will not remove the knife block sets from the listing.",
    "No hemos retirado los juegos de bloque de cuchillos del anuncio.",
    "我们没有从链接中删除刀座套装。",
    "If needed we can remove the knife block sets from the listing.",
    "Maybe we removed the sets from the listing.",
    "Die Messerblock-Sets werden wir aus dem Angebot entfernen.",
    # the whole listing (a take-down), pictures and our mark are read elsewhere
    "We have removed the listing.", "Hemos retirado el anuncio.", "已下架该商品。",
    "We have deleted those two photos from the listing.", "We removed the word AURELIA from the listing title.",
])
def test_no_part_taken_out_where_none_is_said(sentence):
    from assistant.domain.appeals.listing_changes import part_removed

    assert part_removed(sentence) is None


# --- A title admitted wrong, then said changed by a pronoun; 'it will not happen again' -------------------------------

@pytest.mark.parametrize("text", [
    'Reconhecemos que o título "Bloques tipo KESTIVAL" não foi correto e já o alterámos; não voltará a acontecer.',
    'Reconocemos que el título "Bloques tipo KESTIVAL" no era correcto y ya lo hemos cambiado; no volverá a pasar.',
    'We admit that the title "Bloques tipo KESTIVAL" was not correct and we have already changed it; it will not happen again.',
    "Foi um erro nosso: já mudámos o título do anúncio e não vamos usar mais a marca KESTIVAL.",
])
def test_a_title_admitted_wrong_and_changed_gives_the_mark_up(text):
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.listing_changes import mark_given_up, title_change_said

    said = sentences(text)
    assert title_change_said(said) and mark_given_up(said, "KESTIVAL")


@pytest.mark.parametrize("text", ["Não alterámos o título, porque está correto.", "Talvez o título não fosse correto, vamos ver se o alteramos."])
def test_a_title_not_changed_or_only_thought_of_is_no_change(text):
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.listing_changes import title_change_said

    assert title_change_said(sentences(text)) is None
