"""Answer scores: how many expected facts an answer states, whether each [n] marker is honest, and whether each cited
sentence is supported by the passage it cites.

A citation is valid when its number names a source, that source is a passage the search returned for the
question, and the passage holds what the sentence says: the sentence is quoted from it, or (for a model's
paraphrase) every expected fact and every figure the sentence states is in the passage, and most of its words are too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_WORD = re.compile(r"[^\W_]{4,}|\d+(?:[.,]\d+)*%?", re.UNICODE)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# For a paraphrase: the share of the sentence's words (4+ letters, or numbers) the passage must contain.
MIN_WORD_OVERLAP = 0.6


def first_sentence(text: str) -> str:
    """The answer's first sentence (up to its first line break or sentence end), compared loosely (see normalise)."""
    line = text.strip().split("\n", 1)[0]
    return normalise(_SENTENCE_END.split(line, 1)[0])


def normalise(text: str) -> str:
    """Text compared loosely: case folded, typographic quotes and dashes made plain, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().casefold()


@dataclass(frozen=True)
class FactCoverage:
    """Which expected facts an answer states."""

    found: list[str]
    missing: list[str]

    @property
    def share(self) -> float:
        total = len(self.found) + len(self.missing)
        return len(self.found) / total if total else 1.0


def fact_coverage(answer: str, facts: Sequence[str]) -> FactCoverage:
    """The expected facts (short phrases) the answer contains, compared loosely."""
    text = normalise(answer)
    found = [fact for fact in facts if normalise(fact) in text]
    return FactCoverage(found=found, missing=[fact for fact in facts if fact not in found])


@dataclass(frozen=True)
class CitedSentence:
    """A sentence of an answer with the [n] numbers it carries, and its text without them."""

    text: str
    numbers: tuple[int, ...]


def cited_sentences(answer: str) -> list[CitedSentence]:
    """The sentences of an answer that carry [n] markers."""
    found = []
    for sentence in _SENTENCE_END.split(answer.strip()):
        numbers = tuple(int(n) for n in MARKER.findall(sentence))
        if numbers:
            found.append(CitedSentence(text=MARKER.sub("", sentence).strip(), numbers=numbers))
    return found


@dataclass(frozen=True)
class SourcePassage:
    """A passage the search returned: where it lives and its text."""

    source: str
    section: str | None
    text: str


@dataclass(frozen=True)
class CitationVerdict:
    """One [n] marker of one sentence, judged."""

    n: int
    sentence: str
    valid: bool
    reason: str = ""


def passage_holds(passage: str, sentence: str, facts: Sequence[str] = ()) -> bool:
    """Whether the passage says what the sentence says (quoted, or paraphrased with the same facts)."""
    said, held = normalise(sentence), normalise(passage)
    if said.rstrip(".!?:;") in held:
        return True
    stated = [normalise(fact) for fact in facts if normalise(fact) in said]
    if any(fact not in held for fact in stated):
        return False
    # A figure is the fact people act on: a paraphrase may not state one its passage does not.
    if not set(_FIGURE.findall(said)) <= set(_FIGURE.findall(held)):
        return False
    words = set(_WORD.findall(said))
    if not words:
        return False
    return len([w for w in words if w in held]) / len(words) >= MIN_WORD_OVERLAP


def check_citations(
    answer: str, citations: Sequence[dict], retrieved: Sequence[SourcePassage], facts: Sequence[str] = ()
) -> list[CitationVerdict]:
    """Judge every [n] marker of the answer against its citation and the passages retrieved for the question.

    `citations` are dicts with at least n, source and section (Answer.citations dumped).
    """
    by_number = {int(c["n"]): c for c in citations}
    verdicts = []
    for sentence in cited_sentences(answer):
        for n in sentence.numbers:
            citation = by_number.get(n)
            if citation is None:
                verdicts.append(CitationVerdict(n, sentence.text, False, f"[{n}] names no source"))
                continue
            where = f"{citation['source']} > {citation.get('section') or '(top)'}"
            passages = [p for p in retrieved if p.source == citation["source"] and p.section == citation.get("section")]
            if not passages:
                verdicts.append(CitationVerdict(n, sentence.text, False, f"[{n}] points to {where}, which was not retrieved"))
            elif not any(passage_holds(p.text, sentence.text, facts) for p in passages):
                verdicts.append(CitationVerdict(n, sentence.text, False, f"[{n}] points to {where}, which does not say this"))
            else:
                verdicts.append(CitationVerdict(n, sentence.text, True))
    return verdicts


@dataclass(frozen=True)
class SentenceSupport:
    """One cited sentence of an answer: whether a passage it cites says it."""

    sentence: str
    supported: bool


def citation_support(
    answer: str,
    citations: Sequence[dict],
    retrieved: Sequence[SourcePassage],
    facts: Sequence[str] = (),
    cites_for: Sequence[dict] = (),
) -> list[SentenceSupport]:
    """Per cited sentence: is it supported by a passage it cites (quoted, or paraphrased with the same facts and
    figures)? A marker that resolves is not enough: the passage behind it must say the sentence, and where the case
    names the pages a sentence rests on (`cites_for`), the addresses it cites must be those pages (wrong_pages)."""
    by_number = {int(c["n"]): c for c in citations}
    found = []
    for sentence in cited_sentences(answer):
        cited = [by_number[n] for n in sentence.numbers if n in by_number]
        passages = [p for c in cited for p in retrieved if p.source == c["source"] and p.section == c.get("section")]
        held = any(passage_holds(p.text, sentence.text, facts) for p in passages)
        found.append(SentenceSupport(sentence.text, held and not wrong_pages(sentence, cited, cites_for)))
    return found


def wrong_pages(sentence: CitedSentence, cited: Sequence[dict], cites_for: Sequence[dict]) -> list[str]:
    """What is wrong with the public addresses a sentence cites, against the pages its case says it rests on
    (`cites_for`: [{"says": phrase, "urls": [...]}]): a page it rests on and does not cite, or a page it cites that does
    not hold it. A reader who follows the link to check the sentence must find the page that says it."""
    urls = {c.get("url") for c in cited if c.get("url")}
    problems = []
    for expected in cites_for:
        if normalise(expected["says"]) not in normalise(sentence.text):
            continue
        wanted = set(expected["urls"])
        problems += [f"does not cite {url}" for url in sorted(wanted - urls)]
        problems += [f"cites {url}, which does not hold it" for url in sorted(urls - wanted)]
    return problems


def cited_pages_problems(answer: str, citations: Sequence[dict], cites_for: Sequence[dict]) -> list[str]:
    """Every sentence of the answer whose cited addresses are not the pages it rests on (wrong_pages), in words."""
    by_number = {int(c["n"]): c for c in citations}
    found = []
    for sentence in cited_sentences(answer):
        cited = [by_number[n] for n in sentence.numbers if n in by_number]
        found += [f"{problem}: {sentence.text!r}" for problem in wrong_pages(sentence, cited, cites_for)]
    return found


# The marketplaces an answer may name, as it writes them ("Alibaba" alone is the group, not Alibaba.com), and Alibaba
# Group's own sites among them: a rule of IPP is not a rule of Temu.
MARKETPLACES = {
    "aliexpress": r"ali\s?express", "alibaba": r"alibaba\.com", "1688": r"(?<!\d)1688(?!\d)", "taobao": r"taobao|淘宝",
    "tmall": r"t-?mall|天猫", "lazada": r"lazada", "miravia": r"miravia", "temu": r"temu", "amazon": r"amazon",
    "ebay": r"ebay", "etsy": r"etsy", "shopee": r"shopee", "tiktok": r"tiktok",
}
ALIBABA_SITES = frozenset({"aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia"})
# A sentence naming some sites that speaks for every site, or compares another site with the one asked about.
_EVERY_SITE = re.compile(
    r"another alibaba site|other (?:alibaba )?sites|every site|all (?:of )?(?:alibaba's |the )?sites|any site|each site|"
    r"comparison|compared|unlike",
    re.IGNORECASE,
)
OTHER_MARKETPLACES_FILE = "knowledge/other-marketplaces.md"


def marketplaces_named(text: str) -> set[str]:
    """The marketplaces a text names (see MARKETPLACES)."""
    return {name for name, pattern in MARKETPLACES.items() if re.search(rf"\b{pattern}\b", text, re.IGNORECASE)}


def other_site_sentences(answer: str, citations: Sequence[dict], site: str) -> list[str]:
    """The cited sentences that give another marketplace's rule in an answer about `site`: a sentence that names other
    marketplaces only (not speaking for every site, not a comparison), or that names none and cites a section whose
    heading names other marketplaces only; for a marketplace outside Alibaba Group, also a sentence citing a passage
    about Alibaba's sites (anything but the other marketplaces' file) that does not name it."""
    by_number = {int(c["n"]): c for c in citations}
    found = []
    for sentence in cited_sentences(answer):
        cited = [by_number[n] for n in sentence.numbers if n in by_number]
        named = marketplaces_named(sentence.text)
        if site in named or _EVERY_SITE.search(sentence.text):
            continue
        if not named:
            named = set().union(*(marketplaces_named(c.get("section") or "") for c in cited)) if cited else set()
        if site not in ALIBABA_SITES and not named and any(c.get("source") != OTHER_MARKETPLACES_FILE for c in cited):
            named = {"alibaba's sites"}
        if named and site not in named:
            found.append(sentence.text)
    return found


def expectation_problems(answer: str, cited_sources: Sequence[str], question: dict, citations: Sequence[dict] = ()) -> list[str]:
    """What an answer does against its question's optional expectations: a phrase it must say and does not
    (`must_say`: the checklist for a case question, what an unknown fact decides), a phrase it must not say
    (`must_not_say`: the case reader's question about the kind of right put to a question that is not about a case's
    documents, a "Yes:" quoted for another question), a source it must not cite (`must_not_cite`: another
    marketplace's passage for a question about Alibaba's sites), a phrase its first sentence must hold (`must_lead_with`:
    a yes/no question such as "does AliExpress accept an EU trademark?" is answered by the sentence that says so before
    anything else), a phrase it must say at most once (`say_once`: the same rule quoted from two passages), and, for a
    question about one marketplace (`keeps_to_site`), no sentence giving another marketplace's rule as its answer
    (other_site_sentences), and, for a sentence whose pages the case names (`cites_for`), those pages cited and no
    other (cited_pages_problems). Empty when it does all it should."""
    text = normalise(answer)
    problems = [f"does not say {p!r}" for p in question.get("must_say", []) if normalise(p) not in text]
    lead = first_sentence(answer)
    problems += [f"does not lead with {p!r}" for p in question.get("must_lead_with", []) if normalise(p) not in lead]
    problems += [f"says {p!r}" for p in question.get("must_not_say", []) if normalise(p) in text]
    problems += [f"cites {s}" for s in question.get("must_not_cite", []) if s in cited_sources]
    problems += [f"says {p!r} more than once" for p in question.get("say_once", []) if text.count(normalise(p)) > 1]
    problems += cited_pages_problems(answer, citations, question.get("cites_for", []))
    if question.get("keeps_to_site"):
        site = question["keeps_to_site"]
        problems += [f"gives another site's rule for {site}: {s!r}" for s in other_site_sentences(answer, citations, site)]
    return problems
