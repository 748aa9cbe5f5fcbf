"""A seller's reply pasted as an email thread: its newest message, and the earlier messages quoted below it.

Support often pastes the seller's email as it stands in the mail client: the seller's newest message on top, then
the messages it answers ("-----Original Message-----", "On Thu, 26 Nov 2026, X wrote:", "From: / Sent: / Subject:",
"------------------ 原始邮件 ------------------", "El jue, ... escribió:", "Am ... schrieb ...:", lines marked '>').
Only the newest message is the seller's counter-notice. The quoted messages are context (often our own earlier email:
"We confirm that ... has never authorised ..."), never the seller's claims and never its grounds.

Where the quoted part starts is read by mail-parser-reply (MIT, pure Python, offline), which knows the reply headers of
the common mail clients in many languages. The newest message is returned verbatim (a prefix of the text), so every
quote taken from it is in the seller's text as sent.
"""

from __future__ import annotations

import re

from mailparser_reply import EmailReplyParser

# The languages whose reply headers are recognised: those the sellers and our teams write in, that the library knows.
_LANGUAGES = ["en", "zh", "es", "de", "fr", "it", "nl", "pl", "ja", "ko"]
_PARSER = EmailReplyParser(languages=_LANGUAGES)
_QUOTE_MARK_RE = re.compile(r"^\s*(?:>\s*)+")
# A separator line a mail client puts above the quoted message ('------------------ 原始邮件 ------------------',
# '________________________________'): the thread's, never the seller's words.
# A header line of a forwarded or quoted message ('From: Kevin', 'Sent: ...', '发件人: ...') or a separator line.
# The header names are the fields mail clients write above a quoted message (English, Chinese, Spanish, German, French,
# Italian), a fixed set.
_HEADER_LINE_RE = re.compile(
    r"^\s*(?:[-_=*]{5,}.*|(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|发件人|发送时间|收件人|抄送|主题|日期|时间|De|Enviado|Para"
    r"|CC|Asunto|Fecha|Von|Gesendet|An|Betreff|Datum|Envoyé|À|Objet|Da|Inviato|A|Oggetto)\s*[:：].*)$"
)
_SEPARATOR_RE = re.compile(r"\n[ \t]*[-_=*]{5,}[^\n]*?[-_=*]*[ \t]*$")


def newest_message(text: str) -> str:
    """The seller's newest message of a pasted email thread: the text before the first earlier message quoted in it.
    The whole text when nothing is quoted, or when nothing of the seller's own stands before the quoted part."""
    start = quoted_start(text)
    start = _marked_block_start(text) if start is None else start
    return text if start is None else _SEPARATOR_RE.sub("", text[:start].rstrip()).rstrip()


def quoted_start(text: str) -> int | None:
    """Where the earlier messages quoted in a pasted email thread start (the offset of the line that opens them), or
    None when the text quotes none after words of its own."""
    if not text or not text.strip():
        return None
    replies = _PARSER.read(text=text).replies
    if len(replies) < 2 or not _content(replies[0]):
        return None
    cursor = _end_of(text, replies[0])
    for reply in replies[1:]:
        first = _first_line(reply)
        if not first:
            continue
        at = text.find(first, cursor)
        if at < 0:
            return None  # the library's lines are not found as written: the text is left whole, never cut wrongly
        line_start = text.rfind("\n", 0, at) + 1
        return line_start if text[:line_start].strip() else None
    return None


def quoted_line(lines: list[str]) -> int | None:
    """Of lines pasted together, the index of the line where the earlier messages quoted in an email thread start, or
    None when they quote none: the lines before it are the seller's newest message, whatever their words."""
    text = "\n".join(lines)
    start = quoted_start(text)
    start = _marked_block_start(text) if start is None else start
    return None if start is None else text.count("\n", 0, start)


def in_quoted_part(line: str) -> bool:
    """Whether a line reads as part of a quoted earlier message: marked '>', a header ('From: ...', '发件人: ...'), or a
    separator line."""
    return bool(_QUOTE_MARK_RE.match(line) or _HEADER_LINE_RE.match(line))


def _marked_block_start(text: str) -> int | None:
    """Where a block of lines marked '>' that runs to the end of the text starts, with the line that introduces it
    when that line ends in a colon (a reply header in a language the library misses: 'El jue, ... escribió:'). None
    when there is no such block, or nothing of the seller's own stands before it."""
    lines = text.splitlines(keepends=True)
    first = len(lines)
    while first > 0 and (_QUOTE_MARK_RE.match(lines[first - 1]) or not lines[first - 1].strip()):
        first -= 1
    if first == len(lines) or not any(_QUOTE_MARK_RE.match(line) for line in lines[first:]):
        return None
    if first > 0 and lines[first - 1].rstrip().endswith((":", "：")):
        first -= 1
    start = sum(len(line) for line in lines[:first])
    own = [line for line in lines[:first] if line.strip() and not _HEADER_LINE_RE.match(line)]
    return start if own else None


def _content(reply) -> str:
    return (reply.body or "").strip()


def _first_line(reply) -> str:
    """The first non-blank line of a quoted reply (its header when it has one), without quote marks ('> ')."""
    for part in (reply.headers, reply.body):
        for line in (part or "").splitlines():
            line = _QUOTE_MARK_RE.sub("", line).strip()
            if line:
                return line
    return ""


def _end_of(text: str, reply) -> int:
    """The offset just after the newest message's last line as it stands in the text (0 when it is not found)."""
    lines = [line.strip() for line in _content(reply).splitlines() if line.strip()]
    at = text.find(lines[-1]) if lines else -1
    return at + len(lines[-1]) if at >= 0 else 0
