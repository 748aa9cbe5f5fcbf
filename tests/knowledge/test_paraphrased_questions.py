"""The development questions asked in people's own words (evals/datasets/questions_paraphrased.jsonl) have the shape of
questions.jsonl, point at sections that exist, and expect facts those sections state."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.knowledge.corpus_reader import KNOWLEDGE_DIR, corpus_files
from tests.knowledge.test_questions import CITES_FOR, KEYS, KINDS, OPTIONAL_KEYS, PERSONAS, SITE_KEPT, SITES, WRITTEN

DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "questions_paraphrased.jsonl"
QUESTIONS = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
SECTIONS = {(doc.relative, section.heading_path): section.prose for doc in corpus_files(KNOWLEDGE_DIR) for section in doc.sections}


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def test_the_set_has_in_field_and_out_of_field_questions_with_unique_ids():
    kinds = [q["kind"] for q in QUESTIONS]
    assert kinds.count("in_scope") >= 30 and kinds.count("out_of_scope") >= 15
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)
    assert all(re.fullmatch(r"p\d{3,4}", q["id"]) for q in QUESTIONS)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q["id"])
def test_each_question_has_the_shape_and_its_facts_are_in_its_section(question):
    # Cases added later say when they were written, and may say what the answer must and must not say.
    assert KEYS <= set(question) <= KEYS | OPTIONAL_KEYS | {SITE_KEPT, WRITTEN, CITES_FOR}
    for cited in question.get(CITES_FOR, []):
        assert set(cited) == {"says", "urls"} and cited["says"].strip() and cited["urls"]
        assert all(url.startswith(("http://", "https://")) for url in cited["urls"])
    assert question["persona"] in PERSONAS and question["kind"] in KINDS
    assert all(isinstance(p, str) and p.strip() for key in OPTIONAL_KEYS for p in question.get(key, []))
    assert WRITTEN not in question or re.fullmatch(r"\d{4}-\d{2}-\d{2}", question[WRITTEN])
    assert question["site"] is None or question["site"] in SITES
    if question["kind"] == "out_of_scope":
        assert question["expected_sources"] == [] and question["expected_facts"] == []
        return
    # Each fact is in one of the expected sections (a question may expect facts from two).
    proses = [normalised(SECTIONS[(source["source"], source["section"])]) for source in question["expected_sources"]]
    for fact in question["expected_facts"]:
        assert any(normalised(fact) in prose for prose in proses), fact
