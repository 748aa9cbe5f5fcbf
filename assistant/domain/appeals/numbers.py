"""A right's number as a seller or its documents write it, against the number in our record.

'ZL 2023 2 0456789.1', 'ZL202320456789.1' and '202320456789.1' are one patent: offices, sellers and scans space,
dot and prefix a number differently, so a number is compared by its digits alone. A number whose digits differ from
ours in one or two places (a digit changed, two digits swapped: 'ZL 2023 2 0465789.1') is another right, or a
mistake: either way a document under it is not shown to be about ours, so it is pointed out with both numbers as
written. A number that shares nothing with ours (an invoice number, a date) is no right's number and is left alone:
only numbers as long as ours and at most two digits away are read as meant for ours. Nor is a number the document
itself calls a company's (its VAT or tax number, its commercial register entry, its EORI or business licence number):
'USt-IdNr. DE 018 243 567' is the seller's VAT number however close its digits come to a trademark's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A run of digit groups joined by the separators numbers are written with: 'ZL 2024 2 0387214.6', 'US 11,234,567'.
_GROUP_RE = re.compile(r"\d+")
_JOINER_RE = re.compile(r"^[ \t.,\-/\u00a0]{1,2}$")
_PREFIX_RE = re.compile(r"[A-Z]{2,4}[ \t]?$")  # an office's letters: 'ZL ', 'UK', 'EP'

# The labels a document gives a company's own numbers, in the languages sellers' papers are written in: VAT and tax numbers
# (USt-IdNr., Steuernummer, P.IVA, NIF, TVA, GST, SST, NPWP, 纳税人识别号), the commercial register (HRB, Handelsregister,
# Registro Mercantil, Companies House, SSM), customs (EORI) and business licences (营业执照, 统一社会信用代码, NIB).
COMPANY_NUMBER_LABEL_RE = re.compile(
    r"(?:\bVAT\b|\bUSt\b|Umsatzsteuer|Steuer-?(?:nummer|nr)|\bSt\.?-?Nr|\btax\b|\bTIN\b|\bEIN\b|\bGST\b|\bSST\b|\bABN\b|\bACN\b|\bNIF\b"
    r"|\bCIF\b|\bNIE\b|P\.?\s?IVA|Partita\s+IVA|Codice\s+Fiscale|\bTVA\b|SIRE[NT]|\bNPWP\b|\bNIB\b|\bUEN\b|\bSSM\b|\bGSTIN\b|\bCNPJ\b"
    r"|\bHR[AB]\b|Handelsregister|Registergericht|Amtsgericht|Registro\s+Mercantil|Registro\s+(?:delle\s+)?Imprese|\bREA\b|Companies\s+House"
    r"|compan(?:y|ies)\s+(?:registration|reg\.?|number|no\b)|business\s+(?:licen[cs]e|registration)|certificate\s+of\s+incorporation"
    r"|\bEORI\b|Zoll|营业执照|统一社会信用代码|纳税人识别号|税号|注册资本|工商)",
    re.IGNORECASE,
)
# What may stand between such a label and the number: '(USt-IdNr.): DE ', 'Registernummer: HRB ', 'No. '; never a digit.
_COMPANY_LABEL_BEFORE_RE = re.compile(COMPANY_NUMBER_LABEL_RE.pattern + r"[^\d\n]{0,24}$", re.IGNORECASE)


def company_number_at(text: str, start: int) -> bool:
    """Whether the number that starts at ``start`` is one the text labels as a company's (VAT, tax, register, EORI,
    business licence), read from the words just before it on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_COMPANY_LABEL_BEFORE_RE.search(text[max(line_start, start - 60) : start]))


# Short numbers (a quantity, a day) are too easily two digits from anything.
MIN_DIGITS = 6
MAX_DIGITS_DIFFERENT = 2


@dataclass(frozen=True)
class NearNumber:
    """A number a text gives that differs from ours in a digit or two, exactly as the text writes it."""

    written: str
    digits: str
    start: int


def digits_of(number: str | None) -> str:
    """A number's digits in order (full-width digits read as ASCII), without its prefix, spaces and dots."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", number or "") if ch.isdigit() and ch.isascii())


def same_number(a: str, b: str) -> bool:
    """Whether two written numbers are one: the same digits, however spaced, dotted or prefixed."""
    return bool(digits_of(a)) and digits_of(a) == digits_of(b)


def _digits_apart(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) if len(a) == len(b) else len(a) + len(b)


def near_numbers(text: str | None, ours: str | None) -> list[NearNumber]:
    """The numbers ``text`` gives that are as long as ``ours`` and one or two digits away from it, as written,
    each once (our own number, however written, is never among them)."""
    wanted = digits_of(ours)
    if len(wanted) < MIN_DIGITS or not text:
        return []
    plain = unicodedata.normalize("NFKC", text)
    groups = list(_GROUP_RE.finditer(plain))
    found: dict[str, NearNumber] = {}
    for first in range(len(groups)):
        digits, last = "", first
        while last < len(groups) and len(digits) < len(wanted):
            if last > first and not _JOINER_RE.match(plain[groups[last - 1].end() : groups[last].start()]):
                break
            digits += groups[last].group(0)
            last += 1
        if len(digits) != len(wanted) or not 0 < _digits_apart(digits, wanted) <= MAX_DIGITS_DIFFERENT:
            continue
        start, end = groups[first].start(), groups[last - 1].end()
        if start and plain[start - 1].isdigit() or end < len(plain) and plain[end].isdigit():
            continue
        joined_before = first > 0 and _JOINER_RE.match(plain[groups[first - 1].end() : start])
        joined_after = last < len(groups) and _JOINER_RE.match(plain[end : groups[last].start()])
        if joined_before and joined_after:
            continue  # the middle of a longer run of figures
        if company_number_at(plain, start):
            continue  # a company's VAT, tax or register number: never a right's
        prefix = _PREFIX_RE.search(plain[max(0, start - 5) : start])
        if prefix and not (start - len(prefix.group(0)) > 0 and plain[start - len(prefix.group(0)) - 1].isalpha()):
            start -= len(prefix.group(0))
        written = plain[start:end].strip()
        found.setdefault(digits, NearNumber(written=written, digits=digits, start=start))
    return list(found.values())


__all__ = ["COMPANY_NUMBER_LABEL_RE", "MIN_DIGITS", "NearNumber", "company_number_at", "digits_of", "near_numbers", "same_number"]
