"""A model's answer checked sentence by sentence against what it cites (assistant/retrieval/support.py): figures it
states must be in the cited text, and it must say what the cited text says (quoted, restated, or close in meaning
with the bundled model); the rest is dropped and the person told."""

from __future__ import annotations

from assistant.retrieval.support import check_support, cited_material, figures, judge_sentence, split_answer

LINKS = "One IPP complaint can hold up to 300 links to infringing listings (300 listings per complaint), and all of them must rest on the same single IP right."
COUNTER = "After an IPP complaint reaches a seller on AliExpress, the seller has 3 business days from receiving it to file a first counter-notice."
SEARCH_ANSWER = f"{LINKS[:-1]} [1]. {COUNTER[:-1]} [2]."


def test_the_answer_splits_into_sentences_that_join_back():
    text = "Hello! One complaint holds 300 links [1]. Sellers have 3 days. [2] Also:\n- item one [1]\n- item two\n\nDone."
    pieces = split_answer(text)
    assert "".join(pieces) == text
    assert "Sellers have 3 days. [2] " in pieces and "- item one [1]\n" in pieces


def test_figures_are_read_in_digits_and_in_words_markers_left_out():
    assert figures("Sellers get three appeals, within 30 days [2].") == {"3", "30"}
    assert figures("up to 1,000 links") == {"1000"}


def test_what_the_search_gave_is_kept_per_number():
    material = cited_material([SEARCH_ANSWER])
    assert material[1] == [LINKS[:-1] + "."] and material[2] == [COUNTER[:-1] + "."]


def test_a_recorded_model_answer_loses_its_wrong_figure_and_its_made_up_sentence():
    written = (
        "Here is what the guide says.\n"
        "A single complaint may list up to 300 infringing listings, all based on one IP right [1]. "
        "The seller then has 5 business days to file a counter-notice [2]. "
        "Good Faith accounts pay a lower fee for each complaint [1]. "
        "Once a seller receives the complaint, it has 3 business days for its first counter-notice [2]."
    )
    report = check_support(written, cited_material([SEARCH_ANSWER]))
    kept, dropped = report.text, report.dropped
    assert "300 infringing listings" in kept and "3 business days for its first counter-notice" in kept
    assert "5 business days" not in kept and "lower fee" not in kept
    assert [d.reason for d in dropped] == ["it states 5, which its source does not", dropped[1].reason]
    assert dropped[1].reason.startswith("its source does not say this")
    assert kept.startswith("Here is what the guide says.")  # sentences without a marker are left alone
    assert kept.endswith("(2 sentences of this answer left out: the sources they cited do not say those.)")


def test_a_sentence_citing_a_number_the_search_did_not_give_is_dropped():
    report = check_support("It is sunny in Paris [7].", cited_material([SEARCH_ANSWER]))
    assert "sunny" not in report.text and report.dropped[0].reason == "it cites no source the search returned"


def test_a_short_restatement_in_the_sources_words_and_a_quote_are_kept():
    assert judge_sentence("Up to 300 links [1].", [LINKS]) == (True, "")
    assert judge_sentence(COUNTER, [COUNTER]) == (True, "")


def test_one_supporting_source_is_enough_for_a_sentence_citing_two():
    report = check_support("Sellers have 3 business days to file a first counter-notice [1][2].", cited_material([SEARCH_ANSWER]))
    assert not report.dropped and "3 business days" in report.text
