"""Parity of answers: a general question typed into the guided chat gets the answer `ask --json` gives (the one
answer service): the same sentences, the same citations, the same decline. A question is never read as a record
lookup, a seller's text to triage or a fact of a complaint being drafted; a follow-up naming only another site asks
the previous question again about that site."""

from __future__ import annotations

from typing import Any

import pytest

from evals.parity import documents_outcome
from evals.suites.question_dialogues import answer_outcome
from integrations.bootstrap import override
from tests.parity.test_parity import chat, cli, section  # noqa: F401 - fixtures

# General questions, as people type them (English and Chinese), with and without a question mark.
QUESTIONS = [
    "seller sent counter notice on aliexpress, how long do we have to respond",
    "whats the deadline to reply to a seller counter-notice on aliexpress?",
    "what is the good faith program and how do we qualify",
    "our complaint got rejected on tmall, can we appeal or do we just refile",
    "max number of links per complaint on IPP?",
    "do we need a power of attorney if our law firm files on aliexpress?",
    "whats the VAT on aliexpress orders shipped to the EU",
    "temu counterfeit reporting process?",
    "tell me a joke lol",
    "一次投诉最多可以提交多少个链接",
    "卖家申诉以后，我们有几天时间回复？",
    "天猫投诉被驳回了，可以申诉吗？",
    # Who may file, asked by someone who is not the owner: answered, never the start of a draft.
    "we're the exclusive EU licensee, not the owner. can we file on miravia ourselves or does the owner have to",
    "can a licensee file complaints or only the owner?",
    "does the brand owner have to file or can its licensee do it",
    # The programme asked about, not the team's figures.
    "whats the good faith program, how do we get in, is there a min success rate?",
]

# The same kind of question in the other languages the answer service reads, typed without a question mark: a
# question naming a site is still a question, never the start of a complaint draft.
OTHER_LANGUAGES = [
    "dokumen apa saja yang diperlukan untuk melaporkan barang palsu di Lazada",
    "qué documentos necesito para denunciar falsificaciones en AliExpress",
    "Welche Unterlagen brauchen wir, um Fälschungen bei Lazada zu melden",
    "berapa lama penjual punya waktu untuk menjawab laporan di Lazada",
]

# (question, follow-up, the question the follow-up asks)
FOLLOW_UPS = [
    ("seller sent counter notice on aliexpress, how long do we have to respond", "and for Taobao?",
     "seller sent counter notice on Taobao, how long do we have to respond"),
    ("do we need a power of attorney if our law firm files on aliexpress?", "what about tmall?",
     "do we need a power of attorney if our law firm files on tmall?"),
]


def _asked(cli, corpus_index, question: str) -> dict[str, Any]:  # noqa: F811 - the fixture, passed on
    with override(index=corpus_index):
        return answer_outcome(cli("ask", question, "--json").json())


def _chat_answer(reply) -> dict[str, Any] | None:
    answers = [s.data for s in reply.sections if s.kind == "answer"]
    return answer_outcome(answers[-1]) if answers else None


def test_general_questions_get_asks_answer_in_the_chat(cli, chat, corpus_index):  # noqa: F811
    session = chat()
    for question in QUESTIONS:
        before = session.state.draft.model_dump(mode="json")
        assert _chat_answer(session.send(question)) == _asked(cli, corpus_index, question), question
        assert session.state.draft.model_dump(mode="json") == before, f"the question changed the draft: {question}"


@pytest.mark.parametrize(("first", "follow_up", "asked"), FOLLOW_UPS, ids=["deadline-taobao", "poa-tmall"])
def test_a_follow_up_naming_another_site_asks_the_previous_question_about_it(first, follow_up, asked, cli, chat, corpus_index):  # noqa: F811
    session = chat()
    session.send(first)
    assert _chat_answer(session.send(follow_up)) == _asked(cli, corpus_index, asked)


@pytest.mark.parametrize("question", OTHER_LANGUAGES, ids=["ms-documents", "es-documents", "de-documents", "ms-deadline"])
def test_a_question_in_another_language_read_gets_asks_answer_in_the_chat(question, cli, chat, corpus_index):  # noqa: F811
    # A case question ("which documents") gets the checklist `ask` gives, as in English (test_case_reading_parity.py);
    # any other question, `ask`'s answer.
    session = chat()
    before = session.state.draft.model_dump(mode="json")
    reply = session.send(question)
    with override(index=corpus_index):
        checklist = cli("ask", question, "--json").json()["checklist"]
    if checklist is not None:
        assert documents_outcome(section(reply, "checklist")) == documents_outcome(checklist), question
    else:
        assert _chat_answer(reply) == _asked(cli, corpus_index, question), question
    assert session.state.draft.model_dump(mode="json") == before, f"the question changed the draft: {question}"


def test_a_question_in_another_language_while_drafting_keeps_the_draft(cli, chat, corpus_index):  # noqa: F811
    session = chat()
    session.send("a shop on AliExpress is selling counterfeit copies of our running shoes")
    before = session.state.draft.model_dump(mode="json")
    question = "apa saja dokumen yang dibutuhkan untuk melapor produk palsu di lazada"
    assert _chat_answer(session.send(question)) == _asked(cli, corpus_index, question)
    assert session.state.draft.model_dump(mode="json") == before


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def test_a_case_answer_keeps_its_lines_in_the_chat_as_ask_prints_them(cli, chat, corpus_index):  # noqa: F811
    """A case answer is written in lines ("Read from your question", "Required:", "Not said yet:"): the chat shows them
    as `ask` prints them, never run together into one paragraph."""
    from rich.console import Console

    from integrations.cli.chat_render import render_section

    question = "which papers does our agency need to report counterfeit sneakers on aliexpress"
    with override(index=corpus_index):
        answer = cli("ask", question, "--json").json()["answer"]
        printed_by_ask = _lines(cli("ask", question).stdout)
    assert len(answer.splitlines()) >= 3, answer
    console = Console(record=True, width=200, highlight=False)
    for part in session_answer_sections(chat().send(question)):
        console.print(render_section(part))
    shown_in_chat = _lines(console.export_text())
    for line in answer.splitlines():
        opening = line[:80]
        assert any(shown.startswith(opening) for shown in printed_by_ask), (opening, printed_by_ask)
        assert any(shown.startswith(opening) for shown in shown_in_chat), (opening, shown_in_chat)


def session_answer_sections(reply) -> list:
    return [section for section in reply.sections if section.kind == "answer"]
