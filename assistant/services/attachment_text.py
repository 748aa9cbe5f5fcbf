"""The text of a seller's attachment, page by page: plain text, HTML, PDF (its text layer, else OCR of its page
images), Word, and scanned images through OCR.

OCR is RapidOCR on onnxruntime: its detection and recognition models ship inside the PyPI package, so it works
offline with nothing to download, and it reads English and Chinese. Tesseract would need Debian packages and
language data on every machine. The engine is loaded once per process, on the first scan.

Every file is read through ``read_bytes`` (size-checked), the one place to change how files are read.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.errors import BadInput

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PAGES = 30  # a counter-notice's document is a few pages; more is not read (and the person is told)
MAX_IMAGE_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".csv", ".json", ".eml", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif"}
# A PDF page with fewer characters than this in its text layer is taken as a scan and read by OCR.
MIN_TEXT_LAYER_CHARS = 20


@dataclass
class AttachmentText:
    """What could be read from one file: its pages' text, how it was read, and how long OCR took."""

    pages: list[str] = field(default_factory=list)
    method: str = "none"  # text, html, pdf text layer, docx, ocr, pdf text layer + ocr, none
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    notices: list[str] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        joined = "\f".join(self.pages)
        return joined if joined.strip() else None


def read_bytes(path: Path, what: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refused with a plain message when missing, not a file or too large."""
    if not path.exists():
        raise BadInput(f"The {what} {path} does not exist.")
    if not path.is_file():
        raise BadInput(f"The {what} {path} is not a file.")
    if path.stat().st_size > limit:
        raise BadInput(f"The {what} {path} is larger than {limit // (1024 * 1024)} MB.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from exc


def decode_text(data: bytes, origin: str) -> str:
    """UTF-8 text, or BadInput for a binary or undecodable file."""
    if b"\x00" in data[:8192]:
        raise BadInput(f"{origin} is a binary file, not text.", hint="Give the counter-notice as a UTF-8 text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{origin} is not UTF-8 text (byte {exc.start} cannot be read).") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(1, len(text[:8192]) // 50):
        raise BadInput(f"{origin} looks like a binary file, not text.")
    return text


# --- OCR ------------------------------------------------------------------------------------------------------

_OCR_LOCK = threading.Lock()  # the engine is not documented as thread-safe; Slack may triage two appeals at once


@lru_cache(maxsize=1)
def _engine():
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_image(image) -> str:
    """The text of one page image (PIL), line by line in reading order."""
    import numpy as np

    array = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RGB to the BGR order OpenCV expects
    with _OCR_LOCK:
        result, _ = _engine()(array)
    boxes = []
    for box, text, _score in result or []:
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        boxes.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text))
    boxes.sort()
    lines: list[list[tuple[float, str]]] = []
    last_y = None
    for y, height, x, text in boxes:
        # Boxes whose centres are within half a line height sit on one line.
        if last_y is not None and abs(y - last_y) <= max(8.0, height / 2):
            lines[-1].append((x, text))
        else:
            lines.append([(x, text)])
            last_y = y
    return "\n".join(" ".join(t for _, t in sorted(line)) for line in lines)


def _open_image(data: bytes):
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _ocr_pages(images: list, result: AttachmentText) -> list[str]:
    started = time.perf_counter()
    texts = [ocr_image(image) for image in images]
    result.ocr_pages += len(images)
    result.ocr_seconds += time.perf_counter() - started
    return texts


# --- Formats --------------------------------------------------------------------------------------------------


def _pdf(data: bytes, result: AttachmentText) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            result.notices.append("it is encrypted")
            return
        pages = list(reader.pages)
        if len(pages) > MAX_PAGES:
            result.notices.append(f"only its first {MAX_PAGES} of {len(pages)} pages were read")
            pages = pages[:MAX_PAGES]
        layer = [page.extract_text() or "" for page in pages]
        methods = {"pdf text layer"} if any(len(t.strip()) >= MIN_TEXT_LAYER_CHARS for t in layer) else set()
        for number, (page, text) in enumerate(zip(pages, layer)):
            if len(text.strip()) >= MIN_TEXT_LAYER_CHARS:
                continue
            images = [_open_image(image.data) for image in page.images]
            if images:
                layer[number] = "\n".join(_ocr_pages(images, result))
                methods.add("ocr")
        result.pages = layer
        result.method = " + ".join(sorted(methods, reverse=True)) or "none"
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        result.notices.append(f"it could not be read as a PDF ({type(exc).__name__})")


def _docx(data: bytes, result: AttachmentText) -> None:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several unrelated types for a damaged file
        result.notices.append("it could not be read as a Word document")
        return
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    result.pages, result.method = ["\n".join(lines)], "docx"


def _image(data: bytes, result: AttachmentText) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        image = _open_image(data)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        result.notices.append(f"it could not be opened as an image ({type(exc).__name__})")
        return
    frames = []
    for number in range(min(getattr(image, "n_frames", 1), MAX_PAGES)):
        image.seek(number)
        frames.append(image.copy())
    result.pages, result.method = _ocr_pages(frames, result), "ocr"


def read_attachment_text(path: Path) -> AttachmentText:
    """Whatever text can be read from an attachment file, page by page (BadInput only for a missing or huge file)."""
    data = read_bytes(path, "attachment")
    suffix = path.suffix.lower()
    result = AttachmentText()
    if suffix in TEXT_SUFFIXES:
        result.pages, result.method = [decode_text(data, str(path))], "text"
    elif suffix in HTML_SUFFIXES:
        from bs4 import BeautifulSoup

        result.pages, result.method = [BeautifulSoup(decode_text(data, str(path)), "html.parser").get_text("\n", strip=True)], "html"
    elif suffix == ".pdf":
        _pdf(data, result)
    elif suffix == ".docx":
        _docx(data, result)
    elif suffix in IMAGE_SUFFIXES:
        _image(data, result)
    else:
        result.notices.append(f"files of type {suffix} are not read")
    return result


__all__ = ["AttachmentText", "decode_text", "ocr_image", "read_attachment_text", "read_bytes"]
