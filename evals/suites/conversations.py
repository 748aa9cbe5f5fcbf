"""Conversations: scripted complaint dialogues typed into the chat (guided mode, or the model).

The scripted person says the dialogue's lines in order; when the assistant asks something the script did not plan
for, the person gives the answer the case keeps for that question (`if_asked`), which costs a turn. A case may close
the chat and resume the same thread before a line (`resume_before`), and may go on after the first filing package
(an amendment: the next package must be a new version beside the first).

What is measured, on every turn and at the end:
- completed: the dialogue ends as the case expects: `complete` - its last package's complaint.json matches the expected
  complaint (and the thread saved one complaint, with the expected package versions); `not_valid` - no package, and
  `validate` on the final draft reports the expected errors while the draft holds the expected facts;
- facts_exact: saved drafts (each package written) whose names, registration numbers, dates and order numbers are
  exactly as the person typed them (`verbatim`, and the expected names and number);
- silent_changes: values that entered or changed the draft in a turn whose reply does not show them;
- false_reassurance: replies that call the complaint fine (no errors, valid, ready) while `validate` reports an error
  on the exact draft, or that say a phrase the case forbids (in answers to questions asked mid-chat too);
- a case's `must_say` phrases must appear in some reply (an assumption shown to confirm, a rule said);
- median_turns_quick: median turns to the first package (or to the end) where the person gave every fact within
  4 messages.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers.complaints import complaint_fields, complaint_mismatches
from evals.suites.appeal_dialogues import is_appeal_dialogue
from evals.suites.appeal_dialogues import run_case as run_appeal_dialogue
from evals.suites.question_dialogues import is_question_dialogue
from evals.suites.question_dialogues import run_case as run_question_dialogue
from evals.workspace import send

TITLE = "Conversations: complaints completed, facts kept exactly, every change shown"
THROUGH_MODEL = True
# A dialogue may take this many turns beyond its script (answers to unplanned questions) before it is stopped.
SPARE_TURNS = 3
QUICK_FACT_MESSAGES = 4

_CONFIRM = re.compile(r"^\s*(?:y|yes|yep|yeah|ok|okay|sure|confirm(?:ed)?|go ahead|do it|please do|correct)\s*[.!]?\s*$", re.I)
_REASSURANCE = re.compile(
    r"\b(?:(?:find|finds|found|found no|there are|has|have) no (?:errors?|problems?|issues?)|no (?:errors?|problems?) (?:found|left)|"
    r"looks (?:good|fine|valid|complete)|all (?:good|set)|ready to (?:file|save|submit|go|be filed)|"
    r"(?<!not )(?:is|are) (?:valid|fine|complete and valid)|nothing (?:is )?wrong|passes (?:all|the) (?:checks|rules))\b",
    re.I,
)
# Words an echo may use for a closed choice (its value, or the plain words people read).
_ENUM_WORDS = {
    "counterfeit_features": "counterfeit", "model_does_not_exist": "never made|model", "test_buy": "test buy|test purchase",
    "trademark_misuse": "misuse", "image_theft": "photo|image", "official_image_theft": "official", "registered_work": "work",
    "pirated_copy": "pirat", "patent_infringement": "patent", "rights_holder": "rights holder|owner", "agent": "agent",
    "company": "company", "individual": "individual", "invention": "invention", "utility_model": "utility model", "design": "design",
    "aliexpress": "aliexpress", "alibaba": "alibaba", "1688": "1688", "taobao": "taobao", "tmall": "tmall", "lazada": "lazada",
    "miravia": "miravia",
}
_SCALAR_FIELDS = ("site", "reason", "patent_kind", "role", "complainant_name", "complainant_type", "rights_holder_name",
                  "rights_holder_type", "right_name", "registration_number", "right_approved", "registered", "expiry_date", "statement")


# --- playing a script -------------------------------------------------------------------------------------------------


class Play:
    """What happened in one scripted dialogue."""

    def __init__(self) -> None:
        self.packages: list[Path] = []
        self.turns = 0
        self.turns_to_first_package: int | None = None
        self.last = ""
        self.silent: list[str] = []
        self.reassured: list[str] = []
        self.forbidden_said: list[str] = []
        self.shown: list[str] = []  # every reply's visible text, in order, up to the last package
        self.shown_before_save: str = ""
        self.final_draft: Any = None
        self.final_errors: list[str] = []
        self.complaints_saved = 0


def play(session, case: dict, latencies: list[float], *, reopen=None) -> tuple[Path | None, int, str] | Play:
    """Run the script. With ``reopen`` (thread id -> a new session over the same data), the full measurement
    (a Play); without it, (last package folder or None, turns used, last reply) as before."""
    outcome = Play()
    lines = list(case["lines"])
    answers = list(case.get("if_asked", []))
    resume_before = set(case.get("resume_before", []))
    wanted_packages = int(case.get("expected_package_versions", 1))
    index = 0
    while lines and outcome.turns < len(case["lines"]) + SPARE_TURNS:
        line = lines.pop(0)
        if not isinstance(line, _Answer):
            if index in resume_before and reopen is not None:
                session = reopen(session)
            index += 1
        outcome.turns += 1
        before = _draft_dump(session)
        started = time.perf_counter()
        reply = send(session, str(line))
        latencies.append((time.perf_counter() - started) * 1000)
        text = _shown(reply)
        outcome.last = reply.text
        outcome.shown.append(text)
        if reopen is not None:
            _check_turn(session, before, reply, text, case, outcome)
        exports = [s for s in reply.sections if s.kind == "export"]
        if exports:
            outcome.packages.append(Path(exports[-1].data["out_dir"]))
            if outcome.turns_to_first_package is None:
                outcome.turns_to_first_package = outcome.turns
            if len(outcome.packages) >= wanted_packages and (reopen is None or not lines):
                break
            if reopen is None:
                break
        for answer in answers:
            if answer["when"].lower() in reply.text.lower():
                lines.insert(0, _Answer(answer["say"]))
                answers.remove(answer)
                break
    if reopen is None:
        return (outcome.packages[-1] if outcome.packages else None), outcome.turns, outcome.last
    outcome.final_draft = getattr(getattr(session, "state", None), "draft", None)
    outcome.final_errors = _validate_errors(session)
    outcome.complaints_saved = _complaints_saved(session)
    return outcome


class _Answer(str):
    """An answer to an unplanned question (not one of the script's lines)."""


def _shown(reply) -> str:
    return "\n".join([reply.text or "", *getattr(reply, "notices", [])])


def _answers_shown(reply) -> str:
    """Answers to questions asked mid-chat (shown as `ask` prints them): a case's forbidden phrases count there too."""
    return "\n".join(s.data.get("answer") or "" for s in getattr(reply, "sections", []) if s.kind == "answer" and isinstance(s.data, dict))


def _draft_dump(session) -> dict[str, Any] | None:
    state = getattr(session, "state", None)
    return state.draft.model_dump(mode="json") if state is not None else None


def _check_turn(session, before: dict | None, reply, text: str, case: dict, outcome: Play) -> None:
    after = _draft_dump(session)
    if before is not None and after is not None:
        outcome.silent += _unshown_changes(before, after, reply, text)
    lowered = (text + "\n" + _answers_shown(reply)).lower()
    for phrase in case.get("must_not_say", []):
        if phrase.lower() in lowered:
            outcome.forbidden_said.append(phrase)
    if _REASSURANCE.search(text):
        # A case that must end not valid: the person's facts carry errors, so no reply may call the complaint fine.
        errors = _validate_errors(session) or (case.get("validate_errors") if case.get("outcome") == "not_valid" else [])
        if errors:
            outcome.reassured.append(f"{_REASSURANCE.search(text).group(0)!r} while validate reports {errors}")
    if not outcome.packages:
        outcome.shown_before_save += "\n" + text


def _unshown_changes(before: dict, after: dict, reply, text: str) -> list[str]:
    """Values that entered or changed the draft and do not appear in the reply."""
    lowered = text.lower()
    missing = []
    for name in _SCALAR_FIELDS:
        old, new = before.get(name), after.get(name)
        if old == new or new in (None, ""):
            continue
        if not _appears(name, new, lowered, text):
            missing.append(f"{name}={new!r}")
    old_places, new_places = before.get("places_of_registration") or [], after.get("places_of_registration") or []
    for place in new_places:
        if place not in old_places and place.lower() not in lowered:
            missing.append(f"places_of_registration={place!r}")
    old_links = {item.get("url") for item in before.get("listings") or []}
    new_links = [item.get("url") for item in after.get("listings") or [] if item.get("url") not in old_links]
    if new_links and not any(s.kind == "url_report" for s in reply.sections) and "link" not in lowered:
        missing.append(f"listings+{len(new_links)}")
    old_evidence = {json.dumps(item, sort_keys=True) for item in before.get("evidence") or []}
    for item in after.get("evidence") or []:
        if json.dumps(item, sort_keys=True) in old_evidence:
            continue
        words = [item.get("kind", "").replace("_", " "), item.get("kind", ""), item.get("file") or "", item.get("reference") or ""]
        if not any(w and w.lower() in lowered for w in words):
            missing.append(f"evidence={item.get('kind')}")
    old_facts, new_facts = before.get("statement_facts") or {}, after.get("statement_facts") or {}
    for key, value in new_facts.items():
        if value and old_facts.get(key) != value and value not in text:
            missing.append(f"statement_facts[{key}]")
    return missing


def _appears(name: str, value: Any, lowered: str, text: str) -> bool:
    if isinstance(value, bool):
        if name == "registered":
            return "not registered" in lowered or "unregistered" in lowered
        return ("approved" in lowered and (value or re.search(r"\bno\b|not", lowered) is not None)) or (not value and "not" in lowered)
    value = str(value)
    if name in _ENUM_FIELDS:
        words = _ENUM_WORDS.get(value, re.escape(value.replace("_", " ")))
        return re.search(words, lowered) is not None or value in lowered
    return value in text


_ENUM_FIELDS = {"site", "reason", "patent_kind", "role", "complainant_type", "rights_holder_type"}


def _validate_errors(session) -> list[str]:
    """`validate`'s error codes on the session's exact draft (none while the draft is incomplete)."""
    state, services = getattr(session, "state", None), getattr(session, "services", None)
    if state is None or services is None:
        return []
    from assistant.agent.draft import missing_for_complaint

    draft = state.draft
    if missing_for_complaint(draft):
        return []
    try:
        report = services.validate_complaint(draft.to_complaint())
    except Exception:  # noqa: BLE001 - a draft the model cannot hold is not a verdict
        return []
    return [issue.code for issue in report.errors]


def _complaints_saved(session) -> int:
    services = getattr(session, "services", None)
    try:
        return len(services.complaints.list(limit=200))
    except Exception:  # noqa: BLE001
        return 0


# --- scoring --------------------------------------------------------------------------------------------------------


def facts_lines(case: dict) -> int:
    """How many messages the person needed to give every fact: the lines before the first bare confirmation."""
    for number, line in enumerate(case["lines"]):
        if _CONFIRM.match(line):
            return number
    return len(case["lines"])


def _exact_in(complaint: dict[str, Any], case: dict) -> list[str]:
    """The names, numbers, dates and order numbers of the case that the saved complaint does not hold exactly."""
    dumped = json.dumps(complaint, ensure_ascii=False)
    wrong = [value for value in case.get("verbatim", []) if value not in dumped]
    got = complaint_fields(complaint)
    for key in ("complainant", "rights_holder", "registration_number"):
        expected = case["expected"].get(key)
        if expected is not None and got.get(key) != expected:
            wrong.append(f"{key}: {got.get(key)!r}")
    return wrong


def _draft_complaint(draft) -> dict[str, Any] | None:
    try:
        return draft.to_complaint().model_dump(mode="json")
    except Exception:  # noqa: BLE001 - an incomplete draft holds no complaint
        return None


def _count_exact(case: dict, complaints: list[dict], problems: dict[str, Any]) -> int:
    """How many saved drafts hold the case's facts exactly as typed; the last wrong one's values go into `problems`."""
    exact = 0
    for complaint in complaints:
        # The last package holds the final facts; an earlier one the facts as they stood then.
        first = case.get("expected_first_package", {})
        wrong = _exact_in(complaint, case) if complaint is complaints[-1] else [
            f"{k}: {complaint_fields(complaint).get(k)!r}" for k, v in first.items() if complaint_fields(complaint).get(k) != v
        ]
        if not wrong:
            exact += 1
        else:
            problems["not exactly as typed"] = wrong
    return exact


def _ending_problems(case: dict, wanted: str, outcome, complaints: list[dict]) -> dict[str, Any]:
    """What is wrong with how the dialogue ended: a package (its versions, the first one kept) for a complete case,
    none and validate's expected errors for one validate must reject."""
    problems: dict[str, Any] = {}
    if wanted == "complete":
        if not complaints:
            problems["no package after turns"] = outcome.turns
            problems["last reply"] = outcome.last[-600:]
        versions = int(case.get("expected_package_versions", 1))
        if complaints and len(complaints) != versions:
            problems["package versions"] = {"expected": versions, "got": len(complaints)}
        if len(outcome.packages) > 1 and len({str(p) for p in outcome.packages}) != len(outcome.packages):
            problems["package overwritten"] = [str(p) for p in outcome.packages]
        first = case.get("expected_first_package")
        if first and complaints:
            first_got = complaint_fields(complaints[0])
            differ = {k: first_got.get(k) for k, v in first.items() if first_got.get(k) != v}
            if differ:
                problems["first package changed"] = differ
        if outcome.complaints_saved > int(case.get("expected_complaints", 1)):
            problems["complaints saved"] = outcome.complaints_saved
    else:
        if complaints:
            problems["package written for a complaint validate rejects"] = [str(p) for p in outcome.packages]
        missing_codes = [c for c in case.get("validate_errors", []) if c not in outcome.final_errors]
        if missing_codes:
            problems["validate errors"] = {"expected": case.get("validate_errors"), "got": outcome.final_errors}
    return problems


def _metrics(result: SuiteResult, n: int, *, completed: int, exported: int, field_right: int, field_total: int, saved: int,
             exact: int, echoed: int, echo_total: int, silent: int, reassured: int, quick_turns: list[int],
             turns_used: list[int], extra_turns: int) -> None:
    """The suite's figures over its n dialogues."""
    result.metric("completed", completed / n, "dialogues ending as expected (a matching package; or validate's expected errors)")
    result.metric("exported", exported / n, "dialogues ending in a filing package")
    result.metric("field_accuracy", field_right / field_total, "expected complaint fields right in the final draft or package")
    result.metric("facts_exact", exact / saved if saved else 1.0, "saved drafts with every name, number, date and order number exactly as typed")
    result.metric("saved_drafts", saved, "saved drafts (filing packages written)", kind="count")
    result.metric("verbatim_echoed", echoed / echo_total if echo_total else 1.0, "typed names, numbers and dates shown back before saving")
    result.metric("silent_changes", silent, "values that entered or changed the draft without being shown in that reply", kind="count")
    result.metric("false_reassurance", reassured, "replies calling the complaint fine while validate reports an error", kind="count")
    result.metric("median_turns_quick", statistics.median(quick_turns) if quick_turns else 0.0,
                  f"median turns where every fact came within {QUICK_FACT_MESSAGES} messages ({len(quick_turns)} dialogues)", kind="turns")
    result.metric("mean_turns", statistics.fmean(turns_used) if turns_used else 0.0, "turns per completed dialogue", kind="turns")
    result.metric("extra_turns", extra_turns, "turns spent on questions the script did not plan for (completed dialogues)", kind="count")


def run(workspace) -> SuiteResult:
    result = SuiteResult(name="conversations", title=TITLE, through_model=workspace.through_model)
    every = load_cases("conversations")
    result.cases = len(every)
    cases = [case for case in every if not is_appeal_dialogue(case) and not is_question_dialogue(case)]
    completed = exported = field_right = field_total = 0
    saved = exact = silent = reassured = echoed = echo_total = 0
    turns_used: list[int] = []
    extra_turns = 0
    quick_turns: list[int] = []
    latencies: list[float] = []
    rows: list[dict] = result.tables.setdefault("dialogues", [])
    for case in cases:
        outcome = _play_case(workspace, case, latencies)
        expected = case["expected"]
        wanted = case.get("outcome", "complete")
        row = {"dialogue": case["id"], "scripted turns": len(case["lines"]), "turns used": outcome.turns, "outcome": "no package"}
        rows.append(row)
        problems: dict[str, Any] = {}
        field_total += len(expected)
        if facts_lines(case) <= QUICK_FACT_MESSAGES:
            quick_turns.append(outcome.turns_to_first_package or outcome.turns)
        # Every saved draft: facts exactly as typed.
        complaints = [json.loads((p / "complaint.json").read_text(encoding="utf-8")) for p in outcome.packages if (p / "complaint.json").is_file()]
        saved += len(complaints)
        exact += _count_exact(case, complaints, problems)
        for value in case.get("verbatim", []):
            echo_total += 1
            echoed += value in outcome.shown_before_save or not outcome.packages and any(value in s for s in outcome.shown)
        silent += len(outcome.silent)
        if outcome.silent:
            problems["changed without being shown"] = outcome.silent
        reassured += len(outcome.reassured) + len(outcome.forbidden_said)
        if outcome.reassured or outcome.forbidden_said:
            problems["reassured while validate reports errors"] = outcome.reassured + outcome.forbidden_said
        final = json.loads(json.dumps(complaints[-1])) if complaints else _draft_complaint(outcome.final_draft)
        if complaints:
            exported += 1
        got = complaint_fields(final) if final else {}
        mismatches = complaint_mismatches(expected, got) if final else {k: (v, None) for k, v in expected.items()}
        field_right += len(expected) - len(mismatches)
        if mismatches:
            problems.update({k: {"expected": v[0], "got": v[1]} for k, v in mismatches.items()})
        unsaid = [p for p in case.get("must_say", []) if p.lower() not in "\n".join(outcome.shown).lower()]
        if unsaid:
            problems["not said"] = unsaid
        dumped = json.dumps(final, ensure_ascii=False) if final else ""
        leftovers = [s for s in case.get("must_not_contain", []) if s in dumped]
        if leftovers:
            problems["must not contain"] = leftovers
        problems.update(_ending_problems(case, wanted, outcome, complaints))
        if problems:
            row["outcome"] = "; ".join(sorted(problems))[:120]
            result.fail(case["id"], case["checks"], {"outcome": wanted, **{k: v for k, v in expected.items() if k in mismatches}}, problems)
            continue
        row["outcome"] = "completed" if wanted == "complete" else "not valid, as expected"
        completed += 1
        turns_used.append(outcome.turns)
        extra_turns += max(0, outcome.turns - len(case["lines"]))
    _metrics(result, len(cases), completed=completed, exported=exported, field_right=field_right, field_total=field_total,
             saved=saved, exact=exact, echoed=echoed, echo_total=echo_total, silent=silent, reassured=reassured,
             quick_turns=quick_turns, turns_used=turns_used, extra_turns=extra_turns)
    _appeal_dialogues(workspace, result, [case for case in every if is_appeal_dialogue(case)], latencies, rows)
    _question_dialogues(workspace, result, [case for case in every if is_question_dialogue(case)], latencies, rows)
    result.latencies_ms["chat turn" + (" (model)" if workspace.through_model else "")] = latencies
    return result


def _appeal_dialogues(workspace, result: SuiteResult, cases: list[dict], latencies: list[float], rows: list[dict]) -> None:
    """Seller appeals handled through the chat against the team's records (evals/suites/appeal_dialogues.py)."""
    right = 0
    for case in cases:
        problems, turns = run_appeal_dialogue(workspace, case, latencies)
        rows.append({"dialogue": case["id"], "scripted turns": len(case["lines"]), "turns used": turns,
                     "outcome": "; ".join(sorted(problems))[:120] if problems else "appeal handled"})
        if problems:
            result.fail(case["id"], case["checks"], case["appeal"], problems)
        else:
            right += 1
    if cases:
        result.metric("appeal_dialogues", right / len(cases),
                      f"appeal dialogues ending as expected: the complaint named, the receipt day, the seller's words alone ({len(cases)})")


def _question_dialogues(workspace, result: SuiteResult, cases: list[dict], latencies: list[float], rows: list[dict]) -> None:
    """General questions asked in the chat, alone or while a complaint is drafted (evals/suites/question_dialogues.py)."""
    right = 0
    for case in cases:
        problems, turns = run_question_dialogue(workspace, case, latencies)
        rows.append({"dialogue": case["id"], "scripted turns": len(case["lines"]), "turns used": turns,
                     "outcome": "; ".join(sorted(problems))[:120] if problems else "answered as ask answers"})
        if problems:
            result.fail(case["id"], case["checks"], {"asks": case["asks"]}, problems)
        else:
            right += 1
    if cases:
        result.metric("question_dialogues", right / len(cases),
                      f"question dialogues answered as `ask` answers, the draft untouched by questions ({len(cases)})")


def _play_case(workspace, case: dict, latencies: list[float]) -> Play:
    settings = workspace.settings(f"conversation-{case['id']}")
    stack: list[Any] = []

    def open_session(thread_id: str | None = None):
        context = workspace.chat(settings, thread_id=thread_id)
        session = context.__enter__()
        stack.append(context)
        return session

    def reopen(session):
        thread = session.state.thread_id
        stack.pop().__exit__(None, None, None)
        return open_session(thread)

    session = open_session()
    try:
        return play(session, case, latencies, reopen=reopen)
    finally:
        while stack:
            stack.pop().__exit__(None, None, None)
