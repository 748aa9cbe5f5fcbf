"""The Nice classes a person names for a trademark, as numbers in the order typed: 'classes 8 and 21', 'class 8 & 21',
'Nice classes 8, 21', 'Klassen 8 und 21', 'clases 8 y 21', 'classi 8 e 21', 'kelas 8 dan 21', '第8类和第21类', '第8、21类'.

A class is a number from 1 to 45 (the Nice classification has 45); a number right before a month or a year ('class 8,
2 May 2019') is a day, not a class. Whether the words around are negated is for the caller, which knows its clauses.
"""

from __future__ import annotations

import re

NICE_CLASSES = range(1, 46)

_CLASS_WORD = r"(?:nice\s+)?(?:class(?:es)?|cl\.|clases?|klassen?|classes?|classi|kelas)"
# A class number that is no day's number ('21, 2 May 2019': the 2 is a day).
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|mär|mai|okt|dez|januar|februar|juni|juli"
_NUMBER = rf"\d{{1,2}}(?![\d/:-]|\.\d|\s+(?:{_MONTHS})|\s+(?:19|20)\d\d\b)"
_JOIN = r"\s*(?:,|&|\+|/|\band\b|\bund\b|\by\b|\be\b|\bet\b|\bdan\b|\bog\b|\boch\b|\bja\b)\s*(?:(?:nice\s+)?class\s*)?"
_LATIN_RE = re.compile(rf"\b{_CLASS_WORD}\s*(?:nos?\.?\s*|:\s*)?({_NUMBER}(?:{_JOIN}{_NUMBER})*)\b", re.I)
_HAN_RE = re.compile(r"(?:第?\s*\d{1,2}\s*类?\s*[、，,和及与跟]\s*)*第?\s*\d{1,2}\s*类")


def classes_named(text: str) -> list[tuple[list[int], re.Match]]:
    """Each place the text names classes: the class numbers (1-45, as typed, each once) and the match they came from."""
    found = []
    for match in sorted([*_LATIN_RE.finditer(text or ""), *_HAN_RE.finditer(text or "")], key=lambda m: m.start()):
        numbers = [int(n) for n in re.findall(r"\d{1,2}", match.group(1) if match.re is _LATIN_RE else match.group(0))]
        numbers = list(dict.fromkeys(n for n in numbers if n in NICE_CLASSES))
        if numbers:
            found.append((numbers, match))
    return found


__all__ = ["NICE_CLASSES", "classes_named"]
