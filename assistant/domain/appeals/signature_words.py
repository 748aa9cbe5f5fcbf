"""The words papers use for a signature and for a seal or stamp, in every language sellers' papers come in: the one table.

Each language gives its words for signing ('signed', '签字', 'firmado', 'firmato', 'assinado', 'signé', 'unterschrieben', 'ttd.',
'tandatangan') and for a seal or stamp ('seal', 'chop', '公章', 'sello', 'timbro', 'cachet', 'Stempel', 'cop syarikat',
'cap perusahaan'), as patterns over normalised (lower-cased) text. Whether a paper shows a signature or a seal, which
side's line it is on, and whether a line is 'signed', 'sealed' or both are all read from this table (evidence.py,
checks.py, parties.py), so a language's words are added here once and recognised everywhere.
"""

from __future__ import annotations

import re

# language: (words for a signature, words for a seal or stamp)
_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": ((r"\bsigned\b", r"signature"), (r"\bsealed\b", r"\bseal\b", r"\bstamp(?:ed)?\b", r"\bchop\b")),
    "zh": ((r"签字", r"签名", r"签章"), (r"盖章", r"公章", r"印章", r"专用章", r"签章")),
    "es": ((r"\bfirmad[oa]s?\b", r"\bfirma\b"), (r"\bsellad[oa]s?\b", r"\bsello\b")),
    "it": ((r"\bfirmat[oa]\b", r"\bfirma\b"), (r"\btimbrat[oa]\b",)),
    "fr": ((r"\bsign[ée]e?s?\b",), (r"\bcachet",)),
    "pt": ((r"\bassinad[oa]s?\b", r"\bassinatura\b"), (r"\bcarimbad[oa]s?\b", r"\bcarimbo\b")),
    "de": ((r"unterschrieben", r"unterschrift", r"unterzeichnet"), (r"gestempelt", r"stempel\b", r"firmenstempel")),
    # Indonesian and Malay: 'ttd.' (signed), 'tanda tangan' / 'tandatangan' (signature); a stamp ('cap', 'cop') described in
    # brackets or as the company's ('[cop syarikat]', 'cap perusahaan', 'cap basah').
    "id_ms": ((r"\bttd\b", r"tanda ?tangan", r"ditandatangani"),
              (r"\[\s*(?:cap|cop)\b", r"\b(?:cap|cop) (?:perusahaan|syarikat|toko|basah|rasmi)\b")),
}


def _union(fragments) -> str:
    return "|".join(dict.fromkeys(fragments))


SIGNATURE_PATTERN = _union(word for signature, _ in _WORDS.values() for word in signature)
SEAL_PATTERN = _union(word for _, seal in _WORDS.values() for word in seal)
# A word for a signature or a seal, in any language.
SIGNED_RE = re.compile(f"{SIGNATURE_PATTERN}|{SEAL_PATTERN}")
# A seal's own ring on a Chinese paper names it by '章' after its kind ('发票专用章', '合同专用章'), or a side's label marks it
# ('销售方（章）').
SEAL_RE = re.compile(rf"{SEAL_PATTERN}|[（(]章[)）]", re.IGNORECASE)
SIGNATURE_RE = re.compile(SIGNATURE_PATTERN, re.IGNORECASE)


def marked(line: str) -> str:
    """'signed', 'sealed', 'signed and sealed' or 'signed or sealed': what a line that shows a side's mark says of it."""
    plain = line.casefold()
    sealed, signed = bool(SEAL_RE.search(plain)), bool(SIGNATURE_RE.search(plain))
    return "signed and sealed" if sealed and signed else "sealed" if sealed else "signed" if signed else "signed or sealed"


__all__ = ["SEAL_PATTERN", "SEAL_RE", "SIGNATURE_PATTERN", "SIGNATURE_RE", "SIGNED_RE", "marked"]
