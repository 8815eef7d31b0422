"""/trivia add, edit, remove, list, categories, import and export: the server's question bank."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from pathlib import PurePath

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

from bot.client import UserFacingError, send_ephemeral
from bot.i18n import language_of, say, tr, trn
from bot.text import CONTENT, clip
from bot.trivia.bank import BankError, draft_from_fields
from bot.trivia.download import DownloadError, FileTooLargeError, download_attachment
from bot.trivia.formats import ImportProblems, TriviaFormat, dump_pack, load_pack
from bot.trivia.models import Limits, Origin, QuestionPack
from bot.trivia.packs import builtin_questions
from cogs.common.pagination import Paginator
from cogs.trivia import embeds
from cogs.trivia.base import TriviaBase
from cogs.trivia.checks import NOT_MODERATOR, is_trivia_moderator, trivia_moderator_only
from cogs.trivia.views import (
    remove_view,
)

FORMAT_CHOICES = [
    app_commands.Choice(name=_("Red-DiscordBot list (YAML)"), value="red"),
    app_commands.Choice(name=_("Hyosan YAML"), value="yaml"),
    app_commands.Choice(name=_("CSV"), value="csv"),
]


def problems_reply(
    filename: str, error: ImportProblems, language: str = "en"
) -> tuple[str, discord.File | None]:
    """Each problem on its own line; the full list as a file when it won't fit in a message."""
    # Problems quote the file's own text: keep it inert inside a code block.
    listing = error.describe().replace("```", "ʼʼʼ")
    head = tr(
        language,
        "Nothing was imported from `{file}`. Please fix these problems and try again:",
        file=clip(filename, 80),
    )
    head += "\n"
    text = f"{head}```\n{listing}\n```"
    if len(text) <= CONTENT:
        return text, None
    full = error.describe(limit=len(error.problems))
    attachment = discord.File(io.BytesIO(full.encode("utf-8")), filename="problems.txt")
    room = CONTENT - len(head) - 40
    return f"{head}```\n{clip(listing, room)}\n```" + tr(language, "(all problems attached)"), attachment


def read_pack(
    data: bytes, filename: str, limits: Limits, category: str | None
) -> tuple[QuestionPack, TriviaFormat]:
    pack = load_pack(data, filename, limits=limits, category=category)
    if any(q.origin is Origin.RED_IMPORT for q in pack.questions):
        return pack, TriviaFormat.RED
    first = data.lstrip()[:40].decode("utf-8", "replace").casefold()
    is_csv = PurePath(filename).suffix.casefold() == ".csv" or first.startswith("question,")
    return pack, TriviaFormat.CSV if is_csv else TriviaFormat.NATIVE


def notes_text(notes: Sequence[str], room: int = 1200, language: str = "en") -> str:
    """A pack's notes (accepted oddities such as a repeated Red question) under an import's reply."""
    if not notes:
        return ""
    listing = "\n".join(f"• {embeds.escape(note)}" for note in notes)
    return "\n" + tr(language, "**Note:**") + "\n" + clip(listing, room)


class CurationCommands(TriviaBase):
    """The question bank, for Manage Server or the trivia role (checked in the bot)."""

    @app_commands.command(name=_("add"), description=_("Add a question to this server's bank"))
    @app_commands.guild_only()
    @trivia_moderator_only()
    async def add(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)

        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            question = await self._checked(
                self.bank.add(
                    modal_interaction.guild_id, draft_from_fields(**fields), by=modal_interaction.user.id
                )
            )
            await modal_interaction.response.send_message(
                tr(language, "Added question #{id}.", id=question.id),
                embed=embeds.question_detail_embed(question, language=language),
                ephemeral=True,
            )

        modal = self._question_modal(tr(language, "Add a trivia question"), save, language=language)
        await interaction.response.send_modal(modal)

    @app_commands.command(name=_("edit"), description=_("Edit a question of this server's bank"))
    @app_commands.guild_only()
    @app_commands.rename(question_id=_("id"))
    @app_commands.describe(question_id=_("The question's number, from /trivia list"))
    @trivia_moderator_only()
    async def edit(self, interaction: discord.Interaction, question_id: int) -> None:
        assert interaction.guild_id is not None
        language = language_of(interaction.locale)
        question = await self._checked(self.bank.get(interaction.guild_id, question_id))

        async def save(modal_interaction: discord.Interaction, fields: dict[str, str]) -> None:
            assert modal_interaction.guild_id is not None
            saved = await self._checked(
                self.bank.edit(modal_interaction.guild_id, question_id, draft_from_fields(**fields))
            )
            await modal_interaction.response.send_message(
                tr(language, "Saved question #{id}.", id=saved.id),
                embed=embeds.question_detail_embed(saved, language=language),
                ephemeral=True,
            )

        title = tr(language, "Edit question #{id}", id=question_id)
        await interaction.response.send_modal(self._question_modal(title, save, question, language=language))

    @app_commands.command(name=_("remove"), description=_("Remove a question from this server's bank"))
    @app_commands.guild_only()
    @app_commands.rename(question_id=_("id"))
    @app_commands.describe(question_id=_("The question's number, from /trivia list"))
    @trivia_moderator_only()
    async def remove(self, interaction: discord.Interaction, question_id: int) -> None:
        assert interaction.guild_id is not None
        question = await self._checked(self.bank.get(interaction.guild_id, question_id))
        language = language_of(interaction.locale)
        await interaction.response.send_message(
            tr(language, "Remove question #{id}? This can't be undone.", id=question_id),
            embed=embeds.question_detail_embed(question, language=language),
            view=remove_view(question_id, interaction.user.id, language),
            ephemeral=True,
        )

    async def on_remove_confirm(
        self, interaction: discord.Interaction, question_id: int, confirmed: bool
    ) -> None:
        language = language_of(interaction.locale)
        if not confirmed:
            await interaction.response.edit_message(
                content=tr(language, "Kept question #{id}.", id=question_id), embed=None, view=None
            )
            return
        if interaction.guild_id is None or not await is_trivia_moderator(interaction):
            await send_ephemeral(interaction, tr(language, NOT_MODERATOR))
            return
        try:
            await self.bank.remove(interaction.guild_id, question_id)
        except BankError as error:
            await interaction.response.edit_message(content=say(error, language), embed=None, view=None)
            return
        await interaction.response.edit_message(
            content=tr(language, "Removed question #{id}.", id=question_id), embed=None, view=None
        )

    @app_commands.command(name=_("list"), description=_("List this server's questions"))
    @app_commands.guild_only()
    @app_commands.rename(category=_("category"))
    @app_commands.describe(category=_("Only questions of this category"))
    @app_commands.autocomplete(category=TriviaBase.category_autocomplete)
    @trivia_moderator_only()
    async def list_questions(self, interaction: discord.Interaction, category: str | None = None) -> None:
        assert interaction.guild_id is not None
        questions = await self.bank.questions(interaction.guild_id, category)
        language = language_of(interaction.locale)
        if category:
            heading = tr(language, "Questions in {category}", category=category)
        else:
            heading = tr(language, "This server's questions")
        pages = embeds.question_list_pages(questions, clip(heading, 200), language)
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
            for q in builtin_questions(self.bot.trivia_packs):
                builtin[q.category] = builtin.get(q.category, 0) + 1
        embed = embeds.categories_embed(own, builtin, language_of(interaction.locale))
        await interaction.response.send_message(embed=embed, ephemeral=True)

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
        language = language_of(interaction.locale)
        limit = self.limits.file_bytes
        # Checked before downloading anything: Discord tells us the size.
        if file.size > limit:
            raise UserFacingError(
                "`{file}` is {size} bytes; the limit is {limit} bytes. Nothing was imported.",
                file=clip(file.filename, 80),
                size=f"{file.size:,}",
                limit=f"{limit:,}",
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await download_attachment(
                file.url, limit=limit, allow_private=self.bot.settings.allow_private_feed_urls
            )
        except FileTooLargeError:
            await send_ephemeral(
                interaction,
                tr(
                    language,
                    "`{file}` is larger than {limit} bytes. Nothing was imported.",
                    file=clip(file.filename, 80),
                    limit=f"{limit:,}",
                ),
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
            text, attachment = problems_reply(file.filename, error, language)
            kwargs = {"file": attachment} if attachment else {}
            await send_ephemeral(interaction, text, **kwargs)
            return
        names = ", ".join(f"**{embeds.escape(c)}**" for c in report.categories)
        imported = trn(language, "**{n}** question", "**{n}** questions", report.imported)
        if report.replaced:
            imported += " " + tr(language, "(replacing {n})", n=f"{report.replaced:,}")
        text = tr(
            language,
            "Imported {questions} from a {format} into {categories}. The server now has {total}.",
            questions=imported,
            format=tr(language, fmt.label),
            categories=clip(names, 500),
            total=trn(language, "{n} question", "{n} questions", report.total),
        )
        await send_ephemeral(interaction, text + notes_text(pack.notes, language=language))

    @app_commands.command(name=_("export"), description=_("Export this server's questions as a file"))
    @app_commands.guild_only()
    @app_commands.rename(category=_("category"), file_format=_("format"))
    @app_commands.describe(
        category=_("Only questions of this category"),
        file_format=_("File format (default: the one the category was imported in, else Hyosan YAML)"),
    )
    @app_commands.choices(file_format=FORMAT_CHOICES)
    @app_commands.autocomplete(category=TriviaBase.category_autocomplete)
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
                "The export is {size} MB, more than this server's upload limit of {limit} MB. "
                "Export one category at a time (`category:`).",
                size=f"{len(data) / 2**20:.1f}",
                limit=f"{limit / 2**20:.0f}",
            )
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in pack.name)[:50] or "trivia"
        language = language_of(interaction.locale)
        await interaction.followup.send(
            tr(
                language,
                "{questions} as a {format}.",
                questions=trn(language, "{n} question", "{n} questions", len(pack.questions)),
                format=tr(language, fmt.label),
            ),
            file=discord.File(io.BytesIO(data), filename=f"{name}{fmt.extension}"),
            ephemeral=True,
        )
