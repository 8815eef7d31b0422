"""Countdown posts to the premiere: 7 days, 1 day and 1 hour before, and "out now", each once per
channel whoever checks and however often, in the channel's language, never for a date that moved."""

from __future__ import annotations

from datetime import datetime, timedelta

import discord
import pytest

from bot.news.stories import create_story
from bot.offline import OfflineWorld
from bot.premiere.events import PremiereEvents
from tests.bot.delivery.seed import posts, settled


async def dated(world: OfflineWorld, premiere: datetime, *, seen: datetime | None = None) -> int:
    """An official story dating the premiere (the newest such story is the one that counts)."""
    async with world.bot.db.begin() as conn:
        return await create_story(
            conn,
            title="All of Us Are Dead season 2 premiere date",
            status="date_announced",
            release_date=premiere.date().isoformat(),
            release_window=None,
            published_at=seen or discord.utils.utcnow(),
            announced=True,
            guild_id=None,
            premiere=(premiere, "stated"),
            now=seen,
        )


def titles(world: OfflineWorld, channel: str) -> list[str]:
    return [m.embeds[0]["title"] for m in posts(world, channel)]


@pytest.fixture
async def subscribed(world: OfflineWorld) -> OfflineWorld:
    await world.invoke(
        "subscribe", {"channel": world.channel("news"), "countdowns": True}, member=world.moderator
    )
    await world.invoke(
        "subscribe",
        {"channel": world.channel("trivia"), "countdowns": True, "language": "ko"},
        member=world.moderator,
    )
    await world.invoke("subscribe", {"channel": world.channel("general")}, member=world.moderator)
    return world


async def test_each_countdown_once_in_each_channel(subscribed: OfflineWorld) -> None:
    world = subscribed
    premiere = discord.utils.utcnow() + timedelta(days=10)
    await dated(world, premiere)
    service = world.bot.premiere
    steps = [premiere - timedelta(days=6), premiere - timedelta(hours=20), premiere - timedelta(minutes=30),
             premiere + timedelta(minutes=5)]  # fmt: skip
    assert await service.send_countdowns(now=premiere - timedelta(days=8)) == 0  # nothing due yet
    for moment in steps:
        assert await service.send_countdowns(now=moment) == 2
        assert await service.send_countdowns(now=moment) == 0  # again: nothing more
        assert await PremiereEvents(world.bot).send_countdowns(now=moment) == 0  # another process
        await settled(world)
    assert titles(world, "news") == [
        "All of Us Are Dead season 2: one week to go",
        "All of Us Are Dead season 2: tomorrow",
        "All of Us Are Dead season 2: one hour to go",
        "All of Us Are Dead season 2 is out now",
    ]
    assert titles(world, "trivia")[0] == "지금 우리 학교는 시즌2: 공개까지 일주일"
    assert posts(world, "general") == []  # did not ask for countdowns


async def test_a_moved_date_never_gets_the_old_countdown(subscribed: OfflineWorld) -> None:
    world = subscribed
    first = discord.utils.utcnow() + timedelta(days=6, hours=12)
    await dated(world, first, seen=discord.utils.utcnow() - timedelta(hours=2))
    await world.bot.delivery.stop()  # the countdown is queued but not yet sent...
    assert await world.bot.premiere.send_countdowns() == 2
    later = first + timedelta(days=14)
    await dated(world, later)  # ...when the date moves
    world.bot.delivery.start()
    await settled(world)
    assert posts(world, "news") == []  # the old date's countdown is given up
    assert await world.bot.premiere.send_countdowns(now=later - timedelta(days=6)) == 2
    await settled(world)
    [post] = posts(world, "news")
    assert str(int(later.timestamp())) in post.embeds[0]["description"]
