"""One conversation: a thread id, the complaint draft, the history, and whoever answers (the model or the guided mode).

``send`` takes one message and returns one reply; the state is saved after every turn, so a conversation resumes
where it stood (``ChatSession.open(..., thread_id=...)``). A yes or no answers a pending change when the front end's
rule lets a typed message answer (``answer_rule``; see assistant/agent/confirmation.py); anything else goes to the
model, or to the guided mode when there is no model or it cannot be reached (said once, nothing lost).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from assistant.agent import confirmation
from assistant.agent.conversations import ConversationStore, title_of
from assistant.agent.guards import MAX_MESSAGE_CHARS, cap_input
from assistant.agent.guided.dialogue import INTRO, GuidedMode
from assistant.agent.reply import Reply, Section
from assistant.agent.services import AssistantServices
from assistant.agent.state import ConversationState, Message
from assistant.agent.tools import ToolContext
from assistant.domain.deadlines import NO_DUE_DATE
from assistant.errors import ExternalServiceUnavailable

TokenSink = Callable[[str], None]


class Responder(Protocol):
    """Something that answers a message: the guided mode, or a model-driven agent."""

    mode: str

    def respond(self, ctx: ToolContext, text: str, *, on_token: TokenSink | None = None) -> Reply: ...

    def after_decision(self, ctx: ToolContext, approved: bool, summary: str, results: list[str]) -> None: ...


class GuidedResponder:
    """The guided mode as a responder."""

    mode = "guided"

    def __init__(self) -> None:
        self.dialogue = GuidedMode()

    def respond(self, ctx: ToolContext, text: str, *, on_token: TokenSink | None = None) -> Reply:
        return self.dialogue.respond(ctx, text)

    def after_decision(self, ctx: ToolContext, approved: bool, summary: str, results: list[str]) -> None:
        state = ctx.state
        if state.topic != "complaint":
            state.expecting = None if not approved else state.expecting
            return
        # The thread stays one case: after saving, later changes update the same complaint.
        state.expecting = None if approved else "review"


class ChatSession:
    """A conversation with the assistant over one thread."""

    def __init__(
        self,
        services: AssistantServices,
        conversations: ConversationStore,
        state: ConversationState,
        *,
        model: Responder | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        answer_rule: confirmation.AnswerRule = confirmation.AnswerRule.PLAIN,
    ):
        self.services = services
        self.conversations = conversations
        self.state = state
        self.model = model
        self.guided = GuidedResponder()
        self.max_message_chars = max_message_chars
        self.fallen_back = False
        self.answer_rule = answer_rule

    @classmethod
    def open(
        cls, services: AssistantServices, conversations: ConversationStore, *, thread_id: str | None = None,
        model: Responder | None = None, create: bool = True, answer_rule: confirmation.AnswerRule = confirmation.AnswerRule.PLAIN,
    ) -> ChatSession:
        """Resume the thread if it exists, else start it (with that id, or a new one)."""
        if thread_id and conversations.exists(thread_id):
            state = conversations.load(thread_id)
        elif thread_id and not create:
            state = conversations.load(thread_id)  # raises NotFound
        else:
            state = ConversationState(thread_id=thread_id) if thread_id else ConversationState()
        return cls(services, conversations, state, model=model, answer_rule=answer_rule)

    @property
    def ctx(self) -> ToolContext:
        return ToolContext(self.services, self.state)

    @property
    def mode(self) -> str:
        return self.model.mode if self.model is not None and not self.fallen_back else "guided"

    def send(self, text: str, *, on_token: TokenSink | None = None) -> Reply:
        """The reply to one message; the conversation is saved afterwards."""
        capped = cap_input(text, self.max_message_chars)
        if not capped.text.strip():
            return Reply(text="Your message was empty. Tell me what you need, or type /help.", mode=self.mode)
        self.state.history.append(Message(role="user", text=capped.text))
        typed = self.state.pending is not None and self.answer_rule != confirmation.AnswerRule.SEPARATE
        answer = confirmation.read_answer(capped.text) if typed else None
        reply = self._answer(answer) if answer is not None else self._respond(capped.text, on_token)
        if capped.notice:
            reply.notices.insert(0, capped.notice)
        answers = [str(s.data.get("answer")) for s in reply.sections if s.kind == "answer" and s.data.get("answer")]
        self.state.history.append(
            Message(role="assistant", text=reply.text, tool_calls=reply.tool_calls, answers=answers, citations=cited(reply))
        )
        for notice in reply.notices:
            self.state.history.append(Message(role="notice", text=notice))
        self.conversations.save(self.state)
        return reply

    def next_message(self, lines: list[str]) -> tuple[str, list[str]]:
        """Of lines that arrived together (a paste piped in), the next message to send and the lines left after it: a
        seller's text pasted as several lines is one message (assistant/agent/guided/appeal.py), anything else a line."""
        from assistant.agent.guided.appeal import paste_length

        count = max(1, paste_length(self.state, lines))
        return "\n".join(line.strip("\r\n") for line in lines[:count]), lines[count:]

    def _respond(self, text: str, on_token: TokenSink | None) -> Reply:
        if self.model is not None and not self.fallen_back:
            try:
                return self.model.respond(self.ctx, text, on_token=on_token)
            except ExternalServiceUnavailable as error:
                self.fallen_back = True
                reply = self.guided.respond(self.ctx, text)
                if not self.state.model_unreachable_told:
                    self.state.model_unreachable_told = True
                    reply.notices.insert(
                        0,
                        f"The language model cannot be reached ({error.message}). I carry on in the guided mode; "
                        "nothing of the conversation is lost.",
                    )
                return reply
        return self.guided.respond(self.ctx, text)

    def decide(self, change_id: str, approved: bool) -> Reply:
        """Answer the pending change named by id (or code) from outside the chat: a button, a separate prompt.

        Nothing runs when that change is no longer the one waiting (decided, replaced or never proposed).
        """
        pending = self.state.pending
        if pending is None or change_id not in (pending.id, pending.code):
            return Reply(text="That change was already decided, or replaced by a newer one. Nothing was changed.", mode=self.mode)
        self.state.history.append(Message(role="user", text=f"{'yes' if approved else 'no'} {pending.code}"))
        reply = self._decide(approved)
        self.state.history.append(Message(role="assistant", text=reply.text, tool_calls=reply.tool_calls))
        self.conversations.save(self.state)
        return reply

    def _answer(self, answer: confirmation.Answer) -> Reply:
        """A typed yes or no: bound to the change's code when one is given, and when the rule needs it."""
        pending = self.state.pending
        if answer.code is not None and answer.code != pending.code:
            return Reply(
                text=f"The change waiting is {pending.code}, not {answer.code}. Nothing was changed. "
                f"Answer `yes {pending.code}` to apply it, or `no`.",
                mode=self.mode, pending=pending,
            )
        if answer.approved and answer.code is None and self.answer_rule == confirmation.AnswerRule.CODE:
            return Reply(
                text=f"Nothing was changed. To apply change {pending.code}, answer `yes {pending.code}` "
                "(a bare yes does not count here), or `no` to cancel it.",
                mode=self.mode, pending=pending,
            )
        return self._decide(answer.approved)

    def _decide(self, approved: bool) -> Reply:
        ctx = self.ctx
        origin = self.state.pending.origin
        outcome = confirmation.decide(ctx, approved)
        reply = Reply(mode=self.mode, tool_calls=outcome.calls)
        decision = self.state.decisions[-1]
        if outcome.expired:
            reply.add(
                "That change waited too long and expired: nothing was changed. Ask again and I will show it afresh."
            )
        elif not approved:
            reply.add("Cancelled: nothing was changed, and the cancellation is recorded. The draft is kept; tell me what to change.")
        else:
            for result in outcome.results:
                reply.sections.append(Section(kind=result.kind, data=result.data))
                reply.add(describe_result(result.kind, result.data))
            if outcome.error:
                reply.add(f"Stopped: {outcome.error}")
        if origin == "model" and self.model is not None:
            self.model.after_decision(ctx, approved, decision.summary, decision.results)
        self.guided.after_decision(ctx, approved, decision.summary, decision.results)
        return reply

    # --- commands shared by the CLI and other front ends -----------------------------------------------------------

    def new(self) -> Reply:
        """Start a fresh conversation (the current one stays saved under its thread id)."""
        old = self.state.thread_id
        self.state = ConversationState()
        self.conversations.save(self.state)
        return Reply(text=f"Started a new conversation ({self.state.thread_id}). The previous one is kept as {old}.", mode=self.mode)

    def drafts(self) -> Reply:
        """The saved conversations and where their drafts stand."""
        rows = self.conversations.recent(20)
        data = {"conversations": [{"thread_id": t, "title": title, "updated_at": at.isoformat()} for t, title, at in rows]}
        text = "Resume one with `ipr-assistant chat --thread ID`." if rows else "No saved conversations yet."
        return Reply(text=text, sections=[Section(kind="conversations", data=data)], mode=self.mode)

    def status(self) -> Reply:
        reply = Reply(mode="guided")
        self.guided.dialogue.status_overview(self.ctx, reply)
        draft = self.state.draft
        if not draft.is_empty():
            reply.add(f"This conversation ({self.state.thread_id}): {title_of(self.state)}.")
        return reply

    def help(self) -> Reply:
        return Reply(text=INTRO, mode=self.mode)


def cited(reply: Reply) -> list[dict]:
    """The passages a reply's answers cite (source, section, title, link), each once."""
    found: list[dict] = []
    for section in reply.sections:
        if section.kind != "answer":
            continue
        for citation in section.data.get("citations") or []:
            entry = {key: citation.get(key) for key in ("source", "section", "title", "url")}
            if entry not in found:
                found.append(entry)
    return found


def describe_result(kind: str, data: dict) -> str:
    """One line saying what a state-changing tool did."""
    if kind == "draft_saved":
        return f"Saved as complaint draft **{data.get('complaint_id')}** (version {data.get('version')})."
    if kind == "export":
        files = ", ".join(data.get("files", []))
        manifest = (data.get("result") or {}).get("manifest_sha256")
        kept = f" Manifest SHA-256: {manifest} (keep it to prove later that nothing changed)." if manifest else ""
        return f"Filing package written to `{data.get('out_dir')}`: {files}.{kept}"
    if kind == "status_recorded":
        return f"Recorded: complaint {data.get('complaint_id')} is now '{data.get('status')}'."
    if kind == "counter_notice":
        due = data.get("response_due") or NO_DUE_DATE
        return (f"Recorded the seller's counter-notice (round {data.get('round')}) on complaint {data.get('complaint_id')}, received on "
                f"{data.get('received_on')}: it is now 'counter-notice received'. Our answer is due: {due}.")
    if kind == "counter_notice_day":
        from assistant.domain.records import DayCorrection
        from assistant.services.counter_notice_days import correction_words

        return correction_words(DayCorrection.model_validate(data))
    if kind == "refiled":
        missing = data.get("still_missing") or []
        return f"Saved the corrected complaint as draft **{data.get('complaint_id')}**, linked to rejected complaint {data.get('refiles')}." + (
            " Still missing before it can be filed: " + "; ".join(missing) if missing else " It passes validation.")
    if kind == "status_import":
        return "\n".join(data.get("summary", []))
    return re.sub(r"\s+", " ", str(data))[:300]
