"""/trivia: play (play.py), the question bank (curation.py), suggestions (suggestions.py).

This module only assembles the cog and owns its lifecycle; services in bot/trivia do the work.

Moderation commands are open to members with Manage Server or the server's trivia role
(``/settings trivia_role``); Discord can't hide single subcommands of a group, so every one of them
checks in the bot (``trivia_moderator_only``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.trivia.engine import (
    ChannelSessions,
)
from cogs.trivia.checks import is_trivia_moderator
from cogs.trivia.curation import CurationCommands
from cogs.trivia.play import PlayCommands
from cogs.trivia.session_runner import SessionRunner
from cogs.trivia.suggestions import SuggestionCommands
from cogs.trivia.views import (
    DYNAMIC_ITEMS,
)

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)


class Trivia(
    PlayCommands,
    CurationCommands,
    SuggestionCommands,
    commands.GroupCog,
    group_name=_("trivia"),
    group_description=_("Play and curate trivia"),
):
    """Trivia games and this server's question bank."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.limits = bot.trivia_limits
        self.bank = bot.trivia_bank
        self.scores = bot.trivia_scores
        self.suggestions = bot.trivia_suggestions
        self.sessions = ChannelSessions()
        self.runners: dict[str, SessionRunner] = {}
        self._closing = False
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)

    async def cog_unload(self) -> None:
        # Runs in Bot.close() before the connection closes: every game posts its notice first.
        self._closing = True
        runners = list(self.runners.values())
        if runners:
            log.info("ending %d trivia games for shutdown", len(runners))
            await asyncio.gather(*(runner.shutdown() for runner in runners))
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)


__all__ = ["Trivia", "is_trivia_moderator"]
