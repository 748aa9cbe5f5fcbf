"""The store's tables (SQLAlchemy 2 typed ORM). The migrations in migrations/versions create exactly these.

Two rules live in the schema itself, so that no code path can break them:
- a listing is in at most one active complaint: ``active_listings`` has one row per claimed normalized URL
  (its primary key), entered when a complaint becomes active and removed when it reaches an outcome;
- the audit log is append-only: triggers refuse UPDATE and DELETE on ``audit_log`` (see the first migration).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so that migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A UTC timestamp: stored without a zone (SQLite has none), always returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class RightRow(Base):
    """One IP right in the team's registry (mirrors the platform's 'My IPR' list)."""

    __tablename__ = "ip_rights"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    ip_type: Mapped[str] = mapped_column(String(20))
    patent_kind: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    registration_number: Mapped[str | None] = mapped_column(String(80), index=True)
    registered: Mapped[bool] = mapped_column(Boolean, default=True)
    places_of_registration: Mapped[list[Any]] = mapped_column(default=list)
    classes: Mapped[list[Any]] = mapped_column(default=list)
    expiry_date: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(300))
    approval_status: Mapped[str] = mapped_column(String(30))
    certificate_copy: Mapped[str] = mapped_column(String(20))
    certificate_sealed_or_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    china_extension: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict[str, Any]] = mapped_column(comment="The whole right as given; the columns above mirror it for queries.")
    team: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}


class ComplaintRow(Base):
    """One complaint: one site, one right, one reason, its listings and evidence."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(20), index=True)
    right_id: Mapped[str | None] = mapped_column(ForeignKey("ip_rights.id"), index=True)
    right_snapshot: Mapped[dict[str, Any]] = mapped_column(comment="The right as given with the complaint.")
    complainant: Mapped[dict[str, Any]]
    rights_holder: Mapped[dict[str, Any] | None]
    reason: Mapped[str] = mapped_column(String(40), index=True)
    statement: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), index=True)
    version: Mapped[int] = mapped_column(Integer)
    team: Mapped[str | None] = mapped_column(String(80))
    team_reference: Mapped[str | None] = mapped_column(String(120), index=True, comment="The id the complaint file carried, if any.")
    platform_complaint_id: Mapped[str | None] = mapped_column(String(120), index=True)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime]
    filed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    refiles_id: Mapped[int | None] = mapped_column(Integer, index=True, comment="The rejected complaint this one corrects.")
    rejection_reason: Mapped[str | None] = mapped_column(String(60), comment="The known rejection reason it answers.")

    listings: Mapped[list[ListingRow]] = relationship(
        back_populates="complaint", order_by="ListingRow.position", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(order_by="EvidenceRow.position", cascade="all, delete-orphan")
    events: Mapped[list[StatusEventRow]] = relationship(order_by="StatusEventRow.id")
    counter_notices: Mapped[list[CounterNoticeRow]] = relationship(order_by="CounterNoticeRow.id")

    __mapper_args__ = {"version_id_col": version}


class ListingRow(Base):
    """A listing (product or shop link) named in a complaint. Its identity is the normalized URL."""

    __tablename__ = "complaint_listings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(String(500), index=True)
    site: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str | None] = mapped_column(String(10))
    listing_id: Mapped[str | None] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(Text)
    price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(8))

    complaint: Mapped[ComplaintRow] = relationship(back_populates="listings")

    __table_args__ = (UniqueConstraint("complaint_id", "normalized"),)


class SellerSightingRow(Base):
    """A shop named for a complaint outside its listings: a status import's `shop` column (IPP's Manage Complaints
    page names the seller of each complaint). Stored as given; `seller_key` is the id lowercased, for matching."""

    __tablename__ = "seller_sightings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    site: Mapped[str] = mapped_column(String(20))
    seller_id: Mapped[str] = mapped_column(String(300))
    seller_key: Mapped[str] = mapped_column(String(300), index=True)
    shop_url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(30))
    seen_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("complaint_id", "site", "seller_key"),)


class ActiveListingRow(Base):
    """A listing held by an active complaint. The primary key is what makes 'one active complaint per listing' true."""

    __tablename__ = "active_listings"

    normalized: Mapped[str] = mapped_column(String(500), primary_key=True)
    complaint_id: Mapped[int] = mapped_column(Integer, index=True)
    claimed_at: Mapped[datetime]

    # The claim must name a listing of that very complaint.
    __table_args__ = (
        ForeignKeyConstraint(
            ["complaint_id", "normalized"],
            ["complaint_listings.complaint_id", "complaint_listings.normalized"],
            name="fk_active_listings_complaint_listing",
        ),
    )


class EvidenceRow(Base):
    """A supporting document named in a complaint, stored whole (kind, description, file, seal...)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(60))
    details: Mapped[dict[str, Any]]


class StatusEventRow(Base):
    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(120))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    recorded_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)


class CounterNoticeRow(Base):
    """A seller's counter-notice or appeal. Its text is untrusted and stored as given."""

    __tablename__ = "counter_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    round: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    triage: Mapped[dict[str, Any] | None]
    response_due: Mapped[date | None] = mapped_column(Date)
    response_due_note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("complaint_id", "round"),)


class IdempotencyKeyRow(Base):
    """A request key already served: the same key and payload give the same result; another payload is a conflict."""

    __tablename__ = "idempotency_keys"

    operation: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"))
    actor: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]


class AuditRow(Base):
    """One change: who, what, when, before and after. Append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]

    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)


class ConversationRow(Base):
    """One chat thread (CLI, Slack): its state as JSON, a one-line title for lists, when it last changed."""

    __tablename__ = "chat_conversations"

    thread_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(index=True)


# The Slack app's own records (assistant/store/slack.py): requests already handled, who asked for each pending
# change, feedback votes, reminders already sent. Each primary key is what decides "first time" across processes.


class SlackHandledRequestRow(Base):
    """A Slack request already handled (event id or trigger id): a retry or repeated delivery finds it here."""

    __tablename__ = "slack_handled_requests"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    handled_at: Mapped[datetime]


class SlackChangeRequestRow(Base):
    """Who asked for a pending change, in which conversation, and the message that shows its buttons."""

    __tablename__ = "slack_change_requests"

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(64))
    requester: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]


class SlackFeedbackVoteRow(Base):
    """A person's vote on one answer; a second vote on the same answer replaces the first."""

    __tablename__ = "slack_feedback_votes"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    message_ts: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    thread_id: Mapped[str | None] = mapped_column(String(64))
    vote: Mapped[str] = mapped_column(String(8))
    voted_at: Mapped[datetime]
    # What was voted on, kept with the vote (the conversation may change or go): the person's question, the answer
    # shown, the passages it cited, the marketplace in question; who voted, as an evaluation persona; their reason.
    question: Mapped[str | None] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    citations: Mapped[list[Any] | None]
    site: Mapped[str | None] = mapped_column(String(16))
    persona: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)


class SlackSentReminderRow(Base):
    """A reminder already sent (complaint, kind, stage): sent once, whichever process runs the pass."""

    __tablename__ = "slack_sent_reminders"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    sent_at: Mapped[datetime]
