"""Drafting a complaint in the guided mode: the form (form.py) behind a conversation.

Each message may answer the question asked (that field's value, verbatim and typed), correct a field by name
("the registration number is X", "/edit links", a number in the review), say "no" to the last echo, or state facts
out of turn (read with the words they came from, and shown). Every value that enters or changes the draft is echoed.
When nothing is missing the review lists every field, numbered, with `validate`'s verdict on that exact draft; saving
and exporting wait for a yes. A thread is one case: after saving, changes update the same complaint (a new version)
and a new export goes beside the old package.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.agent import confirmation
from assistant.agent.draft import ComplaintDraft
from assistant.agent.guided import choices as c
from assistant.agent.guided.asides import move_of
from assistant.agent.guided.asking import question_for
from assistant.agent.guided.form import BY_KEY, FIELDS, FormField, applies, field_named, is_missing, next_missing, question, show_value, shown
from assistant.agent.guided.reading import Proposal, clauses, company_or_none, country_code, negated, read_facts
from assistant.agent.guided.evidence_words import find_evidence
from assistant.agent.guided.values import (
    NUMBER_RE,
    date_value,
    looks_like_bare_number,
    name_in_sentence,
    name_value,
    registration_number_value,
    trim,
    without_lead_in,
)
from assistant.agent.reply import Reply, Section
from assistant.agent.state import Decision, ToolCallRecord
from assistant.agent.draft_edits import recheck_links
from assistant.agent.tools import ToolContext, run_tool, to_data
from assistant.domain.models import CHINA_FACING_SITES, REASON_IP_TYPE, ComplaintReason, HolderType, IPType, PatentKind, Role, Site, registered_in_china
from assistant.errors import IprError

if TYPE_CHECKING:
    from assistant.agent.guided.dialogue import GuidedMode

_NEW_CASE = re.compile(r"\b(?:new|another|second|separate) (?:complaint|case|report)\b", re.I)
_DONE_WITH_EVIDENCE = re.compile(r"\b(?:that'?s all|nothing else|none|no more|continue|go on|proceed|check it|validate|that is all)\b", re.I)
_BARE_REPLY = re.compile(r"^\s*(?:y|yes|yeah|yep|no|nope|ok|okay|sure|fine|right|correct|thanks?|thank you|done|n/?a)\s*[.!]?\s*$", re.I)
_AGREEING = re.compile(r"^\s*(?:y|yes|yeah|yep|ok|okay|sure|fine|right|correct)\s*[.!]?\s*$", re.I)
_SKIP = re.compile(r"^\s*(?:skip|pass|none|n/?a|nothing|no comment|don'?t know|not sure)\s*[.!]?\s*$", re.I)
_ROLE_PREFIX = re.compile(
    r"^(?:the |a |an )?(?:rights?[- ]?holders?|brand owners?|owners?|agents?|law firm|complainant)\s*(?:is|are|,|:|-|–)\s*", re.I
)
# Openers of a correction, any number of them ("Sorry, correction:", "Oops, my mistake -").
_CORRECTION_OPENERS = r"(?:(?:no|sorry|actually|correction|wait|oops|my mistake|my bad|apologies|typo)\b[,:!.\-–\s]*)*"
_CORRECTION = re.compile(
    r"^" + _CORRECTION_OPENERS + r"(?:please\s+)?(?:(?:change|set|fix|correct|update|make)\s+)?"
    r"(?P<field>(?:the |our |my )?[a-z][a-z' .]{1,40}?)\s+(?P<sep>(?:is actually|are actually|should be|should say|should read|must be|is|are|to)\s*:?|=|:)\s+(?P<value>\S.*)$"
    r"|^" + _CORRECTION_OPENERS + r"(?:i|we) meant\s+(?P<meant>(?:the |our |my )?[a-z][a-z' .]{1,40}?)\s+(?P<meant_value>(?-i:[A-Z0-9\"“]).*)$",
    re.I | re.S,
)
# "018456312, not 018456321": the field is the one that holds the value said to be wrong.
_NOT_THE_OLD = re.compile(r"(?P<value>[^\s,]+)\s*,?\s+not\s+[\"“']?(?P<old>[^\s,\"”']+?)[\"”']?\s*[.!]?$", re.I)

# Fields whose value the person types: read out of turn they fill an empty field, and change only by a correction.
_TYPED_BY_PERSON = {"complainant_name", "rights_holder_name", "right_name", "registration_number", "expiry_date", "registration_date", "classes",
                    "contact_name", "contact_email"}

_TYPED = {
    "site": Site, "reason": ComplaintReason, "patent_kind": PatentKind, "role": Role,
    "complainant_type": HolderType, "rights_holder_type": HolderType,
}


class Changes:
    """What one message changed in the draft, for the echo (and for an undo)."""

    def __init__(self, draft: ComplaintDraft, source: str = "your words"):
        self.source = source  # whose words the echo quotes: the person's, or a Slack thread's earlier messages
        self.before = draft.model_dump(mode="json")
        self.lines: list[str] = []
        self.fields: list[str] = []
        self.problems: list[str] = []
        self.unclear: list[str] = []  # shown only when the message changed nothing
        # The message asks something: what it states fills empty fields, but never replaces a value (a question is no
        # instruction); each value it would have replaced is said, with how to change it, in `kept`.
        self.asked = False
        self.kept: list[str] = []

    def note(self, key: str, label: str, old: Any, new: Any, words: str | None) -> None:
        new_text, old_text = show_value(key, new), show_value(key, old)
        if key == "registered":
            label, new_text, old_text = "Registration", "registered" if new else "not registered", ""
        line = f"{label}: {old_text} → {new_text}" if old_text else f"{label}: {new_text}"
        if words:
            line += f' (from {self.source}: "{_short(words)}")'
        self.lines.append(line)
        if key not in self.fields:
            self.fields.append(key)


def handle(mode: GuidedMode, ctx: ToolContext, reply: Reply, text: str, questions: list[str], *, asked: bool = False) -> None:
    """One message about the complaint (``asked``: the rest of a message whose questions were answered already)."""
    state = ctx.state
    if _NEW_CASE.search(text) and (state.draft.complaint_id or not state.draft.is_empty()):
        old = state.draft.complaint_id
        state.draft, state.expecting, state.undo_draft, state.undo_fields = ComplaintDraft(), None, None, []
        reply.add("Starting a new complaint" + (f"; complaint {old} stays as it is." if old else "; the earlier draft is dropped."))
    state.topic = "complaint"
    body = text.strip()
    if "case" not in state.draft.sources and len(body) <= 600:
        state.draft.sources = {**state.draft.sources, "case": body}  # the words that opened the case
    changes = Changes(state.draft)
    changes.asked = asked or bool(questions)

    if _undo_requested(state, body):
        _undo(ctx, reply)
        return
    rest = _take_back_account(ctx, reply, body)
    if rest is not None:
        if not rest:
            return
        body = rest
    edit = re.match(r"^/edit\s*(.*)$", body, re.I)
    if edit or (state.expecting in ("review", "confirmation") and re.fullmatch(r"#?\d{1,2}", body)):
        _ask_to_edit(ctx, reply, edit.group(1) if edit else body.lstrip("#"))
        return

    _read_message(ctx, reply, body, changes)
    if set(changes.fields) <= {"evidence"} and not questions and not changes.problems and not changes.unclear:
        _unplaced(ctx, body, changes)
    _settle(mode, ctx, reply, body, questions, changes)


# Where each kind of value is found, said when the person does not know it or asks what is meant.
_FOUND_ON = {
    "name": "It is on the business licence (for a person, the ID) and on the registration certificate.",
    "text": "It is on the registration certificate (for an unregistered work, describe it in a few words).",
    "number": "It is printed on the registration certificate.",
    "date": "It is on the registration certificate or the register's online record.",
    "places": "The registration certificates say which office registered the right.",
    "yesno": "IPP's IPR Management list shows it.",
}


def answer_move(mode: GuidedMode, ctx: ToolContext, reply: Reply, text: str) -> bool:
    """A move said where the complaint waits for a value ("show me the draft", "what do you mean?", "I don't know",
    "skip", "wait", in the languages the chat reads; asides.py): done, never taken as the value, and the question asked
    again. False when the message is no such move, or the question takes it as an answer (an account may be skipped)."""
    state = ctx.state
    move = move_of(text) if state.topic == "complaint" else None
    field = BY_KEY.get(state.expecting or "")
    if move is None or move != "show_draft" and field is None and state.expecting != "evidence":
        return False
    if move in ("skip", "dont_know") and (field is None or field.key == "statement_facts"):
        return False  # "skip" and "I don't know" answer the account and the documents (nothing added)
    what = field.label[0].lower() + field.label[1:] if field is not None else "documents"
    found_on = _FOUND_ON.get(field.kind, "") if field is not None else ""
    why = field.why if field is not None else "the rules ask for them for this reason"
    said = {
        "show_draft": lambda: _draft_so_far(ctx),
        "why": lambda: f"I ask because {why}.",
        "what_mean": lambda: f"I mean the {what}: {why}. {found_on}".strip(),
        "dont_know": lambda: f"That is fine for now, but the complaint cannot be filed without the {what}: {why}. {found_on} "
                             "Tell me when you have it; the draft keeps everything else.",
        "skip": lambda: f"The {what} cannot be skipped: {why}. Tell me when you have it; meanwhile you can ask me anything.",
        "wait": lambda: "Take your time: the draft stays as it is.",
    }[move]()
    reply.add(said)
    asked = remind(ctx, lambda: mode._needed_evidence(ctx))
    if asked:
        reply.add(asked)
    return True


def _draft_so_far(ctx: ToolContext) -> str:
    """Every field of the draft as it stands, with what is still to come; nothing is saved or proposed. The heading
    says truly whether the complaint is saved: once it is, "nothing is saved yet" would tell the person to save again."""
    draft = ctx.state.draft
    lines = [f"- {field.label}: {shown(field, draft) or ('not given yet' if is_missing(field, draft) else '-')}" for field in review_fields(draft)]
    if not draft.complaint_id:
        heading = "The draft so far (nothing is saved yet):"
    elif _same_as_saved(ctx):
        heading = f"The draft, saved as complaint {draft.complaint_id} (version {draft.saved_version or 1}):"
    else:
        heading = (f"The draft, saved as complaint {draft.complaint_id} (version {draft.saved_version or 1}); the changes since "
                   "then are not saved yet:")
    return heading + "\n" + "\n".join(lines)


def take_thread_facts(mode: GuidedMode, ctx: ToolContext, reply: Reply) -> None:
    """"Use the thread's details": the facts of a Slack thread's earlier messages (shown to the person when they
    mentioned the app) taken into the draft, each echoed with the thread's words and undone by a "no". They answer no
    question asked, and the thread's links were already taken, so only the facts they state are read."""
    state = ctx.state
    text, state.thread_facts = state.thread_facts or "", None
    state.topic = "complaint"
    changes = Changes(state.draft, source="the thread")
    expecting, state.expecting = state.expecting, None
    _read_message(ctx, reply, text, changes, with_links=False)
    if not changes.lines:
        state.expecting = expecting
        reply.add("The thread's earlier messages add nothing the draft does not already say.")
    _settle(mode, ctx, reply, "", [], changes)


def thread_fact_lines(text: str) -> list[str]:
    """What a Slack thread's earlier messages state, as the echo would show it, with their words: shown before any is used."""
    lines = []
    for proposal in read_facts(text):
        if proposal.field == "evidence":
            item = proposal.value
            what = f"Evidence: {item.kind.replace('_', ' ')}" + (f" ({item.file or item.reference})" if item.file or item.reference else "")
        else:
            key = {"owner_name": "complainant_name", "holder_type": "complainant_type", "holder_country": "complainant_country"}.get(proposal.field, proposal.field)
            label = BY_KEY[key].label if key in BY_KEY else "Registered"
            what = f"{label}: {show_value(key, proposal.value)}" if key != "registered" else ("Registration: registered" if proposal.value else "Registration: not registered")
        lines.append(f'{what} (from "{_short(proposal.words)}")')
    return lines


def _settle(mode: GuidedMode, ctx: ToolContext, reply: Reply, body: str, questions: list[str], changes: Changes) -> None:
    """After a message is read: questions answered, the echo of what changed, the next question (or the review)."""
    state = ctx.state
    for question_text in questions:
        mode._run(ctx, reply, "search_guide", {"question": question_text, "site": state.draft.site})
    if changes.lines:
        _withdraw_pending(ctx, "the draft changed after it was shown")
        state.undo_draft, state.undo_fields = changes.before, list(changes.fields)
        reply.add("Noted:\n" + "\n".join(f"- {line}" for line in changes.lines)
                  + "\n(Say \"no\" to undo this, or name a field to change it, e.g. \"the registration number is ...\".)")
    else:
        state.undo_draft, state.undo_fields = None, []
    if _AGREEING.match(body) and not changes.lines and not changes.problems and not questions and _yes_answered(mode, ctx, reply):
        return
    rule = _china_rule(ctx, body, changes)
    if rule:
        reply.add(rule)
    for line in changes.kept:
        reply.add(line)
    problems = changes.problems + (changes.unclear if not changes.lines and not questions else [])
    for problem in problems:
        reply.add(problem)
    next_step(mode, ctx, reply, asked_again=bool(problems))


def _yes_answered(mode: GuidedMode, ctx: ToolContext, reply: Reply) -> bool:
    """A bare yes while the complaint waits on what a yes cannot give: say in a few words what it can confirm, instead of
    the whole review again. False when the yes moves things on (the review then proposes the save)."""
    state = ctx.state
    if state.expecting == "evidence":
        needed = mode._needed_evidence(ctx)
        if not needed:
            return False
        reply.add("A yes does not tell me which documents you have. Name each with its file name, for example "
                  f"\"comparison document comparison.pdf\". Still needed: {'; '.join(name for _, name in needed)}.")
        return True
    if state.expecting != "review":
        return False
    try:
        errors = run_tool(ctx, "validate_complaint", {}).data.get("errors", [])
    except IprError:
        return False
    draft = state.draft
    if errors:
        first = errors[0].get("message", errors[0].get("code", ""))
        reply.add(f"Nothing is waiting for a yes: the rules still find {len(errors)} error(s) (first: {_short(first, 160)}), so "
                  "nothing can be saved. Tell me what changed (for example \"the trademark is approved now\"), or give a "
                  "field's number to change it.")
        return True
    if draft.complaint_id and draft.exported_to and _same_as_saved(ctx):
        reply.add(f"Nothing is waiting for a yes: complaint {draft.complaint_id} is saved as it stands and nothing has changed "
                  "since. To change something, give a field's number or name it.")
        return True
    return False


_NOT_IN_CHINA = re.compile(r"\b(?:not|never|isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|no)\b[^.;]{0,40}\b(?:china|chinese|cnipa)\b", re.I)


def _unplaced(ctx: ToolContext, body: str, changes: Changes) -> None:
    """A message that answers nothing asked and states no fact is never dropped in silence: a description of the
    infringement while the account is still to come is kept as the account (shown); anything else is said to be unused."""
    draft, state = ctx.state.draft, ctx.state
    if _BARE_REPLY.match(body) or state.expecting in (None, "confirmation", "review", "statement_facts"):
        return
    if draft.reason is not None and is_missing(BY_KEY["statement_facts"], draft) and len(body.split()) >= 6 and not body.rstrip().endswith("?"):
        draft.statement_facts = {**draft.statement_facts, draft.reason.value: body}
        changes.note("statement_facts", BY_KEY["statement_facts"].label, None, body, None)
        return
    if not changes.fields:
        changes.unclear.append(f'I did not take anything from "{_short(body, 80)}" for the complaint.')


def _china_rule(ctx: ToolContext, body: str, changes: Changes) -> str | None:
    """Taobao, Tmall and 1688 need a right valid in Mainland China: said as soon as the person says where their right
    is registered (or that it is not registered in China), not only at the review."""
    draft = ctx.state.draft
    if draft.site not in CHINA_FACING_SITES or draft.effective_ip_type() == IPType.COPYRIGHT:
        return None
    places_given = "places_of_registration" in changes.fields or "site" in changes.fields and draft.places_of_registration
    not_china = registered_in_china(draft.places_of_registration) is False if draft.places_of_registration else False
    if (places_given and not_china) or (_NOT_IN_CHINA.search(body) and not registered_in_china(draft.places_of_registration)):
        where = f"registered in {', '.join(draft.places_of_registration)} only" if draft.places_of_registration else "not registered in Mainland China"
        return (
            f"Please note: {draft.site.label} needs a right valid in Mainland China (a China registration or a WIPO/Madrid "
            f"extension to China). With the right {where}, the rules will reject a complaint there; AliExpress and "
            "Alibaba.com accept registrations from other countries."
        )
    return None


def _read_message(ctx: ToolContext, reply: Reply, body: str, changes: Changes, *, with_links: bool = True) -> None:
    """Everything the message gives: a correction by field name, the answer to the question asked, facts out of turn
    (with their words), links through the link service; derived values last."""
    state = ctx.state
    if state.last_checked_links and not state.draft.listings:
        # Links checked just before the case started ("these three are fakes") belong to it.
        _links(ctx, reply, state.last_checked_links, changes)
    state.last_checked_links = None
    facts = read_facts(body)
    has_links = with_links and bool(ctx.services.check_listing_urls(body, None).results)
    handled: set[str] = set()
    correction = _correction(body, state.draft, state.expecting)
    if correction is not None:
        field, value = correction
        _answer(ctx, field, value, changes, bare=True)
        handled.add(field.key)
    elif state.expecting in BY_KEY:
        field = BY_KEY[state.expecting]
        others = [p for p in facts if p.field not in _SAME_ANSWER.get(field.key, {field.key})]
        bare = not others and (not has_links or field.kind == "statement")
        if (bare or field.kind in ("name", "number", "statement", "yesno")) and _answer(ctx, field, body, changes, bare=bare, facts=facts):
            handled.add(field.key)
    answering_statement = state.expecting == "statement_facts" and "statement_facts" in handled
    for proposal in facts:
        if proposal.field in handled or answering_statement and proposal.field != "evidence":
            continue  # the person's account is kept whole; only the documents it names are read from it
        if correction is not None and proposal.field in _SAME_ANSWER.get(correction[0].key, {correction[0].key}):
            continue
        _propose(ctx, proposal, changes, handled)
    if not answering_statement and has_links:  # links in the account (the official page) are part of it, not listings
        _links(ctx, reply, body, changes)
    if state.expecting == "evidence" and not any(k == "evidence" for k in changes.fields) and _DONE_WITH_EVIDENCE.search(body):
        state.expecting = "evidence_done"
    _derived(ctx, changes)
    _account_from_description(ctx, changes)


# --- answers ---------------------------------------------------------------------------------------------------------


_NAME_FACTS = {"complainant_name": ("complainant_name", "owner_name"), "rights_holder_name": ("rights_holder_name", "owner_name")}

# Facts that belong to the answer of a field (a name with "an individual", a number with "not registered").
_SAME_ANSWER = {
    "complainant_name": {"complainant_name", "owner_name", "role", "holder_type", "holder_country"},
    "rights_holder_name": {"rights_holder_name", "owner_name", "holder_type", "holder_country"},
    "complainant_type": {"holder_type", "holder_country"}, "rights_holder_type": {"holder_type", "holder_country"},
    "registration_number": {"registration_number", "registered"},
    "role": {"role", "complainant_name", "owner_name", "holder_type"},
    "statement_facts": {"statement_facts", "evidence", "reason", "right_name", "expiry_date", "places_of_registration", "site"},
}


def _answer(ctx: ToolContext, field: FormField, text: str, changes: Changes, *, bare: bool, facts: list[Proposal] | None = None) -> bool:
    """The message as the answer to ``field``; True when a value was taken.

    ``bare``: the message says nothing else, so it is the field's value as typed; otherwise only what clearly answers
    the field is taken and the rest is read as facts given out of turn.
    """
    kind = field.kind
    facts = facts if facts is not None else []
    if kind in ("choice", "yesno"):
        return _answer_choice(ctx, field, text, changes, bare=bare, facts=facts)
    if kind == "name":
        said = [p.value for p in facts if p.field in _NAME_FACTS[field.key]]
        value = said[0] if said else _name_answer(text)
        if value is None or not bare and not any(p.field in ("complainant_name", "owner_name", "rights_holder_name") and p.value == value for p in facts):
            if bare:
                changes.problems.append("I need the full legal name there, exactly as on the certificate or business licence.")
            return False
        _set(ctx, field.key, value, changes, None)
        return True
    if kind == "text":
        value = _text_answer(text, field)
        if not value or len(value.split()) > 10:
            return False
        _set(ctx, field.key, value, changes, None)
        return True
    if kind == "number":
        return _answer_number(ctx, field, text, changes, bare=bare, facts=facts)
    if kind == "places":
        if _BARE_REPLY.match(text):
            # "yes" or "ok" says nothing about where: it never fills a place.
            changes.problems.append(f"'{trim(text)}' does not say where. Name the countries or offices the right is registered in "
                                    "(for example: UK; EU and Norway; Mainland China).")
            return False
        found = [p for p in read_facts(f"registered in {text}") if p.field == "places_of_registration"]
        if found:
            _set(ctx, field.key, found[0].value, changes, None)
            return True
        if negated(text):
            return False
        items = [trim(part) for part in re.split(r",|;|\band\b", without_lead_in(text)) if trim(part)]
        if items:
            _set(ctx, field.key, [i.rstrip(".") for i in items], changes, None)
            return True
        return False
    if kind == "date":
        checked = date_value(text)
        if not checked.ok:
            changes.problems.append(checked.problem or "I could not read that date.")
            return False
        _set(ctx, field.key, checked.value, changes, None)
        return True
    if kind == "statement":
        return _answer_statement(ctx, text, changes)
    if kind in ("contact", "email", "classes"):
        return _answer_as_read(ctx, field, text, changes)
    return kind == "country" and _answer_country(ctx, field, text, changes)  # links and documents are read elsewhere


def _answer_as_read(ctx: ToolContext, field: FormField, text: str, changes: Changes) -> bool:
    """A contact, an email or classes given for a field named ("the contact person is ...", "the classes are 8 and 21"),
    read as the same words are read out of turn, with the words that introduce them."""
    if field.kind == "classes":
        words = text if re.search(r"class|klasse|clase|kelas|类", text, re.I) else f"classes {text}"
    else:
        words = f"contact: {text}"
    said = [p for p in read_facts(words) if p.field == field.key]
    if said:
        _set(ctx, field.key, said[0].value, changes, None)
    return bool(said)


def _answer_country(ctx: ToolContext, field: FormField, text: str, changes: Changes) -> bool:
    code = country_code(text)
    if code is None:
        changes.problems.append(f"I could not tell which country '{trim(text)}' is; name it, for example United Kingdom.")
        return False
    _set(ctx, field.key, code, changes, None)
    return True


def _answer_choice(ctx: ToolContext, field: FormField, text: str, changes: Changes, *, bare: bool, facts: list[Proposal]) -> bool:
    choice = field.choice
    assert choice is not None
    body = text.strip()
    if field.key == "right_approved":
        said = [p for p in facts if p.field == "right_approved"]
        if said:
            _set(ctx, field.key, said[0].value, changes, None)
            return True
        if not bare:
            return False
    if not bare and field.key != "right_approved":
        return False
    picked = c.pick(choice, body, by_meaning=bare and len(body.split()) <= 12)
    if picked.option is None:
        if bare:
            changes.unclear.append(f"I could not tell which one you mean. Answer with a number or the option's words:\n{choice.numbered()}")
        return False
    value: Any = picked.option.value
    if field.key == "right_approved":
        value = value == "yes"
    else:
        value = _TYPED[field.key](value)
    how = None if picked.how in ("number", "words") else f"{body} (closest in meaning: {picked.option.label})"
    _set(ctx, field.key, value, changes, how)
    return True


def _name_answer(text: str) -> str | None:
    candidate = _ROLE_PREFIX.sub("", without_lead_in(text)).strip()
    candidate = without_lead_in(candidate)
    if not candidate:
        return None
    name = name_in_sentence(candidate)
    if name and len(name) < len(candidate.rstrip(" .")):
        rest = candidate[len(name):]
        if re.match(r"^\s*(?:[,;(]|\.\s|\s[-–]\s|\s(?:and|who|which|an?|the|agent|acting|on behalf|representing)\b)", rest, re.I):
            return name
    checked = name_value(candidate)
    return checked.value if checked.ok else None


def _text_answer(text: str, field: FormField) -> str | None:
    said = [p for p in read_facts(text) if p.field == field.key]
    if said and (len(clauses(text)) > 1 or "," in text):
        return said[0].value
    value = without_lead_in(text)
    if "," in value and len(clauses(text)) >= 1 and re.search(r"\b(?:registration|reg|no\.|number|approved|registered)\b", value, re.I):
        value = value.split(",")[0]
    value = trim(value).rstrip(" ;:")
    if value.endswith(".") and not re.search(r"\b[A-Z]\.$", value):
        value = value[:-1]
    if negated(value) or re.match(r"(?i)(?:we|i|it|they|there|that|this|yes|no|ok)\b", value):
        return None  # a sentence about the right, not its name
    return value or None


def _answer_number(ctx: ToolContext, field: FormField, text: str, changes: Changes, *, bare: bool, facts: list[Proposal]) -> bool:
    draft = ctx.state.draft
    unregistered = [p for p in facts if p.field == "registered"]
    if unregistered and draft.effective_ip_type() == IPType.COPYRIGHT:
        _set(ctx, "registered", False, changes, unregistered[0].words)
        return True
    if bare and looks_like_bare_number(text):
        checked = registration_number_value(text)
        if checked.ok:
            _set(ctx, field.key, checked.value, changes, None)
            return True
    leading = NUMBER_RE.match(without_lead_in(text))
    if leading and sum(ch.isdigit() for ch in leading.group(0)) >= 3 and re.match(r"\s*(?:[,;(]|$|-\s)", without_lead_in(text)[leading.end():]):
        _set(ctx, field.key, leading.group(0), changes, None)  # "018234567, approved": the number first, then other facts
        return True
    if bare:
        checked = registration_number_value(text)
        changes.problems.append(checked.problem if not checked.ok else
                                "I could not find a registration number in that; type it exactly as printed on the certificate.")
    return False


def _answer_statement(ctx: ToolContext, text: str, changes: Changes) -> bool:
    draft = ctx.state.draft
    if draft.reason is None:
        return False
    body = text.strip()
    if not _tells_something(body):
        return False  # a list of files answers the evidence question, not this one
    if c.pick(c.YES_NO, body, by_meaning=False).option is not None and len(body.split()) <= 3:
        return False  # "yes" is not an account of what happened
    value = "" if _SKIP.match(body) else trim(body)
    old = draft.statement_facts.get(draft.reason.value)
    if old == value:
        return True
    draft.statement_facts = {**draft.statement_facts, draft.reason.value: value}
    changes.note("statement_facts", BY_KEY["statement_facts"].label, old, value or "(nothing added)", None)
    return True


_FILLER = {"we", "i", "have", "has", "a", "an", "the", "our", "my", "attached", "attach", "here", "is", "are", "file", "files",
           "document", "documents", "and", "of", "with", "in", "as", "sheet", "also", "it", "its", "to", "for", "see", "yes", "ok"}


def _tells_something(body: str) -> bool:
    """Whether a message says something beyond the files it names ("comparison.pdf" alone tells nothing)."""
    words = re.sub(r"[\w\-./]+\.(?:pdf|docx?|jpe?g|png|zip|xlsx?|raw|psd|tiff?)\b", " ", body, flags=re.I)
    for item in find_evidence(body):
        words = words.replace(item.kind.replace("_", " "), " ")
    words = re.sub(r"\b(?:comparison|report|power of attorney|poa|screenshots?|original|raw|test buy|order(?: no\.?| number)?)\b", " ", words, flags=re.I)
    content = [w for w in re.findall(r"[^\W_]+", words) if w.lower() not in _FILLER]
    return len(content) >= 3


# Reasons whose own description says what the complaint text needs (where the mark is used, which model was never
# made, what is copied): the sentence that names the reason is kept as the person's account, shown, and can be changed.
_REASON_SENTENCE_IS_ACCOUNT = {ComplaintReason.TRADEMARK_MISUSE, ComplaintReason.MODEL_DOES_NOT_EXIST, ComplaintReason.PIRATED_COPY,
                               ComplaintReason.REGISTERED_WORK}


# --- setting values ----------------------------------------------------------------------------------------------------


def _set(ctx: ToolContext, key: str, value: Any, changes: Changes, words: str | None) -> None:
    draft = ctx.state.draft
    old = getattr(draft, key)
    if old == value:
        return
    setattr(draft, key, value)
    if key == "reason":
        draft.ip_type = REASON_IP_TYPE[value]
    if key == "registration_number" and value:
        draft.registered = True
    label = BY_KEY[key].label if key in BY_KEY else "Registered"
    changes.note(key, label, old, value, words)


def _propose(ctx: ToolContext, proposal: Proposal, changes: Changes, handled: set[str]) -> None:
    """A fact read out of turn: it enters the draft only with its words shown in the echo."""
    draft = ctx.state.draft
    key, value = proposal.field, proposal.value
    if key == "evidence":
        kept = [e for e in draft.evidence if e.kind != value.kind]
        if value in draft.evidence:
            return
        draft.evidence = kept + [value]
        changes.lines.append(f"Evidence: {value.kind.replace('_', ' ')}" + (f" ({value.file or value.reference})" if value.file or value.reference else "")
                             + f' (from {changes.source}: "{_short(proposal.words)}")')
        if "evidence" not in changes.fields:
            changes.fields.append("evidence")
        return
    if key in ("holder_type", "holder_country"):
        whose = "rights_holder" if draft.role == Role.AGENT and draft.complainant_type is not None else "complainant"
        key = f"{whose}_{key.removeprefix('holder_')}"
    if key == "owner_name":
        key = "rights_holder_name" if draft.role == Role.AGENT else "complainant_name"
    if proposal.weak and getattr(draft, key, None) not in (None, "", []):
        return  # implied, not said: it never replaces a value
    if key in handled or key == "statement_facts" and draft.reason is None:
        return
    if key == "statement_facts":
        if draft.reason.value not in draft.statement_facts:
            draft.statement_facts = {**draft.statement_facts, draft.reason.value: value}
            changes.note("statement_facts", BY_KEY["statement_facts"].label, None, value, proposal.words)
        return
    if key in _TYPED_BY_PERSON and getattr(draft, key) not in (None, "", []):
        return  # a name, number or title already given changes only when the person names the field
    if changes.asked and getattr(draft, key) not in (None, "", [], value) and not _REPLACING.search(proposal.words):
        changes.kept.append(_kept(key, getattr(draft, key), value))
        return
    _set(ctx, key, value, changes, proposal.words)
    handled.add(key)


# Beside a question, a statement replaces a value only when it says so ("sorry, it's Tmall, not AliExpress"); "the seller
# also uses our photos. Can we add that?" adds to the case and asks, and changes nothing.
_REPLACING = re.compile(r"\b(?:actually|sorry|correction|instead|rather than|wrong|mistake|not|switch|change|should be|oops|scratch that)\b", re.I)


def _kept(key: str, old: Any, new: Any) -> str:
    """A value a message asking something would have replaced: kept, and the change offered instead."""
    label = BY_KEY[key].label if key in BY_KEY else key
    if key == "reason":  # one complaint relies on one right: another reason is another complaint
        return (f"The reason stays {show_value(key, old)}: a complaint relies on one right. For \"{show_value(key, new)}\", start "
                "a second complaint once this one is saved (say \"new complaint\").")
    return (f"{label} stays {show_value(key, old)}: you asked, so nothing changed. To change it to {show_value(key, new)}, "
            f"say \"the {label.lower()} is ...\".")


def _account_from_description(ctx: ToolContext, changes: Changes) -> None:
    """For reasons whose description is the account (where the mark is used, which model was never made, what is
    copied), the message that opened the case is kept as the person's account: shown, and changeable."""
    draft = ctx.state.draft
    opening = draft.sources.get("case", "")
    if draft.reason in _REASON_SENTENCE_IS_ACCOUNT and draft.reason.value not in draft.statement_facts and len(opening.split()) >= 6:
        draft.statement_facts = {**draft.statement_facts, draft.reason.value: opening}
        changes.note("statement_facts", BY_KEY["statement_facts"].label, None, opening, None)


def _derived(ctx: ToolContext, changes: Changes) -> None:
    """A name with a company legal form makes its holder a company (said in the echo)."""
    draft = ctx.state.draft
    for name_key, type_key in (("complainant_name", "complainant_type"), ("rights_holder_name", "rights_holder_type")):
        name = getattr(draft, name_key)
        if name and getattr(draft, type_key) is None and name_key in changes.fields:
            kind = company_or_none(name)
            if kind is not None:
                _set(ctx, type_key, kind, changes, None)
                changes.lines[-1] += " (the name ends in a company legal form)"


def _links(ctx: ToolContext, reply: Reply, text: str, changes: Changes) -> None:
    """The raw message goes to the link service; what it finds joins the draft's listings (or is set aside)."""
    draft = ctx.state.draft
    site_changed = "site" in changes.fields and (draft.listings or draft.rejected_links)
    report = ctx.services.check_listing_urls(text, draft.site.value if draft.site else None)
    new_links = [result.input for result in report.results]
    if not new_links and not site_changed:
        return
    before_ok = [ref.url for ref in draft.listings]
    before_bad = [r.input for r in draft.rejected_links]
    links = before_ok + (before_bad if site_changed else []) + new_links
    site_before = draft.site
    checked = recheck_links(ctx.services, draft, links)
    if draft.site != site_before:
        changes.note("site", BY_KEY["site"].label, site_before, draft.site, "the links")
    if checked is not None:
        reply.sections.append(Section(kind="url_report", data=to_data(checked)))
        reply.tool_calls.append(ToolCallRecord(name="check_listing_urls", args={"links": links, "site": draft.site}))
    line = f"Listings: {len(draft.listings)} link(s) fine"
    if draft.rejected_links:
        line += f", {len(draft.rejected_links)} left out because of problems (see the report; paste corrected ones)"
    changes.lines.append(line)
    if "links" not in changes.fields:
        changes.fields.append("links")
    from assistant.agent.guided.after_filing import known_sellers_notice  # a shop the team has reported before

    known = known_sellers_notice(ctx, draft)
    if known:
        reply.notices.append(known)


_CORRECTED_VALUE = re.compile(
    r"\b(?:should be|should read|is actually|must be|correct(?: one| number| name)? is|(?:it|that)(?:'s| is)|to)\s+(?P<value>\S[^\n]*)", re.I
)


def _correction(text: str, draft: ComplaintDraft, expecting: str | None) -> tuple[FormField, str] | None:
    """"the registration number is X", "change the name to Y", "the number in the export is wrong - it should be X".

    Naming a field counts as a correction when the field has a value already or is the one asked; otherwise the
    sentence is read like any other ("owner is us, Acme AB").
    """
    body = text.strip()
    match = _CORRECTION.match(body)
    if match:
        field = field_named(match.group("field") or match.group("meant"))
        value = match.group("value") or match.group("meant_value")
        explicit = match.group("sep") and re.search(r":|say|read", match.group("sep"))
        if field is not None and field.kind == "statement" and draft.reason is not None and (explicit or shown(field, draft)):
            return field, value.strip()  # "the complaint text is: ..." sets it, every sentence of it
        if field is not None and field.kind not in ("links", "evidence") and (field.key == expecting or shown(field, draft)):
            return field, _cut(value)
    old_value = _NOT_THE_OLD.search(body)
    if old_value:
        for field in FIELDS:
            if field.kind not in ("links", "evidence", "statement") and shown(field, draft).strip('"') == old_value.group("old"):
                return field, old_value.group("value")
    for field in FIELDS:
        if field.kind in ("links", "evidence", "statement") or not field.aliases:
            continue
        named = re.search(rf"\b(?:the |our |my )?(?:{field.aliases})\b", body, re.I)
        if not named or not re.search(r"\b(?:wrong|should be|mistake|correct|typo|swapped|fix|change|actually|sorry)\b", body, re.I):
            continue
        value = _CORRECTED_VALUE.search(body, named.end())
        if value and (field.key == expecting or shown(field, draft)):
            return field, _cut(value.group("value"))
    return None


def _cut(value: str) -> str:
    """The corrected value without what follows it: ", not X", " - my mistake", a new sentence."""
    # A closing full stop stays: the field's own type decides whether it belongs ("S.A. de C.V.").
    return re.split(r",?\s+not\s+|\s+[-–—]\s+|;\s*|\.\s+(?=[A-Z])|\s*\(", value.strip(), maxsplit=1)[0].strip().rstrip("!")


def _undo_requested(state, body: str) -> bool:
    if not state.undo_draft or not state.undo_fields:
        return False
    expecting = BY_KEY.get(state.expecting or "")
    if expecting is not None and expecting.kind in ("yesno", "choice", "statement"):
        return False
    return bool(re.fullmatch(r"(?:no|nope|wrong|that'?s wrong|that is wrong|not right|undo)[.!]?", body, re.I))


# "No, that was not the complaint text": the account read from an earlier message is taken back (said, never silent).
_NOT_THE_ACCOUNT = re.compile(
    r"^\s*(?:(?:no|nope|nein|sorry)[,.!\s]+)*(?:that|this|it)(?:'s|\s+was|\s+is)\s+not\s+(?:the|my|our|a)\s+"
    r"(?:complaint(?:'s)?\s+text|complaint\s+statement|statement|account|description)\b[.!]*\s*"
    r"|^\s*(?:nein[,.!\s]+)?das\s+(?:war|ist)\s+nicht\s+(?:der|die|das)\s+(?:beschwerdetext|beschreibung|darstellung|sachverhalt)\b[.!]*\s*",
    re.I,
)


def _take_back_account(ctx: ToolContext, reply: Reply, body: str) -> str | None:
    """The rest of a message that says the complaint text taken earlier is not one (None when it says no such thing).
    The account is removed and said so; with nothing after the words, the account is asked for again."""
    said = _NOT_THE_ACCOUNT.match(body)
    if said is None:
        return None
    state, draft = ctx.state, ctx.state.draft
    key = draft.reason.value if draft.reason else None
    taken = draft.statement_facts.get(key) if key else None
    if taken:
        draft.statement_facts = {k: v for k, v in draft.statement_facts.items() if k != key}
        if "statement_facts" in state.undo_fields:
            state.undo_draft, state.undo_fields = None, []
        _withdraw_pending(ctx, "the person took back the complaint text")
        shown_words = taken if len(taken) <= 120 else taken[:117] + "..."
        reply.add(f"Taken back: \"{shown_words}\" is no longer the complaint text.")
    else:
        reply.add("The draft holds no complaint text yet.")
    rest = body[said.end():].strip()
    if not rest:
        field = BY_KEY["statement_facts"]
        if is_missing(field, draft):
            state.expecting = field.key
            reply.add(question(field, draft))
    return rest


def _withdraw_pending(ctx: ToolContext, why: str) -> None:
    """A save shown for confirmation no longer matches the draft: it is withdrawn (recorded as not approved)."""
    earlier = ctx.state.pending
    if earlier is not None and earlier.origin == "guided":
        ctx.state.decisions.append(Decision(change_id=earlier.id, summary=earlier.summary, approved=False, results=[f"withdrawn: {why}"]))
        ctx.state.pending = None


def _undo(ctx: ToolContext, reply: Reply) -> None:
    state = ctx.state
    fields = state.undo_fields
    state.draft = ComplaintDraft.model_validate(state.undo_draft)
    state.undo_draft, state.undo_fields = None, []
    _withdraw_pending(ctx, "the person undid a change")
    labels = ", ".join(BY_KEY[f].label if f in BY_KEY else f for f in fields)
    reply.add(f"Undone: {labels} are back to what they were.")
    first = next((BY_KEY[f] for f in fields if f in BY_KEY), None)
    if first is not None:
        state.expecting = first.key
        reply.add(question(first, state.draft))


def _ask_to_edit(ctx: ToolContext, reply: Reply, words: str) -> None:
    state = ctx.state
    fields = review_fields(state.draft)
    field = None
    if re.fullmatch(r"\d{1,2}", words.strip()):
        index = int(words.strip()) - 1
        field = fields[index] if 0 <= index < len(fields) else None
    elif words.strip():
        field = field_named(words)
    if field is None:
        listing = "\n".join(f"{i}. {f.label}" for i, f in enumerate(fields, 1))
        reply.add(f"Which field? Give its number or name:\n{listing}")
        return
    _withdraw_pending(ctx, "the person chose to change a field")
    state.expecting = field.key
    current = shown(field, state.draft)
    reply.add((f"{field.label} is now {current}. " if current else "") + question(field, state.draft))


# --- the next step -------------------------------------------------------------------------------------------------------


def next_step(mode: GuidedMode, ctx: ToolContext, reply: Reply, *, asked_again: bool = False) -> None:
    """Ask for the next missing field; when none is missing, the review with validate's verdict."""
    state, draft = ctx.state, ctx.state.draft
    field = next_missing(draft)
    if field is not None:
        if asked_again and state.expecting == field.key:
            return  # the problem message already asked again
        state.expecting = field.key
        reply.add(question(field, draft))
        return
    needed = mode._needed_evidence(ctx)
    if needed and state.expecting not in ("evidence", "evidence_done"):
        state.expecting = "evidence"
        reply.add(question_for("evidence", draft, needed_evidence=needed) + " I ask because the rules require them for this reason.")
        return
    review(mode, ctx, reply)


def review_fields(draft: ComplaintDraft) -> list[FormField]:
    return [f for f in FIELDS if applies(f, draft)]


def review(mode: GuidedMode, ctx: ToolContext, reply: Reply) -> None:
    """Every field, numbered, and validate's verdict on this exact draft; a save is proposed only without errors."""
    state, draft = ctx.state, ctx.state.draft
    result = mode._run(ctx, reply, "validate_complaint", {})
    if result is None:
        return
    data = result.data
    errors, warnings, missing = data.get("errors", []), data.get("warnings", []), data.get("missing", [])
    lines = []
    for number, field in enumerate(review_fields(draft), 1):
        value = shown(field, draft)
        flag = " (missing)" if is_missing(field, draft) else ""
        lines.append(f"{number}. {field.label}: {value or '-'}{flag}")
    if draft.registered and draft.effective_ip_type() != IPType.PATENT:
        # The complaint model assumes a colour copy of the certificate; nobody said so, so it is shown to be confirmed.
        lines.append("Assumed, not said: you upload a colour copy of the certificate (a black-and-white copy must be sealed "
                     "or signed, or the platform rejects it). Tell me if yours is black and white.")
    text = "The complaint as it stands:\n" + "\n".join(lines)
    if errors or missing:
        problems = [e.get("message", e.get("code", "")) for e in errors] + [f"missing: {m}" for m in missing]
        text += (f"\n\nThe rules (validate) find {len(problems)} error(s) that would get this complaint rejected:\n"
                 + "\n".join(f"- {p}" for p in problems))
        slot = _field_for_errors(errors)
        reply.add(text)
        if slot is not None:
            state.expecting = slot.key
            reply.add("To fix it: " + (question_for("evidence", draft, needed_evidence=mode._needed_evidence(ctx)) if slot.key == "evidence"
                                       else question(slot, draft)) + "\nOr give a field's number to change it.")
        else:
            # The error is about something the person told me (not approved, not valid in China, expired): I do not
            # ask it again; they change it when it changes.
            state.expecting = "review"
            reply.add("This complaint cannot be filed while these errors stand, and nothing is saved. When something "
                      "changes, tell me (for example \"the trademark is approved now\"), or give a field's number to change it.")
        return
    if draft.complaint_id and draft.exported_to and _same_as_saved(ctx):
        # An unchanged draft is not saved again: a stray "yes" after saving makes no new version and no new package.
        state.expecting = "review"
        reply.add(f"Complaint {draft.complaint_id} is saved as it stands (version {draft.saved_version or 1}) and its filing "
                  f"package is in {draft.exported_to}. Nothing has changed since, so there is nothing new to save. To change "
                  "something, give a field's number or name it (for example \"the registration number is ...\").")
        return
    verdict = "The rules (validate) find no errors in this draft."
    if warnings:
        verdict += " Warnings:\n" + "\n".join(f"- {w.get('message', w.get('code', ''))}" for w in warnings)
    calls: list[tuple[str, dict[str, Any]]] = [("update_complaint_draft" if draft.complaint_id else "start_complaint_draft", {})]
    calls.append(("export_filing_package", {"out_dir": _package_dir(ctx)}))
    change = confirmation.propose(ctx, calls)
    state.expecting = "confirmation"
    reply.pending = change
    reply.add(text + "\n\n" + verdict + "\n\nShall I save the complaint and write its filing package? Answer yes or no "
              "(or give a field's number to change it).\n\n" + change.summary)


def _same_as_saved(ctx: ToolContext) -> bool:
    """Whether the draft says exactly what the saved complaint says."""
    draft = ctx.state.draft
    try:
        saved = ctx.services.complaints.show(draft.complaint_id).complaint
    except IprError:
        return False
    ignore = {"id", "status", "created_at", "updated_at", "version"}
    return draft.to_complaint().model_dump(mode="json", exclude=ignore) == saved.model_dump(mode="json", exclude=ignore)


def _package_dir(ctx: ToolContext) -> str:
    """The first export goes to the thread's folder; each later one to a new folder beside it (…-v2, …-v3)."""
    state, draft = ctx.state, ctx.state.draft
    base = Path(state.package_dir).expanduser() if state.package_dir else ctx.services.packages_dir / state.thread_id
    if not draft.exported_to:
        return str(base)
    version = (draft.saved_version or 1) + 1
    target = base.with_name(f"{base.name}-v{version}")
    while target.exists() and any(target.iterdir()):
        version += 1
        target = base.with_name(f"{base.name}-v{version}")
    return str(target)


def _field_for_errors(errors: list[dict[str, Any]]) -> FormField | None:
    """The field to ask for when the first error is about something missing (documents, links); None when the error
    is about a fact the person gave, which is not asked again."""
    if not errors:
        return None
    first = errors[0]
    where, code = first.get("field", "") or "", first.get("code", "") or ""
    if code in ("evidence_missing", "power_of_attorney_missing", "translation_missing") or where.startswith("evidence") and code.endswith("_missing"):
        return BY_KEY["evidence"]
    if where.startswith("listings") or "link" in code or "listing" in code:
        return BY_KEY["links"]
    return None


def remind(ctx: ToolContext, needed_evidence) -> str | None:
    """The question the complaint is waiting on, to repeat after a side question."""
    state = ctx.state
    if state.expecting == "evidence":
        return question_for("evidence", state.draft, needed_evidence=needed_evidence())
    field = BY_KEY.get(state.expecting or "")
    return question(field, state.draft) if field is not None else None


def _short(words: str, limit: int = 140) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."
