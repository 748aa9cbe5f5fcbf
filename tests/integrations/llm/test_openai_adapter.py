"""The OpenAI-compatible adapter against recorded HTTP (cassettes/ beside this file, recorded from a real server).

Replay is strict: record mode 'none' unless --record-mode is given, no interaction may be played twice, and
every recorded interaction must be played (a cassette that is not used up fails the test). Authorization headers
are filtered out. README.md ("Re-recording the model cassettes") says how to record them again.
"""

from __future__ import annotations

import os

import pytest
from langchain.agents.middleware import AgentMiddleware

from assistant.agent.guards import UNGROUNDED_MARK, check_citations
from assistant.agent.session import ChatSession
from assistant.config import load_settings
from integrations.bootstrap import build_services, open_conversations, override
from integrations.llm.agent import ModelResponder
from integrations.llm.factory import build_chat_model

# What the cassettes were recorded with; any base URL works on replay (vcrpy matches on method and path, in order).
RECORDED_MODEL = os.environ.get("IPR_MODEL", "openai-compatible:smollm2-135m")
RECORDED_BASE_URL = os.environ.get("IPR_OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": ["authorization", "openai-organization", "openai-project", "cookie", "set-cookie"],
        "allow_playback_repeats": False,
        # Replayed in recorded order; bodies are not compared, so editing a field description does not orphan a cassette.
        "match_on": ["method", "path"],
        "decode_compressed_response": True,
    }


@pytest.fixture(autouse=True)
def _all_played(vcr):
    yield
    if vcr is not None and vcr.record_mode == "none":
        assert vcr.all_played, f"{len(vcr.data) - vcr.play_count} recorded interaction(s) were not replayed"


class ForceTool(AgentMiddleware):
    """Forces the first model call of each turn to call one tool (a 135M model rarely chooses one on 'auto')."""

    def __init__(self, name: str):
        super().__init__()
        self.tool_name = name

    def wrap_model_call(self, request, handler):
        if not any(getattr(m, "type", "") == "tool" for m in request.messages[-1:]):
            request = request.override(tool_choice=self.tool_name)
        return handler(request)


@pytest.fixture
def offline_index(corpus_index):
    with override(index=corpus_index):
        yield corpus_index


@pytest.fixture
def session_for(corpus_index, tmp_path):
    def make(*middleware, tools: set[str] | None = None) -> ChatSession:
        settings = load_settings(model=RECORDED_MODEL, openai_base_url=RECORDED_BASE_URL)
        services, _ = build_services(settings, packages_dir=tmp_path / "packages")
        responder = ModelResponder(build_chat_model(settings), retries=0, extra_middleware=list(middleware), tool_names=tools)
        return ChatSession.open(services, open_conversations(settings), model=responder)

    with override(index=corpus_index):
        yield make


@pytest.mark.vcr
def test_plain_reply_from_the_model(session_for):
    session = session_for()
    reply = session.send("Hello! In one sentence, what can you help me with?")
    assert reply.mode == "model" and reply.text.strip()
    assert session.model.last_model_calls == 1
    assert session.state.model_messages[-1]["type"] == "ai"


@pytest.mark.vcr
def test_streamed_reply_delivers_tokens(session_for):
    session = session_for()
    tokens: list[str] = []
    reply = session.send("Say hello to the brand protection team.", on_token=tokens.append)
    assert tokens and "".join(tokens).strip()
    assert reply.mode == "model"


@pytest.mark.vcr
def test_forced_search_guide_call_runs_the_tool_and_cites(session_for):
    # The 135M model's 8,192-token window holds only a few tool schemas.
    session = session_for(ForceTool("search_guide"), tools={"search_guide", "check_listing_urls", "complaints_due"})
    reply = session.send("How many listing links can one complaint on AliExpress contain?")
    assert reply.mode == "model", reply.notices
    assert [c.name for c in reply.tool_calls][:1] == ["search_guide"]
    answers = [s for s in reply.sections if s.kind == "answer"]
    assert answers
    # Whatever the small model wrote, every [n] left in the reply resolves to a retrieved citation, or it is marked.
    available = {c["n"] for c in answers[0].data["citations"]}
    check = check_citations(reply.text, available)
    assert not check.unresolved
    assert reply.grounded is bool(check.cited)
    if not check.cited:
        assert UNGROUNDED_MARK in reply.text
    assert session.model.last_model_calls == 2


@pytest.mark.vcr
def test_forced_state_changing_call_is_held_for_confirmation(session_for):
    session = session_for(ForceTool("record_status_update"), tools={"search_guide", "record_status_update", "complaints_due"})
    reply = session.send("Record complaint 7 as filed, please.")
    assert reply.pending is not None
    assert reply.pending.calls[0].name == "record_status_update"
    assert session.state.pending is not None  # nothing ran: it waits for a yes


@pytest.mark.usefixtures("offline_index")
def test_unreachable_server_falls_back_to_guided_mode(tmp_path):
    settings = load_settings(model="openai-compatible:none", openai_base_url="http://127.0.0.1:9/v1", model_timeout_seconds=2)
    services, _ = build_services(settings, packages_dir=tmp_path / "packages")
    session = ChatSession.open(
        services, open_conversations(settings), model=ModelResponder(build_chat_model(settings), retries=0)
    )
    reply = session.send("We found counterfeit ACME shoes on AliExpress")
    assert reply.mode == "guided" and any("cannot be reached" in n for n in reply.notices)
    assert session.state.draft.site is not None
