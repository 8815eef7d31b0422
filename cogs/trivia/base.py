"""What the /trivia command groups share: the cog's services, category autocomplete, modals."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.client import UserFacingError
from bot.text import clip
from bot.trivia.bank import BankError, QuestionBank
from bot.trivia.engine import (
    ChannelSessions,
)
from bot.trivia.formats import ImportProblems
from bot.trivia.models import Limits
from bot.trivia.packs import builtin_questions
from bot.trivia.scores import ScoreBook
from bot.trivia.suggestions import SuggestionQueue
from cogs.trivia.session_runner import SessionRunner
from cogs.trivia.views import (
    QuestionModal,
)

if TYPE_CHECKING:
    from bot.client import Hyosan


class TriviaBase:
    """State and helpers of the Trivia cog that its play, curation and suggestion commands use.

    A plain class, not a cog: discord.py collects the commands of every class in the cog's MRO,
    and binds `TriviaBase.category_autocomplete` to the cog because it is named as a method."""

    bot: Hyosan
    limits: Limits
    bank: QuestionBank
    scores: ScoreBook
    suggestions: SuggestionQueue
    sessions: ChannelSessions
    runners: dict[str, SessionRunner]
    _closing: bool

    async def category_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        names = set(await self.bank.categories(interaction.guild_id))
        if (await self.bot.guild_settings.get(interaction.guild_id)).builtin_trivia:
            names.update(q.category for q in builtin_questions(self.bot.trivia_packs))
        wanted = current.casefold().strip()
        matches = sorted(n for n in names if wanted in n.casefold())
        return [app_commands.Choice(name=clip(n, 100), value=n[:100]) for n in matches[:25]]

    def _question_modal(self, title: str, on_submit, question=None, *, language: str = "en") -> QuestionModal:
        return QuestionModal(
            title,
            on_submit,
            question=question,
            question_chars=self.limits.question_chars,
            answer_chars=self.limits.answer_chars,
            language=language,
        )

    @staticmethod
    async def _checked(awaitable):
        """Turn the bank's refusals into a polite answer (the modal's on_error sends it)."""
        try:
            return await awaitable
        except ImportProblems as error:
            raise UserFacingError(
                "That question can't be saved:\n{problems}", problems=error.describe()
            ) from None
        except BankError as error:
            raise UserFacingError(error.message, **error.params) from None
