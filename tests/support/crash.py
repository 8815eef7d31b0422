"""A shard process killed mid-work, as the database and the other processes see it."""

from __future__ import annotations

from bot.client import Hyosan


async def kill(bot: Hyosan) -> None:
    """Stop `bot` as SIGKILL would: its sends are cut off, its claims stay claimed, nothing is
    confirmed or put back, and its tracker lock's session ends (so PostgreSQL frees the lock).

    The gateway connection stays open (one event loop holds every test process); the others must
    not rely on it, only on what the database shows.
    """
    await bot.delivery.abort()
    await bot.news.scheduler.abort()
