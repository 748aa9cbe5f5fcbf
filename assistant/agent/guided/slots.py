"""Reading complaint details out of free text, in any order and several in one message.

"trademark 12345678, agent for Acme, counterfeit, here are the links: ..." gives a right, a role, a rights holder,
a reason and links. Each reader is a small regular expression; what none of them finds is simply asked again.
The slot the dialogue just asked for (``expecting``) lets a bare answer ("Acme Inc.", "yes", "Mainland China") count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.site_names import sites_mentioned
from assistant.domain.models import ComplaintReason, EvidenceItem, HolderType, IPType, PatentKind, Role, Site

# --- links -------------------------------------------------------------------------------------------------------

_URL_TOKEN_RE = re.compile(
    r"""(?ix)
    (?:[a-z][a-z0-9+.-]*://\S+)                 # anything with a scheme (http, https, ftp, javascript...)
    | (?:www\.\S+)
    | (?:\b(?:[a-z0-9-]+\.)+(?:com|cn|hk|sg|my|ph|th|vn|id|es|net|org|io|ly|gl|co|me|xyz|top|shop)(?:\.[a-z]{2})?/\S*)
    | (?:\b(?:[a-z0-9-]+\.)*(?:aliexpress|alibaba|1688|taobao|tmall|lazada|miravia)\.[a-z.]{2,}[/?]\S*)  # a bare "Alibaba.com" names a site
    """
)
_TRAILING = ".,;:!?)]}>\"'"


def find_link_tokens(text: str) -> list[str]:
    """The link-like tokens in a message, as pasted (bullets, brackets and trailing punctuation removed)."""
    tokens = []
    for match in _URL_TOKEN_RE.finditer(text):
        token = match.group(0).strip().lstrip("<([\"'").rstrip(_TRAILING)
        if token:
            tokens.append(token)
    return tokens


def strip_links(text: str) -> str:
    """The message without its links, so that ids inside a link are not read as registration numbers."""
    return _URL_TOKEN_RE.sub(" ", text)


# --- sites -------------------------------------------------------------------------------------------------------

_NEGATION_BEFORE = re.compile(r"(?:\bnot|\bno longer|\binstead of|\brather than|\bisn'?t|\bwasn'?t)\s+(?:on\s+|from\s+)?$", re.I)


def find_site(text: str) -> Site | None:
    """The marketplace named last in the text, skipping ones negated ("Taobao, not Tmall")."""
    found = [m for m in sites_mentioned(text) if not _NEGATION_BEFORE.search(text[max(0, m.start - 20) : m.start])]
    return found[-1].site if found else None


# --- reasons and types ---------------------------------------------------------------------------------------------

# Most specific first: "a test buy showed it was counterfeit" is a test buy, not a feature comparison.
_REASON_PATTERNS: list[tuple[ComplaintReason, str]] = [
    (ComplaintReason.TEST_BUY, r"test[- ]?(?:buy|purchase|order)|we (?:bought|ordered|purchased)|made a purchase"),
    (ComplaintReason.MODEL_DOES_NOT_EXIST,
     r"(?:model|version|product|colou?r(?:way)?)s?\b[^.]{0,40}\b(?:does ?n[o']t|do ?n[o']t|never) (?:exists?|made|produced|released)"
     r"|never (?:made|produced|released)|non-?existent model|model (?:does not|doesn't) exist|fantasy model"),
    (ComplaintReason.OFFICIAL_IMAGE_THEFT,
     r"official (?:site|website|web site|store|shop|page|catalogue)[^.]{0,40}(?:photo|image|picture)"
     r"|(?:photo|image|picture)s?[^.]{0,40}official (?:site|website|store|shop|page)"),
    (ComplaintReason.IMAGE_THEFT,
     r"(?:stole|stolen|steal|copied|copy|copies|using|use|uses|took|lifted) (?:our|my|the client'?s) (?:own )?(?:product )?(?:photo|image|picture|shot)s?"
     r"|image theft|photo theft|stolen (?:photo|image|picture)s"),
    (ComplaintReason.PIRATED_COPY, r"pirat|bootleg|unauthori[sz]ed cop(?:y|ies)|illegal cop(?:y|ies)|cracked"),
    (ComplaintReason.REGISTERED_WORK, r"registered (?:work|artwork|artistic work|copyright work)|our (?:artwork|illustration|drawing)s?"),
    (ComplaintReason.TRADEMARK_MISUSE,
     r"misuse|misusing|(?:brand|mark|trademark|name)[^.]{0,30}\bin (?:the |their )?(?:titles?|descriptions?|store names?|shop names?|keywords?)"
     r"|(?:titles?|descriptions?|store names?|shop names?) (?:use|uses|using|contain|contains)"),
    (ComplaintReason.PATENT_INFRINGEMENT, r"patent"),
    (ComplaintReason.COUNTERFEIT_FEATURES, r"counterfeit|\bfakes?\b|knock-?offs?|replicas?|imitations?"),
]
_REASON_NAMES = {reason.value.replace("_", " "): reason for reason in ComplaintReason}


def find_reason(text: str) -> ComplaintReason | None:
    """The complaint ground the text describes, most specific first; None when it names none."""
    lowered = text.lower()
    for name, reason in _REASON_NAMES.items():
        if name in lowered or reason.value in lowered:
            return reason
    for reason, pattern in _REASON_PATTERNS:
        if re.search(pattern, text, re.I):
            return reason
    return None


def find_ip_type(text: str) -> IPType | None:
    for ip_type in (IPType.TRADEMARK, IPType.COPYRIGHT, IPType.PATENT):
        if re.search(rf"\b{ip_type.value}s?\b", text, re.I):
            return ip_type
    return None


def find_patent_kind(text: str) -> PatentKind | None:
    if re.search(r"design patent|design (?:right|registration)|industrial design", text, re.I):
        return PatentKind.DESIGN
    if re.search(r"utility model", text, re.I):
        return PatentKind.UTILITY_MODEL
    if re.search(r"invention", text, re.I):
        return PatentKind.INVENTION
    return None


# --- parties -------------------------------------------------------------------------------------------------------

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
_COMPANY_SUFFIX_RE = re.compile(
    r"\b(?:inc|ltd|llc|llp|lp|gmbh|co|corp|corporation|company|limited|sa|s\.a|srl|s\.r\.l|ag|bv|b\.v|nv|plc|pty|kg|oy|ab|sas|spa|s\.p\.a"
    r"|kk|k\.k|group|holdings|industries|enterprises|partners|law|legal|ip)\.?$",
    re.I,
)
_NOT_NAMES = {"the", "a", "an", "agent", "agents", "rights", "owner", "trademark", "here", "not", "also", "yes", "no", "i", "we"}


def _clean_name(raw: str | None) -> str | None:
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
    """A company when the name ends like one (Inc., GmbH, Ltd ...); otherwise unknown."""
    return HolderType.COMPANY if _COMPANY_SUFFIX_RE.search(name.strip()) else None


def find_holder_type(text: str) -> HolderType | None:
    if re.search(r"\b(?:an? )?individual\b|\bmyself\b|\bpersonally\b|\bsole (?:owner|trader)\b|\bprivate person\b", text, re.I):
        return HolderType.INDIVIDUAL
    if re.search(r"\b(?:a )?(?:company|corporation|business|firm)\b", text, re.I):
        return HolderType.COMPANY
    return None


# --- the right -----------------------------------------------------------------------------------------------------

_NUMBER = r"([A-Z]{0,4}\s?\d[\w.,/\-]{3,}\d[A-Z]?|\d{5,})"
_REG_NUMBER_RE = re.compile(
    r"(?:trademark|trade mark|\btm|registration|\breg\.?|patent|copyright|certificate|\bno\.?|\bnumber|\bnr\.?|#)"
    r"(?:\s+(?:no\.?|number|nr\.?|#|is|:))*\s*[:#]?\s*" + _NUMBER,
    re.I,
)
_BARE_NUMBER_RE = re.compile(_NUMBER)
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
    text = _ORDER_RE.sub(" ", strip_links(text))
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
            name = _clean_name(match.group(1))
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


# --- evidence ------------------------------------------------------------------------------------------------------

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
_ORDER_RE = re.compile(r"\border(?: (?:no\.?|number|nr\.?|#|id))?\s*(?:is\s*)?[:#]?\s*((?=[\w\-]{5,})[A-Za-z0-9][\w\-]*\d[\w\-]*)", re.I)
_NEGATED_RE = re.compile(r"\b(?:no(?!\.|\s*[:#\d])|not|don'?t|do not|without|haven'?t|have not|missing|lack|none)\b", re.I)


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
                match = _ORDER_RE.search(clause)
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


# --- yes / no ------------------------------------------------------------------------------------------------------

_YES_RE = re.compile(r"^\s*(?:y|yes|yep|yeah|yup|ok|okay|sure|confirm(?:ed)?|go ahead|do it|please do|approve[d]?|correct|right)\b[.! ]*", re.I)
_NO_RE = re.compile(r"^\s*(?:n|no|nope|nah|cancel|stop|don'?t|do not|reject(?:ed)?|decline|abort|not now)\b[.! ]*", re.I)


def yes_or_no(text: str) -> bool | None:
    """True for a yes, False for a no, None for anything else.

    Only a short message counts as an answer: a pasted text that happens to begin with "Yes," or "OK." (a seller's
    counter-notice, say) must never approve a pending change.
    """
    text = text.strip()
    if len(text) > 40 or len(text.split()) > 5:
        return None
    if _NO_RE.match(text):
        return False
    if _YES_RE.match(text):
        return True
    return None


# --- everything at once ------------------------------------------------------------------------------------------------


@dataclass
class SlotReading:
    """What one message says about the complaint. Empty fields mean the message did not say."""

    site: Site | None = None
    reason: ComplaintReason | None = None
    ip_type: IPType | None = None
    patent_kind: PatentKind | None = None
    role: Role | None = None
    complainant_name: str | None = None
    complainant_type: HolderType | None = None
    rights_holder_name: str | None = None
    right_name: str | None = None
    registration_number: str | None = None
    unregistered: bool = False
    places_of_registration: list[str] = field(default_factory=list)
    right_approved: bool | None = None
    link_tokens: list[str] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    statement: str | None = None
    right_name_guessed: bool = False  # taken from a bare answer, not from "trademark X" / a quoted title

    def found_anything(self) -> bool:
        return any(
            value not in (None, [], False)
            for value in (self.site, self.reason, self.ip_type, self.role, self.complainant_name, self.rights_holder_name,
                          self.right_name, self.registration_number, self.unregistered, self.places_of_registration,
                          self.right_approved, self.link_tokens, self.evidence, self.statement)
        )


def read_slots(text: str, expecting: str | None = None) -> SlotReading:
    """Every complaint detail the message gives. ``expecting`` is the slot the last question asked for."""
    reading = SlotReading(link_tokens=find_link_tokens(text))
    prose = strip_links(text)
    reading.site = find_site(prose)
    reading.reason = find_reason(prose)
    reading.ip_type = find_ip_type(prose)
    reading.patent_kind = find_patent_kind(prose)
    if re.search(r"\b(?:unregistered|not registered|no registration)\b", prose, re.I):
        reading.unregistered = True
    reading.registration_number = None if reading.unregistered else find_registration_number(
        prose, bare=expecting == "right"
    )
    reading.right_name = find_right_name(prose)
    reading.places_of_registration = find_places(prose)
    reading.right_approved = find_approval(prose)
    reading.evidence = find_evidence(prose)
    statement = re.search(r"\bstatement\s*:\s*(.{10,2000})", prose, re.I | re.S)
    if statement:
        reading.statement = statement.group(1).strip()

    agent_match = _AGENT_FOR_RE.search(prose)
    if agent_match:
        reading.role = Role.AGENT
        reading.rights_holder_name = _clean_name(agent_match.group(1) or agent_match.group(2))
    elif _AGENT_WORDS_RE.search(prose):
        reading.role = Role.AGENT
    elif _HOLDER_WORDS_RE.search(prose):
        reading.role = Role.RIGHTS_HOLDER
    holder_match = _HOLDER_NAME_RE.search(prose)
    self_match = _SELF_NAME_RE.search(prose)
    if self_match:
        reading.complainant_name = _clean_name(self_match.group(1))
    if holder_match and reading.role != Role.AGENT:
        reading.complainant_name = reading.complainant_name or _clean_name(holder_match.group(1))
    reading.complainant_type = find_holder_type(prose)
    if expecting in ("complainant", "rights_holder") and not (reading.complainant_name or reading.rights_holder_name):
        bare = _bare_name(prose)
        if expecting == "complainant":
            reading.complainant_name = bare
        else:
            reading.rights_holder_name = bare
    if expecting == "places" and not reading.places_of_registration:
        reading.places_of_registration = [p for p in (find_places(f"registered in {prose}") or [_bare_name(prose)]) if p]
    if expecting == "right" and not reading.right_name and not reading.evidence and not reading.link_tokens:
        leftover = re.sub(_NUMBER, " ", prose)
        leftover = re.sub(r"\b(?:trademark|registration|reg|no|number|it'?s|is|approved|verified|yes|and|the|our|patent|copyright|registered in \w+( \w+)?)\b\.?", " ", leftover, flags=re.I)
        reading.right_name = _bare_name(leftover) if re.search(r"[A-Za-z]{2,}", leftover) else None
        reading.right_name_guessed = reading.right_name is not None
    return reading


def _bare_name(text: str) -> str | None:
    """A message that is just a name ("Acme Inc.", "Jane Doe, an individual")."""
    first = re.split(r"[,;\n]|\s+-\s+|\(", text.strip(), maxsplit=1)[0].strip().strip(".:")
    first = re.sub(r"^(?:it'?s|it is|we are|i am|i'm|name is|the)\s+", "", first, flags=re.I)
    if not first or len(first) > 120 or not re.search(r"[A-Za-z]", first):
        return None
    return _clean_name(first)
