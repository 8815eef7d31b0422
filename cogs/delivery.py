"""Runs the news delivery worker (bot/delivery) for the bot's lifetime; no commands of its own.

The worker is `bot.delivery`. The news service wakes it after each commit that queued announcements;
without that hook (or for rows another shard process wrote) it still polls every few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discord.ext import commands

from bot.delivery.worker import DeliveryWorker

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)


class Delivery(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.worker = DeliveryWorker(bot, bot.db, rate=bot.settings.delivery_rate)
        self._hook_task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self.bot.delivery = self.worker  # type: ignore[attr-defined]
        self.worker.start()
        # The news cog may load after this one: hook into it once every cog is in place.
        self._hook_task = asyncio.create_task(self._hook_news(), name="hyosan-delivery-hook")

    async def cog_unload(self) -> None:
        if self._hook_task is not None:
            self._hook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._hook_task
        news = getattr(self.bot, "news", None)
        hooks = getattr(news, "on_enqueued", None)
        if hooks is not None and self._wake in hooks:
            hooks.remove(self._wake)
        await self.worker.stop()

    async def _hook_news(self) -> None:
        await self.bot.wait_until_ready()
        hooks = getattr(getattr(self.bot, "news", None), "on_enqueued", None)
        if hooks is None:
            log.info("no news service to wake the delivery worker; it polls instead")
            return
        hooks.append(self._wake)

    def _wake(self, _story_ids: Sequence[int]) -> None:
        self.worker.wake()


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Delivery(bot))
