"""Starting a discord.py client against a FakeDiscord and stopping it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import discord

from bot.sandbox.fake import FakeDiscord
from bot.sandbox.redirect import point_discord_at

log = logging.getLogger(__name__)


async def _identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
    # discord.py waits 5 s between IDENTIFYs to respect Discord's session-start pacing; the fake has none.
    del shard_id, initial


@contextlib.asynccontextmanager
async def run_bot_against(
    fake: FakeDiscord,
    bot: discord.Client,
    token: str,
    *,
    ready_timeout: float = 10.0,
    quick_start: bool = True,
) -> AsyncIterator[discord.Client]:
    """Runs ``bot`` against ``fake`` until the block ends; yields once the bot is ready.

    ``quick_start`` shortens discord.py's wait for late GUILD_CREATEs (2 s by default) and its pause
    between shard IDENTIFYs: on loopback every guild arrives at once, so waiting only slows tests.
    """
    point_discord_at(fake)
    if quick_start:
        connection: Any = bot._connection
        connection.guild_ready_timeout = 0.1
        bot.before_identify_hook = _identify_at_once  # type: ignore[method-assign]
    runner = asyncio.create_task(bot.start(token), name="sandbox-bot")
    ready = asyncio.create_task(bot.wait_until_ready(), name="sandbox-bot-ready")
    try:
        done, _ = await asyncio.wait(
            {runner, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if runner in done:
            ready.cancel()
            runner.result()  # re-raises why the bot stopped (LoginFailure, ConnectionClosed...)
            raise RuntimeError("the bot stopped before it was ready")
        if ready not in done:
            raise TimeoutError(f"the bot was not ready within {ready_timeout:g} s")
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        try:
            await asyncio.wait_for(runner, timeout=10.0)
        except (asyncio.CancelledError, discord.DiscordException, OSError) as exc:
            log.debug("sandbox bot ended with %r", exc)
