"""'Asked as:' lines: how people ask for what a section answers. The word search reads them (a field of their own,
weighted below the text) and they are never part of the passage's text, so an answer can never quote them."""

from __future__ import annotations

from assistant.retrieval.chunking import chunk_markdown
from assistant.retrieval.records import embedding_text
from assistant.retrieval.search import passage_fields

DOC = """---
title: Guide
sources:
  - {id: s1, url: "https://example.org/a", title: A, date: undated}
---
# Guide

## Outside firms

A complainant who is not the rights holder needs a power of attorney.

Asked as: can our lawyers report for a client? | what does a law firm acting for a brand need?

Sources: s1
"""


def test_asked_lines_feed_the_search_not_the_text():
    [chunk] = chunk_markdown(DOC, "knowledge/guide.md", default_title="guide")
    assert chunk.questions == ["can our lawyers report for a client?", "what does a law firm acting for a brand need?"]
    assert "Asked as" not in chunk.text and "lawyers" not in chunk.text
    assert "lawyers" not in embedding_text(chunk)  # the passage's vector is its own text's
    assert "lawyer" in passage_fields(chunk)["questions"]  # the word search reads them


def test_the_corpus_asked_questions_never_reach_an_answer(corpus_index):
    from assistant.retrieval.answer import answer_question

    asked = {q for chunk in corpus_index.chunks() for q in chunk.questions}
    assert len(asked) >= 80  # dozens of sections say how people ask for them
    answer = answer_question(corpus_index, "can our lawyers report on behalf of the brand?")
    assert answer.grounded
    assert not any(question.rstrip("?") in answer.answer for question in asked)


def _corpus_sections():
    from tests.knowledge.corpus_reader import KNOWLEDGE_DIR, corpus_files

    return [(doc.relative, section) for doc in corpus_files(KNOWLEDGE_DIR) for section in doc.sections]


def _asked(section) -> list[str]:
    from assistant.retrieval.chunking import take_questions

    return take_questions("\n".join(section.lines))[1]


def test_no_asked_question_is_a_near_copy_of_an_evaluation_question():
    # Like the scope examples (tests/retrieval/test_scope_examples.py): the questions that help find a section are
    # our own, never an evaluation question reworded, or the evaluation would measure its own questions.
    import json
    from pathlib import Path

    import numpy as np

    from assistant.retrieval.embedding import bundled_encoder
    from tests.retrieval.test_scope_examples import NEAR_COPY

    datasets = Path(__file__).resolve().parents[2] / "evals" / "datasets"
    evaluation = [
        json.loads(line)["question"]
        for path in sorted(datasets.rglob("questions*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    asked = [question for _, section in _corpus_sections() for question in _asked(section)]
    assert len(asked) >= 80 and len(evaluation) >= 250
    encoder = bundled_encoder()
    closest = (np.asarray(encoder.encode(asked)) @ np.asarray(encoder.encode(evaluation)).T).max(axis=1)
    assert [q for q, c in zip(asked, closest, strict=True) if c >= NEAR_COPY] == []
    # The check can fail: an evaluation question itself is caught.
    probe = np.asarray(encoder.encode([evaluation[0]])) @ np.asarray(encoder.encode(evaluation)).T
    assert probe.max() >= NEAR_COPY
