"""Tests for bot/tracker/health.py."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.tracker.health import (
    MAX_BACKOFF_SECONDS,
    SourceHealth,
    backoff_seconds,
    newly_disabled,
    record_failure,
    record_success,
    reenable,
)

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_backoff_doubles_and_is_capped() -> None:
    """Without jitter the delay doubles per failure and stops at the cap."""
    delays = [backoff_seconds(600, n, jitter=0) for n in range(1, 8)]
    assert delays[:4] == [600, 1200, 2400, 4800]
    assert delays[-1] == MAX_BACKOFF_SECONDS


def test_backoff_jitter_stays_within_bounds() -> None:
    """Jitter spreads retries by at most ±20 % of the base delay."""
    rng = random.Random(7)
    values = {backoff_seconds(1000, 2, rng=rng) for _ in range(50)}
    assert len(values) > 1
    assert all(1600 <= v <= 2400 for v in values)


def test_failures_back_off_then_disable_once() -> None:
    """Failures push next_poll_at out; the Nth disables the source and newly_disabled is true only then."""
    health = SourceHealth()
    history = []
    for _ in range(4):
        before = health
        health = record_failure(
            health, "HTTP 500", now=NOW, interval=600, max_failures=3, rng=random.Random(1)
        )
        history.append((health, newly_disabled(before, health)))
    assert history[0][0].next_poll_at is not None and history[0][0].next_poll_at > NOW
    assert [h.disabled for h, _ in history] == [False, False, True, True]
    assert [flag for _, flag in history] == [False, False, True, False]
    assert "3 consecutive failures" in (history[2][0].disabled_reason or "")
    assert history[3][0].next_poll_at is None


def test_success_resets_failures() -> None:
    """A success clears the failure count and schedules the regular interval."""
    failed = record_failure(SourceHealth(), "timeout", now=NOW, interval=600, max_failures=5)
    healthy = record_success(failed, now=NOW, interval=600)
    assert healthy.consecutive_failures == 0 and healthy.last_success == NOW
    assert healthy.next_poll_at == NOW + timedelta(seconds=600)
    assert healthy.last_error == "timeout"


def test_reenable_clears_the_disabled_state() -> None:
    """A moderator re-enabling a source polls it now with a clean count."""
    disabled = record_failure(SourceHealth(), "404", now=NOW, interval=600, max_failures=1)
    again = reenable(disabled, now=NOW)
    assert not again.disabled and again.consecutive_failures == 0 and again.next_poll_at == NOW
