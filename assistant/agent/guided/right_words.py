"""The right in a message: its registration number (as written), its name, where it is registered, and
whether the platform approved it."""

from __future__ import annotations

import re

from assistant.agent.guided.evidence_words import ORDER_RE
from assistant.agent.guided.link_words import strip_links
from assistant.agent.guided.party_words import clean_name

NUMBER = r"([A-Z]{0,4}\s?\d[\w.,/\-]{3,}\d[A-Z]?|\d{5,})"
_REG_NUMBER_RE = re.compile(
    r"(?:trademark|trade mark|\btm|registration|\breg\.?|patent|copyright|certificate|\bno\.?|\bnumber|\bnr\.?|#)"
    r"(?:\s+(?:no\.?|number|nr\.?|#|is|:))*\s*[:#]?\s*" + NUMBER,
    re.I,
)
_BARE_NUMBER_RE = re.compile(NUMBER)
_MARK_NAME_RE = re.compile(
    r"(?:trademark|trade mark|word mark|brand|mark)\s+(?:is\s+|name\s+|called\s+)?[\"“']?([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})[\"”']?"
)
_QUOTED_RE = re.compile(r"[\"“']([^\"“”']{2,80})[\"”']")
_WORK_NAME_RE = re.compile(r"(?:work|title|book|album|software|game|photos?|collection|design|patent)\s+(?:called|titled|named)\s+([^,.;]{2,80})", re.I)
_PLACES_RE = re.compile(
    r"(?:registered (?:in|with|at|by)|registration in|place of registration:?|filed in)\s+(?:the\s+)?([A-Za-z][A-Za-z ()\-]{1,60}?)(?=[,.;]|\s+(?:and|under|with|as|it)\b|$)",
    re.I,
)
_PLACE_WORDS = [
    ("Mainland China", r"\b(?:mainland china|china|chinese|cnipa|prc)\b"),
    ("EU", r"\b(?:eu|euipo|european union)\b"),
    ("United States", r"\b(?:us|usa|uspto|united states)\b"),
    ("United Kingdom", r"\b(?:uk|ukipo|united kingdom)\b"),
    ("WIPO", r"\b(?:wipo|madrid|international registration)\b"),
    ("Japan", r"\bjapan\b"), ("Germany", r"\bgermany\b"), ("France", r"\bfrance\b"), ("Spain", r"\bspain\b"),
    ("Italy", r"\bitaly\b"), ("Korea", r"\bkorea\b"), ("Singapore", r"\bsingapore\b"), ("Hong Kong", r"\bhong kong\b"),
    ("Taiwan", r"\btaiwan\b"),
]


def find_registration_number(text: str, *, bare: bool = False) -> str | None:
    """A registration or patent number introduced as one ("trademark 12345678", "reg. no. 987654"), or any
    long number when ``bare`` (the dialogue just asked for it)."""
    text = ORDER_RE.sub(" ", strip_links(text))
    match = _REG_NUMBER_RE.search(text)
    if not match and bare:
        match = _BARE_NUMBER_RE.search(text)
    if not match:
        return None
    number = re.sub(r"\s+", "", match.group(1)).strip(".,-/")
    return number if sum(c.isdigit() for c in number) >= 4 else None


def find_right_name(text: str) -> str | None:
    text = strip_links(text)
    for regex in (_QUOTED_RE, _WORK_NAME_RE, _MARK_NAME_RE):
        match = regex.search(text)
        if match:
            name = clean_name(match.group(1))
            if name and not re.fullmatch(r"[\d\s.,/\-]+", name) and name.lower() not in {"registration", "number", "no"}:
                return name
    return None


def find_places(text: str) -> list[str]:
    """Places of registration named in the text ("registered in Mainland China", "an EU trademark")."""
    places: list[str] = []
    phrases = [m.group(1) for m in _PLACES_RE.finditer(text)]
    phrases += re.findall(r"\bin (?:the )?(EU|European Union|USA?|United States|UK|United Kingdom|Mainland China|China|Japan|Korea|WIPO)\b", text)
    scope = " ".join(phrases) if phrases else ""
    if re.search(r"wipo|madrid|international registration", text, re.I) and re.search(r"designat\w* china|extension to china|extended to china", text, re.I):
        return ["WIPO (designating China)"]
    if not scope:
        # "an EU trademark", "our Chinese registration", "China registration"
        match = re.search(r"\b([A-Za-z]+)\s+(?:trademark|registration|patent|copyright)", text, re.I)
        scope = match.group(1) if match else ""
    for label, pattern in _PLACE_WORDS:
        if scope and re.search(pattern, scope, re.I):
            places.append(label)
    return places


def find_approval(text: str) -> bool | None:
    """Whether the person said the right is approved on the platform (True), not yet (False), or nothing (None)."""
    if re.search(r"\b(?:not (?:yet )?(?:been )?(?:approved|verified)|pending|awaiting|under review|rejected|haven'?t submitted|not submitted)\b", text, re.I):
        return False
    if re.search(r"\b(?:approved|verified|accepted)\b", text, re.I):
        return True
    return None
