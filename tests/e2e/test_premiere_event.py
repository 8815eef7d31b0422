"""A server that opts in gets one Discord event for the premiere once the date is official; it moves
with the date, speaks the server's language, and a server without the permission is told once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest

from bot.news.premiere import StatedTime, premiere_instant
from bot.offline import BOT_PERMISSIONS, OfflineWorld
from tests.e2e.news_feeds import FeedServer, check, feeds, rss
from tests.support.waiting import eventually

__all__ = ["feeds"]

EVENTS = discord.Permissions(manage_events=True)


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    feeds.bodies["/alpha"] = rss()
    return {"news_sources_file": feeds.feeds_file(tmp_path / "feeds.yaml", "alpha")}


async def opt_in(world: OfflineWorld, locale: str = "en-US") -> str:
    answer = await world.invoke(
        "settings premiere_event", {"enabled": True}, member=world.moderator, locale=locale
    )
    return (await answer.final(10)).content


async def test_event_follows_the_official_date(world: OfflineWorld, feeds: FeedServer) -> None:
    other = await world.add_server("Other fans")
    for server in (world, other):
        world.fake.set_bot_permissions(world.app, server.guild, BOT_PERMISSIONS | EVENTS)
    await world.invoke("settings language", {"language": "ko"}, member=world.moderator)
    assert "as soon as Netflix makes the date official" in await opt_in(world)
    await check(world)  # the baseline
    feeds.bodies["/alpha"] = rss(("d1", "All of Us Are Dead season 2 premieres March 12, 2099 at 5 p.m. KST"))
    await check(world)
    [event] = await eventually(lambda: world.fake.events_of(world.guild))
    assert event.start == premiere_instant("2099-03-12", StatedTime(17, 0, "kst"))[0]
    assert (event.name, event.location) == ("지금 우리 학교는 시즌2 공개", "Netflix")
    assert "보도에 나온 시각" in (event.description or "")
    assert world.fake.events_of(other.guild) == []  # it did not opt in
    feeds.bodies["/alpha"] = rss(
        ("d1", "All of Us Are Dead season 2 premieres March 12, 2099 at 5 p.m. KST"),
        ("d2", "Netflix moves All of Us Are Dead season 2 premiere to March 26, 2099"),
    )
    await check(world)
    moved = premiere_instant("2099-03-26", None)[0]
    await eventually(lambda: world.fake.events_of(world.guild)[0].start == moved)
    assert len(world.fake.events_of(world.guild)) == 1  # moved, not a second event
    off = await world.invoke("settings premiere_event", {"enabled": False}, member=world.moderator)
    assert "removed" in (await off.final(10)).content
    assert world.fake.events_of(world.guild) == []


async def test_missing_permission_is_told_once(world: OfflineWorld, feeds: FeedServer) -> None:
    await check(world)
    feeds.bodies["/alpha"] = rss(("d1", "All of Us Are Dead season 2 premieres March 12, 2099"))
    await check(world)
    assert "can't create events here" in await opt_in(world)
    general = world.channel("general")
    await world.invoke("settings log_channel", {"channel": general}, member=world.moderator)
    notices = lambda: [m for m in world.fake.store.history(general.id) if "Manage Events" in m.content]  # noqa: E731
    await eventually(lambda: len(notices()) == 1)
    for _ in range(2):
        assert (await world.bot.premiere.sync_all())[world.guild.id] == "missing_permission"
    assert len(notices()) == 1
    assert world.fake.events_of(world.guild) == []
