"""What a seller appeal's triage says to people, in one shape that every front end renders: the terminal and the
chat (integrations/cli/views.py) and Slack's Block Kit (integrations/slack/blocks.py). A front end lays these parts
out; it never picks, words or orders them itself, so the points, the deadline, the sources and the draft reply are
the same wherever the triage is read.

The seller's own words appear only as quotations (its claims, between curly quotes, and its text), never reworded.
"""

from __future__ import annotations

from pydantic import Field

from assistant.domain.appeals.arguments import beside_arguments
from assistant.domain.appeals.checks import OTHER_KIND_GIVEN, Basis, GroundAssessment, GroundStatus, LegalArgument, Severity, settled_status
from assistant.domain.appeals.grounds import ground_label
from assistant.domain.appeals.triage import AppealTriage, Recommendation, seller_words
from assistant.domain.models import Model
from assistant.labels import label

# The point groups in the order people read them, each with the mark a plain-text view puts before its points.
POINT_GROUPS = (("missing", "Missing", "-"), ("suspicious", "Suspicious", "!"), ("not_verified", "Not verified", "?"),
                ("to_check", "To check", "?"))
CLAIM_WORDS = {"validity": "validity", "date": "date", "quantity": "quantity", "grantor": "who granted it",
               "supplier": "who sold the goods", "owner": "who owns the brand", "buyer": "made out to", "signature": "signature or seal",
               "shoot_date": "when taken", "photographer": "photographer"}
# Claims about the listing's photos, not about a document.
_PHOTO_CLAIMS = {"shoot_date", "photographer"}


class GroundRow(Model):
    ground: str = Field(description="The ground in words.")
    status: str = Field(description="Its status in words.")
    attachments: str = Field(description="'#1, #2', or '-' when none.")
    words: list[str] = Field(default_factory=list, description="The seller's sentences the ground rests on, quoted as written (escaped; "
                             "a long one cut, marked '…'), at most MAX_GROUND_QUOTES. Untrusted text.")
    more_words: int = Field(default=0, description="How many more of the seller's sentences the ground rests on than ``words`` shows "
                            "(every one is in the triage's grounds[].words); 0 when all are shown.")
    argument: str | None = Field(default=None, description="For a legal argument shown as a row of its own: its kind (prior_art, "
                                 "invalidation, non_infringement, exhaustion, fair_use, non_use ...; legal for another); none for a ground.")


class PointGroup(Model):
    kind: str = Field(description="missing, suspicious, not_verified or to_check.")
    heading: str = Field(description="The group's heading for people.")
    mark: str = Field(description="The mark a plain-text view puts before each point.")
    points: list[str] = Field(description="Each point once, in the triage's words.")


class TriageView(Model):
    """A triage as people read it, whatever the front end."""

    title: str
    complaint: str = Field(default="", description="The complaint as people know it: number, reference, platform id, right.")
    recommendation: Recommendation
    recommendation_label: str
    reason: str
    deadline: str = Field(description="Our deadline in one line, naming the day it counts from.")
    grounds: list[GroundRow]
    points: list[PointGroup] = Field(description="The findings by group; groups without a point are left out.")
    claims: list[str] = Field(description="What the seller says its documents show: our label, then the seller's words quoted.")
    checklist: list[str] = Field(description="The steps for our response, without the deadline (said above).")
    reading_notices: list[str]
    draft_reply: str | None
    standard: str
    sources: list[str] = Field(description="The addresses of the pages the triage rests on.")
    seller_lines: list[str] = Field(
        description="The seller's text, line by line, escaped, without the data fences; for a long text, only the sentences its "
        "grounds rest on, each cut to a few lines (seller_text_note says so)."
    )
    seller_text_note: str | None = Field(default=None, description="Said above the seller's words when only part of them is shown.")
    attachment_names: list[str] = Field(description="'#1 name' for each attachment, escaped.")


# What a person does about a ground nobody could verify, by the finding that left it unverified (first match wins).
UNVERIFIED_ASKS = (
    (("no_readable_text", "chain_not_traced", "licence_chain_unverified"), "ask for a readable copy"),
    (("not_found_by_ocr",), "check the scan by eye"),
    (("file_not_given",), "named but not given here: add the file"),
    (("named_not_received", "no_document"), "named, not received: ask for it"),
)


def status_words(assessment: GroundAssessment) -> str:
    """A ground's status as people read it, following its findings: not verified says what to ask for (a readable
    copy of a file nobody could read, a file named but not given); 'falls short' is said only when a readable document
    or our record shows something missing (the triage settles that, ``checks.settled_status``), and a ground against
    which only disagreements were found (a date the seller gives that its own document does not) does not hold."""
    if assessment.status is GroundStatus.FALLS_SHORT and not any(
        f.severity is Severity.MISSING and f.basis is not Basis.NOT_VERIFIED for f in assessment.findings
    ):
        return "does not hold: see Suspicious"  # nothing is missing; what it rests on disagrees with itself or looks wrong
    if assessment.status is not GroundStatus.UNVERIFIED:
        return label(assessment.status)
    codes = {f.code for f in assessment.findings if f.basis is Basis.NOT_VERIFIED}
    if any(f.code == "no_document" and f.about == OTHER_KIND_GIVEN for f in assessment.findings):
        return f"{label(assessment.status)}: named, not among the files given: ask for it"  # files were given, of another kind
    ask = next((words for wanted, words in UNVERIFIED_ASKS if codes.intersection(wanted)), None)
    return f"{label(assessment.status)}: {ask}" if ask else label(assessment.status)


def argument_status_words(argument: LegalArgument) -> str:
    """A legal argument's status as people read it, with what settles it when legal answers it."""
    words = status_words(argument)
    return f"{words}: {argument.to_settle}" if argument.to_settle and argument.status is GroundStatus.NEEDS_LEGAL_REVIEW else words


def _quotes(words) -> list[str]:
    return [_cut(w) for w in dict.fromkeys(words) if w.strip()][:MAX_GROUND_QUOTES]


def _more(words) -> int:
    """How many of the seller's sentences are left out of a ground's row (shown: the first MAX_GROUND_QUOTES)."""
    return max(0, len([w for w in dict.fromkeys(words) if w.strip()]) - MAX_GROUND_QUOTES)


def more_words_note(row: GroundRow) -> str:
    """What a front end says after a ground's quotes when some are left out ('and 2 more'); empty when none are."""
    return f"and {row.more_words} more" if row.more_words else ""


def ground_rows(triage: AppealTriage) -> list[GroundRow]:
    """One row per ground, and per legal argument: several legal arguments in one appeal are never one row."""
    rows = []
    for g in triage.grounds:
        if g.arguments:
            rows += [GroundRow(ground=a.label, status=argument_status_words(a), attachments=", ".join(f"#{n}" for n in a.attachments) or "-",
                               words=_quotes(a.words), more_words=_more(a.words), argument=a.kind) for a in g.arguments]
            rest = beside_arguments(g)
            if rest:  # the seller's own photos beside its legal arguments: a row of their own, judged by their own points
                argued = {w for a in g.arguments for w in a.words}
                own = g.model_copy(update={"status": settled_status(GroundStatus.FALLS_SHORT, rest), "findings": rest, "arguments": []})
                words = [w for w in g.words if w not in argued]
                rows.append(GroundRow(ground=ground_label(g.ground, {f.code for f in rest}, triage.ip_type), status=status_words(own),
                                      attachments=", ".join(f"#{n}" for n in sorted({f.attachment for f in rest if f.attachment})) or "-",
                                      words=_quotes(words), more_words=_more(words)))
            continue
        rows.append(GroundRow(ground=ground_label(g.ground, {f.code for f in g.findings}, triage.ip_type), status=status_words(g),
                              attachments=", ".join(f"#{n}" for n in g.attachments) or "-", words=_quotes(g.words), more_words=_more(g.words)))
    return rows


def claim_line(claim) -> str:
    """'attachment #2, quantity: “共计350个”': which document and what about, in our words; then the seller's words."""
    where = f"attachment #{claim.attachment}" if claim.attachment else "its photos" if claim.about in _PHOTO_CLAIMS else "its documents"
    said = getattr(claim, "quote", "") or claim.words
    return f"{where}, {CLAIM_WORDS.get(claim.about, claim.about)}: “{said}”"


def point_groups(triage: AppealTriage) -> list[PointGroup]:
    missing = [f for f in triage.missing if f.basis is not Basis.NOT_VERIFIED]
    unverified = [f for f in triage.missing if f.basis is Basis.NOT_VERIFIED]
    found = {"missing": missing, "suspicious": triage.suspicious, "not_verified": unverified, "to_check": triage.to_check}
    return [PointGroup(kind=kind, heading=heading, mark=mark, points=list(dict.fromkeys(f.message for f in found[kind])))
            for kind, heading, mark in POINT_GROUPS if found[kind]]


# A person is shown the seller's whole text when it is short; a longer one is never quoted back whole (a pasted
# e-mail thread, a 200,000-character paste): the sentences its grounds rest on are, each cut to a few lines.
MAX_SHOWN_LINES = 40
MAX_SHOWN_CHARS = 4_000
MAX_QUOTE_CHARS = 300
MAX_QUOTES = 12
MAX_GROUND_QUOTES = 3  # the sentences shown beside each ground: several grounds in one appeal, each with its own words


def _cut(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= MAX_QUOTE_CHARS else sentence[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


def shown_seller_text(triage: AppealTriage) -> tuple[list[str], str | None]:
    """(the lines of the seller's text a person is shown, the note that says what was left out)."""
    lines = seller_words(triage.seller_text.counter_notice).splitlines()
    if len(lines) <= MAX_SHOWN_LINES and sum(len(line) for line in lines) <= MAX_SHOWN_CHARS:
        return lines, None
    rested_on = list(dict.fromkeys(_cut(w) for g in triage.grounds for w in g.words if w.strip()))
    shown = rested_on[:MAX_QUOTES] or [_cut(line) for line in lines if line.strip()][:MAX_QUOTES]
    what = "the sentences its grounds rest on" if rested_on else "its first lines"
    note = (f"The seller's text is {triage.seller_text.chars:,} characters ({len(lines):,} lines) long: shown here are {what}, each "
            f"cut to {MAX_QUOTE_CHARS} characters. The whole text is kept with the triage (seller_text in --json).")
    return shown, note


def triage_view_model(triage: AppealTriage) -> TriageView:
    """The parts of a triage every front end shows, in order."""
    shown = shown_seller_text(triage)
    return TriageView(
        title=f"Appeal triage: complaint {triage.complaint_id or '(no id)'} on {label(triage.site)}",
        complaint=triage.complaint_known_as or "",
        recommendation=triage.recommendation,
        recommendation_label=triage.recommendation_label or label(triage.recommendation),
        reason=triage.recommendation_reason,
        deadline=triage.deadline_line,
        grounds=ground_rows(triage),
        points=point_groups(triage),
        # A count the seller says it sold is said of its sales, not of a document (the point that sets it against its papers says it).
        claims=list(dict.fromkeys(claim_line(c) for c in triage.seller_claims if c.about != "sold")),
        checklist=[item for item in triage.checklist if item != triage.deadline_line],
        reading_notices=list(triage.reading_notices),
        draft_reply=triage.response_draft,
        standard=triage.evidence_standard,
        sources=[s.url for s in triage.sources],
        seller_lines=shown[0],
        seller_text_note=shown[1],
        attachment_names=[f"#{i} {name}" for i, name in enumerate(triage.seller_text.attachment_names, start=1)],
    )


__all__ = ["POINT_GROUPS", "GroundRow", "PointGroup", "TriageView", "claim_line", "more_words_note", "shown_seller_text", "status_words",
           "triage_view_model"]
