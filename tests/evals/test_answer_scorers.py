"""Fact coverage and citation validity: a right answer scores higher than a wrong one, and every dishonest [n] is caught."""

from __future__ import annotations

from evals.scorers.answers import SourcePassage, check_citations, cited_sentences, fact_coverage, passage_holds

LIMITS = SourcePassage(
    "knowledge/complaints.md",
    "How many links can one complaint hold?",
    "One IPP complaint can hold up to 300 links. All of them must rest on the same single IP right.",
)
REVIEW = SourcePassage("knowledge/ipr-submission.md", "Review time", "IPR review normally takes 3–5 business days.")
CITATIONS = [
    {"n": 1, "source": LIMITS.source, "section": LIMITS.section},
    {"n": 2, "source": REVIEW.source, "section": REVIEW.section},
]
FACTS = ["300 links", "same single IP right"]


def test_fact_coverage_is_loose_about_case_spacing_and_typography():
    found = fact_coverage("It can hold up to 300\nLinks, all on the SAME single IP right.", FACTS)
    assert found.found == FACTS and found.share == 1.0
    assert fact_coverage("Review takes 3-5 business days", ["3–5 business days"]).share == 1.0


def test_a_wrong_answer_covers_fewer_facts_than_the_right_one():
    right = fact_coverage("One complaint holds up to 300 links, all on the same single IP right [1].", FACTS)
    wrong = fact_coverage("One complaint holds up to 50 links [1].", FACTS)
    assert wrong.share < right.share
    assert wrong.missing == FACTS


def test_cited_sentences_keep_the_numbers_and_drop_the_markers():
    sentences = cited_sentences("Up to 300 links [1]. Review takes days [2][1]. No marker here.")
    assert [(s.text, s.numbers) for s in sentences] == [("Up to 300 links.", (1,)), ("Review takes days.", (2, 1))]


def test_a_quoted_sentence_citing_its_retrieved_passage_is_valid():
    verdicts = check_citations("One IPP complaint can hold up to 300 links [1].", CITATIONS, [LIMITS, REVIEW], FACTS)
    assert [v.valid for v in verdicts] == [True]


def test_citing_the_wrong_passage_is_invalid():
    verdicts = check_citations("One IPP complaint can hold up to 300 links [2].", CITATIONS, [LIMITS, REVIEW], FACTS)
    assert [v.valid for v in verdicts] == [False]
    assert "does not say this" in verdicts[0].reason


def test_citing_a_passage_that_was_not_retrieved_is_invalid():
    verdicts = check_citations("One IPP complaint can hold up to 300 links [1].", CITATIONS, [REVIEW], FACTS)
    assert not verdicts[0].valid and "not retrieved" in verdicts[0].reason


def test_a_marker_without_a_citation_is_invalid():
    verdicts = check_citations("One IPP complaint can hold up to 300 links [3].", CITATIONS, [LIMITS], FACTS)
    assert not verdicts[0].valid and "names no source" in verdicts[0].reason


def test_a_paraphrase_holds_when_its_facts_are_in_the_passage_and_fails_with_a_wrong_figure():
    assert passage_holds(LIMITS.text, "A single complaint may hold up to 300 links, all on the same single IP right.", FACTS)
    assert not passage_holds(LIMITS.text, "A single complaint may hold up to 500 links, all on the same single IP right.", FACTS)
    assert not passage_holds(LIMITS.text, "Sellers get three appeals in total on cross-border sites.", FACTS)


def test_a_wrong_answer_scores_lower_citation_validity_than_the_right_one():
    right = check_citations(
        "One IPP complaint can hold up to 300 links [1]. IPR review normally takes 3–5 business days [2].",
        CITATIONS, [LIMITS, REVIEW], FACTS,
    )
    wrong = check_citations(
        "One IPP complaint can hold up to 300 links [2]. Sellers may appeal five times [1].", CITATIONS, [LIMITS, REVIEW], FACTS
    )
    share = lambda verdicts: sum(v.valid for v in verdicts) / len(verdicts)  # noqa: E731
    assert share(right) == 1.0
    assert share(wrong) < share(right)


def test_citation_support_judges_each_cited_sentence_by_the_passage_it_cites():
    from evals.scorers.answers import citation_support

    passages = [
        SourcePassage("knowledge/complaints.md", "Links", "One complaint can hold up to 300 links."),
        SourcePassage("knowledge/timelines.md", "Appeals", "Sellers may appeal three times."),
    ]
    citations = [
        {"n": 1, "source": "knowledge/complaints.md", "section": "Links"},
        {"n": 2, "source": "knowledge/timelines.md", "section": "Appeals"},
    ]
    # The second sentence's marker resolves to a retrieved passage, but that passage does not say it.
    answer = "One complaint can hold up to 300 links [1]. One complaint can hold up to 300 links and costs nothing [2]."
    verdicts = citation_support(answer, citations, passages)
    assert [v.supported for v in verdicts] == [True, False]
    assert [v.supported for v in citation_support("Sellers may appeal three times [1][2].", citations, passages)] == [True]
    assert citation_support("It is sunny [3].", citations, passages)[0].supported is False


TAOBAO = {"n": 1, "source": "knowledge/timelines.md", "section": "Seller appeals > Taobao"}
GENERAL = {"n": 2, "source": "knowledge/timelines.md", "section": "Seller counter-notice"}
TEMU = {"n": 3, "source": "knowledge/other-marketplaces.md", "section": "Temu"}


def test_an_answer_about_one_site_must_not_give_another_sites_rule():
    from evals.scorers.answers import expectation_problems

    question = {"keeps_to_site": "miravia"}
    wrong = "On Taobao a seller has 2 appeal chances [1]. After a seller appeals, the complainant has 3 working days to respond [1]."
    problems = expectation_problems(wrong, [TAOBAO["source"]], question, [TAOBAO])
    assert len(problems) == 2 and all("another site's rule for miravia" in p for p in problems)
    right = (
        "Nothing specific to Miravia was found. After an IPP complaint reaches a seller on AliExpress, Alibaba.com, Taobao "
        "or another Alibaba site, the seller has 3 business days to file a first counter-notice [2]. "
        "The only published comparison is Taobao, where the complainant has 3 working days [1]."
    )
    assert expectation_problems(right, [GENERAL["source"]], question, [TAOBAO, GENERAL]) == []


def test_an_answer_about_a_marketplace_outside_alibaba_must_not_give_ipps_rules():
    from evals.scorers.answers import expectation_problems

    question = {"keeps_to_site": "temu"}
    answer = "Temu takes IP complaints through its IP Portal [3]. A third-party guide says processing takes under 3 days [2]."
    problems = expectation_problems(answer, ["knowledge/other-marketplaces.md", "knowledge/timelines.md"], question, [GENERAL, TEMU])
    assert problems == ["gives another site's rule for temu: 'A third-party guide says processing takes under 3 days.'"]


def test_a_phrase_said_twice_is_caught_when_it_must_be_said_once():
    from evals.scorers.answers import expectation_problems

    question = {"say_once": ["3 working days to respond"]}
    twice = "A complainant has 3 working days to respond [1]. After a seller appeals, the complainant has 3 working days to respond [1]."
    assert expectation_problems(twice, [], question) == ["says '3 working days to respond' more than once"]
    assert expectation_problems("A complainant has 3 working days to respond [1].", [], question) == []


def test_citation_support_fails_a_sentence_citing_a_page_that_does_not_hold_it():
    """The passage says the sentence, but the page the citation links to is another of the section's sources: a reader
    who follows it to check the sentence finds a different page (the case's cites_for names the right one)."""
    from evals.scorers.answers import citation_support, expectation_problems

    passage = SourcePassage(
        "knowledge/complaints.md", "Links", "Up to 300 links per complaint. The online form takes at most 10 links per notice."
    )
    cites_for = [{"says": "at most 10 links", "urls": ["https://guide.example/webform"]}]
    answer = "The online form takes at most 10 links per notice [1]."
    wrong = [{"n": 1, "source": "knowledge/complaints.md", "section": "Links", "url": "https://association.example/300"}]
    right = [{"n": 1, "source": "knowledge/complaints.md", "section": "Links", "url": "https://guide.example/webform"}]
    assert [s.supported for s in citation_support(answer, wrong, [passage], (), cites_for)] == [False]
    assert [s.supported for s in citation_support(answer, right, [passage], (), cites_for)] == [True]
    question = {"cites_for": cites_for}
    assert expectation_problems(answer, ["knowledge/complaints.md"], question, wrong)
    assert not expectation_problems(answer, ["knowledge/complaints.md"], question, right)
    # Two pages cited where the sentence rests on one of them: the other does not hold it.
    both = right + [{"n": 2, "source": "knowledge/complaints.md", "section": "Links", "url": "https://association.example/300"}]
    assert [s.supported for s in citation_support(answer.replace("[1]", "[1][2]"), both, [passage], (), cites_for)] == [False]
