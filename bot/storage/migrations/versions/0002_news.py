"""News: sources, items, stories, subscriptions and the delivery outbox.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from bot.storage.tables import metadata

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("news_sources", "news_stories", "news_items", "subscriptions", "outbox")


def upgrade() -> None:
    bind = op.get_bind()
    # The tables are defined once, in bot/storage/tables.py; this revision creates them as they
    # stood when it was written. A later change to them gets its own revision with op.* calls.
    metadata.create_all(bind, tables=[metadata.tables[name] for name in TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    metadata.drop_all(bind, tables=[metadata.tables[name] for name in reversed(TABLES)])
