"""Servers that want a Discord scheduled event for the premiere, and the event each one has.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "guild_settings", sa.Column("premiere_event", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.create_table(
        "premiere_events",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.BigInteger, nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("told_missing_permission", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("premiere_events")
    with op.batch_alter_table("guild_settings") as batch:
        batch.drop_column("premiere_event")
