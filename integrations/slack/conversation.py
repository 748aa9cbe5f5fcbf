"""A conversation turn in a Slack thread: the message goes to the same ChatSession as the CLI chat (agent, tools,
confirmations, thread persistence), and the reply comes back to the thread.

- Status while working (assistant.threads.setStatus).
- With a language model and a private audience (a direct message or the app's Messages tab) the reply streams
  (chat.startStream / appendStream / stopStream); the citations and feedback buttons come with the stop.
- In a channel the reply is posted when complete, because only then is it known whether it shows complaint
  details: if it does, it goes privately to the person who asked (chat.postEphemeral), never to the channel.
- A change waiting for confirmation is posted with Confirm / Cancel buttons; a typed yes or no counts only from the
  person who asked for it, or from legal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from slack_sdk.errors import SlackApiError

from assistant.agent.guards import UNGROUNDED_MARK
from assistant.agent.confirmation import read_answer
from assistant.agent.reply import Reply
from assistant.agent.session import describe_result
from assistant.agent.services import AssistantServices
from assistant.agent.state import PendingChange
from assistant.store.slack import ChangeRequest
from integrations.slack import blocks as b
from integrations.slack.continuity import link, start_afresh
from integrations.slack.feedback import answer_position
from integrations.slack.escape import StreamEscaper, escape_markdown, escape_text, user_mention
from integrations.slack.packages import hide_any_path, hide_server_paths, package_name, share_package
from integrations.slack.roles import Access, actor_of
from integrations.slack.thread_history import ThreadHistory, offer_facts, read_into
from integrations.slack.wiring import SlackWiring, shown_details, thread_id_for

log = logging.getLogger(__name__)

WORKING_STATUS = "is working on it..."


@dataclass(frozen=True)
class Turn:
    """One message to answer: where it came from and who wrote it."""

    channel: str
    thread_ts: str
    user: str
    text: str
    team: str | None = None
    private: bool = False  # only the person sees the thread (a direct message with the app)
    conversation: str | None = None  # the conversation this message carries on, when not its own thread's (continuity.py)
    continued: str | None = None  # the draft carried on, when this message is the first to carry it on: said in the thread
    earlier: ThreadHistory | None = None  # the thread's earlier messages, when first mentioned midway (thread_history.py)
    files: tuple[dict[str, Any], ...] = ()  # files shared with the message (Slack file objects): read for an appeal triage

    @property
    def own_thread_id(self) -> str:
        return thread_id_for(self.channel, self.thread_ts)

    @property
    def thread_id(self) -> str:
        """The conversation this message belongs to."""
        return self.conversation or self.own_thread_id


def set_status(client: Any, turn: Turn, status: str) -> None:
    """Show (or, with "", clear) the app's status in the thread; a workspace without the feature is no reason to fail."""
    try:
        client.assistant_threads_setStatus(channel_id=turn.channel, thread_ts=turn.thread_ts, status=status)
    except SlackApiError as error:
        log.debug("assistant.threads.setStatus failed: %s", error.response.get("error"))


def post_private(client: Any, turn: Turn, blocks: list[dict], text: str) -> None:
    """A reply only the person who asked can see: in their direct message, or ephemeral in the channel's thread."""
    thread_ts = turn.thread_ts or None
    if turn.private:
        client.chat_postMessage(channel=turn.channel, thread_ts=thread_ts, blocks=blocks, text=text)
    else:
        client.chat_postEphemeral(channel=turn.channel, user=turn.user, thread_ts=thread_ts, blocks=blocks, text=text)


def answer_in_thread(wiring: SlackWiring, client: Any, access: Access, turn: Turn) -> None:
    """Run one message through the thread's conversation and post the reply (a failure goes to the app's error
    handler, errors.py)."""
    set_status(client, turn, WORKING_STATUS)
    services = wiring.services_for(access)
    try:
        with wiring.conversation_lock(turn.thread_id):
            session = wiring.session(turn.thread_id, services)
            if turn.conversation is not None:
                link(session.state, turn.own_thread_id)
            text, notices, offered = _first_reading(session, turn)
            before = session.state.pending
            answer = read_answer(turn.text) if before is not None else None
            decision = answer.approved if answer is not None else None
            if before is not None:
                request = wiring.store.change(before.id)
                if not access.may_decide(request.requester if request else turn.user):
                    # Someone else's change waits in this thread: they see neither its summary nor a reply built on it.
                    (refuse_decision if decision is not None else tell_change_waits)(client, turn, request)
                    return
                if decision is not None and request is not None and request.requester != turn.user:
                    services = services_deciding(wiring, access, request)
                    session = wiring.session(turn.thread_id, services)
            if turn.continued is not None:
                post_continued(client, turn)
            if turn.files and _files_only(wiring, client, access, session, turn):
                return
            stream, escaper, reply = _send(client, turn, session, text)
            reply.notices[:0] = notices
            if offered:
                reply.add(offered)
            position = answer_position(session.state)
            if decision is not None and session.state.pending is None:
                mark_decided(wiring, client, before, approved=decision, decided_by=turn.user)
                if decision:
                    record_approvals(wiring, reply, access, wiring.store.change(before.id), before.summary)
            proposed = reply.pending if reply.pending is not None and (before is None or reply.pending.id != before.id) else None
            if proposed is not None:
                wiring.store.remember_change(proposed.id, turn.thread_id, turn.user, turn.channel)
        if stream is not None:
            finish_stream(stream, escaper, reply, turn, position)
        else:
            post_reply(wiring, client, turn, reply, services, position=position)
        if proposed is not None:
            post_confirmation(wiring, client, turn, proposed)
    finally:
        set_status(client, turn, "")


def _first_reading(session: Any, turn: Turn) -> tuple[str, list[str], str | None]:
    """(the message to send, the notices saying what was read, the thread's facts offered): a first mention midway
    through a thread reads its earlier messages first."""
    if turn.earlier is None or session.state.history:
        return turn.text, [], None
    text, notices = read_into(session, turn.earlier, turn.text)
    return text, notices, offer_facts(session, turn.earlier)


def _files_only(wiring: SlackWiring, client: Any, access: Access, session: Any, turn: Turn) -> bool:
    """Keep the files shared with the message for the next appeal triage; True when that was all the message did (and
    the person was told)."""
    from integrations.slack.forms import keep_shared_files

    kept = keep_shared_files(wiring, access, session.state, list(turn.files))
    if not kept or turn.text.strip():
        return False
    wiring.conversations.save(session.state)
    said = (f"I have read {len(kept)} file(s) ({', '.join(kept)[:300]}). Paste the seller's counter-notice (and "
            "name the complaint) and I will triage it with them.")
    post_private(client, turn, [b.section(escape_text(said))], said)
    return True


def _send(client: Any, turn: Turn, session: Any, text: str) -> tuple[Any, StreamEscaper, Reply]:
    """The conversation's reply, streamed into a direct message as it comes when a model writes it."""
    stream = open_stream(client, turn) if turn.private and session.mode == "model" else None
    escaper = StreamEscaper()
    on_token = (lambda token: _append(stream, escaper.feed(token))) if stream else None
    try:
        return stream, escaper, session.send(text, on_token=on_token)
    except BaseException:
        if stream is not None and escaper.text:
            stream.stop(markdown_text="\n\n(stopped by an error)")
        raise


def afresh(wiring: SlackWiring, client: Any, access: Access, turn: Turn) -> None:
    """"Start afresh", typed or clicked in a direct message: the thread becomes a new conversation."""
    if start_afresh(wiring, turn.channel, turn.thread_ts):
        client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, blocks=b.afresh_blocks(), text="Started afresh.")
    else:
        text = ("This thread is a conversation of its own already. To start afresh, write \"start afresh\" as a new message "
                "(not in this thread); this thread's draft is kept.")
        post_private(client, turn, [b.section(escape_text(text))], "This thread is a conversation of its own already.")


def post_continued(client: Any, turn: Turn) -> None:
    """Say that this message carries on an open draft, with the button that makes the thread a new conversation."""
    blocks = b.continued_blocks(turn.continued or "", turn.thread_ts)
    client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, blocks=blocks, text=f"Carrying on with {turn.continued}.")


def open_stream(client: Any, turn: Turn) -> Any:
    """A streamed reply in the thread (chat.startStream on the first text, appendStream after, stopStream at the end)."""
    return client.chat_stream(channel=turn.channel, thread_ts=turn.thread_ts, recipient_team_id=turn.team, recipient_user_id=turn.user)


def _append(stream: Any, text: str) -> None:
    if text:
        stream.append(markdown_text=text)


def _sections(reply: Reply) -> list[tuple[str, dict]]:
    return [(section.kind, section.data) for section in reply.sections]


def finish_stream(stream: Any, escaper: StreamEscaper, reply: Reply, turn: Turn, position: int | None = None) -> None:
    """End a streamed reply: what was held back, the text if nothing streamed (guided fallback), then sources and feedback."""
    tail = escaper.flush()
    if not escaper.text.strip():
        tail += escape_markdown(in_slack_words(reply.text))
    elif reply.grounded is False and UNGROUNDED_MARK not in escaper.text:
        tail += "\n\n" + escape_markdown(UNGROUNDED_MARK)
    extra = b.reply_blocks("", _sections(reply), reply.notices)
    rated = [] if reply.pending is not None else [b.feedback_block(turn.thread_id, position)]  # a yes asked for is not rated
    stream.stop(markdown_text=tail or None, blocks=[*extra[: b.MAX_BLOCKS - 1], *rated])


def post_reply(
    wiring: SlackWiring, client: Any, turn: Turn, reply: Reply, services: AssistantServices, *, position: int | None = None
) -> None:
    """Post a complete reply in the thread; privately when it shows complaint details outside a direct message.

    A filing package the reply wrote is uploaded as a zip (packages.py); the reply says where it went, never the
    folder on the server.
    """
    text, sections = reply.text, _sections(reply)
    exports = [data for kind, data in sections if kind == "export"]
    for data in exports:
        text = text.replace(describe_result("export", data), "").strip()
    if exports:
        shared = [share_export(wiring, client, turn, data, reply) for data in exports]
        sections = [(kind, data) for kind, data in sections if kind != "export"] + [("export", data) for data in shared]
    text = hide(wiring, in_slack_words(text))
    summary = hide(wiring, reply.pending.summary) if reply.pending else None
    blocks = b.reply_blocks(text, sections, reply.notices, pending_summary=summary)
    if reply.pending is None:  # a reply asking for a yes is answered by the card's buttons, never rated
        blocks.append(b.feedback_block(turn.thread_id, position))
    fallback = b.fallback_text(text)
    if shown_details(services) and not turn.private:
        client.chat_postEphemeral(channel=turn.channel, user=turn.user, thread_ts=turn.thread_ts, blocks=blocks, text=fallback)
    else:
        client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, blocks=blocks, text=fallback)


# What the shared dialogue says about the terminal chat's commands, said as Slack does it.
SLACK_WORDS = {
    "Commands: /new /drafts /status /help /quit.": (
        "Commands: `/ipr help` lists them; to start a new conversation, say \"start afresh\" in our direct messages "
        "or mention me in a new thread."
    ),
    "To start over, use /new.": "To start over, say \"start afresh\" in our direct messages, or mention me in a new thread.",
}


def in_slack_words(text: str) -> str:
    """A reply with the terminal chat's commands replaced by what does the same in Slack."""
    for cli, slack in SLACK_WORDS.items():
        text = text.replace(cli, slack)
    return text


def hide(wiring: SlackWiring, text: str) -> str:
    """Text for Slack without the server's folders (the data directory and where packages are written, then any other)."""
    return hide_any_path(hide_server_paths(text, [wiring.settings.home, Path(wiring.services.packages_dir)]))


def share_export(wiring: SlackWiring, client: Any, turn: Turn, data: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """Upload an exported package; what the reply shows about it (files, and where the zip went)."""
    complaint_id = next((s.data.get("complaint_id") for s in reply.sections if s.data.get("complaint_id")), None)
    filename = package_name(complaint_id)
    shown = {"files": data.get("files") or [], "filename": filename, "where": None}
    folder = Path(str(data.get("out_dir") or ""))
    if not folder.is_dir():
        return shown
    try:
        shared = share_package(client, folder=folder, filename=filename, channel=turn.channel, thread_ts=turn.thread_ts or None,
                               user=turn.user, private=turn.private)
        shown["where"] = shared.where
    except SlackApiError as error:
        log.warning("could not upload the filing package: %s", error.response.get("error"))
        shown["where"] = "failed"
    return shown


def post_confirmation(wiring: SlackWiring, client: Any, turn: Turn, change: PendingChange) -> None:
    """The exact change with Confirm / Cancel buttons, remembered so the buttons can be replaced by the decision."""
    blocks = b.confirmation_blocks(turn.thread_id, change.id, hide(wiring, change.summary), turn.user, code=change.code)
    response = client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, blocks=blocks, text="Please confirm this change.")
    if response.get("ts"):
        wiring.store.set_change_message(change.id, turn.channel, response["ts"])


def refuse_decision(client: Any, turn: Turn, request: ChangeRequest | None) -> None:
    who = user_mention(request.requester) if request else "the person who asked"
    text = f"Only {who} or a member of legal can confirm or cancel this change. Nothing was changed."
    post_private(client, turn, [b.section(text)], "Only the person who asked, or legal, can confirm this change.")


def services_deciding(wiring: SlackWiring, access: Access, request: ChangeRequest) -> AssistantServices:
    """The services a decision runs with: the requester's, so what they asked for stays theirs whoever confirms it."""
    if request.requester == access.user_id:
        return wiring.services_for(access)
    return wiring.services_for(Access(request.requester, wiring.directory))


def record_approvals(wiring: SlackWiring, reply: Reply, access: Access, request: ChangeRequest | None, summary: str) -> None:
    """When someone other than the requester (legal) confirmed, note them as approver of each complaint it touched."""
    if request is None or request.requester == access.user_id:
        return
    touched = {str(section.data["complaint_id"]) for section in reply.sections if section.data.get("complaint_id")}
    for complaint_id in sorted(touched):
        wiring.services.complaints.record_approval(
            complaint_id, approver=access.actor, requested_by=actor_of(request.requester), change=summary
        )


def tell_change_waits(client: Any, turn: Turn, request: ChangeRequest | None) -> None:
    who = user_mention(request.requester) if request else "the person who asked"
    text = f"A change asked for by {who} is waiting for their confirmation in this thread. Ask me in a new thread or a direct message."
    post_private(client, turn, [b.section(text)], "A change in this thread is waiting for confirmation.")


def mark_decided(
    wiring: SlackWiring, client: Any, change: PendingChange, *, approved: bool, decided_by: str, clicked: tuple[str, str] | None = None
) -> None:
    """Replace a confirmation message's buttons by who decided what. `clicked`: the (channel, ts) of the message whose
    button decided it, for when the click comes before the app has noted where it posted that message."""
    request = wiring.store.change(change.id)
    if request is None:
        return
    where = (request.channel, request.message_ts) if request.message_ts else clicked
    if not where or not where[0] or not where[1]:
        return
    try:
        client.chat_update(
            channel=where[0], ts=where[1],
            blocks=b.decided_blocks(hide(wiring, change.summary), approved, decided_by, requester=request.requester),
            text="Confirmed." if approved else "Cancelled.",
        )
    except SlackApiError:
        log.warning("could not update the confirmation message of change %s", change.id)


def decide_change(
    wiring: SlackWiring, client: Any, access: Access, request: ChangeRequest, change_id: str, approved: bool, turn: Turn,
    clicked: tuple[str, str] | None = None,
) -> None:
    """A Confirm or Cancel click: only the person who asked or legal; only the change still pending; then run or drop it."""
    if not access.may_decide(request.requester):
        refuse_decision(client, turn, request)
        return
    services = services_deciding(wiring, access, request)
    turn = replace(turn, conversation=request.thread_id)  # the reply's feedback belongs to the change's conversation
    with wiring.conversation_lock(request.thread_id):
        session = wiring.session(request.thread_id, services)
        pending = session.state.pending
        if pending is None or pending.id != change_id:
            text = "This change was already decided, or replaced by a newer one. Nothing was changed."
            post_private(client, turn, [b.section(text)], text)
            return
        reply = session.decide(change_id, approved)
        mark_decided(wiring, client, pending, approved=approved, decided_by=turn.user, clicked=clicked)
        if approved:
            record_approvals(wiring, reply, access, request, pending.summary)
        if reply.pending is not None:
            wiring.store.remember_change(reply.pending.id, request.thread_id, turn.user, turn.channel)
        position = answer_position(session.state)
    post_reply(wiring, client, turn, reply, services, position=position)
