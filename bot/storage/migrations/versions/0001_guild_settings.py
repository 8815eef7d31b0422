"""Guild settings.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("spoilers", sa.String(16), nullable=False, server_default="none"),
        sa.Column("trivia_role_id", sa.BigInteger, nullable=True),
        sa.Column("log_channel_id", sa.BigInteger, nullable=True),
        sa.Column("builtin_trivia", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("guild_settings")
