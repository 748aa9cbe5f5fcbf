"""Question dialogues: general questions typed into the chat, alone or in the middle of a complaint being drafted.

A general question gets the answer `ask` gives (the one answer service): the same sentences, the same citations, the
same decline. Each case's `asks` maps a line (from 0) to the question `ask` is given for it: the line itself, or, for
a follow-up ("and for Taobao?"), the earlier question asked again about the new site. What is checked per case:
- the reply to each line in `asks` quotes the answer `ask` gives to its question (answer text, citations, in_scope,
  grounded);
- a line in `asks` never changes the complaint being drafted (a question is never a fact of the case), and the draft
  holds `draft` (its fields, e.g. the marketplace the person stated) at the end;
- a line in `records` ({"N": "good_faith"}) shows that record view (the person asked about the team's own records);
- the case's `must_say` phrases appear in some reply, its `must_not_say` phrases in none, and `reply_must_say`
  ({"N": [phrases]}) in the reply to line N.
"""

from __future__ import annotations

import time
from typing import Any

from evals.workspace import send


def is_question_dialogue(case: dict) -> bool:
    return "asks" in case


def answer_outcome(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of an answer that must not depend on where the question was typed."""
    if data is None:
        return None
    citations = [(c.get("n"), c.get("source"), c.get("section"), c.get("url")) for c in data.get("citations") or []]
    return {"answer": data.get("answer"), "citations": citations, "in_scope": data.get("in_scope"), "grounded": data.get("grounded")}


def asked_outcome(workspace, question: str) -> dict[str, Any]:
    """What `ask` answers to the question (no --site), over the run's corpus index."""
    from assistant.retrieval.answer import answer_question

    return answer_outcome(answer_question(workspace.corpus_index(), question).model_dump(mode="json"))


def _asked_checklist(workspace, question: str) -> dict[str, Any] | None:
    """The checklist `ask` gives a case question ("which documents ..."), as JSON; None for any other question."""
    from assistant.retrieval.answer import answer_question

    return answer_question(workspace.corpus_index(), question).model_dump(mode="json").get("checklist")


def _shown(reply) -> str:
    answers = [s.data.get("answer") or "" for s in reply.sections if s.kind == "answer" and isinstance(s.data, dict)]
    return "\n".join([reply.text or "", *getattr(reply, "notices", []), *answers])


def _draft(session) -> dict[str, Any] | None:
    state = getattr(session, "state", None)
    return state.draft.model_dump(mode="json") if state is not None else None


def _turn_problems(workspace, case: dict, number: int, before, after, reply) -> dict[str, Any]:
    problems: dict[str, Any] = {}
    question = case["asks"].get(str(number))
    checklist = _asked_checklist(workspace, question) if question is not None else None
    if checklist is not None:  # a case question: the chat gives the checklist `ask` gives (one case reader)
        from evals.parity import documents_outcome

        shown = [s.data for s in reply.sections if s.kind == "checklist"]
        if not shown or documents_outcome(shown[-1]) != documents_outcome(checklist):
            problems[f"line {number}: not ask's checklist"] = {"ask": documents_outcome(checklist), "chat": (reply.text or "")[:300]}
    elif question is not None:
        answers = [s.data for s in reply.sections if s.kind == "answer" and isinstance(s.data, dict)]
        got = answer_outcome(answers[-1] if answers else None)
        wanted = asked_outcome(workspace, question)
        if got != wanted:
            problems[f"line {number}: not ask's answer"] = {"ask": wanted, "chat": got or (reply.text or "")[:300]}
        if before != after:
            changed = sorted(k for k in set(before or {}) | set(after or {}) if (before or {}).get(k) != (after or {}).get(k))
            problems[f"line {number}: the question changed the draft"] = changed
    view = case.get("records", {}).get(str(number))
    if view is not None and not any(s.kind == view for s in reply.sections):
        problems[f"line {number}: no {view} view"] = (reply.text or "")[:300]
    return problems


def run_case(workspace, case: dict, latencies: list[float]) -> tuple[dict[str, Any], int]:
    """Play one question dialogue; returns what went wrong (empty when every answer was `ask`'s) and the turns used."""
    settings = workspace.settings(f"question-dialogue-{case['id']}")
    problems: dict[str, Any] = {}
    shown: list[str] = []
    with workspace.chat(settings) as session:
        for number, line in enumerate(case["lines"]):
            before = _draft(session)
            started = time.perf_counter()
            reply = send(session, line)
            latencies.append((time.perf_counter() - started) * 1000)
            shown.append(_shown(reply))
            problems.update(_turn_problems(workspace, case, number, before, _draft(session), reply))
        final = _draft(session) or {}
    wrong_fields = {k: {"expected": v, "got": final.get(k)} for k, v in case.get("draft", {}).items() if final.get(k) != v}
    if wrong_fields:
        problems["draft fields"] = wrong_fields
    everything = "\n".join(shown).lower()
    unsaid = [p for p in case.get("must_say", []) if p.lower() not in everything]
    if unsaid:
        problems["not said"] = unsaid
    said = [p for p in case.get("must_not_say", []) if p.lower() in everything]
    if said:
        problems["said but must not"] = said
    for line, phrases in case.get("reply_must_say", {}).items():
        reply = shown[int(line)].lower() if int(line) < len(shown) else ""
        missing = [p for p in phrases if p.lower() not in reply]
        if missing:
            problems[f"reply {line} does not say"] = missing
    return problems, len(case["lines"])
