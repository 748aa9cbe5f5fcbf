"""A take-down beside a contest is a fact to verify, never a concession; what a seller admits about where its goods
came from is an admission, never a purchase ground; the seller's own registration of the mark is a legal argument; and
the draft reply to the platform never carries advice meant for us."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.admissions import admitted_source, denies_infringement
from assistant.domain.appeals.checks import Finding, GroundStatus, Severity, Basis
from assistant.domain.appeals.evidence import normalize_text
from assistant.domain.appeals.grounds import AppealGround, read_grounds
from assistant.domain.appeals.response import for_the_platform, reply_line

G = AppealGround


@pytest.mark.parametrize(
    "text, grounds",
    [
        # Giving up alone: no contest.
        ("We took the listing down already. Sorry for the trouble.", {G.NO_CONTEST}),
        ("ya hemos eliminado el anuncio, perdón por las molestias.", {G.NO_CONTEST}),
        # Giving up beside a plain denial, or beside a right of the seller's own: the seller contests.
        ("我们没有侵权。另外链接我们已经下架了，请撤回投诉。", {G.OTHER}),
        ("LUMORA商标我们在中国也有注册，是我们自己的商标，不存在侵权。另外被投诉的链接我们已经下架了。", {G.OTHER}),
        ("We also hold our own registration of the mark in Vietnam. We removed the listing anyway.", {G.OTHER}),
        ("Foto-foto di toko kami adalah foto milik kami sendiri. Listing tersebut sudah kami hapus.", {G.OTHER}),
    ],
)
def test_a_take_down_never_outweighs_a_contest(text, grounds):
    reading = read_grounds(text, [])
    assert set(reading.grounds) == grounds
    assert bool(reading.removed) == (grounds != {G.NO_CONTEST})


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("la compramos en un mercadillo", "market"),
        ("We got these lamps from a guy at the Sunday market", "market"),
        ("这几盏灯是我们在夜市地摊上收的", "market"),
        ("barang ini kami beli dari teman", "person"),
        ("Las lámparas nos las vendió un conocido", "person"),
        ("we honestly don't know where they came from", "unknown"),
        ("We bought 300 units from the authorised distributor Qingdao Harbour Trading Co., Ltd.", None),
        ("本店商品从品牌方授权的一级经销商进货，共200件。", None),
        ("We bought them at the Yiwu wholesale market with an invoice.", None),
    ],
)
def test_where_the_goods_came_from_admits_no_genuine_source(sentence, kind):
    assert admitted_source(normalize_text(sentence)) == kind


def test_an_admitted_source_is_no_purchase_ground():
    reading = read_grounds("Ya hemos eliminado el anuncio, la compramos en un mercadillo.", [])
    assert set(reading.grounds) == {G.NO_CONTEST}
    assert reading.admitted


@pytest.mark.parametrize(
    "sentence, denies",
    [
        ("不存在侵权", True),
        ("Bukan ambil dari website siapapun.", True),
        ("Our goods do not infringe any rights.", True),
        ("We did not know it was a problem.", False),
        ("不知道是假货", False),
        ("Kami tidak mengambil gambar syarikat anda.", True),
        # Asking us not to take action against the shop denies nothing.
        ("Mohon pertimbangan pihak tuan untuk tidak mengambil tindakan lanjut terhadap kedai kami.", False),
        ("Mohon Bapak/Ibu tidak mengambil tindakan hukum terhadap toko kami.", False),
    ],
)
def test_a_plain_denial_is_read(sentence, denies):
    assert denies_infringement(normalize_text(sentence)) is denies


def test_the_draft_keeps_only_what_is_said_to_the_platform():
    message = ("Attachment #1 names its licensor 'Dr. Katrin Vogel', not the owner our record names ('Lumora Home GmbH'). We are "
               "'Lumora Home GmbH' in our record: our own records show whether we ever granted this (we would know if we signed "
               "it); if we did not, say so to the platform.")
    assert for_the_platform(message) == "Attachment #1 names its licensor 'Dr. Katrin Vogel', not the owner our record names ('Lumora Home GmbH')."
    finding = Finding(code="licensee_not_seller", severity=Severity.MISSING, message="Attachment #1 is granted to 'X'. Ask the seller how it "
                      "is linked to that company.", basis=Basis.DOCUMENT_SHOWS)
    assert reply_line(finding, GroundStatus.FALLS_SHORT) == "Attachment #1 is granted to 'X'."


def test_advice_at_the_end_of_a_sentence_is_left_out_of_the_draft():
    message = ("Attachment #1 gives the registration number 'UK00003912487'; our record's is 'UK00003912457': the number differs "
               "from our record. A document under another number is not shown to be about our right: ask the seller which right it means.")
    assert for_the_platform(message).endswith("is not shown to be about our right.")


@pytest.mark.parametrize("sentence, concedes", [
    ("Regarding the product title: ok, we accept the word SAFFIRA should not be in the title, we will change it within 24 hours.", True),
    ("Sobre el título: de acuerdo, aceptamos que la palabra SAFFIRA no debe estar en el título, lo cambiaremos en 24 horas.", True),
    ("我们承认标题里不应该有SAFFIRA这个词。", True),
    ("We do not accept that the word should not be in the title.", False),  # the acceptance negated
    ("We understand your concern but our listing does not use your mark.", False),  # nothing said wrong
    ("But regarding the photos, we DO NOT accept.", False),
])
def test_accepting_our_mark_should_not_be_in_the_listing_is_an_admission(sentence, concedes):
    from assistant.domain.appeals.admissions import concedes_use

    assert concedes_use(normalize_text(sentence)) is concedes


def test_a_conceded_title_is_never_read_as_no_use_of_the_mark():
    from assistant.domain.appeals.grounds import keyword_classes

    assert keyword_classes("Ok, we accept the word SAFFIRA should not be in the title, we will change it within 24 hours.") == {"neutral"}


@pytest.mark.parametrize("sentence, no_use", [
    ("We never copy other company picture.", False),  # copying pictures denied: the photos, not the mark nor the product
    ("Our listing only uses the word to say which brushes it fits.", True),
    ("The title names no brand at all.", True),
])
def test_the_model_s_no_use_of_the_mark_needs_a_word_for_a_mark(sentence, no_use):
    from assistant.domain.appeals.grounds import NEEDS_CUE

    assert NEEDS_CUE[AppealGround.NO_USE_OF_MARK.value](sentence) is no_use
    assert not NEEDS_CUE[AppealGround.DIFFERENT_PRODUCT.value]("We never copy other company picture.")
