"""What the person wants from a message: a question, a new complaint, a link check, status, a seller appeal.

A message that asks a general question is answered as `ask` answers it, whatever words it shares with the chat's
other requests: a closed choice by meaning decides (assistant/agent/guided/general_questions.py). The other requests
are read by keyword rules, tried in order; the conversation's current topic breaks ties (an answer to "which
marketplace?" is part of the complaint, not a new request).
"""

from __future__ import annotations

import re
from enum import StrEnum

from assistant.agent.guided.foreign_asking import asks_in_its_language
from assistant.agent.guided.general_questions import asks_in_words, asks_something
from assistant.agent.guided.link_words import find_link_tokens
from assistant.agent.guided.slots import read_slots
from assistant.domain.appeals.pasted import reads_like_counter_notice
from assistant.domain.complaint_start import starts_complaint
from assistant.retrieval.case_questions import is_case_question


class Intent(StrEnum):
    GREETING = "greeting"
    HELP = "help"
    QUESTION = "question"
    DOCUMENTS = "documents"
    COMPLAINT = "complaint"
    CHECK_LINKS = "check_links"
    STATUS = "status"
    STATUS_UPDATE = "status_update"
    APPEAL = "appeal"
    GOOD_FAITH = "good_faith"
    UNKNOWN = "unknown"


_QUESTION_START = re.compile(
    r"^\s*(?:whats|hows|what|how|which|when|where|why|who|whom|whose|can|could|do|does|did|is|are|was|were|should|must|may|might|will|would|"
    r"shall|explain|tell me|is there|are there)\b",
    re.I,
)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you)\b[\s!.,]*$", re.I)
_HELP = re.compile(r"^\s*(?:help|what can you do|how does this work|\?)\s*[?!.]*$", re.I)
_CHECK_LINKS = re.compile(r"\b(?:check|verify|validate|look at|are these)\b[^.?!]{0,40}\b(?:links?|urls?|listings?)\b", re.I)
_STATUS = re.compile(
    r"\b(?:status|what(?:'s| is) due|due (?:this|next|in)|deadlines?|my complaints|our complaints|list (?:my |our |the )?complaints|"
    r"open complaints|show complaint)\b",
    re.I,
)
_STATUS_UPDATE = re.compile(
    r"\b(?:mark|record|set|update)\b[^.?!]{0,40}\b(?:as|to)\s+(?P<status>[a-z_ ]{3,30}?)\b(?:$|[.,;]|\s+with|\s+platform)"
    r"|\bcomplaint\s+(?P<id2>[\w-]+)\s+(?:was|is|has been|got)\s+(?P<status2>filed|removed|rejected|withdrawn|restored|under review)",
    re.I,
)
# "triage" is said of a seller's appeal only here: "please triage this, complaint 4" asks for the triage, text or not.
# The seller's appeal named in the other languages requests are written in ('contranotificación', 'Widerspruch des
# Verkäufers', 'banding penjual', '申诉'), as `ask` reads them.
_APPEAL = re.compile(
    r"\b(?:appeal|appealed|counter[- ]?notice|counter[- ]?notif\w*|triage|seller (?:says|claims|replied|responded|wrote|answered)|"
    r"contra-?notificaci[oó]n|apelaci[oó]n|respuesta del vendedor|widerspruch|gegendarstellung|ricorso|controdeduzion[ei]|"
    r"risposta del venditore|banding|sanggahan|rayuan|notis balas)\b|申诉|反通知",
    re.I,
)
_GOOD_FAITH = re.compile(r"\bgood[- ]faith\b[^?]{0,40}\b(?:figures|rates?|report|numbers|qualify|stand|standing|do we|thresholds?)\b|\btakedown (?:success )?rate\b", re.I)
_COMPLAINT = re.compile(
    r"\b(?:report|complain|complaint|file|takedown|take down|fakes?|counterfeits?|knock-?offs?|replicas?|infring\w*|pirat\w*|"
    r"stole|stolen|copied|copying|test[- ]?buy|misus\w*|new case)\b",
    re.I,
)

def is_question(sentence: str) -> bool:
    """Whether a sentence asks something (ends with '?' or opens like a question)."""
    sentence = sentence.strip()
    return sentence.endswith(("?", "\uff1f")) or bool(_QUESTION_START.match(sentence)) or asks_in_its_language(sentence)


def split_questions(text: str) -> tuple[list[str], str]:
    """The question sentences of a message, and the rest (which may carry complaint details)."""
    sentences = [s for s in re.split(r"(?<=[?\uff1f])\s*|(?<=[!.])\s+(?=[A-Z])|\n+", text.strip()) if s.strip()]
    questions = [s.strip() for s in sentences if is_question(s) and not find_link_tokens(s)]
    rest = " ".join(s for s in sentences if s.strip() not in questions)
    return questions, rest


def recognise(text: str, *, topic: str | None = None, expecting: str | None = None) -> Intent:
    """The person's intent, given what the conversation is doing."""
    stripped = text.strip()
    if _GREETING.match(stripped):
        return Intent.GREETING
    if _HELP.match(stripped):
        return Intent.HELP
    if topic == "appeal" and expecting == "appeal_text":
        return Intent.APPEAL
    if _general_question(stripped):
        return Intent.QUESTION  # the rules asked about, never our records, a seller's text or a fact of the draft
    if not (topic == "complaint" and expecting) and (_pasted_for_triage(stripped) or _announced_request(stripped)):
        return Intent.APPEAL  # a seller's text in any language pasted after the person's words naming the complaint, or to come
    if _seller_text_announced(stripped):
        return Intent.APPEAL  # 'that seller sent us another reply today: ...': the seller's words, even while drafting
    if (_APPEAL.search(stripped) or reads_like_counter_notice(stripped)) and not (topic == "complaint" and expecting):
        return Intent.APPEAL  # the word "appeal", or a seller's own text pasted without it ("请撤销投诉", "withdraw the complaint")
    if _STATUS_UPDATE.search(stripped):
        return Intent.STATUS_UPDATE
    if _GOOD_FAITH.search(stripped):
        return Intent.GOOD_FAITH
    questions, rest = split_questions(stripped)
    if topic != "complaint" and starts_complaint(stripped):
        return Intent.COMPLAINT  # "Can you help me report fakes on AliExpress?" starts a case; "What do we need to report ...?" does not
    # Asked for a case's documents or eligibility, by its words and meaning: with a question mark or without one ("can
    # we complain on alibaba.com and what proof do they want", "要准备什么材料").
    if (questions or asks_something(stripped)) and is_case_question(stripped):
        return Intent.DOCUMENTS
    links = find_link_tokens(stripped)
    if links and _CHECK_LINKS.search(stripped) and topic != "complaint":
        return Intent.CHECK_LINKS
    if questions and not rest.strip():
        if _STATUS.search(stripped):
            return Intent.STATUS
        return Intent.QUESTION
    if _STATUS.search(stripped) and not links:
        return Intent.STATUS
    if questions and not starts_complaint(stripped) and not read_slots(rest).found_anything():
        return Intent.QUESTION  # every detail it names is inside a question: a question is never a fact of the case
    if topic == "complaint":
        return Intent.COMPLAINT
    if not links and asks_in_words(stripped):
        # Asks something in words and asks for no draft ("we're the licensee, can we file on miravia ourselves?"): the
        # answer service answers it; a draft starts on a request for one or a case stated without a question.
        return Intent.QUESTION
    said_case = bool(_COMPLAINT.search(stripped)) or _case_words_read(stripped)
    if said_case or read_slots(stripped).found_anything():
        return Intent.COMPLAINT if not (links and not said_case) else Intent.CHECK_LINKS
    if questions or asks_something(stripped):
        return Intent.QUESTION  # asks something and no other request: the answer service answers or declines it
    return Intent.UNKNOWN


def _case_words_read(text: str) -> bool:
    """A complaint's reason said in another language the chat reads ("Gefälschte ... Kopfhörer", "réplicas", "假货"), read
    in English through the questions' glossary. Only a reason counts: "投诉" (complaint) is also said in questions."""
    from assistant.agent.guided.case_words import find_reason, in_english
    from assistant.agent.guided.link_words import strip_links

    read = in_english(strip_links(text), firm=True)
    return bool(read and find_reason(read[1]))


def _general_question(text: str) -> bool:
    """A general question (general_questions.py), unless it asks for a complaint to be drafted or what a case needs
    (the chat's own readings of those, shared with `ask`)."""
    from assistant.agent.guided.general_questions import is_general_question

    if not asks_something(text) or starts_complaint(text) or _pasted_for_triage(text) or _announced_request(text):
        return False
    return is_general_question(text) and not is_case_question(text)


def _pasted_for_triage(text: str) -> bool:
    from assistant.agent.guided.appeal import pasted_for_triage  # the appeal flow's own reading of a pasted message

    return pasted_for_triage(text)


def _seller_text_announced(text: str) -> bool:
    from assistant.agent.guided.appeal import seller_text_announced  # the seller's text introduced by the person's words

    return seller_text_announced(text)


def _announced_request(text: str) -> bool:
    from assistant.agent.guided.appeal import announced_request  # a complaint's counter-notice announced, its text to come

    # 'mark complaint X as under review' names a complaint and a review, but asks for a status change, not a triage.
    return not _STATUS_UPDATE.search(text) and announced_request(text)


def status_update_request(text: str) -> tuple[str | None, str | None]:
    """(complaint id, new status) from "mark C-12 as filed" / "complaint C-12 was removed"; None for what is not said."""
    match = _STATUS_UPDATE.search(text)
    if not match:
        return None, None
    status = (match.group("status") or match.group("status2") or "").strip().lower().replace(" ", "_")
    complaint_id = match.group("id2")
    if not complaint_id:
        found = re.search(r"\b(?:complaint|case|draft)\s+#?([A-Za-z0-9][\w-]*)", text, re.I)
        complaint_id = found.group(1) if found else None
    return complaint_id, status or None
