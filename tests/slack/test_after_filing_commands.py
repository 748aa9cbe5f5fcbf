"""`/ipr verify` and `/ipr match` end to end over signed HTTP: legal and support only, files only from the data directory."""

from __future__ import annotations

from assistant.services.filing import export_package
from tests.domain.complaint_samples import TODAY, base, complaint
from tests.evidence_images import DATE_TAKEN, save_with_date, scene, seller_versions
from tests.slack.conftest import EMPLOYEE, LEGAL, SUPPORT
from tests.slack.test_commands import ask


def test_verify_reports_an_unchanged_package_then_a_changed_one(running):
    package = running.services.packages_dir / "C-7"
    export_package(complaint(base()), package, today=TODAY)
    shown = ask(running, "verify C-7", user=LEGAL).text()
    assert "Every file is as the manifest" in shown and "Manifest SHA-256" in shown
    (package / "summary.md").write_text("edited", encoding="utf-8")
    shown = ask(running, "verify C-7", user=SUPPORT).text()
    assert "1 change(s)" in shown and "summary.md" in shown and "changed" in shown


def test_verify_is_for_legal_and_support_and_stays_in_the_packages_folder(running, tmp_path):
    export_package(complaint(base()), running.services.packages_dir / "C-8", today=TODAY)
    assert "for legal and support" in ask(running, "verify C-8", user=EMPLOYEE).text()
    export_package(complaint(base()), tmp_path / "outside", today=TODAY)
    shown = ask(running, f"verify {tmp_path / 'outside'}", user=LEGAL).text()
    assert "I only read package folders inside" in shown
    assert "I only read" in ask(running, "verify ../..", user=LEGAL).text()


def test_match_compares_two_folders_of_the_evidence_folder(running):
    root = running.settings.home / "evidence"
    (root / "ours").mkdir(parents=True)
    (root / "shop").mkdir()
    save_with_date(scene(8), root / "ours" / "front.jpg")
    seller_versions(scene(8))["mirrored"].save(root / "shop" / "item.jpg", quality=50)
    scene(9).save(root / "shop" / "other.jpg")
    shown = ask(running, "match ours shop", user=LEGAL).text()
    assert "1 match(es)" in shown and "item.jpg" in shown and "front.jpg" in shown and DATE_TAKEN in shown
    assert "No match: other.jpg" in shown
    assert "Give two folders" in ask(running, "match ours", user=LEGAL).text()
