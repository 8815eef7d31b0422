"""News commands (cog in cog.py, permission checks in checks.py, rendering in embeds.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import Hyosan


async def setup(bot: Hyosan) -> None:
    from cogs.news.cog import News, Subscriptions

    # News first: it creates bot.news, which Subscriptions uses.
    await bot.add_cog(News(bot))
    await bot.add_cog(Subscriptions(bot))
