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
from bot.i18n import N_, language_of, tr

if TYPE_CHECKING:
    from bot.client import Hyosan

SUMMARY = N_(
    "What Hyosan stores about you in this server:\n"
    "• trivia: {games} game results ({points} points)\n"
    "• trivia suggestions you sent: {suggestions}\n"
    "• your name on things that belong to a server (questions you added, subscriptions, feeds): {authored}\n"
    "Nothing else: no messages, no profile. `/privacy delete` removes all of it."
)
CONFIRM = N_(
    "This deletes your trivia results and suggestions in this server, and removes your name from "
    "questions, subscriptions and feeds you added here (they stay with the server). It can't be undone. "
    "For every server at once, ask the bot's operator."
)


class ConfirmDeletion(discord.ui.View):
    def __init__(self, bot: Hyosan, member_id: int, guild_id: int | None, language: str) -> None:
        super().__init__(timeout=120)
        self.bot = bot
        self.member_id = member_id
        self.guild_id = guild_id
        self.language = language
        self.delete_button.label = tr(language, "Delete my data")
        self.cancel_button.label = tr(language, "Cancel")

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.member_id:
            text = tr(interaction.locale, "This button is for the member who asked.")
            await interaction.response.send_message(text, ephemeral=True)
            return False
        return True

    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def delete_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await privacy.delete_member(self.bot.db, self.member_id, self.guild_id)
        self.stop()
        done = tr(self.language, "Done: Hyosan no longer stores anything about you in this server.")
        await interaction.response.edit_message(content=done, view=None)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def cancel_button(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(content=tr(self.language, "Nothing was deleted."), view=None)


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
        language = language_of(interaction.locale)
        data = await privacy.member_data(self.bot.db, interaction.user.id, interaction.guild_id)
        if data.empty:
            nothing = tr(language, "Hyosan stores nothing about you in this server.")
            await interaction.response.send_message(nothing, ephemeral=True)
            return
        await interaction.response.send_message(
            tr(
                language,
                SUMMARY,
                games=data.games,
                points=data.points,
                suggestions=data.suggestions,
                authored=sum(data.authored.values()),
            ),
            ephemeral=True,
        )

    @app_commands.command(name=_("delete"), description=_("Delete what Hyosan stores about you (asks first)"))
    async def delete(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        await interaction.response.send_message(
            tr(language, CONFIRM),
            view=ConfirmDeletion(self.bot, interaction.user.id, interaction.guild_id, language),
            ephemeral=True,
        )


async def setup(bot: Hyosan) -> None:
    await bot.add_cog(Privacy(bot))
