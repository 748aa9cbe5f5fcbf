"""A counter-notice that contests some of the reported listings only, and says the others are taken down.

A seller answering a complaint on several listings may give some of them up and contest the rest ('Untuk 2 produk
pertama ... kami sudah turunkan listing ... Sila tarik balik aduan untuk produk ketiga', 'We have removed the first two
listings ... We only dispute the third listing', '前两个链接我们已经下架了 ... 只对第三个链接提出申诉'). Which listings it
took down is read from its take-down sentences, which it contests from its other sentences, each by the listings' places
in the complaint ('the third listing', '第三个链接'), or by a run from the first ('the first two listings', '2 produk
pertama', '前两个链接'). The report then says both, with the seller's words, and the reply is about the contested ones.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.untrusted_text import normalize_text

PARTIAL_CONTEST = "partial_contest"

# The first few listings named as a run: 'the first two listings', 'first 2 links', '2 produk pertama', 'dua produk pertama',
# '前两个链接', 'los dos primeros anuncios', 'i primi due annunci', 'die ersten zwei Angebote'.
_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3, "dua": 2, "tiga": 3, "两": 2, "二": 2, "三": 3, "dos": 2, "tres": 3, "due": 2,
           "tre": 3, "zwei": 2, "drei": 3}
_COUNT = r"(two|three|2|3|dua|tiga|dos|tres|due|tre|zwei|drei)"
_THINGS = (r"(?:links?|listings?|items?|products?|produk|pautan|senarai|listing|enlaces?|anuncios?|productos?|annunci|prodotti|angebote"
           r"|artikel)")
_FIRST_RUN_RE = re.compile(
    rf"\bfirst {_COUNT} {_THINGS}\b|\b{_COUNT} {_THINGS} pertama\b|\b(?:los|las) {_COUNT} primer[oa]s {_THINGS}\b"
    rf"|\b(?:los|las) primer[oa]s {_COUNT} {_THINGS}\b|\bi primi {_COUNT} {_THINGS}\b|\bdie ersten {_COUNT} {_THINGS}\b"
    r"|前([两二三23])个?(?:链接|商品|宝贝|产品)"
)


def first_run(text: str) -> tuple[set[int], str]:
    """The places of the listings a text names as a run from the first ('the first two listings': {1, 2}), and the text
    with those words taken out (so that 'pertama' in '2 produk pertama' is not read again as the first alone)."""
    norm = normalize_text(text or "")
    places: set[int] = set()
    for match in _FIRST_RUN_RE.finditer(norm):
        count = next(g for g in match.groups() if g)
        places |= set(range(1, _COUNTS.get(count.lower(), 0) + 1))
    return places, _FIRST_RUN_RE.sub(" ", norm)


def partial_contest(listings: list, removed: list[str], contested: list[str]) -> Finding | None:
    """The seller's contest limited to some listings, the others said to be taken down: which are which. The seller's own
    sentences stay in its text (quoted with the grounds), never in a finding. None unless both are named and differ."""
    contested = [url for url in contested if url not in removed]
    if not removed or not contested or len(listings) < 2:
        return None
    one = len(contested) == 1
    return Finding(
        code=PARTIAL_CONTEST, severity=Severity.INFO, ground=None, basis=Basis.NOT_VERIFIED, names=contested,
        message=f"The seller contests only {', '.join(contested)}; it says it has taken down {', '.join(removed)} (see its text). "
        f"The grounds above, the recommendation and the draft reply are about the contested listing{'' if one else 's'} only; "
        "for the others what is left is to check that they are offline.",
    )


__all__ = ["PARTIAL_CONTEST", "first_run", "partial_contest"]
