"""Send budget: one row per shared rate budget, so shard processes together keep Discord's per-bot limit.

Revision ID: 0006
Revises: 0005
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
        "send_budget",
        sa.Column("name", sa.String(50), primary_key=True),
        sa.Column("tat", sa.Float, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
