"""A story that confirms an earlier rumour points at it, so its announcement says it is an update.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No foreign key: retention may delete the rumour first; the announcement then simply omits it.
    op.add_column("news_stories", sa.Column("confirms_story_id", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("news_stories") as batch:
        batch.drop_column("confirms_story_id")
