"""Shops named for a complaint by a status import (IPP's Manage Complaints page lists each complaint's seller).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seller_sightings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(20), nullable=False),
        sa.Column("seller_id", sa.String(300), nullable=False),
        sa.Column("seller_key", sa.String(300), nullable=False),
        sa.Column("shop_url", sa.Text(), nullable=True),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),  # UTC without a zone, as every timestamp of the store
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name="fk_seller_sightings_complaint_id_complaints", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_seller_sightings"),
        sa.UniqueConstraint("complaint_id", "site", "seller_key", name="uq_seller_sightings_complaint_id_site_seller_key"),
    )
    op.create_index("ix_seller_sightings_complaint_id", "seller_sightings", ["complaint_id"])
    op.create_index("ix_seller_sightings_seller_key", "seller_sightings", ["seller_key"])


def downgrade() -> None:
    op.drop_index("ix_seller_sightings_seller_key", table_name="seller_sightings")
    op.drop_index("ix_seller_sightings_complaint_id", table_name="seller_sightings")
    op.drop_table("seller_sightings")
