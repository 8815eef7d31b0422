"""A server's own trivia questions in the database: add, edit, remove, list, import, export.

Every change is checked with the same rules as a file import (``bot.trivia.formats.checks``), so a
question typed into a modal and one read from a Red list obey the same limits. An import is one
transaction: the file is checked whole, then the bank as it would be after it (size limit,
questions already there), and only then written; any problem and nothing is kept.

Built-in packs are not stored here: they are read-only and come from ``data/trivia``; the cog adds
them to a game's pool when the server has them on (``guild_settings.builtin_trivia``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.i18n import N_, Translatable
from bot.storage.database import Database
from bot.storage.tables import trivia_packs, trivia_questions
from bot.trivia.formats import TriviaFormat
from bot.trivia.formats.checks import DraftQuestion, check_question, question_identity
from bot.trivia.formats.problems import ImportProblems, Problem, ProblemList
from bot.trivia.models import Difficulty, Limits, Origin, PackConfig, Question, QuestionPack

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

#: Rows per INSERT statement: far below SQLite's 32,766 bound parameters with 12 columns a row.
_INSERT_BATCH = 500
# Answers and wrong options typed into a modal: one per line, or separated by "|".
_LIST_SEPARATOR = re.compile(r"\n|(?<!\\)\|")


class BankError(Translatable):
    """A refusal a moderator can act on; the message (a catalog message) says what to do."""


class QuestionNotFoundError(BankError):
    def __init__(self, question_id: int) -> None:
        super().__init__(N_("There is no question #{id} in this server's bank."), id=question_id)
        self.question_id = question_id


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    replaced: int
    categories: tuple[str, ...]
    total: int


def text_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def split_items(text: str) -> list[str]:
    """Answers or wrong options as typed in a modal: one per line or separated by ``|``."""
    return [part.replace("\\|", "|").strip() for part in _LIST_SEPARATOR.split(text) if part.strip()]


def draft_from_fields(
    question: str, answers: str, wrong: str = "", category: str = "", difficulty: str = ""
) -> DraftQuestion:
    """A question as typed into the add/edit/suggest modal, before checks."""
    return DraftQuestion(
        line=None,
        text=question,
        answers=split_items(answers),
        wrong=split_items(wrong),
        category=category.strip() or "general",
        difficulty=difficulty.strip() or Difficulty.MEDIUM.value,
    )


def check_draft(draft: DraftQuestion, limits: Limits, origin: Origin = Origin.GUILD) -> Question:
    """The checked question, or ImportProblems naming each thing to fix."""
    problems = ProblemList()
    question = check_question(draft, limits, problems, origin)
    problems.raise_if_any()
    assert question is not None
    return question


def question_values(question: Question) -> dict[str, Any]:
    """The columns a question and a suggestion share (``trivia_questions``, ``trivia_suggestions``)."""
    return {
        "text": question.text,
        "answers": list(question.answers),
        "wrong": list(question.wrong),
        "category": question.category,
        "difficulty": question.difficulty.value,
    }


def question_from_row(row: Any, **more: Any) -> Question:
    """A question read back from those shared columns; ``more`` adds id, origin and the like."""
    return Question(
        text=row.text,
        answers=tuple(row.answers),
        wrong=tuple(row.wrong),
        category=row.category,
        difficulty=Difficulty(row.difficulty),
        **more,
    )


async def one_row_of_guild(db: Database, table: sa.Table, guild_id: int, row_id: int) -> Any:
    """Row ``row_id`` of ``table`` when it belongs to ``guild_id`` (no server sees another's), else None."""
    query = sa.select(table).where(table.c.guild_id == guild_id, table.c.id == row_id)
    async with db.connect() as conn:
        return (await conn.execute(query)).one_or_none()


def _row_values(guild_id: int, question: Question, by: int | None, now: datetime) -> dict[str, Any]:
    return {
        "guild_id": guild_id,
        **question_values(question),
        "text_hash": text_hash(question.text),
        "ref": question.ref,
        "source": question.source,
        "origin": (question.origin if question.origin is not Origin.BUILTIN else Origin.GUILD).value,
        "created_by": by,
        "created_at": now,
        "updated_at": now,
    }


def _question(row: Any) -> Question:
    return question_from_row(row, id=row.id, ref=row.ref, source=row.source, origin=Origin(row.origin))


class QuestionBank:
    """The question banks of every server, in one database."""

    def __init__(self, db: Database, limits: Limits | None = None) -> None:
        self._db = db
        self.limits = limits or Limits()

    # -- reading ---------------------------------------------------------------------------------

    async def count(self, guild_id: int) -> int:
        async with self._db.connect() as conn:
            return await self._count(conn, guild_id)

    @staticmethod
    async def _count(conn: AsyncConnection, guild_id: int) -> int:
        query = sa.select(sa.func.count()).select_from(trivia_questions)
        return int((await conn.execute(query.where(trivia_questions.c.guild_id == guild_id))).scalar_one())

    async def get(self, guild_id: int, question_id: int) -> Question:
        row = await one_row_of_guild(self._db, trivia_questions, guild_id, question_id)
        if row is None:
            raise QuestionNotFoundError(question_id)
        return _question(row)

    async def questions(self, guild_id: int, category: str | None = None) -> list[Question]:
        """A server's questions (of one category, matched ignoring case), oldest first."""
        query = sa.select(trivia_questions).where(trivia_questions.c.guild_id == guild_id)
        if category is not None:
            query = query.where(sa.func.lower(trivia_questions.c.category) == sa.func.lower(category.strip()))
        async with self._db.connect() as conn:
            rows = (await conn.execute(query.order_by(trivia_questions.c.id))).all()
        return [_question(row) for row in rows]

    async def categories(self, guild_id: int) -> dict[str, int]:
        """Each category of a server's bank with its number of questions, by name."""
        query = (
            sa.select(trivia_questions.c.category, sa.func.count())
            .where(trivia_questions.c.guild_id == guild_id)
            .group_by(trivia_questions.c.category)
            .order_by(trivia_questions.c.category)
        )
        async with self._db.connect() as conn:
            return {category: int(n) for category, n in (await conn.execute(query)).all()}

    # -- one question ----------------------------------------------------------------------------

    async def add(
        self,
        guild_id: int,
        draft: DraftQuestion,
        *,
        by: int | None = None,
        conn: AsyncConnection | None = None,
    ) -> Question:
        """Check and store one question; ``conn`` joins a caller's transaction (approving a suggestion)."""
        question = check_draft(draft, self.limits)
        if conn is None:
            async with self._db.begin() as own:
                return await self._add(own, guild_id, question, by)
        return await self._add(conn, guild_id, question, by)

    async def _add(
        self, conn: AsyncConnection, guild_id: int, question: Question, by: int | None
    ) -> Question:
        if await self._count(conn, guild_id) >= self.limits.questions_per_server:
            raise BankError(
                N_("This server's bank is full ({limit} questions). Remove some before adding more."),
                limit=f"{self.limits.questions_per_server:,}",
            )
        await self._refuse_duplicate(conn, guild_id, question.text)
        values = _row_values(guild_id, question, by, datetime.now(UTC))
        result = await conn.execute(sa.insert(trivia_questions).values(**values))
        assert result.inserted_primary_key is not None  # an INSERT of one row always has one
        question_id = int(result.inserted_primary_key[0])
        log.info("guild %s added trivia question #%d", guild_id, question_id)
        return dataclasses.replace(question, id=question_id)

    async def _refuse_duplicate(
        self, conn: AsyncConnection, guild_id: int, text: str, *, except_id: int | None = None
    ) -> None:
        identity = question_identity(text)
        query = sa.select(trivia_questions.c.id, trivia_questions.c.text).where(
            trivia_questions.c.guild_id == guild_id
        )
        for row in (await conn.execute(query)).all():
            if row.id != except_id and question_identity(row.text) == identity:
                raise BankError(N_("That question is already in the bank as #{id}."), id=row.id)

    async def edit(self, guild_id: int, question_id: int, draft: DraftQuestion) -> Question:
        """Replace a question's text, answers, options, category and difficulty; its id stays."""
        question = check_draft(draft, self.limits)
        async with self._db.begin() as conn:
            existing = (
                await conn.execute(
                    sa.select(
                        trivia_questions.c.origin, trivia_questions.c.ref, trivia_questions.c.source
                    ).where(trivia_questions.c.guild_id == guild_id, trivia_questions.c.id == question_id)
                )
            ).one_or_none()
            if existing is None:
                raise QuestionNotFoundError(question_id)
            await self._refuse_duplicate(conn, guild_id, question.text, except_id=question_id)
            await conn.execute(
                sa.update(trivia_questions)
                .where(trivia_questions.c.id == question_id)
                .values(
                    **question_values(question),
                    text_hash=text_hash(question.text),
                    updated_at=datetime.now(UTC),
                )
            )
        log.info("guild %s edited trivia question #%d", guild_id, question_id)
        return dataclasses.replace(
            question, id=question_id, ref=existing.ref, source=existing.source, origin=Origin(existing.origin)
        )

    async def remove(self, guild_id: int, question_id: int) -> Question:
        question = await self.get(guild_id, question_id)
        async with self._db.begin() as conn:
            result = await conn.execute(
                sa.delete(trivia_questions).where(
                    trivia_questions.c.guild_id == guild_id, trivia_questions.c.id == question_id
                )
            )
        if result.rowcount == 0:
            raise QuestionNotFoundError(question_id)
        log.info("guild %s removed trivia question #%d", guild_id, question_id)
        return question

    # -- whole files -----------------------------------------------------------------------------

    async def import_pack(
        self,
        guild_id: int,
        pack: QuestionPack,
        fmt: TriviaFormat,
        *,
        by: int | None = None,
        replace: bool = False,
    ) -> ImportReport:
        """Store every question of a checked pack, or none of them.

        ``replace`` first removes the server's questions in the pack's categories, so importing an
        edited export again updates it. Questions already in the bank are refused as duplicates
        (exact text for Red lists, which keep case-only variants apart; same words otherwise).
        """
        categories = tuple(sorted({q.category for q in pack.questions}))
        now = datetime.now(UTC)
        async with self._db.begin() as conn:
            replaced = 0
            if replace:
                result = await conn.execute(
                    sa.delete(trivia_questions).where(
                        trivia_questions.c.guild_id == guild_id, trivia_questions.c.category.in_(categories)
                    )
                )
                replaced = int(result.rowcount or 0)
            existing = (
                await conn.execute(
                    sa.select(trivia_questions.c.id, trivia_questions.c.text).where(
                        trivia_questions.c.guild_id == guild_id
                    )
                )
            ).all()
            problems = self._import_problems(pack, fmt, existing)
            if problems:
                raise ImportProblems(problems)
            for start in range(0, len(pack.questions), _INSERT_BATCH):
                batch = pack.questions[start : start + _INSERT_BATCH]
                await conn.execute(
                    sa.insert(trivia_questions), [_row_values(guild_id, q, by, now) for q in batch]
                )
            await self._store_pack_metadata(conn, guild_id, pack, fmt, categories, by, now)
            total = await self._count(conn, guild_id)
        log.info(
            "guild %s imported %d trivia questions (%s, replaced %d)",
            guild_id,
            len(pack.questions),
            fmt,
            replaced,
        )
        return ImportReport(
            imported=len(pack.questions), replaced=replaced, categories=categories, total=total
        )

    def _import_problems(
        self, pack: QuestionPack, fmt: TriviaFormat, existing: Sequence[Any]
    ) -> list[Problem]:
        limit = self.limits.questions_per_server
        if len(existing) + len(pack.questions) > limit:
            return [
                Problem(
                    None,
                    f"the server has {len(existing):,} questions and the file {len(pack.questions):,}; "
                    f"a server can hold at most {limit:,}",
                )
            ]
        exact = fmt is TriviaFormat.RED
        known: dict[str, int] = {}
        for row in existing:
            known[row.text.strip() if exact else question_identity(row.text)] = row.id
        problems: list[Problem] = []
        for number, question in enumerate(pack.questions, start=1):
            identity = question.text.strip() if exact else question_identity(question.text)
            # Exact text is also unique in the table, whatever the format.
            hit = known.get(identity)
            if hit is None and not exact:
                hit = next((r.id for r in existing if r.text.strip() == question.text.strip()), None)
            if hit is not None:
                problems.append(
                    Problem(
                        None,
                        f"question {number} is already in the bank as #{hit}: {question.text.strip()[:80]!r}",
                    )
                )
        return problems

    @staticmethod
    async def _store_pack_metadata(
        conn: AsyncConnection,
        guild_id: int,
        pack: QuestionPack,
        fmt: TriviaFormat,
        categories: Iterable[str],
        by: int | None,
        now: datetime,
    ) -> None:
        for category in categories:
            # Categories are matched ignoring case everywhere they are read (``_pack_row``): a list
            # imported as "Cast" replaces the metadata "cast" brought rather than standing beside it.
            await conn.execute(
                sa.delete(trivia_packs).where(
                    trivia_packs.c.guild_id == guild_id,
                    sa.func.lower(trivia_packs.c.category) == sa.func.lower(category),
                )
            )
            await conn.execute(
                sa.insert(trivia_packs).values(
                    guild_id=guild_id,
                    category=category,
                    format=fmt.value,
                    author=pack.author,
                    description=pack.description,
                    config=pack.config.as_mapping(),
                    extra=dict(pack.extra),
                    imported_by=by,
                    imported_at=now,
                )
            )

    async def pack_config(self, guild_id: int, category: str) -> PackConfig | None:
        """The CONFIG an imported list brought for this category (Red's delay, max_score...), if any."""
        metadata = await self._pack_row(guild_id, category)
        return _config(metadata.config) if metadata is not None else None

    async def _pack_row(self, guild_id: int, category: str) -> Any:
        # Databases written before imports replaced metadata ignoring case may hold "Cast" beside
        # "cast": the latest import speaks for the category.
        async with self._db.connect() as conn:
            return (
                await conn.execute(
                    sa.select(trivia_packs)
                    .where(
                        trivia_packs.c.guild_id == guild_id,
                        sa.func.lower(trivia_packs.c.category) == sa.func.lower(category.strip()),
                    )
                    .order_by(trivia_packs.c.imported_at.desc())
                    .limit(1)
                )
            ).one_or_none()

    async def export_pack(
        self, guild_id: int, category: str | None = None
    ) -> tuple[QuestionPack, TriviaFormat]:
        """The server's questions (of one category) as a pack, and the format it came in.

        A category imported from a Red list comes back with its AUTHOR, DESCRIPTION and CONFIG, in
        Red's format unless the caller asks for another.
        """
        questions = await self.questions(guild_id, category)
        if not questions:
            if category:
                raise BankError(
                    N_("There are no questions in category {category} in this server's bank to export."),
                    category=repr(category),
                )
            raise BankError(N_("There are no questions in this server's bank to export."))
        metadata = await self._pack_row(guild_id, category) if category else None
        if metadata is None:
            return QuestionPack(name=category or "trivia", questions=tuple(questions)), TriviaFormat.NATIVE
        pack = QuestionPack(
            name=metadata.category,
            questions=tuple(questions),
            author=metadata.author,
            description=metadata.description,
            config=_config(metadata.config),
            extra=dict(metadata.extra or {}),
        )
        return pack, TriviaFormat(metadata.format)


def _config(values: dict[str, Any] | None) -> PackConfig:
    values = dict(values or {})
    known = {key: values.pop(key) for key in PackConfig.KNOWN_KEYS if key in values}
    return PackConfig(**known, extra=values)


def limits_from_settings(settings: Settings) -> Limits:
    """The import and bank limits an operator configured (``TRIVIA_MAX_*``)."""
    return Limits(
        file_bytes=settings.trivia_max_file_bytes,
        questions_per_server=settings.trivia_max_questions,
        question_chars=settings.trivia_max_question_chars,
        answer_chars=settings.trivia_max_answer_chars,
    )


@contextlib.asynccontextmanager
async def open_database_bank(settings: Settings) -> AsyncIterator[QuestionBank]:
    """The bank in the configured database, migrated, for the operator CLI (``python -m bot trivia``)."""
    db = Database(settings.database_url)
    try:
        await db.migrate()
        yield QuestionBank(db, limits_from_settings(settings))
    finally:
        await db.close()
