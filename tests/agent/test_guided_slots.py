"""Reading complaint details and intents out of free text (the guided mode's ears)."""

from __future__ import annotations

import pytest

from assistant.agent.guided.intents import Intent, recognise, split_questions, status_update_request
from assistant.agent.guided.case_words import find_site
from assistant.agent.guided.evidence_words import find_evidence
from assistant.agent.guided.link_words import find_link_tokens
from assistant.agent.guided.slots import read_slots, yes_or_no
from assistant.domain.models import ComplaintReason, HolderType, Role, Site


def test_several_details_in_one_message():
    reading = read_slots(
        "trademark 12345678, agent for Acme, counterfeit, here are the links: "
        "https://www.aliexpress.com/item/1005001234567890.html, https://aliexpress.com/item/1005001234567891.html"
    )
    assert reading.registration_number == "12345678"
    assert (reading.role, reading.rights_holder_name) == (Role.AGENT, "Acme")
    assert reading.reason == ComplaintReason.COUNTERFEIT_FEATURES
    assert len(reading.link_tokens) == 2


def test_ids_inside_links_are_not_registration_numbers():
    assert read_slots("https://item.taobao.com/item.htm?id=612345678901").registration_number is None


def test_names_stop_at_a_full_stop():
    reading = read_slots("We are Brandguard LLP, agents for Acme Sports Inc. Trademark ACME no. 987654321 registered in Mainland China, approved.")
    assert (reading.complainant_name, reading.rights_holder_name, reading.right_name) == ("Brandguard LLP", "Acme Sports Inc", "ACME")
    assert reading.places_of_registration == ["Mainland China"] and reading.right_approved is True


@pytest.mark.parametrize(
    ("text", "site"),
    [("on AliExpress", Site.ALIEXPRESS), ("Actually it is on Taobao, not AliExpress", Site.TAOBAO), ("Alibaba.com sellers", Site.ALIBABA),
     ("a Tmall.hk store", Site.TMALL), ("Alibaba Group's platform", None), ("on 1688", Site.S1688)],
)
def test_site_named_last_and_not_negated(text, site):
    assert find_site(text) == site


@pytest.mark.parametrize(
    ("text", "reason"),
    [("a test buy showed it was counterfeit", ComplaintReason.TEST_BUY),
     ("they sell a model we never made", ComplaintReason.MODEL_DOES_NOT_EXIST),
     ("they use our product photos", ComplaintReason.IMAGE_THEFT),
     ("photos copied from our official website", ComplaintReason.OFFICIAL_IMAGE_THEFT),
     ("pirated copies of our software", ComplaintReason.PIRATED_COPY),
     ("they copy our design patent", ComplaintReason.PATENT_INFRINGEMENT),
     ("shops use our brand in their titles", ComplaintReason.TRADEMARK_MISUSE),
     ("fake sneakers", ComplaintReason.COUNTERFEIT_FEATURES)],
)
def test_reasons(text, reason):
    assert read_slots(text).reason == reason


def test_evidence_with_files_references_and_negation():
    items = {i.kind: i for i in find_evidence("comparison document comparison.pdf; order number 4455667788990; no power of attorney yet")}
    assert items["comparison_document"].file == "comparison.pdf"
    assert items["test_buy_order_number"].reference == "4455667788990"
    assert "power_of_attorney" not in items


def test_bare_answers_count_for_the_slot_asked():
    assert read_slots("Acme Inc.", "complainant").complainant_name == "Acme Inc"
    assert read_slots("Mira Art Ltd", "rights_holder").rights_holder_name == "Mira Art Ltd"
    assert read_slots("Jane Doe, an individual", "complainant").complainant_type == HolderType.INDIVIDUAL


def test_link_tokens_keep_lookalikes_and_skip_site_names():
    tokens = find_link_tokens("see <https://aliexpress.com.example.net/item/1.html>, and Alibaba.com in general")
    assert tokens == ["https://aliexpress.com.example.net/item/1.html"]


def test_yes_and_no():
    assert yes_or_no("Yes, go ahead") is True and yes_or_no("no thanks") is False and yes_or_no("why?") is None


def test_intents():
    assert recognise("How long does the IPR review take?") == Intent.QUESTION
    assert recognise("Which documents do I need for a trademark complaint?") == Intent.DOCUMENTS
    assert recognise("check these links https://www.aliexpress.com/item/1.html") == Intent.CHECK_LINKS
    assert recognise("what's due this week?") == Intent.STATUS
    assert recognise("The seller filed an appeal") == Intent.APPEAL
    # A triage asked for before the seller's text is pasted: never the start of a new complaint.
    assert recognise("please triage this, complaint 4, received today:") == Intent.APPEAL
    assert recognise("帮我看一下这个申诉，投诉4") == Intent.APPEAL
    assert recognise("We found counterfeits on Lazada") == Intent.COMPLAINT
    assert recognise("Acme Inc.", topic="complaint", expecting="complainant") == Intent.COMPLAINT
    assert status_update_request("Mark complaint 12 as filed") == ("12", "filed")
    assert split_questions("Counterfeit on AliExpress. How long does review take?") == (["How long does review take?"], "Counterfeit on AliExpress.")
