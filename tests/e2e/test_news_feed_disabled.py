"""A server's own feed that keeps failing is disabled, and the moderators are told once, in the right place.

The notice goes to the member who added the feed (DM), else the server's log channel, else its system
channel; it carries the reason. The feed is served by a local server on 127.0.0.1 that starts failing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.offline import OfflineWorld
from bot.sandbox import permissions as perms
from bot.storage.tables import news_sources
from tests.e2e.news_feeds import FeedServer, check, feeds, rss

__all__ = ["feeds"]  # the fixture, imported so pytest finds it

MAX_FAILURES = 3
FEED = "/fan-blog"


@pytest.fixture
def world_settings(tmp_path: Path) -> dict[str, Any]:
    """No built-in sources, so /news check polls only the server's own feed."""
    path = tmp_path / "feeds.yaml"
    path.write_text("sources: []\n")
    return {"news_sources_file": path, "feed_max_failures": MAX_FAILURES}


async def add_feed(world: OfflineWorld, feeds: FeedServer) -> None:
    feeds.bodies[FEED] = rss(("1", "Hello"), title="Fan Blog")
    result = await world.invoke("news feeds add", {"url": feeds.url(FEED)}, member=world.moderator)
    assert "Following **Fan Blog**" in (await result.final(timeout=15)).content


async def break_feed_and_poll(world: OfflineWorld, feeds: FeedServer, polls: int) -> list[str]:
    feeds.statuses[FEED] = 500
    return [await check(world) for _ in range(polls)]


def bot_messages(world: OfflineWorld, channel: Any) -> list[Any]:
    if channel is None:
        return []
    return [m for m in world.fake.messages(channel) if m.author.id == world.app.bot_user.id]


def guild_notices(world: OfflineWorld) -> dict[str, int]:
    """How many bot messages each channel of the server holds."""
    return {
        name: len(bot_messages(world, world.channel(name)))
        for name in ("general", "news", "trivia", "mod-log")
        if bot_messages(world, world.channel(name))
    }


async def feed_row(world: OfflineWorld) -> sa.Row:
    async with world.bot.db.connect() as conn:
        return (await conn.execute(sa.select(news_sources).where(news_sources.c.guild_id.is_not(None)))).one()


def assert_notice(message: Any) -> None:
    assert "Fan Blog" in message.content
    assert "turned off" in message.content
    assert f"disabled after {MAX_FAILURES} consecutive failures" in message.content
    assert "500" in message.content


async def test_member_who_added_the_feed_gets_one_dm(world: OfflineWorld, feeds: FeedServer) -> None:
    """After feed_max_failures failed polls the feed is disabled and its adder gets exactly one DM saying why;
    more checks neither poll it nor repeat the notice, and no channel of the server hears of it."""
    await add_feed(world, feeds)
    summaries = await break_feed_and_poll(world, feeds, MAX_FAILURES + 2)
    assert all("❌ Fan Blog" in s for s in summaries[:MAX_FAILURES])
    assert "There is no enabled source to poll." in summaries[-1]
    row = await feed_row(world)
    assert row.enabled is False or row.enabled == 0
    assert row.consecutive_failures == MAX_FAILURES
    assert feeds.hits[FEED] == 1 + MAX_FAILURES  # the add's check fetch, then the failing polls only
    (dm,) = bot_messages(world, world.fake.dm_channel(world.app, world.moderator))
    assert_notice(dm)
    assert guild_notices(world) == {}


async def test_closed_dms_fall_back_to_the_log_channel(world: OfflineWorld, feeds: FeedServer) -> None:
    """With the adder's DMs closed, the one notice goes to the server's log channel, not the system one."""
    chosen = await world.invoke(
        "settings log_channel", {"channel": world.channel("mod-log")}, member=world.moderator
    )
    assert "notices" in chosen.content
    await add_feed(world, feeds)
    world.moderator.user.accepts_dms = False
    await break_feed_and_poll(world, feeds, MAX_FAILURES + 1)
    assert bot_messages(world, world.fake.dm_channel(world.app, world.moderator)) == []
    assert guild_notices(world) == {"mod-log": 1}
    assert_notice(bot_messages(world, world.channel("mod-log"))[0])


async def test_without_dm_or_log_channel_the_system_channel_hears(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    """With DMs closed and no log channel set, the one notice goes to the server's system channel."""
    await add_feed(world, feeds)
    world.moderator.user.accepts_dms = False
    await break_feed_and_poll(world, feeds, MAX_FAILURES + 1)
    system = world.guild.system_channel
    assert system is not None
    assert guild_notices(world) == {system.name: 1}
    assert_notice(bot_messages(world, system)[0])


async def test_a_log_channel_that_refuses_falls_back_to_the_system_channel(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    """When the log channel no longer lets the bot post, the notice still reaches the system channel, once."""
    mod_log = world.channel("mod-log")
    await world.invoke("settings log_channel", {"channel": mod_log}, member=world.moderator)
    await add_feed(world, feeds)
    world.moderator.user.accepts_dms = False
    bot_member = world.fake.bot_member(world.app, world.guild)
    mod_log.set_permissions(bot_member, deny=perms.SEND_MESSAGES)
    await break_feed_and_poll(world, feeds, MAX_FAILURES + 1)
    system = world.guild.system_channel
    assert guild_notices(world) == {system.name: 1}
    assert_notice(bot_messages(world, system)[0])
