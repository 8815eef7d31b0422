"""TVmaze's published limit (20 requests per 10 s per IP) as a shared async limiter."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

TVMAZE_HOSTS = ("api.tvmaze.com",)


def is_tvmaze_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in TVMAZE_HOSTS


class TVmazeLimiter:
    """At most ``max_requests`` starts in any ``period`` seconds; share one instance per process."""

    def __init__(
        self,
        max_requests: int = 20,
        period: float = 10.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.max_requests = max_requests
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until one more request fits in the window, then record it."""
        async with self._lock:
            while True:
                now = self._clock()
                while self._starts and now - self._starts[0] >= self.period:
                    self._starts.popleft()
                if len(self._starts) < self.max_requests:
                    self._starts.append(now)
                    return
                wait = self.period - (now - self._starts[0])
                log.debug("TVmaze limit reached, waiting %.2f s", wait)
                await self._sleep(wait)
