"""What a seller says beside its grounds, read by meaning: camera dates in an EXIF listing and the editing program it
names, our record's days for our photos, threats and a complaint called malicious, a title or the pictures said to be
changed, photos said to come from a supplier, a listing named by its place; and the owner named by the short name it shares with the brand."""

from datetime import date
from types import SimpleNamespace

import pytest

from assistant.domain.appeals.camera_dates import camera_days, editing_software, our_photo_days
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import owner_named
from assistant.domain.appeals.ground_standards import listings_by_place
from assistant.domain.appeals.grounds import keyword_classes
from assistant.domain.appeals.listing_changes import image_point, pictures_change_said, supplier_pictures_said, title_change_said
from assistant.domain.appeals.threats import brand_scorned, pressure_said
from assistant.domain.models import Complaint


@pytest.mark.parametrize("text, day, written", [
    ("Marca de cámara: Canon\nFecha y hora original: 2026:09:21 15:02:44\nSoftware: Adobe Photoshop 25.0 (Windows)", date(2026, 9, 21), "2026:09:21"),
    ("Kamera: Nikon Z6\nAufnahmedatum: 14.10.2026 09:12", date(2026, 10, 14), "14.10.2026"),
    ("相机型号：Sony ILCE-7M3\n拍摄时间：2026:10:02 14:11:09", date(2026, 10, 2), "2026:10:02"),
    ("The EXIF of the original file shows DateTimeOriginal 2024:08:14 10:21:07.", date(2024, 8, 14), "2024:08:14"),
])
def test_camera_days_are_read_as_written(text, day, written):
    found = camera_days(text)
    assert [(d.value, d.written) for d in found] == [(day, written)]


def test_a_day_with_no_camera_label_is_no_camera_day():
    assert camera_days("Invoice date: 14.10.2026\nTotal: 300 EUR") == []


@pytest.mark.parametrize("text, program", [
    ("Software: Adobe Photoshop 25.0 (Windows)", "Adobe Photoshop 25.0 (Windows)"),
    ("Software: Adobe Lightroom Classic 13.0", "Adobe Lightroom Classic 13.0"),
    ("软件：美图秀秀 7.0", "美图秀秀 7.0"),
])
def test_editing_software_is_named(text, program):
    assert editing_software(text) == program


def test_a_cameras_firmware_is_no_editing_software():
    assert editing_software("软件：ILCE-7M3 v3.01") is None


def _complaint(statement: str, evidence: str) -> Complaint:
    return Complaint.model_validate({
        "id": "T-1", "site": "aliexpress", "reason": "image_theft", "statement": statement,
        "complainant": {"name": "Nordvik Outdoor GmbH", "holder_type": "company", "country": "DE", "email": "a@b.example", "role": "rights_holder"},
        "ip_right": {"ip_type": "copyright", "name": "NORDVIK product photographs 2025 catalogue", "owner": "Nordvik Outdoor GmbH",
                     "approval_status": "approved", "places_of_registration": ["Germany"]},
        "listings": [{"url": "https://www.aliexpress.com/item/1005006611220001.html"}],
        "evidence": [{"kind": "original_image_files", "description": evidence}],
    })


def test_our_days_come_from_the_statement_and_the_evidence():
    complaint = _complaint("The listing uses our photographs without permission.",
                           "Our original RAW/JPEG files with EXIF, shot 2025-02-11 in our Munich studio.")
    assert [(d.value, d.where) for d in our_photo_days(complaint, sentences)] == [(date(2025, 2, 11), "the complaint's evidence")]
    published = _complaint("The listing copies our photos.", "Screenshot of our shop with the photos, first published on 3 March 2025.")
    assert [d.value for d in our_photo_days(published, sentences)] == [date(2025, 3, 3)]
    assert our_photo_days(_complaint("The listing copies our photos.", "Our original RAW files."), sentences) == []


@pytest.mark.parametrize("text, expected", [
    ("我们已经找了律师，如果不撤诉我们会起诉你们公司，并向平台举报你们滥用投诉。",
     {"threatens legal action against us (to sue us)", "threatens to report us to the platform for abusing complaints",
      "accuses us of a malicious complaint (a bad-faith or abusive complaint)"}),
    ("你们这是恶意投诉！！！", {"accuses us of a malicious complaint (a bad-faith or abusive complaint)"}),
    ("If you do not withdraw it within 3 days, our lawyers will take legal action against Nordvik.", {"threatens legal action against us"}),
    ("Si no la retiran de inmediato presentaremos una demanda contra su empresa.", {"threatens legal action against us (to sue us)"}),
    ("We will sue you and report you to the police.", {"threatens legal action against us (to sue us)", "threatens to report us to the police"}),
    ("Wir werden Sie bei der Polizei anzeigen.", {"threatens to report us to the police"}),
    ("We will report you to the police and to AliExpress.",
     {"threatens to report us to the police", "threatens to report us to the platform for abusing complaints"}),
    ("Das ist eine missbräuchliche Beschwerde.", {"accuses us of a malicious complaint (a bad-faith or abusive complaint)"}),
])
def test_threats_and_accusations_are_read(text, expected):
    what, words = pressure_said(sentences(text))
    assert set(what) == expected and words


@pytest.mark.parametrize("text", [
    "Our lawyer checked the invoice and it is genuine.",
    "We bought the goods from the official distributor; the invoice is attached.",
    "我们的律师已经核对过发票。",
])
def test_a_lawyer_named_for_another_reason_is_no_threat(text):
    assert pressure_said(sentences(text)) == ([], [])


def test_a_brand_named_police_is_no_threat():
    assert pressure_said(sentences("We sell genuine POLICE sunglasses bought from the distributor.")) == ([], [])


@pytest.mark.parametrize("text, scorned", [
    ("Your so called brand is nothing, everybody sells this jacket.", True),
    ("你们这个所谓的品牌根本没人知道，谁都在卖。", True),
    ("Su supuesta marca no vale nada.", True),
    ("We respect your brand and bought the goods from your distributor.", False),
])
def test_scorn_for_the_brand_is_read(text, scorned):
    assert bool(brand_scorned(sentences(text))) is scorned


@pytest.mark.parametrize("text", [
    'We already changed the title to "Replacement hip belt compatible with Nordvik Trail".',
    'Ya hemos cambiado el título del anuncio, ahora pone "compatible con mochilas Nordvik".',
    "我们已经把商品标题改了，去掉了NORDVIK。",
    "Den Titel des Angebots haben wir bereits geändert.",
])
def test_a_title_change_is_read(text):
    assert title_change_said(sentences(text))


def test_no_title_change_in_a_plain_denial():
    assert title_change_said(sentences("We do not sell fake NORDVIK. Our belt has our own brand RIDGELINE printed on it.")) is None


def test_our_complaint_about_the_logo_image_is_found():
    complaint = _complaint("The listing uses the NORDVIK logo as its main image and 'NORDVIK' in the title.", "Screenshot.")
    assert "main image" in image_point(complaint, sentences)
    assert image_point(_complaint("The listing uses 'NORDVIK' in its title.", "Screenshot of the listing title."), sentences) is None


def test_the_owner_is_named_by_the_short_name_it_shares_with_the_brand():
    assert owner_named("Nordvik renovó la autorización el 2 de enero de 2026.", "Nordvik Outdoor GmbH", "NORDVIK")
    assert not owner_named("Nordvik renovó la autorización.", "Nordvik Outdoor GmbH", "ACME")
    assert not owner_named("Global shipping is included.", "Global Trading Ltd", "GLOBALX")


def test_long_before_the_complaint_is_no_prior_use():
    assert "legal" not in keyword_classes("The EXIF of the original file shows DateTimeOriginal 2024:08:14, long before your complaint.")


@pytest.mark.parametrize("text", [
    "Y ya hemos cambiado las fotos.",
    "Abbiamo comunque tolto le foto principali, ma il prodotto resta in vendita.",
    "We deleted the main images but the item is still for sale.",
    "主图已经删了，但是商品还在卖。",
])
def test_pictures_changed_or_partly_removed_are_read(text):
    assert pictures_change_said(sentences(text))


@pytest.mark.parametrize("text", ["Photos of the original packaging are attached.", "We took these photos ourselves in 2023."])
def test_photos_offered_or_claimed_are_no_change_to_the_listing(text):
    assert pictures_change_said(sentences(text)) is None


@pytest.mark.parametrize("text, said", [
    ("Le foto ci sono state fornite dal nostro fornitore cinese.", True),
    ("The pictures were sent to us by our supplier in Yiwu.", True),
    ("这些图片是供应商发给我们的。", True),
    ("Las fotos nos las dio nuestro proveedor.", True),
    ("We bought from the supplier, photos of the box attached.", False),
    ("Our factory took the photos in its own studio.", False),
])
def test_photos_from_a_supplier_are_read(text, said):
    assert supplier_pictures_said(text) is said


def test_a_listing_named_by_its_place_in_the_complaint():
    listings = [SimpleNamespace(url="https://item.taobao.com/item.htm?id=1", listing_id=None),
                SimpleNamespace(url="https://item.taobao.com/item.htm?id=2", listing_id=None)]
    assert listings_by_place(listings, "第一个链接我们已经下架了。") == [listings[0].url]
    assert listings_by_place(listings, "We have removed the second listing already.") == [listings[1].url]
    assert listings_by_place(listings, "We have removed the listing.") == []


@pytest.mark.parametrize("sentence", [
    "If really need we can change the photos, but please dont close our shop.",
    "Si es necesario, podemos cambiar las fotos.",
    "如果需要的话，我们可以更换图片。",
    "We are willing to replace the pictures if you want.",
])
def test_a_change_of_photos_offered_or_on_a_condition_is_no_change_made(sentence):
    from assistant.domain.appeals.listing_changes import pictures_change_said, pictures_given_up

    assert pictures_change_said([sentence]) is None and not pictures_given_up(sentence)


@pytest.mark.parametrize("sentence", ["As you can see, we have changed the photos.", "Y ya hemos cambiado las fotos.", "Wir haben die Bilder entfernt."])
def test_a_change_of_photos_said_as_done_is_still_read(sentence):
    from assistant.domain.appeals.listing_changes import pictures_change_said

    assert pictures_change_said([sentence]) == sentence
