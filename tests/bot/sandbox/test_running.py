"""run_bot_against and the bare benchmark bot: start, answer, stop without leaks."""

from __future__ import annotations

import asyncio
import gc
import logging

import discord
import pytest

from bot.sandbox import FakeDiscord, run_bot_against
from bot.sandbox.bare_bot import PONG, BareBot


async def test_bare_bot_answers_ping_and_stops_cleanly(caplog: pytest.LogCaptureFixture) -> None:
    """The bare bot syncs /ping, answers it, and leaves no unclosed session or pending task behind."""
    caplog.set_level(logging.WARNING)
    async with FakeDiscord() as fake:
        app = fake.create_application("Bare")
        guild = fake.create_guild(channels=["general"])
        fake.add_bot_to_guild(app, guild)
        bot = BareBot()
        async with run_bot_against(fake, bot, app.token):
            await fake.wait_for_commands(app)
            r = await fake.invoke(app, "ping")
            assert r.content == PONG
        assert bot.is_closed()
    gc.collect()
    await asyncio.sleep(0)
    leftovers = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert leftovers == []
    assert not [
        r for r in caplog.records if "Unclosed" in r.getMessage() or "Task was destroyed" in r.getMessage()
    ]
    assert not [r for r in caplog.records if r.name.startswith("discord.http")]


async def test_point_discord_at_is_idempotent() -> None:
    """Pointing twice at the same fake leaves discord.py pointing at it."""
    from bot.sandbox import point_discord_at

    async with FakeDiscord() as fake:
        point_discord_at(fake)
        point_discord_at(fake)
        assert fake.api_base == discord.http.Route.BASE
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == fake.gateway_url
