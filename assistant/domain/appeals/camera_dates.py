"""'The photos are ours', set against dates: the day a seller's camera data says its photo was taken, and the days our
record gives for our own photos.

A seller often backs 'we took these photos' with camera data (EXIF), pasted into its text or attached as a listing of
fields ('DateTimeOriginal: 2026:09:21 15:02:44', 'Fecha y hora original', 'Aufnahmedatum', '拍摄时间'). What the
triage can state is what those dates show against ours (knowledge/rules/appeal_evidence.yaml, image_ownership):
- a camera date after the day our record gives for our photos (their shoot, or their first publication, as the
  complaint's statement or its evidence says them): the seller's file is later than ours and shows no earlier shoot;
- a camera date before ours: a claim to have made them first, for our original files' own dates to answer;
- our record giving no date for our photos: nothing to compare with, so our originals' dates are asked for. The
  seller's dates are never called missing when it gave them.
A field naming editing software ('Software: Adobe Photoshop 25.0') shows an edited file, not the unedited camera
original the standard asks for. Camera data in text is the seller's listing of it, not the file: a claim to check, and
no proof of who took the photo.
Only a file's own camera data, or the seller's listing of it, is called camera data. A photographer's contract or
statement prints its shoot date ('拍摄日期：2026年3月18日', 'Shooting date:'): that is the paper's date, said as what the
paper gives. And what OCR read from a picture is what the scan reads, never the picture's camera data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.domain.appeals.evidence import (
    IMAGE_OWNERSHIP_KINDS, AttachmentKind, date_as_written, days_and_months, document_date, find_dates, normalize_text, shoot_date,
)
from assistant.domain.untrusted_text import escape_untrusted

# The field of a camera-data listing that holds the moment of capture, in the languages sellers write in.
_CAPTURE_LABEL_RE = re.compile(
    r"date\s*/?\s*time\s*original|datetimeoriginal|date\s*(?:taken|of\s+capture|shot)|capture\s*date|create\s*date|date\s*created"
    r"|fecha\s*y\s*hora\s*(?:original|de\s*captura)|fecha\s*(?:original|de\s*(?:captura|toma))"
    r"|aufnahme(?:datum|zeit)|datum\s*der\s*aufnahme|data\s*e\s*ora\s*(?:originale|di\s*scatto)|data\s*(?:di\s*)?scatto"
    r"|date\s*de\s*prise\s*de\s*vue|tarikh\s*(?:diambil|tangkapan)|tanggal\s*(?:diambil|pengambilan)"
    r"|拍摄(?:时间|日期)|原始(?:时间|日期)",
    re.IGNORECASE,
)
# EXIF writes a day with colons ('2026:09:21'), which nothing else does: wherever a seller writes one, it is camera data.
_EXIF_DAY_RE = re.compile(r"(?<![\d:])(?P<y>(?:19|20)\d\d):(?P<m>[01]\d):(?P<d>[0-3]\d)(?![\d])")
_SOFTWARE_LINE_RE = re.compile(r"^[ \t]*(?:software|programa|programm|软件|處理軟件|处理软件|creator\s*tool|processing\s*software)[ \t]*[:：][ \t]*"
                               r"(?P<value>[^\n]{2,80}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# Programs that edit a photo (a camera's own firmware, 'ILCE-7M3 v3.01', is none of them).
_EDITORS_RE = re.compile(r"photoshop|lightroom|gimp|snapseed|picsart|canva|affinity|capture\s*one|pixelmator|luminar|photoscape|fotor"
                         r"|vsco|paint\.net|美图|醒图|光影魔术手", re.IGNORECASE)
# Words that tie a date in our record to our photos: their shoot, or their first publication.
_OUR_PHOTO_DAY_RE = re.compile(
    r"\b(shot|shoot|taken|took|photographed|captur(e|ed|es|ing)|created|published|publication|posted|online since)\b|publicad|veröffentlicht"
    r"|aufgenommen|pubblicat|scattat|拍摄|发布|发表|上架|首次"
)


@dataclass(frozen=True)
class CameraDay:
    """A day the camera data gives, as written ('2026:09:21 15:02:44' is written '2026:09:21')."""

    value: date
    written: str

    def said(self) -> str:
        plain = self.value.isoformat()
        return f"'{escape_untrusted(self.written)}'" + ("" if self.written == plain else f" ({plain})")


def _exif_day(match: re.Match) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def camera_days(text: str) -> list[CameraDay]:
    """The capture days a text gives as camera data: the value of a capture-date field, and any day written the EXIF way."""
    found: dict[date, CameraDay] = {}
    for line in (text or "").splitlines():
        label = _CAPTURE_LABEL_RE.search(line)
        rest = line[label.end():] if label else line
        exif = _EXIF_DAY_RE.search(rest)
        if exif and _exif_day(exif):
            found.setdefault(_exif_day(exif), CameraDay(_exif_day(exif), exif.group(0)))
            continue
        if label:
            day = next(iter(find_dates(rest)), None)
            if day:
                written = normalize_text(rest)[day.start:day.end].strip()
                found.setdefault(day.value, CameraDay(day.value, _as_written(rest, written)))
    return list(found.values())


def _as_written(text: str, found: str) -> str:
    match = re.search(re.escape(found), text, re.IGNORECASE)
    return match.group(0) if match else found


def editing_software(text: str) -> str | None:
    """The editing program a camera-data listing names in its software field, as written; None for a camera's firmware."""
    for match in _SOFTWARE_LINE_RE.finditer(text or ""):
        if _EDITORS_RE.search(match.group("value")):
            return match.group("value").strip()
    return None


@dataclass(frozen=True)
class OurDay:
    """A day our record gives for our own photos, as written, and where it says it."""

    value: date
    written: str
    where: str
    month_only: bool = False

    def said(self) -> str:
        plain = self.value.isoformat()
        return f"'{escape_untrusted(self.written)}'" + ("" if self.month_only or self.written == plain else f" ({plain})")


def our_photo_days(complaint, sentences) -> list[OurDay]:
    """The days our complaint gives for our photos (a shoot or a first publication), from its statement and its
    evidence, earliest first."""
    sources = [(complaint.statement or "", "our complaint's statement")]
    sources += [(item.description or "", "the complaint's evidence") for item in complaint.evidence]
    days = []
    for text, where in sources:
        for sentence in sentences(text):
            if _OUR_PHOTO_DAY_RE.search(normalize_text(sentence)):
                days += [OurDay(d.value, d.written, where, d.month_only) for d in days_and_months(sentence)]
    return sorted(days, key=lambda d: d.value)


@dataclass(frozen=True)
class SellerDay:
    """A day the seller gives for taking its photos: where from (an attachment's camera data, or its own text)."""

    value: date
    written: str
    attachment: int | None = None
    camera: bool = True  # camera data ('2026:09:21'), or the seller's own words ('shot in March 2024')
    month_only: bool = False
    paper: str | None = None  # the day a photographer's paper is dated, which gives no shoot date ('invoice', 'paper')
    scanned: bool = False  # read by OCR from a picture of a page: what the scan reads, never camera data

    def said(self) -> str:
        plain = self.value.isoformat()
        quoted = f"'{escape_untrusted(self.written)}'" + ("" if self.month_only or self.written == plain else f" ({plain})")
        if self.paper:
            return f"Attachment #{self.attachment} (the photographer's {self.paper}) is dated {quoted}"
        if self.scanned:
            return (f"The scan of attachment #{self.attachment} reads {quoted} as "
                    + ("the day its photo was taken" if self.camera else "the shoot date"))
        if self.attachment is not None:
            return (f"The camera data of attachment #{self.attachment} gives {quoted} as the day its photo was taken" if self.camera
                    else f"Attachment #{self.attachment} gives {quoted} as the shoot date")
        return f"The seller gives {quoted} as the camera date of its photo" if self.camera else \
            f"The seller gives {quoted} for when its photos were taken"


# A photographer's paper that is an invoice or a receipt ('FACTURA', 'Invoice date', '发票'), not a statement or a contract.
_INVOICE_WORDS_RE = re.compile(r"invoice|receipt|factura|recibo|发票|收据|fattura|ricevuta|rechnung|quittung|faktur|invois|kwitansi")
# How far a photographer's paper may be dated after the time the seller gives for its shoot and still bear it out: a shoot
# is billed, or its contract signed, within weeks of it, never years after.
PAPER_AFTER_SHOOT_DAYS = 92


def paper_date(text: str | None) -> tuple[date, str, str] | None:
    """(the day a photographer's paper is dated, as written, 'invoice' or 'paper') when it gives no shoot date of its own
    (shoot_date reads that): its issue date, which dates the shoot no later than it; None when it gives neither."""
    if not text or shoot_date(text):
        return None
    day = document_date(text)
    if day is None:
        return None
    written = date_as_written(text, day) or day.isoformat()
    return day, written, "invoice" if _INVOICE_WORDS_RE.search(normalize_text(text[:300])) else "paper"


def paper_later_than_said(said, day: date):
    """The seller's date for its shoot (a day, a month or a year, as it says it) that a paper dated ``day`` comes well after
    (more than PAPER_AFTER_SHOOT_DAYS after the end of the time the seller gives): it does not bear it out; None otherwise."""
    for found in said:
        start = found.value
        if getattr(found, "year_only", False):
            end = date(start.year, 12, 31)
        elif found.month_only:
            end = date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
        else:
            end = start
        if (day - end).days > PAPER_AFTER_SHOOT_DAYS:
            return found
    return None


def _compare(seller: SellerDay, ours: OurDay) -> int:
    """-1, 0 or 1 as the seller's day is before, the same as (or in the same month as) or after ours."""
    coarse = seller.month_only or ours.month_only
    a = (seller.value.year, seller.value.month) if coarse else seller.value
    b = (ours.value.year, ours.value.month) if coarse else ours.value
    return (a > b) - (a < b)


def _scanned(doc) -> bool:
    """Whether an attachment's text was read by OCR from a picture (a scan, a photo of a page)."""
    return "ocr" in (doc.read_with or "")


def seller_days(ctx, said) -> list[SellerDay]:
    """Every day the seller gives for its photos: camera data in its files and its text, then the days it says it shot them."""
    # A photographer's paper prints its shoot date under a label camera data also uses ('拍摄日期', 'Aufnahmedatum'): read
    # below as the paper's shoot date, never as camera data.
    days = [SellerDay(d.value, d.written, index, scanned=_scanned(doc)) for index, doc, kind in ctx.attachments
            if kind is not AttachmentKind.PHOTOGRAPHER_STATEMENT for d in camera_days(doc.text or "")]
    days += [SellerDay(doc.taken_on, doc.taken_on.isoformat(), index) for index, doc, _ in ctx.attachments if doc.taken_on]
    days += [SellerDay(shot, date_as_written(doc.text, shot) or shot.isoformat(), index, camera=False, scanned=_scanned(doc))
             for index, doc, kind in ctx.attachments if kind in IMAGE_OWNERSHIP_KINDS and doc.text for shot in [shoot_date(doc.text)] if shot]
    days += [SellerDay(d.value, d.written) for d in camera_days(ctx.counter_notice)]
    days += [SellerDay(dated[0], dated[1], index, camera=False, paper=dated[2]) for index, doc, kind in ctx.attachments
             if kind is AttachmentKind.PHOTOGRAPHER_STATEMENT for dated in [paper_date(doc.text)] if dated]
    # (a year alone, 'en 2024', is no day to set against ours: it is set against the seller's own documents instead)
    days += [SellerDay(d.value, d.written, camera=False, month_only=d.month_only) for d in said if not getattr(d, "year_only", False)]
    seen, out = set(), []
    for day in days:
        if (day.value, day.month_only) not in seen:
            seen.add((day.value, day.month_only))
            out.append(day)
    return out


def dates_against_ours(out, ctx, said) -> list[int]:
    """The seller's days for its photos set against our record's (checks.check_image_ownership), and any editing program
    its camera data names; returns the attachments whose camera data was read."""
    from assistant.domain.appeals.checks import Basis, Severity
    from assistant.domain.appeals.claims import sentences

    days = seller_days(ctx, said)
    ours = our_photo_days(ctx.complaint, sentences)
    if not ours:
        days = [d for d in days if not d.paper]  # a paper's own date is set against ours only, never asked about
    if days and not ours:
        given = "; ".join(said if n == 0 else said[0].lower() + said[1:] for n, said in enumerate(d.said() for d in days))
        out.add("no_date_of_ours_to_compare", Severity.INFO,
                f"{given}. Our record holds no date for our own photos (no shoot or first publication day in the complaint), so there is "
                "nothing to set it against: ask for our originals' dates (their camera data) and the day we first published them.",
                days[0].attachment, Basis.OUR_RECORD, about="shoot")
    for day in days[:2] if ours else []:
        _against(out, day, ours[0], Basis, Severity)
    for index, doc, _ in ctx.attachments:
        program = editing_software(doc.text or "")
        if program:
            quoted = f"'{escape_untrusted(program)}'"
            out.add("edited_in_software", Severity.MISSING,
                    f"The camera data of attachment #{index} names editing software ({quoted}): the file was saved by an editing program, "
                    "so it is not the unedited camera original that would show who took the photo.", index,
                    reply=f"The seller's own file (attachment #{index}) was saved by editing software ({quoted}): it is not an unedited "
                    "camera original.", about="software")
    return list(dict.fromkeys(d.attachment for d in days if d.attachment is not None))


def _against(out, day: SellerDay, ours: OurDay, Basis, Severity) -> None:
    record = f"the day our record gives for our photos ({ours.said()}, in {ours.where})"
    order = _compare(day, ours)
    if day.paper:
        if order > 0:  # a paper dated before ours dates no shoot: only one dated after ours says something
            out.add("paper_dated_after_ours", Severity.SUSPICIOUS,
                    f"{day.said()}, after {record}: the seller's own paper for its photos is later than ours, so it does not show that "
                    "the seller made them first.", day.attachment, Basis.OUR_RECORD, about="shoot",
                    reply=f"The seller's own paper for its photos (attachment #{day.attachment}) is dated {day.value.isoformat()}, after "
                    f"our own photos ({escape_untrusted(ours.written)}): it shows no shoot by the seller before ours.")
        return
    if order > 0:
        out.add("camera_date_after_ours", Severity.SUSPICIOUS,
                f"{day.said()}, after {record}: the seller's photo is later than ours, so it does not show that the seller made them "
                "first.", day.attachment, Basis.OUR_RECORD, about="shoot",
                reply=f"{day.said()}, after our own photos ({escape_untrusted(ours.written)}): it shows no shoot by the seller before ours.")
    elif order < 0:
        out.add("earlier_creation_claimed", Severity.INFO,
                f"{day.said()}, before {record}: a claim to have made them first. Our original files' camera dates answer it; if they "
                "do not settle it, legal decides.", day.attachment, Basis.OUR_RECORD, about="shoot",
                reply=f"Our original, unedited files, with their dates ({escape_untrusted(ours.written)}), are attached.")
    else:
        out.add("camera_date_same_as_ours", Severity.INFO,
                f"{day.said()}, the same as {record}: compare the seller's file with our originals by eye.", day.attachment,
                Basis.OUR_RECORD, about="shoot")


__all__ = ["PAPER_AFTER_SHOOT_DAYS", "CameraDay", "OurDay", "SellerDay", "camera_days", "dates_against_ours", "editing_software",
           "our_photo_days", "paper_date", "paper_later_than_said", "seller_days"]
