"""Limits on what the assistant reads from people: sizes read in bounded chunks, only regular files, JSON without
runaway nesting, and archives (DOCX, XLSX: zip) and PDFs checked for expanded size, ratio, pages and characters
before a parser sees them.

The checks are cheap (a stat, a zip directory, a page count) and run before the expensive step, so a 400 KB file
that inflates to a gigabyte is refused in milliseconds instead of being unpacked. Each limit is a setting
(assistant/config.py, ``IPR_MAX_...``); exceeding one raises ``LimitExceeded``, a BadInput that names the limit.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO, Any, BinaryIO

from assistant.errors import BadInput

CHUNK = 1024 * 1024


class LimitExceeded(BadInput):
    """Input over one of the configured limits; the message names the limit and the setting that raises it."""


@dataclass(frozen=True)
class Limits:
    """The limits in force (defaults here mirror assistant/config.py's)."""

    max_file_bytes: int = 10 * 1024 * 1024
    max_json_bytes: int = 5 * 1024 * 1024
    max_index_file_bytes: int = 20 * 1024 * 1024
    max_check_urls_bytes: int = 2 * 1024 * 1024
    max_expanded_bytes: int = 100 * 1024 * 1024
    max_expansion_ratio: int = 100
    max_archive_members: int = 10_000
    max_pdf_pages: int = 2_000
    max_document_chars: int = 5_000_000
    max_index_chars: int = 400_000

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls) if hasattr(settings, f.name)})


# The defaults, for callers not handed the settings' limits (the composition root hands them: App.limits).
DEFAULT_LIMITS = Limits()


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _setting(name: str) -> str:
    return f"IPR_{name.upper()}"


def too_big(what: str, limit: int, setting: str) -> LimitExceeded:
    return LimitExceeded(
        f"{what} is larger than the limit of {_mb(limit)}; nothing was read from it.",
        hint=f"Split it, or raise the limit with {_setting(setting)}.",
    )


def regular_file(path: Path, what: str) -> os.stat_result:
    """The file's stat; BadInput unless it is an existing regular file (no device, FIFO, socket or folder)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BadInput(f"The {what} {path} does not exist.") from None
    except OSError as exc:
        raise BadInput(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise BadInput(f"The {what} {path} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise BadInput(f"The {what} {path} is not a regular file (a device, pipe or socket); it was not read.")
    return info


def read_stream(stream: BinaryIO, limit: int, what: str, setting: str) -> bytes:
    """At most ``limit`` bytes from a stream, read in chunks; LimitExceeded when there is more."""
    parts, total = [], 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_big(what, limit, setting)


def read_file(path: Path, limit: int, what: str, setting: str = "max_file_bytes") -> bytes:
    """A regular file's bytes, at most ``limit`` of them (its size is checked first, then read in bounded chunks:
    files under /proc report size 0 and can still be endless)."""
    info = regular_file(path, what)
    if info.st_size > limit:
        raise too_big(f"The {what} {path} ({_mb(info.st_size)})", limit, setting)
    try:
        with path.open("rb") as handle:
            return read_stream(handle, limit, f"The {what} {path}", setting)
    except OSError as exc:
        raise BadInput(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from None


def read_source(
    source: str | Path | None, limit: int, what: str, setting: str = "max_file_bytes", *, stdin: IO[Any] | None = None
) -> bytes:
    """What a person handed in: the file they named, or standard input for None or '-', at most ``limit`` bytes of it
    read in bounded chunks. Every reader of a person's file or standard input comes through here."""
    if source is not None and str(source) != "-":
        return read_file(Path(source).expanduser(), limit, what, setting)
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        raise BadInput("There is no standard input to read.", hint=f"Give the {what} as a file instead.")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return read_stream(buffer, limit, "Standard input", setting)
    text = stream.read(limit + 1)  # a text stream (no bytes underneath): its characters, encoded
    data = text.encode("utf-8") if isinstance(text, str) else text
    if len(data) > limit:
        raise too_big("Standard input", limit, setting)
    return data


def loads_json(text: str | bytes, origin: str) -> Any:
    """Parsed JSON; BadInput for malformed or absurdly nested input (the parser's recursion limit), never a traceback."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{origin} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except RecursionError:
        raise BadInput(f"{origin} is nested too deeply to be a complaint, right or list; it was not read.") from None
    except UnicodeDecodeError:
        raise BadInput(f"{origin} is not UTF-8 text.") from None


def check_zip(data: bytes, what: str, limits: Limits) -> None:
    """Refuse a zip archive (DOCX, XLSX) whose members would expand past the limits, before anything is unpacked.

    The sizes come from the archive's directory; zipfile never returns more than a member's declared size (a lying
    header fails its CRC instead), so checking the declared sizes bounds what a parser can be made to inflate.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise BadInput(f"{what} is not a readable document (a damaged or non-zip archive).") from None
    if len(members) > limits.max_archive_members:
        raise LimitExceeded(
            f"{what} holds {len(members):,} parts, more than the limit of {limits.max_archive_members:,}; it was not opened.",
            hint=f"Raise the limit with {_setting('max_archive_members')} if the document is genuine.",
        )
    expanded = sum(member.file_size for member in members)
    if expanded > limits.max_expanded_bytes:
        raise LimitExceeded(
            f"{what} would expand to {_mb(expanded)}, more than the limit of {_mb(limits.max_expanded_bytes)}; it was not opened.",
            hint=f"Save it again without embedded media, or raise {_setting('max_expanded_bytes')}.",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > CHUNK and ratio > limits.max_expansion_ratio:
            raise LimitExceeded(
                f"{what} has a part ({member.filename[:80]}) compressed {ratio:,.0f} to 1, beyond the limit of "
                f"{limits.max_expansion_ratio} to 1 (a compression bomb?); it was not opened.",
                hint=f"Raise {_setting('max_expansion_ratio')} if the document is genuine.",
            )


@contextmanager
def bounded_pdf(limits: Limits) -> Iterator[None]:
    """pypdf's own decompression limits set to ours while a PDF is parsed."""
    from pypdf._configuration import apply_configuration

    cap = limits.max_expanded_bytes
    with apply_configuration(
        zlib_maximum_output_length=cap, lzw_maximum_output_length=cap, run_length_maximum_output_length=cap,
        jbig2_maximum_output_length=cap, array_based_stream_maximum_output_length=cap, maximum_declared_stream_length=cap,
        brotli_maximum_output_length=cap, image_maximum_buffer_size=cap, stream_decoding_work_maximum_length=cap,
    ):
        yield


def pdf_page_texts(data: bytes, what: str, limits: Limits) -> list[str]:
    """The text of each page of a PDF, within the page, expansion and character limits.

    LimitExceeded for a PDF over a limit; BadInput for one that cannot be read (damaged, encrypted).
    """
    import logging

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed PDFs are reported once, as the error
    if not data.startswith(b"%PDF"):
        raise BadInput(f"{what} is not a PDF (no %PDF header).")
    pages: list[str] = []
    try:
        with bounded_pdf(limits):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise BadInput(f"{what} is an encrypted PDF.")
            count = len(reader.pages)
            if count > limits.max_pdf_pages:
                raise LimitExceeded(
                    f"{what} has {count:,} pages, more than the limit of {limits.max_pdf_pages:,}; it was not read.",
                    hint=f"Split it, or raise {_setting('max_pdf_pages')}.",
                )
            total = 0
            for page in reader.pages:
                text = page.extract_text() or ""
                total += len(text)
                if total > limits.max_document_chars:
                    raise LimitExceeded(
                        f"{what} holds more than {limits.max_document_chars:,} characters of text, the limit; it was not read.",
                        hint=f"Split it, or raise {_setting('max_document_chars')}.",
                    )
                pages.append(text)
    except LimitReachedError:
        raise LimitExceeded(
            f"{what} would expand past the limit of {_mb(limits.max_expanded_bytes)} (a compression bomb?); it was not read.",
            hint=f"Raise {_setting('max_expanded_bytes')} if the document is genuine.",
        ) from None
    except BadInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError, ZeroDivisionError) as exc:
        raise BadInput(f"{what} is not a readable PDF ({exc.__class__.__name__}).") from None
    return pages


def cap_chars(text: str, limits: Limits, what: str) -> str:
    """LimitExceeded when extracted text is longer than the per-document character cap."""
    if len(text) > limits.max_document_chars:
        raise LimitExceeded(
            f"{what} holds {len(text):,} characters of text, more than the limit of {limits.max_document_chars:,}; it was not read.",
            hint=f"Split it, or raise {_setting('max_document_chars')}.",
        )
    return text
