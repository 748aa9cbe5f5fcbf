"""A channel thread's earlier messages, read when the app is first mentioned midway through it.

People mention the app in a thread where colleagues already posted the links and the story; the app reads those
messages (Web API ``conversations.replies``) before answering. They are someone else's words, so they are data:
- bounded: at most MAX_MESSAGES messages and MAX_CHARS characters (the thread's first message and the latest
  ones), each cut to MAX_MESSAGE_CHARS; a few pages at most;
- fenced for the model as untrusted text (guards.fence_untrusted), which it is told never to obey;
- in the guided mode the marketplace links are taken from them (checked like links the person pastes, and proposed
  before anything is saved); the facts they state (the right, its number, the site...) are shown with the words they
  came from and enter the draft only when the person says "use the thread's details", each echoed and undoable;
- a message that reads like instructions to the assistant is reported to the person, never followed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError

from assistant.agent.guards import fence_untrusted
from assistant.agent.guided.drafting import thread_fact_lines
from assistant.domain.untrusted_text import contains_instructions
from assistant.domain.listings.checker import check_listing_urls
from integrations.slack.escape import from_slack

log = logging.getLogger(__name__)

MAX_MESSAGES = 30
MAX_CHARS = 6_000
MAX_MESSAGE_CHARS = 1_500
PAGE_SIZE = 100
MAX_PAGES = 3
MAX_LINKS = 50
# Message subtypes that are people writing; joins, bot posts, edits and the like are not read.
_PERSON_SUBTYPES = {None, "file_share", "thread_broadcast"}


@dataclass(frozen=True)
class Earlier:
    """One earlier message: whether the person now asking wrote it, and its text (plain, cut to size)."""

    by_asker: bool
    text: str


@dataclass(frozen=True)
class ThreadHistory:
    """The earlier messages kept (oldest first), and how many the thread had before the mention."""

    messages: tuple[Earlier, ...]
    total: int
    complete: bool = True  # False when the thread had more than the pages read

    @property
    def left_out(self) -> int:
        return self.total - len(self.messages)

    def fenced(self) -> str:
        """The messages as data for the model."""
        lines = [f"[{'the person asking' if m.by_asker else 'someone else'}] {m.text}" for m in self.messages]
        return fence_untrusted("\n".join(lines), "earlier messages of this Slack thread")

    def links(self) -> list[str]:
        """The marketplace links in the messages (as posted), each once."""
        found: list[str] = []
        report = check_listing_urls("\n".join(m.text for m in self.messages))
        for result in report.results:
            if result.site is not None and result.input not in found:
                found.append(result.input)
        return found[:MAX_LINKS]

    def facts_text(self) -> str:
        """The messages the facts of the case may be read from (one paragraph each): those that read like instructions
        are left out."""
        return "\n\n".join(m.text for m in self.messages if not contains_instructions(m.text))

    def has_instructions(self) -> bool:
        return any(contains_instructions(m.text) for m in self.messages)


def fetch(client: Any, channel: str, thread_ts: str, before_ts: str, *, asker: str, bot_user_id: str | None) -> ThreadHistory | None:
    """The thread's messages before ``before_ts`` written by people; None when Slack would not give them."""
    raw: list[dict[str, Any]] = []
    cursor = None
    try:
        for _ in range(MAX_PAGES):
            response = client.conversations_replies(
                channel=channel, ts=thread_ts, latest=before_ts, inclusive=False, limit=PAGE_SIZE, cursor=cursor
            )
            raw += [m for m in response.get("messages") or [] if isinstance(m, dict)]
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
    except SlackApiError as error:
        log.info("could not read the thread's earlier messages: %s", error.response.get("error"))
        return None
    people = [
        m for m in raw
        if isinstance(m.get("text"), str) and _before(m.get("ts"), before_ts) and not m.get("bot_id")
        and m.get("user") != bot_user_id and m.get("subtype") in _PERSON_SUBTYPES
    ]
    messages = [
        Earlier(by_asker=m.get("user") == asker, text=from_slack(m["text"], bot_user_id=bot_user_id)[:MAX_MESSAGE_CHARS])
        for m in people
    ]
    messages = [m for m in messages if m.text.strip()]
    return ThreadHistory(messages=_within_bounds(messages), total=len(messages), complete=not cursor)


def _before(ts: Any, before_ts: str) -> bool:
    try:
        return float(ts) < float(before_ts)
    except (TypeError, ValueError):
        return False


def _within_bounds(messages: list[Earlier]) -> tuple[Earlier, ...]:
    """The first message (it usually says what the thread is about) and the latest that fit the limits."""
    if not messages:
        return ()
    first, rest = messages[0], messages[1:]
    kept: list[Earlier] = []
    size = len(first.text)
    for message in reversed(rest):
        if len(kept) + 1 >= MAX_MESSAGES or size + len(message.text) > MAX_CHARS:
            break
        kept.append(message)
        size += len(message.text)
    return (first, *reversed(kept))


def offer_facts(session: Any, history: ThreadHistory) -> str | None:
    """In the guided mode, what the earlier messages state (the right, its number, the site...), each with the words
    it came from, to show under the reply; kept in the conversation and taken into the draft only when the person says
    "use the thread's details". Someone else's words never become facts of the case unseen."""
    if session.mode == "model" or not history.messages:
        return None
    facts_text = history.facts_text()
    facts = thread_fact_lines(facts_text) if facts_text else []
    if not facts:
        return None
    session.state.thread_facts = facts_text
    return ("Earlier messages in this thread also say (not used yet):\n" + "\n".join(f"- {line}" for line in facts)
            + "\nSay \"use the thread's details\" to take them into the complaint (each is shown to you again, and \"no\" "
            "undoes them), or tell me yourself.")


def read_into(session: Any, history: ThreadHistory, text: str) -> tuple[str, list[str]]:
    """The message to send for a first mention midway through a thread, and the notices telling the person what was read.

    The model gets the earlier messages fenced ahead of the person's words; the guided mode gets the person's words
    and the marketplace links posted earlier, when the message itself has none.
    """
    if not history.messages:
        return text, []
    count = len(history.messages)
    notices = [f"I read the {count} earlier message{'s' if count != 1 else ''} of this thread before answering."]
    if history.left_out:
        notices[0] += f" {history.left_out} more did not fit; I kept the first and the latest of them."
    if not history.complete:
        notices[0] += f" The thread is longer: I looked at its first {MAX_PAGES * PAGE_SIZE} messages only."
    if history.has_instructions():
        notices.append("An earlier message in this thread reads like instructions to me: I treat it as information only and follow none of it.")
    if session.mode == "model":
        return f"{history.fenced()}\n\nThe message I was mentioned in:\n{text}", notices
    links = history.links()
    if links and not check_listing_urls(text).results:
        notices.append(f"I took the {len(links)} marketplace link{'s' if len(links) != 1 else ''} posted earlier in this thread; they are checked like links you paste.")
        return f"{text}\n" + "\n".join(links), notices
    return text, notices
