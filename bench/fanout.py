"""Fan-out of one story to many channels through the fake Discord, with Discord's rate limits on.

Run: .venv/bin/python -m bench.fanout [--channels 10000] [--rate 45]

The fake enforces the global limit (50 requests/s per bot) and the per-channel message bucket
(5 per 5 s). The real bot's delivery worker sends one announcement per subscribed channel; the
time from the wake-up to the last confirmed row is compared with the ideal channels / rate.
Targets: ratio <= 1.1 and no 429 met.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from bot.delivery import outbox_store as store
from bot.lore.loader import load_dataset
from bot.news.outbox import enqueue_story
from bot.offline import BOT_PERMISSIONS, offline_hyosan, offline_settings
from bot.sandbox import FakeDiscord
from bot.storage.tables import subscriptions
from tests.bot.delivery.seed import add_story

# Discord caps a guild at 500 channels, so a large fan-out spans many servers.
CHANNELS_PER_GUILD = 500


async def run(channels: int, rate: float) -> None:
    fake = FakeDiscord(global_rate_limit=50, message_rate_limit=(5, 5.0))
    await fake.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = offline_settings(Path(folder) / "fanout.db", delivery_rate=rate)
            guilds = []
            app = None
            remaining = channels
            # offline_hyosan creates the application; build the extra servers once it exists.
            async with offline_hyosan(settings, dataset=load_dataset(), fake=fake) as world:
                app = world.app
                while remaining > 0:
                    size = min(CHANNELS_PER_GUILD, remaining)
                    guild = fake.create_guild(
                        f"Fans {len(guilds)}", channels=[f"news-{i}" for i in range(size)]
                    )
                    fake.add_bot_to_guild(app, guild, permissions=BOT_PERMISSIONS)
                    guilds.append(guild)
                    remaining -= size
                await wait_for_guilds(world.bot, len(guilds) + 1)
                story_id = await queue(world.bot.db, guilds)
                limited_before = fake.rate_limited_count
                started = time.perf_counter()
                world.bot.delivery.wake()
                await wait_until_sent(world.bot.db, channels)
                elapsed = time.perf_counter() - started
                limited = fake.rate_limited_count - limited_before
                posted = sum(len(fake.messages(c)) for g in guilds for c in g.text_channels)
                ideal = channels / rate
                print(f"story {story_id} to {channels} channels in {len(guilds)} guilds at {rate:g}/s")
                print(f"  time    {elapsed:8.1f} s")
                print(f"  ideal   {ideal:8.1f} s  (channels / rate)")
                print(f"  ratio   {elapsed / ideal:8.3f}   (target <= 1.1)")
                print(f"  429s    {limited:8d}     (target 0)")
                print(f"  posted  {posted:8d}     (expected {channels}: one per channel)")
    finally:
        await fake.stop()


async def wait_for_guilds(bot, count: int) -> None:  # type: ignore[no-untyped-def]
    # The bot learns of the new servers through GUILD_CREATE events; poll its cache for them.
    async with asyncio.timeout(60):
        while len(bot.guilds) < count:  # noqa: ASYNC110
            await asyncio.sleep(0.1)


async def queue(db, guilds) -> int:  # type: ignore[no-untyped-def]
    rows = [
        {"guild_id": g.id, "channel_id": c.id, "statuses": None, "enabled": True}
        for g in guilds
        for c in g.text_channels
    ]
    async with db.begin() as conn:
        await conn.execute(sa.insert(subscriptions), rows)
        story_id = await add_story(conn)
        await enqueue_story(conn, story_id)
    return story_id


async def wait_until_sent(db, channels: int) -> None:  # type: ignore[no-untyped-def]
    while True:
        async with db.connect() as conn:
            counts = await store.counts_by_state(conn)
        if counts.get("sent", 0) + counts.get("failed", 0) >= channels:
            if counts.get("failed"):
                print(f"  failed  {counts['failed']:8d}")
            return
        await asyncio.sleep(0.25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=45.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.channels, args.rate))


if __name__ == "__main__":
    main()
