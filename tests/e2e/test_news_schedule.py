"""The scheduler polls on its own: no /news check, yet a new item reaches the subscribed channel.

The one built-in source is served on 127.0.0.1 and polled every second (FEED_MIN_INTERVAL lowered for
this test only). A restart (the bot closed, a new bot on the same database) announces nothing twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.client import Hyosan
from bot.offline import OfflineWorld
from bot.sandbox import run_bot_against
from bot.storage.tables import news_sources
from tests.e2e.news_feeds import FeedServer, feeds, posts, rss, subscribe
from tests.support.waiting import eventually

__all__ = ["feeds"]  # the fixture, imported so pytest finds it

OLD = ("old-1", "All of Us Are Dead season 2 officially renewed by Netflix")
NEW = ("new-1", "All of Us Are Dead season 2 begins filming")
NEWER = ("new-2", "All of Us Are Dead season 2 wraps filming, Netflix says")


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    """The tracker on, with one source polled every second."""
    path = feeds.feeds_file(tmp_path / "feeds.yaml", "alpha", interval=1)
    feeds.bodies["/alpha"] = rss(OLD)
    return {"news_sources_file": path, "tracker_enabled": True, "feed_min_interval": 1}


async def baselined(bot: Hyosan) -> None:
    async def done() -> bool:
        async with bot.db.connect() as conn:
            return bool((await conn.execute(sa.select(news_sources.c.baselined))).scalar_one())

    await eventually(done, within=15, what="the baseline poll")


async def until_posts(world: OfflineWorld, count: int) -> None:
    await eventually(lambda: len(posts(world, "news")) >= count, within=15, what=f"{count} posts")


async def until_polled(feeds: FeedServer, times: int) -> None:
    """Wait until the feed server saw ``times`` more requests than now."""
    target = feeds.hits.get("/alpha", 0) + times
    await eventually(lambda: feeds.hits.get("/alpha", 0) >= target, within=15, what=f"{times} more polls")


def titles(world: OfflineWorld) -> list[str]:
    return [m.embeds[0]["title"] for m in posts(world, "news")]


async def test_scheduled_polls_announce_and_a_restart_repeats_nothing(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    """The scheduler's first poll is the baseline; its next one finds the new item and it is posted once;
    after a restart on the same database the new bot keeps polling, repeats nothing, and posts only news."""
    assert world.bot.news.scheduler.leader
    await subscribe(world, "news")
    await baselined(world.bot)
    feeds.bodies["/alpha"] = rss(OLD, NEW)
    await until_posts(world, 1)
    await until_polled(feeds, 1)  # the next poll finds nothing new
    assert titles(world) == [NEW[1]]

    settings = world.bot.settings
    dataset = world.bot.dataset
    await world.bot.close()
    restarted = Hyosan(settings, dataset=dataset)
    async with run_bot_against(world.fake, restarted, world.app.token, ready_timeout=20):
        assert restarted.news.scheduler.leader
        await until_polled(feeds, 1)  # the new bot's first poll: everything in the feed is known
        assert titles(world) == [NEW[1]]
        feeds.bodies["/alpha"] = rss(OLD, NEW, NEWER)
        await until_posts(world, 2)
        await until_polled(feeds, 1)
    assert titles(world) == [NEW[1], NEWER[1]]
