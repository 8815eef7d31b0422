"""One bot, two servers: a server's own feed reaches only that server and cannot touch anyone's news.

Server A follows a look-alike feed whose item copies a real headline with its own link. The built-in
source then reports the real news under the same headline: both servers get it with the built-in
source's link (A's baseline item suppresses nothing), and A's own items never reach server B's
channels, ``/release``, ``/news latest`` or ``/news explain``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.offline import OfflineWorld
from bot.storage.tables import news_stories
from tests.e2e.news_feeds import FeedServer, check, feeds, posts, rss, settled, subscribe

__all__ = ["feeds"]  # the fixture, imported so pytest finds it

RENEWAL = ("old-1", "All of Us Are Dead season 2 officially renewed by Netflix")
HEADLINE = "All of Us Are Dead season 2 trailer revealed by Netflix"
LURE = ("lure-1", HEADLINE)  # A's feed, linked to https://news.example/lure-1
REAL = ("real-1", HEADLINE)  # the built-in source, linked to https://news.example/real-1
LURE_NEWS = ("lure-2", "All of Us Are Dead season 2 premieres March 15, 2027, Netflix announces")


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    path = feeds.feeds_file(tmp_path / "feeds.yaml", "alpha")
    feeds.bodies["/alpha"] = rss(RENEWAL)
    feeds.bodies["/lookalike"] = rss(LURE, title="Totally Official News")
    return {"news_sources_file": path}


async def follow(world: OfflineWorld, url: str) -> str:
    result = await world.invoke("news feeds add", {"url": url}, member=world.moderator)
    return (await result.final(timeout=15)).content if result.deferred else result.content


def links_in(message: Any) -> str:
    return str(message.embeds)


async def test_a_servers_feed_reaches_only_that_server(world: OfflineWorld, feeds: FeedServer) -> None:
    other = await world.add_server("Other High")
    await subscribe(world, "news")
    await subscribe(other, "news")
    assert "Following" in await follow(world, feeds.url("/lookalike"))
    await check(world)  # baselines the built-in source and A's feed: nothing announced

    feeds.bodies["/alpha"] = rss(RENEWAL, REAL)
    await check(other)
    await settled(world)
    for server in (world, other):
        [post] = posts(server, "news")
        assert "news.example/real-1" in links_in(post)
        assert "lure" not in links_in(post)

    feeds.bodies["/lookalike"] = rss(LURE, LURE_NEWS, title="Totally Official News")
    await check(world)
    await settled(world)
    assert len(posts(world, "news")) == 2
    assert "news.example/lure-2" in links_in(posts(world, "news")[1])
    assert len(posts(other, "news")) == 1

    release = await other.invoke("release")
    assert "news.example/real-1" in str(release.embeds)
    assert "premieres March 15" not in str(release.embeds) and "lure" not in str(release.embeds)
    mine = await world.invoke("release")
    assert "premieres March 15" in str(mine.embeds)
    # /release pages through what release_stories gives it: A's story for A only.
    assert [s.title for s in await world.bot.news.release_stories(other.guild.id)] == [HEADLINE, RENEWAL[1]]
    assert LURE_NEWS[1] in [s.title for s in await world.bot.news.release_stories(world.guild.id)]
    latest = await other.invoke("news latest", {"everything": True})
    assert "lure" not in str(latest.embeds) and "premieres March 15" not in str(latest.embeds)
    choices = await other.autocomplete("news explain", {"item": ""}, "item")
    assert all("premieres" not in c["name"] for c in choices)

    async with world.bot.db.connect() as conn:
        scopes = dict((await conn.execute(sa.select(news_stories.c.title, news_stories.c.guild_id))).all())
    assert scopes[HEADLINE] is None  # the built-in source's story, not A's look-alike
    assert scopes[LURE_NEWS[1]] == world.guild.id


async def test_explain_in_another_server_does_not_know_the_item(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    other = await world.add_server("Other High")
    assert "Following" in await follow(world, feeds.url("/lookalike"))
    await check(world)
    choices = await world.autocomplete("news explain", {"item": ""}, "item")
    lure_id = next(c["value"] for c in choices if HEADLINE[:40] in c["name"])
    answer = await other.invoke("news explain", {"item": lure_id})
    assert "don't know that item" in answer.content
