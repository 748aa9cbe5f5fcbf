"""After a triage, 'what should we do now?' or a question about the seller's threat ('they threaten to sue us, what
should we do now?') says plainly what to do about the threat first: tell legal, never answer it in the reply to the
platform, keep the reply to the evidence; then the triage's steps."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.agent.guided.appeal import answer_next_steps
from assistant.agent.reply import Reply
from assistant.agent.state import ConversationState
from assistant.domain.appeals.person_lines import asks_about_threat

THREAT = ("The seller threatens legal action against us (to sue us) (its words are quoted below). A point for our legal team; it is no "
          "ground, and the reply to the platform does not argue it.")


def _after_triage(threat: str | None) -> SimpleNamespace:
    advice = {"label": "Answer with counter-evidence", "reason": "The seller attached no invoice.", "steps": ["Send the draft reply."]}
    last = {"complaint": 1, "known_as": "complaint 1 (HALD-2026-041)", "advice": advice, "deadline": "", "threat": threat}
    return SimpleNamespace(state=ConversationState(last_triage=last))


@pytest.mark.parametrize("question", [
    "they threaten to sue us, what should we do now?",
    "what about their threat?",
    "the seller says it will take us to court, should we worry?",
    "do we answer the defamation threat in our reply?",
    "¿qué hacemos con la amenaza de demanda?",
])
def test_a_question_about_the_threat_is_answered_with_what_to_do(question):
    assert asks_about_threat(question), question
    reply = Reply()
    assert answer_next_steps(_after_triage(THREAT), reply, question)
    said = reply.text
    assert "tell our legal team" in said and "Do not answer the threat in the reply to the platform" in said
    assert "keeps to the evidence" in said
    assert said.index("tell our legal team") < said.index("Answer with counter-evidence")  # said first, before the steps


def test_what_should_we_do_now_names_the_threat_the_triage_read():
    reply = Reply()
    assert answer_next_steps(_after_triage(THREAT), reply, "what should we do now?")
    assert "tell our legal team" in reply.text and "threatens legal action" in reply.text


def test_a_threat_the_person_reports_but_the_triage_did_not_read_is_still_for_legal():
    reply = Reply()
    assert answer_next_steps(_after_triage(None), reply, "they threaten to sue us, what should we do now?")
    assert "tell our legal team" in reply.text and "did not read a threat" in reply.text


def test_without_a_threat_the_steps_alone_are_said():
    reply = Reply()
    assert answer_next_steps(_after_triage(None), reply, "what should we do now?")
    assert "threat" not in reply.text and "Send the draft reply." in reply.text


@pytest.mark.parametrize("not_about_it", ["what is our deadline?", "draft the reply", "we never signed any agreement with them",
                                          "We will sue you if you do not withdraw the complaint."])
def test_other_lines_are_not_questions_about_the_threat(not_about_it):
    assert not asks_about_threat(not_about_it)
