"""Snowflakes: time-based, increasing, spread over shards for guilds."""

from __future__ import annotations

import time

from bot.sandbox.snowflakes import DISCORD_EPOCH_MS, SnowflakeFactory, shard_of


def test_ids_increase_and_carry_the_time() -> None:
    """Ids grow strictly and their timestamp is now."""
    ids = SnowflakeFactory()
    batch = [ids.next() for _ in range(5000)]
    assert batch == sorted(set(batch))
    assert abs((batch[0] >> 22) + DISCORD_EPOCH_MS - time.time() * 1000) < 5000


def test_guild_ids_spread_over_shards() -> None:
    """Guilds made in a burst land on different shards."""
    ids = SnowflakeFactory()
    guilds = [ids.next_distinct_ms() for _ in range(4)]
    assert {shard_of(g, 2) for g in guilds} == {0, 1}
    assert ids.next() > guilds[-1]
