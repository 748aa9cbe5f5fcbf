"""Recording a triaged counter-notice on its complaint (status counter_notice_received, with our deadline) happens only
after the person asks for it and confirms it: in the chat, and through the CLI's triage-appeal --record."""

from __future__ import annotations

import json
from datetime import date, timedelta

from typer.testing import CliRunner

from assistant.errors import BadInput

from tests.fakes.chat_driver import chat, open_complaints, replies, store_snapshot
from tests.sample_complaints import sample_complaint

# One line: the chat driver types each line as a message.
APPEAL = ("Here is the seller's counter-notice for complaint {id}: Dear rights holder, these goods are genuine. We bought 200 pieces "
          "from the brand's distributor in May, invoice attached (invoice.pdf). Please withdraw the complaint.")


def _filed_complaint() -> str:
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint(), idempotency_key="appeal-recording", actor="ann")
        service.file(record.id, idempotency_key="appeal-recording-file", actor="ann", platform_complaint_id="IPP-77")
        return str(record.id)
    finally:
        service.store.close()


def _status(complaint_id: str) -> tuple[str, int]:
    service = open_complaints()
    try:
        record = service.show(complaint_id)
        return str(record.status), len(record.counter_notices)
    finally:
        service.store.close()


def test_the_chat_records_a_triaged_counter_notice_only_when_asked_and_confirmed():
    complaint_id = _filed_complaint()
    before = store_snapshot()
    events = chat([APPEAL.format(id=complaint_id)])
    said = replies(events)[-1]["text"]
    assert "Nothing was recorded" in said and "record it" in said
    assert store_snapshot() == before  # the triage and the offer change nothing

    events = chat([APPEAL.format(id=complaint_id), "record it", "no"])
    assert "Record the seller's counter-notice on complaint" in replies(events)[-2]["text"]
    assert store_snapshot() == before  # refused: nothing recorded

    chat([APPEAL.format(id=complaint_id), "record it", "yes"], "--yes")  # a bare yes counts when piped with --yes
    assert _status(complaint_id) == ("counter_notice_received", 1)


def test_a_yes_right_after_the_triage_records_nothing():
    complaint_id = _filed_complaint()
    before = store_snapshot()
    chat([APPEAL.format(id=complaint_id), "yes"], "--yes")
    assert store_snapshot() == before


def test_the_cli_records_only_with_record_and_a_confirmation(tmp_path):
    from integrations.cli.app import app

    complaint_id = _filed_complaint()
    text = tmp_path / "notice.txt"
    text.write_text("Genuine goods, invoice attached.", encoding="utf-8")
    runner = CliRunner()
    today = date.today().isoformat()  # filed today: the earliest day a counter-notice can reach us
    base = ["triage-appeal", "--complaint-id", complaint_id, "--text", str(text), "--received-on", today]
    before = store_snapshot()
    plain = runner.invoke(app, base)
    assert plain.exit_code == 0 and "Nothing was recorded" in plain.output and store_snapshot() == before
    refused = runner.invoke(app, [*base, "--record"], input="n\n")
    assert refused.exit_code == 0 and store_snapshot() == before
    done = runner.invoke(app, [*base, "--record", "--json"], input="y\n")
    assert done.exit_code == 0, done.output
    payload = json.loads(done.stdout.strip().splitlines()[-1])
    assert payload["recorded"]["complaint_id"] and payload["recorded"]["received_on"] == today
    assert _status(complaint_id) == ("counter_notice_received", 1)


def _notice(tmp_path):
    text = tmp_path / "notice.txt"
    text.write_text("Genuine goods, invoice attached.", encoding="utf-8")
    return str(text)


def test_the_cli_never_offers_a_receipt_day_before_the_filing_or_after_today(tmp_path):
    from integrations.cli.app import app

    complaint_id = _filed_complaint()
    runner = CliRunner()
    before = store_snapshot()
    base = ["triage-appeal", "--complaint-id", complaint_id, "--text", _notice(tmp_path), "--received-on", "2020-01-06", "--record"]
    refused = runner.invoke(app, [*base, "--yes"])  # nothing to ask with --yes: bad input (exit 2 through main())
    assert isinstance(refused.exception, BadInput) and refused.exception.exit_code == 2
    assert "before the complaint was filed" in str(refused.exception) and "Nothing was recorded" in str(refused.exception)
    asked = runner.invoke(app, base, input="\n")  # asked for the day; no answer records nothing
    said = " ".join(asked.output.split())  # the console wraps long lines
    assert asked.exit_code == 0 and "before the complaint was filed" in said and "On which day" in said
    assert "received on 2020-01-06" not in said  # the impossible day is never offered
    later = (date.today() + timedelta(days=3)).isoformat()
    for extra in (["--record", "--yes"], ["--record"], []):  # a day after today: refused before anything is triaged or asked
        args = ["triage-appeal", "--complaint-id", complaint_id, "--text", _notice(tmp_path), "--received-on", later, *extra]
        refused = runner.invoke(app, args, input="y\n")
        assert isinstance(refused.exception, BadInput) and refused.exception.exit_code == 2
        assert f"{later} is after today" in str(refused.exception) and "Nothing was triaged or recorded" in str(refused.exception)
    assert store_snapshot() == before
    today = date.today().isoformat()
    base = ["triage-appeal", "--complaint-id", complaint_id, "--text", _notice(tmp_path), "--received-on", "2020-01-06", "--record", "--json"]
    done = runner.invoke(app, base, input=f"{today}\ny\n")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout.strip().splitlines()[-1])["recorded"]["received_on"] == today


def test_the_history_names_who_recorded_it_never_unknown(tmp_path, monkeypatch):
    import getpass

    from integrations.cli.app import app

    monkeypatch.delenv("USER", raising=False)
    monkeypatch.delenv("USERNAME", raising=False)
    runner = CliRunner()
    base = ["triage-appeal", "--text", _notice(tmp_path), "--received-on", date.today().isoformat(), "--record", "--yes", "--json"]
    named = runner.invoke(app, [*base, "--complaint-id", _filed_complaint(), "--actor", "Mia Lund"])
    assert json.loads(named.stdout.strip().splitlines()[-1])["recorded"]["recorded_by"] == "Mia Lund"
    monkeypatch.setattr(getpass, "getuser", lambda: "support-7")
    second = tmp_path / "second.txt"  # the seller's next round: the same text again would be recognised as already recorded
    second.write_text("We appeal again: genuine goods from the brand's distributor.", encoding="utf-8")
    base[base.index("--text") + 1] = str(second)
    login = runner.invoke(app, [*base, "--complaint-id", _filed_complaint()])
    assert json.loads(login.stdout.strip().splitlines()[-1])["recorded"]["recorded_by"] == "support-7"

    def no_account():
        raise OSError("no account entry")

    monkeypatch.setattr(getpass, "getuser", no_account)
    third = tmp_path / "third.txt"
    third.write_text("A third appeal: the goods are genuine, please look again.", encoding="utf-8")
    base[base.index("--text") + 1] = str(third)
    nobody = runner.invoke(app, [*base, "--complaint-id", _filed_complaint()])
    recorded_by = json.loads(nobody.stdout.strip().splitlines()[-1])["recorded"]["recorded_by"]
    assert recorded_by == "actor not given"



def _counter_notices(complaint_id: str) -> list:
    service = open_complaints()
    try:
        return service.show(complaint_id).counter_notices
    finally:
        service.store.close()


def test_the_chat_asks_which_complaint_then_triages_and_records_the_sellers_words_from_the_day_said():
    complaint_id = _filed_complaint()
    today = date.today()
    seller = "Dear rights holder, these goods are genuine: 200 pieces bought from the brand's distributor, invoice attached."
    events = chat([f"A seller appealed; we got this counter-notice on {today:%d %B %Y}. Here it is: {seller}",
                   f"complaint {complaint_id}", "record it", "yes"], "--yes")
    said = [r["text"] for r in replies(events)]
    assert "Which complaint" in said[0] and "Read as your words" in said[0]
    assert "Which marketplace" not in "\n".join(said)  # the answer selects the complaint: no new draft
    [notice] = _counter_notices(complaint_id)
    assert notice.text == seller and notice.received_on == today


def test_the_chat_finds_a_complaint_by_its_team_reference():
    service = open_complaints()
    try:
        complaint = sample_complaint().model_copy(update={"id": "KESTREL-2026-019"})
        record = service.create_draft(complaint, idempotency_key="by-reference", actor="ann")
        service.file(int(record.id), idempotency_key="by-reference-file", actor="ann")
    finally:
        service.store.close()
    events = chat([APPEAL.format(id="KESTREL-2026-019")])
    call = next(e for e in events if e["type"] == "tool_call" and e["name"] == "triage_seller_appeal")
    assert call["status"] == "ran" and call["args"]["complaint_id"] == f"C-{record.id}"
    assert not call["args"]["counter_notice"].startswith("Here is")  # the person's lead-in is not the seller's text


def test_words_about_an_appeal_before_its_text_are_kept_until_it_comes():
    complaint_id = _filed_complaint()
    events = chat([f"the seller appealed complaint {complaint_id}, received {date.today().isoformat()}", "Dear rights holder, these goods "
                   "are genuine, we have the invoice from the brand's distributor. Please withdraw the complaint."])
    said = [r["text"] for r in replies(events)]
    assert "The seller's text is missing" in said[0] and f"complaint {complaint_id}" in said[0]
    call = next(e for e in events if e["type"] == "tool_call" and e["name"] == "triage_seller_appeal")
    assert call["status"] == "ran" and call["args"]["complaint_id"] == f"C-{complaint_id}"
    assert call["args"]["received_said"] == date.today().isoformat()
    assert chat(["A seller sent an appeal"])  # nothing named yet: asked for the text


def _latest(month: int, day: int) -> date:
    today = date.today()
    value = date(today.year, month, day)
    return value if value <= today else date(today.year - 1, month, day)


def test_a_numeric_day_that_reads_either_way_is_asked_and_the_answer_settles_the_next_one():
    """'received on 3/4' is asked about (both readings named); answered '3 April', the person writes the day first, so
    the next appeal's '5/6' is 5 June without asking again."""
    complaint_id = _filed_complaint()
    seller = "Dear rights holder, these goods are genuine: 200 pieces bought from the brand's distributor, invoice attached."
    other = "Hello, our listing shows our own product, not the brand's: we never used the mark. Please restore it."
    events = chat([f"please triage this, complaint {complaint_id}, received on 3/4: {seller}", "3 April",
                   f"and this one, complaint {complaint_id}, received on 5/6: {other}"])
    said = [r["text"] for r in replies(events)]
    asked = next(text for text in said if "could be" in text)
    assert f"4 March {_latest(3, 4).year}" in asked and f"3 April {_latest(4, 3).year}" in asked
    assert f"Received on {_latest(4, 3).isoformat()}" in "\n".join(said)
    assert sum("could be" in text for text in said) == 1  # the second day is not asked about
    assert f"Received on {_latest(6, 5).isoformat()}" in "\n".join(said)
    assert f"Received on {_latest(5, 6).isoformat()}" not in "\n".join(said)


def test_a_new_request_while_a_day_is_asked_replaces_the_question_and_no_date_of_the_sellers_is_ours():
    first, second = _filed_complaint(), _filed_complaint_again()
    yesterday = date.today() - timedelta(days=1)
    events = chat([f"triage this for complaint {first}, received on 31 November: Dear rights holder, these goods are genuine.",
                   f"complaint {second} now, received yesterday: Dear IPP, we signed the licence with the brand on 5 May 2026 and "
                   "it is attached. Please restore the listing."])
    said = [r["text"] for r in replies(events)]
    assert "not a real date" in said[0]
    assert "new request" in said[1] and f"complaint {first}" in said[1]
    call = [e for e in events if e["type"] == "tool_call" and e["name"] == "triage_seller_appeal"][-1]
    assert call["args"]["complaint_id"] == f"C-{second}" and call["args"]["counter_notice"].startswith("Dear IPP")
    assert "5 May" not in (call["args"].get("received_said") or "") and "2026-05-05" not in said[1]
    assert yesterday.isoformat() in said[1]


def _filed_complaint_again() -> str:
    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint([2]), idempotency_key="appeal-recording-2", actor="ann")
        service.file(record.id, idempotency_key="appeal-recording-file-2", actor="ann", platform_complaint_id="IPP-78")
        return str(record.id)
    finally:
        service.store.close()


def test_a_corrected_complaint_keeps_the_pasted_text_and_record_it_is_the_persons_command():
    first, second = _filed_complaint(), _filed_complaint_again()
    seller = "Hi, these goods are genuine: we bought 200 pieces from the brand's distributor in May. Please withdraw the complaint."
    events = chat([f"please triage this, complaint {first}, received on 31 November: {seller}",
                   f"sorry, wrong complaint: it is complaint {second}, and it came in today", "record it", "yes"], "--yes")
    said = "\n".join(r["text"] for r in replies(events))
    assert "Read as a correction" in said and "is dropped" not in said
    calls = [e for e in events if e["type"] == "tool_call" and e["name"] == "triage_seller_appeal"]
    assert calls[-1]["args"]["complaint_id"] == f"C-{second}" and calls[-1]["args"]["counter_notice"] == seller
    assert all(call["args"]["counter_notice"] != "record it" for call in calls)
    assert _status(second)[1] == 1 and _status(first)[1] == 0


def _filed_days_ago(days: int) -> str:
    from datetime import UTC, datetime

    service = open_complaints()
    try:
        record = service.create_draft(sample_complaint(), idempotency_key=f"appeal-day-{days}", actor="ann")
        service.file(record.id, idempotency_key=f"appeal-day-file-{days}", actor="ann", platform_complaint_id="IPP-78",
                     occurred_at=datetime.now(UTC) - timedelta(days=days))
        return str(record.id)
    finally:
        service.store.close()


def test_a_day_said_wrong_after_recording_is_offered_as_a_correction_and_the_yes_applies_it():
    complaint_id = _filed_days_ago(10)
    yesterday = date.today() - timedelta(days=1)
    events = chat([APPEAL.format(id=complaint_id) + " received today", "record it", "yes",
                   f"oops, the day was wrong: it reached us on {yesterday.isoformat()}, please fix the record", "yes"], "--yes")
    said = [r["text"] for r in replies(events)]
    offer = next(text for text in said if "Correct the day the seller's counter-notice (round 1)" in text)
    assert f"received on {yesterday.isoformat()} instead of {date.today().isoformat()}" in " ".join(offer.split())
    assert any(f"now recorded as received on {yesterday.isoformat()}" in text for text in said)
    assert sum(e["type"] == "tool_call" and e["name"] == "triage_seller_appeal" for e in events) == 1
    service = open_complaints()
    try:
        record = service.show(complaint_id)
        assert [n.received_on for n in record.counter_notices] == [yesterday]
        assert "corrected from " + date.today().isoformat() in (record.events[-1].note or "")
    finally:
        service.store.close()


def test_a_correction_to_a_day_still_to_come_is_refused_and_nothing_is_offered():
    complaint_id = _filed_complaint()
    later = date.today() + timedelta(days=3)
    events = chat([APPEAL.format(id=complaint_id) + " received today", "record it", "yes",
                   f"the day was wrong: it reached us on {later.isoformat()}, please fix the record", "yes"], "--yes")
    said = " ".join(" ".join(r["text"] for r in replies(events)).split())
    assert "The recorded day was not changed" in said and "after today" in said
    assert "Correct the day" not in said
    assert _status(complaint_id) == ("counter_notice_received", 1)


def test_next_one_without_its_text_asks_for_that_complaints_text_and_moves_nothing():
    first, second = _filed_complaint(), _filed_complaint_again()
    other = "Hello, we are an authorised reseller and the licence is attached. Please restore the listing."
    events = chat([APPEAL.format(id=first), f"next one: complaint {second}, received today:", other, "record it", "yes"], "--yes")
    said = [r["text"] for r in replies(events)]
    assert "Read as a correction" not in "\n".join(said)
    assert "text is missing" in said[1] and f"complaint {second}" in said[1]
    calls = [e for e in events if e["type"] == "tool_call" and e["name"] == "triage_seller_appeal"]
    assert calls[-1]["args"]["complaint_id"] == f"C-{second}" and calls[-1]["args"]["counter_notice"] == other
    assert _status(first)[1] == 0 and _status(second)[1] == 1


def test_a_corrected_receipt_day_is_the_day_our_deadline_counts_from():
    complaint_id = _filed_days_ago(12)
    two, three = date.today() - timedelta(days=2), date.today() - timedelta(days=3)
    events = chat([APPEAL.format(id=complaint_id).replace("Here is", f"Received on {two.isoformat()}, here is"),
                   f"sorry, it was received on {three.isoformat()}", "what is our deadline?"])
    said = [r["text"] for r in replies(events)]
    assert three.isoformat() in said[-1] and f"counting from {two.isoformat()}" not in said[-1] and f"from {two.isoformat()}" not in said[-1]


def test_mark_it_as_removed_after_a_contested_triage_marks_the_complaint_triaged_not_another():
    complaint_id = _filed_complaint()
    events = chat([APPEAL.format(id=complaint_id), "record it", "I checked, the listing is offline. mark it as removed", "yes"], "--yes")
    said = [reply["text"] for reply in replies(events)]
    assert not any("Which complaint" in text for text in said)
    assert "does not answer the counter-notice" in said[-2] and "Checked offline on our side" in said[-2]
    assert _status(complaint_id) == ("removed", 0)  # the counter-notice is not recorded by it
