"""Reading documents into passages: the corpus's markdown and people's own files (markdown, text, HTML, PDF).

A file that cannot be used (binary, unreadable, no text, an unsupported kind) raises UnusableDocument
with a reason a person can act on; nothing is indexed from it.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import BadInput
from assistant.files.limits import Limits, pdf_page_texts, read_file
from assistant.retrieval.chunking import Document, chunk_document, parse_markdown
from assistant.retrieval.passages import Chunk

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")


class UnusableDocument(Exception):
    """A file that cannot be indexed; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def is_supported(path: Path) -> bool:
    """Whether the file's kind (by extension) can be indexed."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_bytes(path: Path, limits: Limits | None = None) -> bytes:
    """The file's bytes, or UnusableDocument when it cannot be read: not a regular file (a device or FIFO never is
    read), or over the size limit for indexing (read in bounded chunks, so /dev/zero or /proc cannot exhaust memory)."""
    limits = limits or Limits()
    try:
        return read_file(path, limits.max_index_file_bytes, "file", "max_index_file_bytes")
    except BadInput as refusal:
        raise UnusableDocument(_reason(refusal)) from None


def _reason(refusal: BadInput) -> str:
    """A refusal's message as a skip reason (the path is printed beside it already)."""
    text = refusal.message + (f" {refusal.hint}" if refusal.hint else "")
    return text[0].lower() + text[1:] if text else "cannot be read"


def decode_text(data: bytes) -> str:
    """Bytes of a text file as str; binary data (NUL bytes, control characters, invalid UTF-8) is refused."""
    if b"\x00" in data[:8192]:
        raise UnusableDocument("looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > len(text) // 100:
            raise UnusableDocument("is not UTF-8 text (binary or an unknown encoding)") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:8192]) // 50:
        raise UnusableDocument("looks like a binary file, not text")
    return text


def html_to_markdown(html: str) -> tuple[str | None, str]:
    """The page's title and its text as markdown-ish lines (headings kept, scripts and navigation dropped)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "template", "svg", "head"]):
        tag.decompose()
    lines: list[str] = []
    blocks = soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "td", "th", "dt", "dd", "blockquote"])
    for block in blocks:
        # Nested blocks (a <p> inside an <li>) would repeat the text: keep the innermost only.
        if block.find(["p", "li", "pre", "td", "th", "dt", "dd", "blockquote"]):
            continue
        text = block.get_text(" ", strip=True)
        if not text:
            continue
        if block.name[0] == "h":
            lines.append(f"\n{'#' * int(block.name[1])} {text}\n")
        elif block.name == "li":
            lines.append(f"- {text}")
        else:
            lines.append(f"{text}\n")
    body = "\n".join(lines)
    everything = soup.get_text("\n", strip=True)
    if len(body) < len(everything) // 2:  # most text sits outside paragraphs (bare <div>s): keep all of it
        return title, everything
    return title, body


def pdf_pages(data: bytes, limits: Limits | None = None) -> list[str]:
    """The text of each page of a PDF (empty strings for pages without extractable text), within the page,
    expansion and character limits."""
    try:
        return pdf_page_texts(data, "the PDF", limits or Limits())
    except BadInput as refusal:
        raise UnusableDocument(_reason(refusal)) from None


def load_document(path: Path, data: bytes | None = None, limits: Limits | None = None) -> Document:
    """Read a markdown, text, HTML or PDF file (or its bytes, already read) into a Document."""
    suffix = path.suffix.lower()
    if not is_supported(path):
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise UnusableDocument(f"unsupported file type '{suffix or path.name}' (supported: {kinds})")
    limits = limits or Limits()
    data = read_bytes(path, limits) if data is None else data
    default_title = path.stem.replace("_", " ").replace("-", " ").strip() or path.name
    if suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise UnusableDocument("is not a PDF (no %PDF header)")
        pages = pdf_pages(data, limits)
        if not any(page.strip() for page in pages):
            raise UnusableDocument("has no extractable text (a scanned PDF? run it through OCR first)")
        body = "\n\n".join(f"## Page {n}\n\n{page.strip()}" for n, page in enumerate(pages, 1) if page.strip())
        document = Document(title=default_title, body=body)
    elif suffix in (".html", ".htm"):
        title, body = html_to_markdown(decode_text(data))
        document = parse_markdown(body, default_title=title or default_title)
        document.title = title or document.title
    elif suffix == ".txt":
        document = Document(title=default_title, body=decode_text(data), markdown=False)
    else:
        document = parse_markdown(decode_text(data), default_title=default_title)
    if not re.search(r"\w", document.body):
        raise UnusableDocument("contains no text")
    if len(document.body) > limits.max_index_chars:
        # Embedding is the cost (about 1,300 passages per MB of text); a cap keeps one document from taking minutes.
        raise UnusableDocument(
            f"holds {len(document.body):,} characters of text, more than the limit of {limits.max_index_chars:,} for one "
            "indexed document; split it, or raise IPR_MAX_INDEX_CHARS"
        )
    return document


def load_chunks(path: Path, source: str, data: bytes | None = None, limits: Limits | None = None) -> list[Chunk]:
    """The passages of one file; UnusableDocument when it yields none."""
    chunks = chunk_document(load_document(path, data, limits), source)
    if not chunks:
        raise UnusableDocument("contains no text")
    return chunks
