"""The complaint form behind the conversation: its fields in the order the rules need them, each with its question,
why it is asked, its type, and how its value is shown back.

The fields are the complaint model's (assistant/agent/draft.py). One missing field is asked at a time; an answer to
it is that field's value, checked by type (values.py, choices.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from assistant.agent.draft import STATEMENT_QUESTIONS, ComplaintDraft
from assistant.agent.guided import choices as c
from assistant.domain.models import CHINA_FACING_SITES, REASON_IP_TYPE, IPType, Role
from assistant.labels import label as words_for


@dataclass(frozen=True)
class FormField:
    key: str  # the draft attribute
    label: str
    kind: str  # choice | name | text | number | places | yesno | date | links | statement | evidence | country | classes | contact | email
    why: str
    choice: c.Choice | None = None
    aliases: str = ""  # words people use for the field when correcting it


FIELDS: tuple[FormField, ...] = (
    FormField("site", "Marketplace", "choice", "the site decides which rules apply (Taobao, Tmall and 1688 need a right valid in Mainland China)",
              c.SITE, r"site|marketplace|platform"),
    FormField("reason", "Reason", "choice", "the reason decides the type of right and the evidence the platform asks for", c.REASON,
              r"reason|ground|infringement type|complaint type"),
    FormField("patent_kind", "Patent kind", "choice", "the platform asks for different documents for each kind of patent", c.PATENT_KIND,
              r"patent kind|kind of patent|patent type"),
    FormField("role", "You file as", "choice", "an agent also needs the rights holder's name and a power of attorney", c.ROLE, r"role|filing as"),
    FormField("complainant_name", "Complainant's full legal name", "name",
              "the platform checks it against the account and the documents, so it must be exactly as on the business licence or ID",
              aliases=r"complainant(?:'s)?(?: full| legal)*(?: name)?|(?:company|firm|our|my|legal|full) name|name"),
    FormField("complainant_type", "Complainant is", "choice", "companies and individuals prove their identity with different documents",
              c.HOLDER_TYPE, r"complainant type|holder type|entity type"),
    FormField("complainant_country", "Complainant's country", "country", "the platform asks where the complainant is incorporated or lives",
              aliases=r"complainant'?s? country|country of (?:incorporation|residence)"),
    FormField("contact_name", "Contact person", "contact", "the platform may write to the complainant's contact about the complaint",
              aliases=r"contact(?: person| name)?|point of contact"),
    FormField("contact_email", "Contact email", "email", "the platform sends its notices about the complaint there",
              aliases=r"(?:contact )?e-?mail(?: address)?"),
    FormField("rights_holder_name", "Rights holder's full legal name", "name",
              "an agent files for the owner, whose name must match the certificate and the power of attorney",
              aliases=r"rights?[- ]?holder(?:'s)?(?: full| legal)*(?: name)?|owner(?:'s)?(?: name)?|client(?:'s)?(?: name)?"),
    FormField("rights_holder_type", "Rights holder is", "choice", "the owner's documents differ for companies and individuals",
              c.HOLDER_TYPE, r"rights holder type|owner type"),
    FormField("rights_holder_country", "Rights holder's country", "country", "the platform asks where the rights holder is incorporated or lives",
              aliases=r"(?:rights?[- ]?holder|owner)'?s? country"),
    FormField("right_name", "Right (as registered)", "text", "the complaint relies on one right, named as it is registered",
              aliases=r"trade ?mark(?: name)?|mark|brand|right(?: name)?|title|work(?: title)?|patent(?: title| name)?"),
    FormField("registration_number", "Registration number", "number",
              "the platform matches it against the certificate, so it must be exactly as printed",
              aliases=r"registration(?: number| no\.?)?|reg\.?(?: no\.?| number)?|(?:certificate |patent )?(?:number|no\.?)"),
    FormField("places_of_registration", "Registered in", "places", "the site needs a right valid in Mainland China",
              aliases=r"places?(?: of registration)?|registered in|countr(?:y|ies)|territor(?:y|ies)|jurisdictions?"),
    FormField("right_approved", "Approved in IPP's IPR Management", "yesno",
              "the platform processes a complaint only once its right is approved there", c.YES_NO, r"approv\w*|ipr management"),
    FormField("expiry_date", "Expiry date", "date", "an expired right cannot support a complaint", aliases=r"expiry(?: date)?|expiration(?: date)?"),
    FormField("registration_date", "Registration date", "date", "the day the right was registered, as its certificate shows it",
              aliases=r"registration date|date of registration|registered on"),
    FormField("classes", "Classes", "classes", "a trademark covers the goods of its classes, and the certificate's pages listing them go with the complaint",
              aliases=r"(?:nice )?class(?:es)?"),
    FormField("links", "Listings", "links", "the complaint reports these listings (up to 300, products or shops, not both)",
              aliases=r"links?|listings?|urls?"),
    FormField("statement_facts", "Your account for the complaint text", "statement",
              "the complaint text is written from your own words, and the platform reads it first",
              aliases=r"statement|complaint text|differences|details|description"),
    FormField("evidence", "Evidence", "evidence", "the rules ask for these documents for this reason", aliases=r"evidence|documents?|files?"),
)
BY_KEY = {f.key: f for f in FIELDS}


def applies(field: FormField, draft: ComplaintDraft) -> bool:
    """Whether the field belongs to this complaint at all."""
    if field.key == "patent_kind":
        return draft.effective_ip_type() == IPType.PATENT
    if field.kind == "country":  # never asked: shown once the person said it
        return getattr(draft, field.key) is not None and (field.key == "complainant_country" or draft.role == Role.AGENT)
    if field.key in ("registration_date", "classes", "contact_name", "contact_email"):  # never asked: shown once the person said it
        return getattr(draft, field.key) not in (None, [])
    if field.key in ("rights_holder_name", "rights_holder_type"):
        return draft.role == Role.AGENT
    if field.key == "registration_number":
        return draft.registered
    if field.key == "places_of_registration":
        return draft.site in CHINA_FACING_SITES or bool(draft.places_of_registration)
    return True


def is_missing(field: FormField, draft: ComplaintDraft) -> bool:
    """Whether the field still needs an answer before the complaint can be reviewed."""
    if not applies(field, draft):
        return False
    if field.key == "links":
        return not draft.listings
    if field.key == "statement_facts":
        return draft.reason is not None and draft.reason.value not in draft.statement_facts and not draft.statement
    if field.key in ("evidence", "expiry_date", "registration_date", "classes", "contact_name", "contact_email") or field.kind == "country":
        return False  # evidence is asked for by the rules' checklist; an expiry date only when the person gives one
    value = getattr(draft, field.key)
    return value in (None, "", [])


# The order the rules need: where and why (site, reason) decide everything else; who files; the right; the listings;
# the person's account; then the documents.
def next_missing(draft: ComplaintDraft) -> FormField | None:
    return next((f for f in FIELDS if is_missing(f, draft)), None)


def question(field: FormField, draft: ComplaintDraft) -> str:
    """The question for a field, saying why it is asked."""
    right = (draft.effective_ip_type() or IPType.TRADEMARK).value
    texts = {
        "site": "Which marketplace are the listings on?",
        "reason": "What is the infringement?",
        "patent_kind": "Which kind of patent is it?",
        "role": "Are you the rights holder, or an agent filing for the rights holder?",
        "complainant_name": ("What is your firm's full legal name (the agent's)?" if draft.role == Role.AGENT
                             else "What is the complainant's full legal name?"),
        "complainant_type": f"Is {draft.complainant_name or 'the complainant'} a company or an individual?",
        "rights_holder_name": "What is the rights holder's full legal name, as on the certificate?",
        "rights_holder_type": f"Is {draft.rights_holder_name or 'the rights holder'} a company or an individual?",
        "complainant_country": f"In which country is {draft.complainant_name or 'the complainant'} incorporated (or, for a person, resident)?",
        "rights_holder_country": f"In which country is {draft.rights_holder_name or 'the rights holder'} incorporated (or, for a person, resident)?",
        "right_name": (f"What is the {right} as registered (the word, or a short description of a logo; for a work or patent, its title)?"
                       if right != "copyright" else
                       "What is the work called (its title as on the registration certificate or, if it is not registered, a short "
                       "description such as 'our product photos of the X range')?"),
        "registration_number": f"What is the {right}'s registration number, exactly as printed on the certificate?"
        + (" (If the copyright is not registered, say so.)" if right == "copyright" else ""),
        "places_of_registration": f"Where is the {right} registered (for example Mainland China, EU, a WIPO registration designating China)?",
        "right_approved": f"Is the {right} approved in IPP's IPR Management list (yes or no)?",
        "expiry_date": f"When does (or did) the {right}'s registration expire?",
        "registration_date": f"On which day was the {right} registered?",
        "contact_name": "Who is the contact person for this complaint?",
        "contact_email": "What is the contact's email address?",
        "classes": "Which Nice classes does the trademark cover (their numbers, as on the certificate)?",
        "links": "Paste the links to the infringing listings (product pages or shop pages, not both).",
        "statement_facts": STATEMENT_QUESTIONS.get(draft.reason, "Describe the infringement in a sentence or two.") if draft.reason else "",
        "evidence": "Which documents do you have?",
    }
    text = f"{texts[field.key]} I ask because {field.why}."
    if field.choice is not None and field.kind == "choice":
        text += "\n" + field.choice.numbered()
    return text


def shown(field: FormField, draft: ComplaintDraft) -> str:
    """A field's value as the review shows it (verbatim for what the person typed)."""
    key = field.key
    if key == "links":
        extra = f"; {len(draft.rejected_links)} left out with problems" if draft.rejected_links else ""
        return (f"{len(draft.listings)} link(s)" + extra) if draft.listings or draft.rejected_links else ""
    if key == "evidence":
        return ", ".join(_evidence_words(item) for item in draft.evidence)
    if key == "statement_facts":
        return (draft.statement_facts.get(draft.reason.value) or "") if draft.reason else ""
    if key == "registration_number" and not draft.registered:
        return "not registered"
    return show_value(key, getattr(draft, key))


def show_value(key: str, value: Any) -> str:
    if value in (None, "", []):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    field = BY_KEY.get(key)
    if field is not None and field.kind == "country":
        return f"{value} ({country_name(value)})"
    if field is not None and field.choice is not None and hasattr(value, "value"):
        option = field.choice.by_value(value.value)
        return option.label if option else str(value.value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and field is not None and field.kind in ("name", "text", "number", "contact", "email"):
        return f'"{value}"'
    return words_for(value) if isinstance(value, Enum) else str(value)  # a coded value shown in words


def country_name(code: str) -> str:
    """A country's name from its ISO 3166 code ("GB" -> "United Kingdom")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def _evidence_words(item) -> str:
    extra = item.file or item.reference
    return f"{item.kind.replace('_', ' ')}" + (f" ({extra})" if extra else "")


def field_named(words: str) -> FormField | None:
    """The field people mean by these words ("registration number", "the name", "links")."""
    words = words.strip().lower()
    for field in FIELDS:
        if field.key == words or field.label.lower() == words:
            return field
    for field in FIELDS:
        if field.aliases and re.fullmatch(rf"(?:the |our |my )?(?:{field.aliases})", words, re.I):
            return field
    return None


def ip_type_of(draft: ComplaintDraft) -> IPType | None:
    return REASON_IP_TYPE[draft.reason] if draft.reason else draft.ip_type
