"""Rows for delivery tests: a story with its items and sources, subscriptions, and their outbox rows.

Outbox rows are written by part A's `enqueue_story`, the same contract the tracker uses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.delivery import outbox_store as store
from bot.news.outbox import enqueue_story
from bot.news.subscriptions import save_subscription
from bot.offline import OfflineWorld
from bot.storage.database import Database
from bot.storage.tables import news_items, news_sources, news_stories

PUBLISHED = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


async def _source(conn: AsyncConnection, name: str) -> int:
    key = f"builtin:{name.lower().replace(' ', '-')}"
    found = (await conn.execute(sa.select(news_sources.c.id).where(news_sources.c.key == key))).scalar()
    if found is not None:
        return int(found)
    result = await conn.execute(
        sa.insert(news_sources)
        .values(
            key=key,
            name=name,
            kind="rss",
            url=f"https://{name.lower().replace(' ', '')}.example/feed",
            interval_s=900,
        )
        .returning(news_sources.c.id)
    )
    return int(result.scalar_one())


async def add_story(
    conn: AsyncConnection,
    *,
    title: str = "All of Us Are Dead season 2 confirmed by Netflix",
    summary: str = "Netflix confirmed a second season of the zombie series.",
    status: str | None = "renewed",
    release_date: str | None = None,
    release_window: str | None = None,
    links: Sequence[tuple[str, str | None]] = (("Soompi", "https://www.soompi.com/article/1"),),
) -> int:
    result = await conn.execute(
        sa.insert(news_stories)
        .values(
            title=title[:500],
            status=status,
            release_date=release_date,
            release_window=release_window,
            published_at=PUBLISHED,
            first_seen_at=PUBLISHED,
            announced=False,
        )
        .returning(news_stories.c.id)
    )
    story_id = int(result.scalar_one())
    for number, (source_name, link) in enumerate(links):
        await conn.execute(
            sa.insert(news_items).values(
                source_id=await _source(conn, source_name),
                stable_id=f"{story_id}-{number}",
                story_id=story_id,
                title=title[:500],
                summary=summary,
                link=link,
                published_at=PUBLISHED,
                language="en",
                relevant=True,
                status=status,
                reasons=[],
            )
        )
    return story_id


async def subscribe(
    conn: AsyncConnection, guild_id: int, channel_id: int, *, ping_role_id: int | None = None
) -> int:
    subscription, _ = await save_subscription(
        conn,
        guild_id=guild_id,
        channel_id=channel_id,
        statuses=None,
        language=None,
        ping_role_id=ping_role_id,
        created_by=None,
    )
    return subscription.id


async def story_to_channels(
    db: Database,
    guild_id: int,
    channel_ids: Sequence[int],
    *,
    ping_role_id: int | None = None,
    **story: object,
) -> int:
    """Subscribe each channel (if not yet) and queue one story to all of them; returns the story id."""
    async with db.begin() as conn:
        for channel_id in channel_ids:
            await subscribe(conn, guild_id, channel_id, ping_role_id=ping_role_id)
        story_id = await add_story(conn, **story)  # type: ignore[arg-type]
        await enqueue_story(conn, story_id)
    return story_id


# --- end-to-end helpers (a running world) ---------------------------------------------------

CHANNELS = ("general", "news", "trivia")


async def settled(world: OfflineWorld, within: float = 20.0) -> dict[str, int]:
    """Wait until no outbox row is pending or sending; return the count per state."""
    async with asyncio.timeout(within):
        while True:
            async with world.bot.db.connect() as conn:
                counts = await store.counts_by_state(conn)
            if not counts.get("pending") and not counts.get("sending"):
                return counts
            await asyncio.sleep(0.05)


async def queue(world: OfflineWorld, channels=CHANNELS, **story: object) -> int:
    ids = [world.channel(name).id for name in channels]
    story_id = await story_to_channels(world.bot.db, world.guild.id, ids, **story)  # type: ignore[arg-type]
    world.bot.delivery.wake()
    return story_id


def posts(world: OfflineWorld, name: str) -> list[Any]:
    bot_id = world.app.bot_user.id
    return [m for m in world.fake.messages(world.channel(name)) if m.author.id == bot_id]
