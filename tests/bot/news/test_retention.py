"""Retention: old news goes, in batches, on both engines; unfinished deliveries and /release stay."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from bot.news import retention
from bot.news.outbox import enqueue_story
from bot.news.times import utcnow
from bot.storage.database import Database
from bot.storage.tables import news_items, news_stories, outbox
from tests.bot.delivery import seed

GUILD = 10


async def _story(db: Database, title: str, *, status: str | None, age_days: int) -> int:
    when = utcnow() - timedelta(days=age_days)
    async with db.begin() as conn:
        story_id = await seed.add_story(
            conn, title=title, status=status, first_seen_at=when, links=(("Soompi", None),)
        )
        await conn.execute(
            sa.update(news_items).where(news_items.c.story_id == story_id).values(seen_at=when)
        )
    return story_id


async def test_old_news_is_pruned_and_what_is_still_needed_is_kept(database: Database, monkeypatch) -> None:
    monkeypatch.setattr(retention, "BATCH", 7)  # several batches even with a handful of rows
    monkeypatch.setattr(retention, "KEEP_FOR_RELEASE", 3)
    async with database.begin() as conn:
        await seed.subscribe(conn, GUILD, 100)
    unrated = await _story(database, "old, no status", status=None, age_days=400)
    release = [
        await _story(database, f"old release news {n}", status="rumor", age_days=400 - n) for n in range(5)
    ]
    pending = await _story(database, "old, still being delivered", status=None, age_days=300)
    delivered = await _story(database, "old and delivered", status=None, age_days=300)
    recent = await _story(database, "recent", status=None, age_days=3)
    async with database.begin() as conn:
        for story_id in (pending, delivered):
            await enqueue_story(conn, story_id, now=utcnow() - timedelta(days=300))
        await conn.execute(sa.update(outbox).where(outbox.c.story_id == delivered).values(state="sent"))

    pruned = await retention.prune_news(database, days=180)

    async with database.connect() as conn:
        stories = set((await conn.execute(sa.select(news_stories.c.id))).scalars())
        item_stories = set((await conn.execute(sa.select(news_items.c.story_id))).scalars())
        rows = dict((await conn.execute(sa.select(outbox.c.story_id, outbox.c.state))).all())
    kept = {*release[-3:], pending, recent}  # the newest three /release stories, unfinished, recent
    assert stories == kept
    assert item_stories == kept
    assert rows == {pending: "pending"}
    assert (pruned.outbox, pruned.stories) == (1, 4)
    assert unrated not in stories

    again = await retention.prune_news(database, days=180)
    assert (again.outbox, again.items, again.stories) == (0, 0, 0)
