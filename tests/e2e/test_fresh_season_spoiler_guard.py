"""For a while after season 2 comes out, its lore stays behind spoiler tags even where a server
shows everything, unless the server turns the guard off."""

from __future__ import annotations

from datetime import timedelta

import discord
import pytest

from bot.offline import OfflineWorld
from tests.support.premiere import season_two_came_out

SPOILER = "||"


def season_two_arcs(embed: dict) -> list[str]:  # type: ignore[type-arg]
    return [f["value"] for f in embed["fields"] if "Season 2" in f["name"]]


async def premiered(world: OfflineWorld, days_ago: float) -> None:
    """An official story: season 2 came out ``days_ago`` days ago."""
    await season_two_came_out(world, discord.utils.utcnow() - timedelta(days=days_ago))
    world.bot.news._premiere_cache = None  # the cached instant is a few minutes old at most in real use


async def arcs_hidden(world: OfflineWorld) -> bool:
    arcs = season_two_arcs((await world.invoke("character", {"name": "nam-on-jo"})).embeds[0])
    assert arcs
    return all(v.lstrip("⚠️ ").startswith(SPOILER) for v in arcs)


@pytest.fixture(autouse=True)
async def _shows_everything(world: OfflineWorld) -> None:
    await world.invoke("settings spoilers", {"level": "all"}, member=world.moderator)


async def test_guard_hides_season_two_after_the_premiere_and_lets_go_later(world: OfflineWorld) -> None:
    assert not await arcs_hidden(world)  # no premiere known: the server's setting
    await premiered(world, days_ago=3)
    assert await arcs_hidden(world)


async def test_guard_ends_after_the_fresh_period(world: OfflineWorld) -> None:
    await premiered(world, days_ago=20)
    assert not await arcs_hidden(world)


async def test_a_server_can_turn_the_guard_off(world: OfflineWorld) -> None:
    await premiered(world, days_ago=3)
    answer = await world.invoke("settings spoiler_guard", {"enabled": False}, member=world.moderator)
    assert "spoiler setting from its first day" in answer.content
    assert not await arcs_hidden(world)
    refused = await world.invoke("settings spoiler_guard", {"enabled": True}, member=world.member)
    assert "Manage Server" in refused.content
