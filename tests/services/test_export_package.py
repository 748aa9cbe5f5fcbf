"""export_package: the files a person files from, the DOCX drafts read back, refusal of invalid complaints, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from assistant.errors import BadInput, ValidationFailed
from assistant.services import filing
from assistant.services.export import package as package_module
from assistant.services.export.atomic import PACKAGE_MARKER
from assistant.services.filing import export_package
from tests.domain.complaint_samples import ITEM_1, ITEM_2, TODAY, agent_test_buy, base, changed, complaint, unregistered_copyright


def export(data, out: Path, **options):
    return export_package(complaint(data), out, today=TODAY, **options)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    header = " ".join(p.text for section in document.sections for p in section.header.paragraphs)
    return header + "\n" + "\n".join(p.text for p in document.paragraphs)


def test_a_valid_complaint_gives_the_links_the_statement_the_checklist_and_a_summary(tmp_path):
    out = tmp_path / "package"
    result = export(base(), out)
    assert result.valid and result.notices == 1
    assert set(result.files) == {
        "notice-1-links.txt", "statement.txt", "evidence-checklist.md", "summary.md", "complaint.json", "validation.json", "manifest.json",
    }  # fmt: skip
    assert (out / "notice-1-links.txt").read_text(encoding="utf-8").splitlines() == [ITEM_1, ITEM_2]
    assert (out / "statement.txt").read_text(encoding="utf-8").strip() == base()["statement"]
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "ACME RUNNER" in summary and "AliExpress" in summary and "Counterfeit features" in summary
    assert "NOT VALID" not in summary
    assert "notice-1-links.txt" in summary and "What to do in IPP" in summary


def test_the_checklist_marks_each_document_present_or_missing(tmp_path):
    export(base(), tmp_path / "package")
    rows = [line for line in (tmp_path / "package" / "evidence-checklist.md").read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    by_id = {row.split("`")[1]: row for row in rows if "`" in row}
    assert by_id["comparison_document"].startswith("| present |")
    assert by_id["trademark_certificate"].startswith("| MISSING |")
    assert "business_license" in by_id and "power_of_attorney" not in by_id


def test_links_are_written_in_their_canonical_form_once_each(tmp_path):
    data = changed(base(), "listings", [{"url": ITEM_1 + "?spm=a2g0o.home.1"}, {"url": "https://de.aliexpress.com/item/1005001234567890.html"}, {"url": ITEM_2}])
    result = export(data, tmp_path / "package")
    assert (tmp_path / "package" / "notice-1-links.txt").read_text(encoding="utf-8").splitlines() == [ITEM_1, ITEM_2]
    assert "duplicate_listings" in result.report.warning_codes()


def test_an_agent_test_buy_gets_a_power_of_attorney_and_a_test_buy_report(tmp_path):
    out = tmp_path / "package"
    result = export(agent_test_buy(), out)
    assert {"power-of-attorney.docx", "test-buy-report.docx"} <= set(result.files)
    assert "copyright-claim-statement.docx" not in result.files

    power = docx_text(out / "power-of-attorney.docx")
    assert "DRAFT - to be checked, signed or sealed" in power
    assert "Jane Maker" in power and "Brandguard Agency Ltd" in power
    assert "IP) enforcement" in power or "IP enforcement" in power
    assert "MAKERWARE" not in power  # the sample right is ACME RUNNER
    assert "ACME RUNNER" in power and "30123456" in power
    assert "Job title of signatory" in power and "Handwritten signature" in power  # an individual signs by hand

    report = docx_text(out / "test-buy-report.docx")
    assert "DRAFT" in report
    assert "8170012345678" in report and ITEM_1 in report
    assert "Photos of the item bought" in report and "Process and methods" in report
    assert base()["statement"].split(";")[0] in report
    checklist = (out / "evidence-checklist.md").read_text(encoding="utf-8")
    assert "power-of-attorney.docx" in checklist


def test_a_company_holder_seals_the_power_of_attorney(tmp_path):
    data = agent_test_buy()
    data["rights_holder"] = {"name": "Maker Industries SARL", "holder_type": "company"}
    data["ip_right"]["owner"] = "Maker Industries SARL"
    export(data, tmp_path / "package")
    power = docx_text(tmp_path / "package" / "power-of-attorney.docx")
    assert "Company seal" in power and "Maker Industries SARL" in power


def test_an_unregistered_copyright_gets_a_claim_statement_draft(tmp_path):
    out = tmp_path / "package"
    result = export(unregistered_copyright(), out)
    assert "copyright-claim-statement.docx" in result.files
    assert "power-of-attorney.docx" not in result.files and "test-buy-report.docx" not in result.files
    text = docx_text(out / "copyright-claim-statement.docx")
    assert "DRAFT" in text and "Blue Hour" in text and "Acme Sportswear GmbH" in text
    assert ITEM_1 in text and ITEM_2 in text
    assert "without" in text and "consent" in text
    assert "Word files are not accepted" in text
    assert "Word files are not accepted" in (out / "summary.md").read_text(encoding="utf-8")


def test_an_invalid_complaint_is_refused_and_nothing_is_written(tmp_path):
    out = tmp_path / "package"
    with pytest.raises(ValidationFailed) as refusal:
        export(changed(base(), "evidence", []), out)
    assert "evidence_missing" in refusal.value.report.codes()
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_force_exports_an_invalid_complaint_marked_not_valid(tmp_path):
    out = tmp_path / "package"
    result = export(changed(agent_test_buy(), "statement", ""), out, force=True)
    assert result.valid is False
    assert "NOT VALID" in (out / "summary.md").read_text(encoding="utf-8")
    assert "NOT VALID" in (out / "evidence-checklist.md").read_text(encoding="utf-8")
    assert "did not pass validation" in docx_text(out / "power-of-attorney.docx")
    assert json.loads((out / "validation.json").read_text(encoding="utf-8"))["ok"] is False


def test_more_than_300_listings_fill_several_notices_when_forced(tmp_path):
    listings = [{"url": f"https://www.aliexpress.com/item/1005{n:012d}.html"} for n in range(1, 452)]
    out = tmp_path / "package"
    with pytest.raises(ValidationFailed):
        export(changed(base(), "listings", listings), out)
    result = export(changed(base(), "listings", listings), out, force=True)
    assert result.notices == 2
    assert len((out / "notice-1-links.txt").read_text().splitlines()) == 300
    assert len((out / "notice-2-links.txt").read_text().splitlines()) == 151


def test_a_non_empty_folder_is_not_overwritten(tmp_path):
    out = tmp_path / "package"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BadInput, match="not empty"):
        export(base(), out)
    # --force replaces only an earlier package, never someone's other files
    with pytest.raises(BadInput, match="not a filing package"):
        export(base(), out, force=True)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_empty_folder_is_used(tmp_path):
    out = tmp_path / "package"
    out.mkdir()
    assert export(base(), out).files


def test_a_file_in_the_way_is_refused(tmp_path):
    out = tmp_path / "package"
    out.write_text("x", encoding="utf-8")
    with pytest.raises(BadInput, match="not a folder"):
        export(base(), out)


def test_force_replaces_an_earlier_package(tmp_path):
    out = tmp_path / "package"
    export(agent_test_buy(), out)
    assert (out / PACKAGE_MARKER).exists() and (out / "power-of-attorney.docx").exists()
    with pytest.raises(BadInput, match="not empty"):
        export(base(), out)
    result = export(base(), out, force=True)
    assert not (out / "power-of-attorney.docx").exists()
    assert "power-of-attorney.docx" not in result.files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package"]  # no staging or replaced folders left


def test_a_failure_half_way_leaves_nothing_behind(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(package_module, "write_drafts", fail)
    out = tmp_path / "package"
    with pytest.raises(BadInput, match="disk full"):  # a plain message, not a traceback
        export(agent_test_buy(), out)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_replacing_keeps_the_earlier_package(tmp_path, monkeypatch):
    out = tmp_path / "package"
    export(agent_test_buy(), out)
    before = sorted(p.name for p in out.iterdir())

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(package_module, "evidence_checklist", fail)
    with pytest.raises(BadInput, match="disk full"):
        export(base(), out, force=True)
    assert sorted(p.name for p in out.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package"]


def test_read_complaint_round_trips_the_package_copy(tmp_path):
    export(agent_test_buy(), tmp_path / "package")
    again = filing.read_complaint(tmp_path / "package" / "complaint.json")
    assert again == complaint(agent_test_buy())


def test_a_failure_at_the_final_rename_puts_the_earlier_package_back(tmp_path, monkeypatch):
    from assistant.services.export import atomic

    out = tmp_path / "package"
    export(agent_test_buy(), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_rename = atomic.os.rename

    def rename(source, target):
        if ".partial-" in str(source):
            raise OSError("rename failed")
        real_rename(source, target)

    monkeypatch.setattr(atomic.os, "rename", rename)
    with pytest.raises(BadInput, match="rename failed"):
        export(base(), out, force=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package"]
