"""The guided chat's handling of a seller's counter-notice: read the message, find the complaint, triage, offer to record.

A message carrying a counter-notice is read by the appeal request service (assistant/services/appeal_requests.py):
the seller's text alone, and from the person's own words the complaint they name and when it arrived. The
complaint is found by the store's one resolver (number, the file's id or the team's reference; a name that could
mean two complaints is asked about). Without a complaint the chat asks which one and keeps the text and the day
until told. After the triage, recording is offered, never proposed from the pasted text; a receipt day that cannot
be (before the filing, after today) is never offered: the person is told why and asked for the day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.agent import confirmation
from assistant.agent.draft import missing_for_complaint
from assistant.agent.guards import MAX_PASTED_APPEAL_CHARS, cap_input
from assistant.agent.reply import Reply
from assistant.agent.tools import ToolContext
from assistant.domain.appeals.evidence import find_dates
from assistant.domain.appeals.pasted import complaint_answer, reads_like_counter_notice
from assistant.domain.untrusted_text import contains_instructions
from assistant.errors import IprError
from assistant.services.appeal_requests import NO_COMPLAINT, read_appeal_message
from assistant.services.appeals import receipt_day_problem, recording_args
from assistant.services.said_dates import resolve_said_date

# "record it" after a triage: the person's own request to record the counter-notice (then confirmed).
RECORD_RE = re.compile(r"(?:please\s+)?(?:record|save|log)(?:\s+(?:it|this|that|the counter-?notice))?(?:\s+please)?\s*[.!]?|记录(?:一下)?[。！]?", re.I)
PASTE_IT = (
    "Paste the seller's counter-notice or appeal as one message (and name the complaint, e.g. 'complaint C-12', "
    "if it is in our records). I will read it as data: nothing in it is treated as an instruction."
)
ASK_DAY = "On which day did the counter-notice reach us? (a date such as 2026-03-04, or words such as 'yesterday')"


def respond(mode: Any, ctx: ToolContext, reply: Reply, text: str) -> None:
    """A message about a seller's appeal: the counter-notice pasted (with the person's words around it), or only
    the person's words (which complaint, when it came), kept until the text comes."""
    state = ctx.state
    capped = cap_input(text, MAX_PASTED_APPEAL_CHARS, what="pasted appeal")
    if capped.notice:
        reply.notices.append(capped.notice)
    message = read_appeal_message(capped.text, today=date.today())
    kept = dict(state.appeal or {}) if state.topic == "appeal" else {}
    kept.pop("filed_on", None)
    if message.complaint:
        kept["complaint"] = message.complaint
    said = resolve_said_date(message.received_said or "", date.today())
    if said:
        kept["received_said"] = said.words
    if message.later_day:
        reply.add(f"You gave {message.later_day.isoformat()}, which is after today: it cannot be the day the counter-notice reached "
                  f"us, so I did not count from it. {ASK_DAY}")
    if message.seller_text and _is_pasted(message, state.expecting):
        kept["text"] = message.seller_text
    if not kept.get("text"):
        state.appeal, state.topic, state.expecting = kept, "appeal", "appeal_text"
        reply.add(PASTE_IT + _kept_words(kept))
        return
    if message.person_words and message.seller_text:
        reply.add(f"Read as your words, not the seller's: \u201c{message.person_words}\u201d")
    _triage(mode, ctx, reply, kept)


def _is_pasted(message: Any, expecting: str | None) -> bool:
    seller = message.seller_text
    return expecting == "appeal_text" or len(seller) > 200 or bool(message.person_words) or reads_like_counter_notice(seller)


def _kept_words(kept: dict[str, Any]) -> str:
    parts = ([f"complaint {kept['complaint']}"] if kept.get("complaint") else []) + (
        [f"received: {kept['received_said']}"] if kept.get("received_said") else [])
    return f" (Noted from your words: {'; '.join(parts)}.)" if parts else ""


def select_complaint(mode: Any, ctx: ToolContext, reply: Reply, text: str) -> bool:
    """The answer to "which complaint?": the kept counter-notice triaged against the complaint named. False when the
    message names no complaint (it is handled as any other message)."""
    state = ctx.state
    name = complaint_answer(text)
    if state.expecting != "appeal_complaint" or not state.appeal or not name:
        return False
    _triage(mode, ctx, reply, {**state.appeal, "complaint": name})
    return True


def _triage(mode: Any, ctx: ToolContext, reply: Reply, kept: dict[str, Any]) -> None:
    state = ctx.state
    number = _complaint_number(ctx, reply, kept)
    if number is None and (kept.get("complaint") or missing_for_complaint(state.draft)):
        if not kept.get("complaint"):
            reply.add(NO_COMPLAINT)
        state.appeal, state.topic, state.expecting = kept, "appeal", "appeal_complaint"
        return
    # Files the seller names in the pasted text were not shared here: the triage says they were named, not received.
    attachments: list[str] = []
    args = {"counter_notice": kept["text"], "complaint_id": f"C-{number}" if number else None, "attachments": attachments,
            "received_said": kept.get("received_said")}
    result = mode._run(ctx, reply, "triage_seller_appeal", args)
    if contains_instructions(kept["text"]):
        reply.add(
            "Note: the seller's text contains instructions addressed to whoever reads it. I treated them as data "
            "and did nothing they ask; they may be worth mentioning in your response."
        )
    state.appeal = None
    state.topic, state.expecting = (None, None) if state.topic == "appeal" else (state.topic, state.expecting)
    if result is None:
        return
    data = result.data or {}
    if data.get("received_on_words"):
        reply.add(f"Received on {data.get('received_on')}, read from your words \u201c{data['received_on_words']}\u201d: say the day if that is wrong.")
    if number is not None and state.topic is None:
        _offer_recording(ctx, reply, number, kept["text"], data, attachments)


def _complaint_number(ctx: ToolContext, reply: Reply, kept: dict[str, Any]) -> int | None:
    """The store number of the complaint named (None when none is named); the resolver's own words when it finds
    none or could mean two, and the person is asked again."""
    if not kept.get("complaint"):
        return None
    try:
        return ctx.services.complaints.number_of(kept["complaint"], typed=True)
    except IprError as error:
        reply.add(f"{error.message}{' ' + error.hint if error.hint else ''} Which complaint does this counter-notice answer?")
        return None


def _offer_recording(ctx: ToolContext, reply: Reply, number: int, text: str, data: dict[str, Any], attachments: list[str]) -> None:
    """Recording is offered, never proposed from the pasted text: the person asks for it, then confirms it."""
    state = ctx.state
    day = data.get("received_on")
    filed = data.get("complaint_date") if data.get("complaint_date_basis") == "filed_on" else None
    state.offer = recording_args(f"C-{number}", text, day, attachments)  # C-: the number, never a reference
    state.appeal = {"filed_on": filed}
    state.topic, state.expecting = "appeal", "record_offer"
    how = " (today: you did not say when it arrived)" if data.get("received_on_basis") == "today" else ""
    reply.add(
        f"Nothing was recorded. To record this counter-notice on {data.get('complaint_known_as') or f'complaint {number}'} (received on {day}{how}: its status becomes "
        "'counter notice received', with our deadline), say \"record it\"; I will ask you to confirm."
    )


def after_triage(ctx: ToolContext, reply: Reply, text: str) -> bool:
    """"record it" after a triage (and the receipt day, when the one read cannot be): the change proposed for the
    person's yes. False when the message is something else (the offer lapses and the message is handled as usual)."""
    state = ctx.state
    offer, filed = state.offer, _day((state.appeal or {}).get("filed_on"))
    if offer and state.expecting == "record_day":
        day, problem = _day_answer(text, filed)
        if problem:
            reply.add(f"{problem} {ASK_DAY}")
            return True
        if day:
            return _propose(ctx, reply, {**offer, "received_on": day.isoformat()})
    elif offer and state.expecting == "record_offer" and RECORD_RE.fullmatch(text.strip()):
        problem = receipt_day_problem(offer.get("received_on"), filed_on=filed, today=date.today())
        if not problem:
            return _propose(ctx, reply, offer)
        state.expecting = "record_day"
        reply.add(f"I cannot record it as received on {offer.get('received_on')}: {problem} {ASK_DAY}")
        return True
    elif offer and state.expecting == "record_offer" and len(text) <= 80:
        day, problem = _day_answer(text, filed)  # the person corrects the receipt day the triage read
        if day and not problem:
            offer["received_on"] = day.isoformat()
            reply.add(f"Received on {offer['received_on']}, read from your words \u201c{text.strip()}\u201d. To record the counter-notice "
                      f"on complaint {offer['complaint_id'].removeprefix('C-')} as received that day, say \"record it\"; I will ask you to confirm.")
            return True
        if problem:
            reply.add(f"{problem} {ASK_DAY}")
            state.expecting = "record_day"
            return True
    state.offer = state.appeal = None
    state.topic, state.expecting = None, None
    return False


def _day_answer(text: str, filed: date | None) -> tuple[date | None, str | None]:
    """The receipt day a person answers with, or why it cannot be; (None, None) when the message gives no day."""
    today = date.today()
    said = resolve_said_date(text, today)
    if said is None:
        later = [found.value for found in find_dates(text) if found.value > today]
        return (None, receipt_day_problem(later[0], filed_on=filed, today=today)) if later else (None, None)
    return said.day, receipt_day_problem(said.day, filed_on=filed, today=today)


def _propose(ctx: ToolContext, reply: Reply, args: dict[str, Any]) -> bool:
    state = ctx.state
    state.offer = state.appeal = None
    state.topic, state.expecting = None, None
    change = confirmation.propose(ctx, [("record_counter_notice", args)])
    reply.pending = change
    reply.add(f"Please confirm this change (yes or no):\n\n{change.summary}")
    return True


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
