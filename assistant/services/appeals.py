"""Appeal triage use cases: read what the seller sent (text, files) and the complaint, then triage it.

The CLI, Slack and the agent's tools call these. Reading checks the input (empty, missing, binary, too long) and
raises BadInput with a clear message; long text is cut to MAX_COUNTER_NOTICE_CHARS and the person is told.
Triage itself is assistant.domain.appeals.triage_appeal: pure, it changes nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import TypeAdapter, ValidationError

from assistant.config import Settings
from assistant.domain.appeals import AppealAttachment, AppealTriage, Recommendation, triage_appeal
from assistant.domain.appeals.day_words import month_alone, not_real_dates
from assistant.domain.appeals.evidence import named_only
from assistant.domain.appeals.given_up import mark_given_up_against
from assistant.domain.appeals.meaning import MeaningReader
from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.appeals.grounds import ground_label, read_grounds, reading_labels
from assistant.domain.appeals.recording import (
    RecordedDocument,
    RecordedRound,
    RecordingCheck,
    check_recording,
    day_problem,
    normalised,
    earlier_round_words,
    not_contested_message,
    same_text,
    this_round,
)
from assistant.domain.appeals.response import draft_response
from assistant.domain.business_days import calendar_for_site
from assistant.domain.deadlines import SITE_NAMES, response_window_published
from assistant.domain.models import Complaint, IPRight, Site
from assistant.domain.untrusted_text import data_only, escape_untrusted
from assistant.errors import BadInput, Conflict, IprError, NotFound
from assistant.files import limits as input_limits
from assistant.files.limits import DEFAULT_LIMITS, Limits
from assistant.services.attachment_text import decode_text, read_attachment_data, read_attachment_text
from assistant.services.said_dates import SaidDate, resolve_said_date, unread_receipt_day

MAX_COUNTER_NOTICE_CHARS = 200_000
MAX_ATTACHMENT_CHARS = 200_000
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class SellerSubmission:
    """What the seller sent, read and checked, with notices for the person (text cut, files without text)."""

    text: str
    attachments: list[AppealAttachment] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


@dataclass
class ComplaintForTriage:
    """The complaint an appeal answers, and the date it was filed when known."""

    complaint: Complaint
    filed_on: date | None = None
    counter_notice_text: str | None = None  # the latest recorded counter-notice, when read from the store
    received_on: date | None = None
    attachment_names: list[str] = field(default_factory=list)  # names of its files, when read from the store
    status: str | None = None  # the complaint's status in our record (draft, filed, withdrawn...), when known
    number: int | None = None  # its number in the team's store, when read from there
    reference: str | None = None  # the team's own reference for it, when it has one
    rounds: list[RecordedRound] = field(default_factory=list)  # every counter-notice recorded on it, when read from the store
    registry: list[IPRight] | None = None  # the team's rights registry, when read from the store (None: not read)

    def recorded_day(self, text: str) -> date | None:
        """The day a recorded counter-notice with this text was received (None: this text was never recorded). Another
        round's day is never this text's."""
        same = self.recorded_round(text)
        return same.received_on if same else None

    def recorded_round(self, text: str) -> RecordedRound | None:
        """The recorded round with this text (None: this text was never recorded)."""
        same = next((r for r in self.rounds if same_text(r.text, text)), None)
        if same is not None:
            return same
        if not self.rounds and self.received_on and self.counter_notice_text and same_text(self.counter_notice_text, text):
            return RecordedRound(1, self.received_on, self.counter_notice_text, tuple(self.attachment_names))
        return None


_decode = decode_text


def _read_file_bytes(path: Path, what: str, limits: Limits) -> bytes:
    return input_limits.read_file(path, limits.max_file_bytes, what)


def cap_text(text: str, limit: int, what: str) -> tuple[str, str | None]:
    """Cut text to ``limit`` characters; the second value tells the person, or is None when nothing was cut."""
    if len(text) <= limit:
        return text, None
    return text[:limit], f"The {what} was {len(text):,} characters long; only the first {limit:,} were read."


def read_counter_notice(source: str | Path, stdin: TextIO | None = None, limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[str]]:
    """The counter-notice text from a file, or standard input for '-'; BadInput when missing, binary or empty."""
    origin = "standard input" if str(source) == "-" else str(Path(source).expanduser())
    limit = limits.max_file_bytes
    data = input_limits.read_source(source, limit, "counter-notice file", stdin=stdin)
    text = _decode(data, "Standard input" if origin == "standard input" else origin)
    if not text.strip():
        raise BadInput(f"The counter-notice ({origin}) is empty.", hint="Paste the seller's counter-notice text into the file.")
    text, notice = cap_text(text, MAX_COUNTER_NOTICE_CHARS, "counter-notice")
    return text, [notice] if notice else []


def read_attachment(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[AppealAttachment, list[str]]:
    """An attachment file as the triage reads it: its name, and its text when it has any (text, HTML, PDF, Word, and
    scans through OCR), pages separated by form feeds."""
    path = Path(path).expanduser()
    return _as_attachment(path.name, read_attachment_text(path, limits))


def attachment_from_data(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[AppealAttachment, list[str]]:
    """The same for a file held in memory (shared in Slack): nothing is written to disk."""
    return _as_attachment(name, read_attachment_data(name, data, limits))


def _as_attachment(name: str, read) -> tuple[AppealAttachment, list[str]]:
    text = read.text
    notices = [f"{name}: {notice}." for notice in read.notices]
    if not (text or "").strip():
        text = None
        notices.append(f"No text could be read from {name}: what it shows is not verified. Ask the seller for a legible copy.")
    else:
        text, cut = cap_text(text, MAX_ATTACHMENT_CHARS, f"attachment {name}")
        notices += [cut] if cut else []
    return AppealAttachment(name=name, text=text, read_with=read.method if text else None, taken_on=read.taken_on,
                            unread=None if text else read.unread, pictures=read.pictures if text and read.method in ("docx", "pdf text layer") else None), notices


_ATTACHMENT_LIST = TypeAdapter(list[AppealAttachment])


def read_attachments_json(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> list[AppealAttachment]:
    """Attachments described in a JSON file: a list of {name, kind, text, date, valid_until, signed_or_sealed, quantity, ...}."""
    path = Path(path).expanduser()
    data = _decode(_read_file_bytes(path, "attachments file", limits), str(path))
    try:
        described = _ATTACHMENT_LIST.validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise BadInput(f"{path} is not a list of attachments ({where}: {first['msg']}).") from exc
    # A file described by its name alone was named, not given: said so, as for a name typed in Slack's form.
    return [named_only(a.name) if not a.model_dump(exclude={"name"}, exclude_defaults=True) else a for a in described]


def read_submission(
    text_source: str | Path | None,
    attachment_paths: list[str | Path] = (),
    attachments_json: str | Path | None = None,
    *,
    stored: ComplaintForTriage | None = None,
    stdin: TextIO | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SellerSubmission:
    """Everything the seller sent, read and checked: the text from ``text_source`` ('-' for stdin) or, without one,
    the counter-notice already stored with the complaint (with its attachments' names)."""
    attachments: list[AppealAttachment] = []
    if text_source is not None:
        text, notices = read_counter_notice(text_source, stdin, limits)
    elif stored and stored.counter_notice_text and stored.counter_notice_text.strip():
        text, cut = cap_text(stored.counter_notice_text, MAX_COUNTER_NOTICE_CHARS, "counter-notice")
        notices = [cut] if cut else []
        if not attachment_paths and not attachments_json:
            attachments = [named_only(name) for name in stored.attachment_names]
    else:
        raise BadInput("Give the seller's counter-notice with --text FILE (or --text - to read standard input).")
    for path in attachment_paths:
        attachment, more = read_attachment(path, limits)
        attachments.append(attachment)
        notices += more
    if attachments_json:
        attachments += read_attachments_json(attachments_json, limits)
    return SellerSubmission(text=text, attachments=attachments, notices=notices)


def _parse_date(value: Any, origin: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadInput(f"{origin}: {value!r} is not a date; {why_not_a_day(str(value).strip()[:10])}") from None


def _complaint(raw: Any, origin: str) -> Complaint:
    try:
        return Complaint.model_validate(raw)
    except ValidationError as exc:
        lines = [
            f"  - {'.'.join(str(part) for part in item['loc']) or '(top level)'}: {item['msg']}" for item in exc.errors()[:10]
        ]
        raise BadInput(f"{origin} is not a valid complaint:\n" + "\n".join(lines)) from exc


def read_complaint_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ComplaintForTriage:
    """A complaint JSON file: a complaint object, or {"complaint": {...}, "filed_on": "YYYY-MM-DD"}."""
    path = Path(path).expanduser()
    data = _decode(_read_file_bytes(path, "complaint file", limits), str(path))
    raw = input_limits.loads_json(data, str(path))
    if not isinstance(raw, dict):
        raise BadInput(f"{path} must hold one JSON object (a complaint).")
    if isinstance(raw.get("complaint"), dict):
        return ComplaintForTriage(_complaint(raw["complaint"], str(path)), filed_on=_parse_date(raw.get("filed_on"), str(path)))
    return ComplaintForTriage(_complaint(raw, str(path)))


def read_complaint_from_store(complaint_id: str, settings: Settings, store: Callable[[], Any]) -> ComplaintForTriage:
    """The complaint and its latest counter-notice from the team's store (read only).

    ``store()`` opens the store (the composition root's, which also closes it); it is called only when the store
    exists: opening the default store would create it, and a triage changes nothing.
    """
    from assistant.services.complaints import ComplaintService  # the store's service, only for a complaint named by id

    if not _store_exists(settings):
        raise NotFound(
            f"There is no complaint store yet in {settings.home}, so there is no complaint {complaint_id}.",
            hint="Give the complaint as a file with --complaint FILE.json.",
        )
    service = ComplaintService(store())
    target = target_from_record(service.show(service.number_of(complaint_id, typed=True)))  # as typed: a number that is also a reference is asked about
    return with_registry(target, settings, lambda: service.store)


def read_complaint(settings: Settings, store: Callable[[], Any], *, complaint_file: str | Path | None = None,
                   complaint_id: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ComplaintForTriage:
    """The complaint an appeal answers, given as a JSON file or named by its id in the team's store, read for the
    triage the same way either way: with the team's rights registry when there is one."""
    if complaint_file:
        return with_registry(read_complaint_file(complaint_file, limits), settings, store)
    return read_complaint_from_store(str(complaint_id), settings, store)


def with_registry(target: ComplaintForTriage, settings: Settings | None, store: Callable[[], Any] | None) -> ComplaintForTriage:
    """The complaint with the team's rights registry beside it, however the complaint was given (its id, a file, the
    complaint itself): the seller's points about our rights are compared with the same records. Without a store yet
    none is opened (opening would create it, and a triage changes nothing): the registry stays unread."""
    if target.registry is None and settings is not None and store is not None and _store_exists(settings):
        target.registry = registry_rights(store())
    return target


def _store_exists(settings: Settings) -> bool:
    return settings.database_url is not None or Path(settings.store_url.removeprefix("sqlite:///")).exists()


def registry_rights(store: Any) -> list[IPRight]:
    """Every right in the team's rights registry (`rights add` / `rights list`), read through the store: what the triage
    compares the seller's points about our rights with."""
    from assistant.services.rights import RightsRegistry

    return [record.right for record in RightsRegistry(store).list()]


def target_from_record(record: Any) -> ComplaintForTriage:
    """The complaint as the triage and the recording check read it from its record in the store."""
    latest = max(record.counter_notices, key=lambda notice: (notice.received_on, notice.id), default=None)
    return ComplaintForTriage(
        complaint=record.complaint,
        filed_on=record.filed_at.date() if record.filed_at else None,
        counter_notice_text=latest.text if latest else None,
        received_on=latest.received_on if latest else None,
        attachment_names=list(latest.attachments) if latest else [],
        status=str(getattr(record, "status", "") or "") or None,
        number=int(record.id),
        reference=record.team_reference,
        rounds=[RecordedRound(n.round, n.received_on, n.text, tuple(n.attachments or ()), kept_documents(n.triage))
                for n in record.counter_notices],
    )


def kept_documents(kept: Any) -> tuple[RecordedDocument, ...]:
    """The files of a recorded counter-notice as its triage read them (the 'documents' it was recorded with); none
    for a round recorded without them."""
    raw = kept.get("documents") if isinstance(kept, dict) else None
    return tuple(RecordedDocument.from_json(d) for d in raw or () if isinstance(d, dict))


def recorded_documents(result: AppealTriage, round_number: int | None = None) -> tuple[RecordedDocument, ...]:
    """What recording a triaged counter-notice keeps of each of its files, so a later round that relies on one
    without sending it again is answered from it: what the file was taken to be, whether it was read, the grounds it
    was offered for with their status, and the points found on it (in our words); a file a person described (its date,
    quantity, parties) in place of its text is kept as read from those. A file named but not given is kept by name alone. ``round_number`` is not stored: the round is the record's own."""
    names = result.seller_text.attachment_names
    out = []
    for summary in result.attachments:
        grounds = {g.ground.value: g.status.value for g in result.grounds if summary.number in g.attachments}
        points = [f.model_dump(mode="json") for g in result.grounds for f in g.findings if f.attachment == summary.number]
        read = summary.has_text or summary.details_given  # its text, or the details a person gave for it
        out.append(RecordedDocument(
            number=summary.number, name=names[summary.number - 1] if summary.number <= len(names) else f"#{summary.number}",
            kind=summary.kind.value if read else None, read=read, grounds=grounds if read else {},
            points=tuple(points) if read else (),
        ))
    return tuple(out)


def complaint_known_as(number: int | str | None, complaint: Complaint, reference: str | None = None) -> str:
    """A complaint as the person knows it: its number in our records, the team's reference and the platform's id, and
    what it is about ('complaint 2 (LUM-2026-102, platform id IPP-2026-100102), copyright LUMORA Arc photographs on
    Taobao'); never a code of the store's such as 'C-2'."""

    name = str(number if number is not None else complaint.id or "").removeprefix("C-") or "(no number)"
    known = [r for r in (reference, f"platform id {complaint.platform_complaint_id}" if complaint.platform_complaint_id else None)
             if r and r != name]
    right = complaint.ip_right
    return (f"complaint {name}" + (f" ({', '.join(known)})" if known else "")
            + f", {right.ip_type.value} {right.name} on {SITE_NAMES[complaint.site]}")


@lru_cache(maxsize=1)
def ground_reader() -> MeaningReader:
    """Grounds by meaning with the bundled model (loaded once per process; the examples are embedded once)."""
    from assistant.retrieval.embedding import bundled_encoder

    return MeaningReader(bundled_encoder().encode)


def triage(
    target: ComplaintForTriage,
    submission: SellerSubmission,
    *,
    received_on: date | None = None,
    received_said: str | None = None,
    today: date | None = None,
    settings: Settings | None = None,
    holiday_files: list[str | Path] = (),
    day_order: str | None = None,
    our_statements: list[str] | tuple[str, ...] = (),
) -> AppealTriage:
    """Triage the seller's submission against the complaint, counting days on the site's calendar.

    ``received_said``: the person's own words for when the counter-notice arrived ("yesterday", "on 4 March"),
    resolved against ``today`` (the day of their message) when no date is given. Without either, the day recorded
    with this same text, when it was recorded; never another round's day. A day after ``today`` is refused
    (BadInput): nothing is counted from it. The team's own holiday calendars come from the setting
    IPR_HOLIDAY_CALENDARS_FILE, then ``holiday_files``. ``day_order`` ('DMY', 'MDY'): how the person writes a numeric
    day, when known; without it a numeric day that reads either way is asked about (BadInput). ``our_statements``: what
    the person said of a document the seller names ('we never sent them any authorisation'): the draft reply says it as
    ours and asks the seller to produce the document; our own records agreeing with the seller ('Bellini is our authorised
    dealer') make the recommendation to accept the counter-notice.
    """
    today = today or date.today()
    received_on, words, basis = receipt_day(target, submission.text, received_on=received_on, received_said=received_said, today=today,
                                            day_order=day_order)
    extra = [settings.holiday_calendars_file] if settings and settings.holiday_calendars_file else []
    extra += list(holiday_files)
    calendar = calendar_for_site(target.complaint.site, extra)
    recorded, files = recorded_files(target, submission)
    _, before = this_round(target.rounds, submission.text) if target.rounds else (None, [])
    result = triage_appeal(
        target.complaint,
        submission.text,
        [named_only(name) for name in files] if recorded else submission.attachments,
        received_on=received_on,
        received_on_words=words,
        received_on_basis=basis,
        meaning=ground_reader(),
        complaint_status=target.status,
        today=today,
        filed_on=target.filed_on,
        calendar=calendar,
        holiday_assumption=settings.holiday_assumption if settings else "safer",
        earlier_rounds=before,
        registry=target.registry,
        our_word=our_statements,
    )
    # A seller who gives up sent no counter-notice to answer, and files received but not read here cannot be answered
    # yet: there is no reply to draft.
    draft = (draft_response(result, target.complaint, our_statements).text
             if result.recommendation is not Recommendation.NO_CONTEST and not recorded else None)
    update = {"response_draft": draft, "reading_notices": list(submission.notices),
              "complaint_known_as": complaint_known_as(target.number, target.complaint, target.reference),
              **_rounds(target, submission.text, result)}
    if recorded:
        update["to_check"] = [_recorded_files_point(recorded, files), *update.get("to_check", result.to_check)]
    return result.model_copy(update=update)


def recorded_files(target: ComplaintForTriage, submission: SellerSubmission) -> tuple[RecordedRound | None, list[str]]:
    """(the recorded round, the names of its files) when this text was recorded with files and they are not given now
    (none, or only their names): received, but their text was not kept, so they are to be added, not asked for."""
    recorded = target.recorded_round(submission.text)
    if recorded is None or not recorded.attachments:
        return None, []
    if any(a.text or a.name not in recorded.attachments for a in submission.attachments):
        return None, []  # files given now: they are read
    return recorded, list(recorded.attachments)


def _recorded_files_point(recorded: RecordedRound, files: list[str]) -> Finding:
    names = ", ".join(escape_untrusted(name)[:120] for name in files)
    return Finding(
        code="recorded_file_not_given", severity=Severity.INFO, basis=Basis.OUR_RECORD,
        message=f"This counter-notice was recorded on the complaint (round {recorded.round}, received "
        f"{recorded.received_on.isoformat()}) with {'the file' if len(files) == 1 else 'the files'} {names}: only "
        f"{'its name is' if len(files) == 1 else 'their names are'} kept, so what {'it shows' if len(files) == 1 else 'they show'} "
        "is not verified here. Add the file to the triage (the command line's --attachment, or share it in Slack) and triage "
        "again; no reply is drafted until then.",
    )


def _rounds(target: ComplaintForTriage, text: str, result: AppealTriage) -> dict[str, Any]:
    """This counter-notice's round on the complaint, and (after the first) a point to check naming the rounds before
    it and what the seller relied on then."""
    if not target.rounds:
        return {}
    number, before = this_round(target.rounds, text)
    argued = reading_labels(read_grounds(before[-1].text, [], ground_reader())) if before else []
    relies = any(f.code == "earlier_round_document" for g in result.grounds for f in g.findings)
    raised = [ground_label(g.ground, [f.code for f in g.findings], result.ip_type) for g in result.grounds]
    words = earlier_round_words(target.rounds, text, escape_untrusted, argued, relies_on_earlier=relies, raised=raised)
    if words is None:
        return {"round": number}
    point = Finding(code="earlier_round", severity=Severity.INFO, basis=Basis.OUR_RECORD, message=words)
    return {"round": number, "to_check": [point, *result.to_check]}


def receipt_day(
    target: ComplaintForTriage, text: str, *, received_on: date | None, received_said: str | None, today: date, day_order: str | None = None
) -> tuple[date | None, str | None, str | None]:
    """(the day the counter-notice reached us, the person's words it was read from, how it was learnt: 'given',
    'words' or 'record'); (None, None, None) when nobody said and this text was never recorded. An explicit date
    always wins; a recorded round never overrides what the person says."""
    words = basis = None
    if received_on is not None:
        basis = "given"
    elif received_said:
        unreal = not_real_day(received_said)
        if unreal:
            raise BadInput(f"Nothing was triaged or recorded: {unreal}", hint="Give the day it reached us (YYYY-MM-DD, or the month in words).")
        unread = unread_receipt_day(received_said, today)
        if unread:  # the person said when, in words no day is read from: quoted and asked, never 'you did not say'
            raise BadInput(f"Nothing was triaged or recorded: {_unread(unread)}", hint="Give the day it reached us (YYYY-MM-DD, or the month in words).")
        said = resolve_said_date(received_said, today, day_order=day_order)
        if said and said.ambiguous:
            raise BadInput(_either_way(said), hint="Give the day it reached us (YYYY-MM-DD, or the month in words).")
        if said:
            received_on, words, basis = said.day, said.words, "words"
    if received_on is None:
        received_on = target.recorded_day(text)
        basis = "record" if received_on else None
    if received_on is not None and received_on > today:
        raise BadInput(_after_today(received_on, words, today), hint="Give the day it reached us (YYYY-MM-DD).")
    return received_on, words, basis


def not_real_day(words: str | None) -> str | None:
    """Why the words given for a day name no real day, quoting them as written ("'31 February' is not a real date:
    February has at most 29 days."; "'in November' names the month but not the day"); None when they hold no such date. Such a day is refused, never moved to a real one."""
    found = not_real_dates(words or "")
    if found:
        return f"'{escape_untrusted(found[0].written)}' is not a real date: {found[0].why}."
    alone = month_alone(words or "")
    if alone and resolve_said_date(words or "", date.today()) is None:  # 'in November': never counted from the 1st
        return (f"'{escape_untrusted(alone)}' names the month but not the day: say on which day it reached us "
                "(for example '27 November' or 2026-11-27).")
    return None


def why_not_a_day(value: str) -> str:
    """What is wrong with a written date: a day or month that does not exist is named ('November 2026 has 30 days'),
    anything else is asked for as YYYY-MM-DD."""
    parts = value.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or [len(p) for p in parts] != [4, 2, 2]:
        return "write it as YYYY-MM-DD."
    year, month, day = (int(p) for p in parts)
    if not 1 <= month <= 12:
        return f"there is no month {month}."
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days." if day > days or day < 1 else "write it as YYYY-MM-DD."


def given_day(value: str | None, flag: str, today: date | None = None) -> tuple[date | None, str | None]:
    """The receipt day as every command takes it (`triage-appeal --received-on`, `complaints counter-notice --received`):
    (the date, None) written YYYY-MM-DD, a day that does not exist named; (None, the words) written as people say it."""
    if value is not None and re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", value):
        try:
            return date.fromisoformat(value.strip()), None
        except ValueError:
            raise BadInput(f"{flag} {value!r} is not a date; {why_not_a_day(value.strip())}") from None
    return day_option(value, flag, today)


def received_day(value: str | None, flag: str, today: date) -> date | None:
    """The receipt day given on the command line, words resolved against today as the triage resolves them (a numeric
    day that reads either way is asked about); None when not given."""
    day, words = given_day(value, flag, today)
    if words is None:
        return day
    said = resolve_said_date(words, today)
    if said.ambiguous:
        raise BadInput(either_way_question(said), hint=f"Write the day as YYYY-MM-DD with {flag}.")
    return said.day


def day_option(value: str | None, flag: str, today: date | None = None) -> tuple[date | None, str | None]:
    """A day given on the command line: (the date, None) when written YYYY-MM-DD; (None, the words) when written as people
    say it ('today', 'yesterday', '3 March', '上周一'), which the triage resolves against today as it does the chat's words;
    BadInput when it is neither."""
    if value is None or not value.strip():
        return None, None
    try:
        return date.fromisoformat(value.strip()), None
    except ValueError:
        pass
    unreal = not_real_day(value)
    if unreal:
        raise BadInput(f"{flag} {unreal}", hint="Give the day as YYYY-MM-DD, or in words such as 'yesterday' or '3 March'.")
    if resolve_said_date(value, today or date.today()) is None:
        raise BadInput(f"{flag} {value!r} is not a day: write it as YYYY-MM-DD, or in words such as 'today', 'yesterday' or '3 March'.")
    return None, value.strip()


def _after_today(day: date, words: str | None, today: date) -> str:
    said = f" (Read from your words '{words}'.)" if words else ""
    return (f"Nothing was triaged or recorded: {day.isoformat()} is after today ({today.isoformat()}): a counter-notice cannot have "
            f"reached us on a day still to come.{said}")


def either_way_question(said: SaidDate) -> str:
    """What a numeric day that reads either way leaves open ('3/4' could be 4 March or 3 April); the caller asks which."""
    first, second = (f"{d.day} {d:%B %Y}" for d in (said.day, said.other))
    return f"'{said.words}' could be {first} or {second}: day and month can be read either way."


def _either_way(said: SaidDate) -> str:
    return f"Nothing was triaged or recorded: {either_way_question(said)}"


def _unread(words: str) -> str:
    return f"your words '{escape_untrusted(words)}' say when the counter-notice came, but no day can be read from them."


def said_day_refusal(received_said: str | None, today: date, day_order: str | None = None) -> str | None:
    """Why the day the person's words give cannot be taken as the receipt day (after today; a numeric day that could
    be read either way), in the words the triage refuses it with; None when the words give no day or a possible one.
    The chat asks for the day before triaging."""
    unreal = not_real_day(received_said)
    if unreal:
        return f"Nothing was triaged or recorded: {unreal}"
    unread = unread_receipt_day(received_said, today)
    if unread:
        return f"Nothing was triaged or recorded: {_unread(unread)}"
    said = resolve_said_date(received_said or "", today, day_order=day_order)
    if said and said.ambiguous:
        return _either_way(said)
    return _after_today(said.day, said.words, today) if said and said.day > today else None


# --- Recording the counter-notice on the complaint: only after a person confirms ------------------------------------


def seller_gives_up(text: str, complaint: Complaint | None = None) -> bool:
    """Whether the seller gives up (took the goods or the photos down, will stop selling or using them) and argues nothing:
    the triage's own reading of grounds ('no contest'), against the complaint as the triage reads it (a copyright work, a
    test buy), so recording and the triage's recommendation never disagree."""
    from assistant.domain.appeals.grounds import AppealGround, read_grounds
    from assistant.domain.models import ComplaintReason, IPType

    works = complaint is not None and complaint.ip_right.ip_type is IPType.COPYRIGHT
    test_buy = complaint is not None and complaint.reason is ComplaintReason.TEST_BUY
    mark = mark_given_up_against(complaint) if complaint is not None else None
    reading = read_grounds(data_only(text), [], ground_reader(), works=works, test_buy=test_buy, mark=mark)  # read as the triage reads it
    return AppealGround.NO_CONTEST in reading.grounds


def recording_check(target: ComplaintForTriage, text: str, received_on: date | str | None, *, today: date | None = None) -> RecordingCheck:
    """Whether this counter-notice can be recorded on the complaint (read from the store), and why not: the
    complaint's state, a seller that gives up (it has not contested: no counter-notice), the same text already
    recorded, a day that cannot be, a day before the last round. Asked before anyone is asked to confirm, by the CLI,
    the chat and Slack alike."""
    return check_recording(
        number=target.number if target.number is not None else target.complaint.id, status=target.status, rounds=target.rounds,
        text=text, received_on=_parse_date(received_on, "received_on") or (today or date.today()), filed_on=target.filed_on,
        today=today or date.today(), contested=not seller_gives_up(text, target.complaint), reason=target.complaint.reason,
        mark=mark_given_up_against(target.complaint),
    )


def recording_check_in_store(complaints: Any, complaint_id: str, text: str, received_on: date | str | None,
                             *, today: date | None = None) -> RecordingCheck:
    """The same check for a complaint named by id, read through the complaint service."""
    record = complaints.show(complaints.number_of(complaint_id, typed=True))
    return recording_check(target_from_record(record), text, received_on, today=today)



def receipt_day_problem(day: date | str | None, *, filed_on: date | None, today: date | None = None) -> str | None:
    """Why ``day`` cannot be the day the counter-notice reached us (before the complaint was filed, or after today),
    in words for the person; None when it can be. Such a day is never offered for recording: the person is asked."""
    day = _parse_date(day, "received_on")
    if day is None:
        return None
    problem = day_problem(day, filed_on=filed_on, today=today or date.today())
    return problem[1] if problem else None


def recording_args(complaint_id: str, text: str, received_on: date | str | None, attachment_names: list[str] = ()) -> dict[str, Any]:
    """What recording a triaged counter-notice on the complaint takes (the triage's receipt day): the arguments of the
    change the person confirms."""
    received = _parse_date(received_on, "received_on") or date.today()
    return {"complaint_id": str(complaint_id), "counter_notice": text, "received_on": received.isoformat(),
            "attachments": [str(name)[:200] for name in attachment_names][:20]}


def documents_to_keep(result: AppealTriage | None) -> dict[str, Any] | None:
    """What is stored with a recorded counter-notice of its triage: the files as read (``recorded_documents``), with
    the key of the text triaged (a conversation keeps it until the person asks to record that text)."""
    if result is None:
        return None
    from assistant.domain.appeals.triage import seller_words

    return {"key": _text_key(seller_words(result.seller_text.counter_notice)),
            "documents": [d.as_json() for d in recorded_documents(result)]}


def _text_key(text: str) -> str:
    """A counter-notice's key: the same text (as recording compares texts) has the same key, however long."""
    import hashlib

    return hashlib.sha256(normalised(text).encode("utf-8")).hexdigest()


def kept_for(kept: dict[str, Any] | None, text: str) -> dict[str, Any] | None:
    """The files a triage read (``documents_to_keep``), when it was the triage of this text; None otherwise."""
    if not kept or kept.get("key") != _text_key(escape_untrusted(text)):
        return None
    return {"documents": list(kept.get("documents") or [])}


def recording_deadline_words(site: Site | None) -> str:
    """What recording a counter-notice does to our deadline, for the complaint's ``site``: the offer to record and the
    confirmation say it in these same words. A deadline is promised only where the site publishes how long we have."""
    if site is not None and response_window_published(site):
        return "our answer's deadline is set from that day"
    if site is not None:
        return f"no deadline of ours is set ({SITE_NAMES[site]} publishes no window for our answer): the date IPP shows on the complaint is the one to follow"
    return "our answer's deadline counts from that day where the platform publishes one; otherwise the date IPP shows is the one to follow"


def describe_recording(args: dict[str, Any], known_as: str | None = None, actor: str | None = None, site: Site | None = None) -> str:
    """The change in words, as the person confirms it: the complaint as the person knows it (``known_as``), else its
    number; with ``actor``, the name the history will record it under. A deadline is promised only where ``site`` (the
    complaint's) publishes how long we have to answer; elsewhere the date IPP shows is the one to follow."""
    which = known_as or f"complaint {str(args.get('complaint_id')).removeprefix('C-')}"
    deadline = recording_deadline_words(site)
    return (
        f"Record the seller's counter-notice on {which}, received on {args.get('received_on')}: "
        f"the complaint's status becomes 'counter-notice received'; {deadline}"
        + (f" ({len(args['attachments'])} attachment name(s) kept)" if args.get("attachments") else "")
        + "."
        + (" That day is before the last counter-notice recorded on the complaint: confirm only if it is right." if args.get("before_last_round") else "")
        + (f" It is recorded under the name '{actor}'." if actor else "")
    )


def _complaint_recorded(complaints: Any, complaint_id: Any) -> Complaint | None:
    """The complaint a recording names, as the store holds it (None when the store does not know it: the store refuses)."""
    try:
        return complaints.show(complaints.number_of(str(complaint_id), typed=True)).complaint
    except IprError:
        return None


def record_counter_notice(complaints: Any, args: dict[str, Any], *, actor: str, triaged: AppealTriage | dict[str, Any] | None = None):
    """Record a triaged counter-notice on its complaint (status counter_notice_received, with our deadline), with
    what its triage read in the files (``triaged``: the triage of this same text, or what ``documents_to_keep`` kept
    of it), for the rounds after it.

    Called only once a person has confirmed the change (the CLI's prompt or --yes, the chat's and Slack's
    confirmation); the triage itself never records anything.
    """
    received = _parse_date(args.get("received_on"), "received_on") or date.today()
    recorded = _complaint_recorded(complaints, args.get("complaint_id"))
    if seller_gives_up(str(args.get("counter_notice") or ""), recorded):
        number = str(args.get("complaint_id")).removeprefix("C-")
        mark = mark_given_up_against(recorded) if recorded is not None else None
        raise Conflict(f"Nothing was recorded: {not_contested_message(number, getattr(recorded, 'reason', None), str(args.get('counter_notice') or ''), mark)}")
    return complaints.record_counter_notice(
        args["complaint_id"], received_on=received, text=args["counter_notice"], actor=actor, attachments=list(args.get("attachments") or []),
        before_last_round=bool(args.get("before_last_round")),
        triage=kept_for(triaged if isinstance(triaged, dict) or triaged is None else documents_to_keep(triaged), str(args["counter_notice"])),
    )
