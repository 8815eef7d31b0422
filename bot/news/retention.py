"""Old news is deleted: items, stories and finished outbox rows past the retention window.

Run daily by the tracker's leader. Deletes go in batches, each its own transaction, so a large
backlog never holds a long lock (SQLite has one writer; PostgreSQL's other shards keep working).
Never deleted: outbox rows still pending or being sent, stories with such rows, and the newest
stories of each scope that ``/release`` shows (with their items, which carry their links).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.news.times import utcnow
from bot.storage.database import Database
from bot.storage.tables import news_items, news_stories, outbox

log = logging.getLogger(__name__)

BATCH = 1_000
# As many stories per scope as /release lists: its timeline never loses an entry to pruning.
KEEP_FOR_RELEASE = 50
UNFINISHED = ("pending", "sending")


@dataclass
class Pruned:
    outbox: int = 0
    items: int = 0
    stories: int = 0

    def __str__(self) -> str:
        return f"{self.outbox} outbox rows, {self.items} items, {self.stories} stories"


def _kept_stories() -> sa.Select:
    """Ids of the stories /release shows in each scope, as a sub-select."""
    ranked = sa.select(
        news_stories.c.id,
        sa.func.row_number()
        .over(
            partition_by=news_stories.c.guild_id,
            order_by=(news_stories.c.first_seen_at.desc(), news_stories.c.id.desc()),
        )
        .label("rank"),
    ).where(news_stories.c.status.is_not(None))
    ranked_sub = ranked.subquery()
    return sa.select(ranked_sub.c.id).where(ranked_sub.c.rank <= KEEP_FOR_RELEASE)


async def _delete_in_batches(db: Database, table: sa.Table, condition: sa.ColumnElement[bool]) -> int:
    total = 0
    while True:
        async with db.begin() as conn:
            ids = list((await conn.execute(sa.select(table.c.id).where(condition).limit(BATCH))).scalars())
            if not ids:
                return total
            await conn.execute(sa.delete(table).where(table.c.id.in_(ids)))
        total += len(ids)


async def prune_news(db: Database, *, days: int, now: datetime | None = None) -> Pruned:
    cutoff = (now or utcnow()) - timedelta(days=days)
    kept = _kept_stories()
    unfinished = sa.select(outbox.c.story_id).where(outbox.c.state.in_(UNFINISHED))
    pruned = Pruned()
    pruned.outbox = await _delete_in_batches(
        db, outbox, sa.and_(outbox.c.state.not_in(UNFINISHED), outbox.c.created_at < cutoff)
    )
    pruned.items = await _delete_in_batches(
        db,
        news_items,
        sa.and_(
            news_items.c.seen_at < cutoff,
            sa.or_(news_items.c.story_id.is_(None), news_items.c.story_id.not_in(kept)),
            sa.or_(news_items.c.story_id.is_(None), news_items.c.story_id.not_in(unfinished)),
        ),
    )
    pruned.stories = await _delete_in_batches(
        db,
        news_stories,
        sa.and_(
            news_stories.c.first_seen_at < cutoff,
            news_stories.c.id.not_in(kept),
            news_stories.c.id.not_in(unfinished),
            # A story whose recent repeat is still stored lives on with it.
            ~sa.exists().where(news_items.c.story_id == news_stories.c.id),
        ),
    )
    if pruned.outbox or pruned.items or pruned.stories:
        log.info("news retention (%d days): deleted %s", days, pruned)
    return pruned
