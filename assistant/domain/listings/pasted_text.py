"""Pasted text as people paste it: bytes to text (refusing what is not text), and lines to the words
that may be links, without bullets, brackets, quotes, markdown or trailing punctuation."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from assistant.errors import BadInput

MAX_PASTE_BYTES = 50 * 1024 * 1024
MAX_PASTE_LABEL = "50 MB"

# `[title](url)` and `[title](<url> "tooltip")` become just the url.
_MARKDOWN_LINK = re.compile(r"\[[^\[\]\n]*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
# Characters that never appear unencoded in a link: whitespace (incl. no-break and ideographic spaces),
# list separators, quotes, angle brackets, and full-width punctuation from Chinese and Japanese text.
_SEPARATORS = re.compile(r"[\s,;|\"<>`，；、。！？：（）【】「」『』《》〈〉“”‘’«»]+")
# Invisible characters that editors and chat apps slip into pasted links.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
# A line that is one clean http(s) link and nothing else, the usual case: it needs no splitting or
# stripping, and the same match splits it into host, path and query. Plain ASCII only, and it may not
# end in punctuation.
_LINK_CHAR = r"[^\s,;|\"<>`()\[\]{}'\\\x80-\U0010ffff"
# Each part begins at its own delimiter (/ ? #) that the part before cannot contain, so a line that
# fails the final check fails in linear time.
CLEAN_LINK_LINE = re.compile(
    rf"[hH][tT][tT][pP][sS]?://({_LINK_CHAR}/?#]*)((?:/{_LINK_CHAR}?#]*)?)(?:\?({_LINK_CHAR}#]*))?(?:#{_LINK_CHAR}]*)?(?<![.:!?])"
)
_LEADING = "([{*•·‣◦▪-–—>'+"
_TRAILING = ".,;:!?]}'…"

# Share of characters that may be control characters (or, for the second, unreadable) before the input
# counts as binary (or as text in another encoding).
_BINARY_SHARE = 0.10
_UNREADABLE_SHARE = 0.30
_SAMPLE_CHARS = 65_536


@dataclass(frozen=True)
class PastedText:
    """Text decoded from bytes, and the lines where bytes could not be read."""

    text: str
    unreadable_lines: tuple[int, ...] = ()


def decode_paste(data: bytes, *, limit: int = MAX_PASTE_BYTES, limit_label: str = MAX_PASTE_LABEL) -> PastedText:
    """Decode pasted bytes as UTF-8 (or UTF-16 with a byte-order mark), refusing binary, empty or oversized input.

    Bytes that are not valid UTF-8 become U+FFFD and the lines they are on are reported: the links on
    those lines get a problem of their own instead of silently changing.
    """
    if len(data) > limit:
        raise BadInput(
            f"The input is larger than {limit_label}; nothing was checked.",
            hint="Split the list into smaller files (a complaint takes at most 300 links anyway).",
        )
    text: str | None = None
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        if b"\x00" in data:
            raise BadInput("The input is binary (it contains NUL bytes), not text; nothing was checked.", hint=_TEXT_HINT)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
    if not text.strip():
        raise BadInput("The input is empty: there are no links to check.", hint="Give a file or paste links, one per line.")
    sample = text[:_SAMPLE_CHARS]
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f")
    if controls > _BINARY_SHARE * len(sample):
        raise BadInput("The input looks binary (mostly control characters), not text; nothing was checked.", hint=_TEXT_HINT)
    if "\ufffd" not in text:
        return PastedText(text)
    if sample.count("\ufffd") > _UNREADABLE_SHARE * len(sample):
        raise BadInput(
            "The input is not UTF-8 text (perhaps it was saved as GBK or Windows-1252); nothing was checked.",
            hint="Save the file as UTF-8 and try again.",
        )
    unreadable = tuple(number for number, line in enumerate(text.splitlines(), 1) if "\ufffd" in line)
    return PastedText(text, unreadable)


_TEXT_HINT = "Give a plain-text file (or paste) with one link per line."


def numbered_lines(text_or_lines: str | Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) for pasted text, or for a sequence where each item is a line."""
    lines = text_or_lines.splitlines() if isinstance(text_or_lines, str) else map(str, text_or_lines)
    return enumerate(lines, 1)


def _without_unopened_brackets(word: str) -> str:
    """Drop closing brackets (and the punctuation among them) that the word never opened.

    A closing bracket belongs to a link only when the link opened one: "(see https://x/a_(b))."
    """
    excess = word.count(")") - word.count("(")
    end = len(word)
    while excess > 0 and end and (word[end - 1] == ")" or word[end - 1] in _TRAILING):
        excess -= word[end - 1] == ")"
        end -= 1
    return word[:end].rstrip(_TRAILING)


def words(line: str) -> list[str]:
    """The words of one line that may be links, with wrapping punctuation removed; empty words dropped."""
    if CLEAN_LINK_LINE.fullmatch(line):
        return [line]
    if not line.isascii():
        line = line.translate(_INVISIBLE)
    if "&amp;" in line:  # links copied out of an HTML e-mail
        line = line.replace("&amp;", "&")
    if "](" in line:
        line = _MARKDOWN_LINK.sub(r" \1 ", line)
    found = []
    for word in _SEPARATORS.split(line):
        if word:
            word = word.lstrip(_LEADING).rstrip(_TRAILING)
            if word.endswith(")"):
                word = _without_unopened_brackets(word)
            if word:
                found.append(word)
    return found
