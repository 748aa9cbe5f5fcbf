"""Answers that keep to the site a question asks about.

A question that names a marketplace ("... on Miravia?", "do AliExpress sellers get banned?") is answered from what the
corpus says for that site, or for every site; a sentence about another named site is not its answer: Taobao's two
appeals are not Miravia's rule, Lazada's confidentiality is not what happens to an AliExpress seller, and an IPP
processing time is not Temu's. Which site a sentence is about: the sites it names; when it names none, the sites its
section heading names (the deepest part that names any: "Seller appeals > Taobao", "... > AliExpress, Alibaba.com
and Lazada": a heading listing sites is about those, however many); a passage of the file about other
marketplaces is about those. A sentence that speaks for every site ("... or another Alibaba site", "probably apply to
the other sites"), or names three or more of Alibaba's sites, or sits under no site at all is IPP's general rule: an
answer for any of Alibaba's sites, never for a marketplace outside the group. A question that names no marketplace
and compares none asks about IPP: a sentence about a marketplace outside the group is not its answer either.

When nothing the answer quotes names the site asked about, the answer says so first: the general rule is labelled as
general, not passed off as the site's own.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from assistant.domain.models import Site
from assistant.domain.site_names import sites_mentioned
from assistant.retrieval.bm25 import tokenize
from assistant.retrieval.sentences import split_sentences

ALIBABA_SITES = frozenset(site.value for site in Site)
# Marketplaces outside Alibaba Group that the corpus compares IPP with (knowledge/other-marketplaces.md).
OTHER_MARKETPLACES = {
    "amazon": r"amazon",
    "ebay": r"ebay|vero",
    "etsy": r"etsy",
    "shopee": r"shopee",
    "temu": r"temu",
    "tiktok": r"tik ?tok",
}
_OTHER = {name: regex.compile(rf"\b(?:{pattern})\b", regex.IGNORECASE) for name, pattern in OTHER_MARKETPLACES.items()}
# "Alibaba" alone is the group ("Alibaba's 2022 report", "Alibaba handles most notices"); the site is "Alibaba.com".
_ALIBABA_COM = regex.compile(r"alibaba\.com", regex.IGNORECASE)
# A sentence that speaks for every site, whatever others it names.
EVERY_SITE = regex.compile(
    r"\b(?:another alibaba site|other (?:alibaba )?sites|every site|all (?:of )?(?:alibaba's |the )?sites|any site|each site|"
    r"alibaba(?:'s| group's)? (?:own )?sites)\b",
    regex.IGNORECASE,
)
# A parenthesis saying where a sentence comes from ("(one source, the 2022 Taobao/Tmall help copy)", "(official Lazada IPR
# page)"): a site it names is where the source was published, not the site the sentence's rule is for ("On IPP a listing
# ... cannot be reported again").
SOURCE_NOTE = regex.compile(r"\((?:(?:one|a|two|three)\s+)?(?:sources?|official|vendor|third-party)\b[^()]*\)", regex.IGNORECASE)
# Naming this many of Alibaba's sites is speaking of IPP's sites broadly, not of one site's rule.
MANY_SITES = 3
LABELS = {site.value: site.label for site in Site} | {"amazon": "Amazon", "ebay": "eBay", "etsy": "Etsy", "shopee": "Shopee",
                                                      "temu": "Temu", "tiktok": "TikTok Shop"}


def sites_named(text: str) -> frozenset[str]:
    """The marketplaces a text names: Alibaba's sites (assistant.domain.site_names) and the others the corpus compares."""
    names = {mention.site.value for mention in sites_mentioned(text or "")}
    if Site.ALIBABA.value in names and not _ALIBABA_COM.search(text):
        names.discard(Site.ALIBABA.value)
    names |= {name for name, pattern in _OTHER.items() if pattern.search(text or "")}
    return frozenset(names)


def _general(names: frozenset[str], text: str) -> bool:
    return bool(EVERY_SITE.search(text)) or len(names & ALIBABA_SITES) >= MANY_SITES


def sentence_sites(chunk, sentence: str) -> frozenset[str] | None:
    """The sites a sentence of a passage is about; None for IPP's general rule (see the module's docstring). A site named
    only in a note of the sentence's source (SOURCE_NOTE) is not what it is about."""
    named = sites_named(SOURCE_NOTE.sub(" ", sentence))
    if _general(named, sentence):
        return None
    if named:
        return named
    for part in reversed((chunk.section or "").split(" > ")):
        named = sites_named(part)
        if named:
            return None if EVERY_SITE.search(part) else named  # a heading listing sites keeps to them
    outside = frozenset(chunk.sites) - ALIBABA_SITES - {"all"}
    return outside if outside and not set(chunk.sites) & ALIBABA_SITES else None


def off_site(chunk, sentence: str, asked: frozenset[str]) -> bool:
    """Whether the sentence gives another site's rule for a question about the `asked` sites (none: never)."""
    if not asked:
        return False
    about = sentence_sites(chunk, sentence)
    if about is None:
        return not asked & ALIBABA_SITES  # IPP's general rule answers for Alibaba's sites only
    return not about & asked


def keep_passages(hits: Sequence, asked: frozenset[str], k: int) -> list:
    """The first k passages that hold a sentence about the asked sites or a general one, renumbered from 1 (all of
    them, as they came, when the question names no site)."""
    if not asked:
        return list(hits)[:k]
    kept = [hit for hit in hits if any(not off_site(hit.chunk, s, asked) for s in split_sentences(hit.chunk.text))]
    return [hit.model_copy(update={"rank": number}) for number, hit in enumerate(kept[:k], start=1)]


def keep_sentences(chosen: Sequence, asked: frozenset[str], question: str | None = None) -> list:
    """The chosen sentences (Candidates) less those giving another site's rule; and, for a `question` that names no
    marketplace and compares none, less those about marketplaces outside Alibaba Group (see outside_the_group)."""
    kept = [c for c in chosen if not off_site(c.hit.chunk, c.text, asked)]
    if question is None or asked or COMPARES.search(question):
        return kept
    return [c for c in kept if not outside_the_group(c.hit.chunk, c.text)]


def outside_the_group(chunk, sentence: str) -> bool:
    """Whether a sentence gives the rule of a marketplace outside Alibaba Group ("Etsy lists ..."), or stands in a
    passage about those marketplaces (most of its sentences give their rules, none one of Alibaba's sites' rules). A
    question that names no marketplace asks about IPP, the guide's subject: another marketplace's checklist is not its
    answer, wherever the corpus files it (a section on rejections learning from other platforms)."""
    about = sentence_sites(chunk, sentence)
    if about:
        return not about & ALIBABA_SITES
    sentences = split_sentences(chunk.text)
    named = [sites for sites in (sentence_sites(chunk, s) for s in sentences) if sites]
    return bool(named) and all(not sites & ALIBABA_SITES for sites in named) and 2 * len(named) > len(sentences)


def site_terms(asked: frozenset[str]) -> frozenset[str]:
    """The index's words for the asked sites' names ("lazada", "aliexpress"): the site is what the answer keeps to,
    not what the question asks about it."""
    return frozenset(term for name in asked for term in tokenize(f"{name} {LABELS.get(name, '')}"))


def general_notice(chosen: Sequence, asked: frozenset[str]) -> str:
    """The sentence saying the answer is IPP's general rule, when the question names one of Alibaba's sites and nothing
    quoted names it (in its words or its section's heading); empty otherwise."""
    own = sorted(asked & ALIBABA_SITES)
    if not own or asked - ALIBABA_SITES or not chosen:
        return ""
    for candidate in chosen:
        if sites_named(candidate.text) & asked or sites_named(candidate.hit.chunk.section or "") & asked:
            return ""
    names = " or ".join(LABELS[name] for name in own)
    return f"The sources give nothing specific to {names} on this; what follows is what they say for Alibaba's sites in general."


def without_site_names(text: str) -> str:
    """The question with the sites' names taken out: what it asks about them ("how long till the listing is down")."""
    names = [mention for mention in sites_mentioned(text or "")]
    plain = text
    for mention in sorted(names, key=lambda m: m.start, reverse=True):
        plain = plain[: mention.start] + plain[mention.start + len(mention.words) :]
    for pattern in _OTHER.values():
        plain = pattern.sub("", plain)
    return regex.sub(r"\s+", " ", plain).strip()


def interleaved(rankings: Sequence[Sequence]) -> list:
    """Passages of several rankings of one question (as asked, and without its sites' names) taken in turn, the first
    ranking's first: the passage found for the site leads, and the one found for what is asked about it follows, whichever
    words dominated either search."""
    seen: set[str] = set()
    found = []
    for row in zip(*rankings):
        for hit in row:
            if hit.chunk.id not in seen:
                seen.add(hit.chunk.id)
                found.append(hit)
    return found


# A question comparing the site with others, or asking whether something holds there too ("does Lazada use the same
# portal?", "does the programme apply to AliExpress too?", "only on Taobao?"): what other sites do is its answer.
COMPARES = regex.compile(
    r"\b(?:too|also|as well|same|only|other|others|differ\w*|compar\w*|versus|vs|unlike|like on|own (?:tool|portal|system|platform))\b",
    regex.IGNORECASE,
)


# The kinds of right a question names: one naming two may compare them ("is a patent complaint on Taobao handled
# differently from a trademark complaint?").
KINDS_OF_RIGHT = {
    "trademark": regex.compile(r"\btrade[\s-]?mark\w*|\bmarks?\b", regex.IGNORECASE),
    "patent": regex.compile(r"\bpatents?\b|\butility models?\b", regex.IGNORECASE),
    "copyright": regex.compile(r"\bcopyrights?\b", regex.IGNORECASE),
}


def keep_to_the_right_asked(chosen: Sequence, question: str) -> list:
    """For a question comparing two kinds of right ("is a patent complaint on Taobao handled differently from a
    trademark complaint?"), the chosen sentences (Candidates) less those about the kind it compares with (named after
    the comparison) that do not name the kind it asks about (named before it): the question asks how the first is
    handled, and a rule of the second answers another question. All of them when that would leave none."""
    text = question or ""
    compared = COMPARES.search(text)
    if compared is None:
        return list(chosen)
    before, after = text[: compared.start()], text[compared.end() :]
    asked = [kind for kind in KINDS_OF_RIGHT.values() if kind.search(before)]
    reference = [kind for kind in KINDS_OF_RIGHT.values() if kind.search(after) and not kind.search(before)]
    if not asked or not reference:
        return list(chosen)
    kept = [c for c in chosen if any(kind.search(c.text) for kind in asked) or not any(kind.search(c.text) for kind in reference)]
    return kept or list(chosen)


def asked_about(question: str, site: str | None = None) -> frozenset[str]:
    """The sites an answer keeps to: those the question names (and `site`, the option given), none when it compares
    them with others."""
    named = sites_named(question) | ({site} if site else frozenset())
    return frozenset() if COMPARES.search(question or "") else named
