"""Files people hand the assistant: sizes read in bounded chunks, only regular files, archives and PDFs checked for
expansion, pages and characters before parsing; each limit a setting, each refusal a plain message (exit 2)."""

from __future__ import annotations

import io
import json
import os
import resource
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest

from assistant.errors import BadInput
from assistant.files.limits import LimitExceeded, Limits, check_zip, loads_json, pdf_page_texts, read_file
from tests.retrieval.pdf_files import minimal_pdf
from tests.security.conftest import pdf_bomb, run_cli, zip_bomb
from tests.security.test_cli import complaint_file, flat

NOTICE = "We bought the goods from an authorised distributor; the invoice is attached."


@pytest.fixture
def case(tmp_path):
    """A complaint file (with its filing date) and a counter-notice, as triage-appeal reads them."""
    source = json.loads(complaint_file(tmp_path).read_text())
    complaint = tmp_path / "triage-complaint.json"
    complaint.write_text(json.dumps({"complaint": source, "filed_on": "2026-11-02"}))
    text = tmp_path / "notice.txt"
    text.write_text(NOTICE)
    return {"complaint": str(complaint), "text": str(text)}


def triage(case, *extra: str):
    return run_cli("triage-appeal", "--complaint", case["complaint"], "--text", case["text"], *extra)


def test_a_word_file_that_inflates_past_the_limit_is_refused_before_it_is_opened(case, tmp_path):
    bomb = zip_bomb(tmp_path / "invoice.docx", 200 * 1024 * 1024)  # 200 MB inside about 200 KB
    assert bomb.stat().st_size < 1024 * 1024
    started = time.monotonic()
    outcome = triage(case, "--attachment", str(bomb))
    assert outcome.code == 2 and "would expand to 200.0 MB, more than the limit of 100.0 MB" in flat(outcome.err)
    assert time.monotonic() - started < 10  # refused from the zip's directory, not by inflating it


def test_a_genuine_word_file_is_still_read(case, tmp_path):
    document = docx.Document()
    document.add_paragraph("Authorisation letter from ACME GmbH, valid until 2027-01-01.")
    path = tmp_path / "letter.docx"
    document.save(path)
    outcome = triage(case, "--attachment", str(path), "--json")
    assert outcome.code == 0, outcome.err


def test_the_expansion_limits_are_settings(case, tmp_path, monkeypatch):
    bomb = zip_bomb(tmp_path / "invoice.docx", 3 * 1024 * 1024)
    outcome = triage(case, "--attachment", str(bomb))
    assert outcome.code == 2 and "IPR_MAX_EXPANSION_RATIO" in flat(outcome.err)
    monkeypatch.setenv("IPR_MAX_EXPANSION_RATIO", "5000")
    assert triage(case, "--attachment", str(bomb)).code == 0  # opened: no text in it, and the person is told
    monkeypatch.setenv("IPR_MAX_EXPANDED_BYTES", str(1024 * 1024))
    outcome = triage(case, "--attachment", str(bomb))
    assert outcome.code == 2 and "IPR_MAX_EXPANDED_BYTES" in flat(outcome.err)


def test_an_archive_compressed_beyond_the_ratio_or_with_too_many_parts_is_refused(tmp_path):
    limits = Limits(max_expanded_bytes=10**9)
    with pytest.raises(LimitExceeded, match="compressed .* to 1"):
        check_zip(zip_bomb(tmp_path / "a.docx", 50 * 1024 * 1024).read_bytes(), "a.docx", limits)
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as archive:
        for number in range(20):
            archive.writestr(f"part{number}.xml", "x")
    with pytest.raises(LimitExceeded, match="holds 20 parts"):
        check_zip(many.getvalue(), "many.xlsx", Limits(max_archive_members=10))
    with pytest.raises(BadInput, match="not a readable document"):
        check_zip(b"PK\x03\x04 broken", "broken.docx", limits)


def test_a_pdf_bomb_gives_a_plain_message(case, tmp_path):
    bomb = tmp_path / "evidence.pdf"
    bomb.write_bytes(pdf_bomb(150 * 1024 * 1024))
    outcome = triage(case, "--attachment", str(bomb))
    assert outcome.code == 2 and "would expand past the limit" in flat(outcome.err)
    with pytest.raises(LimitExceeded):
        pdf_page_texts(bomb.read_bytes(), "evidence.pdf", Limits())


def test_pages_and_characters_per_document_are_capped():
    pdf = minimal_pdf(["Invoice page"] * 5)
    assert len(pdf_page_texts(pdf, "ok.pdf", Limits())) == 5
    with pytest.raises(LimitExceeded, match="has 5 pages, more than the limit of 3"):
        pdf_page_texts(pdf, "long.pdf", Limits(max_pdf_pages=3))
    with pytest.raises(LimitExceeded, match="more than 20 characters"):
        pdf_page_texts(pdf, "wordy.pdf", Limits(max_document_chars=20))


def test_devices_fifos_and_endless_files_are_never_read(case, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        outcome = run_cli("triage-appeal", "--complaint", case["complaint"], "--text", str(path))
        assert outcome.code == 2 and "not a regular file" in flat(outcome.err)
        assert triage(case, "--attachment", str(path)).code == 2
    with pytest.raises(LimitExceeded):  # /proc files report size 0; the chunked read still stops at the limit
        read_file(Path("/proc/self/maps"), 16, "file")


def test_standard_input_is_read_in_bounded_chunks(case, monkeypatch):
    monkeypatch.setenv("IPR_MAX_FILE_BYTES", "1000")
    outcome = run_cli("triage-appeal", "--complaint", case["complaint"], "--text", "-", stdin=b"x" * 5000)
    assert outcome.code == 2 and "larger than the limit of 1,000 bytes" in flat(outcome.err)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(case, tmp_path, monkeypatch):
    monkeypatch.setenv("IPR_MAX_FILE_BYTES", str(1024 * 1024))
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024 * 1024)  # a 2 GB sparse file: reading it would take seconds and memory
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome = run_cli("triage-appeal", "--complaint", case["complaint"], "--text", str(big))
    assert outcome.code == 2 and "IPR_MAX_FILE_BYTES" in flat(outcome.err)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KB: nothing big was read


def test_json_nested_past_the_parser_is_bad_input_even_deep_in_a_thread():
    """RecursionError depends on the stack left: the refusal holds in a worker thread too (Slack runs turns there)."""
    failures = []

    def parse():
        try:
            loads_json("[" * 200_000, "deep.json")
        except BadInput:
            return
        except BaseException as error:  # noqa: BLE001
            failures.append(error)

    worker = threading.Thread(target=parse)
    worker.start()
    worker.join()
    assert failures == []


def test_packages_from_a_conversation_stay_inside_the_packages_folder(tmp_path):
    from assistant.services.filing import package_folder

    packages = tmp_path / "home" / "packages"
    packages.mkdir(parents=True)
    (packages / "escape").symlink_to(tmp_path)
    assert package_folder(packages, None, "thread-1") == packages.resolve() / "thread-1"
    assert package_folder(packages, "acme/2026", "t") == packages.resolve() / "acme" / "2026"
    assert package_folder(packages, str(packages / "abs"), "t") == packages.resolve() / "abs"
    for outside in ("/tmp/pwned", "../pwned", "acme/../../pwned", "escape/pwned", "~/pwned", str(packages), ".", "a\x00b"):
        with pytest.raises(BadInput):
            package_folder(packages, outside, "t")


def test_each_assistant_hands_out_its_own_limits_whatever_was_built_after_it(tmp_path):
    """The limits are passed from the composition root to what reads; no module remembers the last one built."""
    import assistant.files.limits as limits_module
    from assistant.services.appeals import read_counter_notice
    from integrations.bootstrap import App, settings_for

    strict = App(settings_for(tmp_path / "strict", max_file_bytes=1000))
    App(settings_for(tmp_path / "lenient", max_file_bytes=10**6))  # built later: must not change the first one's
    notice = tmp_path / "notice.txt"
    notice.write_text("We bought these from the brand. " * 100, encoding="utf-8")
    with pytest.raises(LimitExceeded, match="1,000 bytes"):
        read_counter_notice(notice, limits=strict.limits)
    assert read_counter_notice(notice)[0].startswith("We bought")  # the defaults, for a caller handed none
    assert not hasattr(limits_module, "current_limits")


def test_one_reader_for_a_named_file_or_standard_input(tmp_path):
    from assistant.files.limits import read_source

    named = tmp_path / "links.txt"
    named.write_bytes(b"https://www.aliexpress.com/item/1.html\n")
    assert read_source(str(named), 100, "file") == named.read_bytes()
    assert read_source("-", 100, "file", stdin=io.TextIOWrapper(io.BytesIO(b"abc"))) == b"abc"  # the bytes underneath
    assert read_source(None, 100, "file", stdin=io.StringIO("d\u00e9j\u00e0")) == "d\u00e9j\u00e0".encode()  # a text stream
    for source, stdin in ((str(named), None), ("-", io.TextIOWrapper(io.BytesIO(b"x" * 101))), ("-", io.StringIO("x" * 101))):
        with pytest.raises(LimitExceeded):
            read_source(source, 10 if stdin is None else 100, "file", stdin=stdin)
    with pytest.raises(BadInput, match="does not exist"):
        read_source(str(tmp_path / "missing.txt"), 100, "file")
