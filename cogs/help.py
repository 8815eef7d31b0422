"""/help: every command the bot has, read from the command tree so it never goes stale."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.i18n import N_, language_of, tr
from bot.text import field_chunks, fit_embed

if TYPE_CHECKING:
    from bot.client import Hyosan

INTRO = N_(
    "Hyosan answers questions about **All of Us Are Dead** (지금 우리 학교는) from a sourced dataset, "
    "posts season 2 news to channels that subscribe, and runs trivia. Names autocomplete in English "
    "and hangul. Entries marked ⚠️ come only from unofficial sources and are not facts."
)


def _walk(
    commands_: Sequence[app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu],
    prefix: str = "",
) -> Iterator[tuple[str, app_commands.Command[Any, ..., Any]]]:
    for command in commands_:
        if isinstance(command, app_commands.Group):
            yield from _walk(command.commands, f"{prefix}{command.name} ")
        elif isinstance(command, app_commands.Command):
            yield f"{prefix}{command.name}", command


def _path(path: str, language: str) -> str:
    """A command as the member's Discord shows it: each word in their language ("/퀴즈 시작")."""
    return " ".join(tr(language, word) for word in path.split())


class Help(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot

    @app_commands.command(name=_("help"), description=_("What Hyosan can do"))
    async def help(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        embed = discord.Embed(
            title=tr(language, "Hyosan"),
            description=tr(language, INTRO),
            colour=discord.Colour.dark_green(),
        )
        moderator_lines: list[str] = []
        member_lines: list[str] = []
        for path, command in sorted(_walk(self.bot.tree.get_commands()), key=lambda item: item[0]):
            # A command's description is the English text of its locale_str: a catalog message.
            line = f"`/{_path(path, language)}` {tr(language, command.description)}"
            root = command.root_parent or command
            needs = getattr(root, "default_permissions", None) or getattr(
                command, "default_permissions", None
            )
            (moderator_lines if needs else member_lines).append(line)
        for title, lines in (
            (tr(language, "Commands"), member_lines),
            (tr(language, "Moderators"), moderator_lines),
        ):
            for index, value in enumerate(field_chunks(lines)):
                embed.add_field(name=title if index == 0 else "\u200b", value=value, inline=False)
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True)


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Help(bot))
