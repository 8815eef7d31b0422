"""One running game in one channel: drives the pure engine with an asyncio timer.

The runner is the game's only task. It opens a question, posts it, sleeps until the bell (or until
``wake()`` after a stop or at shutdown), closes the question, greys out its buttons, posts the
reveal and stores the scores so far, then goes on; when the engine says the game has ended it posts
the summary with the server leaderboard. Button presses never wait for it: they go straight to
``TriviaSession.submit`` from the cog, and nothing is written to the database per press.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.i18n import tr
from bot.trivia.engine import EndReason, RoundResult, TriviaRound, TriviaSession
from bot.trivia.models import Question
from bot.trivia.scores import LeaderboardEntry, ScoreBook
from cogs.trivia import embeds
from cogs.trivia.views import round_view

log = logging.getLogger(__name__)

#: Longest wait for a game to post its closing notice when the bot shuts down.
SHUTDOWN_GRACE = 10.0


class SessionRunner:
    def __init__(
        self,
        *,
        session: TriviaSession,
        token: str,
        guild_id: int,
        channel: discord.abc.Messageable,
        scores: ScoreBook,
        leaderboard: Callable[[], Awaitable[Sequence[LeaderboardEntry]]],
        on_finished: Callable[[SessionRunner], None],
        reveal_pause: float = 3.0,
        use_spoilers: bool = False,
        reveal_answer: bool = True,
        learn_more: Callable[[Question], str | None] | None = None,
        language: str = "en",
    ) -> None:
        self.session = session
        self.token = token
        self.guild_id = guild_id
        self.channel = channel
        self._scores = scores
        self._leaderboard = leaderboard
        self._on_finished = on_finished
        self._reveal_pause = reveal_pause
        self._use_spoilers = use_spoilers
        self._reveal_answer = reveal_answer
        self._learn_more = learn_more
        # The game talks to the whole channel: the server's language (/settings language).
        self.language = language
        self._wake = asyncio.Event()
        self._live: tuple[TriviaRound, discord.Message] | None = None
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self._run(), name=f"trivia-{self.session.channel_id}-{self.token}")

    def wake(self) -> None:
        """The session ended from outside (stop, shutdown): stop sleeping and wrap up."""
        self._wake.set()

    async def shutdown(self) -> None:
        """End the game now with a notice in the channel, and wait (briefly) for it to be posted."""
        if not self.session.ended:
            self.session.end(EndReason.SHUTDOWN)
        self.wake()
        if self.task is not None and not self.task.done():
            try:
                await asyncio.wait_for(asyncio.shield(self.task), SHUTDOWN_GRACE)
            except TimeoutError:
                log.warning("trivia game %s did not wrap up in time at shutdown", self.token)
                self.task.cancel()

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, seconds))

    async def _run(self) -> None:
        session = self.session
        try:
            while not session.ended:
                trivia_round = session.open_round()
                message = await self._post_question(trivia_round)
                if message is None:
                    # The channel is gone or closed to the bot: nobody can play, so end quietly.
                    session.end(EndReason.STOPPED)
                    break
                self._live = (trivia_round, message)
                await self._sleep(trivia_round.remaining(discord.utils.utcnow()))
                if session.ended:
                    break
                result = session.close_round()
                await self._close_buttons(show_correct=self._reveal_answer or bool(result.right))
                await self._reveal(result)
                await self._save_scores()
                if not session.ended and self._reveal_pause:
                    await self._sleep(self._reveal_pause)
            await self._wrap_up()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("trivia game %s in channel %s failed", self.token, session.channel_id)
            if not session.ended:
                session.end(EndReason.STOPPED)
            await self._close_buttons()
            await self._send(
                content=tr(self.language, "Sorry, this trivia game broke down on my side and had to stop.")
            )
        finally:
            self._on_finished(self)

    async def _send(self, **kwargs: Any) -> discord.Message | None:
        try:
            return await self.channel.send(**kwargs)
        except discord.HTTPException:
            log.warning("could not post to trivia channel %s", self.session.channel_id, exc_info=True)
            return None

    async def _post_question(self, trivia_round: TriviaRound) -> discord.Message | None:
        return await self._send(
            embed=embeds.question_embed(
                trivia_round, len(self.session.questions), game_mode=self.session.mode, language=self.language
            ),
            view=round_view(trivia_round, self.token, language=self.language),
        )

    async def _close_buttons(self, *, show_correct: bool | None = None) -> None:
        """Grey out the live question's buttons so no message keeps live-looking ones."""
        if show_correct is None:
            show_correct = self._reveal_answer
        if self._live is None:
            return
        trivia_round, message = self._live
        self._live = None
        try:
            await message.edit(
                view=round_view(
                    trivia_round, self.token, finished=True, show_correct=show_correct, language=self.language
                )
            )
        except discord.HTTPException:
            log.warning("could not disable the buttons of trivia message %s", message.id, exc_info=True)

    async def _reveal(self, result: RoundResult) -> None:
        hint = self._learn_more(result.round.question) if self._learn_more else None
        await self._send(
            embed=embeds.reveal_embed(
                result,
                use_spoilers=self._use_spoilers,
                reveal_answer=self._reveal_answer,
                learn_more=hint,
                language=self.language,
            )
        )

    async def _save_scores(self) -> None:
        try:
            await self._scores.record(
                session_key=self.token,
                guild_id=self.guild_id,
                channel_id=self.session.channel_id,
                stats=list(self.session.stats.values()),
            )
        except Exception:
            # A database hiccup must not stop the game in the channel; the next question retries.
            log.exception("could not save trivia scores of game %s", self.token)

    async def _wrap_up(self) -> None:
        await self._close_buttons()
        await self._save_scores()
        try:
            leaderboard = await self._leaderboard()
        except Exception:
            log.exception("could not read the trivia leaderboard of guild %s", self.guild_id)
            leaderboard = []
        await self._send(embed=embeds.summary_embed(self.session.summary(), leaderboard, self.language))
