"""Lore commands (cog in cog.py, embeds in embeds.py, buttons in views.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import Hyosan


async def setup(bot: Hyosan) -> None:
    from cogs.lore.cog import Lore

    await bot.add_cog(Lore(bot))
