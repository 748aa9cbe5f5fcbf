"""The seller's word that its goods fit or work with the brand's goods: 'the block is compatible with AURELIA knives', 'blok
pisau ini serasi dengan pisau AURELIA', 'passend für AURELIA Messer', '这款刀座适用于AURELIA的刀'. The mark is named to say what
the goods are for: a kind of 'the listing does not use the mark as a brand' (grounds.NO_USE_OF_MARK), a reference legal
weighs against the listing.

Read alike in every language the triage reads, by the closed vocabulary that says 'compatible' or 'fits' in each. The words
that say only that (compatible, kompatibel, serasi dengan, 兼容) are enough; the words that also say 'suitable' in general
('sesuai untuk', 'cocok untuk', 'passend für', 'adatto per', 'apto para', 'suitable for') count only in a sentence that
speaks of the name in the listing (its title, the word, the name, the brand). Said in a guess or denied ('maybe it is
compatible', 'tidak serasi dengan', 'nicht kompatibel mit', '可能适用于'), it is no ground (unsure_words). A title quoted is
read as the seller's words ('our title says "compatible with NORVIK bulbs"'). No word was fitted to an evaluation case.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.unsure_words import denied_or_guessed
from assistant.domain.untrusted_text import normalize_text

# Words that say the goods fit or work with another's, in English, Malay/Indonesian, Spanish, Portuguese, Italian, French,
# German and Chinese.
_COMPATIBLE_RE = re.compile(
    r"\bcompatib\w*|\bkompatib\w*|\bcompat[íi]ve(?:l|is)\b|\bfor use with\b|\bserasi dengan\b"
    r"|兼容|适用于|适配|专用于"
)
# Words that say the goods are suitable for something: the brand's goods only where the sentence speaks of the name.
_SUITABLE_RE = re.compile(
    r"\b(?:suitable for|works? with|made to fit|sesuai (?:untuk|dengan|bagi)|cocok (?:untuk|dengan|buat)|(?:boleh|dapat|bisa) (?:digunakan|dipakai) (?:untuk|dengan)"
    r"|apt[oa]s? para|v[áa]lid[oa]s? para|adecuad[oa]s? para|adatt[oaie] (?:per|a|ai|alle)|adapt[ée]e?s? (?:à|aux|pour)|passend für|passt (?:zu|für|auf|in)"
    r"|geeignet für)\b|适合|用于"
)
# The name in the listing spoken of: its title, the word, the name, the brand.
_NAME_RE = re.compile(
    r"\b(?:title|word|name|brand|mark|keyword|tajuk|judul|nama|perkataan|kata|jenama|merek|merk|t[íi]tulo|palabra|nombre|marca|titolo"
    r"|parola|nome|marchio|titre|mot|nom|marque|titel|wort|marke)\b|标题|名称|字样|品牌|商标"
)


def compatibility_said(sentence: str) -> bool:
    """Whether a sentence says, as a fact, that the seller's goods fit or work with another's (the brand's): in any language
    the triage reads, and not only in a clause that guesses at it or denies it."""
    norm = normalize_text(sentence)
    named = bool(_NAME_RE.search(norm))

    def reads(clause: str) -> bool:
        return bool(_COMPATIBLE_RE.search(clause) or named and _SUITABLE_RE.search(clause))

    return reads(norm) and not denied_or_guessed(norm, reads)


__all__ = ["compatibility_said"]
