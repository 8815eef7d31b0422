"""Trivia scores: one row per member per game, leaderboards by period, a member's totals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.database import Database
from bot.trivia.engine import MemberStats
from bot.trivia.scores import Period, ScoreBook

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def stats(member: int, points: int, played: int, correct: int, best: int = 0) -> MemberStats:
    return MemberStats(member, points=points, played=played, correct=correct, best_streak=best)


async def test_record_rewrites_a_game_row(database: Database) -> None:
    """Recording the same game again replaces a member's totals instead of adding them twice."""
    book = ScoreBook(database)
    await book.record(session_key="g1", guild_id=1, channel_id=2, stats=[stats(5, 100, 1, 1, 1)], at=NOW)
    await book.record(session_key="g1", guild_id=1, channel_id=2, stats=[stats(5, 300, 2, 2, 2)], at=NOW)
    record = await book.player(1, 5)
    assert (record.games, record.played, record.correct, record.points, record.best_streak) == (
        1,
        2,
        2,
        300,
        2,
    )


async def test_leaderboard_periods_and_ties(database: Database) -> None:
    """Old games drop out of week/month boards; equal points and right answers share a rank."""
    book = ScoreBook(database)
    await book.record(
        session_key="old", guild_id=1, channel_id=2, stats=[stats(7, 900, 5, 5)], at=NOW - timedelta(days=20)
    )
    await book.record(
        session_key="new", guild_id=1, channel_id=2, stats=[stats(5, 200, 2, 1), stats(6, 200, 3, 1)], at=NOW
    )
    await book.record(session_key="elsewhere", guild_id=9, channel_id=3, stats=[stats(8, 999, 1, 1)], at=NOW)
    board = await book.leaderboard(1, Period.ALL, now=NOW)
    assert [(e.rank, e.member_id) for e in board] == [(1, 7), (2, 5), (2, 6)]
    assert [e.member_id for e in await book.leaderboard(1, Period.MONTH, now=NOW)] == [7, 5, 6]
    assert [e.member_id for e in await book.leaderboard(1, Period.WEEK, now=NOW)] == [5, 6]


async def test_player_without_games_and_accuracy(database: Database) -> None:
    """A member who never played has zeros; accuracy is right answers over answers given."""
    book = ScoreBook(database)
    empty = await book.player(1, 42)
    assert (empty.games, empty.accuracy) == (0, 0.0)
    await book.record(session_key="a", guild_id=1, channel_id=2, stats=[stats(42, 100, 4, 1, 1)], at=NOW)
    await book.record(session_key="b", guild_id=1, channel_id=2, stats=[stats(42, 300, 4, 3, 3)], at=NOW)
    record = await book.player(1, 42)
    assert record.accuracy == 0.5
    assert record.best_streak == 3
    assert record.games == 2


async def test_members_who_never_answered_are_not_stored(database: Database) -> None:
    """A member with no answers in a game gets no row (so no game counted for them)."""
    book = ScoreBook(database)
    assert await book.record(session_key="a", guild_id=1, channel_id=2, stats=[stats(1, 0, 0, 0)]) == 0
    assert (await book.player(1, 1)).games == 0
