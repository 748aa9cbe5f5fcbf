"""The answers suite reads every question set into its split, and keeps the frozen sets' cases unprinted."""

from evals.suites import answers


def test_every_question_set_lands_in_its_split():
    questions = answers.answer_questions()
    splits = {answers.split_of(q) for q in questions}
    assert {"development", "blind", "blind2"} <= splits
    second = [q for q in questions if answers.split_of(q) == "blind2"]
    assert len(second) == 85 and all(q["id"].startswith("b2q") for q in second)
    # The first frozen set is not confused with the second.
    assert all(not q["id"].startswith("b2q") for q in questions if answers.split_of(q) == "blind")


def test_the_second_frozen_set_is_outside_the_overall_figures_and_unprinted():
    assert "blind2" in answers.SPLITS and "blind2" not in answers.OVERALL
    assert {"blind", "blind2"} <= set(answers.UNPRINTED)  # both frozen sets: failures counted, not listed
