"""Answers keep to the process the question asks about (assistant/retrieval/processes.py): what a seller needs to win
an appeal is not the evidence a rights holder files with, how long the review of a right takes is not how fast a listing
comes down, and a penalty asked of the rights holder is not the sellers' penalty scale."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from assistant.retrieval.answer import Candidate, _leans_back, _opening_stands, _with_general_notice, answer_question
from assistant.retrieval.processes import PROCESSES, on_the_question, sought_passages
from assistant.retrieval.question_languages import read_foreign


@dataclass
class Chunk:
    section: str
    title: str = "A guide"
    questions: tuple = field(default_factory=tuple)


@dataclass
class Hit:
    chunk: Chunk


APPEAL = Hit(Chunk("What sellers need to win an appeal"))
REVIEW = Hit(Chunk("How long IPR review takes"))
FREEZES = Hit(Chunk("Store freezes on AliExpress", "Seller penalties after IP complaints"))
PROCESSING = Hit(Chunk("How fast are complaints processed?"))
IMAGES = Hit(Chunk("Image theft"))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("what proof do we need to get our stolen product photos taken down?", [IMAGES]),
        ("how fast do they take listings down after a complaint on aliexpress?", [PROCESSING, IMAGES]),
        ("any penalty for us if lots of our complaints get rejected?", [IMAGES]),
        ("the seller sent an invoice with the counter-notice, is that enough?", [APPEAL, FREEZES, IMAGES]),
        ("if a supplier keeps getting complaints from us, do they eventually get kicked off the site?", [APPEAL, FREEZES, IMAGES]),
        ("how long does ipp take to aprove a trademark we uploaded", [REVIEW, PROCESSING, IMAGES]),
        ("卖家提交了反通知和发票，我们怎么办？", [APPEAL, FREEZES, IMAGES]),
    ],
)
def test_a_passage_on_another_process_is_not_read(question, kept):
    assert on_the_question(question, [APPEAL, REVIEW, FREEZES, PROCESSING, IMAGES]) == kept


def test_the_passages_are_read_as_found_when_none_would_be_left():
    assert on_the_question("what proof do we need?", [APPEAL, REVIEW]) == [APPEAL, REVIEW]
    assert len(PROCESSES) == 6


WINDOW = Hit(Chunk("Complainant response window"))
SELLER_WINDOW = Hit(Chunk("Seller counter-notice"))
SELLER_APPEALS = Hit(Chunk("Seller appeals > AliExpress and Alibaba.com"))
REFILE = Hit(Chunk("Filing again after a rejection"))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # Our own reply window: the seller's window, the sequence after filing and how fast the platform acts are other steps.
        ("seller sent counter notice on alibaba.com, how many days do we have to respond?", [WINDOW]),
        ("what's our deadline to reply to the counter-notice?", [WINDOW]),
        ("淘宝卖家提交了反通知，我们需要在几天内回复？", [WINDOW]),
        ("how many days does the seller have to file a counter-notice?", [SELLER_WINDOW, SELLER_APPEALS, PROCESSING, WINDOW]),
        ("how long do we have to reply, and does the seller get penalised?", [SELLER_WINDOW, SELLER_APPEALS, WINDOW]),
    ],
)
def test_our_reply_window_is_not_the_sellers(question, kept):
    assert on_the_question(question, [SELLER_WINDOW, SELLER_APPEALS, PROCESSING, WINDOW]) == kept


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("how do I appeal if my complaint on AliExpress is rejected?", [REFILE]),
        ("Bagaimana cara mengajukan banding jika keluhan saya ditolak?", [REFILE]),
        ("how does a seller appeal a complaint?", [SELLER_APPEALS, REFILE]),
    ],
)
def test_an_appeal_asked_of_our_rejected_complaint_is_ours(question, kept):
    assert on_the_question(question, [SELLER_APPEALS, REFILE]) == kept


AFTER_FILING = Hit(Chunk("What happens after a complaint is filed?"))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("we sent our first complaint through IPP this morning, what happens next?", [AFTER_FILING, IMAGES]),
        ("once the report is filed, does the seller hear about it?", [AFTER_FILING, IMAGES]),
        ("投诉提交以后还要做什么？", [AFTER_FILING, IMAGES]),
        # Another step of a case: our own reply window, a renewal, what happens if a right lapses.
        ("the seller answered our complaint, how many days do we have to reply?", [IMAGES]),
        ("our trademark renewal is pending, can we still file complaints?", [IMAGES]),
        ("what happens if our trademark expires?", [IMAGES]),
    ],
)
def test_what_follows_filing_is_read_when_asked_after_filing(question, kept):
    assert on_the_question(question, [AFTER_FILING, IMAGES]) == kept


STANDING = Hit(Chunk("What happens to a rights holder whose complaints keep failing?"))
ACCEPTED = Hit(Chunk("The seller's counter-notice was accepted"))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # What comes next in one case: the rights holder's standing across its complaints answers another question.
        ("A seller sent a counter-notice saying the goods are genuine. What happens now and what should we do?", [ACCEPTED]),
        ("the seller disputed our takedown, what now?", [ACCEPTED]),
        # Sellers that keep winning are the rights holder's standing.
        ("sellers keep beating our complaints with counter-notices. what now?", [STANDING, ACCEPTED]),
        # ... unless the question names that standing.
        ("our complaints keep getting rejected, what happens now?", [STANDING]),
        ("the seller won with a counter-notice, what happens to our Good Faith status now?", [STANDING, ACCEPTED]),
        ("what happens to us if many of our complaints fail?", [STANDING, ACCEPTED]),
    ],
)
def test_what_comes_next_in_a_case_is_not_the_rights_holders_standing(question, kept):
    assert on_the_question(question, [STANDING, ACCEPTED]) == kept


@dataclass
class Passage:
    text: str
    section: str = "Seller appeals"
    title: str = "A guide"


def _sentence(hit, position: int) -> Candidate:
    from assistant.retrieval.sentences import split_sentences

    return Candidate(hit, position, split_sentences(hit.chunk.text)[position], 0.0, 0.0, frozenset(), 0.0)


def test_an_opening_sentence_leaning_on_the_one_before_comes_with_it():
    hit = Hit(Passage("Sellers get 3 appeals in total. The first is the counter-notice within 3 business days. Later ones are slower."))
    other = Hit(Passage("Our window is not published."))
    opened = _opening_stands([_sentence(hit, 1), _sentence(other, 0)])
    assert [c.text for c in opened][:2] == ["Sellers get 3 appeals in total.", "The first is the counter-notice within 3 business days."]
    standing = [_sentence(other, 0), _sentence(hit, 1)]
    assert _opening_stands(standing) == standing


def test_a_sentence_pointing_back_leans_on_the_one_before():
    assert _leans_back("A vendor guide for AliExpress says the same about URLs in an active notice.")
    assert _leans_back("Official pages and a Tmall guide agree on this.")
    assert not _leans_back("On IPP a listing already under review cannot be reported again.")


def test_the_general_notice_follows_the_sentence_that_says_whether():
    notice = "The sources give nothing specific to Taobao on this."
    assert _with_general_notice("Lead [1]. Rest [2].", notice, "Lead [1].") == f"Lead [1].\n{notice}\nRest [2]."
    assert _with_general_notice("Lead [1].", notice, "Lead [1].") == "Lead [1]."
    assert _with_general_notice("Other [1].", notice) == f"{notice}\nOther [1]."


def test_a_german_compound_is_read_before_its_first_word():
    assert "photos" in read_foreign("Ein Händler nutzt unsere Produktfotos.", "de").english


@pytest.mark.parametrize(
    ("question", "says", "never"),
    [
        ("Ein Händler auf Alibaba.com nutzt unsere Produktfotos. Welche Nachweise brauchen wir?", "original, unedited camera file", "one of three things"),
        ("how fast do they take listings down after a complaint on aliexpress?", "24 hours", "3 to 7 business days"),
        ("any penalty for us if lots of our complaints get rejected?", "stopped processing", "No other penalty"),
        ("can we report a design patent copy on alibaba.com with a US design patent?", "design views", "accept foreign"),
        ("our TM reg expired last month, renewal pending. can we still file complaints?", "renewal", "Manage Complaints"),
    ],
)
def test_the_answer_keeps_to_the_process_asked_about(corpus_index, question, says, never):
    answer = answer_question(corpus_index, question).answer
    assert says in answer and never not in answer


def test_a_duplicate_rejection_is_answered_by_the_rule_on_links_under_review(corpus_index):
    answer = answer_question(corpus_index, 'got rejected as "duplicate complaint" but the links were in a complaint last yr that was closed?? why')
    assert answer.answer.startswith("On IPP a listing that is already part of a complaint still under review")


FIGURES_2018 = Hit(Chunk("Figures for 2018", "Published statistics on Alibaba's IP enforcement"))
LAZADA_FIGURES = Hit(Chunk("Lazada figures", "Published statistics on Alibaba's IP enforcement"))
LAZADA_PORTAL = Hit(Chunk("Which portal serves which site > Does Lazada use the same portal?"))


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("how do we report counterfeits of our brand on lazada?", [LAZADA_PORTAL]),
        ("does alibaba actually take fake listings down when we report them?", [LAZADA_PORTAL]),
        ("what's lazada's ratio of proactive removals to IPP removals?", [FIGURES_2018, LAZADA_FIGURES, LAZADA_PORTAL]),
        ("how many arrests did alibaba's leads bring in 2018?", [FIGURES_2018, LAZADA_FIGURES, LAZADA_PORTAL]),
        ("what stats has alibaba published on takedowns?", [FIGURES_2018, LAZADA_FIGURES, LAZADA_PORTAL]),
    ],
)
def test_past_years_figures_answer_only_a_question_asking_for_figures(question, kept):
    """A section of figures published for past years is no answer to how to report, however many words it shares with
    the question: quoted there, old figures pad the answer and read as what it says."""
    assert on_the_question(question, [FIGURES_2018, LAZADA_FIGURES, LAZADA_PORTAL]) == kept


@dataclass
class CorpusChunk:
    section: str
    title: str = "A guide"
    origin: str = "corpus"


@pytest.mark.parametrize(
    ("question", "sought"),
    [
        ("ok our takedown went in yesterday, what's the process from here?", True),
        ("do they remove the listing once we report it?", True),
        ("投诉提交了，接下来呢？", True),
        # A filing said only after the fact, in a question on a later step, seeks nothing.
        ("the seller won, can we report it again with the evidence we sent?", False),
        # A later step named: what comes next in it is told by its own passages.
        ("a seller sent a counter-notice against our report. what happens now?", False),
        ("how long does IPR review take?", False),
    ],
)
def test_a_question_on_what_comes_next_seeks_the_section_on_what_follows_a_filing(question, sought):
    after = CorpusChunk("What happens after a complaint is filed?")
    others = [CorpusChunk("How fast are complaints processed?"), CorpusChunk("What happens after a complaint is filed?", origin="upload")]
    assert sought_passages(question, [*others, after]) == ([after] if sought else [])


def test_what_follows_a_filing_is_answered_though_the_search_ranks_it_low(corpus_index):
    answer = answer_question(corpus_index, "our takedown went in this morning. what's the process from here, will the seller hear of it?")
    assert "3 business days" in answer.answer and answer.grounded


@pytest.mark.parametrize(
    ("question", "sought"),
    [
        ("why did they reject our complaint? the mark is registered", True),
        ("IPP refused our takedown again. What usually causes that?", True),
        ("alibaba keeps rejecting our complaints, what are we doing wrong?", True),
        ("为什么我们的投诉被驳回了？", True),
        # One cause named: its own section tells it.
        ("why was our certificate refused?", False),
        ("why was our EU mark refused on Tmall?", False),
        # The next step after a rejection, and a rejection not asked why.
        ("our complaint was rejected, can we file it again?", False),
        ("what happens if we file too many complaints that get rejected?", False),
    ],
)
def test_a_question_asking_why_a_complaint_was_rejected_seeks_the_list_of_rejection_reasons(question, sought):
    reasons = CorpusChunk("Is there an official list of rejection reasons?", "Why complaints get rejected")
    others = [CorpusChunk("Certificate problems", "Why complaints get rejected"), CorpusChunk("Filing again after a rejection", "Why complaints get rejected")]
    assert sought_passages(question, [*others, reasons]) == ([reasons] if sought else [])


def test_a_sought_passage_leads_the_answer_with_what_it_says(corpus_index):
    """The section telling what the question asks opens the answer, read whole, before the sentences chosen from the
    passages ranked above it (on a registration's fields, on the seller's penalties)."""
    rejected = answer_question(corpus_index, "Why was our complaint rejected when our trademark is registered?")
    assert rejected.answer.startswith("No single official list of reasons") and "documents that do not match" in rejected.answer
    followed = answer_question(corpus_index, "once we file a takedown in ipp who actually looks at it, and does the seller get punished?")
    assert followed.answer.startswith("Once a complaint is submitted in IPP") and "3 business days" in followed.answer
