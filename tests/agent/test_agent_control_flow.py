"""Control flow of the model-driven agent, with a scripted chat model: tool routing, the confirmation step
(approve / reject), tool-call and model-call limits, and the fallback to the guided mode when the model fails."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, ToolMessage

from assistant.agent.session import ChatSession
from assistant.agent.tools import READ_ONLY_TOOLS, STATE_CHANGING_TOOLS
from assistant.config import load_settings
from integrations.bootstrap import build_services, open_conversations, override
from integrations.llm.agent import MODEL_CALLS_PER_TURN, TOOL_CALLS_PER_TURN, ModelResponder
from tests.fakes.chat_driver import open_complaints
from tests.fakes.scripted_model import ScriptedChatModel, tool_call

AE = "https://www.aliexpress.com/item/1005001234567890.html"
DRAFT = {
    "site": "aliexpress", "reason": "counterfeit_features", "role": "rights_holder", "complainant_name": "Acme Sports Inc.",
    "complainant_type": "company", "right_name": "ACME", "registration_number": "12345678", "right_approved": True, "links": [AE],
    "evidence": [{"kind": "comparison_document", "file": "comparison.pdf"}],
}


@pytest.fixture
def session_with(corpus_index, tmp_path):
    def make(script, **kwargs) -> tuple[ChatSession, ScriptedChatModel]:
        settings = load_settings()
        services, _ = build_services(settings, packages_dir=tmp_path / "packages")
        model = ScriptedChatModel(script)
        conversations = open_conversations(settings)
        return ChatSession.open(services, conversations, model=ModelResponder(model, retries=0), **kwargs), model

    with override(index=corpus_index):
        yield make


def saved_complaints():
    service = open_complaints()
    try:
        return service.list()
    finally:
        service.store.close()


def test_every_tool_is_offered_to_the_model_and_the_lists_do_not_overlap(session_with):
    session, model = session_with(["Hello."])
    session.send("hi")
    names = {spec.name for spec in READ_ONLY_TOOLS} | {spec.name for spec in STATE_CHANGING_TOOLS}
    assert set(model.bound_tools) == names
    assert not {s.name for s in READ_ONLY_TOOLS} & {s.name for s in STATE_CHANGING_TOOLS}


def test_a_read_only_tool_runs_and_its_citations_are_kept(session_with):
    session, model = session_with([tool_call("search_guide", {"question": "How many links can one complaint hold?"}), "At most 300 [1]."])
    reply = session.send("How many links can one complaint hold?")
    assert [c.name for c in reply.tool_calls] == ["search_guide"]
    assert reply.grounded is True and "[1]" in reply.text
    tool_message = [m for m in model.requests[1] if isinstance(m, ToolMessage)][0]
    assert "UNTRUSTED RETRIEVED GUIDE PASSAGES" in tool_message.content  # passages reach the model fenced as data


def test_a_citation_that_resolves_to_nothing_is_removed_and_the_answer_marked(session_with):
    session, _ = session_with([tool_call("search_guide", {"question": "What is the weather in Paris?"}), "It is sunny [7]."])
    reply = session.send("What is the weather in Paris?")
    assert "[7]" not in reply.text and reply.grounded is False
    assert "unverified" in reply.text


def test_a_state_changing_call_waits_for_yes_then_runs(session_with):
    session, _ = session_with([tool_call("start_complaint_draft", DRAFT), "Shall I save it? Please answer yes or no."])
    reply = session.send("save the complaint")
    assert reply.pending is not None and "Save a new complaint draft" in reply.pending.summary
    assert saved_complaints() == []  # nothing happened yet
    done = session.send("yes")
    assert "Saved as complaint draft" in done.text
    assert len(saved_complaints()) == 1
    assert session.state.decisions[-1].approved is True
    # The model is told the outcome on its next turn.
    assert "(Confirmation) The person approved" in session.state.model_messages[-1]["data"]["content"]


def test_a_rejected_change_is_recorded_and_nothing_happens(session_with):
    session, model = session_with([tool_call("export_filing_package", {"out_dir": "pkg"}), "Export? yes or no.", "Understood."])
    session.send("export it")
    reply = session.send("no")
    assert "nothing was changed" in reply.text.lower()
    assert session.state.decisions[-1].approved is False and session.state.pending is None
    assert saved_complaints() == []
    session.send("ok")
    assert "rejected" in model.requests[-1][-2].content


def test_tool_call_limit_stops_a_looping_model(session_with):
    loop = [tool_call("complaints_due", {"days": 7}, call_id=f"c{i}") for i in range(TOOL_CALLS_PER_TURN + 3)]
    session, model = session_with([*loop, "done"])
    reply = session.send("what is due?")
    ran = [c for c in reply.tool_calls if c.name == "complaints_due"]
    assert len(model.requests) <= TOOL_CALLS_PER_TURN + 1
    assert len(ran) >= 1


def test_model_call_limit_ends_the_turn(session_with):
    loop = [tool_call("complaints_due", {"days": 1}, call_id=f"c{i}") for i in range(MODEL_CALLS_PER_TURN + 4)]
    session, model = session_with(loop)
    session.send("loop forever")
    assert len(model.requests) == MODEL_CALLS_PER_TURN


def test_model_failure_falls_back_to_guided_mode_once_and_loses_nothing(session_with):
    session, model = session_with([ConnectionError("connection refused")])
    first = session.send("We found counterfeit ACME shoes on AliExpress")
    assert first.mode == "guided" and any("cannot be reached" in n for n in first.notices)
    assert session.state.draft.site.value == "aliexpress"  # the message that met the failure was not lost
    second = session.send("We are the rights holder, Acme Sports Inc.")
    assert not second.notices and second.mode == "guided"
    assert len(model.requests) == 1  # no second attempt in the same session
    assert [m.role for m in session.state.history].count("user") == 2


def test_invalid_arguments_for_a_state_changing_tool_propose_nothing(session_with):
    session, _ = session_with([tool_call("record_status_update", {"complaint_id": "1"}), "Sorry."])
    reply = session.send("mark it")
    assert reply.pending is None and session.state.pending is None


def test_two_changes_in_one_turn_are_confirmed_together(session_with):
    both = AIMessage(content="", tool_calls=[
        {"name": "start_complaint_draft", "args": DRAFT, "id": "a", "type": "tool_call"},
        {"name": "export_filing_package", "args": {}, "id": "b", "type": "tool_call"},
    ])
    session, _ = session_with([both, "Save and export? yes or no."])
    reply = session.send("save and export")
    assert [c.name for c in reply.pending.calls] == ["start_complaint_draft", "export_filing_package"]
    done = session.send("yes")
    assert "Saved as complaint draft" in done.text and "Filing package written" in done.text
