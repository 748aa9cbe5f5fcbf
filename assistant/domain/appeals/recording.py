"""Whether a seller's counter-notice can be recorded on its complaint, and if not, why, in words for the person.

Recording changes the complaint (its status and our deadline), so the reasons not to are checked before anyone is
asked to confirm, in this order: the complaint's state (a draft was never filed, a closed complaint is answered by
nobody), a seller that gives up (it took the goods down or will stop selling them: it has not contested, so its
message is no counter-notice), the same text already recorded (pasting it again is not a new round), a receipt day that cannot be (after
today, before the filing), and a day before the last round recorded (a later round cannot arrive earlier: the person
is asked to check it, and it is recorded only if they confirm).

The same text is the same after Unicode compatibility folding (full-width punctuation), case folding and dropping
spaces, line breaks and punctuation: a counter-notice pasted again from an e-mail differs in exactly those.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.domain.appeals.given_up import given_up
from assistant.domain.lifecycle import Status

# The statuses a counter-notice can arrive in: the complaint was filed and is open, or its listings were removed.
COUNTER_NOTICE_ARRIVES_IN = frozenset(
    {Status.FILED, Status.UNDER_REVIEW, Status.REMOVED, Status.COUNTER_NOTICE_RECEIVED, Status.AWAITING_OUR_RESPONSE}
)

RECORDABLE = "recordable"
ALREADY_RECORDED = "already_recorded"
COMPLAINT_NOT_OPEN = "complaint_not_open"
DAY_AFTER_TODAY = "day_after_today"
DAY_BEFORE_FILING = "day_before_filing"
BEFORE_LAST_ROUND = "before_last_round"
NOT_CONTESTED = "not_contested"


@dataclass(frozen=True)
class RecordedDocument:
    """A file recorded with a counter-notice, as its triage read it then: the seller may rely on it in a later round
    without sending it again. ``read`` is False when only its name was kept (its points are then unknown)."""

    number: int
    name: str
    kind: str | None = None  # what the triage took it to be (invoice, licence...); None when only its name is kept
    read: bool = False  # whether its text (or the details a person gave for it) was read when it was triaged
    grounds: dict[str, str] = field(default_factory=dict)  # ground -> the status that ground had then, for the grounds it was offered for
    points: tuple[dict[str, Any], ...] = ()  # the findings made on it then (Finding fields), in our words

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "kind": self.kind, "read": self.read, "grounds": dict(self.grounds),
                "points": [dict(p) for p in self.points]}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RecordedDocument:
        return cls(number=int(raw.get("number") or 0), name=str(raw.get("name") or ""), kind=raw.get("kind"),
                   read=bool(raw.get("read")), grounds={str(k): str(v) for k, v in (raw.get("grounds") or {}).items()},
                   points=tuple(dict(p) for p in raw.get("points") or ()))


@dataclass(frozen=True)
class RecordedRound:
    """A counter-notice already recorded on the complaint."""

    round: int
    received_on: date
    text: str
    attachments: tuple[str, ...] = ()  # the names of the files recorded with it
    documents: tuple[RecordedDocument, ...] = ()  # what its triage read in them, when it was recorded with its triage

    def files(self) -> list[RecordedDocument]:
        """Its files as recorded: as read then, or by name alone (a round recorded without its triage)."""
        if self.documents:
            return list(self.documents)
        return [RecordedDocument(number=n, name=name) for n, name in enumerate(self.attachments, start=1)]


@dataclass(frozen=True)
class RecordingCheck:
    """What recording would do: ``verdict`` is RECORDABLE or why not; ``message`` says it to the person; ``round``
    is the recorded round it concerns (the same text, or the last round when the day is before it)."""

    verdict: str
    message: str | None = None
    round: RecordedRound | None = None

    @property
    def refused(self) -> bool:
        """Nothing may be recorded (a day before the last round may be, once the person confirms it)."""
        return self.verdict not in (RECORDABLE, BEFORE_LAST_ROUND)


def normalised(text: str) -> str:
    """The text as compared for sameness: letters, digits and symbols only, folded."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PZC")


def same_text(first: str, second: str) -> bool:
    a, b = normalised(first), normalised(second)
    return bool(a) and a == b


def not_open_message(number: object, status: str) -> str:
    """Why a counter-notice cannot be recorded on a complaint in ``status``."""
    if status in (Status.DRAFT, Status.READY):
        return (f"Complaint {number} is '{status}': it was never filed, so a counter-notice cannot be recorded on it "
                "(a counter-notice can only be recorded for a filed complaint that is still open or was removed).")
    return f"Complaint {number} is '{status}': a counter-notice can only be recorded for a filed complaint that is still open or was removed."


def not_contested_message(number: object, reason: object = None, text: str | None = None, mark: str | None = None) -> str:
    """Why a seller's message that gives up is not recorded as a counter-notice on complaint ``number`` (``reason``: the
    complaint's, for what the seller gave up: our photos, our mark or the goods)."""
    words = given_up(reason, text, mark)
    return (f"The seller does not contest complaint {number}: it says it {words.done}. A seller "
            "who gives up has not contested the complaint, so there is no counter-notice to record: the complaint stays as it is. "
            f"Check that {words.gone()}, and keep the seller's message with the complaint's notes if you wish.")


def day_problem(day: date, *, filed_on: date | None, today: date) -> tuple[str, str] | None:
    """(verdict, words) when ``day`` cannot be the day the counter-notice reached us; None when it can be."""
    if day > today:
        return DAY_AFTER_TODAY, (f"{day.isoformat()} is after today ({today.isoformat()}): a counter-notice cannot have reached us "
                                 "on a day still to come.")
    if filed_on and day < filed_on:
        return DAY_BEFORE_FILING, (f"{day.isoformat()} is before the complaint was filed ({filed_on.isoformat()}): a counter-notice "
                                   "cannot reach us before the complaint it answers.")
    return None


def check_recording(
    *, number: object, status: str | None, rounds: Sequence[RecordedRound], text: str, received_on: date,
    filed_on: date | None, today: date | None, contested: bool = True, reason: object = None, mark: str | None = None,
) -> RecordingCheck:
    """Whether ``text``, received on ``received_on``, can be recorded on complaint ``number``, and why not. Without
    ``today`` the day itself is not checked against the calendar (the store keeps a day as given). ``contested``:
    False when the seller gives up (read by the triage's reading of grounds); ``reason``: the complaint's."""
    if status is not None and status not in COUNTER_NOTICE_ARRIVES_IN:
        return RecordingCheck(COMPLAINT_NOT_OPEN, not_open_message(number, status))
    if not contested:
        return RecordingCheck(NOT_CONTESTED, not_contested_message(number, reason, text, mark))
    same = next((r for r in rounds if same_text(r.text, text)), None)
    if same is not None:
        return RecordingCheck(ALREADY_RECORDED, f"This counter-notice is already recorded on complaint {number} (round {same.round}, "
                              f"received on {same.received_on.isoformat()}): nothing was recorded again.", same)
    problem = day_problem(received_on, filed_on=filed_on, today=today) if today else None
    if problem:
        return RecordingCheck(problem[0], problem[1])
    last = max(rounds, key=lambda r: (r.received_on, r.round), default=None)
    if last is not None and received_on < last.received_on:
        return RecordingCheck(BEFORE_LAST_ROUND, (
            f"{received_on.isoformat()} is before the last counter-notice recorded on complaint {number} (round {last.round}, "
            f"received on {last.received_on.isoformat()}): a later round cannot have arrived earlier. Check the day; record it "
            "only if it is right."), last)
    return RecordingCheck(RECORDABLE)


__all__ = [
    "ALREADY_RECORDED", "BEFORE_LAST_ROUND", "COMPLAINT_NOT_OPEN", "COUNTER_NOTICE_ARRIVES_IN", "DAY_AFTER_TODAY",
    "DAY_BEFORE_FILING", "NOT_CONTESTED", "RECORDABLE", "RecordedRound", "RecordingCheck", "check_recording", "day_problem",
    "normalised", "not_contested_message", "not_open_message", "repeated_sentences", "same_text", "RecordedDocument",
]


# --- An appeal after an earlier round: what the seller relied on then -------------------------------------------------

# A document's reference as people write it: letters and digits in groups joined by '-' or '/', holding both
# ('MO-LIC-2023-07', 'FT-2026/118', 'NA-2026-0457'); a date (digits only) or a word is none.
_REFERENCE_RE = re.compile(r"(?<![\w/-])(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])[A-Za-z0-9]{1,12}(?:[-/][A-Za-z0-9]{1,12}){1,5}(?![\w/-])")


def references(text: str) -> list[str]:
    """The document references a text names, as written, each once, in order."""
    return list(dict.fromkeys(match.group(0) for match in _REFERENCE_RE.finditer(text or "")))


# A sentence this short ('Please restore our listing.', a store's name) says nothing of a round's case, whoever repeats it
# (a Chinese character counts as two letters: '请恢复链接' is as short as 'restore it').
_MIN_REPEATED = 24


def _weight(text: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def repeated_sentences(earlier: str, text: str) -> list[str]:
    """The sentences of ``text`` that ``earlier`` already holds (compared as same_text compares), as ``text`` writes
    them: the words a later round repeats from an earlier one."""
    from assistant.domain.appeals.claims import sentences

    held = normalised(earlier)
    return [s for s in sentences(text) if _weight(normalised(s)) >= _MIN_REPEATED and normalised(s) in held]


def this_round(rounds: Sequence[RecordedRound], text: str) -> tuple[int, list[RecordedRound]]:
    """(this counter-notice's round on the complaint, the rounds recorded before it): a text already recorded is that
    round; a new one comes after every recorded round."""
    same = next((r for r in rounds if same_text(r.text, text)), None)
    number = same.round if same else max((r.round for r in rounds), default=0) + 1
    return number, sorted((r for r in rounds if r.round < number), key=lambda r: r.round)


def earlier_round_words(rounds: Sequence[RecordedRound], text: str, escape, argued: Sequence[str] = (), relies_on_earlier: bool = False,
                        raised: Sequence[str] = ()) -> str | None:
    """What the person is told of the rounds before this one, or None for a first round: this round's number, the
    day the last one before it was received, what it argued (``argued``: its grounds, in our words), the grounds this
    round raises that it did not (``raised``: this round's grounds, in our words), the words of this round it held
    already, and the document references it named that this one does not (and this one's instead), as the seller
    wrote them (``escape`` makes them safe to show). A round that relies on the files of an earlier one
    (``relies_on_earlier``) has not changed its documents by not naming them again."""
    number, before = this_round(rounds, text)
    if not before:
        return None
    last = before[-1]
    then, now = references(last.text), references(text)
    dropped, added = [r for r in then if r not in now], [r for r in now if r not in then]
    if relies_on_earlier:
        dropped = []
    earlier = ", ".join(f"round {r.round} (received {r.received_on.isoformat()})" for r in before)
    words = f"This is round {number} of the seller's counter-notices on this complaint, after {earlier}, recorded here."
    if argued:
        words += f" Round {last.round} argued (our reading): {'; '.join(argued)}."
    new = [g for g in raised if g not in argued]
    if argued and new:
        words += f" This round raises what round {last.round} did not: {'; '.join(new)}."
    repeated = repeated_sentences(last.text, text)
    if repeated:
        shown = "; ".join(f"'{escape(s)[:160]}'" for s in repeated[:3])
        more = f" ({len(repeated) - 3} more)" if len(repeated) > 3 else ""
        words += f" Words of round {last.round} this round repeats: {shown}{more}; the rest is new."
    if dropped:
        words += f" Round {last.round} named {', '.join(map(escape, dropped))}, which this round does not"
        words += f"; this round names {', '.join(map(escape, added))} instead." if added else "."
        words += " Ask the seller why its documents changed, and check both against our records."
    else:
        words += f" Compare it with round {last.round} before answering: what the seller relies on may have changed."
    return words
