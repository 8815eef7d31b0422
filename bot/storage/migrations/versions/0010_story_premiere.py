"""The premiere instant of a story with a release day, and how it was decided.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("news_stories", sa.Column("premiere_at", sa.DateTime(timezone=True), nullable=True))
    # stated: the report gives the hour; netflix: only the day, so Netflix's hour (midnight Pacific).
    op.add_column("news_stories", sa.Column("premiere_basis", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("news_stories") as batch:
        batch.drop_column("premiere_basis")
        batch.drop_column("premiere_at")
