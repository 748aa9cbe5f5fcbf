"""The text of a seller's attachment, page by page: plain text, HTML, PDF (its text layer, else OCR of its page
images), Word, and scanned images through OCR.

OCR is RapidOCR on onnxruntime: its detection and recognition models ship inside the PyPI package, so it works
offline with nothing to download, and it reads English and Chinese. Tesseract would need Debian packages and
language data on every machine. The engine is loaded once per process, on the first scan.

Every file is read through assistant.files.limits: bounded reads, a zip's declared sizes checked before a Word
file is opened, a PDF's pages, expansion and characters within the configured limits, and an image's pixel count
checked before it is decoded. A file over a limit is refused with the limit's name (LimitExceeded, exit 2).
"""

from __future__ import annotations

import io
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from assistant.errors import BadInput
from assistant.files import limits as input_limits
from assistant.files.limits import DEFAULT_LIMITS, Limits

MAX_FILE_BYTES = input_limits.Limits().max_file_bytes
MAX_OCR_PAGES = 30  # OCR takes seconds a page: a scanned document past this is read in part (and the person is told)
MAX_IMAGE_PIXELS = 40_000_000  # an image bomb (a few KB that decode to gigabytes) is refused before it is decoded
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
    taken_on: date | None = None  # for a photo: the day its camera data (EXIF) says it was taken
    unread: str | None = None  # why nothing could be read, when the reader can tell (a blank image, one that does not open)
    pictures: int = 0  # pictures a Word file or a PDF's text pages hold besides their text: where a seal or a signature would be

    @property
    def text(self) -> str | None:
        joined = "\f".join(self.pages)
        return joined if joined.strip() else None


def read_bytes(path: Path, what: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, read within the size limit; BadInput when missing or not a regular file."""
    if not path.exists():
        raise BadInput(f"The {what} {path} does not exist.")
    return input_limits.read_file(path, limits.max_file_bytes, what)


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


# A gap this many text heights wide between two characters on a line separates two columns of a table (wider than a
# word space, which OCR may drop): it is kept as two spaces, so that a table laid out in columns reads as one.
COLUMN_GAP = 0.6


def ocr_image(image) -> str:
    """The text of one page image (PIL), line by line in reading order; a wide gap between words (a table's columns)
    kept as two spaces."""
    import numpy as np

    array = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RGB to the BGR order OpenCV expects
    with _OCR_LOCK:
        result, _ = _engine()(array, return_word_box=True)  # each character's box too: where the columns are
    gray = np.asarray(image.convert("L"))
    boxes = []
    for row in result or []:
        box = row[0]
        text, characters = _raised_ordinals(row[1], list(row[3:5]), gray)
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        height = max(ys) - min(ys)
        boxes.append(((min(ys) + max(ys)) / 2, height, min(xs), max(xs), _with_column_gaps(text, characters, height)))
    boxes.sort()
    lines: list[list[tuple[float, float, float, str]]] = []
    last_y = None
    for y, height, left, right, text in boxes:
        # Boxes whose centres are within half a line height sit on one line.
        if last_y is not None and abs(y - last_y) <= max(8.0, height / 2):
            lines[-1].append((left, right, height, text))
        else:
            lines.append([(left, right, height, text)])
            last_y = y
    return "\n".join(_LEADING_ZERO_RE.sub("O", _join_line(sorted(line))) for line in lines)


# OCR reads a word's capital O as a zero ('0ktober', '0ffice'): a zero that begins a word of letters is put back.
_LEADING_ZERO_RE = re.compile(r"(?<![\w.,])0(?=[^\W\d_]{3,})")


# A number's label with a raised ordinal ('N.º 2026-0117', 'Nº 17', 'n.º 4471'), as Spanish, Portuguese and Italian papers
# write it: OCR reads the small raised º as a 9 or a 0 and may glue it to the number ('N.92026-0117'), inventing a digit.
# Such a character just after 'N.' or 'N' and before a digit is looked at on the page: when its ink stops well above the
# baseline the next digit reaches (RAISED of that digit's height), it is the º, put back with the space OCR dropped; a
# digit that sits on the line is kept.
_ORDINAL_LABEL_RE = re.compile(r"(?:(?<![A-Za-z])[Nn]|[Nn]\.)$")  # (OCR may glue the N to the word before: "FACTURAN.9")
_ORDINAL_AS_DIGIT = "90"
RAISED = 0.25


def _ink_rows(gray, box) -> tuple[int, int] | None:
    """The first and last rows of ink (dark pixels) inside a character's box on the page, or None when it holds none."""
    xs = [int(point[0]) for point in box]
    ys = [int(point[1]) for point in box]
    crop = gray[max(0, min(ys)) : max(ys) + 1, max(0, min(xs)) : max(xs) + 1] < 128
    rows = [i for i, row in enumerate(crop) if row.any()]
    return (min(ys) + rows[0], min(ys) + rows[-1]) if rows else None


def _raised_ordinals(text: str, characters: list, gray) -> tuple[str, list]:
    """A box's text (and its characters with their boxes) with each raised ordinal OCR read as a digit put back as 'º'."""
    if len(characters) < 2 or not characters[0] or len(characters[0]) != len(characters[1]) or "".join(characters[1]) != text:
        return text, characters
    boxes, chars = list(characters[0]), list(characters[1])
    for i in range(len(chars) - 1, 0, -1):
        after = next((j for j in range(i + 1, len(chars)) if chars[j] != " "), None)
        if chars[i] not in _ORDINAL_AS_DIGIT or after is None or not chars[after].isdigit() or not _ORDINAL_LABEL_RE.search("".join(chars[:i])):
            continue
        this, following = _ink_rows(gray, boxes[i]), _ink_rows(gray, boxes[after])
        if this is None or following is None or this[1] >= following[1] - RAISED * (following[1] - following[0] + 1):
            continue
        chars[i] = "º"
        if after == i + 1:
            chars.insert(i + 1, " ")
            boxes.insert(i + 1, boxes[i])
    return "".join(chars), [boxes, chars]


def _join_line(pieces: list[tuple[float, float, float, str]]) -> str:
    """One line's boxes, left to right: one space between them, two where the gap is a column's."""
    out = ""
    for i, (left, _right, height, text) in enumerate(pieces):
        if i:
            out += "  " if left - pieces[i - 1][1] >= COLUMN_GAP * height else " "
        out += text
    return out


def _with_column_gaps(text: str, characters: list, height: float) -> str:
    """A box's text with two spaces where its characters' boxes leave a column's gap ('Qty   Harga' read as one box)."""
    if len(characters) < 2 or not characters[0] or len(characters[0]) != len(characters[1]) or height <= 0:
        return text
    out, previous_right = "", None
    for box, char in zip(*characters):
        xs = [point[0] for point in box]
        wide = previous_right is not None and min(xs) - previous_right >= COLUMN_GAP * height
        # Between two Chinese characters a gap is a character OCR could not read ('杭州云 茶器'), not a column.
        if wide and char != " " and not (_CJK_RE.match(char) and _CJK_RE.match(out[-1:])):
            out = out.rstrip(" ") + "  "
        out += char
        previous_right = max(xs)
    return out


_CJK_RE = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


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


def _pdf(data: bytes, result: AttachmentText, what: str, limits: Limits) -> None:
    """The text layer page by page; pages with next to no text are scans, read by OCR from their images."""
    from pypdf import PdfReader

    try:
        layer = input_limits.pdf_page_texts(data, what, limits)
    except input_limits.LimitExceeded:
        raise
    except BadInput as exc:
        result.notices.append(str(exc).removeprefix(f"{what} ").rstrip("."))
        return
    methods = {"pdf text layer"} if any(len(t.strip()) >= MIN_TEXT_LAYER_CHARS for t in layer) else set()
    scanned = [n for n, text in enumerate(layer) if len(text.strip()) < MIN_TEXT_LAYER_CHARS]
    if len(scanned) < len(layer):
        result.pictures = _pictures_on_text_pages(data, [n for n in range(len(layer)) if n not in scanned], limits)
    if len(scanned) > MAX_OCR_PAGES:
        result.notices.append(f"only the first {MAX_OCR_PAGES} of its {len(scanned)} scanned pages were read")
        scanned = scanned[:MAX_OCR_PAGES]
    if scanned:
        with input_limits.bounded_pdf(limits):
            reader = PdfReader(io.BytesIO(data))
            for number in scanned:
                images = [_open_image(image.data) for image in reader.pages[number].images]
                if images:
                    layer[number] = "\n".join(_ocr_pages(images, result))
                    methods.add("ocr")
    result.pages = layer
    result.method = " + ".join(sorted(methods, reverse=True)) or "none"


def _pictures_on_text_pages(data: bytes, pages: list[int], limits: Limits) -> int:
    """How many pictures the PDF's pages with a text layer hold (a stamped seal or a signature pasted in is one); the
    pictures are counted from the pages' resources, never decoded."""
    from pypdf import PdfReader

    try:
        with input_limits.bounded_pdf(limits):
            reader = PdfReader(io.BytesIO(data))
            return sum(len(reader.pages[number].images) for number in pages[:MAX_OCR_PAGES])
    except Exception:  # pypdf raises many unrelated types for a damaged page; its text was read, the count is a hint
        return 0


def _docx(data: bytes, result: AttachmentText, what: str, limits: Limits) -> None:
    try:
        input_limits.check_zip(data, what, limits)
    except input_limits.LimitExceeded:
        raise
    except BadInput:
        result.notices.append("it could not be read as a Word document")
        return
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several unrelated types for a damaged file
        result.notices.append("it could not be read as a Word document")
        return
    lines = [_paragraph_text(paragraph) for paragraph in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    result.pages, result.method = ["\n".join(lines)], "docx"
    # A seal stamped on a Word file, or a signature pasted in, is a picture: its text shows only the place for it ('（盖章）').
    result.pictures = sum(1 for rel in document.part.rels.values() if "image" in rel.reltype)


def _paragraph_text(paragraph) -> str:
    """A Word paragraph's text; a paragraph holding only a page break is the end of a page ('\f', as between a PDF's
    pages), where the next of the papers a file holds may start (bundled_papers.py)."""
    from docx.oxml.ns import qn

    text = paragraph.text
    if text.strip() or not any(br.get(qn("w:type")) == "page" for br in paragraph._p.iter(qn("w:br"))):
        return text
    return "\f"


_EXIF_IFD, _DATE_TAKEN, _DATE_DIGITISED, _DATE_CHANGED = 0x8769, 36867, 36868, 306


def camera_date(image) -> date | None:
    """The day a photo was taken, from its camera data (EXIF DateTimeOriginal, else when it was digitised, else when
    the file was last changed), or None when it has none. Pillow reads it without decoding the picture."""
    try:
        exif = image.getexif()
        taken = exif.get_ifd(_EXIF_IFD)
        raw = taken.get(_DATE_TAKEN) or taken.get(_DATE_DIGITISED) or exif.get(_DATE_CHANGED)
        return datetime.strptime(str(raw).strip()[:10], "%Y:%m:%d").date() if raw else None
    except (ValueError, TypeError, AttributeError, OSError):
        return None


# Why nothing was read from a picture, as the triage says it.
BLANK_IMAGE = "the image is blank: nothing on it can be read"
NOT_AN_IMAGE = "it could not be opened as an image"

# A page is blank when next to none of its pixels stand out from its background: fewer than this share differ from the
# median grey by more than _MARK_CONTRAST levels. A few short words at 11 pt on an A4 scan are well above it.
_MARK_CONTRAST = 48
_MIN_MARKED_SHARE = 0.0005


def is_blank(image) -> bool:
    """Whether an image holds no marks at all (a white or black page, a dark blur): nothing on it can be read, by OCR or
    by eye. Counted over the grey-level histogram, so it costs no more than one pass over the pixels."""
    histogram = image.convert("L").histogram()
    total = sum(histogram)
    if not total:
        return True
    running, median = 0, 0
    for level, count in enumerate(histogram):
        running += count
        if running * 2 >= total:
            median = level
            break
    marked = sum(count for level, count in enumerate(histogram) if abs(level - median) > _MARK_CONTRAST)
    return marked < total * _MIN_MARKED_SHARE


def _image(data: bytes, result: AttachmentText) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        image = _open_image(data)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        result.notices.append(f"it could not be opened as an image ({type(exc).__name__})")
        result.unread = NOT_AN_IMAGE
        return
    result.taken_on = camera_date(image)
    frames = []
    for number in range(min(getattr(image, "n_frames", 1), MAX_OCR_PAGES)):
        image.seek(number)
        frames.append(image.copy())
    if all(is_blank(frame) for frame in frames):
        result.unread = BLANK_IMAGE
        result.method = "ocr"
        return
    result.pages, result.method = _ocr_pages(frames, result), "ocr"


def read_attachment_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> AttachmentText:
    """Whatever text can be read from an attachment file, page by page (BadInput for a missing file or one over a limit)."""
    return read_attachment_data(path.name, read_bytes(path, "attachment", limits), limits)


def read_attachment_data(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> AttachmentText:
    """The same, from a file's name and bytes (a file shared in Slack, kept in memory)."""
    suffix = Path(name).suffix.lower()
    what = f"The attachment {name}"
    result = AttachmentText()
    if suffix in TEXT_SUFFIXES:
        result.pages, result.method = [decode_text(data, what)], "text"
    elif suffix in HTML_SUFFIXES:
        from bs4 import BeautifulSoup

        result.pages, result.method = [BeautifulSoup(decode_text(data, what), "html.parser").get_text("\n", strip=True)], "html"
    elif suffix == ".pdf":
        _pdf(data, result, what, limits)
    elif suffix == ".docx":
        _docx(data, result, what, limits)
    elif suffix in IMAGE_SUFFIXES:
        _image(data, result)
    else:
        result.notices.append(f"files of type {suffix} are not read")
    if result.text:
        input_limits.cap_chars(result.text, limits, what)
    return result


__all__ = ["BLANK_IMAGE", "NOT_AN_IMAGE", "AttachmentText", "decode_text", "is_blank", "ocr_image", "read_attachment_data", "read_attachment_text", "read_bytes"]
