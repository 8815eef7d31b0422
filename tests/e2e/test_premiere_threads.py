"""At the premiere, a subscribed channel that asked for them gets a thread for the night and one per
episode, each opening with the spoiler rules, made once however often (or by whom) it is checked."""

from __future__ import annotations

from datetime import timedelta

import discord
import pytest

from bot.offline import BOT_PERMISSIONS, OfflineWorld
from bot.premiere.events import PremiereEvents
from tests.support.premiere import season_two_came_out

THREADS = discord.Permissions(create_public_threads=True, send_messages_in_threads=True)


async def came_out(world: OfflineWorld, ago: timedelta) -> None:
    await season_two_came_out(world, discord.utils.utcnow() - ago)


@pytest.fixture(autouse=True)
def two_episodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PremiereEvents, "_episode_count", lambda self: 2)


async def test_threads_once_per_channel_at_the_premiere(world: OfflineWorld) -> None:
    world.fake.set_bot_permissions(world.app, world.guild, BOT_PERMISSIONS | THREADS)
    await world.invoke(
        "subscribe", {"channel": world.channel("news"), "premiere_threads": True}, member=world.moderator
    )
    await world.invoke("subscribe", {"channel": world.channel("trivia")}, member=world.moderator)
    assert await world.bot.premiere.open_threads() == 0  # no premiere yet
    await came_out(world, timedelta(minutes=5))
    assert await world.bot.premiere.open_threads() == 3
    made = world.fake.threads_of(world.channel("news"))
    assert [t.channel.name for t in made] == [
        "Season 2 premiere night",
        "Season 2 episode 1",
        "Season 2 episode 2",
    ]
    opening = world.fake.store.history(made[0].channel.id)[0].content
    assert opening.startswith("🧟 Spoilers for season 2 are welcome in this thread")
    assert world.fake.threads_of(world.channel("trivia")) == []  # did not ask
    assert await world.bot.premiere.open_threads() == 0
    assert await PremiereEvents(world.bot).open_threads() == 0  # another process, or after a restart
    assert len(world.fake.threads_of(world.channel("news"))) == 3


async def test_no_threads_long_after_and_one_notice_without_permission(world: OfflineWorld) -> None:
    await world.invoke(
        "subscribe", {"channel": world.channel("news"), "premiere_threads": True}, member=world.moderator
    )
    general = world.channel("general")
    await world.invoke("settings log_channel", {"channel": general}, member=world.moderator)
    await came_out(world, timedelta(minutes=5))
    for _ in range(2):
        assert await world.bot.premiere.open_threads() == 0
    notices = [m for m in world.fake.store.history(general.id) if "Create Public Threads" in m.content]
    assert len(notices) == 1
    world.fake.set_bot_permissions(world.app, world.guild, BOT_PERMISSIONS | THREADS)
    late = discord.utils.utcnow() + timedelta(days=2)
    assert await world.bot.premiere.open_threads(now=late) == 0  # the window has passed
