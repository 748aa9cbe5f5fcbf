"""What a copyright complaint is about (photos, or another work), a title naming our mark as what the goods fit, a seller's
own patent application, a work said not to be original, and a prior-art document whose own words lack a feature of ours."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.fits_titles import fits_titles
from assistant.domain.appeals.grounds import keyword_classes, legal_kinds
from assistant.domain.appeals.photo_works import photos_complained_of
from assistant.domain.appeals.prior_art_features import lacked_features
from assistant.domain.models import Complaint


def _complaint(ip_type: str, name: str, reason: str, *, title: str | None = None, statement: str = "The listing copies our work.") -> Complaint:
    listing = {"url": "https://www.aliexpress.com/item/1005001234567890.html"} | ({"title": title} if title else {})
    return Complaint.model_validate({
        "id": "C-1", "site": "aliexpress", "reason": reason, "statement": statement, "listings": [listing],
        "complainant": {"name": "Brisa Calzados S.L.", "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": ip_type, "name": name, "owner": "Brisa Calzados S.L.", "approval_status": "approved"},
    })


@pytest.mark.parametrize(("name", "photos"), [
    ("Brisa SS26 product photographs", True),
    ("KESTREL catalogue 2025 product photographs", True),
    ("LUMINA", True),  # a name that says no kind of work: the reason's photos
    ("Brisa printed size guide (Guia de tallas Brisa)", False),
    ("Menorca sandal illustration (drawing, 2023)", False),
    ("Tabla de tallas Brisa 2024", False),
    ("BRISA 尺码表", False),
    ("Size guide photographs 2024", True),  # photographs of a guide are photos
    ("SAFFIRA Velvet Serum ingredients leaflet", False),  # printed works: a leaflet, a brochure, a label, packaging
    ("Halden spring brochure 2025", False),
    ("Folleto de ingredientes SAFFIRA", False),
    ("SAFFIRA 产品说明传单", False),
    ("KIRRA packaging artwork and labels", False),
])
def test_a_complaint_about_copied_images_is_about_photos_only_when_our_work_is_photos(name, photos):
    assert photos_complained_of(_complaint("copyright", name, "image_theft")) is photos


def test_a_work_complaint_that_is_not_about_images_is_never_about_photos():
    assert not photos_complained_of(_complaint("copyright", "Brisa SS26 product photographs", "pirated_copy"))


@pytest.mark.parametrize(("title", "words"), [
    ("Cork replacement insoles for BRISA espadrilles 36-41", "for BRISA"),
    ("Plantillas de recambio compatibles con alpargatas BRISA", "compatibles con alpargatas BRISA"),
    ("BRISA espadrilles replacement insoles", "BRISA espadrilles replacement insoles"),
    ("BRISA草编鞋替换鞋垫 36-41码", "BRISA草编鞋替换鞋垫"),
    ("Anti-slip insole for Brisa espadrilles", "for Brisa"),
])
def test_a_title_naming_the_mark_as_what_the_goods_fit_is_read_with_its_words(title, words):
    assert fits_titles(_complaint("trademark", "BRISA", "trademark_misuse", title=title)) == [(title, words)]


@pytest.mark.parametrize("title", [
    "BRISA Official Store insoles for espadrilles",  # presented as the seller's brand
    "BRISA® espadrilles replacement insoles",
    "BRISA espadrilles for women, jute sole",  # what the goods are for, not what they fit
    "Women's jute espadrilles BRISA style",
])
def test_a_title_presenting_the_mark_or_naming_no_fit_is_no_reference(title):
    assert fits_titles(_complaint("trademark", "BRISA", "trademark_misuse", title=title)) == []


def test_a_title_our_statement_quotes_is_read_when_no_title_is_recorded():
    complaint = _complaint("trademark", "BRISA", "trademark_misuse",
                           statement="The listing title 'BRISA espadrilles replacement insoles' uses our trademark.")
    assert fits_titles(complaint) == [("BRISA espadrilles replacement insoles", "BRISA espadrilles replacement insoles")]


@pytest.mark.parametrize("sentence", [
    "We only use BRISA to say which espadrilles our insoles fit.",
    "The title only tells buyers which espadrilles they fit, that is why the word BRISA is in it.",
])
def test_the_mark_named_to_say_what_the_goods_fit_is_no_use_of_it(sentence):
    assert "no_use_of_mark" in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "我司已于2025年11月10日就该款式申请了外观设计专利，申请号202530999888.1。",
    "We have applied for a design patent for this sandal.",
    "Wir haben für diese Sandale selbst ein Design beim chinesischen Patentamt angemeldet (Anmeldung Nr. 202530555444.3).",
    "Hemos solicitado una patente de diseño para esta sandalia.",
])
def test_the_sellers_own_patent_application_is_its_own_argument(sentence):
    assert "own_application" in legal_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "我们自2019年起就一直在销售这款花瓶，早于专利申请日。",
    "我司自2020年8月起即已生产并销售该款折叠锯，早于该专利申请日，属于现有技术。",
])
def test_selling_before_the_patent_was_filed_is_no_application_of_the_sellers(sentence):
    assert "own_application" not in legal_kinds(sentence)


def test_an_application_for_a_design_is_no_different_product():
    assert "different_product" not in keyword_classes("We have filed our own design patent application for this sandal.")


@pytest.mark.parametrize("sentence", [
    "la tabella taglie nella nostra inserzione è una normale tabella di conversione EU/UK/US, non è un'opera originale e nessuno può averne il copyright.",
    "It is not a creative work and cannot be protected by copyright.",
    "La tabla de tallas no es una obra original.",
    "该尺码表不具有独创性，不受著作权法保护。",
])
def test_a_work_said_not_to_be_original_is_a_legal_argument_of_its_own(sentence):
    assert "originality" in legal_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "These shoes are not original, we sell them cheaply.",
    "We made the size chart ourselves in 2022.",
])
def test_no_originality_argument_where_none_is_made(sentence):
    assert "originality" not in legal_kinds(sentence)


def test_a_catalogue_whose_model_lacks_a_feature_our_complaint_names_shows_another_design():
    complaint = _complaint("patent", "Sandal (Menorca crossed-strap sandal)", "patent_infringement",
                           statement="The sandal copies our design: same crossed straps, same toe loop and same sole outline.")
    text = "Catalogue 2019\nPage 12, model HF-1902: slide sandal with one wide strap, flat sole, no toe loop.\nPage 13: flip-flop."
    found = lacked_features(complaint, text)
    assert [(f.denied, f.line) for f in found] == [("no toe loop", "Page 12, model HF-1902: slide sandal with one wide strap, flat sole, no toe loop.")]


def test_a_catalogue_that_denies_nothing_of_ours_says_nothing():
    complaint = _complaint("patent", "Sandal (Menorca crossed-strap sandal)", "patent_infringement",
                           statement="The sandal copies our design: same crossed straps, same toe loop.")
    assert lacked_features(complaint, "Catalogue 2019\nModel A: sandal without buckle, rubber sole.") == []
