"""The tracker through the real bot: a local feed server, /news check, outbox rows and posts.

Built-in sources come from a feeds file pointing at a feed server on 127.0.0.1, so nothing here
reaches the internet; ALLOW_PRIVATE_FEED_URLS is on (the offline world's default) for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.offline import OfflineWorld
from bot.storage.tables import news_sources, news_stories
from tests.e2e.news_feeds import (
    FeedServer,
    check,
    feeds,
    outbox_rows,
    posts,
    rss,
    settled,
    subscribe,
)

__all__ = ["feeds"]  # the fixture, imported so pytest finds it

OLD = ("old-1", "All of Us Are Dead season 2 officially renewed by Netflix")
NEW = ("new-1", "All of Us Are Dead season 2 begins filming")


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    """Two built-in sources, both on the local feed server."""
    path = feeds.feeds_file(tmp_path / "feeds.yaml", "alpha", "beta")
    feeds.bodies["/alpha"] = rss(OLD)
    feeds.bodies["/beta"] = rss()
    return {"news_sources_file": path}


async def test_new_item_is_posted_once_in_each_subscribed_channel(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    """Baseline first; then a new item: one row and one post per subscribed channel, none elsewhere."""
    await subscribe(world, "news", "trivia")
    summary = await check(world)
    assert "baseline" in summary
    assert await outbox_rows(world) == []
    feeds.bodies["/alpha"] = rss(OLD, NEW)
    summary = await check(world)
    assert "2 announcements queued" in summary
    rows = await outbox_rows(world)
    assert sorted(r.channel_id for r in rows) == sorted(world.channel(n).id for n in ("news", "trivia"))
    await settled(world)
    assert len(posts(world, "news")) == 1
    assert len(posts(world, "trivia")) == 1
    assert posts(world, "general") == []
    assert posts(world, "mod-log") == []
    # Polling again finds nothing new and posts nothing more.
    assert "✅ Alpha: nothing new" in await check(world)
    await settled(world)
    assert len(posts(world, "news")) == 1


async def test_explain_says_why(world: OfflineWorld, feeds: FeedServer) -> None:
    """/news explain names the baseline rule for an old item and each channel's state for a posted one."""
    await subscribe(world, "news")
    await check(world)
    feeds.bodies["/alpha"] = rss(OLD, NEW)
    await check(world)
    await settled(world)
    choices = await world.autocomplete("news explain", {"item": ""}, "item")
    by_title = {c["name"]: c["value"] for c in choices}
    old_id = next(v for k, v in by_title.items() if "renewed" in k)
    new_id = next(v for k, v in by_title.items() if "filming" in k)
    old = await world.invoke("news explain", {"item": old_id})
    assert "baseline" in old.embeds[0]["description"]
    new = await world.invoke("news explain", {"item": new_id})
    text = str(new.embeds[0])
    assert "Announced" in new.embeds[0]["description"]
    assert f"<#{world.channel('news').id}>" in text
    assert "sent" in text


async def test_explain_shows_the_learned_models_reading(world: OfflineWorld, feeds: FeedServer) -> None:
    """An item whose wording no rule lists ("... return for the zombie sequel") gets the learned
    model's status, and /news explain says the model read it so, beside the rules' own finding."""
    await subscribe(world, "news")
    await check(world)
    feeds.bodies["/alpha"] = rss(OLD, ("new-2", "Lomon and Cho Yi-hyun return for the zombie sequel"))
    await check(world)
    await settled(world)
    choices = await world.autocomplete("news explain", {"item": "zombie sequel"}, "item")
    shown = await world.invoke("news explain", {"item": choices[0]["value"]})
    text = str(shown.embeds[0])
    assert "learned model reads the wording as cast_announced" in text
    assert "no confirmed development" in text  # what the rules found, kept for the reader
    assert len(posts(world, "news")) == 1


async def test_same_story_from_two_sources_posts_once(world: OfflineWorld, feeds: FeedServer) -> None:
    """Two sources report the same news: one story, one post per channel, both items attached."""
    await subscribe(world, "news")
    await check(world)
    feeds.bodies["/alpha"] = rss(OLD, NEW)
    feeds.bodies["/beta"] = rss(("b-1", "All of Us Are Dead Season 2 Begins Filming - Beta News"))
    await check(world)
    await settled(world)
    assert len(posts(world, "news")) == 1
    async with world.bot.db.connect() as conn:
        stories = (await conn.execute(sa.select(sa.func.count()).select_from(news_stories))).scalar_one()
    # The baseline's renewal story and the filming story.
    assert stories == 2
    assert len(await outbox_rows(world)) == 1


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<html><body>Not a feed</body></html>", id="html"),
        pytest.param(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>All of', id="truncated"),
        pytest.param(b"", id="empty"),
        pytest.param(b'{"items": []}', id="json"),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>',
            id="entities",
        ),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
            id="external-entity",
        ),
    ],
)
async def test_malformed_feed_is_a_recorded_error_and_posts_nothing(
    world: OfflineWorld, feeds: FeedServer, body: bytes
) -> None:
    """A broken feed is recorded against its source (shown by /news sources); nothing is posted."""
    await subscribe(world, "news")
    await check(world)
    feeds.bodies["/beta"] = body
    summary = await check(world)
    # A truncated feed may be a bozo that parsed to nothing: then nothing new, and that is fine.
    assert "❌ Beta" in summary or "✅ Beta: nothing new" in summary
    async with world.bot.db.connect() as conn:
        beta = (await conn.execute(sa.select(news_sources).where(news_sources.c.key == "builtin:beta"))).one()
    if "❌ Beta" in summary:
        assert beta.last_error
        assert beta.consecutive_failures == 1
        sources = await world.invoke("news sources")
        assert "last error" in str(sources.embeds[0])
    assert await outbox_rows(world) == []
    assert posts(world, "news") == []


async def test_web_title_cannot_ping(world: OfflineWorld, feeds: FeedServer) -> None:
    """A feed title carrying @everyone and a role mention is posted without pinging anyone."""
    role = world.guild.add_role("Fans", mentionable=True)
    await subscribe(world, "news")
    await check(world)
    feeds.bodies["/alpha"] = rss(
        OLD, ("ping", f"@everyone &lt;@&amp;{role.id}&gt; All of Us Are Dead season 2 teaser trailer drops")
    )
    await check(world)
    await settled(world)
    (message,) = posts(world, "news")
    assert message.mentions_would_ping is False
