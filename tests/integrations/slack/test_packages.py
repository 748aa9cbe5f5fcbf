"""The filing package reaches the person in Slack: uploaded with files.getUploadURLExternal, the bytes, and
files.completeUploadExternal; the bytes that arrive are the exported folder's zip; in a direct message it lands in
the thread, from a channel in the person's direct messages; the complaint form's Confirm writes the package (with
its statement) too; the folder on the server is never shown."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

from integrations.slack.packages import zip_folder
from tests.integrations.slack.conftest import EMPLOYEE
from tests.integrations.slack.records import add_right
from tests.integrations.slack.test_conversation import AE, CHANNEL, SCRIPT, THREAD, confirmation_button, converse
from tests.integrations.slack.test_forms import GOOD, complaint_values

DM = f"D{EMPLOYEE}"
DM_THREAD = "1700001000.000900"


def in_dm(running, lines: list[str]) -> None:
    for number, line in enumerate(lines):
        before = len(running.stub.calls_to("chat.postMessage"))
        sent = running.sender.message(line, channel=DM, ts=DM_THREAD if number == 0 else None, thread_ts=None if number == 0 else DM_THREAD)
        assert sent.status == 200
        running.stub.wait_for("chat.postMessage", before + 1, timeout=15)
        running.stub.quiet(0.15)


def uploaded(running) -> tuple[bytes, dict]:
    completed = running.stub.wait_for("files.completeUploadExternal", timeout=15)[-1]
    file_id = completed.params["files"][0]["id"]
    return running.stub.uploads[file_id], completed.params


def same_files(archive: bytes, folder: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        names = sorted(zipped.namelist())
        expected = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
        assert names == expected
        for name in names:
            assert zipped.read(name) == (folder / name).read_bytes(), name


def no_server_path(running) -> None:
    home = str(running.settings.home)
    for call in running.stub.calls:
        shown = call.text() + json.dumps(call.params.get("initial_comment") or "")
        assert home not in shown and "/packages/" not in shown, (call.method, shown[:400])


def test_a_package_confirmed_in_a_direct_message_is_uploaded_into_its_thread(running):
    in_dm(running, SCRIPT)
    value, ts = confirmation_button(running)
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=DM, message_ts=ts, thread_ts=DM_THREAD)
    archive, params = uploaded(running)
    assert params["channel_id"] == DM and params["thread_ts"] == DM_THREAD
    saved = running.services.complaints.list()
    assert len(saved) == 1
    folder = Path(running.services.packages_dir) / f"slack-{DM}-{DM_THREAD}"
    assert archive == zip_folder(folder)
    same_files(archive, folder)
    assert params["files"][0]["title"] == f"filing-package-{saved[0].id}.zip"
    getting = running.stub.calls_to("files.getUploadURLExternal")[0].params
    assert int(getting["length"]) == len(archive) and getting["filename"] == f"filing-package-{saved[0].id}.zip"
    deadline = time.monotonic() + 10
    while not any("attached below" in c.text() for c in running.stub.calls_to("chat.postMessage")):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    running.stub.quiet(0.3)
    no_server_path(running)


def test_a_package_confirmed_in_a_channel_goes_to_the_persons_direct_messages(running):
    converse(running, SCRIPT)
    value, ts = confirmation_button(running)
    running.sender.click("change_confirm", value, user=EMPLOYEE, channel=CHANNEL, message_ts=ts, thread_ts=THREAD)
    archive, params = uploaded(running)
    intro = next(c for c in running.stub.calls_to("chat.postMessage") if c.params["channel"] == EMPLOYEE)
    assert params["channel_id"] == intro.response["channel"] and params["thread_ts"] == intro.response["ts"]
    assert params["channel_id"] != CHANNEL
    folder = Path(running.services.packages_dir) / f"slack-{CHANNEL}-{THREAD}"
    same_files(archive, folder)
    running.stub.quiet(0.3)
    no_server_path(running)


def test_the_complaint_forms_confirm_writes_the_statement_and_the_package(running):
    right = add_right(running.services)
    sent = running.sender.submit_view("complaint_form", complaint_values(right.right.id, GOOD), user=EMPLOYEE, view_id="VPKG")
    assert sent.status == 200
    proposal = running.stub.wait_for("chat.postMessage")[0]
    assert "filing package" in proposal.text()
    button = next(block for block in proposal.blocks() if block["type"] == "actions")["elements"][0]
    running.sender.click("change_confirm", button["value"], user=EMPLOYEE, channel=DM, message_ts=proposal.response["ts"])
    archive, params = uploaded(running)
    assert params["channel_id"] == DM
    folder = Path(running.services.packages_dir) / "slack-form-VPKG"
    same_files(archive, folder)
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        statement = zipped.read("statement.txt").decode()
        links = zipped.read("notice-1-links.txt").decode()
    assert "ACME" in statement
    assert all(link.split("/")[-1].split(".")[0] in links for link in GOOD)
    assert len(running.services.complaints.list()) == 1
    running.stub.quiet(0.3)
    no_server_path(running)
