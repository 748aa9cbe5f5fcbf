"""The evaluation questions (evals/datasets/questions.jsonl and the frozen blind/questions-2.jsonl) point at corpus sections
that exist and say what they expect."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.knowledge.corpus_reader import KNOWLEDGE_DIR, corpus_files

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
DATASET = DATASETS / "questions.jsonl"
# Frozen blind questions checked against the corpus here too (their own shape is tests/evals/test_blind_datasets.py's).
BLIND_DATASET = DATASETS / "blind" / "questions-2.jsonl"
KEYS = {"id", "question", "persona", "site", "kind", "expected_sources", "expected_facts"}
# What an answer must say, must not say, or must not cite, beside its facts (scored by the answers suite).
OPTIONAL_KEYS = {"must_say", "must_not_say", "must_not_cite", "must_lead_with", "say_once"}
# The marketplace an answer must keep to (no other site's rule given as its answer), and when a case was written
# (YYYY-MM-DD), for questions added after the answer code they test.
SITE_KEPT, WRITTEN = "keeps_to_site", "written"
# The pages a sentence of the answer must cite: [{"says": phrase of the sentence, "urls": [public addresses]}].
CITES_FOR = "cites_for"
PERSONAS = {"employee", "lawyer", "support"}
KINDS = {"in_scope", "unpublished", "out_of_scope"}
SITES = {"aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia"}
# An "unpublished" question must expect the answer to say so, in words the corpus uses.
UNPUBLISHED_WORDING = re.compile(r"not published|does not publish|not clear|not found", re.I)

QUESTIONS = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
BLIND_QUESTIONS = [json.loads(line) for line in BLIND_DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
SECTIONS = {
    (doc.relative, section.heading_path): section.prose for doc in corpus_files(KNOWLEDGE_DIR) for section in doc.sections
}


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def test_dataset_is_large_and_varied_enough():
    kinds = [q["kind"] for q in QUESTIONS]
    assert len(QUESTIONS) >= 85
    assert kinds.count("unpublished") >= 8
    assert kinds.count("out_of_scope") >= 8
    assert {q["persona"] for q in QUESTIONS} == PERSONAS
    cited_files = {s["source"] for q in QUESTIONS for s in q["expected_sources"]}
    assert cited_files == {doc for doc, _ in SECTIONS}, "every corpus file should be asked about"


def test_ids_and_questions_are_unique():
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)
    assert len({normalised(q["question"]) for q in QUESTIONS}) == len(QUESTIONS)
    assert all(re.fullmatch(r"q\d{3}", q["id"]) for q in QUESTIONS)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_question_has_the_agreed_shape(question):
    assert KEYS <= set(question) <= KEYS | OPTIONAL_KEYS
    assert all(isinstance(p, str) and p.strip() for key in OPTIONAL_KEYS for p in question.get(key, []))
    assert question["question"].strip()
    assert question["persona"] in PERSONAS
    assert question["kind"] in KINDS
    assert question["site"] is None or question["site"] in SITES
    assert all(isinstance(f, str) and f.strip() for f in question["expected_facts"])
    if question["kind"] == "out_of_scope":
        assert question["expected_sources"] == [] and question["expected_facts"] == []
    else:
        assert question["expected_sources"] and question["expected_facts"]
    if question["kind"] == "unpublished":
        assert any(UNPUBLISHED_WORDING.search(f) for f in question["expected_facts"])


@pytest.mark.parametrize("question", [q for q in QUESTIONS + BLIND_QUESTIONS if q["expected_sources"]], ids=lambda q: q["id"])
def test_expected_sections_exist_and_hold_the_expected_facts(question):
    texts = []
    for expected in question["expected_sources"]:
        key = (expected["source"], expected["section"])
        assert key in SECTIONS, f"{question['id']}: no section {expected['section']!r} in {expected['source']}"
        texts.append(normalised(SECTIONS[key]))
    for fact in question["expected_facts"]:
        assert any(normalised(fact) in text for text in texts), f"{question['id']}: {fact!r} is not in the expected sections"


def test_the_blind_questions_ask_about_every_corpus_file_and_say_what_is_unpublished():
    cited_files = {s["source"] for q in BLIND_QUESTIONS for s in q["expected_sources"]}
    assert cited_files == {doc for doc, _ in SECTIONS}
    for question in BLIND_QUESTIONS:
        assert question["site"] is None or question["site"] in SITES, question["id"]
        assert question["persona"] in PERSONAS and question["kind"] in KINDS, question["id"]
        if question["kind"] == "unpublished":
            assert any(UNPUBLISHED_WORDING.search(f) for f in question["expected_facts"]), question["id"]
    assert not {normalised(q["question"]) for q in BLIND_QUESTIONS} & {normalised(q["question"]) for q in QUESTIONS}


def test_a_renamed_heading_would_be_caught():
    renamed = ("knowledge/timelines.md", "Seller appeals > Taobao (renamed)")
    assert renamed not in SECTIONS
    assert ("knowledge/timelines.md", "Seller appeals > Taobao") in SECTIONS
