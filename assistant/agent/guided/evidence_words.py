"""The documents a person says they have, with a file name or the test-buy order number when given; a negated
mention ("we have no comparison yet") is no document."""

from __future__ import annotations

import re

from assistant.domain.models import EvidenceItem

_EVIDENCE_PATTERNS: list[tuple[str, str]] = [
    ("test_buy_report", r"test[- ]?buy report|purchase report|report (?:of|on) the (?:test )?(?:buy|purchase)|\breport\b\s*:?\s*[\w.\-]+\.(?:pdf|docx?)"),
    ("test_buy_order_number", r"\border (?:no\.?|number|nr\.?|#|id)|\border\s+\d{6,}"),
    ("comparison_document", r"comparison|compared|side[- ]by[- ]side|differences? (?:list|document|table)|claim chart"),
    ("original_image_files", r"original (?:image|photo|picture|raw|camera)?\s*(?:files?|photos?|images?|shots?)|raw files?|\.raw\b|\.cr2\b|\.nef\b|\.psd\b"),
    ("official_page_screenshot", r"screenshots?"),
    ("power_of_attorney", r"power of attorney|\bpoa\b|letter of authori[sz]ation|authori[sz]ation letter"),
    ("copyright_claim_statement", r"claim statement"),
    ("patent_evaluation_report", r"evaluation report"),
    ("translation", r"translation|translated"),
    ("trademark_certificate", r"trademark certificate|registration certificate"),
    ("copyright_certificate", r"copyright certificate"),
    ("patent_certificate", r"patent certificate"),
]
_FILE_RE = re.compile(r"[\w\-./\\]+\.(?:pdf|docx?|jpe?g|png|gif|tiff?|zip|xlsx?|raw|cr2|nef|psd|txt|heic)\b", re.I)
ORDER_RE = re.compile(r"\border(?: (?:no\.?|number|nr\.?|#|id))?\s*(?:is\s*)?[:#]?\s*((?=[\w\-]{5,})[A-Za-z0-9][\w\-]*\d[\w\-]*)", re.I)
_NEGATED_RE = re.compile(r"\b(?:no(?!\.|\s*[:#\d])|not|don'?t|do not|without|haven'?t|have not|missing|lack|none)\b", re.I)


def names_files(text: str) -> bool:
    """Whether the text names a file ("kestrel-k7-fotos.zip"): such words offer something as evidence."""
    return _FILE_RE.search(text) is not None


def find_evidence(text: str) -> list[EvidenceItem]:
    """Documents the person says they have, with a file name or order number when one is given."""
    items: list[EvidenceItem] = []
    clauses = re.split(r"[;\n]|(?<![Nn]o)\.\s+|,\s+(?=[a-z]*\s*(?:and\s+)?(?:a |an |the |our |my )?[a-z])|\band\b", text, flags=re.I)
    for clause in clauses:
        if _NEGATED_RE.search(clause):
            continue
        for kind, pattern in _EVIDENCE_PATTERNS:
            if not re.search(pattern, clause, re.I) or any(i.kind == kind for i in items):
                continue
            reference = None
            if kind == "test_buy_order_number":
                match = ORDER_RE.search(clause)
                if not match:
                    continue
                reference = match.group(1)
            file_match = _FILE_RE.search(clause)
            items.append(
                EvidenceItem(kind=kind, file=file_match.group(0) if file_match else None, reference=reference,
                             description=clause.strip()[:200])
            )
            break
    return items
