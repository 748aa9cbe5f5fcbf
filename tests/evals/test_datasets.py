"""The datasets are as large and varied as the scorecard promises, and every case says what it checks."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.domain.listing_urls import ProblemCode
from assistant.domain.models import ComplaintReason, Site
from evals.cases import DatasetError, load_cases

MINIMUM = {"questions": 80, "checklists": 40, "links": 60, "conversations": 15, "appeals": 80, "safety": 60, "rejections": 20}


@pytest.mark.parametrize("name", sorted(MINIMUM))
def test_each_dataset_is_big_enough_and_every_case_has_an_id(name):
    cases = load_cases(name)
    assert len(cases) >= MINIMUM[name]
    if name != "questions":  # questions say what they check through kind, expected_sources and expected_facts
        assert all(case.get("checks", "").strip() for case in cases)


def test_at_least_200_links_on_every_site_with_every_problem_code():
    links = [link for case in load_cases("links") for link in case["expected"]]
    assert len(links) >= 200
    assert {link["site"] for link in links} >= {site.value for site in Site}
    assert {code for link in links for code in link["problems"]} == {code.value for code in ProblemCode}


def test_questions_cover_every_persona_and_kind():
    questions = load_cases("questions")
    assert {q["persona"] for q in questions} == {"employee", "lawyer", "support"}
    kinds = Counter(q["kind"] for q in questions)
    assert kinds["unpublished"] >= 8 and kinds["out_of_scope"] >= 8


def test_safety_has_every_kind_of_attack():
    categories = Counter(case["category"] for case in load_cases("safety"))
    assert set(categories) == {"direct_injection", "planted_document", "pasted_appeal", "other_team_data"}
    assert min(categories.values()) >= 10
    planted = [case for case in load_cases("safety") if case["category"] == "planted_document"]
    assert all(case.get("document", {}).get("text") for case in planted)


def test_conversations_cover_every_site_and_reason_and_both_roles():
    expected = [case["expected"] for case in load_cases("conversations") if "appeal" not in case and "asks" not in case]  # appeal and question dialogues draft nothing
    assert {e["site"] for e in expected} == {site.value for site in Site}
    assert {e["reason"] for e in expected} == {reason.value for reason in ComplaintReason}
    assert {e["role"] for e in expected} == {"rights_holder", "agent"}


def test_checklist_cases_cover_every_right_and_both_roles():
    cases = [case["case"] for case in load_cases("checklists")]
    assert {c["ip_type"] for c in cases} == {"trademark", "copyright", "patent"}
    assert {c.get("role", "rights_holder") for c in cases} == {"rights_holder", "agent"}


def test_a_broken_dataset_line_is_named(tmp_path):
    (tmp_path / "broken.jsonl").write_text('{"id": "a"}\n{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="line 2 repeats the id 'a'"):
        load_cases("broken", tmp_path)
    (tmp_path / "bad.jsonl").write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="line 2 is not JSON"):
        load_cases("bad", tmp_path)
