"""The chat's evidence requests (guided mode): verify an exported package, compare the seller's images with ours.
Files are read only from the data directory."""

from __future__ import annotations

from assistant.services.filing import export_package
from tests.domain.complaint_samples import TODAY, base, complaint
from tests.evidence_images import DATE_TAKEN, save_with_date, scene, seller_versions
from tests.fakes.chat_driver import chat, replies


def test_verify_a_package_in_the_packages_folder(ipr_home):
    package = ipr_home / "packages" / "ACME-14"
    export_package(complaint(base()), package, today=TODAY)
    text = replies(chat(["verify package ACME-14"]))[-1]["text"]
    assert "Every file of the package is as its manifest" in text and "Manifest SHA-256" in text

    statement = package / "statement.txt"
    statement.write_bytes(statement.read_bytes() + b" ")
    text = replies(chat(["Has anything changed in the package ACME-14?"]))[-1]["text"]
    assert "changed: statement.txt" in text


def test_a_package_outside_the_data_directory_is_refused(ipr_home, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    export_package(complaint(base()), elsewhere, today=TODAY)
    text = replies(chat([f"verify package {elsewhere}"]))[-1]["text"]
    assert "I only read package folders inside" in text and "Manifest" not in text


def test_compare_images_in_the_evidence_folder(ipr_home):
    originals, suspects = ipr_home / "evidence" / "originals", ipr_home / "evidence" / "shop-x"
    originals.mkdir(parents=True)
    suspects.mkdir()
    save_with_date(scene(3), originals / "front.jpg")
    seller_versions(scene(3))["cropped"].save(suspects / "listing-1.jpg", quality=45)
    scene(4).save(suspects / "listing-2.jpg")
    events = chat(["Please compare the images in originals with the seller's images in shop-x"])
    text = replies(events)[-1]["text"]
    assert "| listing-1.jpg | front.jpg |" in text and DATE_TAKEN in text and "No match: listing-2.jpg" in text
    match = [s for e in replies(events) for s in e["sections"] if s["kind"] == "image_match"][0]["data"]
    assert match["matches"][0]["distance"] <= match["threshold"]


def test_compare_images_without_folders_says_how(ipr_home):
    assert "evidence" in replies(chat(["compare our photos with theirs"]))[-1]["text"]
