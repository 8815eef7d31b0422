"""Story scope: a story belongs to everyone (built-in sources) or to the one server whose feed made it.

Existing rows: a story that any built-in source reported becomes global, and the items that servers'
own feeds attached to it are detached (they stay stored and explainable, but no longer lend the
global story their title, link or summary). A story only servers' feeds reported belongs to the
server of its first item; items of other servers' feeds are detached from it the same way.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("news_stories") as batch:
        batch.add_column(sa.Column("guild_id", sa.BigInteger, nullable=True))
        batch.create_index("ix_news_stories_guild_first_seen", ["guild_id", "first_seen_at"])

    items = sa.table(
        "news_items",
        sa.column("id", sa.BigInteger),
        sa.column("story_id", sa.BigInteger),
        sa.column("source_id", sa.BigInteger),
    )
    sources = sa.table("news_sources", sa.column("id", sa.BigInteger), sa.column("guild_id", sa.BigInteger))
    stories = sa.table("news_stories", sa.column("id", sa.BigInteger), sa.column("guild_id", sa.BigInteger))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(items.c.id, items.c.story_id, sources.c.guild_id)
        .join(sources, sources.c.id == items.c.source_id)
        .where(items.c.story_id.is_not(None))
        .order_by(items.c.story_id, items.c.id)
    ).all()
    members: dict[int, list[tuple[int, int | None]]] = {}
    for item_id, story_id, guild_id in rows:
        members.setdefault(story_id, []).append((item_id, guild_id))
    detach: list[int] = []
    for story_id, story_items in members.items():
        if any(guild_id is None for _, guild_id in story_items):
            owner = None
        else:
            owner = story_items[0][1]
            conn.execute(sa.update(stories).where(stories.c.id == story_id).values(guild_id=owner))
        detach.extend(item_id for item_id, guild_id in story_items if guild_id != owner)
    for start in range(0, len(detach), 400):
        chunk = detach[start : start + 400]
        conn.execute(sa.update(items).where(items.c.id.in_(chunk)).values(story_id=None))


def downgrade() -> None:
    with op.batch_alter_table("news_stories") as batch:
        batch.drop_index("ix_news_stories_guild_first_seen")
        batch.drop_column("guild_id")
