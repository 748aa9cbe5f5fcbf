"""`ipr-assistant evidence verify|match` through the real entry point: exit codes, --json shapes, the evidence file."""

from __future__ import annotations

import json

from tests.integrations.cli.test_complaints_cli import run
from tests.domain.complaint_samples import base
from tests.evidence_images import DATE_TAKEN, save_with_date, scene, seller_versions


def export(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "comparison.pdf").write_bytes(b"%PDF-1.4 side by side")
    data = base()
    data["evidence"] = [{"kind": "comparison_document", "file": "comparison.pdf"}]
    (folder / "complaint.json").write_text(json.dumps(data), encoding="utf-8")
    status, out, err = run(capsys, monkeypatch, "export", str(folder / "complaint.json"), "--out", str(tmp_path / "pkg"), "--json")
    assert status == 0, err
    return tmp_path / "pkg", json.loads(out)


def test_export_copies_the_evidence_and_verify_tells_a_change(capsys, monkeypatch, tmp_path):
    package, exported = export(capsys, monkeypatch, tmp_path)
    assert "evidence/comparison.pdf" in exported["files"] and "manifest.json" in exported["files"]
    assert len(exported["manifest_sha256"]) == 64 and exported["evidence_not_included"] == []

    status, out, _ = run(capsys, monkeypatch, "evidence", "verify", str(package), "--json")
    report = json.loads(out)
    assert status == 0 and report["unchanged"] is True and report["manifest_sha256"] == exported["manifest_sha256"]

    data = bytearray((package / "evidence" / "comparison.pdf").read_bytes())
    data[0] ^= 0x20
    (package / "evidence" / "comparison.pdf").write_bytes(bytes(data))
    status, out, _ = run(capsys, monkeypatch, "evidence", "verify", str(package))
    assert status == 1 and "CHANGED evidence/comparison.pdf" in out and "1 change(s)" in out


def test_verify_of_a_folder_without_a_manifest_exits_2(capsys, monkeypatch, tmp_path):
    status, _, err = run(capsys, monkeypatch, "evidence", "verify", str(tmp_path))
    assert status == 2 and "manifest.json" in " ".join(err.split()) and "Traceback" not in err


def test_match_lists_each_match_with_its_distance_and_writes_the_evidence_document(capsys, monkeypatch, tmp_path):
    original = save_with_date(scene(5), tmp_path / "original.jpg")
    seller = tmp_path / "seller"
    seller.mkdir()
    for name, image in seller_versions(scene(5)).items():
        image.save(seller / f"{name}.jpg", quality=50)
    scene(99).save(seller / "unrelated.jpg")
    out_file = tmp_path / "comparison.md"
    status, out, err = run(capsys, monkeypatch, "evidence", "match", str(original), "--suspect", str(seller), "--out", str(out_file), "--json")
    assert status == 0, err
    report = json.loads(out)
    assert sorted(m["suspect"].rsplit("/", 1)[1] for m in report["matches"]) == ["cropped.jpg", "mirrored.jpg", "smaller.jpg", "watermarked.jpg"]
    assert all(isinstance(m["distance"], float) and m["original_capture_date"] == DATE_TAKEN for m in report["matches"])
    assert report["unmatched_suspects"][0].endswith("unrelated.jpg") and report["written"] == str(out_file)
    assert DATE_TAKEN in out_file.read_text(encoding="utf-8")

    status, _, err = run(capsys, monkeypatch, "evidence", "match", str(original), "--suspect", str(seller), "--out", str(out_file))
    assert status == 2 and "already exists" in err


def test_match_without_suspects_exits_2(capsys, monkeypatch, tmp_path):
    original = save_with_date(scene(5), tmp_path / "original.jpg")
    status, _, err = run(capsys, monkeypatch, "evidence", "match", str(original), str(original))
    assert status == 2 and "--suspect" in err
    status, _, err = run(capsys, monkeypatch, "evidence", "match", str(original), "--suspect")
    assert status == 2 and "at least one original and one suspect" in err


def test_a_manifest_edited_to_match_a_changed_file_is_caught_with_the_kept_sha256(capsys, monkeypatch, tmp_path):
    """A manifest cannot vouch for itself: edited together with the file it passes alone, not against the kept hash."""
    package, exported = export(capsys, monkeypatch, tmp_path)
    kept = exported["manifest_sha256"]
    status, out, _ = run(capsys, monkeypatch, "evidence", "verify", str(package), "--manifest-sha256", kept, "--json")
    assert status == 0 and json.loads(out)["manifest_checked"] is True

    from assistant.services.evidence.manifest import sha256_of

    evidence = package / "evidence" / "comparison.pdf"
    evidence.write_bytes(evidence.read_bytes() + b"!")
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == "evidence/comparison.pdf":
            entry["sha256"], entry["size"] = sha256_of(evidence), evidence.stat().st_size
    (package / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")

    status, out, _ = run(capsys, monkeypatch, "evidence", "verify", str(package))
    assert status == 0 and "only be checked against the SHA-256" in " ".join(out.split())  # consistent alone: the person is told the limit
    status, out, _ = run(capsys, monkeypatch, "evidence", "verify", str(package), "--manifest-sha256", kept.upper(), "--json")
    report = json.loads(out)
    assert status == 1 and report["manifest_checked"] is False and report["changes"][0]["path"] == "manifest.json"
    assert run(capsys, monkeypatch, "evidence", "verify", str(package), "--manifest-sha256", "abc")[0] == 2
