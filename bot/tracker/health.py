"""Source health as pure data: success/failure bookkeeping, exponential backoff, disable-after-N.

The scheduler persists ``SourceHealth`` and calls ``record_success`` / ``record_failure`` after each
poll; ``newly_disabled`` tells it when to warn the moderators who added the source (once).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

# A broken source is retried no less than every 6 h so a fix on its side is noticed the same day.
MAX_BACKOFF_SECONDS = 6 * 3600


@dataclass(frozen=True, slots=True)
class SourceHealth:
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    disabled: bool = False
    disabled_reason: str | None = None


def backoff_seconds(
    interval: float,
    failures: int,
    *,
    cap: float = MAX_BACKOFF_SECONDS,
    jitter: float = 0.2,
    rng: random.Random | None = None,
) -> float:
    """Delay after ``failures`` consecutive failures: interval * 2^(n-1), capped, ±jitter."""
    # Never shorter than the normal interval, even when the cap is lower than it.
    base = interval if failures <= 0 else max(interval, min(cap, interval * 2 ** min(failures - 1, 30)))
    spread = base * jitter
    return base + (rng or random).uniform(-spread, spread) if spread else base


def record_success(health: SourceHealth, *, now: datetime, interval: float) -> SourceHealth:
    """A poll answered (200 or 304): reset failures and schedule the next regular poll."""
    return replace(
        health,
        last_success=now,
        consecutive_failures=0,
        next_poll_at=now + timedelta(seconds=interval),
    )


def record_failure(
    health: SourceHealth,
    error: str,
    *,
    now: datetime,
    interval: float,
    max_failures: int,
    rng: random.Random | None = None,
) -> SourceHealth:
    """A poll failed: count it, back off exponentially, and disable the source after ``max_failures``."""
    failures = health.consecutive_failures + 1
    disabled = health.disabled or failures >= max_failures
    reason = health.disabled_reason
    if disabled and not health.disabled:
        reason = f"disabled after {failures} consecutive failures; last error: {error}"
    delay = backoff_seconds(interval, failures, rng=rng)
    return replace(
        health,
        last_error=error,
        last_error_at=now,
        consecutive_failures=failures,
        next_poll_at=None if disabled else now + timedelta(seconds=delay),
        disabled=disabled,
        disabled_reason=reason,
    )


def newly_disabled(before: SourceHealth, after: SourceHealth) -> bool:
    """True exactly once: on the failure that disabled the source."""
    return after.disabled and not before.disabled


def reenable(health: SourceHealth, *, now: datetime) -> SourceHealth:
    """A moderator turned the source back on: poll now with a clean failure count."""
    return replace(health, disabled=False, disabled_reason=None, consecutive_failures=0, next_poll_at=now)
