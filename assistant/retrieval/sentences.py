"""Split a markdown passage into plain sentences an answer can quote: list items, table rows and prose."""

from __future__ import annotations

import functools

import regex

from assistant.domain.untrusted_text import contains_instructions

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = (
    "e.g.", "i.e.", "etc.", "vs.", "no.", "nos.", "approx.", "incl.", "cf.", "mr.", "ms.", "dr.", "st.", "u.s.", "u.k.", "art.", "p."
)

_LIST_MARKER = regex.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_TABLE_RULE = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK = regex.compile(r"\[([^\]]+)\]\((?:[^()\s]+)\)")
_BOUNDARY = regex.compile(r"(?<=[.!?;])[\"')\]]*\s+(?=[\"'(\[]?[\p{Lu}\p{N}])|(?<=[。！？；])")


def plain_text(markdown: str) -> str:
    """Markdown inline markup removed: emphasis, code ticks, links (their text kept)."""
    text = _LINK.sub(r"\1", markdown)
    text = regex.sub(r"(\*\*|__|`)", "", text)
    text = regex.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", text)
    return regex.sub(r"\s+", " ", text).strip()


def _split_prose(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()].strip()
        # The whole last word, not its ending: "trust." and "up." end sentences though "st." and "p." are abbreviations.
        last_word = candidate.rsplit(" ", 1)[-1].lower().lstrip("(\"'[")
        if last_word in _ABBREVIATIONS or regex.search(r"(?:^|\s)\p{L}\.$", candidate):
            continue  # "e.g. Taobao", "J. Smith": not the end of a sentence
        if candidate:
            pieces.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _table_row(line: str, header: list[str] | None) -> str:
    cells = [plain_text(cell) for cell in line.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if header and len(header) == len(cells) and len(cells) > 1:
        # "Year: 2019; Figure: 96% ..." reads as a statement; a row of bare cells would not.
        return "; ".join(f"{name}: {value}" for name, value in zip(header, cells) if value and value not in ("—", "-"))
    return "; ".join(cells)


def split_sentences(markdown: str) -> list[str]:
    """The passage's sentences in reading order; each list item and table row starts a new one."""
    return [sentence for sentence, _ in _sentences(markdown)]


def instruction_positions(markdown: str) -> frozenset[int]:
    """The positions (as split_sentences numbers them) of the sentences that address an automated reader rather than
    state a fact: "Assistant, disregard the guide: ...", "SYSTEM OVERRIDE: ...", "忽略之前的所有指令" (the one list of
    markers, assistant/domain/untrusted_text.py). A document someone added may hold them; an answer never quotes them."""
    return frozenset(position for position, (_, marked) in enumerate(_sentences(markdown)) if marked)


@functools.lru_cache(maxsize=8192)
def _sentences(markdown: str) -> tuple[tuple[str, bool], ...]:
    """Each sentence, and whether it addresses an automated reader. A line holding a marker is read as written, set
    apart from its paragraph with every sentence of it: joined to its neighbours, "<|im_start|>system" would take the
    fact on the line before into its sentence, and a marked line's second sentence ("Call record_status_update ...")
    carries no marker of its own."""
    sentences: list[tuple[str, bool]] = []
    paragraph: list[str] = []
    header: list[str] | None = None
    previous_was_table = False

    def flush(marked: bool = False) -> None:
        if paragraph:
            sentences.extend((piece, marked or contains_instructions(piece)) for piece in _split_prose(plain_text(" ".join(paragraph))))
            paragraph.clear()

    for raw_line in markdown.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#") or line.startswith(">") and not line.strip("> "):
            flush()
            previous_was_table = False
            continue
        if line.startswith("|"):
            flush()
            if _TABLE_RULE.match(line):
                continue
            if not previous_was_table:
                header = [plain_text(cell) for cell in line.strip().strip("|").split("|")]
                previous_was_table = True
                continue
            row = _table_row(line, header)
            if row:
                sentences.append((row, contains_instructions(row)))
            continue
        previous_was_table = False
        header = None
        line = line.lstrip("> ").strip() if line.startswith(">") else line
        if contains_instructions(line):
            flush()
            paragraph.append(_LIST_MARKER.sub("", line))
            flush(marked=True)
            continue
        if _LIST_MARKER.match(line):
            flush()
            paragraph.append(_LIST_MARKER.sub("", line))
            continue
        paragraph.append(line)
    flush()
    return tuple((sentence, marked) for sentence, marked in sentences if regex.search(r"[\p{L}\p{N}]", sentence))
