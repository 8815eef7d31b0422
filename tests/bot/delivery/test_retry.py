"""Sorting send failures into retry / fail / lost channel, and the backoff between retries."""

from __future__ import annotations

import random
from types import SimpleNamespace

import aiohttp
import discord
import pytest
import sqlalchemy as sa

from bot.delivery.retry import RetryPolicy, Verdict, judge


def http_error(
    cls: type[discord.HTTPException], status: int, code: int = 0, headers=None
) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason="x", headers=headers or {})
    return cls(response, {"code": code, "message": "nope"})  # type: ignore[arg-type]


def test_403_and_404_lose_the_channel() -> None:
    """Missing Access, Missing Permissions and Unknown Channel stop the subscription, naming why."""
    assert judge(http_error(discord.Forbidden, 403, 50013)).verdict is Verdict.LOST_CHANNEL
    assert "Missing Permissions" in judge(http_error(discord.Forbidden, 403, 50013)).reason
    assert "Missing Access" in judge(http_error(discord.Forbidden, 403, 50001)).reason
    lost = judge(http_error(discord.NotFound, 404, 10003))
    assert lost.verdict is Verdict.LOST_CHANNEL
    assert "Unknown Channel" in lost.reason


def test_server_errors_and_timeouts_retry_and_may_have_posted() -> None:
    """5xx, timeouts and dropped connections retry, flagged as possibly delivered."""
    for error in (
        http_error(discord.DiscordServerError, 503),
        TimeoutError(),
        aiohttp.ClientConnectionError(),
        ConnectionResetError(),
    ):
        failure = judge(error)
        assert failure.verdict is Verdict.RETRY
        assert failure.maybe_posted


def test_429_retries_with_its_retry_after() -> None:
    """A 429 that reached us retries no sooner than Discord asked, and was surely not posted."""
    failure = judge(http_error(discord.HTTPException, 429, headers={"Retry-After": "7.5"}))
    assert failure.verdict is Verdict.RETRY
    assert failure.retry_after == 7.5
    assert not failure.maybe_posted
    assert judge(discord.RateLimited(12.0)).retry_after == 12.0


def test_other_client_errors_fail_the_row_only() -> None:
    """A 400 (e.g. an embed Discord refuses) can never succeed: fail the row, keep the subscription."""
    failure = judge(http_error(discord.HTTPException, 400, 50035))
    assert failure.verdict is Verdict.FAIL
    assert failure.reason.startswith("400")


def test_a_dropped_database_connection_retries_and_a_bug_does_not() -> None:
    """A database hiccup while preparing a row is transient; an error of the bot's own is not."""
    dropped = judge(sa.exc.OperationalError("SELECT 1", {}, ConnectionResetError()))
    assert dropped.verdict is Verdict.RETRY
    assert not dropped.unexpected
    assert "database" in dropped.reason
    bug = judge(KeyError("status"))
    assert bug.verdict is Verdict.FAIL
    assert bug.unexpected


def test_backoff_grows_jitters_and_caps() -> None:
    """Delays double per attempt within [ceiling/2, ceiling], never past the cap, never under retry_after."""
    policy = RetryPolicy(base=2, factor=2, cap=60, max_attempts=6)
    rng = random.Random(4)
    for attempt, ceiling in [(1, 2), (2, 4), (3, 8), (4, 16), (5, 32), (6, 60), (9, 60)]:
        delays = [policy.delay(attempt, rng=rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1
    assert policy.delay(1, retry_after=30, rng=rng) == 30


def test_retries_end_well_inside_the_nonce_window() -> None:
    """All default retries of one row finish within Discord's few minutes of nonce memory."""
    policy = RetryPolicy()
    worst = sum(
        min(policy.cap, policy.base * policy.factor ** (n - 1)) for n in range(1, policy.max_attempts)
    )
    assert worst < 4 * 60
    assert policy.exhausted(policy.max_attempts)
    assert not policy.exhausted(policy.max_attempts - 1)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_each_server_error_is_transient(status: int) -> None:
    """Every 5xx status is retried, not failed."""
    assert judge(http_error(discord.DiscordServerError, status)).verdict is Verdict.RETRY
