"""Appeal triage and recording through the CLI, the guided chat and Slack (the real Bolt app over HTTP against the
loopback stub) on the same counter-notice: the same receipt day, deadline and recommendation, the same recorded state;
the same text again is already recorded everywhere; a receipt day after today and a draft complaint are refused with
the same words everywhere (assistant/services/appeals.py, assistant/domain/appeals/recording.py)."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from typing import Any

from evals.parity import triage_outcome
from tests.integrations.cli.filing_cli import run_in_process
from tests.integrations.slack.conftest import LEGAL, SUPPORT, no_slack_environment, slack_settings, start_app, stub  # noqa: F401 - fixtures
from tests.integrations.slack.signed_requests import text_value
from tests.parity.test_parity import _blocks_by_id, chat, cli, section  # noqa: F401 - fixtures and helpers
from tests.sample_complaints import sample_complaint

TEXT = ("Dear rights holder,\nthe goods in our shop are genuine: we bought 120 pieces from the brand's distributor and keep the "
        "invoice. Please withdraw the complaint.\nBlue Harbour Store")
FILED = date.today() - timedelta(days=20)
RECEIVED = date.today() - timedelta(days=3)
SAID = f"{RECEIVED.day} {RECEIVED.strftime('%B')}"  # no year: the latest such day up to today


def _complaint(cli, tmp_path, item: int, *, filed: bool = True) -> str:
    path = tmp_path / f"complaint-{item}.json"
    path.write_text(sample_complaint([item], site="taobao").model_dump_json(), encoding="utf-8")
    number = cli("complaints", "create", str(path), "--key", f"parity-{item}", "--json").json()["complaint"]["id"]
    if filed:
        cli("complaints", "update", number, "--status", "filed", "--occurred-at", FILED.isoformat(), "--json")
    return number


def _recorded(cli, number: str) -> list[tuple[str, Any]]:
    shown = cli("complaints", "show", number, "--json").json()
    record = shown.get("complaint", shown)
    return [record["status"], [(n["round"], n["received_on"], n["response_due"]) for n in record["counter_notices"]]]


def _posted(running, count: int) -> list[Any]:
    deadline = time.monotonic() + 20
    while len(running.stub.calls_to("chat.postMessage")) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return running.stub.calls_to("chat.postMessage")


def _appeal_form(number: str, day: date) -> dict[str, Any]:
    return {"complaint": text_value(number), "counter_notice": text_value(TEXT),
            "received_on": {"value": {"type": "datepicker", "selected_date": day.isoformat()}}}


def test_the_receipt_day_deadline_recommendation_and_recording_agree_in_the_cli_chat_and_slack(cli, chat, start_app, tmp_path):
    by_cli, by_chat, by_slack = (_complaint(cli, tmp_path, item) for item in (5005001, 5005002, 5005003))
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    triage_args = ("triage-appeal", "--text", str(notice), "--received-on", RECEIVED.isoformat(), "--record", "--yes", "--json")
    reference = cli(*triage_args, "--complaint-id", by_cli).json()
    wanted = triage_outcome(reference) | {"received_on": RECEIVED.isoformat()}
    assert reference["received_on"] == RECEIVED.isoformat() and reference["recorded"]["round"] == 1
    assert wanted["deadline"][1]  # Taobao publishes the window: a due date to compare

    session = chat()
    reply = session.send(f"please triage this, complaint {by_chat}, received on {SAID}:\n{TEXT}")
    triaged = section(reply, "triage")
    assert triage_outcome(triaged) | {"received_on": triaged["received_on"]} == wanted, "guided chat"
    assert f"received on {RECEIVED.isoformat()}" in reply.text and "read from your words" in reply.text
    asked = session.send("record it")
    assert asked.pending is not None and RECEIVED.isoformat() in asked.pending.summary
    session.decide(asked.pending.id, True)

    running = start_app()
    assert running.sender.submit_view("appeal_form", _appeal_form(by_slack, RECEIVED), user=SUPPORT, view_id="VPARITY1").status == 200
    posted = _posted(running, 2)
    assert posted[0].params["text"] == f"Appeal triage: {reference['recommendation_label']}."
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import triage_view_model

    view = triage_view_model(AppealTriage.model_validate({k: v for k, v in reference.items() if k in AppealTriage.model_fields}))
    assert _blocks_by_id(posted[0].blocks())["triage-deadline"] == view.deadline
    from tests.integrations.slack.test_conversation import confirmation_button

    value, ts = confirmation_button(running)
    running.sender.click("change_confirm", value, user=SUPPORT, channel=SUPPORT, message_ts=ts)
    deadline = time.monotonic() + 20
    while _recorded(cli, by_slack)[0] != "counter_notice_received" and time.monotonic() < deadline:
        time.sleep(0.05)

    states = [_recorded(cli, number) for number in (by_cli, by_chat, by_slack)]
    assert states[0] == states[1] == states[2], states
    assert states[0][0] == "counter_notice_received" and [r[1] for r in states[0][1]] == [RECEIVED.isoformat()]

    # The same text again: already recorded in every front end, nothing recorded again, nothing offered.
    again = cli(*triage_args, "--complaint-id", by_cli)
    assert again.code == 0 and "already recorded" in again.err and again.json()["recorded"] is None
    repeated = chat().send(f"please triage this, complaint {by_chat}, received on {SAID}:\n{TEXT}")
    assert "already recorded" in repeated.text and "say \"record it\"" not in repeated.text
    before = len(running.stub.calls_to("chat.postMessage"))
    running.sender.submit_view("appeal_form", _appeal_form(by_slack, RECEIVED), user=SUPPORT, view_id="VPARITY2")
    said = _posted(running, before + 2)[-1]
    assert "already recorded" in said.text() and not any(block["type"] == "actions" for block in said.blocks())
    assert [_recorded(cli, number) for number in (by_cli, by_chat, by_slack)] == states


def test_a_receipt_day_after_today_is_refused_with_the_same_words_everywhere(cli, chat, start_app, tmp_path, capsys, monkeypatch):
    number = _complaint(cli, tmp_path, 5005011)
    later = date.today() + timedelta(days=4)
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    words = f"{later.isoformat()} is after today ({date.today().isoformat()}): a counter-notice cannot have reached us on a day still to come."
    for extra in ((), ("--record", "--yes")):
        refused = run_in_process(capsys, monkeypatch, "triage-appeal", "--complaint-id", number, "--text", str(notice),
                                 "--received-on", later.isoformat(), *extra)
        assert refused.code == 2 and words in refused.err and not refused.stdout.strip()
    reply = chat().send(f"please triage this, complaint {number}, received on {later.isoformat()}:\n{TEXT}")
    assert words in " ".join(reply.text.split()) and not [s for s in reply.sections if s.kind == "triage"]
    running = start_app()
    running.sender.submit_view("appeal_form", _appeal_form(number, later), user=SUPPORT, view_id="VPARITY3")
    assert words in _posted(running, 1)[-1].text()
    assert _recorded(cli, number) == ["filed", []]


def test_a_draft_complaint_is_said_first_and_never_offered_for_recording(cli, chat, start_app, tmp_path):
    number = _complaint(cli, tmp_path, 5005021, filed=False)
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    state = re.compile(rf"Complaint {number} is 'draft': it was never filed[^.]*\.")
    shown = cli("triage-appeal", "--complaint-id", number, "--text", str(notice), "--received-on", RECEIVED.isoformat())
    assert state.search(shown.err) and "--record" not in shown.err
    session = chat()
    reply = session.send(f"please triage this, complaint {number}, received on {SAID}:\n{TEXT}")
    assert state.search(" ".join(reply.text.split())) and "say \"record it\"" not in reply.text
    assert session.send("record it").pending is None
    running = start_app()
    running.sender.submit_view("appeal_form", _appeal_form(number, RECEIVED), user=SUPPORT, view_id="VPARITY4")
    said = _posted(running, 2)[-1]
    assert state.search(said.text()) and not any(block["type"] == "actions" for block in said.blocks())
    assert _recorded(cli, number) == ["draft", []]


GIVES_UP = ("Hello, we have removed these items from our shop and we will stop selling them. Sorry for the trouble.\n"
            "Blue Harbour Store")


def test_a_seller_that_gives_up_has_not_contested_and_is_never_recorded_as_a_counter_notice(cli, chat, start_app, tmp_path):
    number = _complaint(cli, tmp_path, 5005031)
    notice = tmp_path / "gives-up.txt"
    notice.write_text(GIVES_UP, encoding="utf-8")
    words = re.compile(rf"The seller does not contest complaint {number}[^.]*\. A seller who gives up has not contested")
    shown = cli("triage-appeal", "--complaint-id", number, "--text", str(notice), "--received-on", RECEIVED.isoformat())
    assert words.search(" ".join(shown.err.split())) and "--record" not in shown.err
    forced = cli("triage-appeal", "--complaint-id", number, "--text", str(notice), "--received-on", RECEIVED.isoformat(), "--record", "--yes")
    assert forced.code != 0 and words.search(" ".join(forced.err.split()))
    session = chat()
    reply = session.send(f"please triage this, complaint {number}, received on {SAID}:\n{GIVES_UP}")
    assert words.search(" ".join(reply.text.split())) and "say \"record it\"" not in reply.text
    assert session.send("record it").pending is None
    running = start_app()
    running.sender.submit_view("appeal_form", {**_appeal_form(number, RECEIVED), "counter_notice": text_value(GIVES_UP)},
                               user=SUPPORT, view_id="VPARITY5")
    said = _posted(running, 2)[-1]
    assert words.search(" ".join(said.text().split())) and not any(block["type"] == "actions" for block in said.blocks())
    assert _recorded(cli, number) == ["filed", []]


def _recorded_by(cli, number: str) -> list[str]:
    shown = cli("complaints", "show", number, "--json").json()
    return [n["recorded_by"] for n in shown.get("complaint", shown)["counter_notices"]]


def test_the_chat_records_a_counter_notice_under_the_person_as_the_cli_does(cli, tmp_path):
    """The chat records under --actor or the login name, as `triage-appeal --record` does, never under 'chat'; and a
    seller's text piped in as several lines is one message, triaged once."""
    by_cli, by_chat, by_named = (_complaint(cli, tmp_path, item) for item in (5005011, 5005012, 5005013))
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    cli("triage-appeal", "--text", str(notice), "--received-on", RECEIVED.isoformat(), "--record", "--yes", "--complaint-id", by_cli)
    assert _recorded_by(cli, by_cli) == ["ann"]  # the login name (USER)

    for number, options, person in ((by_chat, (), "ann"), (by_named, ("--actor", "lead-support"), "lead-support")):
        lines = [f"please triage the seller's reply on complaint {number}, received on {SAID}", *TEXT.splitlines(), "record it", "yes"]
        shown = cli("chat", "--yes", *options, stdin="".join(f"{line}\n" for line in lines).encode("utf-8")).stdout
        assert shown.count("Appeal triage") == 1, shown
        assert f"It is recorded under the name '{person}'." in " ".join(shown.split())
        assert _recorded_by(cli, number) == [person]


def test_a_day_said_in_another_language_is_read_alike_by_the_cli_and_the_chat(cli, chat, tmp_path):
    """'vorgestern' is read by the one date service for `triage-appeal --received-on` and for the person's words in the
    chat: the same day (two days back), never 'you did not say when it arrived'; words naming no day it can read are
    quoted and refused alike."""
    by_cli, by_chat = (_complaint(cli, tmp_path, item) for item in (5005021, 5005022))
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    two_days = (date.today() - timedelta(days=2)).isoformat()
    reference = cli("triage-appeal", "--text", str(notice), "--received-on", "vorgestern", "--complaint-id", by_cli, "--json").json()
    assert reference["received_on"] == two_days
    reply = chat().send(f"please triage this, complaint {by_chat}, received vorgestern:\n{TEXT}")
    triage = next(s.data for s in reply.sections if s.kind == "triage")
    assert triage["received_on"] == two_days and triage["received_on_basis"] == "words"
    assert "did not say when it arrived" not in reply.text
    refused = chat().send(f"please triage this, complaint {by_chat}, received kelmarin:\n{TEXT}")
    assert not [s for s in refused.sections if s.kind == "triage"]
    assert "'received kelmarin'" in refused.text and "On which day" in refused.text


def test_a_recorded_day_is_corrected_alike_by_the_cli_and_the_chat(cli, chat, tmp_path, capsys, monkeypatch):
    """`complaints counter-notice-day` and the chat's correction (proposed, then confirmed) are one service operation:
    the same day and deadline recorded, the old day kept in the history, the same refusal for a day still to come."""
    by_cli, by_chat = (_complaint(cli, tmp_path, item) for item in (5005041, 5005042))
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    for number in (by_cli, by_chat):
        cli("complaints", "counter-notice", number, str(notice), "--received", RECEIVED.isoformat(), "--json")
    right = RECEIVED - timedelta(days=2)
    said = f"{right.day} {right.strftime('%B')}"
    corrected = cli("complaints", "counter-notice-day", by_cli, "--received", said, "--json").json()["correction"]
    assert corrected["changed"] and corrected["previous_received_on"] == RECEIVED.isoformat() and corrected["said"] == said

    session = chat()
    asked = session.send(f"the counter-notice on complaint {by_chat} reached us on {said}, not {SAID}: please fix the record")
    assert asked.pending is not None and not [s for s in asked.sections if s.kind == "triage"]
    summary = " ".join(asked.pending.summary.split())
    assert f"received on {right.isoformat()} instead of {RECEIVED.isoformat()}" in summary and said in summary
    session.decide(asked.pending.id, True)
    assert _recorded(cli, by_cli)[1] == _recorded(cli, by_chat)[1] == [(1, right.isoformat(), corrected["response_due"])]
    for number in (by_cli, by_chat):
        shown = cli("complaints", "show", number, "--json").json()["complaint"]
        assert f"corrected from {RECEIVED.isoformat()} to {right.isoformat()}" in shown["events"][-1]["note"]

    later = date.today() + timedelta(days=4)
    refused = run_in_process(capsys, monkeypatch, "complaints", "counter-notice-day", by_cli, "--received", later.isoformat())
    words = f"{later.isoformat()} is after today ({date.today().isoformat()})"
    assert refused.code == 2 and words in " ".join(refused.err.split())
    reply = chat().send(f"the counter-notice on complaint {by_chat} reached us on {later.isoformat()}, please fix the record")
    assert reply.pending is None and words in " ".join(reply.text.split()) and "not changed" in reply.text
    assert _recorded(cli, by_cli)[1] == _recorded(cli, by_chat)[1] == [(1, right.isoformat(), corrected["response_due"])]


def test_record_it_in_the_chat_beside_another_request_stores_what_triage_appeal_record_stores(cli, chat, tmp_path):
    """'what is our deadline? and please record it on the complaint' after the chat's triage, and 'trag es ein' after a
    complaint was drafted and saved in the same chat: both answered, and the record stored is the one `triage-appeal
    --record` stores for the same text and day (status, round, receipt day, due day, text)."""
    by_cli, by_chat, by_draft = (_complaint(cli, tmp_path, item) for item in (5005021, 5005022, 5005023))
    notice = tmp_path / "notice.txt"
    notice.write_text(TEXT, encoding="utf-8")
    cli("triage-appeal", "--complaint-id", by_cli, "--text", str(notice), "--received-on", RECEIVED.isoformat(), "--record", "--yes", "--json")

    session = chat()
    session.send(f"please triage this, complaint {by_chat}, received on {SAID}:\n{TEXT}")
    both = session.send("what is our deadline? and please record it on the complaint")
    assert "Our deadline" in both.text or "deadline" in both.text.lower()
    assert both.pending is not None and RECEIVED.isoformat() in both.pending.summary
    session.decide(both.pending.id, True)

    drafting = chat()
    drafting.send("We are Halden Kitchenware Oy, the rights holder, a Finnish company. Counterfeit HALDEN frying pans on AliExpress, "
                  "EU trademark HALDEN no. 018334456, approved. Links: https://www.aliexpress.com/item/1005006555500011.html")
    drafting.send("comparison document halden-comparison.pdf")
    saved = drafting.send("The fake pans have the HALDEN logo printed crooked on the handle and the box has no EAN code")
    assert saved.pending is not None
    drafting.decide(saved.pending.id, True)
    drafting.send(f"please triage this, complaint {by_draft}, received on {SAID}:\n{TEXT}")
    asked = drafting.send("bitte trag es ein")
    assert asked.pending is not None and "Update saved draft" not in asked.pending.summary and RECEIVED.isoformat() in asked.pending.summary
    drafting.decide(asked.pending.id, True)

    def stored(number: str) -> list[Any]:
        shown = cli("complaints", "show", number, "--json").json()
        record = shown.get("complaint", shown)
        return [record["status"], [(n["round"], n["received_on"], n["response_due"], n["text"]) for n in record["counter_notices"]]]

    assert stored(by_cli) == stored(by_chat) == stored(by_draft)
    assert stored(by_cli)[0] == "counter_notice_received" and stored(by_cli)[1][0][3] == TEXT
