"""Whether a question asks what a case needs or whether it can be filed, the questions the case reader answers
from the documents rules (assistant/retrieval/case_answer.py; in the chat, the documents view).

People ask many other things in the same words: "can we report a whole shop?", "is our own letter of authorisation
wording enough?", "can I use my Tmall login?". So the words only make a question a candidate
(assistant.domain.case_reading.is_case_question: "which documents", "what do we need", "can we file", "is it enough");
its meaning decides, as a closed choice between labelled example questions: those that ask for the documents or the
eligibility of a case (a kind of right, a place of registration, an expired or pending right, a role), and those that
ask something else in the same words. The question is a case question when it comes closer to the first
(mean cosine of its NEIGHBOURS nearest, the bundled model) by at least MARGIN, calibrated on held-apart development
questions (evals/datasets/case-questions-calibration.jsonl, benchmarks/case_question_calibration.py), or when it states
how the right stands (expired, not registered or pending, where it is registered): asked in these words, that is
asking whether the right can be used.

The examples are written in the project's own words and kept apart from the evaluation and calibration questions
(tests/retrieval/test_case_questions.py checks that none is a near copy of one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.domain.case_reading import is_case_question_in_any_language as asks_in_case_words
from assistant.domain.case_reading import read_case
from assistant.retrieval.labelled_nearness import nearness as labelled_nearness
from assistant.retrieval.query_language import read_question

# Questions about a case's documents, or whether a right can be used to file.
CASE = (
    "which documents do we need for a trademark complaint",
    "what do I have to upload to report counterfeits of our brand",
    "what paperwork does a law firm need to file for its client's trademark",
    "what evidence is needed for a test-buy complaint",
    "what proof do we need when a seller uses our product photos",
    "paperwork for a complaint based on a registered design",
    "documents for a copyright complaint about pirated books",
    "the mark is registered in America alone; does that work for Taobao complaints",
    "is our EU registration enough to report listings on 1688",
    "can an expired trademark still be used to file",
    "the application is still pending, can we use it to report fakes",
    "our copyright was never registered, can we still complain",
    "can a Madrid registration be used for complaints on Tmall",
    "is a utility model patent enough to take down listings",
    "what do we need to report fakes on AliExpress as the brand owner",
    "which attachments does a counterfeit complaint need",
    "I am an individual artist, what documents do I need to report copies of my work",
    "what do we have to show for a trademark misuse complaint",
    "checklist for filing against knock-offs on Lazada",
    "will our Hong Kong registration work for Taobao complaints",
    "can a lapsed patent still be used to report listings",
    "what is required to report pirated copies of our software",
    "we found copies of our registered design, what do we submit",
    "what should we prepare before reporting counterfeit sneakers",
    "which documents does a subsidiary need to file for the parent company's trademark",
    "which materials does an agent submit when it complains for the rights holder",
    "what does the complaint need when the listed model was never made by us",
    "our mark is only registered in Europe, is that enough for Tmall",
)

# Questions in the same words about something else: accounts, links, shops, authorisation wording, appeals, timing.
OTHER = (
    "can I log in with our Taobao seller account",
    "which Alibaba sites can we report through the platform",
    "is a storefront complaint possible instead of item links",
    "can I put shop links and product links in one complaint",
    "can we submit short links copied from the app",
    "how many links can one complaint hold",
    "is the wording of our own letter of authorisation acceptable",
    "must the signer's position be written on the authorisation letter",
    "can a law firm file for a brand owner",
    "are Miravia sellers covered by the portal",
    "our company was renamed after the registration, does that block filing",
    "one report for several of our marks at once, allowed?",
    "what documents verify our account when we register on the portal",
    "which ID does an individual need to open an account",
    "what is needed to sign up for the IP portal",
    "can we file a complaint without an account",
    "how do we pull back a report sent in error",
    "can we file again after a rejection",
    "deadline for the other side to reply after a takedown",
    "what do we need to do when the seller appeals",
    "what does a seller need to win an appeal",
    "is it enough to reply to the counter-notice by email",
    "will it be accepted if we write the complaint in Chinese",
    "what does the platform need from us to join the Good Faith programme",
    "can I use the same account for Lazada complaints",
    "will it work if we file hundreds of complaints in a day",
    "can we report listings on Amazon through IPP",
    "can we pay to have complaints handled faster",
)

NEIGHBOURS = 3
# The closer mean similarity to the case examples must exceed the other examples' by at least this much. Calibrated on
# the held-apart development questions (benchmarks/case_question_calibration.py): the middle of the widest run of
# margins with the most questions decided right (43 of 44 from +0.01 to +0.08).
MARGIN = 0.04
# Facts that say how the right stands: a question stating one, in the words of an eligibility question, asks about it.
STANDING_FACTS = frozenset({"expired", "registered", "places_of_registration"})


@dataclass(frozen=True)
class CaseQuestion:
    """The decision and its evidence: the question's nearness to each kind of example."""

    is_case: bool
    words: bool  # asked in the words of a documents / eligibility question
    standing: bool  # states how the right stands (expired, unregistered, where registered)
    case: float  # mean similarity of the NEIGHBOURS nearest case examples
    other: float  # ... and of the nearest other examples


def judge_case_question(
    question: str, embed: Callable[[list[str]], np.ndarray] | None = None, *, margin: float = MARGIN
) -> CaseQuestion:
    """Whether the question asks for a case's documents or eligibility (see the module's doc). `embed` gives vectors
    of texts (the index's stored sentence vectors, so the examples are embedded once); by default the bundled model."""
    english = english_reading(question)
    if not (asks_in_case_words(question) or (english and asks_in_case_words(english))):
        return CaseQuestion(False, False, False, 0.0, 0.0)
    standing = bool(read_case(question, english).known() & STANDING_FACTS)
    case, other = nearness(english or question, embed)
    return CaseQuestion(standing or case - other >= margin, True, standing, case, other)


def english_reading(question: str) -> str | None:
    """A question written in another language read in the corpus's English (query_language.py), else None: the
    examples are English, and so is the bundled model's sense of them."""
    reading = read_question(question or "")
    return reading.english if reading.language else None


def is_case_question(question: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> bool:
    return judge_case_question(question, embed).is_case


def reads_a_case(question: str, site: str | None = None) -> bool:
    """Whether the case reader reads any fact of a case from the question (or the adapter names the site)."""
    return bool(site) or bool(read_case(question, english_reading(question)).known())


def nearness(question: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> tuple[float, float]:
    """(case, other): mean cosine similarity of the question to its NEIGHBOURS nearest examples of each kind."""
    return labelled_nearness(question, CASE, OTHER, NEIGHBOURS, embed)
