"""Every list the CLI prints fits the terminal: rendered at 80 and 120 columns, no line is wider than the
terminal, and no link is broken inside its host (a table from 100 columns up, one block per item below)."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from integrations.cli.tables import link_lines
from tests.integrations.cli.test_complaints_cli import run, run_json
from tests.integrations.cli.test_triage_appeal import CASES, write_case
from tests.sample_complaints import sample_complaint

WIDTHS = (80, 120)
LONG_LINK = ("https://de.aliexpress.com/item/1005009876543210.html?spm=a2g0o.productlist.main.1&algo_pvid=3f1c9a7e-"
             "0b4c-4d8e-9f21-77aa0c5e2b19&utparam-url=scene%3Asearch%7Cquery_from%3A&gatewayAdapt=glo2deu")
LINKS = [LONG_LINK, "https://www.aliexpress.com/item/1005001234567890.html", "https://aliexpress.com.example.net/item/1.html",
         "https://www.alibaba.com/product-detail/Ceramic-Mug-With-A-Very-Long-Product-Title-For-Testing_1600123456789.html"]
HEAD = re.compile(r"^[a-z]+://[^/?#]+")


def assert_fits(output: str, width: int, links=()) -> None:
    lines = output.splitlines()
    too_wide = [line for line in lines if cell_len(line.rstrip()) > width]
    assert not too_wide, f"{len(too_wide)} line(s) wider than {width}:\n" + "\n".join(too_wide[:3])
    for link in links:
        head = HEAD.match(link).group(0)
        assert any(head in line for line in lines), f"the host of {link} is broken over lines at {width} columns"


@pytest.mark.parametrize("url", LINKS)
@pytest.mark.parametrize("width", [12, 20, 40, 60, 76, 118])
def test_link_lines_keep_the_host_whole_and_lose_nothing(url, width):
    lines = link_lines(url, width)
    assert "".join(lines) == url
    assert all(len(line) <= width for line in lines)
    head = HEAD.match(url).group(0)
    if len(head) <= width:
        assert lines[0].startswith(head)


@pytest.fixture(autouse=True)
def actor(monkeypatch):
    monkeypatch.setenv("USER", "ann")


@pytest.fixture
def record(capsys, monkeypatch, tmp_path):
    """Two complaints (one filed, with a team reference), a right, and a link file with a long and a lookalike link."""
    for name, items, changes in (("a.json", [1005001, 1005002], {"id": "ACME-2026-014-LONG-REFERENCE"}), ("b.json", [1005003], {})):
        path = tmp_path / name
        path.write_text(sample_complaint(items, **changes).model_dump_json(), encoding="utf-8")
        run_json(capsys, monkeypatch, "complaints", "create", str(path))
    run_json(capsys, monkeypatch, "complaints", "update", "1", "--status", "ready")
    run_json(capsys, monkeypatch, "complaints", "update", "1", "--status", "filed", "--platform-id", "IPP-2026-000000123")
    run_json(capsys, monkeypatch, "rights", "add", "--type", "trademark", "--name", "ACME RUNNER WITH A LONG NAME", "--number",
             "018234567", "--place", "EU", "--place", "Mainland China", "--status", "approved", "--certificate", "colour")
    links = tmp_path / "links.txt"
    links.write_text("\n".join(LINKS), encoding="utf-8")
    return links


COMMANDS = {
    "check-urls": (lambda links: ["check-urls", str(links), "--site", "aliexpress"], LINKS),
    "complaints list": (lambda links: ["complaints", "list"], ()),
    "rights list": (lambda links: ["rights", "list"], ()),
    "complaints due": (lambda links: ["complaints", "due", "--days", "30"], ()),
    "complaints report": (lambda links: ["complaints", "report"], ()),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_list_fits_the_terminal(command, width, record, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(width))
    args, links = COMMANDS[command]
    status, out, err = run(capsys, monkeypatch, *args(record))
    assert status in (0, 1), err
    shown = out.split("\nNotices to file")[0]  # the notices are links one per line, to copy whole into IPP
    assert_fits(shown, width, links)
    if width < 100:
        assert "┃" not in shown  # one block per item, not a table squeezed to a few letters a column
    if command == "complaints list":
        assert "ACME-2026-014-LONG-REFERENCE" in out and "IPP-2026-000000123" in out  # ids whole, never cut


@pytest.mark.parametrize("width", WIDTHS)
def test_triage_fits_the_terminal(width, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(width))
    paths = write_case(tmp_path, CASES["invoice-valid"])
    status, out, err = run(capsys, monkeypatch, "triage-appeal", "--complaint", str(paths["complaint"]), "--text", str(paths["text"]))
    assert status == 0, err
    sources = re.findall(r"https://[^\s,]+", out)
    assert sources
    assert_fits(out, width, sources)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_chat_shows_links_complaints_and_deadlines_with_the_same_layouts(width):
    from assistant.agent.reply import Section
    from assistant.domain.listing_urls import check_listing_urls
    from integrations.cli.chat_render import render_section

    report = check_listing_urls("\n".join(LINKS), None).model_dump(mode="json")
    complaints = [{"id": "1", "team_reference": "ACME-2026-014", "status": "filed", "site": "aliexpress", "reason": "counterfeit_features",
                   "right_name": "ACME RUNNER", "listings": 2, "platform_complaint_id": "IPP-2026-000123", "updated_at": "2026-11-29T10:00:00Z"}]
    due = [{"complaint_id": "1", "site": "aliexpress", "kind": "seller_counter_notice", "party": "seller", "due_on": "2026-12-02",
            "days_left": 3, "note": "The seller's first counter-notice is due within 3 business days of receiving the complaint. " * 2,
            "confidence_label": "single source, check IPP's date"}]
    for section, links in ((Section(kind="url_report", data=report), LINKS), (Section(kind="complaints", data={"complaints": complaints}), ()),
                           (Section(kind="due", data={"days": 7, "due": due}), ())):
        buffer = io.StringIO()
        Console(file=buffer, width=width).print(render_section(section))
        assert_fits(buffer.getvalue(), width, links)
        assert ("┃" in buffer.getvalue()) is (width >= 100)
        if section.kind == "due":  # how sure the date is, said next to it
            assert "2026-12-02 (single" in " ".join(buffer.getvalue().split())


@pytest.mark.parametrize("width", WIDTHS)
def test_documents_fit_the_terminal_in_the_command_and_the_chat(width, capsys, monkeypatch):
    from assistant.agent.reply import Section
    from integrations.cli.chat_render import render_section

    monkeypatch.setenv("COLUMNS", str(width))
    case = ["documents", "--ip-type", "trademark", "--role", "agent", "--site", "aliexpress"]
    data = run_json(capsys, monkeypatch, *case)
    links = [d["source"] for d in data["documents"] if str(d.get("source", "")).startswith("http")]
    assert links
    status, out, _ = run(capsys, monkeypatch, *case)
    assert status == 0
    assert_fits(out.split("\nWarning:")[0], width, links)
    buffer = io.StringIO()
    Console(file=buffer, width=width).print(render_section(Section(kind="checklist", data=data)))
    assert_fits(buffer.getvalue(), width, links)
    citations = [
        {"n": 1, "source": "knowledge/account.md", "section": "Which identity documents does IPP ask for?", "url": LONG_LINK, "checked": "2026-11-20"}
    ]
    buffer = io.StringIO()
    Console(file=buffer, width=width).print(render_section(Section(kind="answer", data={"answer": "Text.", "citations": citations})))
    assert_fits(buffer.getvalue(), width, [LONG_LINK])
    assert "2026-11-20" in buffer.getvalue()  # when the cited facts were last checked
