"""Text between Slack and the assistant, made safe in both directions.

Outgoing: anything a person or the model wrote is escaped by Slack's rules (&, <, > become &amp;, &lt;, &gt;), so
no `<!channel>`, `<@U...>`, `<#C...>` or `<http://evil|trusted>` gets through as a mention or a disguised link.
Invisible characters that could disguise text (bidi overrides, zero-width characters) are removed, and bare
@channel / @here / @everyone are broken with a zero-width space. Only the app's own code builds real mentions
and links (``user_mention``, ``link``), from values it checked.

Incoming: Slack sends message text in its own format (``<https://x|label>``, ``&amp;``); ``from_slack`` turns it
back into plain text so the listing checker sees the real links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Slack's limits: a section's text, a message's fallback text.
SECTION_LIMIT = 3000
MESSAGE_LIMIT = 12000

_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BROADCAST_RE = re.compile(r"([@＠])(channel|here|everyone)\b", re.IGNORECASE)
_USER_ID_RE = re.compile(r"^[UW][A-Z0-9]{2,20}$")
_SLACK_TOKEN_RE = re.compile(r"<([^<>]*)>")
_MARKDOWN_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)


def clean(text: str) -> str:
    """Drop control and invisible characters (bidi overrides, zero-width joiners) that could disguise text."""
    text = _CONTROL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE_RE.sub("", text)


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _break_broadcasts(text: str) -> str:
    return _BROADCAST_RE.sub(lambda m: f"{m.group(1)}\u200b{m.group(2)}", text)


def truncate(text: str, limit: int) -> str:
    """Cut text to ``limit`` characters, saying so, without splitting an escape entity."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 2]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + " …"


def escape_text(text: str | None, limit: int = SECTION_LIMIT) -> str:
    """Text from a person or the model, safe to put in a mrkdwn or plain message: no mentions, no links it did not show."""
    if not text:
        return ""
    return truncate(_break_broadcasts(_entities(clean(str(text)))), limit)


def escape_markdown(text: str | None) -> str:
    """Text for a markdown stream or block: as escape_text, and markdown links and images are shown, not followed."""
    if not text:
        return ""
    escaped = _break_broadcasts(_entities(clean(str(text))))
    return escaped.replace("[", "\\[").replace("]", "\\]")


def to_mrkdwn(text: str | None, limit: int = SECTION_LIMIT) -> str:
    """The assistant's markdown (bold, headings) as Slack mrkdwn, escaped first so no text becomes a mention or a link."""
    escaped = escape_text(text, limit=10 * limit)
    escaped = _MARKDOWN_HEADING_RE.sub(lambda m: f"*{m.group(1).strip()}*", escaped)
    escaped = _MARKDOWN_BOLD_RE.sub(lambda m: f"*{m.group(1)}*", escaped)
    return truncate(escaped, limit)


def plain(text: str | None, limit: int = 75) -> str:
    """Text for a plain_text object (buttons, options, titles): not parsed by Slack, only cleaned and cut."""
    return truncate(clean(str(text or "")).replace("\n", " ").strip(), limit)


def user_mention(user_id: str) -> str:
    """A real mention of a user the app knows by id; anything that is not a user id is shown as text."""
    return f"<@{user_id}>" if _USER_ID_RE.match(user_id or "") else escape_text(user_id)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address Slack can show as a link, else None."""
    if not url:
        return None
    url = clean(url).strip()
    if any(ch in url for ch in "<>| \n\t\"") or len(url) > 2000:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        return None
    return url


def link(url: str | None, label: str | None = None) -> str:
    """A mrkdwn link whose target is the checked ``url``; an unusable URL is shown as escaped text instead."""
    target = safe_url(url)
    shown = escape_text(label or url or "", limit=300).replace("|", "¦")
    if target is None:
        return shown
    return f"<{target.replace('&', '&amp;')}|{shown}>" if label else f"<{target.replace('&', '&amp;')}>"


class StreamEscaper:
    """Escapes a streamed reply token by token for a markdown stream.

    Character escapes are safe at any token boundary; only '@channel' can be split across tokens, so a trailing
    '@word' is held back until the next token (or ``flush``) shows how it ends.
    """

    _HOLD_RE = re.compile(r"[@＠][A-Za-z]{0,8}$")

    def __init__(self) -> None:
        self._held = ""
        self.text = ""

    def feed(self, token: str) -> str:
        """The escaped text that can be sent now."""
        pending = self._held + (token or "")
        hold = self._HOLD_RE.search(pending)
        self._held = pending[hold.start() :] if hold else ""
        ready = pending[: hold.start()] if hold else pending
        out = escape_markdown(ready)
        self.text += out
        return out

    def flush(self) -> str:
        """Whatever was held back, escaped."""
        out, self._held = escape_markdown(self._held), ""
        self.text += out
        return out


def _token_to_plain(inner: str) -> str:
    target, _, label = inner.partition("|")
    if target.startswith(("@U", "@W", "@B")):
        return "@" + (label or target[1:])
    if target.startswith("#C") or target.startswith("#G"):
        return "#" + (label or target[1:])
    if target.startswith("!subteam^"):
        return label or "@group"
    if target.startswith("!"):
        return "@" + (label.lstrip("@") if label else target[1:].split("^")[0])
    if target.startswith("mailto:"):
        return label or target[len("mailto:") :]
    return target  # a link: the address itself, never its label (the checker needs the real URL)


def from_slack(text: str | None, *, bot_user_id: str | None = None) -> str:
    """Slack's message format as plain text: links become their addresses, mentions their names, entities characters.

    A mention of the app itself is dropped (it only says who the message is for).
    """
    if not text:
        return ""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", "", text)
    text = _SLACK_TOKEN_RE.sub(lambda m: _token_to_plain(m.group(1)), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
