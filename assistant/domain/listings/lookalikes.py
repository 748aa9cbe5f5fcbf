"""Spotting addresses that imitate a marketplace: look-alike letters, punycode, a brand inside another
domain, small misspellings. Only hosts that belong to no covered site get here, once per host."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters from other alphabets that are drawn like Latin ones (a small, common subset of Unicode's
# confusables list), and the digits and letter pairs people use to fake Latin letters.
_CONFUSABLE_LETTERS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ı": "i", "ʟ": "l",
        "ο": "o", "α": "a", "ν": "v", "τ": "t", "κ": "k", "ι": "i", "ρ": "p", "ε": "e", "ℓ": "l", "ⅼ": "l",
        "ѵ": "v", "в": "b", "т": "t", "м": "m", "к": "k", "н": "h", "г": "r",
    }
)  # fmt: skip
_CONFUSABLE_DIGITS = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "!": "i", "|": "l"})
_CONFUSABLE_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))

# Brands shorter than this are only matched exactly (after undoing look-alike letters): one typo away
# from "tmall" is "small", a real word.
_MIN_LENGTH_FOR_TYPOS = 6


def _latin_skeleton(text: str) -> str:
    """`text` with accents dropped and look-alike letters replaced by the Latin letters they imitate."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower().translate(_CONFUSABLE_LETTERS)


def _ascii_skeleton(label: str) -> str:
    label = label.translate(_CONFUSABLE_DIGITS)
    for pair, letter in _CONFUSABLE_PAIRS:
        label = label.replace(pair, letter)
    return label


def _one_edit_apart(a: str, b: str) -> bool:
    """True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False


def registrable_part(host: str) -> str:
    """Roughly the part of `host` its owner registered: the last two labels, three for `co.uk`-like endings."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"com", "co", "net", "org", "gov", "edu", "ac"} and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _punycode_basic(label: str) -> str:
    return label[4:].rpartition("-")[0] if label.startswith("xn--") else label


def _decode_punycode(host: str) -> str | None:
    try:
        return ".".join(
            label.encode("ascii").decode("idna") if label.startswith("xn--") else label for label in host.split(".")
        )
    except (UnicodeError, ValueError):
        return None


class LookalikeFinder:
    """Decides whether a host imitates one of the brands (aliexpress, taobao, ...)."""

    def __init__(self, brands: Iterable[str]):
        self.brands = tuple(brands)
        self._letter_brands = tuple(b for b in self.brands if b.isalpha())

    def find(self, host: str) -> tuple[str, str] | None:
        """(brand, reason) when `host` imitates a brand, else None. `host` belongs to no covered site."""
        disguise = None
        if "xn--" in host:
            decoded = _decode_punycode(host)
            # Undecodable punycode still shows its plain letters: the part before the last hyphen.
            host = decoded or ".".join(_punycode_basic(label) for label in host.split("."))
            shown = f" and reads '{decoded}'" if decoded else ""
            disguise = f"it is written in punycode (xn--){shown}, which can hide letters from other alphabets"
        if not host.isascii():
            host = _latin_skeleton(host)
            disguise = disguise or "it uses letters from another alphabet that look like Latin letters"
        found = self._imitated(host)
        if found is None:
            return None
        brand, reason = found
        return brand, disguise or reason

    def _imitated(self, host: str) -> tuple[str, str] | None:
        brand = self._brand_in(host)
        if brand:
            owner = registrable_part(host)
            if brand in host:
                return brand, f"'{brand}' is only part of the name; the address really belongs to {owner}"
            return brand, f"it spells '{brand}' with extra hyphens; the address really belongs to {owner}"
        for label in host.split(".")[:-1]:
            skeleton = _ascii_skeleton(label)
            for brand in self._letter_brands:
                if skeleton == brand:
                    return brand, "it replaces letters with digits or letter pairs that look alike"
                if len(brand) >= _MIN_LENGTH_FOR_TYPOS and (_one_edit_apart(label, brand) or _one_edit_apart(skeleton, brand)):
                    return brand, f"'{label}' is spelled slightly differently from '{brand}'"
        return None

    def _brand_in(self, text: str) -> str | None:
        compact = text.replace("-", "").replace("_", "")
        for brand in self.brands:
            if brand in text or brand in compact:
                return brand
        return None
