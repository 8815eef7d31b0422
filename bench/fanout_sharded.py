"""Fan-out across shard processes on one PostgreSQL database, Discord enforcing its per-bot limit.

Run: .venv/bin/python -m bench.fanout_sharded [--shards 4] [--channels 2000] [--rate 45]
     [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test]  (default: TEST_DATABASE_URL)

Each shard runs as its own Hyosan (own connections, own delivery worker) in this process, as N
processes would. The baseline is one process sending the same fan-out alone, in the same run; the
sharded run must stay within the one budget: total rate at most --rate, no 429, time near the ideal
(channels / rate). Nothing is killed here: a stopped process's rows wait for it (they belong to its
shards), while the others keep sending within the budget.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from bench.fanout import CHANNELS_PER_GUILD, queue, wait_until_sent
from bot.client import Hyosan
from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.offline import BOT_PERMISSIONS, offline_settings
from bot.sandbox import FakeDiscord, run_bot_against
from bot.storage.database import Database


async def _fresh(url: str) -> None:
    db = Database(url)
    async with db.begin() as conn:
        await conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        await conn.execute(sa.text("CREATE SCHEMA public"))
    await db.close()


async def fan_out(url: str, shards: int, channels: int, rate: float, dataset: Dataset) -> dict[str, float]:
    await _fresh(url)
    fake = FakeDiscord(global_rate_limit=50, message_rate_limit=(5, 5.0))
    await fake.start()
    try:
        app = fake.create_application(name="Hyosan")
        guilds = []
        remaining = channels
        while remaining > 0:
            size = min(CHANNELS_PER_GUILD, remaining)
            guild = fake.create_guild(f"Fans {len(guilds)}", channels=[f"news-{i}" for i in range(size)])
            fake.add_bot_to_guild(app, guild, permissions=BOT_PERMISSIONS)
            guilds.append(guild)
            remaining -= size
        with tempfile.TemporaryDirectory() as folder:
            feeds = Path(folder) / "feeds.yaml"
            feeds.write_text("sources: []\n")
            async with contextlib.AsyncExitStack() as stack:
                bots = []
                for shard in range(shards):
                    settings = offline_settings(
                        Path(folder) / "unused.db",
                        database_url=url,
                        shard_count=shards,
                        shard_ids=[shard],
                        sync_commands=False,
                        delivery_rate=rate,
                        news_sources_file=feeds,
                    )
                    bot = Hyosan(settings, dataset=dataset)
                    await stack.enter_async_context(run_bot_against(fake, bot, app.token))
                    bots.append(bot)
                await queue(bots[0].db, guilds)
                limited_before = fake.rate_limited_count
                started = time.perf_counter()
                for bot in bots:
                    bot.delivery.wake()
                await wait_until_sent(bots[0].db, channels)
                elapsed = time.perf_counter() - started
                return {
                    "time": elapsed,
                    "ideal": channels / rate,
                    "429s": fake.rate_limited_count - limited_before,
                    "posted": sum(len(fake.messages(c)) for g in guilds for c in g.text_channels),
                }
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--channels", type=int, default=2_000)
    parser.add_argument("--rate", type=float, default=45.0)
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    if not args.database_url:
        print("skipped: needs PostgreSQL (--database-url or TEST_DATABASE_URL)")
        return
    logging.basicConfig(level=logging.WARNING)
    dataset = load_dataset()
    baseline = asyncio.run(fan_out(args.database_url, 1, args.channels, args.rate, dataset))
    sharded = asyncio.run(fan_out(args.database_url, args.shards, args.channels, args.rate, dataset))
    print(f"one story to {args.channels} channels at {args.rate:g}/s; Discord allows 50 requests/s per bot")
    for label, result in (("1 process (baseline)", baseline), (f"{args.shards} processes", sharded)):
        print(
            f"  {label:22} {result['time']:7.1f} s  ideal {result['ideal']:6.1f} s  "
            f"x{result['time'] / result['ideal']:.3f} of ideal  "
            f"429s {result['429s']:4.0f}  posted {result['posted']:.0f}"
        )
    print(f"  sharded / baseline time: x{sharded['time'] / baseline['time']:.3f}")


if __name__ == "__main__":
    main()
