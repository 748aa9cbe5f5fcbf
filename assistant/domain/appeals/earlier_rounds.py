"""Documents a seller sent with an earlier round of the same complaint, relied on again without being attached.

A later counter-notice often says "besides the invoice already sent" and attaches only what is new. The evidence
checks see no invoice in this round; the triage must not then tell anyone (least of all the platform) that none was
attached. What was recorded with the earlier rounds decides what is said instead:

- a file read when its round was triaged: named ("the invoice recorded with round 1 (name)") and the points found
  on it then made again, with the status its ground had then;
- a file whose name alone was kept: named, and what it shows is not verified here (add it and triage again);
- nothing recorded, while the seller says it sent the document before: said so, and IPP's copy is to be checked.

Pure: reads the grounds as assessed and the rounds as recorded, returns the grounds with those points in place of
"attached none".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.domain.appeals.checks import EVIDENCE_GROUNDS, Basis, Finding, GroundAssessment, GroundStatus, Severity, settled_status
from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS, AppealAttachment, AttachmentKind, attachment_kind
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.appeals.recording import RecordedDocument, RecordedRound
from assistant.domain.untrusted_text import escape_untrusted

_KINDS = {
    AppealGround.PURCHASE_INVOICE: PURCHASE_KINDS,
    AppealGround.LICENCE: AUTHORIZATION_KINDS,
    AppealGround.AUTHORIZATION_CHAIN: AUTHORIZATION_KINDS,
}
_WANTED = {
    AppealGround.PURCHASE_INVOICE: "an invoice or purchase contract",
    AppealGround.LICENCE: "a licence",
    AppealGround.AUTHORIZATION_CHAIN: "authorisation documents",
}
_KIND_WORDS = {
    AttachmentKind.INVOICE: "invoice", AttachmentKind.CONTRACT: "purchase contract", AttachmentKind.LICENCE: "licence",
    AttachmentKind.AUTHORIZATION_LETTER: "authorisation letter",
}

# The seller says a document went with an earlier message ("the invoice already sent", "la factura ya enviada",
# "发票之前已经提交过"): 'already/before' next to 'sent/submitted', in the languages sellers write in. One signal,
# read only where a ground has no document in this round.
_SENT_EARLIER_RE = re.compile(
    r"\b(already|previously|earlier|before)\b.{0,40}?\b(sent|submitted|provided|supplied|uploaded|attached|given|shared)\b"
    r"|\b(sent|submitted|provided|supplied|uploaded|attached|shared)\b.{0,30}?\b(earlier|before|previously|already)\b"
    r"|\bya\b.{0,25}?\b(envi|entreg|present|adjunt|aport|mand)|\b(enviad|entregad|presentad|adjuntad|aportad)[oa]s?\s+(anteriormente|previamente|antes)"
    r"|\bgi[àa]\s+(inviat|fornit|allegat|trasmess|mandat)|\b(d[ée]j[àa]|pr[ée]c[ée]demment)\s+(envoy|fourni|transmis|joint)"
    # Not 'sudah kirim ulang' (sent again: with this message).
    r"|\bsudah\s+(di)?(kirim|serahkan|lampirkan|unggah)\b(?!\s+(ulang|kembali|semula))"
    r"|(之前|此前|先前|上次|前面|已经|早已)[^。！？!?]{0,8}?(提交|提供|发送|发过|上传|寄)",
    re.IGNORECASE,
)


def says_sent_earlier(sentences: Sequence[str]) -> bool:
    """Whether the seller's sentences say a document was sent before this counter-notice."""
    return any(_SENT_EARLIER_RE.search(s or "") for s in sentences)


def _serves(doc: RecordedDocument, ground: AppealGround) -> bool:
    """Whether a recorded file can be what a ground rests on: offered for it then, or of its kind; a file known by
    name alone, when its name says nothing against it (the seller's file names are often not in our language)."""
    if ground.value in doc.grounds:
        return True
    kind = AttachmentKind(doc.kind) if doc.kind else attachment_kind(AppealAttachment(name=doc.name))
    return kind in _KINDS[ground] or (not doc.read and kind is AttachmentKind.OTHER)


def _called(doc: RecordedDocument, round_number: int) -> str:
    kind = AttachmentKind(doc.kind) if doc.kind else None
    what = _KIND_WORDS.get(kind, "file") if kind else "file"
    return f"the {what} recorded with round {round_number} ({escape_untrusted(doc.name)[:120]})"


_ATTACHMENT_RE = re.compile(r"\b([Aa])ttachment #(\d+)")
# How a point carried from an earlier round names its file (`_called`): 'the invoice recorded with round 1 (name)'.
_CALLED_RE = re.compile(r"\b[Tt]he (?:invoice|purchase contract|licence|authorisation letter|file) recorded with round \d+ \([^)\n]*\)")


def document_named(finding: Finding) -> str | None:
    """The document a point is about, as people read it: 'attachment #N' of this round, or a file recorded with an
    earlier round by its name ('the invoice recorded with round 1 (invoice.pdf)'); None when the point names none."""
    if finding.attachment is not None:
        return f"attachment #{finding.attachment}"
    called = _CALLED_RE.search(finding.message or "")
    return "t" + called.group(0)[1:] if called else None


def _renamed(text: str | None, number: int, called: str) -> str | None:
    """Our sentence about 'attachment #N' of that round, about the recorded file by its name instead."""
    if not text:
        return text
    return _ATTACHMENT_RE.sub(lambda m: (called[0].upper() + called[1:] if m.group(1) == "A" else called)
                              if int(m.group(2)) == number else m.group(0), text)


# What the seller said then, said as then: a point carried from an earlier round quotes that round's words.
_SELLER_SAID_RE = re.compile(r"\b([Tt])he seller (says|gives|writes|names|calls|claims)\b")
_PAST = {"says": "said", "gives": "gave", "writes": "wrote", "names": "named", "calls": "called", "claims": "claimed"}


def _as_then(text: str | None, lead: str) -> str | None:
    """Our sentence about what the seller says, about what it said in that round ('In round 1 (received 2026-10-06), the
    seller gave ...'): its words there are not this counter-notice's."""
    if not text:
        return text
    return _SELLER_SAID_RE.sub(lambda m: f"{lead if m.group(1) == 'T' else lead[0].lower() + lead[1:]}, the seller {_PAST[m.group(2)]}", text)


def _carried(ground: AppealGround, doc: RecordedDocument, rnd: RecordedRound) -> tuple[list[Finding], GroundStatus | None]:
    """The points found on a file read in an earlier round, about it by name, and the status its ground had then."""
    called = _called(doc, rnd.round)
    sent = f"the {called.split(' recorded', 1)[0].removeprefix('the ')} sent with the seller's counter-notice of {rnd.received_on.isoformat()} ({escape_untrusted(doc.name)[:120]})"
    findings = [Finding(
        code="earlier_round_document", severity=Severity.INFO, ground=ground, basis=Basis.OUR_RECORD,
        message=f"The seller relies on {called}, received {rnd.received_on.isoformat()}, without attaching it again: it was read "
        f"then, and what was found on it is repeated here.",
    )]
    for raw in doc.points:
        try:
            point = Finding.model_validate(raw)
        except ValueError:
            continue
        then = f"In round {rnd.round} (received {rnd.received_on.isoformat()})"
        findings.append(point.model_copy(update={
            "ground": ground, "attachment": None, "message": _as_then(_renamed(point.message, doc.number, called), then),
            "reply": _as_then(_renamed(point.reply or point.message, doc.number, sent), f"In its counter-notice of {rnd.received_on.isoformat()}"),
            "about": f"round {rnd.round} #{doc.number} {point.about or ''}".strip(),
        }))
    then = doc.grounds.get(ground.value)
    try:
        return findings, GroundStatus(then) if then else None
    except ValueError:
        return findings, None


def _unread(ground: AppealGround, docs: list[tuple[RecordedRound, RecordedDocument]]) -> Finding:
    names = "; ".join(f"{escape_untrusted(doc.name)[:120]} (recorded with round {rnd.round}, received {rnd.received_on.isoformat()})"
                      for rnd, doc in docs)
    one = len(docs) == 1
    return Finding(
        code="earlier_document_not_read", severity=Severity.MISSING, ground=ground, basis=Basis.NOT_VERIFIED,
        message=f"The seller relies on {_WANTED[ground]} sent earlier, not attached again: the file{'' if one else 's'} "
        f"{names} {'is' if one else 'are'} kept by name only, so what {'it shows' if one else 'they show'} is not verified here. Add "
        f"{'it' if one else 'them'} to the triage (the command line's --attachment, or share {'it' if one else 'them'} in Slack) and triage again.",
        reply=f"The seller relies on {_WANTED[ground]} it sent earlier; we are checking it against our records.",
        to_confirm=f"reading the file{'' if one else 's'} the seller sent earlier ({', '.join(escape_untrusted(d.name)[:120] for _, d in docs)})",
    )


def _not_recorded(ground: AppealGround) -> Finding:
    return Finding(
        code="earlier_document_not_recorded", severity=Severity.MISSING, ground=ground, basis=Basis.NOT_VERIFIED,
        message=f"The seller refers to {_WANTED[ground]} sent earlier; none is recorded with this complaint: check IPP's copy (the "
        "complaint's earlier counter-notices on the platform), and add it to the triage if it is there.",
        reply=f"The counter-notice refers to {_WANTED[ground]} sent earlier, which has not reached us: we ask to see it before the "
        "listing is restored.",
        to_confirm=f"checking IPP's copy of {_WANTED[ground]} the seller says it sent earlier",
    )


def with_earlier_documents(
    grounds: list[GroundAssessment], words: dict[AppealGround, Sequence[str]], earlier: Sequence[RecordedRound], text: str = "",
) -> list[GroundAssessment]:
    """The grounds, where one has no document in this round: what the earlier rounds recorded for it, or that the
    seller refers to a document sent earlier that none of them holds. Other grounds are left as they are."""
    out = []
    for assessment in grounds:
        absent = [f for f in assessment.findings if f.code == "no_document"]
        if assessment.ground not in EVIDENCE_GROUNDS or not absent:
            out.append(assessment)
            continue
        kept = [f for f in assessment.findings if f.code != "no_document"]
        docs = [(rnd, doc) for rnd in earlier for doc in rnd.files() if _serves(doc, assessment.ground)]
        read = [(rnd, doc) for rnd, doc in docs if doc.read]
        if read:
            statuses = []
            for rnd, doc in read:
                carried, then = _carried(assessment.ground, doc, rnd)
                kept += carried
                statuses.append(then)
            status = (GroundStatus.MEETS_STANDARD if GroundStatus.MEETS_STANDARD in statuses
                      else next((s for s in statuses if s), GroundStatus.FALLS_SHORT))
        elif docs:
            kept.append(_unread(assessment.ground, docs))
            status = GroundStatus.UNVERIFIED
        elif says_sent_earlier(words.get(assessment.ground) or [text]):
            kept.append(_not_recorded(assessment.ground))
            status = GroundStatus.UNVERIFIED
        else:
            out.append(assessment)
            continue
        out.append(assessment.model_copy(update={"findings": kept, "status": settled_status(status, kept)}))
    return out


__all__ = [
    "document_named","says_sent_earlier", "with_earlier_documents"]
