"""Which of a passage's sources a quoted sentence rests on.

A corpus section lists several sources ('Sources: ipp-faq, govuk-ecommerce'), and its front matter says which facts
each one gives (`facts: [{fact, sources}]`) and what each one is (`sources: [{id, url, title, date}]`). A passage is
cited by its first source unless a sentence says something another of its sources gives and the first does not:
"UK government guidance from 2025 adds Miravia" rests on the UK government's page, not on the IPP FAQ listed first.
The choice is by the words the sentence shares with each source's title, year and facts; without a clear winner the
first source stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from assistant.retrieval.bm25 import tokenize
from assistant.retrieval.chunking import split_front_matter

# Another source is cited instead of the first when its description shares at least this many of the sentence's
# terms, and more than the first source's does.
MIN_SHARED = 2


@lru_cache(maxsize=1)
def _described() -> dict[str, frozenset[str]]:
    """Each corpus source's address, with the terms of its title, its year and the facts it gives."""
    from assistant.paths import KNOWLEDGE_DIR

    described: dict[str, set[str]] = {}
    for path in sorted(KNOWLEDGE_DIR.glob("*.md")):
        meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
        sources = [s for s in meta.get("sources") or [] if isinstance(s, dict) and s.get("url")]
        words = {str(s.get("id")): f"{s.get('title') or ''} {str(s.get('date') or '')[:4]}" for s in sources}
        for fact in meta.get("facts") or []:
            if isinstance(fact, dict):
                for source in fact.get("sources") or []:
                    if str(source) in words:
                        words[str(source)] += f" {fact.get('fact') or ''}"
        for source in sources:
            described.setdefault(str(source["url"]).strip(), set()).update(tokenize(words[str(source.get("id"))]))
    return {url: frozenset(terms) for url, terms in described.items()}


def sentence_source(sentence: str, urls: Sequence[str], first: str | None) -> str | None:
    """The address a sentence of a passage is cited by: `first` (the passage's), unless another of the passage's
    `urls` is described by more of the sentence's terms (at least MIN_SHARED)."""
    if len(urls) < 2:
        return first
    described = _described()
    terms = set(tokenize(sentence))
    shared = {url: len(terms & described.get(url, frozenset())) for url in urls}
    best = max(urls, key=lambda url: shared[url])
    if best != first and shared[best] >= MIN_SHARED and shared[best] > shared.get(first, 0):
        return best
    return first
