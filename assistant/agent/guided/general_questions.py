"""Whether a chat message asks a general question (answered by the one answer service, as `ask` answers it), and
which question a follow-up naming only another site asks.

People ask general questions in the words of the chat's other requests: "seller sent counter notice on aliexpress, how
long do we have to respond" names a counter-notice without pasting one, "what is the good faith program and how do we
qualify" names the programme without asking for the team's figures, "our complaint got rejected on tmall, can we appeal"
names no complaint of ours, "whats the VAT on aliexpress orders" names a site without stating a fact of a case. So the
words never decide; the message's meaning does, as a closed choice between labelled example messages: general
questions (about the platform's rules, or outside the field, which the answer service declines), and messages about
the team's own records, the facts of a complaint being drafted, a draft to start or change, or a seller's pasted text.
A message that asks something (a question mark, a question's first word, or Chinese, which the glossary reads into
English first) and names no complaint of ours and no link is a general question when it comes closer to the first
(mean cosine of its NEIGHBOURS nearest, the bundled model) by at least MARGIN, calibrated on held-apart messages
(evals/datasets/chat-intent-calibration.jsonl, benchmarks/chat_intent_calibration.py).

A question is never a fact of the case: a general question changes no draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.agent.guided.foreign_asking import asks_in_its_language
from assistant.domain.site_names import sites_mentioned
from assistant.retrieval.bm25 import STOPWORDS
from assistant.retrieval.labelled_nearness import nearness as labelled_nearness

# General questions: the platform's rules (deadlines, appeals, the Good Faith programme, links, documents in general,
# other marketplaces), and questions outside the field, which the answer service declines.
GENERAL = (
    "how many days does a seller get to answer a complaint",
    "when must the brand reply after the seller objects to a takedown",
    "what happens once the platform accepts a seller's objection",
    "is there an appeal against a complaint the platform turned down",
    "can a turned-down report be sent in again",
    "what are the conditions for joining the good faith scheme",
    "what does a brand get from the good faith programme",
    "how long does the platform take to review a report",
    "does a letter of authorisation have to be notarised",
    "how many product pages can go into one report",
    "can a mark registered abroad be used on the platform",
    "how are sellers punished for selling fakes",
    "what is the IP protection platform",
    "how do we register an account on the portal",
    "how do Taobao complaints differ from Tmall ones",
    "how does reporting fakes work on Amazon",
    "how do other marketplaces handle takedown notices",
    "what happens if many of a brand's complaints fail",
    "which languages can a complaint be written in",
    "who decides whether a counter-notice is valid",
    "what is the sales tax on parcels sent abroad",
    "how much does shipping to France cost",
    "what is the exchange rate of the yuan today",
    "write me a poem about summer",
    "who won the football match yesterday",
    "can you recommend a good restaurant",
    "how do I open a shop on the marketplace as a seller",
    "what is the customs limit for imported goods",
    "once a report is refused, may the brand try again",
    "is a takedown decision final or can it be challenged",
    "do the rules differ between the Alibaba sites",
    "what does a seller have to show to win back a listing",
    "can you explain what a counter-notice is",
)

# The team's own records (figures, complaints, deadlines), a complaint being drafted (its facts, a draft to start or
# change), or a seller's text pasted to triage.
OTHER = (
    "show our good faith figures",
    "how close are we to losing good faith status",
    "what is our takedown success rate this quarter",
    "list our open complaints",
    "what falls due for us this week",
    "which of our complaints were rejected",
    "refile the complaint that was rejected",
    "the seller answered our complaint, please triage it",
    "we received a counter-notice on our complaint yesterday",
    "here is the seller's reply to our takedown",
    "mark the complaint as filed",
    "we found fake sneakers of our brand on AliExpress",
    "a shop on Taobao sells copies of our handbags",
    "our trademark is registered in the EU and in China",
    "the registration number is 018833410",
    "we are the law firm acting for the brand",
    "please draft a complaint about these listings",
    "help me report this seller",
    "the seller copied our product photos",
    "change the marketplace to Lazada",
    "the rights holder is a company",
    "we bought one as a test purchase and it was fake",
    "our goods are genuine, we bought them from an authorised distributor, please restore the listing",
    "we are an authorised reseller and attach the invoice",
    "can you start a new complaint for us",
    "add these two links to the draft",
    "did the platform remove the listings we reported",
    "is our complaint still under review",
    "can you change the registration number to 4410982",
    "could you set the site to 1688 instead",
    "can you add our EU registration to the draft",
    "could you remove the second link from the complaint",
    "can you save the draft and write the package",
    "how many complaints have we filed so far",
    "what did the platform say about our last complaint",
)

NEIGHBOURS = 3
# Calibrated on held-apart messages (benchmarks/chat_intent_calibration.py, 44 messages, 25 general questions): the
# middle of the widest run of margins with the most decisions right (39 of 44 at -0.05 and -0.04; 35 at 0.00, 31 at
# +0.05). Below the margin a message keeps the chat's other readings (records, the draft, a seller's text).
MARGIN = -0.04

_QUESTION_START = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hi|hello|also|sorry|quick question)\W+)?"
    r"(?:what|whats|what's|how|hows|how's|which|when|where|why|who|whom|whose|can|could|do|does|did|is|are|was|were|should|"
    r"must|may|might|will|would|shall|explain|tell me|is there|are there)\b",
    re.I,
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class GeneralQuestion:
    """The decision and its evidence: the message's nearness to each kind of example."""

    is_general: bool
    asks: bool  # a question mark, a question's first word, or Chinese
    general: float  # mean similarity of the NEIGHBOURS nearest general questions
    other: float  # ... and of the nearest other messages


def asks_something(text: str) -> bool:
    """Whether the message is shaped as a question (``asks_in_words``), or is in Chinese, whose questions often carry
    no mark (the meaning decides)."""
    return asks_in_words(text) or bool(_HAN.search(text))


def asks_in_words(text: str) -> bool:
    """A question mark anywhere, or a clause opening with a question's first word ("seller sent a counter notice, how
    long do we have?")."""
    if "?" in text or "\uff1f" in text:
        return True
    if any(_QUESTION_START.match(clause) for clause in re.split(r"[,;:.!\n]|\s[-\u2013\u2014]\s", text) if clause.strip()):
        return True
    return asks_in_its_language(text)  # Spanish, German, Malay/Indonesian: read as `ask` reads them


def judge(text: str, embed: Callable[[list[str]], np.ndarray] | None = None, *, margin: float = MARGIN) -> GeneralQuestion:
    """Whether a message that asks something is a general question (see the module's doc). A message naming a
    complaint of ours or pasting links asks about those: never a general question."""
    from assistant.agent.guided.link_words import find_link_tokens
    from assistant.domain.appeals.pasted import named_complaint

    stripped = text.strip()
    links = [token for token in find_link_tokens(stripped) if "/" in token]  # a site's name alone ('alibaba.com') is no link
    if not asks_something(stripped) or named_complaint(stripped) or links:
        return GeneralQuestion(False, asks_something(stripped), 0.0, 0.0)
    general, other = nearness(stripped, embed)
    return GeneralQuestion(general - other >= margin, True, general, other)


def nearness(text: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> tuple[float, float]:
    """(general, other): mean cosine similarity of the message, read in English, to its nearest examples of each kind."""
    from assistant.retrieval.query_language import read_question

    return labelled_nearness(read_question(text).english or text, GENERAL, OTHER, NEIGHBOURS, embed)



def is_general_question(text: str) -> bool:
    return judge(text).is_general


# --- follow-ups ------------------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+|\d+", re.U)
# A follow-up changes one fact of the earlier question: the marketplace, the kind of right or who files. The right and
# the role are named in the words of the languages the chat reads (the site's names come from site_names.py).
_RIGHTS = re.compile(
    r"\b(?:(?:an?|una?|ein(?:e|en)?|sebuah)\s+)?(?:utility models?|design patents?|patents?|patente|paten|trademarks?|trade marks?|"
    r"marcas?|marken?|merek|cap dagangan|copyrights?|derechos? de autor|urheberrecht\w*|hak cipta|designs?|dise[nñ]os?)\b"
    r"|实用新型|外观设计|发明专利|专利|商标|版权|著作权",
    re.I,
)
_ROLES = re.compile(
    r"\b(?:(?:an?|our|the)\s+)?(?:agents?|agency|law firm|lawyers?|attorneys?|abogad[oa]s?|agentes?|anw[aä]lt\w*|kanzlei|"
    r"agen|peguam|firma hukum|ourselves|we (?:file|do it) ourselves)\b|代理人|代理公司|律师|我们自己",
    re.I,
)
# Words a follow-up carries besides the fact it changes ("and if it was on ...", "what about ...", "und wenn es ...
# wäre", "如果是在...上呢"): function words, in English (the search's stopwords) and the other languages read.
_FOLLOW_UP_WORDS = frozenset(
    "and if what about how so then instead case right site marketplace platform one it its it's was were is be "
    "y si es fuera en el la para und wenn es ist w[aä]re auf bei f[uü]r dan kalau jika bagaimana kalo di untuk".split()
)
_HAN_FOLLOW_UP = re.compile(r"如果|要是|假如|那么|换成|改成|的话|[那是在上呢的吗]")


def _changed_fact(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """The kind of fact a follow-up names (site, right or role) and its mentions [(start, words)], when it names exactly
    one fact of one kind."""
    sites = sites_mentioned(text)
    found = [("site", [(m.start, m.words) for m in sites])] if len({m.site for m in sites}) == 1 else []
    for kind, pattern in (("right", _RIGHTS), ("role", _ROLES)):
        mentions = [(m.start(), m.group(0)) for m in pattern.finditer(text)]
        if mentions:
            found.append((kind, mentions))
    return found[0] if len(found) == 1 else None


def _only_follow_up_words(rest: str, kind: str) -> bool:
    """Whether what a follow-up says besides its fact only carries the question over ("and if it was on", "und wenn es
    ... wäre", "如果是在...上呢"); a site's follow-up may also be any three words ("what about 1688?")."""
    words = _WORD.findall(_HAN.sub(" ", rest))
    hans = _HAN.findall(rest)
    if kind == "site" and len(words) + len(hans) <= 3:  # a Chinese character counts as a word
        return True
    others = [w for w in words if w.lower() not in STOPWORDS and not re.fullmatch("|".join(_FOLLOW_UP_WORDS), w.lower())]
    return not others and not _HAN.findall(_HAN_FOLLOW_UP.sub("", rest)) and len(words) + len(hans) <= 10


def follow_up_question(text: str, previous: str | None) -> str | None:
    """The question a follow-up asks: "and for Taobao?" or "and if it was on taobao?" after "how long do we have to
    respond on AliExpress?" asks it about Taobao; "and if the right is a patent?" asks the earlier question about a
    patent. The earlier question's words for that fact (site, right or role) are replaced by the follow-up's, or the
    fact is added when it named none. A follow-up names one fact and little else, and asks (a question mark or a
    question's first word); None when the message is no follow-up or nothing was asked before."""
    if not previous:
        return None
    stripped = text.strip()
    changed = _changed_fact(stripped)
    if changed is None or not asks_something(stripped):
        return None
    kind, mentions = changed
    rest = stripped
    for _start, words in mentions:
        rest = rest.replace(words, " ")
    if not _only_follow_up_words(rest, kind):
        return None
    return _asked_again(previous, kind, mentions[0][1])


def on_the_case_site(question: str, site: str | None) -> str:
    """A question asked while a complaint is drafted, about the complaint's marketplace (its label, 'AliExpress') when it
    names none: "how long do I have to answer if the seller appeals?" in a case on AliExpress asks about AliExpress, and
    an answer led by another site's rule (Taobao's 3 working days) answers another case. Asked as `ask` is asked with
    the site named in the question. A question naming a marketplace, Alibaba's or another ("temu counterfeit reporting
    process?"), asks about that one."""
    from assistant.retrieval.declines import marketplaces_named

    if not site or sites_mentioned(question) or marketplaces_named(question):
        return question
    return _asked_again(question, "site", site)


def _asked_again(previous: str, kind: str, words: str) -> str:
    """The earlier question with its words for the fact replaced by the follow-up's (or the fact added)."""
    pattern = {"right": _RIGHTS, "role": _ROLES}.get(kind)
    before = [(m.start, m.words) for m in sites_mentioned(previous)] if kind == "site" else [(m.start(), m.group(0)) for m in pattern.finditer(previous)]
    if not before:
        question = previous.rstrip().rstrip("?\uff1f").rstrip()
        mark = "?" if previous.rstrip().endswith(("?", "\uff1f")) else ""
        if kind == "site":
            return f"{question} on {words}{mark}"
        if kind == "right":
            return f"{question}{_for_right(previous, words)}{mark}"
        return f"{question}, {words}{mark}"
    asked = previous
    for start, said in sorted(before, key=lambda mention: -mention[0]):
        asked = asked[:start] + words + asked[start + len(said):]
    return asked


def _for_right(previous: str, words: str) -> str:
    """' for a patent' in the earlier question's language ('para una patente', 'für ein Patent', '专利')."""
    from assistant.retrieval.query_language import has_chinese
    from assistant.retrieval.question_languages import question_language

    if has_chinese(previous):
        return f"，{words}"
    language = question_language(previous)
    if language:
        return f" {dict(es='para', de='für', ms='untuk')[language]} {words}"
    if re.match(r"(?i)(?:an?|the)\s", words) or words.lower().endswith("s") or not re.fullmatch(r"[A-Za-z ]+", words):
        return f" for {words}"
    return f" for {'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"
