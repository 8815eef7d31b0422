"""/trivia start, stop, leaderboard and stats, and the answer buttons of running games."""

from __future__ import annotations

import logging
import random
import uuid

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.client import UserFacingError, send_ephemeral
from bot.i18n import language_of, say, tr, trn
from bot.text import clip
from bot.trivia.engine import (
    DEFAULT_IDLE_ROUNDS,
    DEFAULT_SECONDS,
    TriviaError,
    TriviaRound,
    TriviaSession,
)
from bot.trivia.models import Mode, PackConfig
from bot.trivia.packs import builtin_questions
from bot.trivia.scores import Period
from cogs.trivia import embeds
from cogs.trivia.base import TriviaBase
from cogs.trivia.checks import is_trivia_moderator
from cogs.trivia.session_runner import SessionRunner
from cogs.trivia.views import (
    ANSWER_ID,
    GONE,
    TYPED_ID,
    AnswerModal,
)

log = logging.getLogger(__name__)

MAX_QUESTIONS_PER_GAME = 50
DEFAULT_QUESTIONS = 10
MAX_SECONDS = 120.0

MODE_CHOICES = [
    app_commands.Choice(name=_("buttons (multiple choice)"), value="buttons"),
    app_commands.Choice(name=_("typed (write the answer)"), value="typed"),
]
PERIOD_CHOICES = [
    app_commands.Choice(name=_("all time"), value="all"),
    app_commands.Choice(name=_("last 30 days"), value="month"),
    app_commands.Choice(name=_("last 7 days"), value="week"),
]


def locked_in_text(trivia_round: TriviaRound, letter: str, language: str = "en") -> str:
    """The private acknowledgement of a button press, naming the option as well as its letter."""
    option = next((o for o in trivia_round.options if o.letter == letter), None)
    if option is None:
        return tr(language, "Locked in: **{answer}**", answer=letter)
    return tr(
        language, "Locked in: **{answer}**", answer=f"{letter}. {embeds.escape(clip(option.text, 200))}"
    )


class PlayCommands(TriviaBase):
    """Games: one session per channel, driven by a SessionRunner; presses answered from the button id."""

    @app_commands.command(name=_("start"), description=_("Start a trivia game in this channel"))
    @app_commands.guild_only()
    @app_commands.rename(
        category=_("category"), questions=_("questions"), mode=_("mode"), seconds=_("seconds")
    )
    @app_commands.describe(
        category=_("Only questions of this category"),
        questions=_("How many questions (default 10)"),
        mode=_("Answer with buttons or by typing"),
        seconds=_("Seconds per question (default 20)"),
    )
    @app_commands.choices(mode=MODE_CHOICES)
    @app_commands.autocomplete(category=TriviaBase.category_autocomplete)
    async def start(
        self,
        interaction: discord.Interaction,
        category: str | None = None,
        questions: app_commands.Range[int, 1, MAX_QUESTIONS_PER_GAME] = DEFAULT_QUESTIONS,
        mode: app_commands.Choice[str] | None = None,
        seconds: app_commands.Range[float, 0.1, MAX_SECONDS] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        assert interaction.channel is not None
        guild_id, channel_id = interaction.guild_id, interaction.channel.id
        if self._closing:
            raise UserFacingError("Hyosan is restarting; start the game again in a minute.")
        running = self.sessions.get(channel_id)
        if running is not None and not running.ended:
            raise UserFacingError("A trivia game is already running in this channel. `/trivia stop` ends it.")
        minimum = self.bot.settings.trivia_min_seconds
        if seconds is not None and seconds < minimum:
            raise UserFacingError(
                "Give members at least {seconds} seconds per question.", seconds=f"{minimum:g}"
            )
        pool = await self._pool(guild_id, category)
        if not pool and category:
            raise UserFacingError(
                "There are no questions in category {category} to play. `/trivia categories` lists them.",
                category=repr(clip(category, 50)),
            )
        if not pool:
            raise UserFacingError("There are no questions to play. `/trivia categories` lists them.")
        config = await self.bank.pack_config(guild_id, category) if category else None
        game = (config or PackConfig()).session_settings(
            default_seconds=DEFAULT_SECONDS, default_idle_rounds=DEFAULT_IDLE_ROUNDS
        )
        chosen = random.sample(pool, min(questions, len(pool)))
        session = TriviaSession(
            channel_id=channel_id,
            starter_id=interaction.user.id,
            questions=chosen,
            mode=Mode(mode.value) if mode else Mode.BUTTONS,
            seconds=seconds if seconds is not None else game.seconds,
            idle_rounds=game.idle_rounds,
            win_at_correct=game.win_at_correct,
        )
        try:
            self.sessions.start(session)
        except TriviaError as error:
            raise UserFacingError(error.message, **error.params) from None
        token = uuid.uuid4().hex[:12]
        # The game speaks to the channel in the server's language; this reply to its starter too.
        language = await self.bot.guild_language(guild_id)
        runner = SessionRunner(
            session=session,
            token=token,
            guild_id=guild_id,
            channel=interaction.channel,  # type: ignore[arg-type]
            scores=self.scores,
            leaderboard=lambda: self.scores.leaderboard(guild_id, limit=5),
            on_finished=self._finished,
            reveal_pause=self.bot.settings.trivia_reveal_pause,
            use_spoilers=game.use_spoilers,
            reveal_answer=game.reveal_answer,
            learn_more=lambda question: embeds.lore_pointer(self.bot.dataset, question, language),
            language=language,
        )
        self.runners[token] = runner
        count = trn(language, "**{n}** question", "**{n}** questions", len(chosen))
        if category:
            what = tr(
                language, "{questions} from **{category}**", questions=count, category=embeds.escape(category)
            )
        else:
            what = count
        how = (
            tr(language, "multiple choice") if session.mode is Mode.BUTTONS else tr(language, "typed answers")
        )
        text = tr(
            language,
            "Trivia time! {what}, {seconds} each, {how}.",
            what=what,
            seconds=embeds.seconds_text(session.seconds, language),
            how=how,
        )
        if game.win_at_correct is not None:
            text += " " + trn(
                language,
                "First to {n} right answer wins.",
                "First to {n} right answers wins.",
                game.win_at_correct,
            )
        text += " " + tr(
            language, "Started by {member}; `/trivia stop` ends it.", member=interaction.user.mention
        )
        await interaction.response.send_message(text)
        if session.ended:
            # The bot began shutting down while this answer was on its way: nothing to run.
            self._finished(runner)
            return
        runner.start()
        log.info("trivia game %s started in channel %s (%d questions)", token, channel_id, len(chosen))

    async def _pool(self, guild_id: int, category: str | None) -> list:
        own = await self.bank.questions(guild_id, category)
        if (await self.bot.guild_settings.get(guild_id)).builtin_trivia:
            own.extend(builtin_questions(self.bot.trivia_packs, category))
        return own

    def _finished(self, runner: SessionRunner) -> None:
        self.runners.pop(runner.token, None)
        self.sessions.finish(runner.session)

    @app_commands.command(name=_("stop"), description=_("Stop the trivia game in this channel"))
    @app_commands.guild_only()
    async def stop(self, interaction: discord.Interaction) -> None:
        assert interaction.channel is not None
        session = self.sessions.get(interaction.channel.id)
        runner = next((r for r in self.runners.values() if r.session is session), None)
        if session is None or session.ended or runner is None:
            raise UserFacingError("There is no trivia game running in this channel.")
        try:
            session.stop(interaction.user.id, is_moderator=await is_trivia_moderator(interaction))
        except TriviaError as error:
            raise UserFacingError(error.message, **error.params) from None
        runner.wake()
        await interaction.response.send_message(
            tr(interaction.locale, "Stopping the game: the results are coming."), ephemeral=True
        )

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Answer-button presses, routed here rather than through discord.py's views (see views.py)."""
        if interaction.type is not discord.InteractionType.component or interaction.data is None:
            return
        custom_id = str(interaction.data.get("custom_id", ""))
        if not custom_id.startswith("trivia:"):
            return
        if (match := ANSWER_ID.fullmatch(custom_id)) is not None:
            await self.on_answer(interaction, match["token"], int(match["round"]), match["choice"])
        elif (match := TYPED_ID.fullmatch(custom_id)) is not None:
            await self.on_typed_button(interaction, match["token"], int(match["round"]))

    # The hot path: 500 members may press within a second. One dict lookup, the engine, one reply.
    async def on_answer(
        self, interaction: discord.Interaction, token: str, round_number: int, choice: str
    ) -> None:
        language = language_of(interaction.locale)
        session = self._session_for_press(token)
        if session is None:
            await interaction.response.send_message(tr(language, GONE), ephemeral=True)
            return
        current = session.current_round
        if current is None or current.number != round_number:
            await interaction.response.send_message(
                tr(language, "That question is closed; wait for the next one."), ephemeral=True
            )
            return
        try:
            session.submit(interaction.user.id, choice)
        except TriviaError as error:
            await interaction.response.send_message(say(error, language), ephemeral=True)
            return
        await interaction.response.send_message(locked_in_text(current, choice, language), ephemeral=True)

    def _session_for_press(self, token: str) -> TriviaSession | None:
        runner = self.runners.get(token)
        return None if runner is None or runner.session.ended else runner.session

    async def on_typed_button(self, interaction: discord.Interaction, token: str, round_number: int) -> None:
        language = language_of(interaction.locale)
        session = self._session_for_press(token)
        if session is None:
            await interaction.response.send_message(tr(language, GONE), ephemeral=True)
            return
        current = session.current_round
        now = discord.utils.utcnow()
        if current is None or current.number != round_number or not current.is_open(now):
            await interaction.response.send_message(
                tr(language, "That question is closed; wait for the next one."), ephemeral=True
            )
            return
        if interaction.user.id in current.answers:
            await interaction.response.send_message(
                tr(language, "You have already answered this question."), ephemeral=True
            )
            return
        modal = AnswerModal(self, token, round_number, timeout=current.remaining(now) + 30, language=language)
        await interaction.response.send_modal(modal)

    async def on_typed_answer(
        self, interaction: discord.Interaction, token: str, round_number: int, text: str
    ) -> None:
        language = language_of(interaction.locale)
        session = self._session_for_press(token)
        if session is None:
            await send_ephemeral(interaction, tr(language, GONE))
            return
        current = session.current_round
        if current is None or current.number != round_number:
            await send_ephemeral(interaction, tr(language, "Too late: that question is closed."))
            return
        try:
            session.submit(interaction.user.id, text)
        except TriviaError as error:
            await send_ephemeral(interaction, say(error, language))
            return
        await send_ephemeral(
            interaction, tr(language, "Locked in: {answer}", answer=embeds.escape(clip(text.strip(), 200)))
        )

    # -- scores ----------------------------------------------------------------------------------

    @app_commands.command(name=_("leaderboard"), description=_("This server's best trivia players"))
    @app_commands.guild_only()
    @app_commands.rename(period=_("period"))
    @app_commands.describe(period=_("all time, last 30 days or last 7 days"))
    @app_commands.choices(period=PERIOD_CHOICES)
    async def leaderboard(
        self, interaction: discord.Interaction, period: app_commands.Choice[str] | None = None
    ) -> None:
        assert interaction.guild_id is not None
        chosen = Period(period.value) if period else Period.ALL
        entries = await self.scores.leaderboard(interaction.guild_id, chosen)
        embed = embeds.leaderboard_embed(entries, chosen, language_of(interaction.locale))
        await interaction.response.send_message(embed=embed)

    @app_commands.command(name=_("stats"), description=_("Trivia stats of a member (you by default)"))
    @app_commands.guild_only()
    @app_commands.rename(member=_("member"))
    @app_commands.describe(member=_("Whose stats to show"))
    async def stats(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        assert interaction.guild_id is not None
        target = member or interaction.user
        record = await self.scores.player(interaction.guild_id, target.id)
        embed = embeds.stats_embed(record, target.display_name, language_of(interaction.locale))
        await interaction.response.send_message(embed=embed)
