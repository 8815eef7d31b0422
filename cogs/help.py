"""/help: every command the bot has, read from the command tree so it never goes stale."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.i18n import KOREAN, is_korean
from bot.text import field_chunks, fit_embed

if TYPE_CHECKING:
    from bot.client import Hyosan

INTRO_EN = (
    "Hyosan answers questions about **All of Us Are Dead** (지금 우리 학교는) from a sourced dataset, "
    "posts season 2 news to channels that subscribe, and runs trivia. Names autocomplete in English "
    "and hangul. Entries marked ⚠️ come only from unofficial sources and are not facts."
)
INTRO_KO = (
    "효산 봇은 출처가 있는 자료로 **지금 우리 학교는**에 대한 질문에 답하고, 구독한 채널에 시즌2 소식을 "
    "올리며, 퀴즈를 진행합니다. 이름은 영어와 한글로 자동 완성됩니다. ⚠️ 표시는 비공식 출처만 있는 내용입니다."
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


def _text(message: str, korean: bool) -> str:
    # A command's description is the English text of its locale_str, which keys bot/i18n.py.
    return KOREAN.get(message, message) if korean else message


class Help(commands.Cog):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot

    @app_commands.command(name=_("help"), description=_("What Hyosan can do"))
    async def help(self, interaction: discord.Interaction) -> None:
        korean = is_korean(interaction.locale)
        embed = discord.Embed(
            title="효산 Hyosan",
            description=INTRO_KO if korean else INTRO_EN,
            colour=discord.Colour.dark_green(),
        )
        moderator_lines: list[str] = []
        member_lines: list[str] = []
        for path, command in sorted(_walk(self.bot.tree.get_commands()), key=lambda item: item[0]):
            line = f"`/{path}` {_text(command.description, korean)}"
            root = command.root_parent or command
            needs = getattr(root, "default_permissions", None) or getattr(
                command, "default_permissions", None
            )
            (moderator_lines if needs else member_lines).append(line)
        for title, lines in (
            ("명령어" if korean else "Commands", member_lines),
            ("관리자" if korean else "Moderators", moderator_lines),
        ):
            for index, value in enumerate(field_chunks(lines)):
                embed.add_field(name=title if index == 0 else "\u200b", value=value, inline=False)
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True)


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Help(bot))
