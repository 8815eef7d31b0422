"""Trivia commands (cog in cog.py, game driver in session_runner.py, buttons in views.py, embeds.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import Hyosan


async def setup(bot: Hyosan) -> None:
    from cogs.trivia.cog import Trivia

    await bot.add_cog(Trivia(bot))
