"""What the trivia core needs from a server's question bank, and an in-memory bank for tests.

The database-backed bank (bot/storage) implements ``QuestionBank``; the CLI and the cog only use
this protocol, so they are tested against ``MemoryQuestionBank``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import Protocol

from bot.trivia.models import Limits, Question

log = logging.getLogger(__name__)


class BankFullError(Exception):
    """Adding these questions would pass the per-server limit; nothing was added."""

    def __init__(self, have: int, adding: int, limit: int) -> None:
        self.have, self.adding, self.limit = have, adding, limit
        super().__init__(
            f"the server has {have:,} questions; adding {adding:,} would pass the limit of {limit:,}"
        )


class QuestionBank(Protocol):
    async def add_many(self, guild_id: int, questions: Sequence[Question]) -> list[Question]:
        """Store all questions in one transaction (all or none); return them with their ids.

        Raises ``BankFullError`` when the server would hold more than its limit.
        """
        ...

    async def list(self, guild_id: int, category: str | None = None) -> list[Question]:
        """The server's questions (of one category if given), oldest first."""
        ...


class MemoryQuestionBank:
    """A ``QuestionBank`` in a dict: for tests and the offline console."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._by_guild: dict[int, list[Question]] = {}
        self._next_id = 1

    async def add_many(self, guild_id: int, questions: Sequence[Question]) -> list[Question]:
        existing = self._by_guild.setdefault(guild_id, [])
        if len(existing) + len(questions) > self.limits.questions_per_server:
            raise BankFullError(len(existing), len(questions), self.limits.questions_per_server)
        stored = []
        for question in questions:
            stored.append(dataclasses.replace(question, id=self._next_id))
            self._next_id += 1
        existing.extend(stored)
        return stored

    async def list(self, guild_id: int, category: str | None = None) -> list[Question]:
        wanted = category.casefold() if category else None
        return [
            q for q in self._by_guild.get(guild_id, []) if wanted is None or q.category.casefold() == wanted
        ]
