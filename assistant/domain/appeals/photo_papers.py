"""A copyright registration certificate the seller gives for 'the photos are ours', read against our record.

A certificate (作品登记证书, a 'Certificate of Registration') records what its applicant declared: the work's title, its
holder, the day it was registered, and the creation and first publication dates the applicant gave (office_papers). A
voluntary registration does not show who took the photos first; what the triage can state is its dates against the
complaint's and against the days our record gives for our own photos (their shoot or first publication):
- registered after the complaint: the seller registered the photos only once it was complained against;
- created or first published after our photos: the seller's own paper dates its work after ours.
Each date is quoted as the certificate writes it. A certificate whose dates are all before ours is a claim to have made
the photos first, for our original files' dates and legal to answer.
"""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.camera_dates import our_photo_days
from assistant.domain.appeals.checks import Basis, CheckContext, Severity, _Findings
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, contract_subject
from assistant.domain.appeals.office_papers import work_registration
from assistant.domain.untrusted_text import escape_untrusted


def _as_written(found: tuple[date, str]) -> str:
    day, written = found
    return day.isoformat() if written == day.isoformat() else f"{day.isoformat()} ('{escape_untrusted(written)}')"


def registration_points(out: _Findings, ctx: CheckContext, index: int, doc: AppealAttachment) -> None:
    """What a copyright registration certificate records, with its dates against the complaint's and ours."""
    found = work_registration(doc.text)
    if found is None:
        return
    title = contract_subject(doc.text or "")
    what = f"a copyright registration certificate ('{escape_untrusted(found.heading)}')" + (
        f" for '{escape_untrusted(title)}'" if title else "") + (f", held by '{escape_untrusted(found.holder)}'" if found.holder else "")
    ours = our_photo_days(ctx.complaint, sentences)
    later, reply = [], []
    if found.registered and found.registered[0] > ctx.complaint_date:
        later.append(f"registered on {_as_written(found.registered)}, after {ctx.judged_against}")
        reply.append(f"was registered on {found.registered[0].isoformat()}, after our complaint")
    dated = [(label, d) for label, d in (("created", found.created), ("first published", found.published)) if d]
    after = [(label, d) for label, d in dated if ours and d[0] > ours[0].value]
    if after:
        said = " and ".join(f"{label} on {_as_written(d)}" for label, d in after)
        later.append(f"it records the work as {said}, after the day our record gives for our photos ('{escape_untrusted(ours[0].written)}', "
                     f"in {ours[0].where})")
        reply.append("records its work as " + " and ".join(f"{label} on {d[0].isoformat()}" for label, d in after)
                     + f", after our own photos ({escape_untrusted(ours[0].written)})")
    if not later:
        given = "; ".join(f"{label} on {_as_written(d)}" for label, d in [("registered", found.registered), *dated] if d)
        out.info("registration_read", f"Attachment #{index} is {what}" + (f": {given}" if given else "") + ". A registration records what "
                 "its applicant declared; our original files' dates answer who took the photos first.", index)
        return
    out.add("registration_after_ours", Severity.SUSPICIOUS,
            f"Attachment #{index} is {what}: " + "; ".join(later) + ". A registration records what its applicant declared; it does not "
            "show that the seller took the photos first.", index, Basis.OUR_RECORD, about="registration",
            reply=f"The seller's copyright registration certificate (attachment #{index}) " + ", and ".join(reply)
            + ": it does not show that the seller took the photos first.")


__all__ = ["registration_points"]
