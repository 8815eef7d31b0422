"""Fan-out across shard processes on one PostgreSQL database, Discord enforcing its per-bot limit.

Run: .venv/bin/python -m bench.fanout_sharded [--shards 4] [--channels 2000] [--rate 45]
     [--lease 30] [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test]
     (default database: TEST_DATABASE_URL)

Each shard runs as its own Hyosan (own connections, own delivery worker, own tracker election) in
this process and event loop, with the fake Discord, as N processes would. Three runs of the same
fan-out: one process (the baseline), N processes, and N processes of which the tracker leader is
killed once a third of the channels have their post (its sends cut off, its claims left, its
database session for the lock ended): the others settle its claims and send its shard's rows once
they have waited --lease seconds (DELIVERY_CLAIM_LEASE). Targets: the bot's peak requests in any
sliding second (counted by the fake per bot token) at most --rate, no 429, time within 1.1x of the
ideal (channels / rate), every channel exactly one post.

discord.py may log "Can't keep up, ... websocket is 41.3s behind" here: a false alarm of its
heartbeat thread, which records when a heartbeat went out only after the loop has sent it; on
loopback the fake's ACK can be read first, and the latency then spans a whole heartbeat interval
(41.25 s). The loop itself never pauses that long (the longest pause is printed).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
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
from tests.support.crash import kill


async def _fresh(url: str) -> None:
    db = Database(url)
    async with db.begin() as conn:
        await conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        await conn.execute(sa.text("CREATE SCHEMA public"))
    await db.close()


class LoopLag:
    """The longest the event loop was late waking a 50 ms ticker: pauses that bunch sends."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(0.05)
            self.worst = max(self.worst, time.perf_counter() - asked - 0.05)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._tick())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()


async def fan_out(
    url: str,
    shards: int,
    channels: int,
    rate: float,
    dataset: Dataset,
    *,
    kill_leader: bool = False,
    lease: float = 30.0,
) -> dict[str, float]:
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
                        delivery_claim_lease=lease,
                        tracker_enabled=True,
                        news_sources_file=feeds,
                    )
                    bot = Hyosan(settings, dataset=dataset)
                    await stack.enter_async_context(run_bot_against(fake, bot, app.token, ready_timeout=120))
                    bots.append(bot)
                await queue(bots[0].db, guilds)
                # As the entry point does once started: the long-lived objects leave the collector's
                # view, so a full collection over four bots' caches does not pause the loop.
                gc.collect()
                gc.freeze()
                limited_before = fake.rate_limited_count
                started = time.perf_counter()
                since = time.monotonic()
                with LoopLag() as lag:
                    for bot in bots:
                        bot.delivery.wake()
                    if kill_leader:
                        await _kill_leader_after(bots, channels // 3)
                    await wait_until_sent(bots[0].db, channels)
                elapsed = time.perf_counter() - started
                posts = [len(fake.messages(c)) for g in guilds for c in g.text_channels]
                return {
                    "time": elapsed,
                    "ideal": channels / rate,
                    "429s": fake.rate_limited_count - limited_before,
                    "posted": sum(posts),
                    "not_one": sum(1 for n in posts if n != 1),
                    "peak": fake.peak_rate(app, since=since),
                    "lag": lag.worst,
                }
    finally:
        gc.unfreeze()
        await fake.stop()


async def _kill_leader_after(bots: list[Hyosan], sent: int) -> None:
    while sum(bot.delivery.stats.sent for bot in bots) < sent:  # noqa: ASYNC110
        await asyncio.sleep(0.05)
    leader = next((bot for bot in bots if bot.news.scheduler.leader), bots[0])
    await kill(leader)
    print(f"  killed the tracker leader (shard {leader.shard_ids}) after {sent} posts", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--channels", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=45.0)
    parser.add_argument("--lease", type=float, default=30.0, help="DELIVERY_CLAIM_LEASE for the kill run")
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    if not args.database_url:
        print("skipped: needs PostgreSQL (--database-url or TEST_DATABASE_URL)")
        return
    logging.basicConfig(level=logging.WARNING)
    dataset = load_dataset()
    runs = {  # label: (processes, kill the leader)
        "1 process (baseline)": (1, False),
        f"{args.shards} processes": (args.shards, False),
        f"{args.shards}, leader killed": (args.shards, True),
    }
    print(f"one story to {args.channels} channels at {args.rate:g}/s; Discord allows 50 requests/s per bot")
    results = {}
    for label, (shards, kill_leader) in runs.items():
        result = results[label] = asyncio.run(
            fan_out(
                args.database_url,
                shards,
                args.channels,
                args.rate,
                dataset,
                kill_leader=kill_leader,
                lease=args.lease,
            )
        )
        print(
            f"  {label:22} {result['time']:7.1f} s  ideal {result['ideal']:6.1f} s  "
            f"x{result['time'] / result['ideal']:.3f} of ideal  peak {result['peak']:3.0f}/s  "
            f"429s {result['429s']:3.0f}  posted {result['posted']:.0f}  "
            f"channels without exactly one post {result['not_one']:.0f}  "
            f"longest loop pause {result['lag'] * 1000:.0f} ms",
            flush=True,
        )
    baseline, sharded, killed = results.values()
    print(f"  sharded / baseline time: x{sharded['time'] / baseline['time']:.3f}")
    print(f"  leader killed / baseline time: x{killed['time'] / baseline['time']:.3f}")


if __name__ == "__main__":
    main()
