"""Bulk status updates from a CSV file, for teams that copy statuses from the platform's Manage Complaints page.

The format (UTF-8, a header line, one status change per line, applied in file order):

    complaint_id,status,platform_complaint_id,note,occurred_at,shop
    17,filed,IPP-2026-000123,,2026-11-02,https://www.aliexpress.com/store/1102345
    17,under_review,,,2026-11-03T09:30:00,
    18,removed,,Seller did not answer,2026-11-06,Sunny Gadgets Store

- complaint_id: the store's id (as `complaints list` shows it). Required.
- status: a lifecycle status (draft, ready, filed, under_review, counter_notice_received, awaiting_our_response,
  removed, restored, withdrawn, rejected). Required.
- platform_complaint_id: the id IPP gave the complaint; optional, usually given with 'filed'.
- note: free text; optional.
- occurred_at: when it happened on the platform, as an ISO date or date-time (UTC unless it carries an offset);
  optional, default now.
- shop: the seller of the complaint as the platform shows it: a shop link, or the shop's name; optional. It is kept
  with the complaint (stored as given) so that `ipr-assistant sellers` and the drafting dialogue know the shop. A
  product link that does not name its shop is refused.

The whole file is checked first and applied in one transaction: a malformed line or a refused transition changes
nothing at all, and the message names the line. A line whose status the complaint already has is skipped, so
importing the same file twice is harmless.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import Field
from sqlalchemy import select

from assistant.domain.lifecycle import Status, parse_status
from assistant.domain.models import Model
from assistant.domain.sellers import SellerRef, seller_of
from assistant.errors import BadInput, Conflict, NotFound, ValidationFailed
from assistant.services.complaint_status import as_utc, move_status
from assistant.services.complaints import ComplaintService
from assistant.store.complaints import checked_complaint_id, load
from assistant.store.engine import Store
from assistant.store.tables import SellerSightingRow

COLUMNS = ("complaint_id", "status", "platform_complaint_id", "note", "occurred_at", "shop")
# IPP's Manage Complaints page lists the last 15 days unless the date filter is widened (as users of the page
# describe it; IPP's help does not publish it: a product assumption). A file copied from it covers no more.
DEFAULT_WINDOW_DAYS = 15
REQUIRED = ("complaint_id", "status")
MAX_ERRORS_SHOWN = 10
MAX_NOTE_CHARS = 4000  # a note says what happened; a longer text belongs in a file
MAX_SHOP_CHARS = 300  # a shop's name or link


class StatusImportLine(Model):
    line: int = Field(description="Line number in the file (the header is line 1).")
    complaint_id: str
    status: str
    outcome: str = Field(description="'applied', or 'unchanged' when the complaint already had that status.")
    shop: str | None = Field(default=None, description="The shop the line names, as given.")


class StatusImport(Model):
    """What a status file did."""

    applied: int = Field(description="Status changes recorded.")
    unchanged: int = Field(description="Lines skipped because the complaint already had that status.")
    lines: list[StatusImportLine]
    covers_from: date | None = Field(default=None, description="The earliest occurred_at in the file (its day).")
    covers_to: date | None = Field(default=None, description="The latest occurred_at in the file (its day).")
    days_covered: int | None = Field(default=None, description="Days from covers_from to covers_to, both counted.")
    warnings: list[str] = Field(default_factory=list, description="What the file may leave out.")
    covers: str = Field(default="", description="The period the file covers, in words (every front end shows it).")
    shops_recorded: int = Field(default=0, description="Shops newly kept with a complaint from the `shop` column.")
    preview: bool = Field(default=False, description="True when the file was only checked: nothing was recorded.")


@dataclass(frozen=True)
class StatusUpdate:
    """One status change to record, as a line of a status file gives it."""

    line: int
    complaint_id: str
    status: Status
    platform_complaint_id: str | None = None
    note: str | None = None
    occurred_at: datetime | None = None
    shop: str | None = None


class _Preview(Exception):
    """Raised inside the transaction of a preview, so that everything it did is rolled back."""


def apply_status_updates(
    store: Store, updates: Sequence[StatusUpdate], *, actor: str, preview: bool = False, shops: list[str] | None = None,
) -> list[str]:
    """Apply status updates in order, all in one transaction: one refused update leaves every complaint unchanged.

    An update to the status a complaint already has (with no new platform id) is skipped, so importing the
    same file twice changes nothing. Returns 'applied' or 'unchanged' per update. A shop a line names is kept with
    its complaint (its key is added to ``shops`` when new). A preview does all of it and rolls it back.
    """
    outcomes: list[str] = []
    try:
        with store.transaction() as session:
            for update in updates:
                try:
                    row = load(session, update.complaint_id, for_update=True)
                    if update.shop and record_shop(session, row, update.shop, now=store.now(), source="status_import") and shops is not None:
                        shops.append(update.shop)
                    same_id = update.platform_complaint_id in (None, "", row.platform_complaint_id)
                    if row.status == update.status.value and same_id:
                        outcomes.append("unchanged")
                        continue
                    move_status(
                        session, row, update.status, actor=actor, now=store.now(), note=update.note,
                        platform_complaint_id=update.platform_complaint_id, occurred_at=update.occurred_at, action="complaint.import_status",
                    )
                except (Conflict, NotFound, ValidationFailed, BadInput) as refused:
                    kind = Conflict if isinstance(refused, Conflict) else type(refused)
                    raise kind(f"Line {update.line}: {refused.message} Nothing was imported.", hint=refused.hint) from None
                outcomes.append("applied")
            if preview:
                raise _Preview
    except _Preview:
        pass
    return outcomes


def record_shop(session, row, shop: str, *, now: datetime, source: str) -> bool:
    """Keep a shop named for a complaint (a shop link, or the shop's name as given); False when it was known already."""
    ref = shop_ref(shop, row.site)
    key = " ".join(ref.seller_id.lower().split())  # "Sunny  Gadgets Store" and "sunny gadgets store" are one shop
    known = session.scalar(
        select(SellerSightingRow.id).where(
            SellerSightingRow.complaint_id == row.id, SellerSightingRow.site == ref.site, SellerSightingRow.seller_key == key,
        )
    )
    if known is not None:
        return False
    session.add(SellerSightingRow(
        complaint_id=row.id, site=ref.site, seller_id=ref.seller_id, seller_key=key, shop_url=ref.shop_url, source=source, seen_at=now,
    ))
    return True


def shop_ref(shop: str, site: str) -> SellerRef:
    """The seller a `shop` value names: a link that names its shop, or else the shop's name as given."""
    if "://" in shop or shop.lower().startswith("www."):
        ref = seller_of(shop, site, None, None)
        if ref is None:
            raise BadInput(f"the shop link {shop!r} names no shop on {site}; give the shop's own link or its name as the platform shows it.")
        return ref
    return SellerRef(site=site, seller_id=shop, shop_url=None)  # the name as given


def _moment(text: str) -> datetime:
    try:
        return as_utc(datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text), datetime.min)
    except BadInput as problem:
        raise ValueError(f"occurred_at {problem.message}") from None
    except ValueError:
        raise ValueError(f"occurred_at '{text}' is not an ISO date (2026-11-02) or date-time (2026-11-02T09:30:00)") from None


def _complaint_id(value: str) -> str:
    """A complaint number as its digits ('C-17' -> '17'); a team reference as given (looked up when applied)."""
    if not value:
        raise BadInput("complaint_id is empty")
    return str(checked_complaint_id(value))


def _shop(text: str) -> str | None:
    if len(text) > MAX_SHOP_CHARS:
        raise ValueError(f"the shop is {len(text):,} characters long; at most {MAX_SHOP_CHARS:,} fit")
    return text or None


def _note(text: str) -> str | None:
    if len(text) > MAX_NOTE_CHARS:
        raise ValueError(f"the note is {len(text):,} characters long; at most {MAX_NOTE_CHARS:,} fit")
    return text or None


def parse_status_csv(text: str) -> list[StatusUpdate]:
    """The updates a status file asks for; BadInput naming every bad line (up to ten) if any is malformed."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        raise BadInput(
            "The status file's header must name the columns " + ",".join(COLUMNS)
            + (f"; missing: {', '.join(missing)}" if missing else "") + (f"; unknown: {', '.join(unknown)}" if unknown else "") + ".",
        )
    reader.fieldnames = header
    updates: list[StatusUpdate] = []
    errors: list[str] = []
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as problem:  # e.g. a value over the csv module's field limit (128 KB)
            raise BadInput(f"The status file cannot be read at line {reader.line_num}: {problem}. Nothing was imported.") from None
        line = reader.line_num
        if None in row:
            errors.append(f"line {line}: more values than columns")
            continue
        values = {name: (row.get(name) or "").strip() for name in COLUMNS}
        if not any(values.values()):
            continue
        try:
            updates.append(
                StatusUpdate(
                    line=line,
                    complaint_id=_complaint_id(values["complaint_id"]),
                    status=parse_status(values["status"]),
                    platform_complaint_id=values["platform_complaint_id"] or None,
                    note=_note(values["note"]),
                    occurred_at=_moment(values["occurred_at"]) if values["occurred_at"] else None,
                    shop=_shop(values["shop"]),
                )
            )
        except (BadInput, ValueError) as problem:
            errors.append(f"line {line}: {getattr(problem, 'message', problem)}")
    if errors:
        shown = "; ".join(errors[:MAX_ERRORS_SHOWN]) + (f"; and {len(errors) - MAX_ERRORS_SHOWN} more" if len(errors) > MAX_ERRORS_SHOWN else "")
        raise BadInput(f"The status file has {len(errors)} bad line(s), so nothing was imported: {shown}.")
    if not updates:
        raise BadInput("The status file has no status lines.")
    return updates


def coverage(updates: Sequence[StatusUpdate], *, today: date) -> tuple[date | None, date | None, int | None, list[str]]:
    """The days a status file covers, and a warning when it looks like IPP's default 15-day window."""
    days = sorted(update.occurred_at.date() for update in updates if update.occurred_at is not None)
    if not days:
        return None, None, None, [
            "The file gives no dates (occurred_at), so the period it covers is unknown; IPP's Manage Complaints page shows "
            f"only the last {DEFAULT_WINDOW_DAYS} days unless its date filter is widened."
        ]
    first, last = days[0], days[-1]
    span = (last - first).days + 1
    warnings = []
    if (today - first).days <= DEFAULT_WINDOW_DAYS and span <= DEFAULT_WINDOW_DAYS + 1:
        warnings.append(
            f"This file covers {first} to {last} ({span} day(s)), within the last {DEFAULT_WINDOW_DAYS} days: it looks like IPP's "
            f"Manage Complaints page in its default window. Status changes before {first} are not in it; widen the page's "
            "date filter to import them."
        )
    if len(days) < len(updates):
        warnings.append(f"{len(updates) - len(days)} line(s) give no date and are recorded as happening now.")
    return first, last, span, warnings


def covers_text(first: date | None, last: date | None, span: int | None) -> str:
    """The period a status file covers, in the words every front end shows."""
    if first is None:
        return "The file gives no dates, so the period it covers is unknown."
    return f"The file covers {first} to {last} ({span} day(s))."


def import_status_csv(service: ComplaintService, text: str, *, actor: str, preview: bool = False) -> StatusImport:
    """Check a status file, then apply it in one transaction (all lines or none). A preview checks every line against
    the records the same way and records nothing."""
    updates = parse_status_csv(text)
    shops: list[str] = []
    outcomes = apply_status_updates(service.store, updates, actor=actor, preview=preview, shops=shops)
    lines = [
        StatusImportLine(line=update.line, complaint_id=update.complaint_id, status=update.status.value, outcome=outcome, shop=update.shop)
        for update, outcome in zip(updates, outcomes, strict=True)
    ]
    first, last, span, warnings = coverage(updates, today=service.store.now().date())
    return StatusImport(
        applied=outcomes.count("applied"), unchanged=outcomes.count("unchanged"), lines=lines,
        covers_from=first, covers_to=last, days_covered=span, warnings=warnings, covers=covers_text(first, last, span),
        shops_recorded=len(shops), preview=preview,
    )


def complaint_ids_in(text: str) -> list[str]:
    """The complaints a status file names, in file order (for a front end that checks who may change them)."""
    return list(dict.fromkeys(update.complaint_id for update in parse_status_csv(text)))


def summary_lines(result: StatusImport) -> list[str]:
    """What an import did (or, for a preview, would do), the period it covers and its warnings, in plain words."""
    verb = "Would record" if result.preview else "Recorded"
    lines = [f"{verb} {result.applied} status change(s); {result.unchanged} line(s) already up to date.", result.covers]
    if result.shops_recorded:
        lines.append(f"{'Would keep' if result.preview else 'Kept'} {result.shops_recorded} shop(s) with their complaints (see the repeat sellers).")
    lines += [f"Warning: {warning}" for warning in result.warnings]
    return lines
