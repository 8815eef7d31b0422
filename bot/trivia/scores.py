"""Trivia scores per server: written as each question closes, read for leaderboards and stats.

A game keeps its running totals in memory (``bot.trivia.engine``); when a question closes, the cog
hands them here and each player's row for that game is rewritten in one short transaction. Nothing
is written per button press, which keeps a press's acknowledgement fast.

Periods are rolling: ``week`` is the last 7 days, ``month`` the last 30, counted from when a game's
last question closed. A best streak is the longest run of right answers within one game.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.tables import trivia_scores
from bot.trivia.engine import MemberStats

log = logging.getLogger(__name__)


class Period(enum.StrEnum):
    ALL = "all"
    MONTH = "month"
    WEEK = "week"

    def since(self, now: datetime) -> datetime | None:
        if self is Period.WEEK:
            return now - timedelta(days=7)
        if self is Period.MONTH:
            return now - timedelta(days=30)
        return None


@dataclass(frozen=True, slots=True)
class LeaderboardEntry:
    rank: int
    member_id: int
    points: int
    correct: int
    played: int


@dataclass(frozen=True, slots=True)
class PlayerRecord:
    """A member's trivia in one server, over all their games."""

    member_id: int
    games: int
    played: int
    correct: int
    points: int
    best_streak: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.played if self.played else 0.0


class ScoreBook:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self,
        *,
        session_key: str,
        guild_id: int,
        channel_id: int,
        stats: Iterable[MemberStats],
        at: datetime | None = None,
    ) -> int:
        """Store each player's totals so far in game ``session_key`` (replacing earlier ones)."""
        at = at or datetime.now(UTC)
        rows = [
            {
                "session_key": session_key,
                "member_id": s.member_id,
                "guild_id": guild_id,
                "channel_id": channel_id,
                "points": s.points,
                "played": s.played,
                "correct": s.correct,
                "best_streak": s.best_streak,
                "played_at": at,
            }
            for s in stats
            if s.played
        ]
        if not rows:
            return 0
        async with self._db.begin() as conn:
            await conn.execute(
                sa.delete(trivia_scores).where(
                    trivia_scores.c.session_key == session_key,
                    trivia_scores.c.member_id.in_([r["member_id"] for r in rows]),
                )
            )
            await conn.execute(sa.insert(trivia_scores), rows)
        return len(rows)

    async def leaderboard(
        self, guild_id: int, period: Period = Period.ALL, *, limit: int = 10, now: datetime | None = None
    ) -> list[LeaderboardEntry]:
        """The top ``limit`` members by points; equal points and right answers share a rank."""
        points = sa.func.sum(trivia_scores.c.points).label("points")
        correct = sa.func.sum(trivia_scores.c.correct).label("correct")
        played = sa.func.sum(trivia_scores.c.played).label("played")
        query = (
            sa.select(trivia_scores.c.member_id, points, correct, played)
            .where(trivia_scores.c.guild_id == guild_id)
            .group_by(trivia_scores.c.member_id)
            .order_by(points.desc(), correct.desc(), trivia_scores.c.member_id)
            .limit(limit)
        )
        since = period.since(now or datetime.now(UTC))
        if since is not None:
            query = query.where(trivia_scores.c.played_at >= since)
        async with self._db.connect() as conn:
            rows = (await conn.execute(query)).all()
        entries: list[LeaderboardEntry] = []
        for index, row in enumerate(rows):
            previous = entries[-1] if entries else None
            tied = previous is not None and (previous.points, previous.correct) == (row.points, row.correct)
            rank = previous.rank if tied and previous is not None else index + 1
            entries.append(
                LeaderboardEntry(rank, row.member_id, int(row.points), int(row.correct), int(row.played))
            )
        return entries

    async def player(self, guild_id: int, member_id: int) -> PlayerRecord:
        query = sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(trivia_scores.c.played), 0),
            sa.func.coalesce(sa.func.sum(trivia_scores.c.correct), 0),
            sa.func.coalesce(sa.func.sum(trivia_scores.c.points), 0),
            sa.func.coalesce(sa.func.max(trivia_scores.c.best_streak), 0),
        ).where(trivia_scores.c.guild_id == guild_id, trivia_scores.c.member_id == member_id)
        async with self._db.connect() as conn:
            games, played, correct, points, best = (await conn.execute(query)).one()
        return PlayerRecord(member_id, int(games), int(played), int(correct), int(points), int(best))
