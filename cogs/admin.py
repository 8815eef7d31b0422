"""Server settings: /settings spoilers, trivia_role, builtin_trivia, log_channel, language.

Permission checks run in the bot, not only in Discord's UI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.client import UserFacingError, permission_names
from bot.i18n import N_, language_of, tr
from bot.storage.guild_settings import SpoilerLevel

if TYPE_CHECKING:
    from bot.client import Hyosan

SPOILER_CHOICES = [
    app_commands.Choice(name=_("Hide all spoilers"), value="none"),
    app_commands.Choice(name=_("Show season 1 openly"), value="season1"),
    app_commands.Choice(name=_("Show everything"), value="all"),
]

SPOILER_EXPLAINED = {
    "none": N_("Deaths, fates and twists are hidden behind spoiler tags."),
    "season1": N_("Season 1 is shown openly; anything about season 2 stays behind spoiler tags."),
    "all": N_("Everything is shown openly."),
}
LANGUAGE_NAMES = {"en": N_("English"), "ko": N_("Korean")}
PREMIERE_OUTCOMES = {
    "created": N_("Done: the premiere event is in this server's events. Members can press Interested."),
    "moved": N_("Done: the premiere event is in this server's events. Members can press Interested."),
    "unchanged": N_("Done: the premiere event is in this server's events. Members can press Interested."),
    "no_date": N_("On: I'll create the event as soon as Netflix makes the date official."),
    "past": N_("On: the premiere has already happened; the next one will get its event."),
    "missing_permission": N_(
        "On, but I can't create events here: give my role Manage Events (or Create Events). "
        "I also told the server's log channel."
    ),
}
LANGUAGE_CHOICES = [
    app_commands.Choice(name=_("English"), value="en"),
    app_commands.Choice(name=_("Korean"), value="ko"),
    app_commands.Choice(name=_("The server's preferred locale"), value="auto"),
]


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
        language = language_of(interaction.locale)
        await interaction.response.send_message(
            tr(language, "Spoiler setting is now **{level}**.", level=level.value)
            + " "
            + tr(language, SPOILER_EXPLAINED[level.value]),
            ephemeral=True,
        )

    @app_commands.command(
        name=_("trivia_role"), description=_("The role whose members may curate trivia questions")
    )
    @app_commands.rename(role=_("role"))
    @app_commands.describe(role=_("Trivia moderators; leave empty to keep trivia to Manage Server only"))
    @app_commands.checks.has_permissions(manage_guild=True)
    async def trivia_role(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        assert interaction.guild_id is not None
        await self.bot.guild_settings.update(interaction.guild_id, trivia_role_id=role.id if role else None)
        if role is None:
            text = tr(interaction.locale, "Only members with Manage Server can curate trivia now.")
        else:
            text = tr(
                interaction.locale,
                "Members with {role} can now add, edit, import and review trivia questions.",
                role=role.mention,
            )
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(
        name=_("builtin_trivia"), description=_("Use Hyosan's built-in trivia questions in games")
    )
    @app_commands.rename(enabled=_("enabled"))
    @app_commands.describe(enabled=_("on: mix built-in questions into games; off: only this server's"))
    @app_commands.checks.has_permissions(manage_guild=True)
    async def builtin_trivia(self, interaction: discord.Interaction, enabled: bool) -> None:
        assert interaction.guild_id is not None
        await self.bot.guild_settings.update(interaction.guild_id, builtin_trivia=enabled)
        text = (
            tr(interaction.locale, "Built-in questions are **on**: games mix them with this server's own.")
            if enabled
            else tr(
                interaction.locale, "Built-in questions are **off**: games use only this server's questions."
            )
        )
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(
        name=_("log_channel"),
        description=_("Where Hyosan reports problems, such as a news channel it can no longer post in"),
    )
    @app_commands.rename(channel=_("channel"))
    @app_commands.describe(channel=_("The channel for Hyosan's notices"))
    @app_commands.checks.has_permissions(manage_guild=True)
    async def log_channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        # Checked now rather than when a notice is due: a notice that can't be posted is lost.
        guild = interaction.guild
        assert guild is not None
        target = guild.get_channel(channel.id)
        if not isinstance(target, discord.TextChannel):
            raise UserFacingError("I can't see that channel. Pick a text channel I can read.")
        granted = target.permissions_for(guild.me)
        missing = [name for name in ("view_channel", "send_messages") if not getattr(granted, name)]
        if missing:
            raise UserFacingError(
                "I need **{permissions}** in {channel} to post notices there.",
                permissions=permission_names(missing, language_of(interaction.locale)),
                channel=target.mention,
            )
        await self.bot.guild_settings.update(guild.id, log_channel_id=target.id)
        await interaction.response.send_message(
            tr(
                interaction.locale,
                "I'll post notices in {channel}, such as a news channel I can no longer post in.",
                channel=target.mention,
            ),
            ephemeral=True,
        )

    @app_commands.command(
        name=_("premiere_event"),
        description=_("A Discord event for the season 2 premiere, kept in step with the news"),
    )
    @app_commands.rename(enabled=_("enabled"))
    @app_commands.describe(enabled=_("on: create the event once the date is official; off: remove it"))
    @app_commands.checks.has_permissions(manage_guild=True)
    async def premiere_event(self, interaction: discord.Interaction, enabled: bool) -> None:
        guild = interaction.guild
        assert guild is not None
        await self.bot.guild_settings.update(guild.id, premiere_event=enabled)
        await interaction.response.defer(ephemeral=True, thinking=True)
        if not enabled:
            await self.bot.premiere.remove(guild)
            text = tr(interaction.locale, "No premiere event: I removed the one I had made, if any.")
        else:
            outcome = await self.bot.premiere.sync(guild)
            text = tr(interaction.locale, PREMIERE_OUTCOMES.get(outcome, PREMIERE_OUTCOMES["created"]))
        await interaction.followup.send(text, ephemeral=True)

    @app_commands.command(
        name=_("spoiler_guard"),
        description=_("Keep season 2 behind spoiler tags in the days after its premiere"),
    )
    @app_commands.rename(enabled=_("enabled"))
    @app_commands.describe(enabled=_("on (default): season 2 stays hidden for a while after it comes out"))
    @app_commands.checks.has_permissions(manage_guild=True)
    async def spoiler_guard(self, interaction: discord.Interaction, enabled: bool) -> None:
        assert interaction.guild_id is not None
        await self.bot.guild_settings.update(interaction.guild_id, spoiler_guard=enabled)
        days = self.bot.settings.fresh_season_days
        text = (
            tr(
                interaction.locale,
                "For {days} days after season 2 comes out, lore about it stays behind spoiler tags, "
                "even if this server shows spoilers.",
                days=days,
            )
            if enabled
            else tr(interaction.locale, "Season 2 follows this server's spoiler setting from its first day.")
        )
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(
        name=_("language"),
        description=_("The language of messages to the whole server: trivia rounds and notices"),
    )
    @app_commands.rename(language=_("language"))
    @app_commands.describe(language=_("Replies to a member always follow that member's Discord language"))
    @app_commands.choices(language=LANGUAGE_CHOICES)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def language(self, interaction: discord.Interaction, language: app_commands.Choice[str]) -> None:
        guild = interaction.guild
        assert guild is not None
        await self.bot.guild_settings.update(
            guild.id, language=None if language.value == "auto" else language.value
        )
        chosen = await self.bot.guild_language(guild.id)
        name = tr(interaction.locale, LANGUAGE_NAMES[chosen])
        await interaction.response.send_message(
            tr(
                interaction.locale,
                "Messages to the whole server (trivia rounds, notices) are now in **{language}**. "
                "Replies to a member follow their own Discord language.",
                language=name,
            ),
            ephemeral=True,
        )


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Settings(bot))
