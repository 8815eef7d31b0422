"""Time-based snowflake ids shaped like Discord's, so code that reads timestamps or shards by id works."""

from __future__ import annotations

import itertools
import time

DISCORD_EPOCH_MS = 1_420_070_400_000


class SnowflakeFactory:
    """Hands out strictly increasing snowflakes: (ms since 2015) << 22 | worker << 17 | process << 12 | n."""

    def __init__(self, worker: int = 1, process: int = 0) -> None:
        self._prefix = (worker & 0x1F) << 17 | (process & 0x1F) << 12
        self._last_ms = 0
        self._increment = itertools.count()
        self._last_guild_ms = 0

    def _now_ms(self) -> int:
        return int(time.time() * 1000) - DISCORD_EPOCH_MS

    def next(self) -> int:
        ms = max(self._now_ms(), self._last_ms)
        if ms != self._last_ms:
            self._last_ms = ms
            self._increment = itertools.count()
        n = next(self._increment)
        if n > 0xFFF:
            # 4096 ids in one millisecond: borrow the next millisecond, as Discord's workers do.
            self._last_ms = ms + 1
            self._increment = itertools.count(1)
            ms, n = self._last_ms, 0
        return ms << 22 | self._prefix | n

    def next_distinct_ms(self) -> int:
        """An id whose timestamp no earlier id shares, so guilds made in a burst spread over shards."""
        ms = max(self._now_ms(), self._last_ms + 1, self._last_guild_ms + 1)
        self._last_ms = ms
        self._last_guild_ms = ms
        self._increment = itertools.count(1)
        return ms << 22 | self._prefix


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's rule for which shard receives a guild's events."""
    return (guild_id >> 22) % shard_count
