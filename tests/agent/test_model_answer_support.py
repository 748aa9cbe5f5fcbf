"""A model's answer is checked sentence by sentence against what the search gave it (a scripted model stands in for a
recorded one): a sentence with a figure its source does not state, or one its source does not say, is dropped and the
person told; the sentences the source supports are kept, with their citations."""

from __future__ import annotations

import re

import pytest

from assistant.config import load_settings
from assistant.agent.session import ChatSession
from assistant.retrieval.answer import answer_question
from integrations.bootstrap import build_services, open_conversations, override
from integrations.llm.agent import ModelResponder
from tests.fakes.scripted_model import ScriptedChatModel, tool_call

QUESTION = "How long does a seller have to file a counter-notice?"


def recorded_answer(n: int) -> str:
    """What a model wrote from the search's answer, citing the counter-notice window's source as [n]."""
    return (
        f"Once a seller receives an IPP complaint, it has 3 business days to file its first counter-notice [{n}]. "
        f"The seller has 10 business days from receiving it to file a first counter-notice [{n}]. "
        f"Complaints filed on weekends are processed first and cost nothing extra [{n}]."
    )


@pytest.fixture
def session(corpus_index, tmp_path):
    searched = answer_question(corpus_index, QUESTION)
    n = next(int(m) for sentence in searched.answer.split("]") if "3 business days" in sentence for m in re.findall(r"\[(\d+)$", sentence))
    settings = load_settings()
    services, _ = build_services(settings, packages_dir=tmp_path / "packages")
    script = [tool_call("search_guide", {"question": QUESTION}), recorded_answer(n)]
    with override(index=corpus_index):
        yield ChatSession.open(services, open_conversations(settings), model=ModelResponder(ScriptedChatModel(script), retries=0)), n


def test_unsupported_sentences_of_a_model_answer_are_dropped_and_the_person_told(session):
    chat, n = session
    reply = chat.send(QUESTION)
    searched = [s.data for s in reply.sections if s.kind == "answer"][0]
    assert "3 business days" in searched["answer"]  # what the model was given
    assert f"it has 3 business days to file its first counter-notice [{n}]." in reply.text
    assert "10 business days" not in reply.text  # the wrong figure
    assert "weekends" not in reply.text  # said by no source
    assert "(2 sentences of this answer left out: the sources they cited do not say those.)" in reply.text
    assert reply.grounded is True
