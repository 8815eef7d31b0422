"""Questions members suggest, waiting for a moderator: approve (into the bank), edit, or reject.

A suggestion is checked like any question when it is made, so a moderator only reviews valid ones.
Approving adds the question to the bank and marks the suggestion in one transaction; a suggestion
reviewed once (two moderators pressing at the same time) is refused the second time.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.i18n import N_
from bot.storage.database import Database
from bot.storage.tables import trivia_suggestions
from bot.trivia.bank import (
    BankError,
    QuestionBank,
    check_draft,
    one_row_of_guild,
    question_from_row,
    question_values,
)
from bot.trivia.formats.checks import DraftQuestion
from bot.trivia.models import Question

log = logging.getLogger(__name__)

#: Pending suggestions one member may have in one server, so a queue can't be flooded.
MAX_PENDING_PER_MEMBER = 10


class SuggestionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class SuggestionError(BankError):
    """A refusal about a suggestion; the message is fit to show."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: int
    guild_id: int
    member_id: int
    question: Question
    status: SuggestionStatus
    question_id: int | None = None
    reviewed_by: int | None = None


def _suggestion(row: Any) -> Suggestion:
    return Suggestion(
        id=row.id,
        guild_id=row.guild_id,
        member_id=row.member_id,
        question=question_from_row(row),
        status=SuggestionStatus(row.status),
        question_id=row.question_id,
        reviewed_by=row.reviewed_by,
    )


def as_draft(question: Question) -> DraftQuestion:
    return DraftQuestion(
        line=None,
        text=question.text,
        answers=list(question.answers),
        wrong=list(question.wrong),
        category=question.category,
        difficulty=question.difficulty.value,
    )


class SuggestionQueue:
    def __init__(self, db: Database, bank: QuestionBank) -> None:
        self._db = db
        self._bank = bank

    async def suggest(self, guild_id: int, member_id: int, draft: DraftQuestion) -> Suggestion:
        """Queue a checked question (ImportProblems when it breaks a rule)."""
        question = check_draft(draft, self._bank.limits)
        async with self._db.begin() as conn:
            pending = await self._pending(conn, guild_id, member_id)
            if pending >= MAX_PENDING_PER_MEMBER:
                raise SuggestionError(
                    N_(
                        "You already have {n} suggestions waiting for review; "
                        "please wait until the moderators have looked at them."
                    ),
                    n=pending,
                )
            result = await conn.execute(
                sa.insert(trivia_suggestions).values(
                    guild_id=guild_id,
                    member_id=member_id,
                    **question_values(question),
                    status=SuggestionStatus.PENDING.value,
                    created_at=datetime.now(UTC),
                )
            )
        suggestion_id = int(result.inserted_primary_key[0])
        log.info(
            "guild %s: member %s suggested trivia question (suggestion %d)",
            guild_id,
            member_id,
            suggestion_id,
        )
        return Suggestion(suggestion_id, guild_id, member_id, question, SuggestionStatus.PENDING)

    async def get(self, guild_id: int, suggestion_id: int) -> Suggestion:
        row = await one_row_of_guild(self._db, trivia_suggestions, guild_id, suggestion_id)
        if row is None:
            raise SuggestionError(N_("There is no suggestion #{id} in this server."), id=suggestion_id)
        return _suggestion(row)

    async def next_pending(self, guild_id: int, after_id: int = 0) -> Suggestion | None:
        """The oldest pending suggestion with an id above ``after_id`` (to skip past one)."""
        async with self._db.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(trivia_suggestions)
                    .where(
                        trivia_suggestions.c.guild_id == guild_id,
                        trivia_suggestions.c.status == SuggestionStatus.PENDING.value,
                        trivia_suggestions.c.id > after_id,
                    )
                    .order_by(trivia_suggestions.c.id)
                    .limit(1)
                )
            ).one_or_none()
        return _suggestion(row) if row is not None else None

    async def pending_count(self, guild_id: int) -> int:
        async with self._db.connect() as conn:
            return await self._pending(conn, guild_id)

    @staticmethod
    async def _pending(conn: AsyncConnection, guild_id: int, member_id: int | None = None) -> int:
        """Pending suggestions in a server, or only one member's."""
        query = (
            sa.select(sa.func.count())
            .select_from(trivia_suggestions)
            .where(
                trivia_suggestions.c.guild_id == guild_id,
                trivia_suggestions.c.status == SuggestionStatus.PENDING.value,
            )
        )
        if member_id is not None:
            query = query.where(trivia_suggestions.c.member_id == member_id)
        return int((await conn.execute(query)).scalar_one())

    async def approve(
        self, guild_id: int, suggestion_id: int, by: int, *, edited: DraftQuestion | None = None
    ) -> tuple[Suggestion, Question]:
        """Put the suggestion (or the moderator's edit of it) into the bank."""
        suggestion = await self.get(guild_id, suggestion_id)
        draft = edited or as_draft(suggestion.question)
        async with self._db.begin() as conn:
            await self._claim(conn, suggestion, by, SuggestionStatus.APPROVED)
            question = await self._bank.add(guild_id, draft, by=suggestion.member_id, conn=conn)
            await conn.execute(
                sa.update(trivia_suggestions)
                .where(trivia_suggestions.c.id == suggestion_id)
                .values(question_id=question.id)
            )
        log.info("guild %s: suggestion %d approved by %s as #%s", guild_id, suggestion_id, by, question.id)
        return dataclasses.replace(
            suggestion, status=SuggestionStatus.APPROVED, question_id=question.id, reviewed_by=by
        ), question

    async def reject(self, guild_id: int, suggestion_id: int, by: int) -> Suggestion:
        suggestion = await self.get(guild_id, suggestion_id)
        async with self._db.begin() as conn:
            await self._claim(conn, suggestion, by, SuggestionStatus.REJECTED)
        log.info("guild %s: suggestion %d rejected by %s", guild_id, suggestion_id, by)
        return dataclasses.replace(suggestion, status=SuggestionStatus.REJECTED, reviewed_by=by)

    @staticmethod
    async def _claim(conn: Any, suggestion: Suggestion, by: int, status: SuggestionStatus) -> None:
        # The status condition makes the second of two simultaneous reviews change nothing.
        result = await conn.execute(
            sa.update(trivia_suggestions)
            .where(
                trivia_suggestions.c.id == suggestion.id,
                trivia_suggestions.c.status == SuggestionStatus.PENDING.value,
            )
            .values(status=status.value, reviewed_by=by, reviewed_at=datetime.now(UTC))
        )
        if result.rowcount == 0:
            raise SuggestionError(N_("Suggestion #{id} has already been reviewed."), id=suggestion.id)
