"""'The work is our own creation, made before yours', judged against a copyright complaint about a work.

What shows who created a work first (knowledge/rules/appeal_evidence.yaml, own_creation; the product's reading, an
assumption): dated originals of the work, a registration certificate giving its date of creation or first
publication, an earlier dated publication. Who created it first is for legal to decide on both sides' dated evidence,
so the claim goes there, with what the triage can state:
- the seller's date for the creation set against the date our complaint records for ours (a claim to have made it
  first, both quoted as written);
- the seller's date set against the creation date its own documents give: when they differ, the claim is
  contradicted by its own evidence, said both ways (the seller's words and the document's date, as written).
A photo is judged by what shows who took it (checks.check_image_ownership), not here.
"""

from __future__ import annotations

from assistant.domain.appeals.checks import Basis, CheckContext, Finding, Severity, _Findings, _join, evidence_standard
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.grounds import AppealGround, GroundReading
from assistant.domain.appeals.office_papers import work_registration
from assistant.domain.appeals.our_evidence import holds, if_we_have
from assistant.domain.appeals.own_work import CreationDate, creation_dates_said, document_creation_date, our_creation_date, our_work_dates
from assistant.domain.untrusted_text import escape_untrusted

OWN_CREATION = "own_creation_claim"


def _said(date: CreationDate) -> str:
    return escape_untrusted(date.said())


def _our_evidence(ctx: CheckContext) -> str:
    """What we hold that shows our work's date: its registration when recorded, and our dated originals."""
    right = ctx.complaint.ip_right
    registered = f"its registration {right.registration_number}" if right.registration_number else ""
    return f"our dated original files of the work{' and ' + registered if registered else ''}"


def _claim_reply(ctx: CheckContext) -> str:
    """The reply to the claim: our dated originals said to be attached only when our record lists them."""
    if holds(ctx.complaint, "original"):
        return f"The seller claims the work as its own creation; {_our_evidence(ctx)} are attached, and our counsel will answer the claim."
    right = ctx.complaint.ip_right
    registered = f", on our registration {right.registration_number}" if right.registration_number else ""
    return (f"The seller claims the work as its own creation; our counsel will answer the claim{registered}. "
            f"{if_we_have('our dated original files of the work')}")


def _claim(ctx: CheckContext, given: bool) -> Finding:
    shows = _join(list(evidence_standard()["own_creation"]["what_shows_it"]))
    none = "" if given else " The seller gave no document for it."
    return Finding(
        code=OWN_CREATION, severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.NOT_VERIFIED,
        message="Read as 'the work is the seller's own creation, made first' (our reading of the counter-notice, not its words; not "
        f"verified).{none} What shows who created a work first: {shows}. Who created it first is for legal to decide, on both "
        f"sides' dated evidence ({_our_evidence(ctx)} on ours).",
        reply=_claim_reply(ctx),
    )


def _earlier_than_ours(ctx: CheckContext, seller: CreationDate) -> Finding | None:
    ours = our_creation_date(ctx.complaint.statement, sentences)
    if ours is None or not seller.before(ours):
        return None
    return Finding(
        code="earlier_creation_claimed", severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD, about="creation",
        message=f"The seller gives {_said(seller)} for when it created the work, before the date our complaint records for ours "
        f"({escape_untrusted(ours.said())}): a claim to have created it first, for legal to weigh against our dated originals.",
    )


def _after_ours(ctx: CheckContext, shown: CreationDate) -> tuple[str, str]:
    """(for people, for the platform) that a document's creation date comes after the date our record gives for our work;
    empty when it does not, or our record gives none."""
    ours = our_creation_date(ctx.complaint.statement, sentences)
    if ours is None or not ours.before(shown):
        return "", ""
    return (f" It is also after the date our complaint records for our work ({escape_untrusted(ours.said())}): it shows no creation "
            "before ours.", f" That date is after our work's ({ours.value.isoformat()}): it shows no creation before ours.")


def _plain_day(date: CreationDate) -> str:
    """A day as YYYY-MM-DD; a month or a year as written (to the platform, without our notes)."""
    return date.value.isoformat() if date.precision == "day" else escape_untrusted(date.written)


_EVENTS = (("created", "created"), ("published", "first published"), ("registered", "registered"))


def _certificate_after_ours(ctx: CheckContext, out: _Findings) -> set[int]:
    """A copyright registration certificate of the seller's whose every date (the work's creation, first publication and
    registration, as it records them) comes after the days our complaint gives for our work: the seller's own paper dates
    its work after ours, so it cannot show the seller's came first (a point, with both sides' dates). The attachments read."""
    ours = our_work_dates(ctx.complaint.statement, sentences)
    read: set[int] = set()
    for index, doc, _ in ctx.attachments:
        found = work_registration(doc.text)
        theirs = [(words, CreationDate(*getattr(found, event))) for event, words in _EVENTS if found and getattr(found, event)]
        if not theirs or not ours:
            continue
        earliest = min((d for _, d in theirs), key=lambda d: d.value)
        before = [(words, ours[event]) for event, words in _EVENTS if event in ours and ours[event].before(earliest)]
        if not before:
            continue
        read.add(index)
        every = "all" if len(theirs) > 1 else "which is"
        registered = found.registered and "registered" in ours and ours["registered"].value < found.registered[0]
        out.add("registration_after_ours", Severity.SUSPICIOUS,
                f"Attachment #{index}, the seller's own registration certificate, records its work as "
                f"{_join([f'{words} on {_said(d)}' for words, d in theirs])}: {every} after our work was "
                f"{_join([f'{words} {_said(d)}' for words, d in before])} (our complaint). The seller's own document dates its work after "
                "ours, so it does not show that the seller's came first" + (", nor that it registered earlier." if registered else "."),
                index, Basis.OUR_RECORD, about="registration",
                reply=f"The seller's own registration certificate (attachment #{index}) records its work as "
                f"{_join([f'{words} on {_plain_day(d)}' for words, d in theirs])}: {every} after our work was "
                f"{_join([f'{words} {_plain_day(d)}' for words, d in before])}"
                ". It does not show that the seller's work came first.")
    return read


def _against_documents(ctx: CheckContext, out: _Findings, seller: CreationDate | None, dated: set[int] = frozenset()) -> list[int]:
    """Each document's own creation date, set against the seller's and ours: stated when it agrees with the seller's and
    comes before ours, a point when it differs from the seller's or comes after ours (a certificate already set against
    our dates, in ``dated``, is not set against them again)."""
    read = []
    for index, doc, _ in ctx.attachments:
        shown = document_creation_date(doc.text or "")
        if shown is None:
            continue
        read.append(index)
        after, after_reply = _after_ours(ctx, shown) if index not in dated else ("", "")
        if seller and not seller.agrees_with(shown.value):
            later = "later than" if seller.before(shown) else "not"
            out.suspicious(
                "claim_differs_from_document",
                f"The seller gives {_said(seller)} for when it created the work; attachment #{index}, its own document, gives "
                f"{_said(shown)} as the date the work was created: {later} the date the seller claims, so the seller's own evidence "
                f"contradicts its claim.{after}",
                index, about="creation_date",
            )
            out.items[-1].reply = (f"The seller's own document (attachment #{index}) gives {shown.value.isoformat()} as the date the "
                                   f"work was created, which contradicts the date the counter-notice claims.{after_reply}")
        elif after:
            out.suspicious("document_after_ours", f"Attachment #{index}, the seller's own document, gives {_said(shown)} as the date "
                           f"the work was created.{after}", index, about="creation_date")
            out.items[-1].reply = f"The seller's own document (attachment #{index}) gives {shown.value.isoformat()} as the date the work was created.{after_reply}"
        elif index not in dated:
            out.info("document_shows", f"Attachment #{index} gives {_said(shown)} as the date the work was created.", index,
                     about="creation_date")
    return read


def check_own_creation(ctx: CheckContext, reading: GroundReading, out: _Findings) -> list[int]:
    """The own-creation points added to ``out`` (the 'other' ground's findings); the attachments they read."""
    said = creation_dates_said(" ".join(reading.own_creation_words) or ctx.counter_notice, sentences)
    seller = said[0] if said else None
    out.items.append(_claim(ctx, bool(ctx.attachments)))
    earlier = _earlier_than_ours(ctx, seller) if seller else None
    if earlier:
        out.items.append(earlier)
    dated = _certificate_after_ours(ctx, out)
    read = sorted(set(_against_documents(ctx, out, seller, dated)) | dated)
    if seller and not earlier and not read:
        claim = out.items[-1] if out.items[-1].code == OWN_CREATION else next(f for f in out.items if f.code == OWN_CREATION)
        claim.message += (f" The seller gives {_said(seller)} for when it created the work; our record gives no date for ours to "
                          "set against it, and no document of the seller's gives one.")
    return sorted(set(read) | _offered_as_the_work(ctx))


def _offered_as_the_work(ctx: CheckContext) -> set[int]:
    """The attachments the claim rests on, whether or not they date the work: every one that is no paper of another ground
    (an invoice, a licence), such as the seller's own copy of the work ('Allego il PDF della nostra guida')."""
    from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS

    return {index for index, _, kind in ctx.attachments if kind not in PURCHASE_KINDS | AUTHORIZATION_KINDS}


__all__ = ["OWN_CREATION", "check_own_creation"]
