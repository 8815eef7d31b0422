"""Who may curate trivia: Manage Server or the server's trivia role, checked in the bot."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.i18n import N_, Translatable

if TYPE_CHECKING:
    from bot.client import Hyosan


NOT_MODERATOR = N_(
    "You need the **Manage Server** permission or this server's trivia moderator role to do that."
)


class NotTriviaModeratorError(Translatable, app_commands.CheckFailure):
    """Refused in the bot: the member lacks Manage Server and the trivia role."""


async def is_trivia_moderator(interaction: discord.Interaction) -> bool:
    if interaction.guild_id is None:
        return False
    if interaction.permissions.manage_guild:
        return True
    bot: Hyosan = interaction.client  # type: ignore[assignment]
    role_id = (await bot.guild_settings.get(interaction.guild_id)).trivia_role_id
    roles = getattr(interaction.user, "roles", [])
    return role_id is not None and any(role.id == role_id for role in roles)


def trivia_moderator_only():
    async def predicate(interaction: discord.Interaction) -> bool:
        if await is_trivia_moderator(interaction):
            return True
        raise NotTriviaModeratorError(NOT_MODERATOR)

    return app_commands.check(predicate)
