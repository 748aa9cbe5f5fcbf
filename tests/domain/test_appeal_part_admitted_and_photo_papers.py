"""What a seller's photographer's paper and its admissions say: a shoot date printed on a paper, or read from a scan, is
never called camera data; a contract's subject is read after a clause number and in several languages; the part of the
work a seller admits is like ours is read with its own words, and a negated admission is none."""

from datetime import date
from types import SimpleNamespace

import pytest

from assistant.domain.appeals.admissions import admitted_part
from assistant.domain.appeals.camera_dates import SellerDay, seller_days
from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, contract_subject


@pytest.mark.parametrize("sentence, part", [
    ("Ammettiamo che due fotografie a pagina 5 assomigliano alle vostre: le abbiamo già tolte.", "due fotografie a pagina 5"),
    ("We admit that two of the photos were similar to yours, so we replaced them.", "two of the photos"),
    ("Reconocemos que tres de las fotos se parecían a las suyas.", "tres de las fotos"),
    ("Nous admettons que deux photos de la page 5 ressemblaient aux vôtres ; nous les avons retirées.", "deux photos de la page 5"),
])
def test_the_part_a_seller_admits_is_read_as_written(sentence, part):
    assert admitted_part(sentence) == part


@pytest.mark.parametrize("sentence", [
    "We do not admit that any photo in it resembles yours.",
    "We do not admit that two photos resemble yours.",
    "We accept your complaint is about two photos, but they are ours.",
    "Two of the photos were taken in our studio.",
])
def test_no_admission_of_part_where_none_is_made(sentence):
    assert admitted_part(sentence) is None


@pytest.mark.parametrize("text, subject", [
    ("一、拍摄内容：户外帐篷3款（双人帐、四人帐、天幕）\n二、拍摄日期：2026年3月18日", "户外帐篷3款（双人帐、四人帐、天幕）"),
    ("Subject of the shoot: product photos of camping tents, 30 images", "product photos of camping tents, 30 images"),
    ("Objeto: fotografías de producto de tiendas de campaña", "fotografías de producto de tiendas de campaña"),
    ("2. Gegenstand: Produktfotos von Rucksäcken", "Produktfotos von Rucksäcken"),
])
def test_a_contracts_subject_is_read_after_a_clause_number_and_in_other_languages(text, subject):
    assert contract_subject(text) == subject


def _ctx(doc: AppealAttachment, kind: AttachmentKind):
    return SimpleNamespace(attachments=[(1, doc, kind)], counter_notice="")


def test_a_photographers_printed_shoot_date_is_the_papers_never_camera_data():
    doc = AppealAttachment(name="contract.txt", text="摄影合同\n拍摄日期：2026年3月18日\n乙方：深圳光影摄影工作室", read_with="text")
    days = seller_days(_ctx(doc, AttachmentKind.PHOTOGRAPHER_STATEMENT), [])
    assert [d.value for d in days] == [date(2026, 3, 18)]
    assert "camera data" not in days[0].said() and "shoot date" in days[0].said()


def test_what_ocr_read_from_a_scan_is_what_the_scan_reads():
    scanned = AppealAttachment(name="contract.png", text="摄影合同\n拍摄日期：2026年3月18日", read_with="ocr")
    said = seller_days(_ctx(scanned, AttachmentKind.PHOTOGRAPHER_STATEMENT), [])[0].said()
    assert said.startswith("The scan of attachment #1 reads '2026年3月18日'") and "camera data" not in said
    listing = AppealAttachment(name="exif.png", text="Date taken: 2026:09:21 15:02", read_with="ocr")
    assert "camera data" not in seller_days(_ctx(listing, AttachmentKind.OTHER), [])[0].said()


def test_a_files_own_camera_data_is_called_camera_data():
    photo = AppealAttachment(name="IMG_1.jpg", text="", taken_on=date(2026, 9, 21), read_with="ocr")
    assert seller_days(_ctx(photo, AttachmentKind.PRODUCT_PHOTO), [])[0].said().startswith("The camera data of attachment #1")
    assert SellerDay(date(2026, 9, 21), "2026:09:21", 1).said().startswith("The camera data of attachment #1")


@pytest.mark.parametrize("text, words", [
    ("该产品的图片全部是我司自己拍摄的。原图我们都有。", "原图"),
    ("We shot these pictures ourselves and we have the original RAW files of every photo.", "original RAW files"),
    ("Las fotos son nuestras y tenemos los originales.", "los originales"),
])
def test_originals_the_seller_holds_and_did_not_give_are_read_with_its_words(text, words):
    from assistant.domain.appeals.held_papers import originals_held_not_given

    contract = AppealAttachment(name="contract.txt", text="拍摄合同")
    assert originals_held_not_given(text, [(1, contract, AttachmentKind.PHOTOGRAPHER_STATEMENT)]) == words


def test_originals_given_are_not_asked_for():
    from assistant.domain.appeals.held_papers import originals_held_not_given

    photo = AppealAttachment(name="DSC_0412.jpg", text="", taken_on=date(2026, 4, 14))
    assert originals_held_not_given("We have the original files, one is attached.", [(1, photo, AttachmentKind.PRODUCT_PHOTO)]) is None
    assert originals_held_not_given("The photos are ours, shot in our studio.", []) is None


@pytest.mark.parametrize("sentence, part", [
    # Owned up to downloading them from the internet: the part is admitted, quoted as written.
    ("2. 另外两张场景图确实是从网上下载的，我们已经删除了，以后不会再用。", "另外两张场景图"),
    ("The two kitchen scene photos were indeed downloaded from the internet; we have deleted those two photos.", "The two kitchen scene photos"),
    ("Reconocemos que las dos fotos de ambiente las descargamos de internet.", "las dos fotos de ambiente"),
])
def test_pictures_owned_up_to_as_downloaded_are_an_admission_of_part(sentence, part):
    assert admitted_part(sentence) == part


@pytest.mark.parametrize("sentence", [
    "The two kitchen scene photos were not downloaded from the internet: all three are our own.",
    "另外两张场景图可能是员工从网上下载的，我们还在核实。",
    "We downloaded the two scene photos from our own photographer's drive.",
])
def test_pictures_denied_or_guessed_downloaded_admit_nothing(sentence):
    assert admitted_part(sentence) is None
