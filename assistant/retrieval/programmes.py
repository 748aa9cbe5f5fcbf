"""Which programme an answer's sentence is about, and the answer's text labelled by it.

The corpus compares other marketplaces' IP reporting with IPP by design (knowledge/other-marketplaces.md: Amazon, eBay
VeRO, Etsy, Shopee, Temu, TikTok Shop). A sentence quoted from one of those sections is about that marketplace's own
programme, never about IPP: an answer holding one says so before it ("The following is about eBay VeRO, not Alibaba's
IP Protection Platform (IPP)."), and keeps the sentences about IPP apart under their own label, so that no IPP rule
reads as the other programme's or the other way round. An answer about IPP alone is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

OTHER_MARKETPLACES_FILE = "other-marketplaces.md"
# The comparison section of that file is about IPP as much as the others: its sentences name what they compare.
COMPARISON = regex.compile(r"\b(?:IPP|Alibaba)\b")
IPP = "Alibaba's IP Protection Platform (IPP)"
# A question asking how two programmes compare.
COMPARING = regex.compile(
    r"\b(?:compare[sd]?|comparison|compared|differ(?:s|ent|ence|ences)?|versus|vs\.?|same\s+(?:thing|as)|similar|like\s+(?:ipp|alibaba))\b|"
    r"比较|区别|不同|一样",
    regex.IGNORECASE,
)


def programme_of(source: str, section: str | None) -> str | None:
    """The other marketplace's programme a passage is about (its section's heading: 'eBay VeRO'); None for IPP."""
    if not source.endswith(OTHER_MARKETPLACES_FILE) or not section:
        return None
    top = section.split(" > ")[0].strip()
    return None if COMPARISON.search(top) else top


def label(programme: str | None) -> str:
    """The sentence that opens a group of an answer's sentences about one programme."""
    if programme is None:
        return f"The following is about {IPP}."
    return f"The following is about {programme}, not {IPP}."


def labelled(parts: Sequence[tuple[str | None, str]]) -> str:
    """The answer's sentences (each with the programme it is about), joined; when one is about another marketplace's
    programme, grouped by programme in the order first quoted, each group opened by its label."""
    if all(programme is None for programme, _ in parts):
        return " ".join(text for _, text in parts)
    groups: dict[str | None, list[str]] = {}
    for programme, text in parts:
        groups.setdefault(programme, []).append(text)
    return "\n\n".join(" ".join([label(programme), *texts]) for programme, texts in groups.items())
