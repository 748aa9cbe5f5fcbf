"""Block Kit builders: pure functions from the assistant's data to Slack message blocks.

Every piece of text that came from a person, the model, a listing or a seller goes through escape.py here;
the only mentions and links in the output are the ones these builders make from checked values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.domain.appeals.view import more_words_note
from assistant.domain.lifecycle import Status
from assistant.domain.models import ComplaintReason, IPType, ListingKind, Role, Site
from assistant.labels import label
from assistant.retrieval.source_basis import shown
from integrations.slack.escape import SECTION_LIMIT, escape_text, link, plain, to_mrkdwn, user_mention
from integrations.slack.roles import user_of

# A message holds at most 50 blocks; keep room for the confirmation and feedback blocks.
MAX_BLOCKS = 45
MAX_ROWS = 15

CONFIRM_ACTION = "change_confirm"
CANCEL_ACTION = "change_cancel"
FEEDBACK_ACTION = "answer_feedback"
AFRESH_ACTION = "conversation_afresh"

HELP_TEXT = (
    "*What I do*: answer questions about Alibaba's IP Protection Platform with sources, check listing links, put a "
    "complaint together and write its filing package, and triage sellers' appeals.\n"
    "Talk to me in a direct message or mention me in a thread. Commands:\n"
    "• `/ipr docs <ip-type> [role] [site]` or the case in words: documents a case needs (e.g. `/ipr docs trademark agent "
    "aliexpress`, `/ipr docs what do we need for taobao`)\n"
    "• `/ipr check <links>` check listing links\n"
    "• `/ipr status [complaint]` the team's complaints, or one of them\n"
    "• `/ipr due [days]` deadlines coming up\n"
    "• `/ipr new` complaint form · `/ipr appeal` appeal-triage form · `/ipr help`\n"
    "After filing:\n"
    "• `/ipr refile <complaint> [notice]` what to fix after a rejection, and a corrected draft once you confirm\n"
    "• `/ipr import-status` then a pasted status file (from Manage Complaints): checked, then recorded once you confirm\n"
    "For legal and support:\n"
    "• `/ipr verify <package> [manifest SHA-256]` whether a filing package changed since it was written\n"
    "• `/ipr match <originals> <suspects>` listing photos that match our own (folders in the app's evidence folder)\n"
    "• `/ipr sellers [complaints]` shops reported in several complaints\n"
    "• `/ipr report` Good Faith figures and how far each is from the platform's thresholds"
)

SUGGESTED_PROMPTS = [
    {"title": "Report counterfeits", "message": "We found counterfeits of our products on AliExpress. Help me report them."},
    {"title": "Which documents?", "message": "Which documents do I need to file a trademark complaint as an agent?"},
    {"title": "Check links", "message": "Check these listing links: "},
    {"title": "A seller appealed", "message": "A seller sent a counter-notice against our complaint. How should we answer?"},
]


# --- small pieces ---------------------------------------------------------------------------------------------------


def section(text: str, block_id: str | None = None) -> dict[str, Any]:
    """A mrkdwn section; ``text`` must already be escaped."""
    block = {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT] or " "}}
    return {**block, "block_id": block_id} if block_id else block


def context(text: str, block_id: str | None = None) -> dict[str, Any]:
    """Small grey text; ``text`` must already be escaped."""
    block = {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT] or " "}]}
    return {**block, "block_id": block_id} if block_id else block


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": plain(text, 150)}}


def divider() -> dict[str, Any]:
    return {"type": "divider"}


def text_sections(markdown: str) -> list[dict[str, Any]]:
    """Markdown text (from the assistant) as escaped mrkdwn sections, split at paragraphs to fit Slack's limit."""
    blocks, current = [], ""
    for paragraph in (markdown or "").split("\n\n"):
        converted = to_mrkdwn(paragraph, limit=SECTION_LIMIT - 10)
        if current and len(current) + len(converted) + 2 > SECTION_LIMIT - 10:
            blocks.append(section(current))
            current = converted
        else:
            current = f"{current}\n\n{converted}" if current else converted
    if current.strip():
        blocks.append(section(current))
    return blocks


def _more(total: int, shown: int, what: str) -> list[dict[str, Any]]:
    return [context(f"… and {total - shown} more {what}.")] if total > shown else []


# --- sections of a reply ------------------------------------------------------------------------------------------


def answer_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """An answer from the guide with its numbered sources as links."""
    note = data.get("sources_note")  # a question not in English: the sources, so the answer, are English
    blocks = text_sections((f"_Note: {note}_\n\n" if note else "") + (data.get("answer") or ""))
    citations = data.get("citations") or []
    if citations:
        lines = []
        for citation in citations[:MAX_ROWS]:
            where = " > ".join(part for part in (citation.get("title"), citation.get("section")) if part) or citation.get("source") or ""
            target = link(citation.get("url"), where) if citation.get("url") else escape_text(where)
            checked = f" (facts checked {escape_text(citation['checked'], 20)})" if citation.get("checked") else ""
            how_sure = shown(citation.get("basis"))
            checked += f" _{escape_text(how_sure, 80)}_" if how_sure else ""
            lines.append(f"[{int(citation.get('n') or 0)}] {target}{checked}")
        blocks.append(context("Sources: " + " · ".join(lines)))
    if data.get("grounded") is False and data.get("in_scope") is not False:  # a decline is no claim to verify
        blocks.append(context(":warning: No passage of the guide supports this answer: treat it as unverified."))
    return blocks


def checklist_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents a case needs (required first), with why and where the rule comes from."""
    documents = data.get("documents") or []
    lines = []
    for document in documents[:MAX_ROWS]:
        need = "required" if document.get("required") else "recommended"
        source = link(document.get("source"), "source") if document.get("source") else "rule not published"
        lines.append(f"• *{escape_text(document.get('name'), 200)}* ({need}): {escape_text(document.get('why'), 400)} ({source})")
    blocks = [section("*Documents this case needs*\n" + "\n".join(lines))] if lines else [section("No documents found for this case.")]
    blocks += _more(len(documents), MAX_ROWS, "documents")
    for warning in (data.get("warnings") or [])[:5]:
        message = warning.get("message") if isinstance(warning, dict) else warning
        blocks.append(context(f":warning: {escape_text(message, 600)}"))
    for question in (data.get("open_questions") or [])[:5]:
        depends = "\n".join(f"• {escape_text(line, 300)}" for line in (question.get("depends") or [])[:6])
        blocks.append(context(f":grey_question: {escape_text(question.get('question'), 300)}\n{depends}"))
    return blocks


def url_report_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The listing-link report: a summary, then each link with its problems."""
    summary = data.get("summary") or {}
    results = data.get("results") or []
    if not results:
        return [section("No listing links found: paste the addresses of the listings.")]
    head = f"*Links: {int(summary.get('ok', 0))} of {int(summary.get('total', len(results)))} can be filed*"
    if summary.get("duplicates"):
        head += f" · {int(summary['duplicates'])} duplicate(s)"
    lines = []
    for result in results[:MAX_ROWS]:
        shown = escape_text(result.get("normalized") or result.get("input"), 300)
        if result.get("ok"):
            lines.append(f":white_check_mark: {shown} ({escape_text(label(result.get('site'), Site))}, {escape_text(label(result.get('kind'), ListingKind))})")
        else:
            problems = "; ".join(escape_text(p.get("message"), 300) for p in result.get("problems") or [])
            lines.append(f":x: {shown}: {problems}")
    blocks = [section(head + ("\n" + "\n".join(lines) if lines else ""))]
    return blocks + _more(len(results), MAX_ROWS, "links (use the CLI for the full report)")


def validation_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rules' verdict on a complaint: what is missing, the errors that would get it rejected, the warnings."""
    lines = []
    if data.get("missing"):
        lines.append("Still missing: " + ", ".join(escape_text(m) for m in data["missing"]))
    for issue in (data.get("errors") or [])[:MAX_ROWS]:
        source = link(issue.get("source"), "rule") if issue.get("source") else "rule not published"
        lines.append(f":x: {escape_text(issue.get('message'), 500)} ({source})")
    for issue in (data.get("warnings") or [])[:5]:
        lines.append(f":warning: {escape_text(issue.get('message'), 400)}")
    if not lines:
        lines.append(":white_check_mark: The rules find no problems.")
    return [section("*Validation*\n" + "\n".join(lines))]


def complaints_blocks(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list of complaints, most recently changed first."""
    if not rows:
        return [section("No complaints to show.")]
    lines = [
        f"• *{escape_text(row.get('id'))}* {escape_text(label(row.get('status'), Status))} · {escape_text(label(row.get('site'), Site))} · "
        f"{escape_text(label(row.get('reason'), ComplaintReason))} · {escape_text(row.get('right_name'), 100)} · {int(row.get('listings') or 0)} link(s)"
        for row in rows[:MAX_ROWS]
    ]
    return [section("*Complaints*\n" + "\n".join(lines))] + _more(len(rows), MAX_ROWS, "complaints")


def complaint_blocks(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One complaint: what it says, where it stands, its history."""
    complaint = record.get("complaint") or {}
    right = complaint.get("ip_right") or {}
    complainant = complaint.get("complainant") or {}
    lines = [
        f"*Complaint {escape_text(record.get('id'))}* · {escape_text(label(record.get('status'), Status))} (version {int(record.get('version') or 0)})",
        f"Site: {escape_text(label(complaint.get('site'), Site))} · reason: {escape_text(label(complaint.get('reason'), ComplaintReason))}",
        f"Right: {escape_text(label(right.get('ip_type'), IPType))} {escape_text(right.get('name'), 200)} {escape_text(right.get('registration_number') or '')}",
        f"Complainant: {escape_text(complainant.get('name'), 200)} ({escape_text(label(complainant.get('role'), Role))})",
        f"Listings: {len(complaint.get('listings') or [])} · owner: {person(record.get('created_by'))}",
    ]
    if complaint.get("platform_complaint_id"):
        lines.append(f"Platform id: {escape_text(complaint['platform_complaint_id'])}")
    events = record.get("events") or []
    history = [
        f"{escape_text(_when(e))}: {escape_text(label(e.get('from_status'), Status) or 'new')} → "
        f"{escape_text(label(e.get('to_status'), Status))} by {person(e.get('actor'))}"
        for e in events[-5:]
    ]
    blocks = [section("\n".join(lines))]
    if history:
        blocks.append(context("History: " + " · ".join(history)))
    return blocks


def _when(event: dict[str, Any]) -> str:
    """When a change happened, as every history shows it (the day, and when it was recorded if later)."""
    from assistant.domain.records import history_time

    try:
        return history_time(event["occurred_at"], event.get("recorded_at"))
    except (KeyError, TypeError, ValueError):  # an older record without its times: the day as stored
        return str(event.get("occurred_at", ""))[:10]


def due_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """What falls due: ours first, then the sellers' windows."""
    items = data.get("due") or []
    if not items:
        return [section(f"Nothing falls due in the next {int(data.get('days') or 0)} days.")]
    lines = []
    for item in items[:MAX_ROWS]:
        who = "*Our response*" if item.get("party") == "us" else "Seller's window"
        when = escape_text(item.get("due_on")) if item.get("due_on") else "date not published"
        when += f" ({escape_text(item['confidence_label'])})" if item.get("due_on") and item.get("confidence_label") else ""
        left = item.get("days_left")
        left_text = "" if left is None else (f" ({int(left)} days left)" if left >= 0 else f" (*{-int(left)} days overdue*)")
        lines.append(f"• {who} · complaint {escape_text(item.get('complaint_id'))} ({escape_text(label(item.get('site'), Site))}): {when}{left_text}")
    return [section(f"*Due in the next {int(data.get('days') or 0)} days*\n" + "\n".join(lines))] + _more(len(items), MAX_ROWS, "items")


def triage_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """A seller appeal's triage: the parts of the one view model (assistant/domain/appeals/view.py) the terminal and
    the chat show too, as Block Kit, each part in its own block (named by its block_id)."""
    from pydantic import ValidationError

    from assistant.domain.appeals import AppealTriage
    from assistant.domain.appeals.view import triage_view_model

    try:
        # Fields a front end adds around the triage (the CLI's reading notices) are not the triage's.
        model = triage_view_model(AppealTriage.model_validate({k: v for k, v in data.items() if k in AppealTriage.model_fields}))
    except ValidationError:  # a triage kept in an older conversation, before some of its fields existed
        label = data.get("recommendation_label") or str(data.get("recommendation") or "").replace("_", " ")
        return [section(f"*Recommendation: {escape_text(label)}*\n{escape_text(data.get('recommendation_reason'), 800)}")]
    return triage_view_blocks(model)


def _bullets(lines: Sequence[str], limit: int = 600) -> str:
    return "\n".join(f"• {escape_text(line, limit)}" for line in lines)


def triage_view_blocks(model: Any) -> list[dict[str, Any]]:
    """A triage's view model as blocks: recommendation and reason, deadline, grounds, each group of points, the seller's
    claims, the checklist, the draft reply, the standard and its sources, and the seller's text quoted."""
    about = f"_{escape_text(model.complaint[0].upper() + model.complaint[1:], 300)}_\n" if getattr(model, "complaint", "") else ""
    blocks = [section(f"{about}*Recommendation: {escape_text(model.recommendation_label)}*\n{escape_text(model.reason, 1500)}", "triage-summary")]
    if model.deadline:
        blocks.append(section(escape_text(model.deadline, 800), "triage-deadline"))  # names the day it counts from
    if model.grounds:
        # Quotes left out are counted before the quotes (a long line is cut at its end): every one is in the seller's text below.
        rows = [f"{row.ground} ({row.status})" + (f", attachments {row.attachments}" if row.attachments != "-" else "")
                + (f" ({len(row.words)} of its sentences quoted, {more_words_note(row)}: see the seller's text below)" if getattr(row, "more_words", 0) else "")
                + "".join(f" “{w}”" for w in getattr(row, "words", [])) for row in model.grounds]
        blocks.append(section("*The seller's grounds*\n" + _bullets(rows), "triage-grounds"))
    for group in model.points:
        blocks.append(section(f"*{escape_text(group.heading)}*\n" + _bullets(group.points, 800), f"triage-points-{group.kind}"))
    if model.claims:
        blocks.append(section("*What the seller says its documents show* (its words, quoted; claims, not evidence)\n"
                              + _bullets(model.claims), "triage-claims"))
    if model.checklist:
        steps = "\n".join(f"{i}. {escape_text(item, 600)}" for i, item in enumerate(model.checklist, 1))
        blocks.append(section("*Checklist for our response*\n" + steps, "triage-checklist"))
    if model.reading_notices:
        blocks.append(context("Reading the files: " + escape_text(" ".join(model.reading_notices), 1500)))
    if model.draft_reply:
        blocks.append(section("*Draft reply to the platform* (check it before sending; nothing was sent)\n"
                              + quoted(escape_text(model.draft_reply, SECTION_LIMIT - 300)), "triage-draft"))
    blocks.append(context(f"Standard: {escape_text(model.standard, 1200)}", "triage-standard"))
    if model.sources:
        blocks.append(context("Sources: " + " · ".join(escape_text(url, 300) for url in model.sources), "triage-sources"))
    if "".join(model.seller_lines).strip():
        body = "\n".join("> " + line for line in escape_text("\n".join(model.seller_lines), 1500).splitlines())
        if model.attachment_names:
            body += "\nAttachments: " + escape_text("; ".join(model.attachment_names), 500)
        note = f"_{escape_text(model.seller_text_note, 400)}_\n" if model.seller_text_note else ""
        blocks.append(section("*The seller's text* (quoted; nothing in it is followed)\n" + note + body, "triage-seller"))
    return blocks


def person(actor: Any) -> str:
    """Who did something, as people see them: a Slack user as a mention, anyone else by the name recorded."""
    user = user_of(str(actor or ""))
    return user_mention(user) if user else escape_text(str(actor or "someone"), 100)


PACKAGE_WHERE = {
    "here": "The zip is attached below in this thread.",
    "direct": "I sent you the zip in a direct message, as it holds the complaint's details.",
    "failed": "I could not upload the zip to Slack; ask again in a moment, or ask the team to send it to you.",
}


def export_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The filing package: its zip's name, where it went and what it holds (never the folder on the server)."""
    files = ", ".join(escape_text(name) for name in data.get("files") or [])
    where = PACKAGE_WHERE.get(data.get("where") or "", "")
    name = escape_text(data.get("filename") or "filing-package.zip", 200)
    return [section(f":package: *Filing package ready* ({name}). {where}\n{files}".strip())]


def key_value_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    lines = [f"{escape_text(str(key))}: {escape_text(json.dumps(value, default=str) if isinstance(value, (dict, list)) else str(value), 300)}" for key, value in list(data.items())[:20]]
    return [section("\n".join(lines))] if lines else []


_SECTION_BUILDERS = {
    "answer": answer_blocks,
    "checklist": checklist_blocks,
    "url_report": url_report_blocks,
    "validation": validation_blocks,
    "complaints": lambda data: complaints_blocks(data.get("complaints") or []),
    "complaint": complaint_blocks,
    "due": due_blocks,
    "triage": triage_blocks,
    "export": export_blocks,
    "good_faith": key_value_blocks,
}


def section_blocks(kind: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of one structured section of a reply; kinds the text already describes give none."""
    builder = _SECTION_BUILDERS.get(kind)
    return builder(data) if builder else []


def reply_blocks(
    text: str, sections: Iterable[tuple[str, dict[str, Any]]] = (), notices: Iterable[str] = (), *, pending_summary: str | None = None
) -> list[dict[str, Any]]:
    """A reply as blocks: notices, the text (without the change summary the confirmation shows), then its sections."""
    blocks = [context(f":information_source: {escape_text(notice, 600)}") for notice in notices]
    if pending_summary and text:
        text = text.replace(pending_summary, "").strip()
    blocks += text_sections(text)
    for kind, data in sections:
        blocks += section_blocks(kind, data)
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1] + [context("… the rest did not fit in one message; ask for less at a time.")]
    return blocks


def quoted(text: str) -> str:
    """Text shown as a quotation (each line marked '>'), the way Slack shows words to read before acting on them: a
    draft reply, the change to confirm. Never a code block, which reads as a program's output."""
    return "\n".join(f">{' ' + line if line.strip() else ''}" for line in text.split("\n"))


def fallback_text(text: str, default: str = "A reply from ipr-assistant") -> str:
    """The notification text of a message (shown where blocks are not): its first sentences, without markup, short
    and escaped."""
    first = re.sub(r"\*\*|__|`", "", (text or "").strip().split("\n\n")[0])
    first = re.sub(r"\s+", " ", first).strip()
    return escape_text(first, 300) or default


# --- confirmations and feedback ----------------------------------------------------------------------------------------


def change_value(thread_id: str, change_id: str) -> str:
    """What a Confirm / Cancel button carries: the conversation and the change it answers."""
    return json.dumps({"thread": thread_id, "change": change_id}, separators=(",", ":"))


def confirmation_blocks(thread_id: str, change_id: str, summary: str, requester: str, *, code: str | None = None) -> list[dict[str, Any]]:
    """The exact change, with Confirm / Cancel buttons (and its short code, when a typed yes with it counts). Nothing has
    happened yet."""
    value = change_value(thread_id, change_id)
    named = f"change {escape_text(code, 8)}, " if code else ""
    return [
        section(f"*Please confirm this change* ({named}asked by {user_mention(requester)})"),
        section(quoted(escape_text(summary, SECTION_LIMIT - 300))),
        {
            "type": "actions",
            "block_id": f"change-{change_id}"[:255],
            "elements": [
                {"type": "button", "action_id": CONFIRM_ACTION, "style": "primary", "value": value,
                 "text": {"type": "plain_text", "text": "Confirm"}},
                {"type": "button", "action_id": CANCEL_ACTION, "style": "danger", "value": value,
                 "text": {"type": "plain_text", "text": "Cancel"}},
            ],
        },
        context(f"Only {user_mention(requester)} or a member of legal can confirm or cancel"
                + (f", here or by answering `yes {escape_text(code, 8)}` in this thread." if code else ".")),
    ]


def decided_blocks(summary: str, approved: bool, decided_by: str, *, requester: str | None = None) -> list[dict[str, Any]]:
    """A confirmation message after the decision: who decided what (and for whom, when legal approved someone's
    change), and the change, without buttons."""
    verdict = f":white_check_mark: Confirmed by {user_mention(decided_by)}" if approved else f":x: Cancelled by {user_mention(decided_by)}: nothing was changed"
    if approved and requester and requester != decided_by:
        verdict += f" as approver; {user_mention(requester)} asked for it and stays the owner"
    return [section(verdict), section(quoted(escape_text(summary, SECTION_LIMIT - 300)))]


def continued_blocks(draft: str, thread_ts: str) -> list[dict[str, Any]]:
    """A new direct message carries on the open draft or the triage waiting for its text (``draft``, already escaped:
    'your open draft (...)'): said, with a way to start afresh."""
    return [
        section(f":arrow_right_hook: Carrying on with {draft}: I read your message as part of it."),
        {
            "type": "actions",
            "block_id": "continued",
            "elements": [
                {"type": "button", "action_id": AFRESH_ACTION, "value": thread_ts[:64],
                 "text": {"type": "plain_text", "text": "Start afresh"}},
            ],
        },
        context("Start afresh makes this thread a new conversation (or say \"start afresh\"); the draft is kept."),
    ]


def afresh_blocks() -> list[dict[str, Any]]:
    """What the note about carrying on becomes once the person starts afresh."""
    return [section(
        ":sparkles: Started afresh: this thread is a new conversation. Your open draft is kept, with anything you wrote "
        "to it before now. Tell me what you need."
    )]


def afresh_note_blocks() -> list[dict[str, Any]]:
    """The note about carrying on a draft, once the person started afresh (without its button)."""
    return [context(":arrow_right_hook: This thread carried on your open draft until you started afresh.")]


def feedback_block(thread_id: str, position: int | None = None) -> dict[str, Any]:
    """Thumbs up / down under an answer; the vote is stored with the conversation and the answer's place in it."""
    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": FEEDBACK_ACTION,
                "positive_button": {"text": {"type": "plain_text", "text": "Helpful"}, "value": _vote_value("good", thread_id, position)},
                "negative_button": {"text": {"type": "plain_text", "text": "Not helpful"}, "value": _vote_value("bad", thread_id, position)},
            }
        ],
    }


def _vote_value(vote: str, thread_id: str, position: int | None) -> str:
    return f"{vote}:{thread_id[:64]}" + (f":{position}" if position is not None else "")


def help_blocks(prefix: str | None = None) -> list[dict[str, Any]]:
    blocks = [section(escape_text(prefix))] if prefix else []
    # The placeholders (<ip-type>, <links>) are shown as typed, not read by Slack as links.
    return blocks + [section(HELP_TEXT.replace("<", "&lt;").replace(">", "&gt;"))]


def error_blocks(message: str, reference: str | None = None, hint: str | None = None) -> list[dict[str, Any]]:
    """A problem as people should see it: the message, a hint, a reference id; never a traceback."""
    text = f":warning: {escape_text(message, 1500)}"
    if hint:
        text += f"\n{escape_text(hint, 600)}"
    blocks = [section(text)]
    if reference:
        blocks.append(context(f"reference {escape_text(reference)}"))
    return blocks


def reminder_text(item: dict[str, Any], stage: str) -> str:
    """One deadline reminder, escaped: what is due, for which complaint, when."""
    due_on = escape_text(item.get("due_on"))
    complaint = escape_text(item.get("complaint_id"))
    site = escape_text(item.get("site"))
    if item.get("party") == "us":
        what = f"*Our response* to the seller's counter-notice on complaint {complaint} ({site})"
    else:
        what = f"The seller's window ({escape_text(str(item.get('kind', '')).replace('_', ' '))}) on complaint {complaint} ({site})"
    when = {"overdue": f"was due on {due_on}: *overdue*", "today": f"is due *today* ({due_on})"}.get(stage, f"is due on {due_on}")
    days = item.get("days_left")
    if stage == "soon" and days is not None:
        when += f" (in {int(days)} days)"
    note = f"\n_{escape_text(item.get('note'), 500)}_" if item.get("note") else ""
    return f":alarm_clock: {what} {when}.{note}"
