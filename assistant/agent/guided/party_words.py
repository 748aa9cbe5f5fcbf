"""Who files and for whom, in a message: the role, the names (as written, never rewritten) and whether a
name is a company's."""

from __future__ import annotations

import re

from assistant.domain.case_reading import INDIVIDUAL_WORD
from assistant.domain.legal_forms import has_legal_form
from assistant.domain.models import HolderType, Role

_NAME = r"([A-Z0-9][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z0-9(][\w&.'()\-]*){0,6})"
_NAME_STOP = re.compile(r"\s+(?:and|who|which|that|on|in|with|here|the)$", re.I)
_AGENT_FOR_RE = re.compile(
    r"(?i:agents?|attorneys?|lawyers?|law firm|representatives?)\s+(?i:for|of|acting for)\s+" + _NAME
    + r"|(?i:on behalf of|representing|acting for|we represent|i represent|our client,?|client is)\s+" + _NAME,
)
_AGENT_WORDS_RE = re.compile(r"\b(?:agents?|attorneys?|law firm|on behalf of|representing|we represent|our client)\b", re.I)
_HOLDER_WORDS_RE = re.compile(
    r"\b(?:rights?[- ]?holders?|brand owners?|(?:we|i) own (?:the|this|our|that)|(?:we|i) are the owners?|i am the owner"
    r"|own(?:er of)? the (?:trademark|brand|right|copyright|patent)|our own (?:brand|trademark|photos|work)"
    r"|(?:our|my) (?:trademark|brand|mark|patent|copyright)\b)",
    re.I,
)
_SELF_NAME_RE = re.compile(
    r"(?i:\bwe are|\bwe're|\bi am|\bi'm|\bthis is|\bmy name is|\bour company is|\bcompany name is|\bcomplainant(?: is|:)"
    r"|\bfiling as|\bfiled by)\s+" + _NAME
)
_HOLDER_NAME_RE = re.compile(
    r"(?i:rights?[- ]?holder|brand owner|owner|trademark owner|holder)(?:\s+is|[:,])?\s+" + _NAME
)
# Words that end a company's name without being a legal form ("Acme Group", "Nordic Holdings", "Smith IP").
_COMPANY_WORD_RE = re.compile(r"\b(?:group|holdings|industries|enterprises|partners|law|legal|ip)\.?$", re.I)
_NOT_NAMES = {"the", "a", "an", "agent", "agents", "rights", "owner", "trademark", "here", "not", "also", "yes", "no", "i", "we"}


def clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    # "Acme Sports Inc. Trademark ACME": a name ends at a full stop followed by more words.
    name = re.split(r"\.\s+", raw.strip())[0].strip().strip(",.;:")
    while True:
        trimmed = _NAME_STOP.sub("", name)
        if trimmed == name:
            break
        name = trimmed.strip()
    if not name or name.lower() in _NOT_NAMES or name.isdigit():
        return None
    return name


def holder_type_of(name: str) -> HolderType | None:
    """A company when the name ends in a legal form (Oy, AB, GmbH, S.L., Co., Ltd., 有限公司, Sdn Bhd ...: the one reader of
    legal forms, assistant/domain/legal_forms.py, with cleanco's forms of about 80 countries, as the chat and the
    documents checklist read them) or in a word only companies end in ("Group"); otherwise unknown."""
    return HolderType.COMPANY if has_legal_form(name) or _COMPANY_WORD_RE.search(name.strip()) else None


def find_holder_type(text: str) -> HolderType | None:
    if re.search(INDIVIDUAL_WORD + r"|\bmyself\b|\bpersonally\b|\bsole (?:owner|trader)\b|\bprivate person\b", text, re.I):
        return HolderType.INDIVIDUAL
    if re.search(r"\b(?:a )?(?:company|corporation|business|firm)\b", text, re.I):
        return HolderType.COMPANY
    return None


def read_parties(prose: str) -> tuple[Role | None, str | None, str | None]:
    """Who files and for whom: the role, the complainant's name and the rights holder's name, as the message says."""
    role, complainant, holder = None, None, None
    agent_match = _AGENT_FOR_RE.search(prose)
    if agent_match:
        role = Role.AGENT
        holder = clean_name(agent_match.group(1) or agent_match.group(2))
    elif _AGENT_WORDS_RE.search(prose):
        role = Role.AGENT
    elif _HOLDER_WORDS_RE.search(prose):
        role = Role.RIGHTS_HOLDER
    holder_match = _HOLDER_NAME_RE.search(prose)
    self_match = _SELF_NAME_RE.search(prose)
    if self_match:
        complainant = clean_name(self_match.group(1))
    if holder_match and role != Role.AGENT:
        complainant = complainant or clean_name(holder_match.group(1))
    return role, complainant, holder
