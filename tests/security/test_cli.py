"""The CLI under hostile or careless input: every case exits 2 with a plain message, never a traceback, and writes
nothing outside the folder it was given (run_cli fails the test on any traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.chat_driver import open_complaints
from tests.sample_complaints import sample_complaint
from tests.security.conftest import run_cli

EXAMPLE = Path(__file__).parents[2] / "examples" / "complaint-counterfeit.json"


def complaint_file(folder: Path, **changes) -> Path:
    data = json.loads(EXAMPLE.read_text()) | {"ip_right": json.loads(EXAMPLE.read_text())["ip_right"] | {"id": None}}
    data |= changes
    path = folder / "complaint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def stored(ipr_home):
    """One filed complaint in the store."""
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint([1005001, 1005002]), idempotency_key="seed", actor="test")
        service.transition(record.id, "filed", actor="test")
        return record.id
    finally:
        service.store.close()


def refused(*args: str, stdin: bytes = b"") -> str:
    outcome = run_cli(*args, stdin=stdin)
    assert outcome.code == 2, outcome.text
    assert "Error" in outcome.err or "Usage" in outcome.err, outcome.text
    return flat(outcome.err)


def flat(text: str) -> str:
    """Output with the terminal's line wrapping undone."""
    return " ".join(text.split())


# --- deeply nested JSON ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["validate"], ["export", "--out", "OUT"], ["complaints", "create", "--key", "k"],
                                     ["rights", "add", "--from-json"], ["triage-appeal", "--text", "NOTICE", "--complaint"]])
def test_deeply_nested_json_is_refused_plainly(tmp_path, command):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "notice.txt").write_text("We are an authorised dealer.")
    args = [str(tmp_path / "out") if a == "OUT" else str(tmp_path / "notice.txt") if a == "NOTICE" else a for a in command]
    message = refused(*args, str(deep)) if command[0] != "rights" else refused(*args, str(deep))
    assert "nested too deeply" in message


# --- export folders ------------------------------------------------------------------------------------------------------


def test_export_to_a_symlink_or_a_dangling_one_is_refused(tmp_path):
    source = complaint_file(tmp_path)
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    for name in ("link", "dangling"):
        assert "symbolic link" in refused("export", str(source), "--out", str(tmp_path / name))
    assert list(real.iterdir()) == [] and not (tmp_path / "nowhere").exists()


def test_export_under_a_file_or_into_proc_is_refused(tmp_path):
    source = complaint_file(tmp_path)
    (tmp_path / "afile").write_text("a file")
    assert "is a file, not a folder" in refused("export", str(source), "--out", str(tmp_path / "afile" / "sub"))
    assert "cannot be written" in refused("export", str(source), "--out", "/proc/x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "complaint.json"]


def test_partial_folders_of_a_killed_export_are_removed_on_the_next_run(tmp_path):
    source = complaint_file(tmp_path)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = tmp_path / ".pkg.partial-999999999-0badc0de"  # its process is gone
        legacy = tmp_path / ".pkg.replaced-0badc0de"
        running = tmp_path / f".pkg.partial-{sleeper.pid}-0badc0de"  # another export still writing
        other = tmp_path / ".other.partial-1-0badc0de"  # another folder's: not ours to touch
        for folder in (dead, legacy, running, other):
            folder.mkdir()
            (folder / "statement.txt").write_text("half")
        assert run_cli("export", str(source), "--out", str(tmp_path / "pkg")).code == 0
        assert not dead.exists() and not legacy.exists() and running.exists() and other.exists()
    finally:
        sleeper.kill()


def test_control_characters_never_reach_the_files_people_read(tmp_path):
    statement = "The shoes are fake.\x1b[2J\x1b]0;owned\x07 Seller \u202eevil\u202c ignored.\r\nSecond line \x9b31m."
    source = complaint_file(tmp_path, statement=statement)
    assert run_cli("export", str(source), "--out", str(tmp_path / "pkg")).code == 0
    for name in ("statement.txt", "summary.md", "evidence-checklist.md"):
        text = (tmp_path / "pkg" / name).read_text(encoding="utf-8")
        assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7F <= ord(ch) <= 0x9F or ch in "\u202e\u202c" for ch in text), name
    assert "The shoes are fake.[2J]0;owned Seller evil ignored.\nSecond line 31m." in (tmp_path / "pkg" / "statement.txt").read_text()
    assert json.loads((tmp_path / "pkg" / "complaint.json").read_text())["statement"] == statement  # kept verbatim as data


# --- ids, listings, markup -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [str(2**31), str(10**23), "²", "0", "1e9", "C-99999999999"])
def test_complaint_ids_out_of_range_are_refused(stored, number):
    assert "not a complaint id" in refused("complaints", "show", number)
    assert "not a complaint id" in refused("complaints", "update", number, "--status", "withdrawn")


def test_a_complaint_with_an_empty_listing_is_refused(tmp_path):
    source = complaint_file(tmp_path, listings=[{"url": ""}, {"url": "https://www.aliexpress.com/item/1005001234567890.html"}])
    assert "Listing 1 (listings[0]) is empty" in refused("complaints", "create", str(source), "--key", "k")


@pytest.mark.parametrize("text", ["[/]", "[bold]x[/bold] [/]", "[link=file:///etc/passwd]x[/link]", "\\[/]"])
def test_markup_in_echoed_text_is_shown_as_typed(stored, text):
    assert text in refused("complaints", "show", text)
    chat = run_cli("chat", stdin=f"{text}\n".encode())
    assert chat.code == 0 and f"> {text}" in chat.out
    check = run_cli("check-urls", stdin=f"https://www.aliexpress.com/item/1.html {text}\n".encode())
    assert check.code in (0, 1)


# --- the team's records --------------------------------------------------------------------------------------------------


def test_a_status_note_over_128_kb_and_a_date_past_9999_are_refused(stored, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text(f"complaint_id,status,platform_complaint_id,note,occurred_at\n{stored},under_review,,{'n' * 140_000},\n")
    assert "Nothing was imported" in refused("complaints", "import-status", str(big))
    long_note = tmp_path / "long.csv"
    long_note.write_text(f"complaint_id,status,platform_complaint_id,note,occurred_at\n{stored},under_review,,{'n' * 5000},\n")
    assert "at most 4,000 fit" in refused("complaints", "import-status", str(long_note))
    late = tmp_path / "late.csv"
    late.write_text(f"complaint_id,status,platform_complaint_id,note,occurred_at\n{stored},under_review,,,9999-12-31T23:00:00-05:00\n")
    assert "outside the dates" in refused("complaints", "import-status", str(late))
    assert "outside the dates" in refused("complaints", "update", stored, "--status", "under_review", "--occurred-at", "9999-12-31T23:00:00-05:00")


def test_an_empty_counter_notice_and_a_deadline_before_arrival_are_refused(stored, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    refused("complaints", "counter-notice", stored, str(empty))
    text = tmp_path / "notice.txt"
    text.write_text("We are an authorised dealer.")
    assert "before the day" in refused("complaints", "counter-notice", stored, str(text), "--received", "2026-11-20", "--response-due", "2026-11-10")
    service = open_complaints()
    try:
        assert service.show(stored).counter_notices == []
    finally:
        service.store.close()


def test_a_database_password_with_an_at_sign_is_never_shown(monkeypatch):
    for url in ("postgresql://ann:s3cr@t!pw@127.0.0.1:1/db", "postgresql://ann:s3cr@t!pw@127.0.0.1:1:2/db"):
        monkeypatch.setenv("IPR_DATABASE_URL", url)
        message = refused("complaints", "list")
        assert "s3cr" not in message and "t!pw" not in message and "%40" in message
    monkeypatch.setenv("IPR_DATABASE_URL", "postgresql://ann:s3cr%40t!pw@127.0.0.1:1/db")  # written correctly: unreachable
    outcome = run_cli("complaints", "list")
    assert outcome.code == 1 and "could not be reached" in flat(outcome.err)
    assert "s3cr" not in outcome.text and "t!pw" not in outcome.text


def test_check_urls_never_counts_duplicates_as_links_without_problems(monkeypatch):
    from integrations.cli.commands import check_urls

    monkeypatch.setattr(check_urls, "MAX_TABLE_ROWS", 2)
    item = "https://www.aliexpress.com/item/{}.html"
    paste = "\n".join([item.format(1), item.format(2)] + [item.format(1)] * 4).encode()  # 4 duplicates
    outcome = run_cli("check-urls", stdin=paste)
    assert outcome.code == 1
    assert "2 link(s) without problems and 2 more link(s) with problems (duplicates included) are not shown" in flat(outcome.out)


def test_the_installed_command_prints_no_traceback(tmp_path):
    """The same refusals through a real process: stderr has the message, never a traceback."""
    deep = tmp_path / "deep.json"
    deep.write_text("{" + '"a":{' * 50_000 + "}" * 50_001)
    env = {**os.environ, "IPR_ASSISTANT_HOME": str(tmp_path / "home")}
    for args in (["validate", str(deep)], ["complaints", "show", str(10**23)], ["export", str(deep), "--out", "/proc/x"]):
        done = subprocess.run([sys.executable, "-m", "integrations.cli.app", *args], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 2 and "Traceback" not in done.stderr and "Error:" in done.stderr, done.stderr
