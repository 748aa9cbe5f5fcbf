"""The evidence manifest: every file of a package with its SHA-256, size, time and image hashes; `verify_package`
tells a one-byte change in any file, a missing file and an added one."""

from __future__ import annotations

import json

import pytest

from assistant.errors import BadInput
from assistant.services.evidence.manifest import MANIFEST_NAME, sha256_of, verify_package
from assistant.services.filing import export_package
from tests.domain.complaint_samples import TODAY, base, complaint
from tests.evidence_images import DATE_TAKEN, save_with_date, scene


@pytest.fixture
def exported(tmp_path):
    """A package exported with two evidence files (a PDF and a photo) read from the complaint's folder."""
    source = tmp_path / "case"
    (source / "files").mkdir(parents=True)
    (source / "files" / "comparison.pdf").write_bytes(b"%PDF-1.4 comparison of the listing with the genuine shoe")
    save_with_date(scene(1), source / "files" / "genuine.jpg")
    data = base()
    data["evidence"] = [
        {"kind": "comparison_document", "file": "files/comparison.pdf"},
        {"kind": "product_photos", "file": "files/genuine.jpg"},
        {"kind": "trademark_certificate", "file": "files/not-there.pdf"},
    ]
    out = tmp_path / "package"
    result = export_package(complaint(data), out, today=TODAY, evidence_root=source)
    return out, result


def test_every_file_is_listed_with_its_hash_size_and_time_and_images_with_perceptual_hashes(exported):
    out, result = exported
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    by_path = {entry["path"]: entry for entry in manifest["files"]}
    assert set(by_path) == {name for name in result.files if name != MANIFEST_NAME}
    assert {"evidence/comparison.pdf", "evidence/genuine.jpg", "statement.txt", "complaint.json"} <= set(by_path)
    for name, entry in by_path.items():
        assert entry["sha256"] == sha256_of(out / name) and entry["size"] == (out / name).stat().st_size and entry["mtime"]
    photo = by_path["evidence/genuine.jpg"]
    assert photo["evidence_kind"] == "product_photos"
    assert len(photo["image"]["phash"]) == 16 and len(photo["image"]["dhash"]) == 16
    assert photo["image"]["exif_capture_date"] == DATE_TAKEN
    assert by_path["evidence/comparison.pdf"]["image"] is None
    assert manifest["evidence_not_included"] == [{"kind": "trademark_certificate", "file": "files/not-there.pdf", "reason": "no such file"}]
    assert result.manifest_sha256 == sha256_of(out / MANIFEST_NAME)


def test_an_untouched_package_verifies(exported):
    out, result = exported
    report = verify_package(out)
    assert report.unchanged and report.changes == [] and report.files_checked == len(result.files) - 1
    assert report.manifest_sha256 == result.manifest_sha256


def test_one_changed_byte_in_any_file_is_found(exported):
    out, result = exported
    names = [name for name in result.files if name != MANIFEST_NAME]
    assert len(names) >= 8
    for name in names:
        path = out / name
        original = path.read_bytes()
        changed = bytearray(original)
        changed[len(changed) // 2] ^= 0x01  # one bit of one byte, size unchanged
        path.write_bytes(bytes(changed))
        report = verify_package(out)
        assert [(c.path, c.change) for c in report.changes] == [(name, "changed")], name
        path.write_bytes(original)
        assert verify_package(out).unchanged


def test_missing_and_added_files_are_reported(exported):
    out, _ = exported
    (out / "evidence" / "comparison.pdf").unlink()
    (out / "evidence" / "extra.png").write_bytes(b"not ours")
    report = verify_package(out)
    assert {(c.path, c.change) for c in report.changes} == {("evidence/comparison.pdf", "missing"), ("evidence/extra.png", "added")}
    assert not report.unchanged


def test_a_folder_without_a_manifest_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="no manifest.json"):
        verify_package(tmp_path)
    with pytest.raises(BadInput, match="not a folder"):
        verify_package(tmp_path / "nowhere")
    (tmp_path / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInput, match="cannot be read"):
        verify_package(tmp_path)


def test_without_an_evidence_root_no_file_is_read_and_each_is_listed_as_not_included(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the package", encoding="utf-8")
    data = base()
    data["evidence"] = [{"kind": "comparison_document", "file": str(secret)}]
    result = export_package(complaint(data), tmp_path / "package", today=TODAY)
    assert not (tmp_path / "package" / "evidence").exists()
    assert result.evidence_not_included[0]["file"] == str(secret) and "not copied" in result.evidence_not_included[0]["reason"]
    assert verify_package(tmp_path / "package").unchanged
