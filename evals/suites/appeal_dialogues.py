"""Appeal dialogues: a seller's counter-notice handled through the chat, against the team's own records.

Each case puts its complaints in a fresh store (filed on the case's days, numbered 1, 2, ... in order), then the
scripted person types the dialogue's lines. What is checked at the end:
- the triage ran against the expected complaint (the store's number), counting from the expected receipt day, or
  no triage ran when the case expects none (the chat had to ask first);
- the seller's words the triage quotes, and the counter-notice recorded, hold none of the person's own request
  (`not_seller_words`), start with the seller's first words (`seller_text_starts`) and end with its last
  (`seller_text_ends`: a text pasted in several messages is whole, and nothing the person wrote next is added);
- what was recorded on each complaint (its receipt day, and how many rounds when the case says), or nothing;
  `also_recorded` lists the other complaints the dialogue records on first (several counter-notices in one chat);
- the case's `must_say` phrases appear in some reply and its `must_not_say` phrases in none (a reply is what the
  person sees: its text, its notices and the triage view it shows, its draft reply included); `reply_must_say` ({"N": [phrases]}) holds
  phrases the reply to line N (from 0) must hold itself (the question asked before the seller's text comes), and
  `reply_must_not_say` the phrases it must not (the day first read, after the person corrected it);
- a line that is a list is several lines arriving together (a paste piped in): they are made into messages as
  `ipr-assistant chat` makes them (`ChatSession.next_message`), and `triages` says how many triages the whole
  dialogue may show;
- a receipt day may be written `N days ago` (the run's today less N days);
- `status` ({"complaint": N, "is": "removed", "note_says": [...]}): the complaint's status at the end, and phrases its
  last status change's note holds (a seller's reply that gives up, kept in the complaint's history);
- `actor`: the chat acts as that person (`ipr-assistant chat --actor`), and `recorded.actor` is who the recorded
  counter-notice names as having recorded it.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, time as day_time, timedelta, timezone
from typing import Any

from evals.workspace import send


def is_appeal_dialogue(case: dict) -> bool:
    return "appeal" in case


def _seed(workspace, settings, case: dict) -> None:
    """The case's complaints in the team's store, each filed on its day (left a draft when it has none), with the
    counter-notices already recorded on it."""
    from assistant.domain.models import Complaint

    app = workspace.app_over(settings)
    try:
        service = app.complaints
        for number, item in enumerate(case.get("records", []), start=1):
            record = service.create_draft(Complaint.model_validate(item["complaint"]), idempotency_key=f"eval-appeal-{number}", actor="eval")
            if not item.get("filed_on"):
                continue
            filed = datetime.combine(date.fromisoformat(item["filed_on"]), day_time(9), tzinfo=timezone.utc)
            service.file(int(record.id), idempotency_key=f"eval-appeal-file-{number}", actor="eval",
                         platform_complaint_id=item.get("platform_complaint_id"), occurred_at=filed)
            for notice in item.get("counter_notices", []):
                service.record_counter_notice(int(record.id), received_on=date.fromisoformat(notice["received_on"]), text=notice["text"], actor="eval",
                                              attachments=notice.get("attachments") or [])
    finally:
        app.close()


def expected_day(value: str | None, today: date | None = None) -> str | None:
    """A day the case expects: YYYY-MM-DD, --MM-DD (ISO 8601 without the year) for a day a person names without
    its year ("on 24 November"), which is the latest such day up to today, or 'today' / 'yesterday' / 'N days ago' (the run's)."""
    today = today or date.today()
    if value in ("today", "yesterday"):
        return (today - timedelta(days=1 if value == "yesterday" else 0)).isoformat()
    back = re.fullmatch(r"(\d+) days ago", value or "")
    if back:
        return (today - timedelta(days=int(back.group(1)))).isoformat()
    if not value or not value.startswith("--"):
        return value
    month, day = int(value[2:4]), int(value[5:7])
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    return date(year, month, day).isoformat()


def _recorded(workspace, settings) -> dict[str, list[dict[str, Any]]]:
    """Each complaint's recorded counter-notices: receipt day and text."""
    app = workspace.app_over(settings)
    try:
        service = app.complaints
        return {
            row.id: [{"received_on": n.received_on.isoformat(), "text": n.text, "actor": n.recorded_by}
                     for n in service.show(int(row.id)).counter_notices]
            for row in service.list()
        }
    finally:
        app.close()


def _play(workspace, settings, case: dict, latencies: list[float]) -> dict[str, Any]:
    """Type the lines; keep every reply's text and the last triage that ran (its complaint and data)."""
    played: dict[str, Any] = {"shown": [], "triage": None, "triaged_complaint": None, "triages": 0}
    with workspace.chat(settings, actor=case.get("actor")) as session:
        for line in case["lines"]:
            started = time.perf_counter()
            replies = [send(session, message) for message in _messages(session, line)]
            latencies.append((time.perf_counter() - started) * 1000)
            played["shown"].append("\n".join(_shown(session, reply, played) for reply in replies))
    return played


def _messages(session, line: str | list[str]):
    """The messages one line of the case makes: itself, or for lines arriving together, those the chat makes of them."""
    if isinstance(line, str):
        yield line
        return
    rest = list(line)
    while rest:
        message, rest = session.next_message(rest)
        yield message


def _shown(session, reply, played: dict[str, Any]) -> str:
    """A reply as the person reads it; the last triage it shows is kept with its complaint."""
    triages = [s.data for s in reply.sections if s.kind == "triage"]
    played["triages"] += len(triages)
    if triages:
        played["triage"] = triages[-1]
        call = next((c for c in reversed(reply.tool_calls) if c.name == "triage_seller_appeal"), None)
        named = (call.args or {}).get("complaint_id") if call else None
        played["triaged_complaint"] = _number(session, named)
    return "\n".join([reply.text or "", *getattr(reply, "notices", []), *map(_view_text, triages)])


def _view_text(data: dict[str, Any]) -> str:
    """The triage as the person reads it (the one view every front end renders), as plain lines."""
    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import triage_view_model

    view = triage_view_model(AppealTriage.model_validate({k: v for k, v in data.items() if k in AppealTriage.model_fields}))
    lines = [view.title, view.complaint, view.recommendation_label, view.reason, view.deadline, *(f"{row.ground}: {row.status}" for row in view.grounds)]
    lines += [point for group in view.points for point in group.points] + view.claims + view.checklist
    return "\n".join([*lines, view.draft_reply or ""])


def _number(session, named: Any) -> int | None:
    if named in (None, ""):
        return None
    try:
        return session.services.complaints.number_of(named, typed=True)
    except Exception:  # noqa: BLE001 - a name the store does not know is reported as it is
        return None


def _triage_problems(expected: dict, played: dict) -> dict[str, Any]:
    problems: dict[str, Any] = {}
    triage = played["triage"]
    if expected.get("complaint") is None:
        if triage is not None:
            problems["triaged although the chat had to ask first"] = played["triaged_complaint"]
        return problems
    if triage is None:
        problems["no triage"] = played["shown"][-1][-400:] if played["shown"] else ""
        return problems
    if expected.get("triages") and played["triages"] != expected["triages"]:
        problems["triages shown"] = {"expected": expected["triages"], "got": played["triages"]}
    if played["triaged_complaint"] != expected["complaint"]:
        problems["triaged complaint"] = {"expected": expected["complaint"], "got": played["triaged_complaint"]}
    if expected.get("received_on") and triage.get("received_on") != expected_day(expected["received_on"]):
        problems["received_on"] = {"expected": expected_day(expected["received_on"]), "got": triage.get("received_on"),
                                   "basis": triage.get("received_on_basis")}
    quoted = ((triage.get("seller_text") or {}).get("counter_notice") or "")
    problems.update(_seller_words_problems(expected, quoted, "quoted as the seller's"))
    return problems


def _seller_words_problems(expected: dict, text: str, where: str) -> dict[str, Any]:
    problems: dict[str, Any] = {}
    lowered = text.lower()
    mixed = [words for words in expected.get("not_seller_words", []) if words.lower() in lowered]
    if mixed:
        problems[f"person's words {where}"] = mixed
    start = expected.get("seller_text_starts")
    body = text.split(">>>", 1)[-1].strip() if text.startswith("<<<") else text.strip()  # inside the data fences
    body = body.rsplit("<<<END", 1)[0].strip() if text.startswith("<<<") else body
    if start and not body.startswith(start):
        problems[f"seller's text {where} starts"] = body[:80]
    end = expected.get("seller_text_ends")
    if end and not body.endswith(end):
        problems[f"seller's text {where} ends"] = body[-80:]
    return problems


def _recording_problems(expected: dict, recorded: dict[str, list[dict[str, Any]]], seeded: dict[int, int]) -> dict[str, Any]:
    wanted = expected.get("recorded")
    got = {int(k): v for k, v in recorded.items() if v}
    if not wanted:
        added = {k: v[seeded.get(k, 0):] for k, v in got.items() if len(v) > seeded.get(k, 0)}
        return {"recorded although the case expects nothing": added} if added else {}
    notices = got.get(int(wanted["complaint"]), [])
    if not notices:
        return {"not recorded": wanted, "recorded": got}
    problems: dict[str, Any] = {}
    if notices[-1]["received_on"] != expected_day(wanted["received_on"]):
        problems["recorded received_on"] = {"expected": expected_day(wanted["received_on"]), "got": notices[-1]["received_on"]}
    if wanted.get("actor") and notices[-1]["actor"] != wanted["actor"]:
        problems["recorded by"] = {"expected": wanted["actor"], "got": notices[-1]["actor"]}
    if wanted.get("rounds") and len(notices) != wanted["rounds"]:
        problems["rounds recorded"] = {"expected": wanted["rounds"], "got": len(notices)}
    problems.update(_seller_words_problems(expected, notices[-1]["text"], "recorded as the seller's"))
    for also in expected.get("also_recorded", []):  # an earlier counter-notice of the same chat, on its own complaint
        earlier = got.get(int(also["complaint"]), [])
        if not earlier or earlier[-1]["received_on"] != expected_day(also["received_on"]):
            problems[f"recorded on complaint {also['complaint']}"] = {"expected": expected_day(also["received_on"]), "got": earlier[-1]["received_on"] if earlier else None}
    allowed = {int(wanted["complaint"])} | {int(also["complaint"]) for also in expected.get("also_recorded", [])}
    others = {k: v for k, v in got.items() if k not in allowed and len(v) > seeded.get(k, 0)}
    if others:
        problems["recorded on another complaint"] = sorted(others)
    return problems


def _status_problems(workspace, settings, expected: dict | None) -> dict[str, Any]:
    """The complaint's status at the end against the case's, and the phrases its last change's note must hold."""
    if not expected:
        return {}
    app = workspace.app_over(settings)
    try:
        record = app.complaints.show(int(expected["complaint"]))
    finally:
        app.close()
    status = getattr(record.status, "value", record.status)
    note = (record.events[-1].note or "") if record.events else ""
    problems: dict[str, Any] = {}
    if status != expected["is"]:
        problems["status"] = {"expected": expected["is"], "got": status}
    unsaid = [p for p in expected.get("note_says", []) if p.lower() not in note.lower()]
    if unsaid:
        problems["status note does not say"] = {"missing": unsaid, "note": note[:300]}
    return problems


def run_case(workspace, case: dict, latencies: list[float]) -> tuple[dict[str, Any], int]:
    """Play one appeal dialogue; returns what went wrong (empty when it ended as expected) and the turns used."""
    settings = workspace.settings(f"appeal-dialogue-{case['id']}")
    _seed(workspace, settings, case)
    played = _play(workspace, settings, case, latencies)
    expected = case["appeal"]
    problems = _triage_problems(expected, played)
    seeded = {n: len(item.get("counter_notices", [])) for n, item in enumerate(case.get("records", []), start=1)}
    problems.update(_recording_problems(expected, _recorded(workspace, settings), seeded))
    problems.update(_status_problems(workspace, settings, expected.get("status")))
    shown = "\n".join(played["shown"]).lower()
    unsaid = [p for p in case.get("must_say", []) if p.lower() not in shown]
    if unsaid:
        problems["not said"] = unsaid
    said = [p for p in case.get("must_not_say", []) if p.lower() in shown]
    if said:
        problems["said but must not"] = said
    for line, phrases in case.get("reply_must_say", {}).items():
        reply = played["shown"][int(line)].lower() if int(line) < len(played["shown"]) else ""
        unsaid = [p for p in phrases if p.lower() not in reply]
        if unsaid:
            problems[f"reply {line} does not say"] = unsaid
    for line, phrases in case.get("reply_must_not_say", {}).items():
        reply = played["shown"][int(line)].lower() if int(line) < len(played["shown"]) else ""
        said = [p for p in phrases if p.lower() in reply]
        if said:
            problems[f"reply {line} says but must not"] = said
    return problems, len(case["lines"])
