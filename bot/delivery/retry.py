"""What to do after a failed send: retry later (and when), give up on the row, or on the channel."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from enum import Enum

import aiohttp
import discord
import sqlalchemy as sa


class Verdict(Enum):
    RETRY = "retry"  # transient: 429, 5xx, timeouts, dropped connections
    FAIL = "fail"  # this message can never be sent (e.g. 400): fail the row only
    LOST_CHANNEL = "lost_channel"  # 403/404: the channel is gone or closed to us: stop the subscription


@dataclass(frozen=True, slots=True)
class SendFailure:
    verdict: Verdict
    reason: str
    retry_after: float | None = None
    # False when Discord surely rejected the message (a 4xx answer); True when it may have been
    # posted anyway (5xx, timeout, connection lost), so a retry must look before posting again.
    maybe_posted: bool = False
    # A bug in the bot, not a Discord answer: retrying would fail the same way. Logged with its
    # traceback once, and the row fails with the reason.
    unexpected: bool = False


# Discord's JSON error codes for a channel the bot can't reach any more.
_CHANNEL_CODES = {10003: "Unknown Channel", 50001: "Missing Access", 50013: "Missing Permissions"}


def judge(error: BaseException) -> SendFailure:
    """Sort a send's exception into a verdict with a reason short enough to store and show."""
    if isinstance(error, discord.RateLimited):
        return SendFailure(Verdict.RETRY, "rate limited by Discord", retry_after=error.retry_after)
    if isinstance(error, discord.Forbidden | discord.NotFound):
        name = _CHANNEL_CODES.get(error.code) or ("Unknown Channel" if error.status == 404 else "Forbidden")
        return SendFailure(Verdict.LOST_CHANNEL, f"{error.status} {name}")
    if isinstance(error, discord.HTTPException):
        if error.status == 429:
            return SendFailure(Verdict.RETRY, "429 rate limited", retry_after=_retry_after(error))
        if error.status >= 500:
            return SendFailure(Verdict.RETRY, f"{error.status} Discord server error", maybe_posted=True)
        detail = (error.text or "").strip()[:200]
        return SendFailure(Verdict.FAIL, f"{error.status} rejected by Discord: {detail}".rstrip(": "))
    if isinstance(error, TimeoutError | asyncio.TimeoutError):
        return SendFailure(Verdict.RETRY, "timed out", maybe_posted=True)
    if isinstance(error, aiohttp.ClientError | OSError):
        return SendFailure(Verdict.RETRY, f"connection error: {type(error).__name__}", maybe_posted=True)
    if isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError) or (
        isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated
    ):
        # The database dropped a connection while the row was being prepared: transient, and no
        # send had started (the send itself raises Discord's and the network's errors only).
        return SendFailure(Verdict.RETRY, f"database unavailable: {type(error).__name__}")
    return SendFailure(Verdict.FAIL, f"internal error: {type(error).__name__}", unexpected=True)


def _retry_after(error: discord.HTTPException) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped, for at most `max_attempts` sends.

    The defaults keep every retry of one row within a couple of minutes, well inside the few minutes
    for which Discord deduplicates a nonce; reconcile.py covers the rest.
    """

    base: float = 2.0
    factor: float = 2.0
    cap: float = 60.0
    max_attempts: int = 6

    def delay(
        self, attempts: int, *, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after the `attempts`-th failed send (1-based); never less than retry_after."""
        ceiling = min(self.cap, self.base * self.factor ** max(attempts - 1, 0))
        # Half fixed, half random: spreads a burst of retries without ever retrying at once.
        jittered = ceiling / 2 + (rng or random).uniform(0, ceiling / 2)
        return max(jittered, retry_after or 0.0)

    def exhausted(self, attempts: int) -> bool:
        return attempts >= self.max_attempts
