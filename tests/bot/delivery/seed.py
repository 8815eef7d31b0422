"""Rows for the news and delivery tests: sources, a story with its items, subscriptions, outbox rows.

The one place tests (and bench/fanout.py) write news rows by hand; outbox rows are written by
`enqueue_story`, the same contract the tracker uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.delivery import outbox_store as store
from bot.news.outbox import enqueue_story
from bot.news.stories import create_story
from bot.news.subscriptions import save_subscription
from bot.offline import OfflineWorld
from bot.storage.database import Database
from bot.storage.tables import news_items, news_sources
from tests.support.waiting import eventually

PUBLISHED = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
NEVER_POLLED = datetime(2100, 1, 1, tzinfo=UTC)


async def add_source(
    conn: AsyncConnection,
    key: str,
    *,
    guild_id: int | None = None,
    kind: str = "rss",
    url: str | None = None,
    language: str | None = "en",
    interval_s: int = 1800,
    **values: Any,
) -> int:
    """A ``news_sources`` row; returns its id."""
    result = await conn.execute(
        sa.insert(news_sources)
        .values(
            key=key,
            guild_id=guild_id,
            kind=kind,
            url=url or f"https://example.com/{key}",
            language=language,
            interval_s=interval_s,
            **values,
        )
        .returning(news_sources.c.id)
    )
    return int(result.scalar_one())


async def _source(conn: AsyncConnection, name: str) -> int:
    """The built-in source called ``name``, created on first use."""
    key = f"builtin:{name.lower().replace(' ', '-')}"
    found = (await conn.execute(sa.select(news_sources.c.id).where(news_sources.c.key == key))).scalar()
    if found is not None:
        return int(found)
    url = f"https://{name.lower().replace(' ', '')}.example/feed"
    # Its feed does not exist: a tracker leader started by the test must never poll it on schedule.
    return await add_source(
        conn, key, name=name, url=url, language=None, interval_s=900, next_poll_at=NEVER_POLLED
    )


async def add_story(
    conn: AsyncConnection,
    *,
    title: str = "All of Us Are Dead season 2 confirmed by Netflix",
    summary: str = "Netflix confirmed a second season of the zombie series.",
    status: str | None = "renewed",
    release_date: str | None = None,
    release_window: str | None = None,
    links: Sequence[tuple[str | int, str | None]] = (("Soompi", "https://www.soompi.com/article/1"),),
    language: str = "en",
    published_at: datetime | None = PUBLISHED,
    first_seen_at: datetime | None = PUBLISHED,
    confidence: float = 0.0,
    reasons: Sequence[str] = (),
) -> int:
    """A story told by one item per (source, link); a source is a built-in source's name or a row id.

    ``first_seen_at=None`` means now (as ingestion would record it).
    """
    source_ids = [source if isinstance(source, int) else await _source(conn, source) for source, _ in links]
    # The story's scope is its first source's, as ingestion would decide it.
    guild_id = (
        await conn.execute(sa.select(news_sources.c.guild_id).where(news_sources.c.id == source_ids[0]))
    ).scalar()
    story_id = await create_story(
        conn,
        guild_id=guild_id,
        title=title,
        status=status,
        release_date=release_date,
        release_window=release_window,
        published_at=published_at,
        announced=False,
        now=first_seen_at,
    )
    for number, (source_id, (_, link)) in enumerate(zip(source_ids, links, strict=True)):
        await conn.execute(
            sa.insert(news_items).values(
                source_id=source_id,
                stable_id=f"{story_id}-{number}",
                story_id=story_id,
                title=title[:500],
                summary=summary,
                link=link,
                published_at=published_at,
                language=language,
                relevant=True,
                status=status,
                confidence=confidence,
                reasons=list(reasons),
            )
        )
    return story_id


async def subscribe(
    conn: AsyncConnection,
    guild_id: int,
    channel_id: int,
    *,
    statuses: Sequence[str] | None = None,
    language: str | None = None,
    ping_role_id: int | None = None,
    created_by: int | None = None,
) -> int:
    subscription, _ = await save_subscription(
        conn,
        guild_id=guild_id,
        channel_id=channel_id,
        statuses=statuses,
        language=language,
        ping_role_id=ping_role_id,
        created_by=created_by,
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

    async def counts_when_settled() -> list[dict[str, int]]:
        async with world.bot.db.connect() as conn:
            counts = await store.counts_by_state(conn)
        # In a list, so that "no rows at all" ({}) counts as settled too.
        return [] if counts.get("pending") or counts.get("sending") else [counts]

    (counts,) = await eventually(counts_when_settled, within=within, what="every outbox row sent or failed")
    return counts


async def queue(world: OfflineWorld, channels=CHANNELS, **story: object) -> int:
    ids = [world.channel(name).id for name in channels]
    story_id = await story_to_channels(world.bot.db, world.guild.id, ids, **story)  # type: ignore[arg-type]
    world.bot.delivery.wake()
    return story_id


def posts(world: OfflineWorld, name: str) -> list[Any]:
    bot_id = world.app.bot_user.id
    return [m for m in world.fake.messages(world.channel(name)) if m.author.id == bot_id]
