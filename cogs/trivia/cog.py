"""/trivia: play, scores, question bank moderation, suggestions. Thin: services do the work.

Moderation commands are open to members with Manage Server or the server's trivia role
(``/settings trivia_role``); Discord can't hide single subcommands of a group, so every one of them
checks in the bot (``trivia_moderator_only``).
"""

from __future__ import annotations

import asyncio
import io
import logging
import random
import uuid
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.client import UserFacingError, send_ephemeral
from bot.trivia.bank import BankError, QuestionBank, draft_from_fields, limits_from_settings
from bot.trivia.download import DownloadError, FileTooLargeError, download_attachment
from bot.trivia.engine import (
    DEFAULT_IDLE_ROUNDS,
    DEFAULT_SECONDS,
    ChannelSessions,
    TriviaError,
    TriviaRound,
    TriviaSession,
)
from bot.trivia.formats import ImportProblems, TriviaFormat, dump_pack, load_pack
from bot.trivia.models import Limits, Mode, Origin, PackConfig, QuestionPack
from bot.trivia.packs import builtin_questions
from bot.trivia.scores import Period, ScoreBook
from bot.trivia.suggestions import SuggestionQueue
from bot.trivia.wording import count_of, noun
from cogs.common.pagination import Paginator
from cogs.common.text import CONTENT, clip
from cogs.trivia import embeds
from cogs.trivia.session_runner import SessionRunner
from cogs.trivia.views import (
    ANSWER_ID,
    DYNAMIC_ITEMS,
    GONE,
    TYPED_ID,
    AnswerModal,
    QuestionModal,
    remove_view,
    review_view,
)

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)

MAX_QUESTIONS_PER_GAME = 50
DEFAULT_QUESTIONS = 10
MAX_SECONDS = 120.0
NOT_MODERATOR = "You need the **Manage Server** permission or this server's trivia moderator role to do that."

MODE_CHOICES = [
    app_commands.Choice(name=_("buttons (multiple choice)"), value="buttons"),
    app_commands.Choice(name=_("typed (write the answer)"), value="typed"),
]
PERIOD_CHOICES = [
    app_commands.Choice(name=_("all time"), value="all"),
    app_commands.Choice(name=_("last 30 days"), value="month"),
    app_commands.Choice(name=_("last 7 days"), value="week"),
]
FORMAT_CHOICES = [
    app_commands.Choice(name=_("Red-DiscordBot list (YAML)"), value="red"),
    app_commands.Choice(name=_("Hyosan YAML"), value="yaml"),
    app_commands.Choice(name=_("CSV"), value="csv"),
]


async def is_trivia_moderator(interaction: discord.Interaction) -> bool:
    if interaction.guild_id is None:
        return False
    if interaction.permissions.manage_guild:
        return True
    bot: Hyosan = interaction.client  # type: ignore[assignment]
    role_id = (await bot.guild_settings.get(interaction.guild_id)).trivia_role_id
    roles = getattr(interaction.user, "roles", [])
    return role_id is not None and any(role.id == role_id for role in roles)


def trivia_moderator_only():  # type: ignore[no-untyped-def]
    async def predicate(interaction: discord.Interaction) -> bool:
        if await is_trivia_moderator(interaction):
            return True
        raise app_commands.CheckFailure(NOT_MODERATOR)

    return app_commands.check(predicate)


def problems_reply(filename: str, error: ImportProblems) -> tuple[str, discord.File | None]:
    """Each problem on its own line; the full list as a file when it won't fit in a message."""
    # Problems quote the file's own text: keep it inert inside a code block.
    listing = error.describe().replace("```", "ʼʼʼ")
    head = f"Nothing was imported from `{clip(filename, 80)}`. Please fix these problems and try again:\n"
    text = f"{head}```\n{listing}\n```"
    if len(text) <= CONTENT:
        return text, None
    full = error.describe(limit=len(error.problems))
    attachment = discord.File(io.BytesIO(full.encode("utf-8")), filename="problems.txt")
    room = CONTENT - len(head) - 40
    return f"{head}```\n{clip(listing, room)}\n```(all problems attached)", attachment


def read_pack(
    data: bytes, filename: str, limits: Limits, category: str | None
) -> tuple[QuestionPack, TriviaFormat]:
    pack = load_pack(data, filename, limits=limits, category=category)
    if any(q.origin is Origin.RED_IMPORT for q in pack.questions):
        return pack, TriviaFormat.RED
    first = data.lstrip()[:40].decode("utf-8", "replace").casefold()
    is_csv = PurePath(filename).suffix.casefold() == ".csv" or first.startswith("question,")
    return pack, TriviaFormat.CSV if is_csv else TriviaFormat.NATIVE


def notes_text(notes: Sequence[str], room: int = 1200) -> str:
    """A pack's notes (accepted oddities such as a repeated Red question) under an import's reply."""
    if not notes:
        return ""
    listing = "\n".join(f"• {embeds.escape(note)}" for note in notes)
    return "\n**Note:**\n" + clip(listing, room)


def locked_in_text(trivia_round: TriviaRound, letter: str) -> str:
    """The private acknowledgement of a button press, naming the option as well as its letter."""
    option = next((o for o in trivia_round.options if o.letter == letter), None)
    if option is None:
        return f"Locked in: **{letter}**"
    return f"Locked in: **{letter}. {embeds.escape(clip(option.text, 200))}**"


class Trivia(commands.GroupCog, group_name=_("trivia"), group_description=_("Play and curate trivia")):
    """Trivia games and this server's question bank."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.limits = limits_from_settings(bot.settings)
        self.bank = QuestionBank(bot.db, self.limits)
        self.scores = ScoreBook(bot.db)
        self.suggestions = SuggestionQueue(bot.db, self.bank)
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

    # -- play ------------------------------------------------------------------------------------

    async def category_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        names = set(await self.bank.categories(interaction.guild_id))
        if (await self.bot.guild_settings.get(interaction.guild_id)).builtin_trivia:
            names.update(q.category for q in builtin_questions())
        wanted = current.casefold().strip()
        matches = sorted(n for n in names if wanted in n.casefold())
        return [app_commands.Choice(name=clip(n, 100), value=n[:100]) for n in matches[:25]]

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
    @app_commands.autocomplete(category=category_autocomplete)
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
            raise UserFacingError(f"Give members at least {minimum:g} seconds per question.")
        pool = await self._pool(guild_id, category)
        if not pool:
            where = f" in category {clip(category, 50)!r}" if category else ""
            raise UserFacingError(f"There are no questions{where} to play. `/trivia categories` lists them.")
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
            raise UserFacingError(str(error)) from None
        token = uuid.uuid4().hex[:12]
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
            learn_more=lambda question: embeds.lore_pointer(self.bot.dataset, question),
        )
        self.runners[token] = runner
        what = f"**{len(chosen)}** {noun(len(chosen), 'question')}" + (
            f" from **{embeds.escape(category)}**" if category else ""
        )
        how = "multiple choice" if session.mode is Mode.BUTTONS else "typed answers"
        goal = (
            f" First to {count_of(game.win_at_correct, 'right answer')} wins."
            if game.win_at_correct is not None
            else ""
        )
        await interaction.response.send_message(
            f"Trivia time! {what}, {embeds.seconds_text(session.seconds)} each, {how}.{goal} "
            f"Started by {interaction.user.mention}; `/trivia stop` ends it."
        )
        if session.ended:
            # The bot began shutting down while this answer was on its way: nothing to run.
            self._finished(runner)
            return
        runner.start()
        log.info("trivia game %s started in channel %s (%d questions)", token, channel_id, len(chosen))

    async def _pool(self, guild_id: int, category: str | None) -> list:  # type: ignore[type-arg]
        own = await self.bank.questions(guild_id, category)
        if (await self.bot.guild_settings.get(guild_id)).builtin_trivia:
            own.extend(builtin_questions(category))
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
            raise UserFacingError(str(error)) from None
        runner.wake()
        await interaction.response.send_message("Stopping the game: the results are coming.", ephemeral=True)

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Answer-button presses, routed here rather than through discord.py's views (see views.py)."""
        if interaction.type is not discord.InteractionType.component or interaction.data is None:
            return
        custom_id = interaction.data.get("custom_id", "")
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
        session = self._session_for_press(token)
        if session is None:
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        current = session.current_round
        if current is None or current.number != round_number:
            await interaction.response.send_message(
                "That question is closed; wait for the next one.", ephemeral=True
            )
            return
        try:
            session.submit(interaction.user.id, choice)
        except TriviaError as error:
            await interaction.response.send_message(str(error), ephemeral=True)
            return
        await interaction.response.send_message(locked_in_text(current, choice), ephemeral=True)

    def _session_for_press(self, token: str) -> TriviaSession | None:
        runner = self.runners.get(token)
        return None if runner is None or runner.session.ended else runner.session

    async def on_typed_button(self, interaction: discord.Interaction, token: str, round_number: int) -> None:
        session = self._session_for_press(token)
        if session is None:
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        current = session.current_round
        now = discord.utils.utcnow()
        if current is None or current.number != round_number or not current.is_open(now):
            await interaction.response.send_message(
                "That question is closed; wait for the next one.", ephemeral=True
            )
            return
        if interaction.user.id in current.answers:
            await interaction.response.send_message(
                "You have already answered this question.", ephemeral=True
            )
            return
        modal = AnswerModal(self, token, round_number, timeout=current.remaining(now) + 30)
        await interaction.response.send_modal(modal)

    async def on_typed_answer(
        self, interaction: discord.Interaction, token: str, round_number: int, text: str
    ) -> None:
        session = self._session_for_press(token)
        if session is None:
            await send_ephemeral(interaction, GONE)
            return
        current = session.current_round
        if current is None or current.number != round_number:
            await send_ephemeral(interaction, "Too late: that question is closed.")
            return
        try:
            session.submit(interaction.user.id, text)
        except TriviaError as error:
            await send_ephemeral(interaction, str(error))
            return
        await send_ephemeral(interaction, f"Locked in: {embeds.escape(clip(text.strip(), 200))}")

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
        await interaction.response.send_message(embed=embeds.leaderboard_embed(entries, chosen))

    @app_commands.command(name=_("stats"), description=_("Trivia stats of a member (you by default)"))
    @app_commands.guild_only()
    @app_commands.rename(member=_("member"))
    @app_commands.describe(member=_("Whose stats to show"))
    async def stats(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        assert interaction.guild_id is not None
        target = member or interaction.user
        record = await self.scores.player(interaction.guild_id, target.id)
        await interaction.response.send_message(embed=embeds.stats_embed(record, target.display_name))

    # -- question bank (moderators) --------------------------------------------------------------

    def _question_modal(self, title: str, on_submit, question=None) -> QuestionModal:  # type: ignore[no-untyped-def]
        return QuestionModal(
            title,
            on_submit,
            question=question,
            question_chars=self.limits.question_chars,
            answer_chars=self.limits.answer_chars,
        )

    @app_commands.command(name=_("add"), description=_("Add a question to this server's bank"))
    @app_commands.guild_only()
    @trivia_moderator_only()
    async def add(self, interaction: discord.Interaction) -> None:
        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            question = await self._checked(
                self.bank.add(
                    modal_interaction.guild_id, draft_from_fields(**fields), by=modal_interaction.user.id
                )
            )
            await modal_interaction.response.send_message(
                f"Added question #{question.id}.",
                embed=embeds.question_detail_embed(question),
                ephemeral=True,
            )

        await interaction.response.send_modal(self._question_modal("Add a trivia question", save))

    @staticmethod
    async def _checked(awaitable):  # type: ignore[no-untyped-def]
        """Turn the bank's refusals into a polite answer (the modal's on_error sends it)."""
        try:
            return await awaitable
        except ImportProblems as error:
            raise UserFacingError("That question can't be saved:\n" + error.describe()) from None
        except BankError as error:
            raise UserFacingError(str(error)) from None

    @app_commands.command(name=_("edit"), description=_("Edit a question of this server's bank"))
    @app_commands.guild_only()
    @app_commands.rename(question_id=_("id"))
    @app_commands.describe(question_id=_("The question's number, from /trivia list"))
    @trivia_moderator_only()
    async def edit(self, interaction: discord.Interaction, question_id: int) -> None:
        assert interaction.guild_id is not None
        question = await self._checked(self.bank.get(interaction.guild_id, question_id))

        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            saved = await self._checked(
                self.bank.edit(modal_interaction.guild_id, question_id, draft_from_fields(**fields))
            )
            await modal_interaction.response.send_message(
                f"Saved question #{saved.id}.", embed=embeds.question_detail_embed(saved), ephemeral=True
            )

        await interaction.response.send_modal(
            self._question_modal(f"Edit question #{question_id}", save, question)
        )

    @app_commands.command(name=_("remove"), description=_("Remove a question from this server's bank"))
    @app_commands.guild_only()
    @app_commands.rename(question_id=_("id"))
    @app_commands.describe(question_id=_("The question's number, from /trivia list"))
    @trivia_moderator_only()
    async def remove(self, interaction: discord.Interaction, question_id: int) -> None:
        assert interaction.guild_id is not None
        question = await self._checked(self.bank.get(interaction.guild_id, question_id))
        await interaction.response.send_message(
            f"Remove question #{question_id}? This can't be undone.",
            embed=embeds.question_detail_embed(question),
            view=remove_view(question_id, interaction.user.id),
            ephemeral=True,
        )

    async def on_remove_confirm(
        self, interaction: discord.Interaction, question_id: int, confirmed: bool
    ) -> None:
        if not confirmed:
            await interaction.response.edit_message(
                content=f"Kept question #{question_id}.", embed=None, view=None
            )
            return
        if interaction.guild_id is None or not await is_trivia_moderator(interaction):
            await send_ephemeral(interaction, NOT_MODERATOR)
            return
        try:
            await self.bank.remove(interaction.guild_id, question_id)
        except BankError as error:
            await interaction.response.edit_message(content=str(error), embed=None, view=None)
            return
        await interaction.response.edit_message(
            content=f"Removed question #{question_id}.", embed=None, view=None
        )

    @app_commands.command(name=_("list"), description=_("List this server's questions"))
    @app_commands.guild_only()
    @app_commands.rename(category=_("category"))
    @app_commands.describe(category=_("Only questions of this category"))
    @app_commands.autocomplete(category=category_autocomplete)
    @trivia_moderator_only()
    async def list_questions(self, interaction: discord.Interaction, category: str | None = None) -> None:
        assert interaction.guild_id is not None
        questions = await self.bank.questions(interaction.guild_id, category)
        heading = f"Questions in {category}" if category else "This server's questions"
        pages = embeds.question_list_pages(questions, clip(heading, 200))
        await Paginator(pages, owner_id=interaction.user.id).send(interaction, ephemeral=True)

    @app_commands.command(
        name=_("categories"), description=_("Trivia categories and how many questions each has")
    )
    @app_commands.guild_only()
    async def categories(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        own = await self.bank.categories(interaction.guild_id)
        builtin: dict[str, int] | None = None
        if (await self.bot.guild_settings.get(interaction.guild_id)).builtin_trivia:
            builtin = {}
            for q in builtin_questions():
                builtin[q.category] = builtin.get(q.category, 0) + 1
        await interaction.response.send_message(embed=embeds.categories_embed(own, builtin), ephemeral=True)

    @app_commands.command(
        name=_("import"), description=_("Import questions from a file (Red list, YAML or CSV)")
    )
    @app_commands.guild_only()
    @app_commands.rename(file=_("file"), category=_("category"), replace=_("replace"))
    @app_commands.describe(
        file=_("A Red-DiscordBot trivia list, a Hyosan YAML file or a CSV with a header"),
        category=_("Category for a Red list's questions (default: the file name)"),
        replace=_("Replace this server's questions in the file's categories"),
    )
    @trivia_moderator_only()
    async def import_file(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        category: str | None = None,
        replace: bool = False,
    ) -> None:
        assert interaction.guild_id is not None
        limit = self.limits.file_bytes
        # Checked before downloading anything: Discord tells us the size.
        if file.size > limit:
            raise UserFacingError(
                f"`{clip(file.filename, 80)}` is {file.size:,} bytes; the limit is {limit:,} bytes. "
                "Nothing was imported."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await download_attachment(
                file.url, limit=limit, allow_private=self.bot.settings.allow_private_feed_urls
            )
        except FileTooLargeError:
            await send_ephemeral(
                interaction,
                f"`{clip(file.filename, 80)}` is larger than {limit:,} bytes. Nothing was imported.",
            )
            return
        except DownloadError:
            raise UserFacingError("I couldn't download that file from Discord; please try again.") from None
        try:
            pack, fmt = await asyncio.to_thread(read_pack, data, file.filename, self.limits, category)
            report = await self.bank.import_pack(
                interaction.guild_id, pack, fmt, by=interaction.user.id, replace=replace
            )
        except ImportProblems as error:
            text, attachment = problems_reply(file.filename, error)
            kwargs = {"file": attachment} if attachment else {}
            await send_ephemeral(interaction, text, **kwargs)
            return
        names = ", ".join(f"**{embeds.escape(c)}**" for c in report.categories)
        replaced = f" (replacing {report.replaced:,})" if report.replaced else ""
        await send_ephemeral(
            interaction,
            f"Imported **{report.imported:,}** {noun(report.imported, 'question')}{replaced} "
            f"from a {fmt.label} into {clip(names, 500)}. "
            f"The server now has {count_of(report.total, 'question')}." + notes_text(pack.notes),
        )

    @app_commands.command(name=_("export"), description=_("Export this server's questions as a file"))
    @app_commands.guild_only()
    @app_commands.rename(category=_("category"), file_format=_("format"))
    @app_commands.describe(
        category=_("Only questions of this category"),
        file_format=_("File format (default: the one the category was imported in, else Hyosan YAML)"),
    )
    @app_commands.choices(file_format=FORMAT_CHOICES)
    @app_commands.autocomplete(category=category_autocomplete)
    @trivia_moderator_only()
    async def export(
        self,
        interaction: discord.Interaction,
        category: str | None = None,
        file_format: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild is not None
        # A full bank (5,000 questions) takes a moment to read and write out: answer later.
        await interaction.response.defer(ephemeral=True, thinking=True)
        pack, fmt = await self._checked(self.bank.export_pack(interaction.guild.id, category))
        if file_format is not None:
            fmt = TriviaFormat(file_format.value)
        data = await asyncio.to_thread(dump_pack, pack, fmt)
        limit = interaction.guild.filesize_limit
        if len(data) > limit:
            raise UserFacingError(
                f"The export is {len(data) / 2**20:.1f} MB, more than this server's upload limit of "
                f"{limit / 2**20:.0f} MB. Export one category at a time (`category:`)."
            )
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in pack.name)[:50] or "trivia"
        await interaction.followup.send(
            f"{count_of(len(pack.questions), 'question')} as a {fmt.label}.",
            file=discord.File(io.BytesIO(data), filename=f"{name}{fmt.extension}"),
            ephemeral=True,
        )

    # -- suggestions -----------------------------------------------------------------------------

    @app_commands.command(name=_("suggest"), description=_("Suggest a question for this server's trivia"))
    @app_commands.guild_only()
    async def suggest(self, interaction: discord.Interaction) -> None:
        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            made = await self._checked(
                self.suggestions.suggest(
                    modal_interaction.guild_id, modal_interaction.user.id, draft_from_fields(**fields)
                )
            )
            await modal_interaction.response.send_message(
                f"Thanks! Your suggestion #{made.id} is waiting for a moderator. I'll tell you how it went.",
                ephemeral=True,
            )

        await interaction.response.send_modal(self._question_modal("Suggest a trivia question", save))

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
        suggestion = await self.suggestions.next_pending(interaction.guild_id)
        if suggestion is None:
            content, embed, view = f"{note}No suggestions are waiting.".strip(), None, None
        else:
            left = await self.suggestions.pending_count(interaction.guild_id)
            content = f"{note}Suggestion #{suggestion.id} by <@{suggestion.member_id}> ({left} waiting)"
            embed = embeds.question_detail_embed(suggestion.question, title=f"Suggestion #{suggestion.id}")
            view = review_view(suggestion.id)
        kwargs = {"content": content, "embed": embed, "view": view}
        if edit:
            await interaction.edit_original_response(**kwargs)
        elif view is None:
            await interaction.response.send_message(content, ephemeral=True)
        else:
            await interaction.response.send_message(content, embed=embed, view=view, ephemeral=True)

    async def on_review(self, interaction: discord.Interaction, action: str, suggestion_id: int) -> None:
        if interaction.guild_id is None or not await is_trivia_moderator(interaction):
            await send_ephemeral(interaction, NOT_MODERATOR)
            return
        guild_id = interaction.guild_id
        if action == "edit":
            try:
                suggestion = await self.suggestions.get(guild_id, suggestion_id)
            except BankError as error:
                await send_ephemeral(interaction, str(error))
                return

            async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
                _, question = await self._checked(
                    self.suggestions.approve(
                        guild_id, suggestion_id, modal_interaction.user.id, edited=draft_from_fields(**fields)
                    )
                )
                told = await self._tell_suggester(
                    suggestion.member_id, suggestion.question.text, approved=True
                )
                await modal_interaction.response.send_message(
                    f"Approved suggestion #{suggestion_id} with your edits "
                    f"as question #{question.id}. {told}",
                    ephemeral=True,
                )

            modal = self._question_modal(f"Edit suggestion #{suggestion_id}", save, suggestion.question)
            await interaction.response.send_modal(modal)
            return
        await interaction.response.defer()
        try:
            if action == "approve":
                suggestion, question = await self.suggestions.approve(
                    guild_id, suggestion_id, interaction.user.id
                )
                outcome = f"Approved suggestion #{suggestion_id} as question #{question.id}."
            else:
                suggestion = await self.suggestions.reject(guild_id, suggestion_id, interaction.user.id)
                outcome = f"Rejected suggestion #{suggestion_id}."
        except ImportProblems as error:
            await send_ephemeral(
                interaction, "That suggestion can't be approved as it is:\n" + error.describe()
            )
            return
        except BankError as error:
            await send_ephemeral(interaction, str(error))
            return
        told = await self._tell_suggester(
            suggestion.member_id, suggestion.question.text, approved=action == "approve"
        )
        await self._show_next_suggestion(interaction, note=f"{outcome} {told}\n", edit=True)

    async def _tell_suggester(self, member_id: int, text: str, *, approved: bool) -> str:
        """DM the outcome; say so to the moderator when the member's DMs are closed."""
        verdict = "was approved and is now in the question bank" if approved else "was not accepted this time"
        try:
            user = self.bot.get_user(member_id) or await self.bot.fetch_user(member_id)
            await user.send(
                f"Your trivia suggestion “{embeds.escape(clip(text, 200))}” {verdict}. Thank you!"
            )
        except discord.HTTPException:
            log.info("could not DM trivia suggester %s", member_id, exc_info=True)
            return f"I couldn't tell <@{member_id}>: their DMs are closed."
        return f"I told <@{member_id}> by DM."


__all__ = ["Trivia", "is_trivia_moderator"]
