"""Facts read out of free text, each with the words it came from, so it can be proposed and shown, never slipped in.

A message is cut into clauses; a clause that negates or hedges ("not", "no", "never", "without", "not yet", "used to",
"maybe", "I think") gives no positive fact. Role words count only where they say who files ("we are the rights
holder", "agent for X"), never inside a name or a sentence about something else ("the rights holder's full name is").
Links are not read here: the link service reads the raw message (assistant/agent/draft_edits.py recheck_links).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.agent.guided.case_words import find_patent_kind, find_reason, find_site
from assistant.agent.guided.evidence_words import find_evidence, names_files
from assistant.agent.guided.link_words import strip_links
from assistant.agent.guided.values import NUMBER_RE, dates_in, name_in_sentence, starts_with_pronoun
from assistant.domain.case_reading import places_named
from assistant.domain.legal_forms import has_legal_form
from assistant.domain.models import ComplaintReason, EvidenceItem, HolderType, PatentKind, Role, Site


@dataclass
class Proposal:
    """One fact read from a message: the draft field, its value, and the words it came from."""

    field: str
    value: Any
    words: str
    weak: bool = False  # implied rather than said (fills an empty field only)


NEGATION = re.compile(
    r"\b(?:not|no(?!\.|\s*[:#\d])|never|without|none|neither|nor|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|"
    r"hadn'?t|won'?t|can'?t|cannot|used to|no longer|formerly|previously|maybe|perhaps|might|possibly|probably|i think|"
    r"we think|not sure|unsure|unclear|if|whether|lapsed|expired)\b",
    re.I,
)


_ABBREVIATIONS = {"no", "nr", "reg", "ref", "tel", "vs", "st", "etc", "approx", "dept", "mr", "mrs", "ms", "dr", "num", "art", "cl"}


def sentences(text: str) -> list[str]:
    """Sentences, split at a full stop (or ! ?) and a capital, except after an abbreviation or a legal form ("Co.", "no.")."""
    from assistant.agent.guided.values import _dot_belongs

    parts, start = [], 0
    for match in re.finditer(r"([.!?])\s+(?=[A-Z\"“])", text):
        before = text[start:match.start() + 1].split()
        last = before[-1] if before else ""
        if match.group(1) == "." and (last.rstrip(".").lower() in _ABBREVIATIONS or _dot_belongs(last)):
            continue
        parts.append(text[start:match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def clauses(text: str) -> list[str]:
    """Sentences cut further at semicolons, new lines, ' but ', and ', and we/it/...' ."""
    out: list[str] = []
    for sentence in sentences(text):
        parts = re.split(r"[;\n]+|\s+but\s+|,\s+(?:and\s+)?(?=(?:we|i|it|they|our|this)\b)", sentence)
        out += [p.strip() for p in parts if p and p.strip()]
    return out


def negated(clause: str) -> bool:
    return bool(NEGATION.search(clause))


# --- who files ---------------------------------------------------------------------------------------------------

_NO_AGENT = re.compile(r"\b(?:no|not an?|not the|without an?|never an?)\s+(?:agents?|law firm|representatives?)\b", re.I)
_AGENT_ROLE = re.compile(
    r"\b(?:we(?:'re| are)|i(?:'m| am)|this is)\s+(?:the |an? |their |its )?(?:agents?|law firm|attorneys?|lawyers?|representatives?|counsel)(?!'s|\w)"
    r"|\b(?:agents?|attorneys?|lawyers?|law firm|representatives?|counsel)\s+(?:for|of|acting for)\s+\S"
    r"|\b(?:we|i)\s+(?:act|are acting|am acting|work)\s+(?:as agents? )?(?:for|on behalf of)\s+\S|\bacting (?:as agents? )?for\s+\S"
    r"|\b(?:on behalf of|we represent|i represent|representing)\s+\S|\bour client\b"
    r"|\b(?:wir vertreten|ich vertrete|und vertreten (?=die|den|das)|im auftrag (?:von|der|des)|vertreter(?:in)? (?:von|der|des))\s*\S|\bunsere? mandant(?:in)?\b",
    re.I,
)
_HOLDER_ROLE = re.compile(
    r"\b(?:we(?:'re| are)|i(?:'m| am))\s+(?:the |a )?(?:\w+ (?:and )?)?(?:rights?[- ]?holders?|brand owners?|owners?|trademark owners?|copyright owners?)(?!'s|\w)"
    r"|\b(?:we|i) (?:own|hold) (?:the |this |that |our |these )?(?:\w+ )?(?:trademark|trade mark|brand|rights?|copyright|patent|mark|photos|work|design)"
    r"|\bour own (?:brand|trademark|photos|pictures|work|design|company)|\bthat'?s us\b|\bfiling (?:it )?ourselves\b|\bwe(?:'re| are) filing ourselves\b"
    r"|\b(?:wir reichen|reichen wir) (?:\w+ )?selbst ein\b|\bselbst einreichen\b"
    r"|,\s*(?:the |a )?(?:\w+ )?(?:rights?[- ]?holders?|brand owners?|owners?)\s*(?:$|[.,;]|of (?:the |this |our )?(?:mark|brand|trade ?mark|rights?|copyright|patent|design|[A-Z]))",
    re.I,
)
_SELF_NAME = re.compile(
    r"\b(?:we(?:'re| are)|i(?:'m| am)(?: with| a \w+ (?:at|with|for))?|i work (?:at|for|with)|(?:i'?m |i am )?writing (?:from|for)|this is|my name is|(?:we|i) (?:own|hold) (?:the |this )?\w+\s*[:\-–]|our (?:company|firm)(?:'s name)?\s*(?:is|:)|"
    r"the company is|company name is|complainant(?:'s (?:full |legal )*name)?\s*(?:is|:)|filing as|filed by|we file as)\s+"
    r"(?-i:(?:[a-z][\w'-]* ){0,6}[a-z][\w'-]*\s*,\s*)?",
    re.I,
)
_HOLDER_NAME = re.compile(
    r"\b(?:(?:agents?|attorneys?|lawyers?|law firm|representatives?|counsel)\s+(?:for|of|acting for)|on behalf of|act(?:ing)? (?:as agents? )?for|"
    r"we represent|i represent|representing|our client(?: is)?,?|client is|owned by|"
    r"(?:the )?(?:rights?[- ]?holder|brand owner|trademark owner|copyright owner|owner)(?:'s (?:full |legal |exact )*name)?(?:\s*(?:is|:|=)|\s+(?-i:(?=[^\W\d_a-z])))"
    # German: "Rechtsinhaber ist die ...", "Inhaber: ...", "Markeninhaberin ist ...", "wir vertreten die ..."
    r"|(?:rechte?|rechts|marken|schutzrechts)?inhaber(?:in)?\s*(?:ist|:)\s*(?:die|der|das)?|(?:wir vertreten|ich vertrete|und vertreten(?= die| den| das)|im auftrag (?:von|der|des)|"
    r"vertreter(?:in)? (?:von|der|des)|unsere? mandant(?:in)?(?: ist)?,?)\s+(?:die|den|der|das)?)\s*"
    r"(?P<self>(?:us|we|me|myself|ourselves)\s*[,:\-–]\s*)?",
    re.I,
)
# "Acme Ltd. is the rights holder", "Acme Ltd - we own the patent": the owner's name comes first.
_AFTER_OWNER_NAME = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:,|-|–|—|:)?\s*(?:is the (?:\w+ )?(?:rights?[- ]?holder|owner)|owns\b|holds\b|is the owner|"
    r"we (?:own|hold|are the)|(?:the )?(?:rights?[- ]?holder|owner)\b|that'?s us)",
    re.I,
)
# "Acme Inc. here, ...": the writer names themselves.
_AFTER_SELF_NAME = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,?\s*here\b", re.I)
_NOT_A_NAME = {"the", "a", "an", "not", "also", "here", "there", "yes", "no", "it", "we", "i", "they", "our", "this", "that",
               "actually", "sorry", "ok", "okay", "so", "well", "filing", "registered", "approved", "trademark", "agent", "agents",
               "hi", "hello", "counterfeit", "fake", "fakes", "us", "eu", "uk", "german", "chinese", "where", "what", "which"}


def _name_at(text: str) -> str | None:
    name = name_in_sentence(text)
    if not name or name.split()[0].lower().strip(",.") in _NOT_A_NAME or starts_with_pronoun(name) or len(name) < 2:
        return None
    if re.match(r"(?i)(?:trade ?mark|registration|reg|patent|copyright|eutm|utility|design|order|https?)\b", name):
        return None
    return name


# "our NORDLYS boots", "my photos", "we filed the trade mark": the person speaks as the owner (an implied role).
_OUR_THING = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[^\W\d_a-z][^\W_]*\s+){0,3}(?:[\w-]+\s+)?(?:brand|trade ?mark|mark|products?|photos?|pictures?|images?|"
    r"designs?|patent(?:ed)?|artwork|illustrations?|software|books?|goods|boots|bags|shoes|lamps|watches)\b"
    r"|\bwe (?:filed|registered|applied for) (?:the |an? |our )?(?:\w+ )?(?:trade ?mark|mark|patent|copyright|design)",
    re.I,
)


def _owner(name: str, sentence: str, agent: bool) -> list[Proposal]:
    """The owner named: the rights holder when an agent files, else the complainant itself (decided by the dialogue,
    which knows the role)."""
    found = [Proposal("owner_name", name, sentence)]
    if not agent:
        found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence, weak=True))
    return found


def read_parties(text: str) -> list[Proposal]:
    found: list[Proposal] = []
    for sentence in sentences(strip_links(text)):
        agent = bool(_AGENT_ROLE.search(sentence)) and not _NO_AGENT.search(sentence)
        if agent:
            found.append(Proposal("role", Role.AGENT, sentence))
        elif _HOLDER_ROLE.search(sentence):
            found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence))
        self_name = None
        for match in _SELF_NAME.finditer(sentence):
            self_name = _name_at(sentence[match.end():])
            if self_name:
                found.append(Proposal("complainant_name", self_name, sentence))
                if not agent and not _AGENT_ROLE.search(text):
                    # Naming yourself without saying you act for someone: filing as the owner (shown, and asked
                    # no further; "no" or "/edit role" changes it).
                    found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence, weak=True))
                break
        for match in _HOLDER_NAME.finditer(sentence):
            name = _name_at(sentence[match.end():])
            if not name or name == self_name:
                continue
            if match.group("self"):
                found.append(Proposal("complainant_name", name, sentence))
                found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence, weak=True))
            elif agent and self_name:
                found.append(Proposal("rights_holder_name", name, sentence))
            else:
                found += _owner(name, sentence, agent)
            break
        opening = re.sub(r"^(?:hi|hello|hey|hola|dear \w+|good (?:morning|afternoon|evening))\b[\s,!.\-–]*", "", sentence, flags=re.I)
        first = _name_at(opening)
        after_first = opening[opening.find(first) + len(first):] if first else ""
        if first and not self_name and _AFTER_SELF_NAME.match(after_first):
            self_name = first
            found.append(Proposal("complainant_name", first, sentence))
            if not agent:
                found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence, weak=True))
        elif first and first not in (self_name,) and _AFTER_OWNER_NAME.match(after_first):
            found += _owner(first, sentence, agent)
        if not agent and _OUR_THING.search(sentence) and not _AGENT_ROLE.search(text):
            found.append(Proposal("role", Role.RIGHTS_HOLDER, sentence, weak=True))
        if re.search(r"(?<!not )(?<!not an )\b(?:an individual|a person|a private person|a sole trader|a natural person|individual)\b", sentence, re.I):
            found.append(Proposal("holder_type", HolderType.INDIVIDUAL, sentence))
        elif re.search(r"(?<!not )\b(?:we are|it is|it's|is) an? (?:company|corporation|business)\b", sentence, re.I):
            found.append(Proposal("holder_type", HolderType.COMPANY, sentence))
        elif not agent:
            found += _own_company(sentence)
    return found


# "We're the rights holder, a UK company", "we are a German business", "I'm the owner, a company registered in Canada",
# "wir sind ..., eine deutsche Firma", "somos ..., una empresa española", "kami ..., syarikat Malaysia", "我们是...，一家英国公司":
# the speaker is a company, of that country. The country says where the holder is, not where the right is registered.
_COMPANY_NOUN = r"(?:company|corporation|business|firm|Firma|Unternehmen|Gesellschaft|empresa|compa[ñn][ií]a|sociedad|syarikat|perusahaan)"
_COMPANY_OF = re.compile(
    r"(?<!not )\b(?:an?|one|eine?|ein(?:e|es)?)\s+(?P<before>(?:[^\W\d_][\w.]*\s+){1,2})" + _COMPANY_NOUN + r"\b"
    r"|(?<!not )\b(?:an?|one|una|sebuah)?\s*" + _COMPANY_NOUN + r"\s+(?:(?:registered|incorporated|based|established|headquartered)\s+)?"
    r"(?:(?:in|from|de|aus)\s+)?(?:the\s+)?(?P<after>[^\W\d_][\w.]*(?:\s+[^\W\d_a-z][\w.]*)?)"
    r"|(?:一家|一个)?(?P<han>[\u4e00-\u9fff]{2,6}?)(?:的)?(?:公司|企业)",
    re.I,
)
_SPEAKER = re.compile(
    r"^\W*(?:we|we['’]re|i|i['’]m|us|our company|wir|ich|somos|soy|nosotr[oa]s|kami|saya)\b|\b(?:we are|we['’]re|i am|i['’]m|wir sind)\b"
    r"|^\W*(?:我们|我司|本公司|我方|我)",
    re.I,
)


def country_code(words: str) -> str | None:
    """The ISO 3166 code of the country some words name ("UK", "German", "deutsche", "英国"), or None (the EU is none)."""
    import pycountry

    for label in places_named(words) + [label for label, pattern in _PLACES if re.search(pattern, words, re.I)]:
        for name in (label, label.split()[-1]):
            try:
                return pycountry.countries.lookup(name).alpha_2
            except LookupError:
                continue
        return None
    return None


def _holder_country_phrases(sentence: str) -> list[tuple[re.Match, str | None]]:
    """The phrases of a sentence that say the speaker is a company of a place, each with that country's code (None for
    a place that is no country, such as the EU)."""
    if not _SPEAKER.search(sentence):
        return []
    found = []
    for match in _COMPANY_OF.finditer(sentence):
        words = match.group("before") or match.group("after") or match.group("han") or ""
        if places_named(words) or any(re.search(pattern, words, re.I) for _, pattern in _PLACES):
            found.append((match, country_code(words)))
    return found


def _own_company(sentence: str) -> list[Proposal]:
    said = _holder_country_phrases(sentence)
    if not said:
        return []
    match, country = said[0]
    words = match.group(0).strip().rstrip(".")
    found = [Proposal("holder_type", HolderType.COMPANY, words)]
    return found + ([Proposal("holder_country", country, words)] if country else [])


# "Our contact person is Maria Virtanen (maria.virtanen@halden.fi)", "contact: Jonas Berg, ...", "Ansprechpartnerin: Anna
# Keller", "persona de contacto: ...", "联系人：...": the complainant's contact, named after these words.
_CONTACT_LEAD = re.compile(
    r"\b(?:contact(?:\s+person|\s+name)?\s*(?::|-|–|\bis\b)|contact person|point of contact(?:\s+is|\s*:)?|ansprechpartner(?:in)?(?:\s+ist|\s*:)?|"
    r"kontaktperson(?:\s+ist|\s*:)?|persona de contacto(?:\s+es|\s*:)?|联系人(?:是|为|：|:)?)\s*",
    re.I,
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact(text: str) -> list[Proposal]:
    """The complainant's contact person (the name as written) and the email given with it, from the sentence that names
    the contact; a negated or hedged sentence gives none."""
    for sentence in sentences(strip_links(text)):
        lead = _CONTACT_LEAD.search(sentence)
        if not lead or negated(sentence[: lead.start()]):
            continue
        rest = sentence[lead.end():]
        name = name_in_sentence(rest)
        email = EMAIL_RE.search(rest)
        found = [Proposal("contact_name", name, sentence)] if name and "@" not in name and not starts_with_pronoun(name) else []
        return found + ([Proposal("contact_email", email.group(0).rstrip("."), sentence)] if email else [])
    return []


# --- the right ------------------------------------------------------------------------------------------------------

_NUMBER_LEAD = re.compile(
    r"\b(?:registration|reg\.|reg|certificate|patent|copyright|trade ?mark|application)?\s*(?:number|no\.|nr\.?|#|num\.?)\s*(?:is\s+)?[:#]?\s*"
    r"|\b(?:registration|reg\.?|patent|copyright registration|application)\s+(?:is\s+)?[:#]?\s*(?=[A-Z]{0,4}[-\s.]?\d)"
    r"|\b(?:trade ?mark|patent)\s+(?=[A-Z]{0,4}[-\s]?\d{4})"
    # German: "Registernummer 302024123456", "unter der Nummer ...", "Aktenzeichen ..." ("Handelsregisternummer" is a
    # company's register, no right's: the word must start there)
    r"|\b(?:register|registrierungs|registrier|eintragungs|anmelde|marken|patent)?nummer\s*(?:ist\s+)?[:#]?\s*|\baktenzeichen\s*[:#]?\s*",
    re.I,
)
_CAPWORD = r"[^\W\d_a-z](?:[^\W_]|['’](?=[^\W_]))*"  # a word that does not start in lower case (any script)
# (German compounds end in the word: "Wortmarke KESTREL", "Unionsmarke KESTREL"; "Nr." after the mark is its number)
_MARK_NAME = re.compile(
    r"\b(?i:trade ?mark|word mark|brand|[^\W\d_]*marke|marca|marque|marchio|merek|mark|eutm|tm)(?:\s+(?i:is\s+|name\s+(?:is\s+)?|called\s+)?|\s*:\s*)[\"“']?("
    + _CAPWORD + r"(?:[ \-](?!(?i:nr|no|reg|nummer)\b)" + _CAPWORD + r"){0,3})[\"”']?"
)
_OWN_MARK = re.compile(r"\b(?i:we|i) (?i:own|hold)(?: (?i:the|our))?(?: (?i:trade ?mark|mark|brand))? (" + _CAPWORD + r"(?:[ \-]" + _CAPWORD + r"){0,3})")
_FOR_MARK = re.compile(r"\b(?i:registration|reg\.?|no\.?|number|application)[^;]{0,40}?\bfor\s+[\"“']?(" + _CAPWORD + r"(?:[ \-]" + _CAPWORD + r"){0,3})")
# "HALDEN, EU trademark no. 018334455", "LUMIERA - French trademark": the mark written first, then what it is.
_MARK_BEFORE_RIGHT = re.compile(
    r"^\s*[\"“']?(" + _CAPWORD + r"(?:[ \-]" + _CAPWORD + r"){0,3})[\"”']?\s*(?:,|-|–|—|:|\()\s*(?:(?i:an?|our|the)\s+)?(?:[\w.]+\s+){0,2}?"
    r"(?i:trade ?mark|word mark|mark|eutm|tm|registration|reg\.?)(?![^\W\d_])"
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,80})[\"”]|(?:^|\s)'([^'\n]{2,60})'(?=[\s,.;:]|$)")
_TITLE = re.compile(r"\b(?:work|title|book|album|software|game|collection|design|patent|artwork|illustration)\s+(?:called|titled|named)\s+[\"“']?([^,.;\"”]{2,80})", re.I)
_PLACES = [
    ("Mainland China", r"\b(?:mainland china|china|chinese|cnipa|prc|cn)\b"),
    ("EU", r"\b(?:eu|euipo|european union|eutm|community (?:trade ?mark|design)|registered community design|european)\b"),
    ("United States", r"\b(?:(?-i:US|USA|U\.S\.)|uspto|united states|american)\b"), ("United Kingdom", r"\b(?:uk|ukipo|united kingdom|britain|british)\b"),
    ("WIPO", r"\b(?:wipo|madrid)\b"), ("Japan", r"\bjapan(?:ese)?\b"), ("Germany", r"\b(?:germany|german|dpma)\b"),
    ("France", r"\b(?:france|french|inpi france)\b"), ("Spain", r"\b(?:spain|spanish|oepm)\b"), ("Italy", r"\b(?:italy|italian)\b"),
    ("South Korea", r"\b(?:(?:south )?korea|korean|kipo)\b"), ("Singapore", r"\bsingapore(?:an)?\b"), ("Hong Kong", r"\bhong kong\b"),
    ("Taiwan", r"\btaiwan(?:ese)?\b"), ("Norway", r"\b(?:norway|norwegian)\b"), ("Sweden", r"\b(?:sweden|swedish)\b"),
    ("Switzerland", r"\b(?:switzerland|swiss)\b"), ("Australia", r"\b(?:australia|australian)\b"), ("Canada", r"\b(?:canada|canadian)\b"),
    ("India", r"\b(?:india|indian)\b"), ("Malaysia", r"\b(?:malaysia|malaysian)\b"), ("Thailand", r"\b(?:thailand|thai)\b"),
    ("Vietnam", r"\b(?:vietnam|vietnamese|viet nam)\b"), ("Indonesia", r"\b(?:indonesia|indonesian)\b"),
    ("Philippines", r"\b(?:philippines|philippine)\b"), ("Brazil", r"\b(?:brazil|brazilian)\b"), ("Mexico", r"\b(?:mexico|mexican|impi)\b"),
    ("Netherlands", r"\b(?:netherlands|dutch)\b"), ("Benelux", r"\bbenelux\b"), ("Denmark", r"\b(?:denmark|danish)\b"),
    ("Finland", r"\b(?:finland|finnish)\b"), ("Poland", r"\b(?:poland|polish)\b"), ("Austria", r"\b(?:austria|austrian)\b"),
    ("Portugal", r"\b(?:portugal|portuguese)\b"), ("Belgium", r"\b(?:belgium|belgian)\b"), ("Ireland", r"\b(?:ireland|irish)\b"),
    ("Turkey", r"\b(?:turkey|turkish|türkiye)\b"), ("Czech Republic", r"\b(?:czech republic|czechia|czech)\b"),
    ("New Zealand", r"\b(?:new zealand|(?-i:NZ)|iponz)\b"), ("South Africa", r"\bsouth africa\b"), ("Israel", r"\bisrael(?:i)?\b"),
]
_PLACE_CONTEXT = re.compile(
    r"\bregist\w*|\breg\b|\bfiled\b|\b(?:trade ?mark|mark|patent|copyright|right|eutm|tm|design)s?\b|\bonly\b|\bvalid\b|\bprotected\b|\bdesignat\w*",
    re.I,
)


_REGISTRATION_WORDS = re.compile(
    r"\b(?:trade ?marks?|registrations?|registered|reg\.?|patents?|copyrights?|designs?|eutm|tm|certificates?|applications?|no\.|number"
    r"|\w*marke[n]?|eingetragen\w*|registriert\w*|eintragung\w*|gebrauchsmuster\w*|geschmacksmuster\w*|nr\.)(?![^\W\d_])",
    re.I,
)
_A_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$")  # "2024-03-12", "12.03.2024": a day, no number


# Register names written before a number are not part of it ("EUTM 017894561", "OEPM number M 4123456").
_REGISTER_NAMES = {"EUTM", "EUIPO", "USPTO", "DPMA", "OEPM", "IMPI", "INPI", "WIPO", "CNIPA", "KIPO", "JPO", "IPOS", "IPA", "RCD", "EM", "CTM"}


def _number_only(value: str) -> str:
    first, _, rest = value.partition(" ")
    if rest and first.isalpha() and (first.upper() in _REGISTER_NAMES or len(first) > 3 or not first.isupper()):
        return _number_only(rest)
    return value.rstrip(".")


def registration_numbers(text: str) -> list[Proposal]:
    """A registration, patent or application number, exactly as written (letters, spaces, dashes, slashes kept)."""
    prose = strip_links(text)
    prose = re.sub(r"\border\s*(?:no\.?|number|nr\.?|#|id)?\s*(?:is\s*)?[:#]?\s*\d[\w-]*", " ", prose, flags=re.I)
    for sentence in sentences(prose):
        for clause in [sentence]:
            for lead in _NUMBER_LEAD.finditer(clause):
                match = NUMBER_RE.match(clause, lead.end())
                if match and sum(ch.isdigit() for ch in match.group(0)) >= 3:
                    return [Proposal("registration_number", _number_only(match.group(0)), clause)]
    for sentence in sentences(prose):
        if not _REGISTRATION_WORDS.search(sentence):
            continue
        for match in NUMBER_RE.finditer(sentence):
            value = _number_only(match.group(0))
            if sum(ch.isdigit() for ch in value) >= 5 and not _A_DATE.match(value) and not re.fullmatch(r"(?:19|20)\d{2}", value):
                return [Proposal("registration_number", value, sentence)]
    return []


def right_name(text: str) -> list[Proposal]:
    prose = strip_links(text)
    for sentence in sentences(prose):
        for regex in (_QUOTED, _TITLE, _MARK_NAME, _FOR_MARK, _OWN_MARK, _MARK_BEFORE_RIGHT):
            for match in regex.finditer(sentence):
                value = next(g for g in match.groups() if g) if any(match.groups()) else ""
                value = value.strip().rstrip(".,")
                if not value or re.fullmatch(r"[\d\s.,/\-]+", value):
                    continue
                first = value.split()[0].lower()
                if first in ("is", "registered", "approved", "no", "number", "registration", "in", "not", "reg", "application", "eutm", "tm"):
                    continue
                if value.upper() in _REGISTER_NAMES or value.upper() in ("EU", "UK", "US", "WIPO"):
                    continue  # the office or the place, not the mark ("EUIPO, registration ...")
                if regex in (_MARK_NAME, _FOR_MARK, _OWN_MARK, _MARK_BEFORE_RIGHT) and not all(w.upper() == w for w in value.split()):
                    continue  # a mark is written as it is registered; "Mark Smith" or "for Hoffmann Werkzeuge" is not one
                return [Proposal("right_name", value, sentence)]
    return []


def places(text: str) -> list[Proposal]:
    """Places of registration said positively: "registered in the EU and Norway" -> EU, Norway; "not in China" -> nothing."""
    found: list[str] = []
    words: list[str] = []
    prose = strip_links(text)
    designates_china = re.search(r"(?:wipo|madrid|international registration)[^.]{0,60}designat\w* (?:mainland )?china", prose, re.I)
    for clause in clauses(prose):
        for match, country in _holder_country_phrases(clause):
            if country:  # "a UK company" says where the holder is, not the right ("an EU company" may say both)
                clause = clause.replace(match.group(0), " ")
        if not _PLACE_CONTEXT.search(clause):
            continue
        if re.search(r"\b(?:used to|no longer|formerly|maybe|perhaps|might|probably|i think|not sure)\b", clause, re.I):
            continue
        positive = _positive_part(clause)
        for label, pattern in _PLACES:
            if re.search(pattern, positive, re.I) and label not in found:
                found.append(label)
                words.append(clause)
    if designates_china:
        found = [p for p in found if p not in ("WIPO", "Mainland China")] + ["WIPO (designating China)"]
        words.append(designates_china.group(0))
    if not found:
        return []
    return [Proposal("places_of_registration", found, "; ".join(dict.fromkeys(words)))]


_NEGATION_START = re.compile(r"\b(?:not|no(?!\.|\s*[:#\d])|never|without|except|excluding|but not)\b|\w+n't\b", re.I)


def _segments(clause: str) -> list[str]:
    """A clause cut at commas and dashes: "not in China, only in the UK - approved though" is three statements."""
    return [part for part in re.split(r",\s*|\s[-–—]\s", clause) if part.strip()]


def _positive_part(clause: str) -> str:
    """What a clause says positively: each segment up to its negation ("only Norway and the EU, not China" ->
    "only Norway and the EU"; "not registered in China, only in the UK" -> "only in the UK")."""
    return " ; ".join(_NEGATION_START.split(segment, maxsplit=1)[0] for segment in _segments(clause))


def approval(text: str) -> list[Proposal]:
    for clause in clauses(strip_links(text)):
        if re.search(r"\b(?:not (?:yet )?(?:been )?(?:approved|verified|submitted|uploaded|added)|pending|awaiting|under review|"
                     r"rejected|haven'?t (?:yet )?(?:submitted|uploaded|added)|not (?:yet )?in (?:ipp|my ipr|ipr management))\b", clause, re.I):
            return [Proposal("right_approved", False, clause)]
        # "not registered in China, approved though": the negation belongs to another statement of the clause.
        if any(re.search(r"\b(?:approved|verified|accepted)\b", part, re.I) and not negated(part) for part in _segments(clause)):
            return [Proposal("right_approved", True, clause)]
    return []


def unregistered(text: str) -> list[Proposal]:
    for clause in clauses(strip_links(text)):
        if re.search(r"\b(?:unregistered|no registration|(?:not|never)\s+(?:been\s+|yet\s+)?registered)\b|n'?t\s+(?:been\s+|yet\s+)?registered\b", clause, re.I):
            if re.search(r"\b(?:in|with)\s+(?:china|the eu|eu|mainland|chinese)", clause, re.I):
                continue  # "not registered in China" is about the place, not whether the right is registered
            return [Proposal("registered", False, clause)]
    return []


# The words that give a right's date its role, in the languages the chat reads: the expiry ("valid until", "expires",
# "renewal due", "gültig bis", "válido hasta", "berlaku hingga", "有效期至"), and the other days of a right, never its expiry
# ("registered", "filed", "granted", "eingetragen", "registrado", "didaftarkan", "注册").
_EXPIRY_ROLE = re.compile(
    r"(?<![^\W\d_])(?:expir\w*|lapse\w*|valid (?:until|till|to|through)|runs? out|ends on|renew(?:al|ed)? (?:due|by|on)|due for renewal|"
    r"g(?:ü|ue)ltig bis|l(?:ä|ae)uft\s+(?:am\s+)?\S*\s*ab|schutz(?:dauer|frist)?\s+bis|gesch(?:ü|ue)tzt bis|verl(?:ä|ae)ngert bis|l(?:ä|ae)uft bis|ablauf\w*|v(?:á|a)lid[oa]s? hasta|vence\w*|vencimiento|caduca\w*|scade\w*|scadenza|"
    r"valable jusqu|berlaku (?:hingga|sampai)|sah (?:sehingga|hingga|sampai)|tamat)(?![^\W\d_])|有效期至|有效期到|到期|届满",
    re.I,
)
_OTHER_DAY_ROLE = re.compile(
    r"(?<![^\W\d_])(?:regist\w*|filed|granted|issued|since|eingetragen|angemeldet|anmeldetag|anmeldedatum|eintragungstag|registrad[oa]|concedid[oa]|registrat[oa]|"
    r"enregistr\w*|didaftarkan|terdaftar)(?![^\W\d_])|注册|申请",
    re.I,
)


def expiry(text: str) -> list[Proposal]:
    """The day the right expires: the day given that role by its own words ("valid until 14 March 2031"), never a day
    another role's words name in the same sentence ("registered 14 March 2021")."""
    from assistant.services.said_dates import role_day_words

    for clause in clauses(strip_links(text)):
        words = role_day_words(clause, _EXPIRY_ROLE, date.today(), before=_OTHER_DAY_ROLE)
        found = dates_in(words) if words else []
        if found:
            return [Proposal("expiry_date", found[0][1], clause)]
    return []


def classes(text: str) -> list[Proposal]:
    """The Nice classes said positively, as numbers in the order typed ("classes 8 and 21", "Klassen 8 und 21",
    "第8类和第21类"): a clause that hedges gives none, and a class said not to be covered ("but not class 11") is none."""
    from assistant.domain.nice_classes import classes_named

    found: list[int] = []
    words: list[str] = []
    for clause in clauses(strip_links(text)):
        if re.search(r"\b(?:used to|no longer|formerly|maybe|perhaps|might|probably|i think|not sure|if|whether)\b", clause, re.I):
            continue
        for numbers, match in classes_named(clause):
            if _NEGATION_START.search(clause[max(0, match.start() - 20):match.start()]):
                continue
            found += [n for n in numbers if n not in found]
            words.append(clause)
    return [Proposal("classes", found, "; ".join(dict.fromkeys(words)))] if found else []


# The words that give a day the role of the right's registration ("registered on 2 May 2019", "registration date:",
# "eingetragen am", "registrado el", "注册日期"); "unregistered" is none.
_REGISTERED_ROLE = re.compile(
    r"(?<![^\W\d_])(?:registered|registration date|date of registration|eingetragen|registriert|registrad[oa]|fecha de registro|"
    r"registrat[oa]|enregistr\w*|didaftarkan|terdaftar)(?![^\W\d_])|注册日期|注册日|注册于",
    re.I,
)


def registration_day(text: str) -> list[Proposal]:
    """The day the right was registered: the day its own words name ("registered on 2 May 2019"), read up to the words
    of another of the right's days ("..., valid until 2 May 2029" is the expiry, read by `expiry`)."""
    for clause in clauses(strip_links(text)):
        for match in _REGISTERED_ROLE.finditer(clause):
            rest = clause[match.end():]
            other = _EXPIRY_ROLE.search(rest)
            found = dates_in(rest[: other.start()] if other else rest)
            if found and not negated(clause[max(0, match.start() - 20):match.start()]):
                return [Proposal("registration_date", found[0][1], clause)]
    return []


# --- the case ---------------------------------------------------------------------------------------------------------


def site_and_reason(text: str) -> list[Proposal]:
    found: list[Proposal] = []
    prose = strip_links(text)
    for clause in clauses(prose):
        site = find_site(clause)
        if site is not None and not re.search(r"\b(?:not on|isn'?t on|aren'?t on|no longer on|instead of)\b", clause, re.I):
            found = [p for p in found if p.field != "site"] + [Proposal("site", site, clause)]
    for clause in clauses(prose):
        # The loose words ("our product photos") name an object, not an act: in a clause that offers documents or
        # files as evidence they are that evidence, never a new reason ("comparison.pdf and our product photos").
        offers_evidence = bool(find_evidence(clause)) or names_files(clause)
        reason = find_reason(clause) or (None if offers_evidence else _reason_words(clause))
        if reason is not None and not re.search(r"\b(?:not|never|no)\s+(?:a |an )?(?:counterfeit|fake|test|pirat)", clause, re.I):
            found.append(Proposal("reason", reason, clause))
            break
    for clause in clauses(prose):
        kind = find_patent_kind(clause)
        if kind is not None:
            found.append(Proposal("patent_kind", kind, clause))
            break
    return found


def _reason_words(clause: str) -> ComplaintReason | None:
    from assistant.agent.guided.choices import REASON

    hits = [o for o in REASON.options if o.words and re.search(o.words, clause, re.I)]
    return ComplaintReason(hits[0].value) if len(hits) == 1 else None


_LABELLED_ACCOUNT = re.compile(r"^\s*(?:statement|issue|problem|details|differences?|description|what differs)\s*:\s*(\S.*)$", re.I | re.M)


def account(text: str) -> list[Proposal]:
    """A labelled account in a pasted form ("Issue: printed instead of hand-drawn ..."), kept verbatim for the statement."""
    match = _LABELLED_ACCOUNT.search(text)
    return [Proposal("statement_facts", match.group(1).strip(), match.group(0).strip())] if match else []


_SIGNED_BY = re.compile(r"\bsigned by\s+(?P<who>[^,;\n]{2,60}?),\s*(?P<title>[^,;\n]{2,60}?)\s+(?:of|at|for)\b", re.I)


def evidence(text: str) -> list[Proposal]:
    """Documents the person says they have; a power of attorney keeps its signatory's job title as written."""
    found = []
    prose = strip_links(text)
    for item in find_evidence(prose):
        if item.kind == "power_of_attorney":
            signed = _SIGNED_BY.search(prose)
            sentence = next((s for s in sentences(prose) if re.search(r"power of attorney|\bpoa\b", s, re.I)), item.description)
            files = re.findall(r"[\w\-.]+\.(?:pdf|docx?|jpe?g|png)\b", sentence, re.I)
            item = item.model_copy(update={
                "description": sentence[:300],
                "file": item.file or (files[0] if files else None),
                "signatory_job_title": signed.group("title").strip() if signed else None,
            })
        found.append(Proposal("evidence", item, item.description or item.kind))
    return found


def read_facts(text: str) -> list[Proposal]:
    """Every fact a message states, with the words it came from; at most one proposal per field."""
    proposals: list[Proposal] = []
    for reader in (site_and_reason, read_parties, right_name, registration_numbers, unregistered, places, approval, expiry, registration_day,
                   classes, contact, account, evidence):
        proposals += reader(text)
    seen: set[str] = set()
    unique: list[Proposal] = []
    for proposal in proposals:
        if proposal.field != "evidence" and proposal.field in seen:
            continue
        seen.add(proposal.field)
        unique.append(proposal)
    return unique


def company_or_none(name: str) -> HolderType | None:
    """A company when the name carries a legal form (cleanco); otherwise unknown: ask."""
    return HolderType.COMPANY if has_legal_form(name) else None


__all__ = ["Proposal", "read_facts", "clauses", "negated", "company_or_none", "country_code", "Site", "PatentKind", "EvidenceItem", "date"]
