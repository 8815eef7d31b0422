"""Send pacing: one global token bucket for the bot and a per-channel window.

Discord allows about 50 requests/s per bot and 5 messages per 5 s per channel. Announcements stay
under both on their own, so discord.py's reactive 429 handling is a safety net and not the plan.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds and a way to wait; tests pass a fake one."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class TokenBucket:
    """`rate` sends per second with at most `burst` back to back (GCRA: one timestamp, no refill task).

    A burst of b on top of a rate r means at most b + r sends in any one-second window, so the default
    burst is kept small: 45/s with a burst of 2 never exceeds Discord's 50 in any sliding second, and
    the burst lets a late wake-up catch up instead of losing throughput.
    """

    def __init__(self, rate: float, *, burst: int = 2, clock: Clock | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self.rate = rate
        self.burst = burst
        self._interval = 1.0 / rate
        self._clock = clock or MonotonicClock()
        self._tat = 0.0  # theoretical arrival time of the next send
        self._lock = asyncio.Lock()

    def delay(self) -> float:
        """Seconds until a token is available, without taking it."""
        now = self._clock.now()
        allowed_at = max(self._tat, now) - (self.burst - 1) * self._interval
        return max(0.0, allowed_at - now)

    def try_take(self) -> bool:
        if self.delay() > 0:
            return False
        self._tat = max(self._tat, self._clock.now()) + self._interval
        return True

    async def take(self) -> None:
        """Wait for a token and take it; callers are served in arrival order."""
        async with self._lock:
            while not self.try_take():
                await self._clock.sleep(self.delay())


class ChannelPacer:
    """At most `limit` sends per `period` seconds to any one channel, as a sliding window.

    The window is ours, measured when we send; Discord's starts when its first message arrives, so
    `margin` pads the period to absorb the difference in network delay between two sends.
    """

    def __init__(
        self, limit: int = 5, period: float = 5.0, *, margin: float = 0.25, clock: Clock | None = None
    ) -> None:
        self.limit = limit
        self.period = period + margin
        self._clock = clock or MonotonicClock()
        self._sent: dict[int, deque[float]] = {}
        self._records = 0

    def delay(self, channel_id: int) -> float:
        """Seconds until `channel_id` may receive another message (0 when it may now)."""
        window = self._sent.get(channel_id)
        if not window:
            return 0.0
        now = self._clock.now()
        while window and now - window[0] >= self.period:
            window.popleft()
        if len(window) < self.limit:
            return 0.0
        return window[0] + self.period - now

    def record(self, channel_id: int) -> None:
        self._sent.setdefault(channel_id, deque()).append(self._clock.now())
        self._records += 1
        # A fan-out touches thousands of channels once each: forget the quiet ones now and then.
        if self._records % 1024 == 0:
            self._forget_idle()

    def _forget_idle(self) -> None:
        now = self._clock.now()
        idle = [cid for cid, window in self._sent.items() if not window or now - window[-1] >= self.period]
        for cid in idle:
            del self._sent[cid]

    def __len__(self) -> int:
        return len(self._sent)
