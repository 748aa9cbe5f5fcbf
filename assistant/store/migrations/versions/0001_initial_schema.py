"""The initial schema: rights, complaints and their listings, evidence, status events, counter-notices,
idempotency keys, the active-listing claims, and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Timestamps are stored as UTC without a zone (SQLite has none); the application adds the zone back.
Timestamp = sa.DateTime


def upgrade() -> None:
    op.create_table(
        "ip_rights",
        sa.Column("id", sa.String(80), nullable=False),
        sa.Column("ip_type", sa.String(20), nullable=False),
        sa.Column("patent_kind", sa.String(20), nullable=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("registration_number", sa.String(80), nullable=True),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("places_of_registration", sa.JSON(), nullable=False),
        sa.Column("classes", sa.JSON(), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(300), nullable=True),
        sa.Column("approval_status", sa.String(30), nullable=False),
        sa.Column("certificate_copy", sa.String(20), nullable=False),
        sa.Column("certificate_sealed_or_signed", sa.Boolean(), nullable=False),
        sa.Column("china_extension", sa.Boolean(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False, comment="The whole right as given; the columns above mirror it for queries."),
        sa.Column("team", sa.String(80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
        sa.Column("updated_at", Timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ip_rights"),
    )
    op.create_index("ix_ip_rights_registration_number", "ip_rights", ["registration_number"])

    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("site", sa.String(20), nullable=False),
        sa.Column("right_id", sa.String(80), nullable=True),
        sa.Column("right_snapshot", sa.JSON(), nullable=False, comment="The right as given with the complaint."),
        sa.Column("complainant", sa.JSON(), nullable=False),
        sa.Column("rights_holder", sa.JSON(), nullable=True),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("team", sa.String(80), nullable=True),
        sa.Column("team_reference", sa.String(120), nullable=True, comment="The id the complaint file carried, if any."),
        sa.Column("platform_complaint_id", sa.String(120), nullable=True),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
        sa.Column("updated_at", Timestamp(), nullable=False),
        sa.Column("filed_at", Timestamp(), nullable=True),
        sa.Column("closed_at", Timestamp(), nullable=True),
        sa.ForeignKeyConstraint(["right_id"], ["ip_rights.id"], name="fk_complaints_right_id_ip_rights"),
        sa.PrimaryKeyConstraint("id", name="pk_complaints"),
    )
    for column in ("platform_complaint_id", "reason", "right_id", "site", "status"):
        op.create_index(f"ix_complaints_{column}", "complaints", [column])

    op.create_table(
        "complaint_listings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("normalized", sa.String(500), nullable=False),
        sa.Column("site", sa.String(20), nullable=True),
        sa.Column("kind", sa.String(10), nullable=True),
        sa.Column("listing_id", sa.String(120), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("price", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(8), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name="fk_complaint_listings_complaint_id_complaints", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_complaint_listings"),
        sa.UniqueConstraint("complaint_id", "normalized", name="uq_complaint_listings_complaint_id_normalized"),
    )
    op.create_index("ix_complaint_listings_normalized", "complaint_listings", ["normalized"])

    # One row per listing held by an active complaint: the primary key refuses a second active claim.
    op.create_table(
        "active_listings",
        sa.Column("normalized", sa.String(500), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("claimed_at", Timestamp(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id", "normalized"],
            ["complaint_listings.complaint_id", "complaint_listings.normalized"],
            name="fk_active_listings_complaint_listing",
        ),
        sa.PrimaryKeyConstraint("normalized", name="pk_active_listings"),
    )
    op.create_index("ix_active_listings_complaint_id", "active_listings", ["complaint_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name="fk_evidence_complaint_id_complaints", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_complaint_id", "evidence", ["complaint_id"])

    op.create_table(
        "status_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(30), nullable=True),
        sa.Column("to_status", sa.String(30), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("occurred_at", Timestamp(), nullable=False),
        sa.Column("recorded_at", Timestamp(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name="fk_status_events_complaint_id_complaints"),
        sa.PrimaryKeyConstraint("id", name="pk_status_events"),
    )
    op.create_index("ix_status_events_complaint_id", "status_events", ["complaint_id"])
    op.create_index("ix_status_events_occurred_at", "status_events", ["occurred_at"])

    op.create_table(
        "counter_notices",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("triage", sa.JSON(), nullable=True),
        sa.Column("response_due", sa.Date(), nullable=True),
        sa.Column("response_due_note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(120), nullable=False),
        sa.Column("recorded_at", Timestamp(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name="fk_counter_notices_complaint_id_complaints"),
        sa.PrimaryKeyConstraint("id", name="pk_counter_notices"),
        sa.UniqueConstraint("complaint_id", "round", name="uq_counter_notices_complaint_id_round"),
    )
    op.create_index("ix_counter_notices_complaint_id", "counter_notices", ["complaint_id"])

    op.create_table(
        "idempotency_keys",
        sa.Column("operation", sa.String(40), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name="fk_idempotency_keys_complaint_id_complaints"),
        sa.PrimaryKeyConstraint("operation", "key", name="pk_idempotency_keys"),
    )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", Timestamp(), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("entity_type", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(80), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_entity", "audit_log", ["entity_type", "entity_id"])
    _make_audit_log_append_only()


def _make_audit_log_append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
            END;
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"
        )
    else:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{operation.lower()} BEFORE {operation} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: {operation} is refused'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    for table in (
        "audit_log",
        "idempotency_keys",
        "counter_notices",
        "status_events",
        "evidence",
        "active_listings",
        "complaint_listings",
        "complaints",
        "ip_rights",
    ):
        op.drop_table(table)
