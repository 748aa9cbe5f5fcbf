"""Offline image-theft comparison: the seller's crops, resized, mirrored and watermarked copies match our original with
a distance; unrelated pictures do not; the original's EXIF capture date comes along verbatim."""

from __future__ import annotations

import pytest

from assistant.errors import BadInput
from assistant.services.evidence.matching import DEFAULT_THRESHOLD, evidence_text, match_images
from tests.evidence_images import DATE_TAKEN, save_with_date, scene, seller_versions


@pytest.fixture
def folders(tmp_path):
    originals, suspects = tmp_path / "originals", tmp_path / "suspects"
    originals.mkdir()
    suspects.mkdir()
    save_with_date(scene(11), originals / "shoe-front.jpg")
    save_with_date(scene(12), originals / "shoe-side.jpg", taken=None)
    for name, image in seller_versions(scene(11)).items():
        image.save(suspects / f"listing-{name}.jpg", quality=40)
    for seed in (21, 22, 23):
        scene(seed).save(suspects / f"other-{seed}.jpg", quality=80)
    (suspects / "broken.jpg").write_bytes(b"this is not a jpeg")
    return originals, suspects


def test_each_seller_version_matches_the_original_it_came_from_and_nothing_else(folders):
    originals, suspects = folders
    report = match_images([originals], [suspects])
    pairs = {(m.suspect.rsplit("/", 1)[1], m.original.rsplit("/", 1)[1]) for m in report.matches}
    assert pairs == {(f"listing-{name}.jpg", "shoe-front.jpg") for name in ("cropped", "smaller", "mirrored", "watermarked")}
    assert all(0 <= m.distance <= DEFAULT_THRESHOLD for m in report.matches)
    assert next(m for m in report.matches if "mirrored" in m.suspect).variant.startswith("mirrored")
    assert {p.rsplit("/", 1)[1] for p in report.unmatched_suspects} == {"other-21.jpg", "other-22.jpg", "other-23.jpg"}
    assert [u.path.rsplit("/", 1)[1] for u in report.unreadable] == ["broken.jpg"]


def test_the_originals_capture_date_is_reported_verbatim_and_in_the_evidence_text(folders):
    originals, suspects = folders
    report = match_images([originals / "shoe-front.jpg"], [suspects / "listing-smaller.jpg"])
    assert report.matches[0].original_capture_date == DATE_TAKEN
    text = evidence_text(report)
    assert DATE_TAKEN in text and "listing-smaller.jpg" in text and "shoe-front.jpg" in text


def test_an_identical_file_is_said_to_be_the_same_file(folders, tmp_path):
    originals, _ = folders
    copy = tmp_path / "copy.jpg"
    copy.write_bytes((originals / "shoe-side.jpg").read_bytes())
    match = match_images([originals], [copy]).matches[0]
    assert match.identical_file and match.distance == 0 and match.original_capture_date is None


def test_a_tighter_threshold_finds_fewer(folders):
    originals, suspects = folders
    assert len(match_images([originals], [suspects], threshold=0).matches) < len(match_images([originals], [suspects]).matches)


def test_bad_input_is_refused(folders, tmp_path):
    originals, suspects = folders
    with pytest.raises(BadInput, match="does not exist"):
        match_images([tmp_path / "nowhere"], [suspects])
    (tmp_path / "empty").mkdir()
    with pytest.raises(BadInput, match="No suspect images"):
        match_images([originals], [tmp_path / "empty"])
    with pytest.raises(BadInput, match="between 0 and 64"):
        match_images([originals], [suspects], threshold=99)
