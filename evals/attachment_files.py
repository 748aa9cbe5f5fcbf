"""Make a dataset case's attachments as real files: text, PDF with a text layer, Word, and scans for OCR.

A case gives each attachment's text and format (`txt`, `pdf`, `docx`, `scan`); this module writes the file the
seller would have sent, so the triage reads it the way it reads a real one. A scan is the text drawn on a page
image (slightly rotated, with speckle) saved as PNG or JPEG, or as an image-only PDF when the name says `.pdf`.
An attachment marked `readable: false` becomes a dark, blurred page on which nothing can be read; `blank: true` a white
page; `corrupt: true` a file that starts like a PNG and holds no image; `picture: true` a Word file or PDF that also holds
a picture (a red stamp without words, where a seal would be). A form feed ('\f') in the text starts a new page of a PDF,
a Word file or a scan: one file holding several papers, each on pages of its own.

fpdf2 writes the PDFs (pure Python, embeds a TrueType font so Chinese text has a real text layer); python-docx
writes the Word files; Pillow draws the scans. Fonts: DejaVu Sans, and WenQuanYi Micro Hei for Chinese (Debian's
fonts-dejavu-core and fonts-wqy-microhei).
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

_FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"))
_CJK_RE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@lru_cache(maxsize=4)
def font_file(name: str) -> Path | None:
    for folder in _FONT_DIRS:
        found = next(iter(sorted(folder.rglob(name))), None) if folder.exists() else None
        if found:
            return found
    return None


def _font_for(text: str) -> Path:
    wanted = "wqy-microhei.ttc" if _CJK_RE.search(text) else "DejaVuSans.ttf"
    found = font_file(wanted) or font_file("DejaVuSans.ttf")
    if found is None:
        raise RuntimeError(f"No font {wanted} to draw the test attachments with (install fonts-dejavu-core, fonts-wqy-microhei).")
    return found


def cjk_font_available() -> bool:
    return font_file("wqy-microhei.ttc") is not None


def write_attachment(attachment: dict, folder: Path, number: int) -> Path:
    """Write one attachment into ``folder`` (in a sub-folder per number, so equal names do not clash)."""
    target = folder / str(number) / _safe_name(attachment["name"])
    target.parent.mkdir(parents=True, exist_ok=True)
    fmt = attachment.get("format") or "txt"
    text = attachment.get("text") or ""
    if attachment.get("corrupt"):
        target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # an image's signature, then nothing an image holds
    elif attachment.get("blank"):
        from PIL import Image

        _save_images([Image.new("L", (600, 800), 255)], target)
    elif attachment.get("readable") is False:
        _unreadable_scan(target, seed=number)
    elif fmt == "txt":
        target.write_text(text, encoding="utf-8")
    elif fmt == "pdf":
        _pdf(text, target, picture=bool(attachment.get("picture")))
    elif fmt == "docx":
        _docx(text, attachment.get("hidden_text"), target, picture=bool(attachment.get("picture")))
    elif fmt == "scan":
        _scan(text, target, seed=number, taken_on=attachment.get("taken_on"))
    else:
        raise ValueError(f"Unknown attachment format {fmt!r}")
    return target


def _safe_name(name: str) -> str:
    """The file name as given, minus path separators (a hostile name must not write elsewhere)."""
    cleaned = name.replace("/", "_").replace("\\", "_").replace("\x00", "").strip() or "attachment"
    return cleaned[:120] if cleaned not in (".", "..") else "attachment"


def _seal_picture() -> bytes:
    """A round red stamp with no words on it, as a PNG: a picture where a seal would be, which no text reader can read."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 230, 230), outline=(200, 20, 20), width=10)
    draw.polygon([(120, 60), (135, 105), (182, 105), (144, 133), (158, 178), (120, 150), (82, 178), (96, 133), (58, 105), (105, 105)],
                 fill=(200, 20, 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pdf(text: str, target: Path, picture: bool = False) -> None:
    import io

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("body", fname=str(_font_for(text)))
    pdf.set_font("body", size=11)
    for page in text.split("\f"):
        pdf.add_page()
        for line in page.splitlines() or [""]:
            pdf.multi_cell(0, 7, line or " ", new_x="LMARGIN", new_y="NEXT")
    if picture:
        pdf.image(io.BytesIO(_seal_picture()), w=35)
    pdf.output(str(target))


def _docx(text: str, hidden: str | None, target: Path, picture: bool = False) -> None:
    import io

    import docx
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    for number, page in enumerate(text.split("\f")):
        if number:
            document.add_page_break()  # '\f' in a case's text: a new page, as in a PDF
        for line in page.splitlines():
            document.add_paragraph(line)
    if hidden:
        run = document.add_paragraph().add_run(hidden)
        run.font.size, run.font.color.rgb = Pt(1), RGBColor(0xFF, 0xFF, 0xFF)
    if picture:
        document.add_picture(io.BytesIO(_seal_picture()), width=Cm(3.5))
    document.save(str(target))


def _page_images(text: str, seed: int):
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    font = ImageFont.truetype(str(_font_for(text)), 26)
    pages = []
    for page in text.split("\f"):
        image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        draw = ImageDraw.Draw(image)
        y = 120
        for line in page.splitlines():
            for piece in _wrap(line, 70):
                draw.text((100, y), piece, fill=rng.randint(0, 60), font=font)
                y += 46
        for _ in range(400):  # speckle, as a scanner leaves it
            x, yy = rng.randrange(1240), rng.randrange(1754)
            draw.point((x, yy), fill=rng.randint(120, 200))
        pages.append(image.rotate(rng.uniform(-1.2, 1.2), fillcolor=255, resample=Image.BICUBIC))
    return pages


def _wrap(line: str, width: int) -> list[str]:
    if len(line) <= width:
        return [line]
    words, out, current = line.split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return out + ([current] if current else [])


def _save_images(pages, target: Path, taken_on: str | None = None) -> None:
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        pages[0].convert("RGB").save(target, "PDF", resolution=150, save_all=True, append_images=[p.convert("RGB") for p in pages[1:]])
    elif suffix in (".jpg", ".jpeg"):
        pages[0].convert("RGB").save(target, "JPEG", quality=85, exif=_camera_data(taken_on))
    else:
        pages[0].save(target, "PNG")


def _scan(text: str, target: Path, seed: int, taken_on: str | None = None) -> None:
    _save_images(_page_images(text, seed), target, taken_on)


def _camera_data(taken_on: str | None):
    """EXIF holding the day a photo was taken (DateTimeOriginal), as a camera writes it; empty without one."""
    from PIL import Image

    exif = Image.Exif()
    if taken_on:
        exif.get_ifd(0x8769)[36867] = f"{taken_on.replace('-', ':')} 10:00:00"
    return exif


def _unreadable_scan(target: Path, seed: int) -> None:
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    image = Image.new("L", (600, 800), 40)
    pixels = image.load()
    for _ in range(20000):
        pixels[rng.randrange(600), rng.randrange(800)] = rng.randint(20, 90)
    _save_images([image.filter(ImageFilter.GaussianBlur(6))], target)


__all__ = ["cjk_font_available", "write_attachment"]
