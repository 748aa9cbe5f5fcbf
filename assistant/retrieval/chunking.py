"""Markdown into passages: front matter, sections by heading, 'Sources:' lines mapped to public addresses.

A corpus file looks like::

    ---
    title: Filing a complaint
    sites: [aliexpress, taobao]
    topics: [complaints]
    sources:
      - {id: ipp-faq, url: https://ipp.alibabagroup.com/faq/en.htm, title: IPP FAQ, date: undated}
    ---
    # Filing a complaint
    ## Link rules
    At most 300 links per complaint ...
    Sources: ipp-faq

Each section becomes one passage (long ones are split on paragraphs); its heading path below the document
title is the passage's section, and the ids on its 'Sources:' line become the passage's urls.

A sentence that rests on some of a section's sources, not all, names them in a marker before its full stop::

    The online form takes at most 10 links per notice [^ustels-webform].
    Both say so [^ipp-faq][^secagroup-alibaba].

The marker is taken out of the text (the wording stays the project's own) and kept per sentence (Chunk.sentence_urls),
so an answer quoting the sentence cites the pages it rests on; a sentence without one rests on the section's 'Sources:'
line. A source named only in markers is added to the passage's urls.
A marker naming no source id of the document is ordinary text (a footnote in someone's own file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from assistant.retrieval.passages import Chunk, chunk_id, text_hash
from assistant.retrieval.sentences import plain_text, split_sentences

# Passages longer than this are split on paragraphs: the model reads at most 256 tokens (about 1,000 characters of English).
MAX_CHUNK_CHARS = 1000

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_ASKED_LINE = re.compile(r"^\s*[*_]{0,2}Asked as[*_]{0,2}\s*:\s*[*_]{0,2}\s*(.*)$", re.IGNORECASE)
_SOURCES_LINE = re.compile(r"^\s*[*_]{0,2}Sources?[*_]{0,2}\s*:\s*[*_]{0,2}\s*(.*)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+")
_SOURCE_MARK = re.compile(r"[ \t]*\[\^([^\]\s]+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?;。！？])\s+")


@dataclass
class Document:
    """A parsed document: its metadata and its body (markdown) before chunking."""

    title: str
    body: str
    sites: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    source_urls: dict[str, str] = field(default_factory=dict)  # source id -> public address
    markdown: bool = True  # False for plain text: a line starting with '#' is not a heading there
    checked: str | None = None  # front matter's last_verified


@dataclass
class Section:
    """The text under one heading (without its subsections), with its heading path."""

    path: list[str]
    text: str


def split_front_matter(text: str) -> tuple[dict, str]:
    """The YAML front matter (empty if none or unparsable) and the body after it."""
    text = text.lstrip("\ufeff")
    match = re.match(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[match.end() :]


def as_labels(value) -> list[str]:
    """Front-matter sites/topics (a list or a comma-separated string) as lower-case labels."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else re.split(r"[,;]", str(value))
    labels = []
    for item in items:
        label = str(item).strip().lower()
        if label and label not in labels:
            labels.append(label)
    return labels


def source_urls(sources) -> dict[str, str]:
    """Map each front-matter source id to its public address."""
    urls: dict[str, str] = {}
    for entry in sources or []:
        if isinstance(entry, dict) and entry.get("id") is not None and entry.get("url"):
            urls[str(entry["id"]).strip()] = str(entry["url"]).strip()
    return urls


def parse_markdown(text: str, *, default_title: str) -> Document:
    """Read a markdown file's front matter and body; the title comes from front matter, else the first '# ' heading."""
    meta, body = split_front_matter(text)
    title = str(meta.get("title") or "").strip() or first_h1(body) or default_title
    return Document(
        title=title,
        body=body,
        sites=as_labels(meta.get("sites") or meta.get("site")),
        topics=as_labels(meta.get("topics") or meta.get("topic")),
        source_urls=source_urls(meta.get("sources")),
        checked=str(meta["last_verified"]) if meta.get("last_verified") else None,
    )


def first_h1(body: str) -> str | None:
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match and len(match.group(1)) == 1:
            return match.group(2).strip()
    return None


def sections(body: str, title: str) -> list[Section]:
    """Split a markdown body at its headings. A '# ' heading equal to the title (or the first one) is the
    document title and not part of the path; headings inside code fences are text."""
    result: list[Section] = []
    stack: list[tuple[int, str]] = []  # (level, heading) of the current path
    lines: list[str] = []
    in_fence = False
    seen_title = False

    def flush():
        result.append(Section(path=[h for _, h in stack], text="\n".join(lines).strip()))
        lines.clear()

    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if not match:
            lines.append(line)
            continue
        level, heading = len(match.group(1)), match.group(2).strip()
        if level == 1 and not seen_title and (heading == title or not stack):
            seen_title = True  # the document's own title heading
            flush()
            continue
        flush()
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
    flush()
    return [s for s in result if s.text]


def take_sources(text: str, urls_by_id: dict[str, str]) -> tuple[str, list[str]]:
    """Strip 'Sources: id1, id2' lines from a section; return the text and the cited addresses, in order."""
    kept, urls = [], []
    for line in text.splitlines():
        match = _SOURCES_LINE.match(line)
        tokens = [t.strip("[]()`*_ .") for t in re.split(r"[,;]\s*|\s+", match.group(1))] if match else []
        cited = [urls_by_id.get(t) or (t if _URL.fullmatch(t) else None) for t in tokens]
        # Without a sources list, a "Source: ..." line that cites no address is ordinary text (a person's own notes).
        if not match or not (urls_by_id or any(cited)):
            kept.append(line)
            continue
        for url in cited:
            if url and url not in urls:
                urls.append(url)
    return "\n".join(kept).strip(), urls


def take_sentence_sources(text: str, urls_by_id: dict[str, str]) -> tuple[str, dict[str, list[str]]]:
    """Take the '[^source-id]' markers out of a section's text; return the text and, for each sentence that carried
    markers (as split_sentences reads it without them), the addresses of the sources it names, in order."""
    if not urls_by_id or "[^" not in text:
        return text, {}

    def named(match: re.Match) -> str:
        return "" if match.group(1) in urls_by_id else match.group(0)

    marked: dict[str, list[str]] = {}
    for sentence in split_sentences(text):
        urls = [urls_by_id[m] for m in _SOURCE_MARK.findall(sentence) if m in urls_by_id]
        if urls:
            marked[plain_text(_SOURCE_MARK.sub(named, sentence))] = list(dict.fromkeys(urls))
    return _SOURCE_MARK.sub(named, text), marked


def sentence_sources(text: str, marked: dict[str, list[str]], section_urls: list[str]) -> list[list[str]]:
    """For each sentence of a passage (split_sentences), the addresses it rests on: those its markers named, else the
    section's 'Sources:' line. Empty when no sentence of the passage carries a marker (each rests on the passage's urls)."""
    sentences = split_sentences(text)
    if not any(sentence in marked for sentence in sentences):
        return []
    return [marked.get(sentence) or list(section_urls) for sentence in sentences]


def take_questions(text: str) -> tuple[str, list[str]]:
    """Strip 'Asked as: question? | question?' lines from a section; return the text and the questions.

    They say how people ask for what the section answers: the search reads them, an answer never quotes them."""
    kept, questions = [], []
    for line in text.splitlines():
        match = _ASKED_LINE.match(line)
        if not match:
            kept.append(line)
            continue
        questions.extend(q.strip() for q in match.group(1).split("|") if q.strip())
    return "\n".join(kept).strip(), questions


def split_long(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Cut a long text into parts of at most `limit` characters: on paragraphs, else lines, else sentences."""
    if len(text) <= limit:
        return [text]
    units: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        if len(paragraph) <= limit:
            units.extend([paragraph] if paragraph else [])
            continue
        lines: list[str] = []
        for line in paragraph.splitlines():
            if len(line) <= limit:
                lines.append(line)
                continue
            sentences = []
            for sentence in _SENTENCE_END.split(line.strip()):
                sentences.extend(sentence[i : i + limit] for i in range(0, len(sentence), limit))
            lines.extend(pack(sentences, limit, " "))
        units.extend(pack(lines, limit, "\n"))
    return pack(units, limit, "\n\n")


def pack(pieces: list[str], limit: int, joiner: str) -> list[str]:
    """Join consecutive pieces greedily into parts of at most `limit` characters."""
    parts: list[str] = []
    current = ""
    for piece in pieces:
        if not piece.strip():
            continue
        if current and len(current) + len(joiner) + len(piece) > limit:
            parts.append(current)
            current = piece
        else:
            current = f"{current}{joiner}{piece}" if current else piece
    if current:
        parts.append(current)
    return parts


def chunk_document(document: Document, source: str) -> list[Chunk]:
    """The passages of a parsed document, with stable ids and their cited addresses."""
    sites = document.sites or ["all"]  # a document that names no site applies to every site
    chunks: list[Chunk] = []
    ordinals: dict[str | None, int] = {}
    parts = sections(document.body, document.title) if document.markdown else [Section([], document.body.strip())]
    for section in parts:
        text, urls = take_sources(section.text, document.source_urls)
        text, questions = take_questions(text) if document.markdown else (text, [])
        text, marked = take_sentence_sources(text, document.source_urls) if document.markdown else (text, {})
        section_urls = list(urls)
        urls += [url for url in dict.fromkeys(u for found in marked.values() for u in found) if url not in urls]
        if not text:
            continue
        path = " > ".join(section.path) or None
        for part in split_long(text):
            ordinal = ordinals.get(path, 0)
            ordinals[path] = ordinal + 1
            chunks.append(
                Chunk(
                    id=chunk_id(source, path, ordinal),
                    text=part,
                    source=source,
                    title=document.title,
                    section=path,
                    url=urls[0] if urls else None,
                    urls=urls,
                    sentence_urls=sentence_sources(part, marked, section_urls),
                    sites=sites,
                    topics=document.topics,
                    content_hash=text_hash(part),
                    questions=questions,
                    checked=document.checked,
                )
            )
    return chunks


def chunk_markdown(text: str, source: str, *, default_title: str) -> list[Chunk]:
    """Parse a markdown text (front matter optional) and chunk it."""
    return chunk_document(parse_markdown(text, default_title=default_title), source)
