"""Rights and powers of attorney that expire: what runs out within the window, and what to upload to IPP after renewal.

Rights come from the team's registry (their expiry dates); powers of attorney from the evidence of complaints that
are not closed (a power of attorney's `valid_until`, when the team recorded it). IPP asks for the renewal,
change or assignment documents with the certificate (knowledge/ipr-submission.md > Supporting documents, renewals
and transfers; Expired rights). A power of attorney's end of validity has no published IPP rule: listing it is a
product assumption, so that an agent's complaints do not rest on an authorisation that has run out.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field
from sqlalchemy import select

from assistant.domain.lifecycle import OUTCOME_STATUSES
from assistant.domain.models import Model
from assistant.store.complaints import complaint_from_row
from assistant.store.rights import right_from_row
from assistant.store.tables import ComplaintRow, RightRow

SOURCE = "https://ipp.alibabagroup.com/infoContent.htm?skyWindowUrl=uc/sc/faq/ipr-t-o-ofatro/en"
UPLOAD_AFTER_RENEWAL = {
    "trademark": "Upload the renewal certificate (or the office's renewal record) with the registration certificate to the right in IPR Management, and the new expiry date.",
    "patent": "Upload proof that the patent is still in force (e.g. the annuity receipt or the office's register extract) to the right in IPR Management; IPP publishes no patent expiry rule.",
    "copyright": "Check the right is still in force; IPP publishes no copyright expiry rule.",
    "power_of_attorney": "Upload a new power of attorney from the rights holder, explicitly authorising IP enforcement, sealed or signed with the signatory's job title, to the right in IPR Management (IPP's own template is simplest).",
}


class RenewalItem(Model):
    """A right or a power of attorney that expires within the window (or already has)."""

    kind: str = Field(description="'right_expires' or 'power_of_attorney_expires'.")
    right_id: str | None = Field(default=None, description="The registry id of the right.")
    name: str = Field(description="The right's name, or the power of attorney's description.")
    due_on: date = Field(description="The last day it is valid.")
    days_left: int = Field(description="Days from today; negative when it has expired.")
    complaints: list[str] = Field(description="Complaints not yet closed that rely on it.")
    upload_after_renewal: str = Field(description="What to upload to IPP once it is renewed.")
    source: str = SOURCE


def renewals_due(store, *, days: int, today: date) -> list[RenewalItem]:
    """Rights and powers of attorney that expire within `days` of `today`, expired ones included, soonest first."""
    horizon = date.fromordinal(today.toordinal() + days)
    closed = [status.value for status in OUTCOME_STATUSES]
    items: list[RenewalItem] = []
    with store.reading() as session:
        open_rows = session.scalars(select(ComplaintRow).where(ComplaintRow.status.not_in(closed)).order_by(ComplaintRow.id)).all()
        relying: dict[str, list[str]] = {}
        for row in open_rows:
            if row.right_id:
                relying.setdefault(row.right_id, []).append(str(row.id))
        for row in session.scalars(select(RightRow).where(RightRow.expiry_date.is_not(None), RightRow.expiry_date <= horizon)):
            right = right_from_row(row)
            items.append(RenewalItem(
                kind="right_expires", right_id=row.id, name=right.name, due_on=right.expiry_date,
                days_left=(right.expiry_date - today).days, complaints=relying.get(row.id, []),
                upload_after_renewal=UPLOAD_AFTER_RENEWAL[str(right.ip_type)],
            ))
        for row in open_rows:
            complaint = complaint_from_row(row)
            for item in complaint.evidence:
                valid_until = getattr(item, "valid_until", None)
                if item.kind == "power_of_attorney" and valid_until is not None and valid_until <= horizon:
                    holder = complaint.rights_holder.name if complaint.rights_holder else complaint.complainant.name
                    items.append(RenewalItem(
                        kind="power_of_attorney_expires", right_id=row.right_id, name=f"Power of attorney from {holder}",
                        due_on=valid_until, days_left=(valid_until - today).days, complaints=[str(row.id)],
                        upload_after_renewal=UPLOAD_AFTER_RENEWAL["power_of_attorney"],
                    ))
    return sorted(items, key=lambda item: (item.due_on, item.kind, item.name))
