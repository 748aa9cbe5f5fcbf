"""Cited answers without a language model: the few retrieved sentences that best answer the question, each
ending with the number of its source.

A sentence is chosen for how much of the question's vocabulary it shares (rare words weigh more, a term
in its section heading counts for part), how high its passage ranked and how close it came in meaning, and
whether it carries the figure a "how many / how long" question asks for. Nothing is written that is not in a
passage: when no sentence is close enough the answer says so and is not grounded.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import regex
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.domain.case_reading import is_case_question_in_any_language as is_case_words
from assistant.domain.case_reading import place_words, read_case
from assistant.domain.complaint_start import COMPLAINT_START_NOTICE, starts_complaint
from assistant.domain.models import DocumentChecklist, Site
from assistant.domain.site_names import parse_site
from assistant.errors import BadInput
from assistant.retrieval.bm25 import tokenize
from assistant.retrieval.case_questions import is_case_question, reads_a_case
from assistant.retrieval.declines import decline_text, marketplaces_named
from assistant.retrieval.eligibility import answering_sentence, answers_another_question, asked_eligibility, predicate_query
from assistant.retrieval.predicates import (
    PREDICATE_CREDIT,
    asked_for,
    asks_duration,
    asks_our_reply,
    asks_only_a_time,
    asks_their_reply,
    joins_as_asked,
    leading_said,
    leads,
    on_our_reply,
    says_our_reply,
    says,
    says_duration,
    searched_for,
)
from assistant.retrieval.programmes import COMPARING, OTHER_MARKETPLACES_FILE, labelled, programme_of
from assistant.retrieval.source_basis import basis_of, low_confidence_note
from assistant.retrieval.cited_pages import pages_of
from assistant.retrieval.scope import (
    PASSAGE_PIVOT,
    judge_scope,
    only_marketplaces_the_corpus_lacks,
    nearest_examples,
    scope_score,
    written_in_chinese,
)
from assistant.domain.refused_requests import refusal_for
from assistant.retrieval.query_language import read_question
from assistant.retrieval.question_languages import (
    ANSWERED_IN_ENGLISH,
    in_a_language_not_read,
    language_not_read,
    mostly_in,
    other_language_reply,
    read_language_notes,
)
from assistant.retrieval.search import SearchHit, hybrid_search, lexical_index
from assistant.retrieval.records import CORPUS
from assistant.retrieval.sentences import instruction_positions, split_sentences
from assistant.retrieval import case_passages, goods_scope, processes, sentence_fit, site_focus
from assistant.retrieval.verdicts import _asks_as_heading, keep_verdicts_where_they_answer

# How many passages an answer may draw on, and how much it may say.
PASSAGES_READ = 4
MAX_SENTENCES = 5
MAX_ANSWER_CHARS = 1000
# A sentence's evidence: WORDS_WEIGHT x its share of the question's weighted vocabulary (its heading counting for part)
# plus MEANING_WEIGHT x its cosine similarity with the question (the bundled model's sentence vectors). Its score adds
# RANK_CREDIT / its passage's rank. Whether a question is in the field is the scope gate's decision; past the gate an
# answer abstains only when the evidence is weak: its best sentence stays below MIN_EVIDENCE, the passage the search put
# first is not an agreed match (below), and no top passage is asked as the question is (MIN_ASKED).
# benchmarks/answer_calibration.py calibrates them (and reports the coverage/accuracy and false-answer curve) on two
# thirds of the development questions (questions.jsonl, questions_paraphrased.jsonl and the scope calibration questions;
# never the frozen blind ones), holding the other third apart to check the choice. MIN_EVIDENCE is judged by the
# answer's own check, as if the gate let every question through (a gate's errors on the questions it was fitted on say
# little of its errors on new ones): the fewest in-field questions refused or answered with none of their facts plus
# out-of-field ones answered.
WORDS_WEIGHT = 1.0
MEANING_WEIGHT = 1.5
RANK_CREDIT = 0.08
MIN_EVIDENCE = 0.85
# The agreed match (_agreed_passage): the passage the search put first is read even when no sentence of it is close,
# when both rankings put it within AGREED_RANK and one of them first, the meaning puts it ahead of every other passage
# found by AGREED_MARGIN, and the question is at least AGREED_FIELD inside the scope gate's border (its score). Its best
# sentence needs MIN_AGREED (none: a question in people's own words may share no word with it). Calibrated through the
# gate (it only answers questions the gate lets in): the fewest in-field refused plus out-of-field answered.
MIN_AGREED = 0.0
AGREED_RANK = 2
AGREED_MARGIN = 0.0
AGREED_FIELD = 0.05
# The evidence model: past the gate, a question is still treated as out of the field (the answer abstains) when the
# probability that it is in the field, given what its reading offers, stays below MIN_IN_FIELD: how far inside the
# scope gate's border it is (the gate's score), the share of its weighted words the passage the search put first never
# uses, and how close it comes in meaning to a question that passage is known to answer (a question heading, 'Asked as'
# lines). The gate judges a question by its nearness to labelled examples; a question near the field in its words
# ("what does likelihood of confusion mean in EU trademark law") passes it and then finds passages about trademarks,
# which is where the top passage's coverage and known questions tell it apart. A logistic model, fitted and
# cross-validated (5 folds) by benchmarks/answer_calibration.py on the development, paraphrased and scope calibration
# questions the gate lets in; MIN_IN_FIELD is the threshold with the fewest in-field questions refused plus
# out-of-field ones answered out of fold (with the rules below deciding the rest), the higher on a tie. Run of
# 2026-11-30 (299 questions the gate lets in, 20 of them out of the field): 0.15, 27 in-field refused and 7 out-of-field
# answered, against 20 and 12 for the rules alone: on the development questions it trades refusals for false answers
# about one for one, and the issue's targets ask more of the second. Fitted again on the gate's later examples (305
# questions let in, 20 out of the field) the rule picks 0.1 (intercept -0.72; field 29.31, uncovered -2.908, asked_top
# 1.105; 27 refused and 8 answered out of fold): measured by the eval it gained development coverage (0.931 -> 0.940)
# but declined fewer out-of-field questions (paraphrased 0.911 -> 0.899, and both frozen splits), so these weights stay.
# Fitted again on 2026-12-01, once every section had 'Asked as' lines and the calibration read questions in Chinese as
# the answer does (371 questions let in, 31 out of the field): the rule picks 0.05 (intercept -0.784; field 26.052,
# uncovered -4.053, asked_top 3.372). Measured by the eval on the whole suite (all four splits) it declined 181 of 200
# out-of-field questions against 186 with these weights; at 0.25 (the threshold with the fewest errors when an
# out-of-field answer counts twice, as the issue's budgets weigh them) it declined 190 but refused 18 of 448 in-field
# questions against 11. These weights stay. A question the model cannot read (in Chinese, or an index without sentence
# vectors) is left to the rules.
EVIDENCE_INTERCEPT = -1.204
EVIDENCE_WEIGHTS = {"field": 30.887, "uncovered": -2.796, "asked_top": 1.684}
MIN_IN_FIELD = 0.15
UNSEEN_DISCOUNT = 0.5
# The same model's other side: a question it puts plainly in the field (probability at least MIN_READ_TOP) is answered
# from the passage the search put first even when no sentence of it is close, the rankings do not agree on it and no
# question it is known to answer is worded like this one: people ask in words the corpus does not use, and a refusal
# then throws away the passage the search found. Chosen by benchmarks/answer_calibration.py on the out-of-fold
# probabilities (development, paraphrased and scope calibration questions the gate lets in): the threshold with the
# fewest in-field questions refused, answered with none of their facts, plus out-of-field ones answered, the higher on
# a tie. Run of 2026-11-30 (314 questions let in, 19 out of the field; MIN_IN_FIELD 0.15): 0.2, with 21 in-field
# refused, 25 answered with none of their facts and 9 out-of-field answered, against 34, 20 and 6 without it.
MIN_READ_TOP = 0.2
# The passage is read without a sentence close to the question, so the question must be in the corpus's words: not when
# words the corpus never uses carry more than MAX_UNSEEN_READ of its weight ("What fee does IPP charge per complaint in
# euros?" is in the field, and no passage speaks of fees). Calibrated as MAX_UNSEEN: the highest unseen share of an
# in-field development question the rules refuse that the passage found first answers with an expected fact (0.38),
# plus 0.1, rounded up to a step of 0.05.
MAX_UNSEEN_READ = 0.5
# The evidence is weak, however close the sentences come, when words the corpus never uses carry more than this share of
# the question's weight ("What fee does IPP charge per complaint in euros?"): the passages cannot speak to what it asks.
# Calibrated on the fitting development questions: the highest share of an in-field question answered with one of its
# expected facts (0.65, a question asked in people's own words), plus a margin of 0.1, rounded up to a step of 0.05
# (benchmarks/answer_calibration.py).
MAX_UNSEEN = 0.8
# ... or when the question comes this close in meaning to a question a top passage is known to answer ('Asked as'
# lines; cosine with the bundled model, discounted for words the corpus never uses). Calibrated on the development
# questions: the highest closeness any out-of-field development question reaches (0.57), plus a margin of 0.05, rounded
# to a step of 0.05 (benchmarks/answer_calibration.py).
MIN_ASKED = 0.6
# A sentence sharing no word with the question is a candidate when it is at least this close in meaning.
MEANING_ALONE = 0.45
# Without sentence vectors (an index object that has none), the passage's similarity stands in, discounted.
PASSAGE_STANDS_IN = 0.8
# Further sentences of a passage already quoted join the best one when they score at least this share of it...
KEEP_RATIO = 0.7
# ... or when they cover this share of the question's vocabulary that the chosen ones miss, scoring at least
# NEIGHBOUR_RATIO of the best.
NEW_WORDS_SHARE = 0.12
NEIGHBOUR_RATIO = 0.3
# A passage not quoted yet joins only for something close to the question that it adds: it scores at least
# OTHER_RATIO of the best and covers question words the answer lacks, or comes as close in meaning as the best sentence
# (within CLOSE_MARGIN). Ranking high is not enough: an answer about a lapsed trademark does not go on to quote the
# purchase-proof yardsticks. Chosen on the development questions (fewer citations, fact coverage kept).
OTHER_RATIO = 0.7
CLOSE_MARGIN = 0.1
# Sentences that follow on from a chosen one in its passage (see _follows_on): up to FOLLOW_MAX after each, FOLLOW_EXTRA
# beyond MAX_SENTENCES in all, within MAX_ANSWER_CHARS. On the development questions they raise fact coverage from 0.805
# to 0.893 (benchmarks/answer_calibration.py reports the curve with them).
FOLLOW_MAX = 2
FOLLOW_EXTRA = 2
OPENING = True
# The passage that answers is read from its start for up to LEAD_READ more sentences (within MAX_ANSWER_CHARS): a
# section's opening sentences state its answer, and the closest sentence in meaning is often its neighbour.
LEAD_READ = 2
# A list item ("Second, a licence ...") is quoted with the sentence announcing the list, found within ANCHOR_BACK.
ANCHOR_BACK = 3
# A sentence announcing a list brings the items holding one of the question's rarer words (weighing at least
# ITEM_TERM_RATIO of its rarest): "an invoice as a counter-notice" points to "First, proof of purchase ...: a contract or
# invoice ...", while "trademark" points to no item in particular.
ITEM_TERM_RATIO = 0.5
LIST_ITEM = regex.compile(r"^(?:first|second|third|fourth|fifth|sixth|finally|lastly)\b", regex.IGNORECASE)
# The passage the search put first (both rankings judged it whole, its heading included) is read for its sentence sharing
# the most of the question's weighted words, and for its opening sentence, when the answer does not quote them yet:
# within a passage the words shared point to the sentence that answers more reliably than a short sentence's closeness
# in meaning ("How do I register a software copyright in IPP?" is answered by "For software, also upload a screenshot of
# the running program ...", which the meaning ranks below the passage's other sentences). benchmarks/answer_calibration.py
# reports fact coverage with and without it, on the questions it is measured on and on the held-apart third.
READ_TOP_PASSAGE = True
# A passage ranked below the first may hold the fact a question asks for when the first only sets the scene (a section
# on the year a question names, behind the overview of every year): the answer also quotes the best-scoring sentence of those passages that it does not quote yet, when it scores at least KEEP_RATIO of
# the best one. On the in-field development and paraphrased questions it gave 2 questions an expected fact more and
# none fewer (fact coverage 0.871 -> 0.878), for about 40 characters more per answer.
SUPPORT_FROM_OTHERS = True
# A subsection that asks a question of its own ("What sellers need to win an appeal > Can a seller's documents be
# forged?") shares its parent's words, so it is found for questions about the parent's subject. It is read only when the
# question asks what it asks: the question names a word of its heading that its parent's heading lacks, or comes within
# MIN_ASKED of its heading or 'Asked as' lines; and, when the parent section was found too, one of its sentences comes
# closer in meaning to the question than any of the parent's. When nothing else is close enough to answer, it is read
# after all: it is what the search found on the subject.
# A term found only in the sentence's section heading counts this much.
HEADING_CREDIT = 0.5
# Words that frame a question ("what do I need", "how long does it take") rather than say what it is about.
FRAME_TERMS = frozenset(
    tokenize(
        "need needs use using want know tell happen happens mean means way able please help explain exactly really "
        "go make take give kind"
    )
)
FRAME_WEIGHT = 0.3
# When the asker's story happened ("rejected last week", "what do we add this time", "two days ago"): it dates the
# question and is not what it asks about, so its words weigh nothing when sentences are chosen ("our complaint got
# rejected last week" is not answered by "the page lists only the complaints of the last 15 days"). The glossaries read
# such phrases in other languages into these English words (上周, "minggu lepas", "esta vez", "diesmal"). A month or a
# year is left weighed: it can be what a question asks about (a right that lapsed last year, the last month's figures).
STORY_TIME = regex.compile(
    r"\b(?:(?:last|this|next|previous|past) (?:week|time)|yesterday|(?:a|one|two|three|few|couple of|\d+) (?:days?|weeks?) ago)\b",
    regex.IGNORECASE,
)
# A question naming a site: the search reads this many passages for the five that speak for the site or every site
# (site_focus.keep_passages), and the site's name weighs this share of its IDF when sentences are chosen (the answer
# keeps to the site anyway; what decides is what the question asks about it).
SITE_SEARCH_DEPTH = 10
SITE_TERM_WEIGHT = FRAME_WEIGHT  # weighed as the words that frame a question
# A question word the corpus never uses weighs this share of the largest IDF.
UNSEEN_WEIGHT = 0.5
# A sentence announcing a list, or leaning on the sentence before it, says little when quoted alone.
LEAD_IN = regex.compile(
    r"\b(?:one of|the following|(?:two|three|four|five|several) (?:things|ways|steps|conditions|kinds|routes))\b[^.]*[.:]$",
    regex.IGNORECASE,
)
NEEDS_CONTEXT = regex.compile(
    r"^(?:first|second|third|fourth|fifth|finally|also|this|these|that|those|it|its|they|their|such|both|then|however|but|"
    r"so|otherwise|here|the (?:first|second|third|same|other|rest|latter|former))\b",
    regex.IGNORECASE,
)
# A sentence giving what the one before it gave, for another source or site ("A vendor guide for AliExpress says the
# same about URLs in an active notice"): quoted after the sentence it refers to (sentence_fit drops it only when it
# points back and nothing else: a sentence naming what it is about may still stand for its site).
SAME_AS_BEFORE = regex.compile(r"\b(?:says?|said|gives?|reports?) the same\b", regex.IGNORECASE)
NOT_SUPPORTED = (
    "I could not find an answer to that in the indexed sources (the IP Protection Platform guide and policy notes), "
    "so I won't guess. Try naming the site or the kind of complaint, or check the platform's own pages."
)
# A question asked in Chinese is answered with the corpus's own sentences, which are in English: ANSWERED_IN_ENGLISH
# (question_languages.py words the same note for every language it reads).
__all__ = ["ANSWERED_IN_ENGLISH"]
DEFAULT_MAX_QUESTION_CHARS: int = Settings.model_fields["max_question_chars"].default


class Citation(BaseModel):
    """A numbered source of an answer: the passage a [n] marker points to."""

    n: int = Field(description="The number used in the answer's [n] markers, from 1.")
    source: str = Field(description="Corpus path of the document, e.g. 'knowledge/complaints.md'.")
    title: str = Field(description="The document's title.")
    section: str | None = Field(default=None, description="Heading path of the passage within the document.")
    url: str | None = Field(
        default=None,
        description="The public page the cited sentences rest on (one of the passage's sources: the sentence's own where "
        "the corpus names it); a sentence resting on several pages cites each under its own number.",
    )
    checked: str | None = Field(default=None, description="When the cited document's facts were last checked (YYYY-MM-DD).")
    basis: str | None = Field(
        default=None,
        description="Where the passage's facts come from: 'platform' (the platform's own pages), 'third_party', or "
        "'code_repository' (public code only: low confidence).",
    )


class Passage(BaseModel):
    """A passage the search returned for the question (cited or not)."""

    rank: int = Field(description="Position in the search results, from 1.")
    id: str = Field(description="The passage's id in the index.")
    source: str = Field(description="Corpus path of the document.")
    section: str | None = Field(default=None, description="Heading path of the passage.")
    score: float = Field(description="Fused search score (higher is better).")


class Answer(BaseModel):
    """An answer built from the corpus, with its numbered sources."""

    answer: str = Field(description="The answer text; every factual sentence ends with [n] pointing to a citation.")
    citations: list[Citation] = Field(default_factory=list, description="The sources cited in the answer, numbered from 1.")
    grounded: bool = Field(
        description="True when the answer is taken from retrieved passages; False when out of scope or not found."
    )
    in_scope: bool = Field(default=True, description="False when the question is outside the assistant's field.")
    notices: list[str] = Field(
        default_factory=list, description="Things the person should know about how the question was handled."
    )
    passages: list[Passage] = Field(default_factory=list, description="The passages retrieved for the question, best first.")
    checklist: DocumentChecklist | None = Field(
        default=None,
        description="For 'what do we need / can we file' questions: the documents rules' checklist for the case read from the question.",
    )
    refused: bool = Field(
        default=False,
        description="True when the request was refused: a forged document, or instructions to the assistant "
        "(assistant/domain/refused_requests.py).",
    )
    question_language: str | None = Field(
        default=None, description="The language the question was read in when not English: Chinese, Spanish, German, Malay/Indonesian."
    )
    question_read: bool = Field(
        default=True, description="False when too few of the question's words could be read to search for it (see the answer)."
    )
    sources_note: str | None = Field(
        default=None,
        description="For a question not in English: that the sources, and so the answer, are in English, said in the "
        "question's language and in English; shown with the answer.",
    )
    case: list[dict] = Field(
        default_factory=list, description="The case facts read from the question, each with the words it came from."
    )


def prepare_question(question: str | None, max_chars: int = DEFAULT_MAX_QUESTION_CHARS) -> tuple[str, list[str]]:
    """The question trimmed and capped at max_chars, with a notice when it was cut; BadInput when empty."""
    text = (question or "").strip()
    if not text:
        raise BadInput(
            "The question is empty.", hint='Ask something, e.g. ipr-assistant ask "How many links can one complaint hold?"'
        )
    notices = []
    if len(text) > max_chars:
        notices.append(
            f"Your question was {len(text):,} characters long; only the first {max_chars:,} characters were used."
        )
        text = text[:max_chars].rstrip()
    return text, notices


def check_site(site: str | None) -> str | None:
    """The site as a known marketplace value, or BadInput naming the allowed ones."""
    chosen = parse_site(site)
    return chosen.value if chosen else None


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, scored against the question."""

    hit: SearchHit
    position: int  # order within the passage
    text: str
    support: float  # share of the question's weighted vocabulary it covers
    score: float
    terms: frozenset[str]
    evidence: float  # words and meaning together, before rank and style: what abstaining is judged on
    closeness: float = 0.0  # its closeness in meaning to the question (discounted for words the corpus never uses)


def _weights(question_terms: Sequence[str], index) -> dict[str, float]:
    """How much each question term matters: its IDF in the corpus. A term the corpus never uses weighs half as
    much as the rarest one: a question about it ("fees") is not answered by sentences matching only its other words."""
    bm25 = lexical_index(index).bm25
    unseen = UNSEEN_WEIGHT * bm25.idf_of_unseen()
    weights = {term: (bm25.idf(term) or unseen) for term in dict.fromkeys(question_terms)}
    return {term: weight * (FRAME_WEIGHT if term in FRAME_TERMS else 1.0) for term, weight in weights.items()}


def _unseen_share(question_terms: Sequence[str], weights: dict[str, float], index) -> float:
    """The share of the question's weight carried by words the corpus never uses ("fee", "euros")."""
    bm25 = lexical_index(index).bm25
    total = sum(weights.values()) or 1.0
    return sum(weight for term, weight in weights.items() if not bm25.idf(term)) / total


def _candidates(
    question: str,
    hits: Sequence[SearchHit],
    weights: dict[str, float],
    meaning: Callable[[list[str]], np.ndarray] | None = None,
    unseen: float = 0.0,
) -> list[Candidate]:
    """Every sentence of the top passages, scored by its words and its closeness in meaning to the question.

    `meaning` gives each sentence's cosine similarity with the question (from the sentence vectors stored with the
    index); without it, the passage's similarity stands in for its sentences'."""
    total = sum(weights.values()) or 1.0
    asked = asked_for(question)
    timing = asks_duration(asked)
    read = [
        (hit, position, sentence)
        for hit in hits[:PASSAGES_READ]
        for position, sentence in enumerate(split_sentences(hit.chunk.text))
        if not _addresses_reader(hit, position)
    ]
    similarities = meaning([sentence for _, _, sentence in read]) if meaning is not None and read else None
    found = []
    for number, (hit, position, sentence) in enumerate(read):
        heading_terms = set(tokenize(hit.chunk.section or "")) | set(tokenize(hit.chunk.title))
        terms = frozenset(tokenize(sentence))
        own = sum(weight for term, weight in weights.items() if term in terms)
        closeness = float(similarities[number]) if similarities is not None else (hit.dense_score or 0.0) * PASSAGE_STANDS_IN
        if own == 0.0 and closeness < MEANING_ALONE and not (timing and says_duration(sentence)):
            continue  # shares no word with the question and is not close in meaning either, nor states the time asked
        heading = sum(weight for term, weight in weights.items() if term in heading_terms and term not in terms)
        support = (own + HEADING_CREDIT * heading) / total
        # What the corpus never speaks of, closeness in meaning cannot supply: a sentence near "fees per complaint"
        # in meaning is about complaints, not fees. Words the corpus never uses take up to half of the meaning's part.
        found.append(_scored(hit, position, sentence, terms, support, closeness * (1.0 - UNSEEN_DISCOUNT * unseen), asked))
    return found


def _scored(
    hit: SearchHit, position: int, sentence: str, terms: frozenset[str], support: float, closeness: float, asked: tuple = ()
) -> Candidate:
    """A sentence's score: its share of the question's words, its closeness in meaning, its passage's rank, and whether
    it says what the question asks for (a figure, a consequence: predicates.py)."""
    evidence = WORDS_WEIGHT * support + MEANING_WEIGHT * closeness
    score = evidence + RANK_CREDIT / hit.rank
    if says(asked, sentence):
        score += PREDICATE_CREDIT
    if _leans_on_context(sentence, position):
        score -= 0.15
    if len(sentence) > 400:
        score -= 0.1
    return Candidate(hit, position, sentence, support, score, terms, evidence, closeness)


def _leans_on_context(sentence: str, position: int) -> bool:
    """A lead-in ("Two ways:") or a sentence leaning on the one before ("Third, ...", "A vendor guide says the same
    about ...") says little quoted alone."""
    return sentence.endswith(":") or bool(LEAD_IN.search(sentence)) or (position > 0 and _leans_back(sentence))


def _leans_back(sentence: str) -> bool:
    """Whether a sentence leans on the one before it: it opens on it ("Third, ...", "This ...") or points back at it
    ("... says the same about URLs", "Official pages agree on this"): it is quoted with it (_anchor)."""
    return bool(NEEDS_CONTEXT.match(sentence) or sentence_fit.POINTS_BACK.search(sentence) or SAME_AS_BEFORE.search(sentence))


def _answers(candidate: Candidate, unseen: float = 0.0) -> bool:
    """Whether a sentence is close enough to the question to be given as its answer, and the corpus speaks to enough of
    the question for any sentence to be (MIN_EVIDENCE, MAX_UNSEEN, calibrated)."""
    return candidate.evidence >= MIN_EVIDENCE and unseen <= MAX_UNSEEN


def _agreed_passage(
    hits: Sequence[SearchHit], ranked: Sequence[Candidate], unseen: float, field_margin: float | None = None
) -> SearchHit | None:
    """The passage the search put first, when the words' and the meaning's rankings agree on it and the question is
    plainly in the field: both rankings put it within AGREED_RANK, one of them first; the meaning puts it ahead of every
    other passage found (by AGREED_MARGIN); and the scope gate's margin is at least AGREED_FIELD. Two independent
    readings of the question then agree on what it asks about, and the passage is read even when no single sentence of
    it is close: people word a question their own way. A question the gate barely lets in ("what does likelihood of
    confusion mean in EU trademark law?") finds an agreed passage too, hence AGREED_FIELD (calibrated)."""
    if len(hits) < 2 or unseen > MAX_UNSEEN or field_margin is None or field_margin < AGREED_FIELD:
        return None  # with a single passage found, the two rankings had nothing to agree on
    top = hits[0]
    if not _ours(top):
        return None  # a document someone added is quoted only for sentences that answer on their own
    words, meaning = top.bm25_rank or math.inf, top.dense_rank or math.inf
    if max(words, meaning) > AGREED_RANK or min(words, meaning) != 1 or top.dense_score is None:
        return None
    others = [hit.dense_score for hit in hits[1:] if hit.dense_score is not None]
    if top.dense_score - max(others, default=0.0) < AGREED_MARGIN:
        return None
    agreed = [c for c in ranked if c.hit is top]
    return top if not agreed or agreed[0].evidence >= MIN_AGREED else None


def _first_found(hits: Sequence[SearchHit], unseen: float) -> SearchHit | None:
    """The passage the search put first, when it is our corpus's and the question is in the corpus's words
    (MAX_UNSEEN_READ)."""
    if not hits or unseen > MAX_UNSEEN_READ or not _ours(hits[0]):
        return None
    return hits[0]


def top_passage_evidence(hit: SearchHit | None, weights: dict[str, float], meaning) -> dict[str, float]:
    """What the passage the search put first offers the question: the share of the question's weighted words it never
    uses (text, heading, title), and the closeness of the question to the closest question it is known to answer."""
    if hit is None or meaning is None:
        return {"uncovered": 1.0, "asked_top": 0.0}
    covered = set(tokenize(hit.chunk.text)) | set(tokenize(hit.chunk.section or "")) | set(tokenize(hit.chunk.title))
    total = sum(weights.values()) or 1.0
    own = _own_questions(hit)
    return {
        "uncovered": sum(weight for term, weight in weights.items() if term not in covered) / total,
        "asked_top": float(np.max(meaning(own))) if own else 0.0,
    }


def in_field_probability(evidence: dict[str, float]) -> float:
    """The evidence model's probability that the question is in the field (see EVIDENCE_WEIGHTS)."""
    logit = EVIDENCE_INTERCEPT + sum(weight * evidence[name] for name, weight in EVIDENCE_WEIGHTS.items())
    return 1.0 / (1.0 + math.exp(-logit))


def _in_field_by_evidence(field: float | None, hits: Sequence[SearchHit], weights: dict[str, float], meaning) -> float | None:
    """The evidence model's probability that the question is in the field; None when it cannot read the question (no
    gate score, no sentence vectors, nothing found): the rules alone decide then."""
    if field is None or meaning is None or not hits:
        return None
    return in_field_probability({"field": field, **top_passage_evidence(hits[0], weights, meaning)})


def field_margin(question: str, best_dense: float | None, index) -> float | None:
    """How far inside the field the scope gate puts the question (its score; 0 is the border), None when it judges by
    words (a question in Chinese) or the index keeps no sentence vectors. A message asking several questions ("does our
    POA need to be apostilled? and does it have to list every trademark number") is as far inside as the one of them
    that is furthest: the labelled examples each ask one thing, and two questions read as one come near neither."""
    embed = getattr(index, "sentence_vectors", None)
    if embed is None or written_in_chinese(question):
        return None
    dense = best_dense if best_dense is not None else PASSAGE_PIVOT
    margins = [scope_score(*nearest_examples(part, embed), dense) for part in dict.fromkeys([question, *_questions_in(question)])]
    return max(margins)


def _asked_closely(hits: Sequence[SearchHit], meaning: Callable[[list[str]], np.ndarray] | None, unseen: float = 0.0) -> SearchHit | None:
    """The top passage whose known questions ('Asked as' lines) one comes close in meaning to the question, even when
    no sentence of it shares the question's words: people word a question their own way. Words the corpus never uses
    discount the closeness as they discount a sentence's (MIN_ASKED, calibrated). None when no passage qualifies."""
    if meaning is None:
        return None
    found = None
    for hit in hits[:PASSAGES_READ]:
        if not hit.chunk.questions or not _ours(hit):
            continue
        closeness = float(np.max(meaning(list(hit.chunk.questions)))) * (1.0 - UNSEEN_DISCOUNT * unseen)
        if closeness >= MIN_ASKED and (found is None or closeness > found[0]):
            found = (closeness, hit)
    return found[1] if found else None


def _own_questions(hit: SearchHit) -> list[str]:
    """What a passage is known to answer: its heading when it is a question, and its 'Asked as' lines."""
    heading = (hit.chunk.section or "").split(" > ")[-1]
    return ([heading] if heading.endswith("?") else []) + list(hit.chunk.questions)


def _closest_sentence(hit: SearchHit, meaning: Callable[[list[str]], np.ndarray]) -> float:
    sentences = split_sentences(hit.chunk.text)
    return float(np.max(meaning(sentences))) if sentences else 0.0


def _asks_its_own_question(question: str, hit: SearchHit, hits: Sequence[SearchHit], meaning) -> bool:
    """Whether a subsection with a question for a heading is asked about (see above); any other passage is."""
    path = (hit.chunk.section or "").split(" > ")
    if len(path) < 2 or not path[-1].endswith("?") or meaning is None:
        return True
    own_words = set(tokenize(path[-1])) - set(tokenize(" ".join(path[:-1])))
    named = bool(own_words & set(tokenize(question)))
    asked = float(np.max(meaning(_own_questions(hit))))
    if not (named or asked >= MIN_ASKED):
        return False
    parent = " > ".join(path[:-1])
    parents = [h for h in hits[:PASSAGES_READ] if h.chunk.source == hit.chunk.source and h.chunk.section == parent]
    if not parents:
        return True
    # Asked as the subsection is asked, more closely than as its parent is: the question is the subsection's, however
    # close the parent's sentences come ("the invoice in the counter-notice looks fake" is not asking what a seller needs).
    theirs = _own_questions(parents[0])
    if asked >= MIN_ASKED and theirs and asked > float(np.max(meaning(theirs))):
        return True
    return _closest_sentence(hit, meaning) > _closest_sentence(parents[0], meaning)


def passages_asked_about(question: str, hits: Sequence[SearchHit], meaning) -> list[SearchHit]:
    """The passages an answer may quote: the search's, less the subsections the question does not ask about."""
    return [hit for hit in hits if _asks_its_own_question(question, hit, hits, meaning)]


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.7


def select_sentences(
    question: str,
    hits: Sequence[SearchHit],
    weights: dict[str, float],
    meaning: Callable[[list[str]], np.ndarray] | None = None,
    unseen: float = 0.0,
    in_field: float | None = None,
    plainly_in_field: bool = False,
    asked_sites: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The sentences that best answer the question, in the order to read them; empty when none is close enough.

    The best sentence is chosen first; others join when they score nearly as well, or when they cover question
    words the chosen ones do not ("... on AliExpress" next to the Taobao rule); see _passage_that_answers otherwise."""
    found = site_focus.keep_sentences(_candidates(question, hits, weights, meaning, unseen), asked_sites, question)
    found = site_focus.keep_to_the_right_asked(found, question)
    ranked = _corpus_first(sorted(sentence_fit.history_last(question, found), key=lambda c: (-c.score, c.hit.rank, c.position)), unseen)
    ranked = _saying_what_is_asked_first(question, ranked, unseen)
    answered = bool(ranked) and _answers(ranked[0], unseen)
    ranked = _duration_first(question, ranked) if answered else ranked  # the question is answered: a time opens it
    every = list(ranked)
    lead = ranked[0].hit if ranked else None
    if not answered:
        lead = _passage_that_answers(hits, ranked, meaning, unseen, in_field, plainly_in_field)
        if lead is None:
            return []
        # The passage answers a question worded like this one: its best sentence leads (its first when none scored).
        ranked = [c for c in ranked if c.hit is lead] or [_first_sentence(lead)]
    chosen: list[Candidate] = _with_anchor(ranked[0])
    chosen += _announced_list(ranked[0], weights, chosen)
    chosen, length = _joined(ranked, chosen, weights, asked_for(question))
    if READ_TOP_PASSAGE:
        for candidate in _top_passage_sentences(hits, every, chosen, length):
            chosen.append(candidate)
            length += len(candidate.text)
    chosen = _trusted(_with_follow_ons(question, chosen, length, lead, weights), unseen)
    chosen += _supporting(hits, every, chosen)
    chosen = site_focus.keep_sentences(chosen, asked_sites, question)
    own = _for_the_site(every, chosen, asked_sites) or _site_rule_of_quoted(every, chosen, asked_sites)
    read = chosen + own + _our_reply_read(question, hits, chosen + own)
    return _in_reading_order(question, read + _programme_openings(read), meaning, asked_sites)


def _programme_openings(chosen: list[Candidate]) -> list[Candidate]:
    """The opening sentence of each other marketplace's section quoted (programmes.py) that the answer does not quote
    yet: it says where and how that marketplace takes reports ("Shopee offers a Brand IP Portal ..."), and a later
    sentence of the section ("Enforcement runs market by market") is no answer to how reporting there works without
    it. It joins even past MAX_ANSWER_CHARS (one sentence per marketplace), as a site's own rule does."""
    quoted = {(id(c.hit), c.position) for c in chosen}
    openings: dict[int, Candidate] = {}
    for c in chosen:
        if programme_of(c.hit.chunk.source, c.hit.chunk.section) and (id(c.hit), 0) not in quoted and id(c.hit) not in openings:
            opening = _first_sentence(c.hit)
            if not _leans_on_context(opening.text, 0):
                openings[id(c.hit)] = opening
    return list(openings.values())


def _our_reply_read(question: str, hits: Sequence[SearchHit], chosen: list[Candidate]) -> list[Candidate]:
    """Asked how we reply to the seller (predicates.asks_our_reply), an answer quoting none of the passage read on the
    complainant's reply (its heading names it: predicates.on_our_reply) quotes its opening LEAD_READ sentences, which
    state the section's answer: the seller's side of the exchange (how many appeals a seller has) is not our reply. Like
    a site's own rule (_site_rule_of_quoted), they join even past MAX_ANSWER_CHARS."""
    if not chosen or not asks_our_reply(question):
        return []
    found = next((hit for hit in hits[:PASSAGES_READ] if _ours(hit) and on_our_reply(hit.chunk.section)), None)
    if found is None or any(c.hit is found for c in chosen):
        return []
    sentences = split_sentences(found.chunk.text)[:LEAD_READ]
    return [_follower(found, position, sentence) for position, sentence in enumerate(sentences)]


def _for_the_site(every: list[Candidate], chosen: list[Candidate], asked_sites: frozenset[str]) -> list[Candidate]:
    """Asked about one of Alibaba's sites, an answer whose sentences give only the general rule also quotes the best
    sentence of a passage read whose heading names the site ("Complainant response window > AliExpress, Alibaba.com
    and Lazada"), with that passage's opening sentence (it states the section's answer): what the corpus says for the
    site itself, before the general rule is passed off as the site's (see site_focus.general_notice). It must stand on
    its own, score as a sentence that may join an answer at all (NEIGHBOUR_RATIO of the best) and fit in
    MAX_ANSWER_CHARS."""
    if not chosen or not every or not site_focus.general_notice(chosen, asked_sites):
        return []
    room = MAX_ANSWER_CHARS - sum(len(c.text) for c in chosen)
    best = max(c.score for c in every)
    own = [
        c for c in every
        if _ours(c.hit) and site_focus.sites_named(c.hit.chunk.section or "") & asked_sites and len(c.text) <= room
        and not _leans_on_context(c.text, c.position) and c.score >= NEIGHBOUR_RATIO * best
        and not site_focus.off_site(c.hit.chunk, c.text, asked_sites)
    ]
    if not own:
        return []
    found = max(own, key=lambda c: c.score)
    opening = _first_sentence(found.hit)  # the section's opening sentence states its answer
    if found.position == 0 or _leans_on_context(opening.text, 0) or len(opening.text) + len(found.text) > room:
        return [found]
    return [opening, found]


def _site_rule_of_quoted(every: list[Candidate], chosen: list[Candidate], asked_sites: frozenset[str]) -> list[Candidate]:
    """Asked about one of Alibaba's sites, the sentence of the passage that answers (the best sentence's) that gives
    that site's rule ("... for AliExpress, Alibaba.com, Lazada and the other sites it is not published, so use the
    deadline shown in IPP"), or the best of that passage's subsection for the site ("Complainant response window >
    Taobao": 3 working days), when the answer does not quote it: another passage's sentence on the same site (how many
    appeals the seller gets) is not that answer. It must stand on its own and score as a sentence that may join an
    answer at all (NEIGHBOUR_RATIO of the best). It joins even past MAX_ANSWER_CHARS: making room by leaving out a
    sentence already chosen lost other questions' facts."""
    if not chosen or not every or not asked_sites & site_focus.ALIBABA_SITES:
        return []
    quoted = {id(chosen[0].hit)}  # the passage of the best sentence: the one that answers
    sections = {chosen[0].hit.chunk.section}
    best = max(c.score for c in every)
    own = [
        c for c in every
        if (id(c.hit) in quoted and site_focus.sites_named(c.text) & asked_sites or id(c.hit) not in quoted and _site_subsection(c.hit, sections, asked_sites))
        and _ours(c.hit) and not _among(c, chosen)
        and not _leans_on_context(c.text, c.position) and c.score >= NEIGHBOUR_RATIO * best
        and not site_focus.off_site(c.hit.chunk, c.text, asked_sites)
    ]
    return [max(own, key=lambda c: c.score)] if own else []


def _site_subsection(hit: SearchHit, sections: set, asked_sites: frozenset[str]) -> bool:
    """Whether a passage is the subsection, for a site asked about, of a passage quoted ("Complainant response window >
    Taobao" under "Complainant response window")."""
    parent, _, heading = (hit.chunk.section or "").rpartition(" > ")
    return bool(parent) and parent in sections and bool(site_focus.sites_named(heading) & asked_sites)


def _joined(ranked: list[Candidate], chosen: list[Candidate], weights: dict[str, float], asked) -> tuple[list[Candidate], int]:
    """The chosen sentences with those that join the best one (ranked[0]): scoring nearly as well, or covering question
    words the chosen ones do not, or saying every leading predicate asked for; and the answer's length so far."""
    best = ranked[0].score
    covered = set().union(*(c.terms for c in chosen))
    length = sum(len(c.text) for c in chosen)
    for candidate in ranked[1:]:
        if len(chosen) >= MAX_SENTENCES or candidate.score < NEIGHBOUR_RATIO * best:
            break
        if any(_similar(candidate.terms, other.terms) for other in chosen) or length + len(candidate.text) > MAX_ANSWER_CHARS:
            continue
        follows_chosen = any(o.hit is candidate.hit and o.position == candidate.position - 1 for o in chosen)
        anchor = None
        if _leans_on_context(candidate.text, candidate.position) and not follows_chosen:
            # "Second, a licence ..." is quoted with the sentence that announces the list, or not at all.
            anchor = _anchor(candidate)
            if anchor is None or any(o.hit is anchor.hit and o.position == anchor.position for o in chosen):
                continue
            if length + len(anchor.text) + len(candidate.text) > MAX_ANSWER_CHARS:
                continue
        if _joins(candidate, ranked[0], chosen, weights, covered) or (
            candidate.score >= OTHER_RATIO * best and joins_as_asked(asked, candidate.text, [c.text for c in chosen])
        ):
            if anchor is not None:
                chosen.append(anchor)
                length += len(anchor.text)
            chosen.append(candidate)
            covered |= candidate.terms
            length += len(candidate.text)
    return chosen, length


def _in_reading_order(question: str, chosen: list[Candidate], meaning, asked_sites: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen sentences (what was read on from one kept to the site too) passage by passage in the search's order
    (it judged whole passages, headings included); within a passage, in the text's order, so steps and conditions keep
    their sequence. Asked how we reply to the seller, the passage on the complainant's reply comes first; asked what
    happens, the passages that say it (predicates.py). A rule found twice is said
    once, and a sentence that means something only beside a neighbour not quoted is left out (sentence_fit); one
    between two quoted from our passage is read with them, unless it gives another site's rule than the one asked about."""
    asked = asked_for(question)
    strength: dict[int, int] = {}
    for c in chosen:  # a passage saying the consequence asked for (a closure) before one saying another consequence
        strength[id(c.hit)] = max(strength.get(id(c.hit), 0), leading_said(asked, c.text))
    timed = {id(c.hit) for c in chosen if asks_duration(asked) and says_duration(c.text)}
    if timed and asks_only_a_time(question):  # another figure answers another question (_duration_first)
        chosen = [c for c in chosen if not _other_figure(c.text)]
    ours = asks_our_reply(question)  # asked how we reply: the passage on the complainant's reply first
    chosen = sorted(chosen, key=lambda c: (not (ours and on_our_reply(c.hit.chunk.section)), id(c.hit) not in timed, -strength[id(c.hit)], c.hit.rank, c.position))
    standing = sentence_fit.stands_where_quoted(lambda chunk: _asks_as_heading(chunk, meaning, MIN_ASKED), chosen)
    whole = sentence_fit.with_earlier_items(standing, lambda hit: split_sentences(hit.chunk.text), _follower)

    def readable(hit: SearchHit, sentence: str) -> bool:
        return _ours(hit) and not site_focus.off_site(hit.chunk, sentence, asked_sites)

    whole = sentence_fit.with_gaps_read(whole, lambda hit: split_sentences(hit.chunk.text), _follower, readable)
    return _opening_stands(sentence_fit.said_once(whole))


def _opening_stands(chosen: list[Candidate]) -> list[Candidate]:
    """The answer with an opening sentence that stands on its own: one leaning on the sentence before it in its passage
    ("The first is the counter-notice within 3 business days.", "This 3-day figure is confirmed by ...") opens only
    with that sentence before it (the one it leans on, _anchor); without one, it is left out."""
    if not chosen or chosen[0].position == 0 or not _leans_back(chosen[0].text):
        return chosen
    first = chosen[0]
    anchor = _anchor(first)
    if anchor is None or any(c.hit is anchor.hit and c.position == anchor.position for c in chosen):
        return chosen[1:]
    return [anchor, *chosen]


def _duration_first(question: str, ranked: list[Candidate]) -> list[Candidate]:
    """Asked how long or by when (predicates.DURATION), the answer opens with a stretch of time: when the best sentence
    states none, our corpus's best sentence that states one, and is not a past rule, leads, if it scores as a sentence
    that may join an answer at all (NEIGHBOUR_RATIO of the best). Unless a count is asked too, a sentence giving another
    figure and no time (a count, a share, an amount: "removed 8 proactively") answers another question and is left out."""
    if not ranked or not asks_duration(asked_for(question)) or says_duration(ranked[0].text):
        return ranked
    timed = next(
        (
            c for c in ranked
            if says_duration(c.text) and _ours(c.hit) and not sentence_fit.is_historical(c.text) and c.score >= NEIGHBOUR_RATIO * ranked[0].score
        ),
        None,
    )
    if timed is None:
        return ranked
    return [timed, *(c for c in ranked if c is not timed and not (asks_only_a_time(question) and _other_figure(c.text)))]


# A year ("in 2020", "June 2019") dates a sentence; it is not the figure a sentence gives.
YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _other_figure(sentence: str) -> bool:
    """Whether a sentence gives a figure (a count, a share, an amount; not a year) and no stretch of time."""
    return bool(regex.search(r"\d", YEAR.sub("", sentence))) and not says_duration(sentence)


def _saying_what_is_asked_first(question: str, ranked: list[Candidate], unseen: float) -> list[Candidate]:
    """The ranking with the sentences that say what the question asks for (a consequence: predicates.py) first, those
    that would join an answer led by the best one anyway (OTHER_RATIO), in their order; the best of them, when it
    answers on its own, then leads: asked what happens, the answer opens with what happens, and the rest joins as before."""
    asked = asked_for(question)
    if not ranked or not any(p.leads for p in asked):
        return ranked
    saying = [c for c in ranked if leads(asked, c.text) and c.score >= OTHER_RATIO * ranked[0].score]
    saying.sort(key=lambda c: -leading_said(asked, c.text))  # the consequence asked for (a closure) before any other
    if not saying or not _answers(saying[0], unseen):
        return ranked
    return [*saying, *(c for c in ranked if not any(c is s for s in saying))]


def _joins(candidate: Candidate, first: Candidate, chosen: list[Candidate], weights: dict[str, float], covered: set) -> bool:
    """Whether a sentence scoring near the best one joins the answer: from a passage already quoted when it scores
    nearly as well or adds question words; from another passage only when it also adds words or is as close."""
    best = first.score
    total = sum(weights.values()) or 1.0
    new_words = sum(weight for term, weight in weights.items() if term in candidate.terms and term not in covered)
    adds_words = new_words / total >= NEW_WORDS_SHARE
    if any(other.hit is candidate.hit for other in chosen):
        return candidate.score >= KEEP_RATIO * best or (adds_words and candidate.score >= NEIGHBOUR_RATIO * best)
    close = candidate.closeness >= first.closeness - CLOSE_MARGIN
    return candidate.score >= OTHER_RATIO * best and (adds_words or close)


def _top_passage_sentences(hits, every: list[Candidate], chosen: list[Candidate], length: int) -> list[Candidate]:
    """From the passage the search put first (our corpus's): its sentence sharing the most of the question's weighted
    words (with the sentence announcing its list when it is a list item) and its opening sentence, those the answer does
    not quote yet; none when they do not fit in MAX_ANSWER_CHARS or no sentence of it shares a word."""
    if not hits or not _ours(hits[0]):
        return []
    own = [c for c in every if c.hit is hits[0] and c.support > 0.0]
    if not own:
        return []
    best = max(own, key=lambda c: (c.support, c.score))
    found = _with_anchor(best)
    opening = _first_sentence(hits[0])
    if best.position > 0 and not _leans_on_context(opening.text, 0):
        found.append(opening)
    found = [c for c in found if not any(o.hit is c.hit and o.position == c.position for o in chosen)]
    if length + sum(len(c.text) for c in found) > MAX_ANSWER_CHARS:
        return []
    return found


def _supporting(hits, every: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """The best-scoring sentence of the passages ranked below the first that the answer does not quote yet, when it scores
    at least KEEP_RATIO of the best sentence (SUPPORT_FROM_OTHERS): our corpus's, standing on its own, not a near copy of
    a quoted one, within MAX_ANSWER_CHARS. None when the passage found first is all that was read."""
    if not SUPPORT_FROM_OTHERS or not hits or not every:
        return []
    taken = {(id(c.hit), c.position) for c in chosen}
    room = MAX_ANSWER_CHARS - sum(len(c.text) for c in chosen)
    others = [
        c for c in every
        if c.hit is not hits[0] and _ours(c.hit) and (id(c.hit), c.position) not in taken and len(c.text) <= room
        and not _leans_on_context(c.text, c.position) and not any(_similar(c.terms, o.terms) for o in chosen)
    ]
    best = max(c.score for c in every)
    found = max(others, key=lambda c: c.score, default=None)
    return [found] if found is not None and found.score >= KEEP_RATIO * best else []


def _passage_that_answers(hits, ranked, meaning, unseen: float, in_field: float | None, plainly: bool) -> SearchHit | None:
    """When no sentence is close enough: the agreed passage, the one asked as the question is, or, for a question the
    evidence model puts plainly in the field, the one the search put first; None when none is."""
    lead = _agreed_passage(hits, ranked, unseen, in_field) or _asked_closely(hits, meaning, unseen)
    return lead or (_first_found(hits, unseen) if plainly else None)


def _trusted(chosen: list[Candidate], unseen: float) -> list[Candidate]:
    """The chosen sentences an answer may quote (_quotable), less an added document's that give another figure for
    what our corpus's sentences in the answer count (_contradicts)."""
    chosen = [c for c in chosen if _quotable(c, unseen)]
    ours = _figures(" ".join(c.text for c in chosen if _ours(c.hit)))
    return [c for c in chosen if _ours(c.hit) or not _contradicts(_figures(c.text), ours)]


def _ours(hit: SearchHit) -> bool:
    """Whether the passage is the project's own corpus (knowledge/), not a document a team added."""
    return hit.chunk.origin == CORPUS


def _addresses_reader(hit: SearchHit, position: int) -> bool:
    """Whether the sentence at `position` addresses an automated reader ("SYSTEM OVERRIDE: ...", "Assistant, disregard
    the guide ..."): it is never an answer's sentence, whatever the document (sentences.instruction_positions)."""
    return position in instruction_positions(hit.chunk.text)


def _quotable(candidate: Candidate, unseen: float) -> bool:
    """Whether an answer may quote the sentence: never one addressing an automated reader; from a document a team
    added, only a sentence that answers on its own (MIN_EVIDENCE), never one read for its neighbour (the opening, the
    sentences that follow, a list's lead-in) or for an agreed or asked-as passage: those readings are for our corpus,
    whose sections are written to be read that way."""
    if _addresses_reader(candidate.hit, candidate.position):
        return False
    return _ours(candidate.hit) or _answers(candidate, unseen)


# A figure and the word it counts: "300 product links" -> ("300", "product"), "5,000 listings" -> ("5000", "list").
FIGURE = regex.compile(r"(?<![\p{L}\d])(\d[\d,.]*\d|\d)\s*(?:%\s*)?(\p{L}+)")


def _figures(text: str) -> dict[str, set[str]]:
    """The figures a text gives, by the word each counts (its stem)."""
    found: dict[str, set[str]] = {}
    for number, word in FIGURE.findall(text):
        stems = tokenize(word)
        if stems:
            found.setdefault(stems[0], set()).add(number.replace(",", ""))
    return found


def _contradicts(theirs: dict[str, set[str]], ours: dict[str, set[str]]) -> bool:
    """Whether a sentence counts something our corpus's sentences in the answer count too, with another figure: a
    document a team added that says "5,000 listings" where the corpus says 300 is not quoted beside it."""
    return any(unit in ours and not numbers & ours[unit] for unit, numbers in theirs.items())


def _corpus_first(ranked: list[Candidate], unseen: float) -> list[Candidate]:
    """The ranking with our corpus's best answering sentence first when a document a team added outranks it: the
    corpus is trusted over added documents, so it leads the answer and sets the bar the other sentences meet."""
    if not ranked or _ours(ranked[0].hit):
        return ranked
    ours = next((c for c in ranked if _ours(c.hit) and _answers(c, unseen)), None)
    return ranked if ours is None else [ours, *(c for c in ranked if c is not ours)]


def _follows_on(chosen: Candidate, sentence: str, best: Candidate, lead: SearchHit | None, asked: tuple) -> bool:
    """Whether the sentence after a chosen one belongs with it: it leans on it ("This ...", "Their ..."), it is the
    list the chosen one announces, it says what the question asks for (a figure, a consequence), or it goes on with the best sentence
    in the passage that answers (the top-ranked one, or the one asked as the question is): a section read on."""
    if NEEDS_CONTEXT.match(sentence) or _leans_on_context(chosen.text, chosen.position):
        return True
    if says(asked, sentence):
        return True
    return chosen is best and (chosen.hit.rank == 1 or chosen.hit is lead)


def _with_follow_ons(
    question: str, chosen: list[Candidate], length: int, lead: SearchHit | None, weights: dict[str, float] | None = None
) -> list[Candidate]:
    """The chosen sentences with the ones that follow on from them in their passage (see _follows_on)."""
    asked = asked_for(question)
    best = chosen[0]
    taken = {(id(c.hit), c.position) for c in chosen}
    result = list(chosen)
    if OPENING and _ours(best.hit) and best.position > 0 and (best.hit.rank == 1 or best.hit is lead) and (id(best.hit), 0) not in taken:
        # The section's opening sentence states its answer; the best sentence often only adds to it.
        opening = _first_sentence(best.hit)
        if length + len(opening.text) <= MAX_ANSWER_CHARS and not _leans_on_context(opening.text, 0):
            result.append(opening)
            taken.add((id(best.hit), 0))
            length += len(opening.text)
    for candidate in list(chosen):
        if not _ours(candidate.hit):
            continue  # a document a team added: only sentences that answer on their own
        sentences = split_sentences(candidate.hit.chunk.text)
        current = candidate
        for position in range(candidate.position + 1, min(len(sentences), candidate.position + 1 + FOLLOW_MAX)):
            sentence = sentences[position]
            if (id(candidate.hit), position) in taken or len(result) >= MAX_SENTENCES + FOLLOW_EXTRA:
                break
            if length + len(sentence) > MAX_ANSWER_CHARS or not _follows_on(current, sentence, best, lead, asked):
                break
            if sentence_fit.is_historical(sentence) and not sentence_fit.ASKS_ABOUT_THE_PAST.search(question):
                break  # a past rule is not read on into an answer on today's (the ranking puts history last too)
            follower = _follower(candidate.hit, position, sentence)
            result.append(follower)
            taken.add((id(candidate.hit), position))
            length += len(sentence)
            current = best if current is best else follower  # the best sentence's passage is read on from it
    return result + (_read_from_start(best.hit, taken, length, weights) if _ours(best.hit) else [])


def _read_from_start(hit: SearchHit, taken: set, length: int, weights: dict[str, float] | None = None) -> list[Candidate]:
    """Up to LEAD_READ sentences of the passage that answers, from its start, not taken yet and standing on their own;
    a sentence announcing a list brings the items the question's words point to (see _pointed_items)."""
    read: list[Candidate] = []
    sentences = split_sentences(hit.chunk.text)
    for position, sentence in enumerate(sentences):
        if len(read) >= LEAD_READ or length + len(sentence) > MAX_ANSWER_CHARS:
            break
        if (id(hit), position) in taken or (_leans_on_context(sentence, position) and (id(hit), position - 1) not in taken):
            continue
        read.append(_follower(hit, position, sentence))
        taken.add((id(hit), position))
        length += len(sentence)
        if weights and _leans_on_context(sentence, 0):
            for item in _pointed_items(hit, sentences, position, weights, taken):
                if length + len(item.text) > MAX_ANSWER_CHARS:
                    break
                read.append(item)
                taken.add((id(hit), item.position))
                length += len(item.text)
    return read


def _announced_list(best: Candidate, weights: dict[str, float], chosen: list[Candidate]) -> list[Candidate]:
    """When the best sentence's passage announces a list at or just after it ("The seller can show one of three
    things."), the announcement and the items the question's words point to, before any other passage is read: the
    question "an invoice as a counter-notice" is answered by the list's invoice item."""
    if not _ours(best.hit):
        return []
    sentences = split_sentences(best.hit.chunk.text)
    taken = {(id(c.hit), c.position) for c in chosen}
    for position in range(0, min(len(sentences), best.position + 2)):
        if not (sentences[position].endswith(":") or LEAD_IN.search(sentences[position])):
            continue
        items = _pointed_items(best.hit, sentences, position, weights, taken)
        if not items:
            return []
        lead_in = [] if (id(best.hit), position) in taken else [_follower(best.hit, position, sentences[position])]
        return lead_in + items
    return []


def _pointed_items(hit: SearchHit, sentences: list[str], lead: int, weights: dict[str, float], taken: set) -> list[Candidate]:
    """The items of the list announced at `lead` ("The seller can show one of three things.") holding one of the
    question's rarer words (ITEM_TERM_RATIO) that the passage has not used before its list, each with the sentence
    leaning on it ("These are ... not hard limits."). The list runs while its sentences lean on the one before."""
    rare = ITEM_TERM_RATIO * max(weights.values(), default=0.0)
    before = set(tokenize(" ".join(sentences[: lead + 1])))  # what the passage says before its list
    found: list[Candidate] = []
    pointed = False
    for position in range(lead + 1, len(sentences)):
        sentence = sentences[position]
        if not NEEDS_CONTEXT.match(sentence):
            break
        if LIST_ITEM.match(sentence):
            terms = set(tokenize(sentence))
            pointed = any(weight >= rare for term, weight in weights.items() if term in terms and term not in before)
        if pointed and (id(hit), position) not in taken:
            found.append(_follower(hit, position, sentence))
    return found


def _follower(hit: SearchHit, position: int, sentence: str) -> Candidate:
    """A sentence taken for the one before it, not for its own score."""
    return Candidate(hit, position, sentence, 0.0, 0.0, frozenset(tokenize(sentence)), 0.0)


def _with_anchor(best: Candidate) -> list[Candidate]:
    """The best sentence, with the one announcing its list when it is a list item: "Third, a licence ..." is read after
    "The seller can show one of three things."."""
    anchor = _anchor(best) if best.position > 0 and _leans_back(best.text) else None
    return [best] if anchor is None else [best, anchor]


def _anchor(candidate: Candidate) -> Candidate | None:
    """The sentence a list item leans on: the nearest one before it, within ANCHOR_BACK, that stands on its own."""
    sentences = split_sentences(candidate.hit.chunk.text)
    for position in range(candidate.position - 1, max(-1, candidate.position - 1 - ANCHOR_BACK), -1):
        if not (position > 0 and _leans_back(sentences[position])):
            return _follower(candidate.hit, position, sentences[position])
    return None


def _with_ipp_side(question: str, chosen: list[Candidate], hits: Sequence[SearchHit]) -> list[Candidate]:
    """Asked to compare another marketplace's programme with IPP, an answer quoting only that programme also quotes
    the opening of the comparison the search found (what IPP does differently): each under its own label (programmes.py)."""
    if not chosen or not COMPARING.search(question):
        return chosen
    if not any(programme_of(c.hit.chunk.source, c.hit.chunk.section) for c in chosen):
        return chosen
    if any(c.hit.chunk.source.endswith(OTHER_MARKETPLACES_FILE) and not programme_of(c.hit.chunk.source, c.hit.chunk.section) for c in chosen):
        return chosen
    side = next((h for h in hits if h.chunk.source.endswith(OTHER_MARKETPLACES_FILE) and not programme_of(h.chunk.source, h.chunk.section)), None)
    return chosen if side is None else [*chosen, _first_sentence(side)]


def _with_programmes_named(index, question: str, chosen: list[Candidate], ranked: int) -> tuple[list[Candidate], list[Passage]]:
    """A question naming another marketplace whose programme the corpus describes ("we sell on Lazada and Shopee: is
    reporting fakes the same?") is answered about that programme too: when no sentence chosen comes from its section,
    the section's opening is quoted (under its own label, programmes.py), its passage numbered after the `ranked` ones
    the search returned. The search may not find the section: read in another language, the question's other words
    (fakes, complaints) lead it to IPP's passages."""
    chunks = getattr(index, "chunks", None)
    if not chosen or chunks is None:
        return chosen, []
    quoted = {programme_of(c.hit.chunk.source, c.hit.chunk.section) for c in chosen}
    added: list[Candidate] = []
    for name, _ in marketplaces_named(question):
        if any(name in (programme or "").casefold() for programme in quoted):
            continue
        chunk = next((c for c in chunks() if c.origin == CORPUS and name in (programme_of(c.source, c.section) or "").casefold()), None)
        if chunk is not None:
            added.append(_first_sentence(SearchHit(chunk=chunk, score=0.0, rank=ranked + len(added) + 1)))
            quoted.add(programme_of(chunk.source, chunk.section))
    passages = [Passage(rank=c.hit.rank, id=c.hit.chunk.id, source=c.hit.chunk.source, section=c.hit.chunk.section, score=0.0) for c in added]
    return [*chosen, *added], passages


def _with_the_rule_for_every_site(index, chosen: list[Candidate], asked_sites: frozenset[str], ranked: int) -> tuple[list[Candidate], list[Passage]]:
    """Asked about no site, an answer quoting a subsection for some sites ("Complainant response window > Taobao": 3
    working days) opens with its section's sentences naming those sites ("How long that period is has been published
    only for Taobao; for AliExpress ... use the deadline shown in IPP"), after the section's opening when the answer
    does not quote it, its passage numbered after the `ranked` ones: one site's rule is not every site's."""
    chunks = getattr(index, "chunks", None)
    if asked_sites or not chosen or chunks is None:
        return chosen, []
    parts = [(c.hit.chunk.source, *(c.hit.chunk.section or "").rpartition(" > ")) for c in chosen if _ours(c.hit)]
    sites = frozenset().union(*(site_focus.sites_named(heading) for _, parent, _, heading in parts if parent))
    parents = {(source, parent) for source, parent, _, heading in parts if parent and site_focus.sites_named(heading)}
    if len(parents) != 1:
        return chosen, []
    source, section = next(iter(parents))
    chunk = next((c for c in chunks() if c.origin == CORPUS and c.source == source and c.section == section), None)
    if chunk is None:
        return chosen, []
    quoted = {c.position for c in chosen if c.hit.chunk.id == chunk.id}
    hit = next((c.hit for c in chosen if c.hit.chunk.id == chunk.id), None) or SearchHit(chunk=chunk, score=0.0, rank=ranked + 1)
    naming = [
        _follower(hit, position, sentence) for position, sentence in enumerate(split_sentences(chunk.text))
        if position > 0 and position not in quoted and site_focus.sites_named(sentence) & sites and not _leans_back(sentence)
    ]
    if not naming:
        return chosen, []
    opening = next((c for c in chosen if c.hit is hit and c.position == 0), None) or _first_sentence(hit)
    added = [Passage(rank=hit.rank, id=chunk.id, source=chunk.source, section=chunk.section, score=0.0)] if hit.rank > ranked else []
    return [opening, *naming, *(c for c in chosen if c is not opening)], added


def _first_sentence(hit: SearchHit) -> Candidate:
    sentences = split_sentences(hit.chunk.text)
    return _follower(hit, 0, sentences[0] if sentences else hit.chunk.text)


def _meaning(index, question: str) -> Callable[[list[str]], np.ndarray] | None:
    """Cosine similarity of sentences with the question, from the sentence vectors kept with the index."""
    if not hasattr(index, "sentence_vectors"):
        return None
    from assistant.retrieval.embedding import query_vector

    asked = query_vector(question)
    return lambda sentences: index.sentence_vectors(sentences) @ asked


def _citation_key(hit: SearchHit, url: str | None) -> tuple:
    chunk = hit.chunk
    return (chunk.source, chunk.section, url)


def _with_marker(sentence: str, n: int | str) -> str:
    """'Up to 300 links.' -> 'Up to 300 links [1].' (`n` may be several markers: '1][2' gives '[1][2]')."""
    match = regex.search(r"[.!?。！？]+[\"')\]]*$", sentence)
    if match:
        return f"{sentence[: match.start()].rstrip()} [{n}]{sentence[match.start():]}"
    return f"{sentence.rstrip(':;, ')} [{n}]."


def compose_answer(chosen: Sequence[Candidate]) -> tuple[str, list[Citation]]:
    """The answer text with [n] markers, and the citations numbered in order of first use; sentences about another
    marketplace's programme are labelled as such, apart from those about IPP (programmes.py).

    Each citation is one public page of one passage: a sentence cites every page it rests on (cited_pages.py), so a
    sentence of a section with several sources cites its own, not the section's first. A sentence is said once, though
    two passages hold it (a passage and the part of it split off)."""
    numbers: dict[tuple, int] = {}
    citations: list[Citation] = []
    parts = []
    said: set[str] = set()
    for candidate in chosen:
        if candidate.text in said:
            continue
        said.add(candidate.text)
        chunk = candidate.hit.chunk
        cited = []
        for url in pages_of(chunk, candidate.position, candidate.text):
            key = _citation_key(candidate.hit, url)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                citations.append(
                    Citation(
                        n=numbers[key], source=chunk.source, title=chunk.title, section=chunk.section, url=url,
                        checked=chunk.checked, basis=basis_of([url] if url else []),
                    )
                )
            cited.append(str(numbers[key]))
        parts.append((programme_of(chunk.source, chunk.section), _with_marker(candidate.text, "][".join(cited))))
    note = low_confidence_note(citations)
    return labelled(parts) + (f"\n\n{note}" if note else ""), citations


def read_words(index, text: str) -> tuple[str, dict[str, float], Callable[[list[str]], np.ndarray] | None, float]:
    """The question as the answer reads it: in the corpus's English (a question in Chinese through the glossary,
    query_language.py), its words' weights, its closeness in meaning to sentences, and the share of its weight carried by
    words the corpus never uses. (asked, weights, meaning, unseen)"""
    reading = read_question(text)
    asked = reading.english or text
    # Chinese words the glossary does not know are words the corpus never uses, as an English word it lacks would be.
    terms = _without_the_cases_names(tokenize(STORY_TIME.sub(" ", asked)) + list(reading.unknown), {text, asked}, index)
    weights = _weights(terms, index)
    return asked, weights, _meaning(index, asked), _unseen_share(terms, weights, index)


# A name the person quotes ("Sorvik style", “SORVIK同款”): the mark as a listing writes it. (A word in capitals is no
# name by itself: GDPR, VAT and EORI are what a question asks about.)
_NAMED_MARK = regex.compile(r"[\"“”「」『』]([^\"“”「」『』]{1,40})[\"“”「」『』]")


def _without_the_cases_names(terms: list[str], texts: set[str], index) -> list[str]:
    """The terms less the words naming the case's particulars that the corpus never names: a place of registration
    ("Swedish", "PRV"; the case reader reads it, and the corpus speaks of it as one of the "other countries"), and a
    name quoted as a listing writes it ("Sorvik style"). A question on a Swedish registration asks no more about
    something the corpus lacks than one on a German registration."""
    names = [words for text in texts for words in place_words(text)]
    names += [match.group(1) for text in texts for match in _NAMED_MARK.finditer(text)]
    named = {term for words in names for term in tokenize(words)}
    bm25 = lexical_index(index).bm25
    return [term for term in terms if term not in named or bm25.idf(term)]


def _search(index, text: str, site: str | None, asked_sites: frozenset[str]) -> list[SearchHit]:
    """The passages the answer reads. A question about one site: the passages that speak for it (or for every site),
    from the question searched as asked and without its sites' names (what it asks about them), the two rankings taken in
    turn (site_focus)."""
    sites = [site] if site else None
    if not asked_sites:
        return hybrid_search(index, text, k=5, sites=sites)
    rankings = [hybrid_search(index, text, k=SITE_SEARCH_DEPTH, sites=sites)]
    plain = site_focus.without_site_names(text)
    if plain and plain != text:
        rankings.append(hybrid_search(index, plain, k=SITE_SEARCH_DEPTH, sites=sites))
    return site_focus.keep_passages(site_focus.interleaved(rankings), asked_sites, 5)


def _site_terms_weighed(weights: dict[str, float], asked_sites: frozenset[str]) -> dict[str, float]:
    """The question's word weights with the asked sites' names weighed as framing words (SITE_TERM_WEIGHT): the answer
    keeps to the site by site_focus, so the sentences are chosen for what the question asks about it."""
    names = site_focus.site_terms(asked_sites)
    return {term: weight * (SITE_TERM_WEIGHT if term in names else 1.0) for term, weight in weights.items()}


def answer_question(
    index, question: str, site: str | None = None, *, max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS
) -> Answer:
    """Answer a question from the corpus: extractive sentences with [n] citations, a scoped reply, or a plain 'not found'.
    A forgery request or an instruction to the assistant is refused first (assistant/domain/refused_requests.py: the
    one place `ask`, the chat and Slack refuse them); a question in another language is read in the corpus's English
    (query_language.py, question_languages.py) and answered with the corpus's English sentences, saying so."""
    text, notices = prepare_question(question, max_question_chars)
    refused = refusal_for(text)
    if refused is not None:
        return Answer(answer=refused.text, grounded=False, refused=True, notices=notices)
    unread_language = language_not_read(text)
    if unread_language:  # never read as a language it resembles (Italian as Spanish)
        return Answer(answer=other_language_reply(unread_language), grounded=False, notices=notices, question_read=False)
    reading = read_question(text)
    note = read_language_notes(reading.language)
    if not reading.readable and not only_marketplaces_the_corpus_lacks(text):  # that marketplace is declined below
        return Answer(answer=note.unread, grounded=False, notices=notices, question_language=note.name, question_read=False)
    # Searched through its reading (hybrid_search and read_words read it again, with its unknown words); judged in or
    # out of the field, and read as a case, in the corpus's English. A Chinese question keeps its own scope reading.
    judged = reading.english if reading.language not in (None, "zh") else text
    judged = _keeping_marketplaces(judged, text)
    answer = _answer_read(index, text, judged, check_site(site), notices)
    if answer.answer == NOT_SUPPORTED and not note.name and in_a_language_not_read(text):
        answer.answer, answer.question_read = other_language_reply(), False  # not "no source": the question was not read
    if note.name:
        answer.question_language = note.name
        if not answer.in_scope and mostly_in(text, reading.language):  # said first in its language, then in English
            answer.answer = f"{note.declined} {answer.answer}"
        if answer.citations:  # the corpus's English sentences were quoted
            answer.notices.append(note.english)
            answer.sources_note = note.both
    return answer


# A declined question near the field ("can we sue the seller instead of filing?") is told the platform's contact for
# that matter where the corpus gives one: a passage of ours (not another marketplace's) holding an address, which names
# the matter itself (the question shares with its text or its known questions a word the corpus rarely uses: "court",
# "lawsuit", "police"; an IDF at least CONTACT_RARITY of the largest) and comes at least MIN_CONTACT close in meaning
# to the question (its closest known question or sentence). Meaning alone does not tell the matter: a question on a
# seller's penalty for late delivery comes as close as one on going to court. Chosen on the out-of-field development
# and scope calibration questions (never the frozen ones): the rare words give the contact to the questions on going to
# court and to no other; their lowest closeness is 0.24, and MIN_CONTACT keeps a margin below it.
CONTACT = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
MIN_CONTACT = 0.2
CONTACT_RARITY = 0.85


def _contact_for(index, question: str, ranked: int) -> tuple[str, list[Citation], list[Passage]]:
    """The sentences of the corpus giving the platform's contact for what a declined question asks (see CONTACT), with
    their citations and the passage they come from (numbered after the `ranked` passages the search returned); empty
    when the corpus holds none that close."""
    meaning = _meaning(index, question)
    chunks = getattr(index, "chunks", None)
    if meaning is None or chunks is None:
        return "", [], []
    bm25 = lexical_index(index).bm25
    rare = {term for term in tokenize(question) if (bm25.idf(term) or 0.0) >= CONTACT_RARITY * bm25.idf_of_unseen()}
    best = None
    for chunk in chunks():
        if chunk.origin != CORPUS or not CONTACT.search(chunk.text) or programme_of(chunk.source, chunk.section):
            continue
        hit = SearchHit(chunk=chunk, score=0.0, rank=ranked + 1)
        said = _own_questions(hit) + split_sentences(chunk.text)
        if not rare & set(tokenize(" ".join(said))):
            continue
        closeness = float(np.max(meaning(said)))
        if closeness >= MIN_CONTACT and (best is None or closeness > best[0]):
            best = (closeness, hit)
    if best is None:
        return "", [], []
    hit = best[1]
    sentences = split_sentences(hit.chunk.text)
    start = next(n for n, sentence in enumerate(sentences) if CONTACT.search(sentence))
    chosen = [_follower(hit, start, sentences[start])]
    for position in range(start + 1, len(sentences)):  # what it is for: the sentences leaning on it
        if not NEEDS_CONTEXT.match(sentences[position]):
            break
        chosen.append(_follower(hit, position, sentences[position]))
    text, citations = compose_answer(chosen)
    passage = Passage(rank=hit.rank, id=hit.chunk.id, source=hit.chunk.source, section=hit.chunk.section, score=0.0)
    return text, citations, [passage]


def _keeping_marketplaces(reading: str, question: str) -> str:
    """The reading with the other marketplaces the question names, as written. A glossary reading drops the names it
    cannot translate ('Mercado Libre'), and the scope gate needs them to decline a marketplace the guide does not cover."""
    missing = [written for _, written in marketplaces_named(question) if written.casefold() not in reading.casefold()]
    return " ".join([reading, *missing]) if missing else reading


def _answer_read(index, text: str, judged: str, site: str | None, notices: list[str]) -> Answer:
    """The answer to a question read (see answer_question): `text` as asked, `judged` in the corpus's English."""
    asked_sites = site_focus.asked_about(text, site)
    hits = _search(index, searched_for(text), site, asked_sites)
    passages = [
        Passage(rank=h.rank, id=h.chunk.id, source=h.chunk.source, section=h.chunk.section, score=h.score) for h in hits
    ]
    best_dense = max((h.dense_score for h in hits if h.dense_score is not None), default=None)
    decision = judge_scope(judged, best_dense, getattr(index, "sentence_vectors", None))
    if not decision.in_scope:
        contact, citations, cited = _contact_for(index, read_question(text).english or judged, 0)  # in the corpus's English
        return Answer(
            answer=decline_text(text, decision, contact=contact), grounded=False, in_scope=False, notices=notices,
            citations=citations, passages=cited,  # a decline reads no passage but the one it cites
        )
    # Read as the chat reads it (assistant/domain/complaint_start.py), once the question is in the field: a declined
    # request ("can you draft an employment contract") is no complaint to put together.
    if starts_complaint(judged):
        notices.append(COMPLAINT_START_NOTICE)
    asked, weights, meaning, unseen = read_words(index, text)
    weights = _site_terms_weighed(weights, asked_sites)
    inside = field_margin(asked, best_dense, index)
    said = asked if asked == text else f"{asked}\n{text}"  # what the question asks, read from its reading and its own words
    case = read_case(text, asked if asked != text else None)  # the case stated: no passage on a route it is not on
    case_hits = case_passages.on_the_case(hits, case, said)  # the passages read, less those on a route the case is not on
    quotable = case_passages.on_the_case(processes.on_the_question(said, passages_asked_about(asked, hits, meaning)), case, said)
    sought, quotable, hits = _with_sought(index, said, quotable, hits, passages)
    probability = _in_field_by_evidence(inside, quotable, weights, meaning)
    if probability is not None and probability < MIN_IN_FIELD:
        chosen = []
    else:
        plainly = probability is not None and probability >= MIN_READ_TOP
        chosen = select_sentences(said, quotable, weights, meaning, unseen, inside, plainly, asked_sites)
        if not chosen and len(quotable) < len(hits):  # the subsection set aside is all that speaks to the question
            chosen = select_sentences(said, case_hits, weights, meaning, unseen, inside, plainly, asked_sites)
        chosen = _led_by_sought(sought, chosen)
    chosen = keep_verdicts_where_they_answer(asked, chosen, _meaning(index, asked), MIN_ASKED)  # see verdicts.py
    chosen = _sentences_on_the_case(chosen, case, said)
    chosen, named = _with_programmes_named(index, text, _with_ipp_side(asked, chosen, hits), len(hits))
    chosen, parent = _with_the_rule_for_every_site(index, chosen, asked_sites, len(hits) + len(named))
    passages += named + parent
    case_question = _answered_as_a_case(index, (text, asked), site, probability is not None and probability < MIN_IN_FIELD)
    chosen, led, more = _led_by_what_answers(index, site, (text, asked), chosen, quotable, (weights, meaning, unseen), case_question)
    passages += more
    if goods_scope.asks_about_goods_scope(text, getattr(index, "sentence_vectors", None)):
        chosen, led, more = _led_by_the_goods_rule(index, chosen, len(passages))
        passages += more
    if case_question:
        answered, others = _each_question_answered(index, text, case_hits, chosen)
        if led:  # the sentence that says whether stays first
            answered = [chosen[0], *(c for c in answered if not _among(c, chosen[:1]))]
        return _case_answer(text, site, answered, notices, passages, led=led or others)
    if chosen and not led:
        chosen, more = _each_part_answered(index, (said, text, site, asked_sites), case_hits, chosen, meaning)
        chosen, passages = _led_by_sought(sought, chosen), passages + more
    return _passage_answer(chosen, led, asked_sites, notices, passages)


def _led_by_the_goods_rule(index, chosen: list[Candidate], ranked: int) -> tuple[list[Candidate], bool, list[Passage]]:
    """A question asking whether a right reaches goods it is not registered for (goods_scope.py) is answered first by the
    corpus's sentence stating the rule that decides it (a right that does not cover the goods is a reason for rejection):
    the sentence closest in meaning to the rule, among the passages a search for the rule's own words finds, its passage
    numbered after the `ranked` ones. Without sentence vectors, or when the search finds nothing, the answer is as chosen."""
    rule = goods_scope.rule_text()
    meaning = _meaning(index, rule)
    hits = [hit for hit in hybrid_search(index, rule, k=PASSAGES_READ) if _ours(hit)]
    read = [(hit, position, sentence) for hit in hits for position, sentence in enumerate(split_sentences(hit.chunk.text))]
    if meaning is None or not read:
        return chosen, False, []
    closeness = meaning([sentence for _, _, sentence in read])
    hit, position, sentence = read[int(np.argmax(closeness))]
    quoted = next((c for c in chosen if c.hit.chunk.id == hit.chunk.id and c.position == position), None)
    rest = [c for c in chosen if c is not quoted]
    if quoted is not None:
        return [quoted, *rest], True, []
    numbered = next((c.hit for c in chosen if c.hit.chunk.id == hit.chunk.id), None)
    hit = numbered or SearchHit(chunk=hit.chunk, score=0.0, rank=ranked + 1)
    added = [] if numbered else [Passage(rank=hit.rank, id=hit.chunk.id, source=hit.chunk.source, section=hit.chunk.section, score=0.0)]
    return [_follower(hit, position, sentence), *rest], True, added


def _with_sought(index, said: str, quotable: list[SearchHit], hits: list[SearchHit], passages: list[Passage]) -> tuple:
    """(the sought passage or None, the passages to quote, the passages found) once the sought passage is read
    (_sought_passage); one the answer did not read yet is added to `passages`, numbered after those found."""
    sought = _sought_passage(index, said, quotable, len(hits))
    if sought is None or sought in quotable:
        return sought, quotable, hits
    passages.append(Passage(rank=sought.rank, id=sought.chunk.id, source=sought.chunk.source, section=sought.chunk.section, score=0.0))
    # Read first, before the passages on the question, and without those set aside: they are no longer the best the
    # corpus has (processes.on_the_question reads them when nothing else is left).
    return sought, [sought, *processes.asked_about(said, quotable)], [*hits, sought]


def _sought_passage(index, said: str, quotable: list[SearchHit], ranked: int) -> SearchHit | None:
    """The passage telling what the question asks as processes.sought_passages reads it (what follows a filed complaint,
    why a complaint is rejected): the one the answer reads already (among the first PASSAGES_READ of `quotable`), or one
    numbered after the `ranked` passages found. Added, it never takes the place of a passage the question asks about: the
    passages on other processes were set aside (processes.on_the_question), leaving fewer than PASSAGES_READ or none on
    the question (all are then read as found). The sections sought tell of IPP: a question naming another marketplace
    ("how long does Temu take to pull a listing after we report it?") asks about that marketplace's process."""
    chunks = getattr(index, "chunks", None)
    if chunks is None or marketplaces_named(said):
        return None
    read = {hit.chunk.id: hit for hit in quotable[:PASSAGES_READ]}
    wanted = processes.sought_passages(said, chunks())
    return (read.get(wanted[0].id) or SearchHit(chunk=wanted[0], score=0.0, rank=ranked + 1)) if wanted else None


def _led_by_sought(sought: SearchHit | None, chosen: list[Candidate]) -> list[Candidate]:
    """An answer to a question asking what its sought passage tells (processes.sought_passages) opens with that passage,
    read whole from its start (within MAX_ANSWER_CHARS): it is the answer however the question is worded, and the
    sentences chosen by their closeness to the question's words, from passages ranked above it, follow it. Those come
    first otherwise (the answer reads passage by passage in the search's order) and fill the room before it. An answer
    that chose nothing stays empty: the sought passage does not turn a question the evidence puts outside the field
    into one answered."""
    if sought is None or not chosen:
        return chosen
    lead, length = [], 0
    for position, sentence in enumerate(split_sentences(sought.chunk.text)):
        if length + len(sentence) > MAX_ANSWER_CHARS:
            break
        lead.append(_follower(sought, position, sentence))
        length += len(sentence)
    return [*lead, *(c for c in chosen if c.hit.chunk.id != sought.chunk.id)]


def _passage_answer(chosen: list[Candidate], led: bool, asked_sites: frozenset[str], notices: list[str], passages: list[Passage]) -> Answer:
    """The answer quoting the sentences chosen (with the notice that it gives the general rule for a site asked about),
    or the plain 'not found' when none was."""
    if not chosen:
        return Answer(answer=NOT_SUPPORTED, grounded=False, notices=notices, passages=passages)
    answer, citations = compose_answer(chosen)
    general = site_focus.general_notice(chosen, asked_sites)
    answer = _with_general_notice(answer, general, compose_answer(chosen[:1])[0] if led else "")
    return Answer(answer=answer, citations=citations, grounded=True, notices=notices, passages=passages)


def _answered_as_a_case(index, question: tuple[str, str], site: str | None, weak: bool) -> bool:
    """Whether the documents rules answer the question (as asked, and in the corpus's English): a case question,
    unless the evidence model puts it out of the field (`weak`) and the case reader reads nothing from it: a checklist
    for no case at all then answers another question (what an office wants from an applicant, say) from the platform's
    rules. The case is read from the words as asked, in their language (their negations too), and their English
    reading; a question in Chinese is judged a case question by its English reading too."""
    text, asked = question
    vectors = getattr(index, "sentence_vectors", None)
    case_question = is_case_question(text, vectors) or (written_in_chinese(text) and is_case_question(asked, vectors))
    return case_question and not (weak and not (reads_a_case(text, site) or reads_a_case(asked, site)))


def _sentences_on_the_case(chosen: list[Candidate], case, said: str) -> list[Candidate]:
    """The sentences chosen less those on a route the case is not on (case_passages.sentences_on_the_case), and less
    a sentence leaning on one so dropped ("This is confirmed by official pages")."""
    kept = case_passages.sentences_on_the_case(chosen, case, said)
    dropped = {(c.hit.chunk.id, c.position) for c in chosen if not _among(c, kept)}
    return [c for c in kept if not ((c.hit.chunk.id, c.position - 1) in dropped and _leans_back(c.text))]


def _with_general_notice(answer: str, general: str, lead: str = "") -> str:
    """The answer with the notice that it gives the general rule (site_focus.general_notice) before it; after `lead`,
    the sentence saying whether the right can be used, when one opens the answer: a yes/no question is answered first,
    and the notice then goes before what follows (none when nothing does)."""
    if not general:
        return answer
    if not lead or not answer.startswith(lead):
        return f"{general}\n{answer}"
    rest = answer[len(lead):].strip()
    return f"{lead}\n{general}\n{rest}" if rest else lead


def _led_by_what_answers(
    index, site: str | None, question: tuple[str, str], chosen: list[Candidate], hits, reading, case_question: bool = False
) -> tuple[list[Candidate], bool, list[Passage]]:
    """A yes/no question on whether a right can be used is answered first by the sentence that says whether
    (assistant/retrieval/eligibility.py), from the passages the answer reads and those a search for the question's
    predicate finds; (sentences, whether one was put first, the passages that search added). A question no passage
    answered gets no lead unless it is a case question, which the documents rules answer anyway: the lead cannot turn
    a question the corpus does not answer into an answer."""
    text, asked = question
    asked_about = asked_eligibility(text, asked) if chosen or case_question else None
    if asked_about is None:
        return chosen, False, []
    weights, meaning, unseen = reading
    label = Site(next(iter(asked_about.sites))).label if asked_about.sites else None
    seen = {hit.chunk.id for hit in hits[:PASSAGES_READ]}  # the passages _candidates reads
    # Searched for with the site's name and without it: a rule naming several sites ("For Lazada and Miravia ...") is
    # found by the second when the first finds passages on the site's other rules.
    queries = dict.fromkeys([predicate_query(asked_about, label), predicate_query(asked_about)])
    found = [hit for query in queries for hit in hybrid_search(index, query, k=PASSAGES_READ, sites=[site] if site else None)]
    found = [hit for n, hit in enumerate(found) if hit.chunk.id not in seen and hit.chunk.id not in {h.chunk.id for h in found[:n]}]
    extra = [hit.model_copy(update={"rank": len(hits) + n}) for n, hit in enumerate(found, start=1)]
    # Each search's passages are read (PASSAGES_READ of them): the second finds what the first, led by the site's
    # name, ranks below its own finds.
    pool = _candidates(asked, hits, weights, meaning, unseen)
    for start in range(0, len(extra), PASSAGES_READ):
        pool += _candidates(asked, extra[start : start + PASSAGES_READ], weights, meaning, unseen)
    lead = answering_sentence(pool, asked_about)
    if lead is None:
        return chosen, False, []
    added = [Passage(rank=h.rank, id=h.chunk.id, source=h.chunk.source, section=h.chunk.section, score=h.score) for h in extra if h is lead.hit]
    if asked_about.standing == {"kind"}:
        # Which kinds of patent are taken is said beside what the answer quotes, not before it: the question asks
        # for more than that ("and what do we need"), and the rest stays as chosen.
        return ([*chosen, lead] if not _among(lead, chosen) else chosen), False, added
    # The sentences after it stay on the question: none saying whether another kind of right, or a right standing
    # another way, is accepted (a trademark application's rule in an answer on an unregistered copyright).
    # Nor any from a passage read only because nothing answered on its own (a weak reading: "can we still file
    # complaints" read as following up on complaints): the sentence that says whether is what answers.
    answering = {id(c.hit) for c in chosen if _answers(c, unseen)} | {id(lead.hit)}
    rest = [
        c for c in chosen
        if not (c.hit is lead.hit and c.position == lead.position) and id(c.hit) in answering
        and not answers_another_question(c.text, asked_about)
    ]
    while rest and len(lead.text) + sum(len(c.text) for c in rest) > MAX_ANSWER_CHARS:
        rest.pop()
    return [lead, *rest], True, added


# The questions of a message asking several ("需要提交哪些材料？授权书要公证吗"): the checklist answers the case's,
# the passages each of the others.
_QUESTION_END = regex.compile(r"(?<=[?？])\s*")


def _questions_in(text: str) -> list[str]:
    """The questions a message asks, each ending at its question mark ('does our POA need an apostille? and ...')."""
    return [part.strip() for part in _QUESTION_END.split(text) if part.strip()]


def _each_question_answered(index, text: str, hits, chosen: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The sentences chosen for a case question, with, first, the sentence that answers each question of a message
    asking several that is not itself about the case's documents (whether the power of attorney must be notarised;
    "can we go after a whole store instead of item by item? ... what do we need?"), when a passage read has one close
    enough to be its answer (_answers, MIN_EVIDENCE); and whether one was added: the message's other question is then
    answered before the checklist. A question in the words of a documents question ("授权书需要公证吗": is it needed) is
    left to the checklist only when its meaning is the case's documents (is_case_question): whether a document must be
    notarised is not on the checklist."""
    asked = _questions_in(text)
    added: list[Candidate] = []
    for part in asked if len(asked) > 1 else []:
        if is_case_words(part) and is_case_question(part, getattr(index, "sentence_vectors", None)):
            continue
        reading, weights, meaning, unseen = read_words(index, part)
        ranked = sorted(_candidates(reading, hits, weights, meaning, unseen), key=lambda c: (-c.score, c.hit.rank, c.position))
        if ranked and _answers(ranked[0], unseen) and not _among(ranked[0], added):
            # First, though the answer quotes it already further on, after the sentences of its passage the answer
            # quotes before it: within a passage, the text's order (the opening states the section's answer).
            best = ranked[0]
            before = sorted((c for c in chosen if c.hit is best.hit and c.position < best.position and not _among(c, added)), key=lambda c: c.position)
            added += [*before, best]
    return added + [c for c in chosen if not _among(c, added)], bool(added)


# A message asking two things in one sentence: "how long does the seller have to respond, and how long do we have to
# reply?", "what is the Good Faith programme and how do we qualify?". A second question opens on a question word after
# "and" (or "or").
_JOINED_QUESTION = regex.compile(
    r"(?:,\s*|\s+)(?:and|or)\s+(?=(?:how|what|which|when|where|who|why|whom|whose|can|could|do|does|did|is|are|should|must|may|will|would)\b)",
    regex.IGNORECASE,
)


def questions_asked(text: str) -> list[str]:
    """The questions a message asks: each ending at its question mark, and a question joined to another by "and"
    ("..., and how long do we have to reply?") on its own."""
    return [part.strip() for question in _questions_in(text) for part in _JOINED_QUESTION.split(question) if part.strip()]


def _each_part_answered(index, message: tuple, hits, chosen: list[Candidate], meaning) -> tuple[list[Candidate], list[Passage]]:
    """The sentences chosen, with the sentence that answers each question of a message asking several that the answer
    does not quote yet, and the passages searched for those questions that it quotes. The best sentences of the whole
    message often all answer one of its questions ("can we report the same links again? and what do we need to add?"),
    and its passages may hold nothing on another ("what is the seller's deadline ..., and what is ours?"): each question
    is searched for and read on its own (the passages it asks about), and its best sentence joins when it answers on its
    own (_answers, MIN_EVIDENCE) and stands without its neighbour. `message` is (said, text, site, asked_sites)."""
    said, text, site, asked_sites = message
    parts = questions_asked(text)
    if len(parts) < 2:
        return chosen, []
    added: list[Candidate] = []
    for part in parts:
        reading, weights, part_meaning, unseen = read_words(index, part)
        named = reading if reading == part else f"{reading}\n{part}"
        pool = []
        for passages in (hits, _part_search(index, part, hits, site, asked_sites)):  # each read as _candidates reads
            pool += _candidates(reading, processes.on_the_question(named, passages_asked_about(reading, passages, part_meaning)), weights, part_meaning, unseen)
        ranked = sorted(pool, key=lambda c: (-c.score, c.hit.rank, c.position))
        # Asked what the seller may do in reply, the complainant's reply window answers the other question.
        theirs = asks_their_reply(part)
        ranked = [
            c for c in ranked
            if _ours(c.hit) and not _leans_on_context(c.text, c.position)
            and not (theirs and (on_our_reply(c.hit.chunk.section) or says_our_reply(c.text)))
        ]
        if ranked and _answers(ranked[0], unseen) and not _among(ranked[0], chosen + added) and not _says_again(index, ranked[0], chosen + added):
            added.append(ranked[0])
    if not added:
        return chosen, []
    seen = {hit.chunk.id for hit in hits}
    more = {id(c.hit): c.hit for c in added if c.hit.chunk.id not in seen}
    found = [Passage(rank=h.rank, id=h.chunk.id, source=h.chunk.source, section=h.chunk.section, score=h.score) for h in more.values()]
    return _in_reading_order(said, chosen + added, meaning, asked_sites), found


# Two sentences of different passages giving one rule ("On Lazada, what happens to a seller ... is generally kept
# confidential" and "What action Lazada takes against the seller is generally kept confidential") come at least this
# close in meaning (the bundled model's sentence vectors; 0.79 for that pair), two steps of one exchange (the review,
# then the seller's 3 business days) at most 0.69 on the development questions: a question's sentence that close to
# one the answer quotes says nothing new.
SAYS_AGAIN = 0.75


def _says_again(index, candidate: Candidate, chosen: list[Candidate]) -> bool:
    """Whether the answer already quotes a sentence meaning what `candidate` says (SAYS_AGAIN)."""
    vectors = getattr(index, "sentence_vectors", None)
    if vectors is None or not chosen:
        return False
    found = vectors([c.text for c in chosen]) @ vectors([candidate.text])[0]
    return float(np.max(found)) >= SAYS_AGAIN


def _part_search(index, part: str, hits, site: str | None, asked_sites: frozenset[str]) -> list[SearchHit]:
    """The passages a search for one question of a message finds that the message's search did not (PASSAGES_READ of
    them), ranked after the message's."""
    seen = {hit.chunk.id for hit in hits}
    found = [hit for hit in _search(index, searched_for(part), site, asked_sites) if hit.chunk.id not in seen][:PASSAGES_READ]
    return [hit.model_copy(update={"rank": len(hits) + n}) for n, hit in enumerate(found, start=1)]


def _among(candidate: Candidate, chosen: list[Candidate]) -> bool:
    """Whether the sentence is among those chosen: the same place in the same passage, or the same words (one rule
    stated in two passages, as a passage and its subsection may)."""
    return any((c.hit.chunk.id == candidate.hit.chunk.id and c.position == candidate.position) or c.text == candidate.text for c in chosen)


def _case_answer(text: str, site: str | None, chosen, notices: list[str], passages: list[Passage], *, led: bool = False) -> Answer:
    """A "what do we need / can we file" question: the documents rules for the case it describes, then the passages
    that explain. The checklist is the one service's (assistant.services.case_documents), as `documents`, the chat and
    Slack give it for that case."""
    from assistant.retrieval.case_answer import checklist_text, document_lead, read_facts_text
    from assistant.retrieval.case_questions import english_reading
    from assistant.services.case_documents import documents_for_words

    found = documents_for_words(text, given={"site": Site(site) if site else None})
    explained, citations = compose_answer(chosen) if chosen else ("", [])
    facts = read_facts_text(found.read)
    listed = checklist_text(found.case, found.checklist, any_right=found.any_right)
    # A document the question names is answered first, with what the rules say of it for this case; a yes/no question
    # on whether the right can be used, by the sentence that says so before anything else. Without the kind of right
    # the passages answer what they can first; the checklist says what each kind adds.
    lead = document_lead(english_reading(text) or text, found.case, found.checklist, any_right=found.any_right)
    if led:
        parts = (explained, lead, facts, listed)
    else:
        parts = (lead, facts, explained, listed) if found.any_right else (lead, facts, listed, explained)
    return Answer(
        answer="\n".join(part for part in parts if part),
        citations=citations,
        grounded=True,  # the documents rules ground the checklist (each document with its rule's source), with or without passages
        notices=notices,
        passages=passages,
        checklist=found.checklist,
        case=found.read,
    )
