"""`ipr-assistant check-urls`: exit codes, the --json contract, the table, and bad input (too large,
binary, missing, not UTF-8, empty) refused with a clear message and nothing written."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from integrations.cli.commands.check_urls import read_input

CLI = Path(sys.executable).parent / "ipr-assistant"
ITEM = "https://www.aliexpress.com/item/{}.html"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        """stdout holds exactly one JSON object and nothing else."""
        text = self.stdout.strip()
        payload, end = json.JSONDecoder().raw_decode(text)
        assert text[end:].strip() == "", "stdout holds more than one JSON object"
        return payload


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `ipr-assistant ARGS` through the real entry point (main) in this process."""

    def run(*args: str, stdin: bytes | None = None) -> Outcome:
        from integrations.cli import app

        monkeypatch.setattr(sys, "argv", ["ipr-assistant", *args])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b"")))
        monkeypatch.setenv("COLUMNS", "160")
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            app.main()
        captured = capsys.readouterr()
        code = exit_info.value.code
        return Outcome(code if isinstance(code, int) else (0 if code is None else 1), captured.out, captured.err)

    return run


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def assert_contract(payload: dict) -> None:
    assert {"site", "results", "notices", "summary"} <= set(payload)
    assert {"total", "ok", "problems", "duplicates"} <= set(payload["summary"])
    for result in payload["results"]:
        assert {"input", "ok", "site", "kind", "listing_id", "normalized", "problems"} <= set(result)
        assert all({"code", "message"} <= set(problem) for problem in result["problems"])
    assert all(isinstance(notice, list) and all(isinstance(link, str) for link in notice) for notice in payload["notices"])


def test_all_fine_exits_0_with_one_json_object(cli, tmp_path):
    path = write(tmp_path, "links.txt", f"{ITEM.format(1)}\n- {ITEM.format(2)}\n".encode())
    outcome = cli("check-urls", str(path), "--json")
    assert outcome.code == 0, outcome.stderr
    payload = outcome.json()
    assert_contract(payload)
    assert payload["notices"] == [[ITEM.format(1), ITEM.format(2)]]
    assert payload["summary"]["total"] == 2 and payload["summary"]["problems"] == 0


def test_any_problem_exits_1(cli, tmp_path):
    path = write(tmp_path, "links.txt", f"{ITEM.format(1)}\n{ITEM.format(1)}\nhttps://s.click.aliexpress.com/e/_x\n".encode())
    outcome = cli("check-urls", str(path), "--json")
    assert outcome.code == 1
    payload = outcome.json()
    assert [r["ok"] for r in payload["results"]] == [True, False, False]
    assert payload["summary"]["duplicates"] == 1


def test_site_option_flags_other_sites(cli):
    outcome = cli("check-urls", "--site", "taobao", "--json", stdin=b"https://detail.tmall.com/item.htm?id=2\n")
    assert outcome.code == 1
    payload = outcome.json()
    assert payload["site"] == "taobao"
    assert payload["results"][0]["problems"][0]["code"] == "site_mismatch"


def test_reads_standard_input_with_dash_or_without_a_file(cli):
    for args in (("check-urls", "-", "--json"), ("check-urls", "--json")):
        outcome = cli(*args, stdin=f"{ITEM.format(7)}\n".encode())
        assert outcome.code == 0 and outcome.json()["results"][0]["normalized"] == ITEM.format(7)


def test_human_output_has_the_table_the_summary_and_the_notices(cli):
    paste = f"{ITEM.format(1)}\nhttps://nike.tmall.com/\nhttps://www.aliexpress.com/w/wholesale-bag.html\nHello\n".encode()
    outcome = cli("check-urls", stdin=paste)
    assert outcome.code == 1
    assert "not_a_listing" not in outcome.stdout  # the problem in words, not its code
    for text in ("Listing links", "Link", "Site", "Kind", "Id", "Problems", "not a product or shop page", "3 link(s): 2 ok, 1 with problems",
                 "1 word(s) that are not links", "Notice 1: AliExpress, product links, 1", "Notice 2: Tmall, shop links, 1",
                 ITEM.format(1), "https://nike.tmall.com/"):  # fmt: skip
        assert text in outcome.stdout, text


def test_a_long_list_shows_only_the_links_with_problems_and_says_so(cli, monkeypatch):
    from integrations.cli.commands import check_urls

    monkeypatch.setattr(check_urls, "MAX_TABLE_ROWS", 2)
    paste = "\n".join([ITEM.format(1), ITEM.format(2), "https://s.taobao.com/search?q=bag", ITEM.format(3)]).encode()
    outcome = cli("check-urls", stdin=paste)
    assert outcome.code == 1
    assert "3 link(s) without problems are not shown" in outcome.stdout
    assert "s.taobao.com/search" in outcome.stdout and "│ 1 " not in outcome.stdout


def test_markup_like_text_in_links_is_printed_as_is(cli):
    outcome = cli("check-urls", stdin=b"https://[bold]example.com/x\n")
    assert outcome.code == 1 and "https://[bold]example.com/x" in outcome.stdout


def test_unknown_site_is_bad_usage_listing_the_allowed_values(cli):
    outcome = cli("check-urls", "--site", "ebay", stdin=f"{ITEM.format(1)}\n".encode())
    assert outcome.code == 2
    for site in ("aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia"):
        assert site in outcome.stderr


def test_a_missing_file_is_bad_input(cli, tmp_path):
    outcome = cli("check-urls", str(tmp_path / "nope.txt"), "--json")
    assert outcome.code == 2 and outcome.stdout == ""
    assert "does not exist" in outcome.stderr and "reference" not in outcome.stderr and "Traceback" not in outcome.stderr


def test_a_folder_is_bad_input(cli, tmp_path):
    outcome = cli("check-urls", str(tmp_path))
    assert outcome.code == 2 and "folder" in outcome.stderr


def test_binary_input_is_refused(cli, tmp_path):
    path = write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    outcome = cli("check-urls", str(path), "--json")
    assert outcome.code == 2 and outcome.stdout == "" and "binary" in outcome.stderr
    assert path.read_bytes().startswith(b"\xff\xd8")  # untouched


def test_invalid_utf8_is_read_with_a_warning_and_the_damaged_link_flagged(cli, tmp_path):
    path = write(tmp_path, "links.txt", f"{ITEM.format(1)}\nhttps://www.aliexpress.com/item/2\xff.html\n".encode("latin-1"))
    outcome = cli("check-urls", str(path), "--json")
    assert outcome.code == 1
    assert "not valid UTF-8" in outcome.stderr and "line(s) 2" in outcome.stderr
    payload = outcome.json()
    assert payload["results"][0]["ok"] is True
    assert payload["results"][1]["problems"][0]["code"] == "not_a_url"


def test_text_in_another_encoding_is_refused(cli, tmp_path):
    path = write(tmp_path, "links.txt", "请投诉以下链接，谢谢。卖家销售假冒商品。".encode("gbk") * 30)
    outcome = cli("check-urls", str(path))
    assert outcome.code == 2 and "not UTF-8" in outcome.stderr


@pytest.mark.parametrize("paste", [b"", b"\n\n  \n"])
def test_empty_input_is_refused(cli, paste):
    outcome = cli("check-urls", "--json", stdin=paste)
    assert outcome.code == 2 and outcome.stdout == "" and "empty" in outcome.stderr


def test_input_without_any_link_is_refused(cli):
    outcome = cli("check-urls", stdin=b"Dear team, please see attached.\n")
    assert outcome.code == 2 and "No links found" in outcome.stderr


def test_a_paste_over_the_limit_is_refused_saying_the_limit(cli, tmp_path, monkeypatch):
    line = (ITEM.format(1005006367324382) + "\n").encode()
    path = tmp_path / "huge.txt"
    path.write_bytes(line * (2 * 1024 * 1024 // len(line) + 1))
    outcome = cli("check-urls", str(path), "--json")
    assert outcome.code == 2 and outcome.stdout == ""
    assert "larger than the limit of 2.0 MB" in outcome.stderr and "IPR_MAX_CHECK_URLS_BYTES" in outcome.stderr
    monkeypatch.setenv("IPR_MAX_CHECK_URLS_BYTES", str(3 * 1024 * 1024))  # the limit is a setting
    assert cli("check-urls", str(path), "--json").code == 1  # read and checked: one listing, many duplicates


def test_reading_stops_one_chunk_past_the_limit(tmp_path):
    from assistant.files.limits import LimitExceeded

    path = write(tmp_path, "big.txt", b"x" * 5000)
    with pytest.raises(LimitExceeded, match="larger than the limit"):
        read_input(str(path), limit=100)
    assert len(read_input(str(path), limit=10_000)) == 5000


def test_a_300_link_notice_end_to_end(cli, tmp_path):
    links = [ITEM.format(1005000000000000 + n) for n in range(300)]
    path = write(tmp_path, "notice.txt", "\n".join(links).encode())
    outcome = cli("check-urls", str(path), "--site", "aliexpress", "--json")
    assert outcome.code == 0
    assert outcome.json()["notices"] == [links]


def test_the_installed_command_prints_only_json_on_stdout(tmp_path):
    path = write(tmp_path, "links.txt", f"{ITEM.format(1)}\nwww.taobao.com/\n".encode())
    done = subprocess.run([str(CLI), "check-urls", str(path), "--json"], capture_output=True, timeout=120)
    assert done.returncode == 1, done.stderr
    payload = json.loads(done.stdout.decode("utf-8"))
    assert_contract(payload)
    assert [r["ok"] for r in payload["results"]] == [True, False]
