"""Server settings: /settings spoilers. Permission checks run in the bot, not only in Discord's UI."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.storage.guild_settings import SpoilerLevel

if TYPE_CHECKING:
    from bot.client import Hyosan

SPOILER_CHOICES = [
    app_commands.Choice(name=_("Hide all spoilers"), value="none"),
    app_commands.Choice(name=_("Show season 1 openly"), value="season1"),
    app_commands.Choice(name=_("Show everything"), value="all"),
]

SPOILER_EXPLAINED = {
    "none": "Deaths, fates and twists are hidden behind spoiler tags.",
    "season1": "Season 1 is shown openly; anything about season 2 stays behind spoiler tags.",
    "all": "Everything is shown openly.",
}


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Settings(
    commands.GroupCog, group_name=_("settings"), group_description=_("Server settings for Hyosan")
):
    """Per-server settings. Discord hides the group from members without Manage Server, and
    every subcommand checks that permission again here, since a client's view can't be trusted."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(
        name=_("spoilers"), description=_("How much of the story to show without spoiler tags")
    )
    @app_commands.rename(level=_("level"))
    @app_commands.describe(
        level=_("none: hide all spoilers; season1: show season 1 openly; all: show everything")
    )
    @app_commands.choices(level=SPOILER_CHOICES)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def spoilers(self, interaction: discord.Interaction, level: app_commands.Choice[str]) -> None:
        assert interaction.guild_id is not None
        await self.bot.guild_settings.update(interaction.guild_id, spoilers=SpoilerLevel(level.value))
        await interaction.response.send_message(
            f"Spoiler setting is now **{level.value}**. {SPOILER_EXPLAINED[level.value]}", ephemeral=True
        )


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Settings(bot))
