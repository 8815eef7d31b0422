"""Discussion threads at the premiere: which subscriptions want them, and the threads made.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "subscriptions", sa.Column("premiere_threads", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column(
        "premiere_events",
        sa.Column("told_threads_permission", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "premiere_threads",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("story_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("channel_id", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("thread_id", sa.BigInteger, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("story_id", "channel_id", "kind", name="uq_premiere_thread"),
    )


def downgrade() -> None:
    op.drop_table("premiere_threads")
    with op.batch_alter_table("premiere_events") as batch:
        batch.drop_column("told_threads_permission")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("premiere_threads")
