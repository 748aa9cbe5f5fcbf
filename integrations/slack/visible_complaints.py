"""The complaints service as one Slack user may use it.

Legal and support see every complaint; anyone else sees (and may change) only the complaints they own. The
adapter notes whenever it handed out complaint details, so the reply can go privately to the person who asked
instead of to the whole channel.
"""

from __future__ import annotations

from typing import Any

from assistant.errors import NotAuthorized
from integrations.slack.roles import Access, Action


class VisibleComplaints:
    """Wraps the complaints service (see AssistantServices.complaints) with one person's access."""

    def __init__(self, complaints: Any, access: Access):
        self._complaints = complaints
        self._access = access
        self.shown_details = False

    def __getattr__(self, name: str) -> Any:
        # create_draft, active_listings and the rest need no more than the conversation's own confirmation.
        return getattr(self._complaints, name)

    def _refuse(self, complaint_id: Any) -> NotAuthorized:
        return NotAuthorized(
            f"Complaint {complaint_id} belongs to someone else: only its owner, legal and support can see or change it.",
            hint="Ask legal or support if you need it.",
        )

    def _owner_of(self, complaint_id: Any) -> str:
        return self._complaints.show(complaint_id).created_by

    def show(self, complaint_id: Any) -> Any:
        record = self._complaints.show(complaint_id)
        if not self._access.may_see_complaint(record.created_by):
            raise self._refuse(complaint_id)
        self.shown_details = True
        return record

    def list(self, status: Any = None, site: Any = None, team: Any = None, limit: int | None = None) -> list[Any]:
        if self._access.may(Action.SEE_ALL_COMPLAINTS):
            rows = self._complaints.list(status=status, site=site, team=team, limit=limit)
        else:
            rows = [r for r in self._complaints.list(status=status, site=site, team=team) if self._access.may_see_complaint(r.created_by)]
            rows = rows[:limit] if limit else rows
        self.shown_details = self.shown_details or bool(rows)
        return rows

    def due(self, days: int = 7, **options: Any) -> list[Any]:
        items = self._complaints.due(days=days, **options)
        if not self._access.may(Action.SEE_ALL_COMPLAINTS):
            owned = {row.id for row in self._complaints.list() if self._access.may_see_complaint(row.created_by)}
            items = [item for item in items if item.complaint_id in owned]
        self.shown_details = self.shown_details or bool(items)
        return items

    def report(self, months: int = 3) -> Any:
        if not self._access.may(Action.SEE_ALL_COMPLAINTS):
            raise NotAuthorized("The team's Good Faith report is for legal and support.")
        self.shown_details = True
        return self._complaints.report(months=months)

    def update_draft(self, complaint_id: Any, complaint: Any, **options: Any) -> Any:
        if not self._access.may_see_complaint(self._owner_of(complaint_id)):
            raise self._refuse(complaint_id)
        return self._complaints.update_draft(complaint_id, complaint, **options)

    def record_status(self, complaint_id: Any, status: Any, **options: Any) -> Any:
        if not self._access.may_see_complaint(self._owner_of(complaint_id)):
            raise self._refuse(complaint_id)
        return self._complaints.record_status(complaint_id, status, **options)

    def correct_counter_notice_day(self, complaint_id: Any, **options: Any) -> Any:
        """Correcting a recorded counter-notice's day changes the complaint: its owner, legal and support only."""
        if not self._access.may_see_complaint(self._owner_of(complaint_id)):
            raise self._refuse(complaint_id)
        return self._complaints.correct_counter_notice_day(complaint_id, **options)

    def import_statuses(self, text: str, **options: Any) -> Any:
        """A status file names complaints by id: legal and support may import any; anyone else only their own."""
        if not self._access.may(Action.SEE_ALL_COMPLAINTS):
            from assistant.services.status_import import complaint_ids_in

            for complaint_id in complaint_ids_in(text):
                if not self._access.may_see_complaint(self._owner_of(complaint_id)):
                    raise self._refuse(complaint_id)
        self.shown_details = True
        return self._complaints.import_statuses(text, **options)
