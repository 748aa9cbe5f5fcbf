"""Yes/no questions on whether a right can be used lead with the sentence that says whether
(assistant/retrieval/eligibility.py), before the documents checklist or anything else."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.retrieval.answer import answer_question
from assistant.retrieval.eligibility import (
    answering_sentence,
    answers_another_question,
    answers_eligibility,
    asked_eligibility,
    predicate_query,
)

TERRITORY = (
    "Taobao, Tmall and 1688 face the Chinese market and need rights that are valid in China, such as a Chinese registration."
)
ABROAD = "AliExpress and Alibaba.com accept registrations from other countries, although a Chinese registration helps."
CHECKLIST = "Upload the trademark certificate in colour, with every page that lists the classes."


@dataclass
class Sentence:
    text: str
    score: float


@pytest.mark.parametrize(
    ("question", "standing", "sites"),
    [
        ("Will AliExpress take our trademark registered in Japan?", {"foreign"}, {"aliexpress"}),
        ("our mark is still pending at the office - can we report 1688 sellers already?", {"pending"}, {"1688"}),
        ("the trademark expired in May, is it still usable for Tmall complaints?", {"expired"}, {"tmall"}),
        ("我们只有日本注册的商标，淘宝投诉能用吗？", {"foreign"}, {"taobao"}),
    ],
)
def test_an_eligibility_question_is_read_with_its_standing_and_site(question, standing, sites):
    from assistant.retrieval.query_language import read_question

    reading = read_question(question)
    asked = asked_eligibility(question, reading.english if reading.translated else question)
    assert asked is not None and set(asked.standing) == standing and set(asked.sites) == sites


@pytest.mark.parametrize(
    "question",
    [
        "What documents does a trademark complaint need?",  # not a yes/no question
        "Can we put shop links and product links in one complaint?",  # yes/no, but not about how a right stands
        "Does our Chinese trademark work for Taobao?",  # registered where the site needs it: nothing to ask
    ],
)
def test_other_questions_are_not_eligibility_questions(question):
    assert asked_eligibility(question) is None


def test_the_sentence_that_answers_names_the_site_and_the_standing():
    asked = asked_eligibility("Does AliExpress accept a trademark registered only in the EU?")
    assert answers_eligibility(ABROAD, asked) == 1
    assert answers_eligibility(TERRITORY, asked) == 0  # a rule for other sites
    assert answers_eligibility(CHECKLIST, asked) == 0  # says nothing of whether the right is accepted
    chosen = answering_sentence([Sentence(CHECKLIST, 1.0), Sentence(TERRITORY, 0.9), Sentence(ABROAD, 0.7)], asked)
    assert chosen.text == ABROAD


def test_a_stray_sentence_far_below_the_best_does_not_lead():
    asked = asked_eligibility("Does AliExpress accept a trademark registered only in the EU?")
    assert answering_sentence([Sentence(CHECKLIST, 1.0), Sentence(ABROAD, 0.2)], asked) is None


def test_the_predicate_is_searched_in_the_corpus_words():
    asked = asked_eligibility("is a trademark registered in Korea enough for Lazada?")
    assert "Lazada" in predicate_query(asked, "Lazada") and "other countries" in predicate_query(asked)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is our trademark, registered in Japan only, accepted for AliExpress complaints?", "AliExpress and Alibaba.com accept"),
        ("We have a Korean trademark and no Chinese one. Can we use it against Tmall sellers?", "valid in China"),
    ],
)
def test_the_answer_leads_with_the_sentence_that_says_whether(corpus_index, question, lead):
    answer = answer_question(corpus_index, question)
    first = answer.answer.split("\n", 1)[0].split(". ", 1)[0]
    assert lead.lower() in first.lower(), answer.answer
    assert "[1]" in answer.answer.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("question", "reading", "standing", "sites", "kind"),
    [
        ("¿puedo presentar una queja en Miravia con una marca registrada en la EUIPO?", "can file complaint Miravia registered trademark EU registration?", {"foreign"}, {"miravia"}, "trademark"),
        ("Unsere Marke ist nur als Unionsmarke eingetragen. Können wir damit auf Miravia melden?", "trademark EU trademark registered can Miravia report?", {"foreign"}, {"miravia"}, "trademark"),
        ("我们的产品图片被1688商家盗用，没有版权登记证书，可以投诉吗", "product photos 1688 seller image theft, unregistered copyright certificate, can complaint", {"pending"}, {"1688"}, "copyright"),
    ],
)
def test_an_eligibility_question_in_another_language_is_read_from_its_own_words(question, reading, standing, sites, kind):
    asked = asked_eligibility(question, reading)
    assert asked is not None and set(asked.standing) == standing and set(asked.sites) == sites and asked.kind == kind


TRADEMARK_APPLICATION = (
    'Whether a Chinese "Notice of Acceptance" of a trademark application can support a complaint is asked in the FAQ, but '
    "the official answer was not visible; a third-party guide says pending or unregistered applications cannot be used."
)
UNREGISTERED_COPYRIGHT = "IPP also accepts copyrights that were never registered, through a Copyright Claim Statement."


def test_a_rule_for_another_kind_of_right_does_not_answer_and_is_left_out():
    copyright_question = asked_eligibility("our photos were never registered, can we report the copyright theft on 1688?")
    assert copyright_question is not None and copyright_question.kind == "copyright"
    assert answers_eligibility(TRADEMARK_APPLICATION, copyright_question) == 0
    assert answers_eligibility(UNREGISTERED_COPYRIGHT, copyright_question) == 1
    assert answers_another_question(TRADEMARK_APPLICATION, copyright_question)
    eu_mark = asked_eligibility("can we file on Miravia with our EU trademark?")
    assert answers_another_question(TRADEMARK_APPLICATION, eu_mark)  # a pending application is not an EU registration
    assert not answers_another_question(ABROAD, eu_mark)
