"""What a question asks of its subject (predicates.py), which programme a sentence is about (programmes.py) and how
sure a source is (source_basis.py): the pieces the answer uses to lead with a consequence, label another marketplace's
programme and flag a fact resting on public code."""

from __future__ import annotations

import pytest

from assistant.retrieval.answer import Citation
from assistant.retrieval.predicates import (
    CONSEQUENCE,
    FIGURE,
    asked_for,
    asks_duration,
    asks_only_a_time,
    asks_our_reply,
    joins_as_asked,
    leading_said,
    leads,
    on_our_reply,
    says,
    says_duration,
    searched_for,
)
from assistant.retrieval.programmes import labelled, programme_of
from assistant.retrieval.source_basis import CODE_REPOSITORY, PLATFORM, THIRD_PARTY, basis_of, low_confidence_note, shown


@pytest.mark.parametrize(
    "question",
    [
        "What happens if too many of my complaints get rejected?",
        "will we be penalised for withdrawing complaints?",
        "can alibaba restrict our account?",
        "does that count against us?",
        "投诉老是被驳回，会不会被封号？",
        "how many days do we have to respond?? and what if we miss it",
        "what if the seller doesn't answer in time?",
        "反通知的答复期限错过了会怎么样？",
    ],
)
def test_consequence_questions_are_read_as_such(question):
    assert any(p.name == CONSEQUENCE.name for p in asked_for(question))


def test_a_question_naming_only_its_subject_asks_no_consequence():
    assert not any(p.name == CONSEQUENCE.name for p in asked_for("Why do complaints get rejected?"))
    assert [p.name for p in asked_for("How many links can one complaint hold?")] == [FIGURE.name]


def test_a_rights_holders_consequence_is_not_a_sellers_penalty():
    asked = asked_for("what happens to our account if our complaints keep failing?")
    assert leads(asked, "An IPP account is removed from the Good Faith programme when its success rate falls below 90%.")
    assert not leads(asked, "Three serious violations close the seller's account.")
    assert not says(asked, "On AliExpress a seller is penalised when a complaint stands.")
    # Asked about sellers, their penalties are the answer.
    assert leads(asked_for("what happens to a seller after three serious violations?"), "Three serious violations close the seller's account.")
    assert leads(asked_for("will my shop be closed after three complaints?"), "Three serious violations close the seller's account.")


@pytest.mark.parametrize(
    "question",
    ["when will the listing actually come down?", "how soon is a fake taken down", "how many days does the seller get?", "多久能下架？"],
)
def test_how_long_and_by_when_ask_for_a_stretch_of_time(question):
    assert asks_duration(asked_for(question))
    assert asks_only_a_time(question)


def test_a_stretch_of_time_answers_how_long_and_another_figure_does_not():
    assert says_duration("Alibaba handles most IPP notices within 24 hours.")
    assert says_duration("Review normally takes 3 to 5 business days.") and says_duration("within three working days")
    assert not says_duration("For every listing removed through IPP, Lazada removed 8 proactively.")
    assert not says_duration("Lazada's IPP opened to the public in June 2019.")
    assert not asks_duration(asked_for("How many links can one complaint hold?"))
    assert not asks_only_a_time("how many appeals does a seller get and how long for each?")


def test_asked_how_long_the_answer_opens_with_the_time(corpus_index):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, "we flagged a counterfeit on Lazada - how soon does it get taken down?")
    assert answer.answer.startswith("Alibaba handles most IPP notices within 24 hours")
    assert "8 proactively" not in answer.answer  # Lazada's statistics answer another question


@pytest.mark.parametrize(
    "question",
    [
        "what happens to the seller on aliexpress after our complaint goes through? do they get banned",
        "if a supplier keeps getting complaints from us, do they eventually get kicked off the site?",
        "速卖通上那家店被我们投诉了好几次，会不会被封店？",
    ],
)
def test_a_consequence_asked_of_the_seller_is_the_sellers_though_we_complained(question):
    asked = asked_for(question)
    assert leads(asked, "Three serious violations close the seller's account.")
    assert not leads(asked, "An IPP account of a rights holder is removed from the Good Faith programme when it falls below 90%.")


def test_asked_whether_someone_is_banned_a_closure_leads_before_other_penalties():
    asked = asked_for("do sellers get banned after our complaints?")
    closure, penalty = "Three serious violations close the seller's account.", "A seller is penalised when a complaint stands."
    assert leading_said(asked, closure) > leading_said(asked, penalty) > 0
    assert joins_as_asked(asked, closure, [penalty]) and not joins_as_asked(asked, penalty, [closure])
    # Asked what happens, without asking about a ban, no sentence joins for saying a closure.
    assert not joins_as_asked(asked_for("what happens to a seller after a complaint?"), closure, [penalty])


def test_our_account_named_keeps_the_consequence_ours():
    asked = asked_for("sellers keep winning their counter notices against us - can alibaba restrict our rights holder account?")
    assert not leads(asked, "Three serious violations close the seller's account.")
    assert searched_for("sellers keep winning against us - can alibaba restrict our account?").endswith("(what happens to the rights holder)")
    assert searched_for("what happens to the seller after our complaint? do they get banned").endswith("(what happens to the seller)")
    assert searched_for("How many links can one complaint hold?") == "How many links can one complaint hold?"
    # A question in another language is searched through its own reading, unchanged.
    assert searched_for("Was passiert mit unserem Konto, wenn viele Beschwerden abgelehnt werden?").startswith("Was passiert")


def test_sentences_about_another_programme_are_labelled_and_kept_apart():
    assert programme_of("knowledge/other-marketplaces.md", "eBay VeRO") == "eBay VeRO"
    assert programme_of("knowledge/other-marketplaces.md", "Alibaba IPP compared with other marketplaces") is None
    assert programme_of("knowledge/complaints.md", "Link rules") is None
    text = labelled([("eBay VeRO", "NOCI by email [1]."), (None, "IPP needs an approved right [2]."), ("eBay VeRO", "Item IDs [1].")])
    ebay, ipp = text.split("\n\n")
    assert ebay == "The following is about eBay VeRO, not Alibaba's IP Protection Platform (IPP). NOCI by email [1]. Item IDs [1]."
    assert ipp == "The following is about Alibaba's IP Protection Platform (IPP). IPP needs an approved right [2]."
    assert labelled([(None, "Up to 300 links [1].")]) == "Up to 300 links [1]."


def test_how_sure_a_source_is():
    assert basis_of(["https://ipp.alibabagroup.com/faq/en.htm", "https://secagroup.org/x"]) == PLATFORM
    assert basis_of(["https://secagroup.org/x"]) == THIRD_PARTY
    assert basis_of(["https://github.com/a/b", "https://gitlab.com/c/d"]) == CODE_REPOSITORY
    assert basis_of(["https://github.com/a/b", "https://www.redpoints.com/blog"]) == THIRD_PARTY
    assert basis_of([]) is None
    assert shown(PLATFORM) is None and "low confidence" in shown(CODE_REPOSITORY)
    cited = [Citation(n=1, source="a", title="A", basis=CODE_REPOSITORY), Citation(n=2, source="b", title="B", basis=PLATFORM)]
    assert low_confidence_note(cited).startswith("Low confidence: source 1 rests only on public code in a code repository")
    assert low_confidence_note(cited[1:]) is None


def test_an_answer_on_public_code_only_says_it_is_low_confidence(corpus_index):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, "Which AliExpress URL format should I use in a complaint?", "aliexpress")
    weak = [c for c in answer.citations if c.basis == CODE_REPOSITORY]
    assert weak and "Low confidence" in answer.answer and "code repository" in answer.answer


def test_a_shop_or_a_listing_we_report_is_the_party_asked_about_and_a_time_question_is_searched_as_asked():
    # "will it get shut down" after "we keep reporting the same shop": the shop's consequence, not ours.
    assert searched_for("if we keep reporting the same aliexpress shop for fakes, will it eventually get shut down?").endswith(
        "(what happens to the seller)"
    )
    assert searched_for("if we file too many complaints that get rejected, what happens?").endswith("(what happens to the rights holder)")
    # Asked how long till the listing is down, a stretch of time answers it: the search is the question as asked.
    asked = "what happens after i submit a complaint on lazada? how long till the listing is down"
    assert searched_for(asked) == asked


@pytest.mark.parametrize(
    ("question", "ours"),
    [
        ("seller sent a counter notice on aliexpress, what exactly does the platform want from us in our response", True),
        ("aliexpress seller disputed our takedown. whats our deadline to respond?", True),
        ("how do we reply to the seller's appeal?", True),
        ("速卖通的卖家申诉了，我们该怎么答复？", True),
        ("how many appeals does a seller get on AliExpress?", False),
        ("how long does the seller have to respond to our complaint?", False),
    ],
)
def test_a_question_on_our_own_reply_to_the_seller_is_read_as_such(question, ours):
    assert asks_our_reply(question) is ours


def test_the_passage_on_the_complainants_reply_is_known_by_its_heading():
    assert on_our_reply("Complainant response window > AliExpress, Alibaba.com and Lazada")
    assert not on_our_reply("Seller appeals > AliExpress and Alibaba.com")


def test_asked_how_we_reply_to_an_appeal_the_answer_opens_with_the_complainants_reply(corpus_index):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, "an aliexpress seller appealed our complaint, how do we reply to the appeal?")
    assert answer.answer.startswith("When a seller's counter-notice on an Alibaba site is valid")


def test_a_message_asking_about_a_whole_shop_and_the_documents_answers_the_shop_first(corpus_index):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(
        corpus_index, "could we take down the whole aliexpress shop rather than each listing? they only sell fakes of our brand. what do we need to file?"
    )
    first, _, rest = answer.answer.partition("\n")
    assert "shop" in first and "From the documents rules" in rest
