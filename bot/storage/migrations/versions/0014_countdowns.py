"""Countdown posts before the premiere go through the outbox: a row's kind, one row per story,
channel and kind; subscriptions opt in.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "subscriptions", sa.Column("countdowns", sa.Boolean, nullable=False, server_default=sa.false())
    )
    with op.batch_alter_table("outbox") as batch:
        # "story": the announcement of a story; "7d", "1d", "1h", "out": countdown posts to its premiere.
        batch.add_column(sa.Column("kind", sa.String(8), nullable=False, server_default="story"))
        batch.drop_constraint("uq_outbox_story_channel", type_="unique")
        batch.create_unique_constraint("uq_outbox_story_channel_kind", ["story_id", "channel_id", "kind"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint("uq_outbox_story_channel_kind", type_="unique")
        batch.create_unique_constraint("uq_outbox_story_channel", ["story_id", "channel_id"])
        batch.drop_column("kind")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("countdowns")
