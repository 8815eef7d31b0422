"""Outbox rows: one per matching subscribed channel, never twice, scoped to the story's guilds."""

from __future__ import annotations

import sqlalchemy as sa

from bot.news.outbox import enqueue_story, outbox_nonce
from bot.news.stories import story_for_delivery
from bot.storage.database import Database
from bot.storage.tables import outbox


async def _outbox(db: Database) -> list[sa.Row]:
    async with db.connect() as conn:
        return list(await conn.execute(sa.select(outbox).order_by(outbox.c.channel_id)))


def test_nonce_is_deterministic_short_and_distinct() -> None:
    """The nonce fits Discord's 25 characters, repeats for a row and differs between rows."""
    big = 2**63 - 1
    assert len(outbox_nonce(big, big)) <= 25
    assert outbox_nonce(5, big) == outbox_nonce(5, big)
    assert outbox_nonce(5, big) != outbox_nonce(6, big)
    assert outbox_nonce(5, big) != outbox_nonce(5, big - 1)


async def test_one_row_per_matching_channel(database: Database, rows) -> None:
    """Each enabled subscription whose filters pass gets one pending row; the others get none."""
    source = await rows.source()
    story = await rows.story(source, status="trailer", language="en")
    await rows.subscription(1, 101)
    await rows.subscription(1, 102, statuses=["trailer", "released"])
    await rows.subscription(2, 201, statuses=["released"])
    await rows.subscription(2, 202, language="ko")
    async with database.begin() as conn:
        assert await enqueue_story(conn, story) == 2
    queued = await _outbox(database)
    assert [r.channel_id for r in queued] == [101, 102]
    assert {r.state for r in queued} == {"pending"}
    assert queued[0].nonce == outbox_nonce(story, 101)
    async with database.connect() as conn:
        assert (await story_for_delivery(conn, story)).announced


async def test_enqueue_twice_adds_nothing(database: Database, rows) -> None:
    """A second enqueue of the same story (a second source reported it) writes no second row."""
    source = await rows.source()
    story = await rows.story(source)
    await rows.subscription(1, 101)
    async with database.begin() as conn:
        assert await enqueue_story(conn, story) == 1
    async with database.begin() as conn:
        assert await enqueue_story(conn, story) == 0
    assert len(await _outbox(database)) == 1


async def test_guild_feed_story_stays_in_its_guild(database: Database, rows) -> None:
    """A story only a guild's own feed reported goes to that guild's channels, not everyone's."""
    feed = await rows.source("guild:1:abc", guild_id=1)
    story = await rows.story(feed)
    await rows.subscription(1, 101)
    await rows.subscription(2, 201)
    async with database.begin() as conn:
        assert await enqueue_story(conn, story) == 1
    assert [r.channel_id for r in await _outbox(database)] == [101]


async def test_disabled_subscription_gets_nothing(database: Database, rows) -> None:
    """A subscription disabled after a 403 receives no new outbox rows."""
    from bot.news.subscriptions import disable_subscription

    source = await rows.source()
    sub = await rows.subscription(1, 101)
    async with database.begin() as conn:
        assert await disable_subscription(conn, sub, "403 Missing Access") is True
        assert await disable_subscription(conn, sub, "403 again") is False
    story = await rows.story(source)
    async with database.begin() as conn:
        assert await enqueue_story(conn, story) == 0
