"""/trivia suggest and review: members suggest questions, moderators approve, edit or reject."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

from bot.client import send_ephemeral
from bot.i18n import language_of, say, tr
from bot.text import clip
from bot.trivia.bank import BankError, draft_from_fields
from bot.trivia.formats import ImportProblems
from cogs.trivia import embeds
from cogs.trivia.base import TriviaBase
from cogs.trivia.checks import NOT_MODERATOR, is_trivia_moderator, trivia_moderator_only
from cogs.trivia.views import (
    review_view,
)

log = logging.getLogger(__name__)


class SuggestionCommands(TriviaBase):
    """The suggestion queue; the suggester hears the outcome by DM."""

    @app_commands.command(name=_("suggest"), description=_("Suggest a question for this server's trivia"))
    @app_commands.guild_only()
    async def suggest(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)

        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            made = await self._checked(
                self.suggestions.suggest(
                    modal_interaction.guild_id, modal_interaction.user.id, draft_from_fields(**fields)
                )
            )
            await modal_interaction.response.send_message(
                tr(
                    language,
                    "Thanks! Your suggestion #{id} is waiting for a moderator. I'll tell you how it went.",
                    id=made.id,
                ),
                ephemeral=True,
            )

        modal = self._question_modal(tr(language, "Suggest a trivia question"), save, language=language)
        await interaction.response.send_modal(modal)

    @app_commands.command(name=_("review"), description=_("Review suggested questions"))
    @app_commands.guild_only()
    @trivia_moderator_only()
    async def review(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self._show_next_suggestion(interaction, note="")

    async def _show_next_suggestion(
        self, interaction: discord.Interaction, note: str, *, edit: bool = False
    ) -> None:
        assert interaction.guild_id is not None
        language = language_of(interaction.locale)
        suggestion = await self.suggestions.next_pending(interaction.guild_id)
        if suggestion is None:
            content, embed, view = (note + tr(language, "No suggestions are waiting.")).strip(), None, None
        else:
            left = await self.suggestions.pending_count(interaction.guild_id)
            content = note + tr(
                language,
                "Suggestion #{id} by {member} ({left} waiting)",
                id=suggestion.id,
                member=f"<@{suggestion.member_id}>",
                left=left,
            )
            title = tr(language, "Suggestion #{id}", id=suggestion.id)
            embed = embeds.question_detail_embed(suggestion.question, title=title, language=language)
            view = review_view(suggestion.id, language)
        if edit:
            await interaction.edit_original_response(content=content, embed=embed, view=view)
        elif view is None or embed is None:
            await interaction.response.send_message(content, ephemeral=True)
        else:
            await interaction.response.send_message(content, embed=embed, view=view, ephemeral=True)

    async def on_review(self, interaction: discord.Interaction, action: str, suggestion_id: int) -> None:
        language = language_of(interaction.locale)
        if interaction.guild_id is None or not await is_trivia_moderator(interaction):
            await send_ephemeral(interaction, tr(language, NOT_MODERATOR))
            return
        guild_id = interaction.guild_id
        if action == "edit":
            try:
                suggestion = await self.suggestions.get(guild_id, suggestion_id)
            except BankError as error:
                await send_ephemeral(interaction, say(error, language))
                return

            async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
                _, question = await self._checked(
                    self.suggestions.approve(
                        guild_id, suggestion_id, modal_interaction.user.id, edited=draft_from_fields(**fields)
                    )
                )
                told = await self._tell_suggester(
                    guild_id, suggestion.member_id, suggestion.question.text, approved=True, language=language
                )
                await modal_interaction.response.send_message(
                    tr(
                        language,
                        "Approved suggestion #{id} with your edits as question #{question}.",
                        id=suggestion_id,
                        question=question.id,
                    )
                    + " "
                    + told,
                    ephemeral=True,
                )

            title = tr(language, "Edit suggestion #{id}", id=suggestion_id)
            modal = self._question_modal(title, save, suggestion.question, language=language)
            await interaction.response.send_modal(modal)
            return
        await interaction.response.defer()
        try:
            if action == "approve":
                suggestion, question = await self.suggestions.approve(
                    guild_id, suggestion_id, interaction.user.id
                )
                outcome = tr(
                    language,
                    "Approved suggestion #{id} as question #{question}.",
                    id=suggestion_id,
                    question=question.id,
                )
            else:
                suggestion = await self.suggestions.reject(guild_id, suggestion_id, interaction.user.id)
                outcome = tr(language, "Rejected suggestion #{id}.", id=suggestion_id)
        except ImportProblems as error:
            await send_ephemeral(
                interaction,
                tr(language, "That suggestion can't be approved as it is:") + "\n" + error.describe(),
            )
            return
        except BankError as error:
            await send_ephemeral(interaction, say(error, language))
            return
        told = await self._tell_suggester(
            guild_id,
            suggestion.member_id,
            suggestion.question.text,
            approved=action == "approve",
            language=language,
        )
        await self._show_next_suggestion(interaction, note=f"{outcome} {told}\n", edit=True)

    async def _tell_suggester(
        self, guild_id: int, member_id: int, text: str, *, approved: bool, language: str
    ) -> str:
        """DM the outcome (in the server's language: a DM carries no locale); tell the moderator, in
        theirs, whether it reached the member."""
        server = await self.bot.guild_language(guild_id)
        quoted = embeds.escape(clip(text, 200))
        if approved:
            message = tr(
                server,
                "Your trivia suggestion “{question}” was approved and is now in the question bank. "
                "Thank you!",
                question=quoted,
            )
        else:
            message = tr(
                server,
                "Your trivia suggestion “{question}” was not accepted this time. Thank you!",
                question=quoted,
            )
        try:
            user = self.bot.get_user(member_id) or await self.bot.fetch_user(member_id)
            await user.send(message)
        except discord.HTTPException:
            log.info("could not DM trivia suggester %s", member_id, exc_info=True)
            return tr(language, "I couldn't tell {member}: their DMs are closed.", member=f"<@{member_id}>")
        return tr(language, "I told {member} by DM.", member=f"<@{member_id}>")
