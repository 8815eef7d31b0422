"""/privacy show and /privacy delete: a member sees what Hyosan keeps about them and can delete it.

Everything answers privately, and the deletion asks first with a button only the member can press.
Operators can do the same for a request by e-mail: ``python -m bot privacy delete-user ID``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot import privacy
from bot.i18n import is_korean

if TYPE_CHECKING:
    from bot.client import Hyosan

TEXT = {
    "en": {
        "nothing": "Hyosan stores nothing about you in this server.",
        "summary": (
            "What Hyosan stores about you in this server:\n"
            "• trivia: {games} game results ({points} points)\n"
            "• trivia suggestions you sent: {suggestions}\n"
            "• your name on things that belong to a server (questions you added, subscriptions, "
            "feeds): {authored}\n"
            "Nothing else: no messages, no profile. `/privacy delete` removes all of it."
        ),
        "confirm": (
            "This deletes your trivia results and suggestions in this server, and removes your name "
            "from questions, subscriptions and feeds you added here (they stay with the server). "
            "It can't be undone. For every server at once, ask the bot's operator."
        ),
        "delete": "Delete my data",
        "cancel": "Cancel",
        "deleted": "Done: Hyosan no longer stores anything about you in this server.",
        "cancelled": "Nothing was deleted.",
        "not_yours": "This button is for the member who asked.",
    },
    "ko": {
        "nothing": "효산은 이 서버에서 회원님에 대한 정보를 저장하고 있지 않습니다.",
        "summary": (
            "효산이 이 서버에 저장한 회원님의 정보:\n"
            "• 퀴즈: 게임 기록 {games}건 ({points}점)\n"
            "• 보내신 퀴즈 제안: {suggestions}건\n"
            "• 서버에 속한 항목에 남은 회원님의 이름 (추가한 문제, 구독, 피드): {authored}건\n"
            "그 밖에는 없습니다 (메시지, 프로필 없음). `/개인정보 삭제`로 모두 지울 수 있습니다."
        ),
        "confirm": (
            "이 서버의 퀴즈 기록과 제안을 삭제하고, 여기서 추가하신 문제·구독·피드에서 회원님의 이름을 "
            "지웁니다 (항목 자체는 서버에 남습니다). 되돌릴 수 없습니다. 모든 서버에서 한꺼번에 지우려면 "
            "봇 운영자에게 요청해 주세요."
        ),
        "delete": "내 정보 삭제",
        "cancel": "취소",
        "deleted": "완료: 효산은 이제 이 서버에서 회원님에 대한 정보를 저장하지 않습니다.",
        "cancelled": "아무것도 삭제하지 않았습니다.",
        "not_yours": "요청한 회원만 누를 수 있는 버튼입니다.",
    },
}


def _words(interaction: discord.Interaction) -> dict[str, str]:
    return TEXT["ko" if is_korean(interaction.locale) else "en"]


class ConfirmDeletion(discord.ui.View):
    def __init__(self, bot: Hyosan, member_id: int, guild_id: int | None, words: dict[str, str]) -> None:
        super().__init__(timeout=120)
        self.bot = bot
        self.member_id = member_id
        self.guild_id = guild_id
        self.words = words
        self.delete_button.label = words["delete"]
        self.cancel_button.label = words["cancel"]

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.member_id:
            await interaction.response.send_message(self.words["not_yours"], ephemeral=True)
            return False
        return True

    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def delete_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await privacy.delete_member(self.bot.db, self.member_id, self.guild_id)
        self.stop()
        await interaction.response.edit_message(content=self.words["deleted"], view=None)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def cancel_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(content=self.words["cancelled"], view=None)


@app_commands.guild_only()
class Privacy(
    commands.GroupCog,
    group_name=_("privacy"),
    group_description=_("What Hyosan stores about you, and deleting it"),
):
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name=_("show"), description=_("See what Hyosan stores about you"))
    async def show(self, interaction: discord.Interaction) -> None:
        words = _words(interaction)
        data = await privacy.member_data(self.bot.db, interaction.user.id, interaction.guild_id)
        if data.empty:
            await interaction.response.send_message(words["nothing"], ephemeral=True)
            return
        await interaction.response.send_message(
            words["summary"].format(
                games=data.games,
                points=data.points,
                suggestions=data.suggestions,
                authored=sum(data.authored.values()),
            ),
            ephemeral=True,
        )

    @app_commands.command(name=_("delete"), description=_("Delete what Hyosan stores about you (asks first)"))
    async def delete(self, interaction: discord.Interaction) -> None:
        words = _words(interaction)
        await interaction.response.send_message(
            words["confirm"],
            view=ConfirmDeletion(self.bot, interaction.user.id, interaction.guild_id, words),
            ephemeral=True,
        )


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Privacy(bot))
