"""How much the sandbox itself costs: /ping latency on the bare bot, alone and in a burst, and fan-out.

Run: .venv/bin/python -m bench.sandbox_overhead
Baseline: sequential /ping p50 on the bare discord.py bot, measured in this run. Feature benchmarks
compare their own latencies to that same baseline.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import discord

from bot.sandbox import FakeDiscord, run_bot_against
from bot.sandbox.bare_bot import BareBot

SEQUENTIAL = 300
BURST = 500
CHANNELS = 2000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * fraction), len(ordered) - 1)]


async def main() -> None:
    async with FakeDiscord(interaction_deadline=30.0) as fake:
        app = fake.create_application("Bare")
        guild = fake.create_guild(channels=[f"c{i}" for i in range(CHANNELS)])
        fake.add_bot_to_guild(app, guild)
        bot = BareBot()
        async with run_bot_against(fake, bot, app.token):
            await fake.wait_for_commands(app)
            members = [guild.add_member(f"m{i}") for i in range(BURST)]

            sequential = [(await fake.invoke(app, "ping")).latency or 0.0 for _ in range(SEQUENTIAL)]
            baseline = statistics.median(sequential)

            started = time.perf_counter()
            results = await asyncio.gather(*(fake.invoke(app, "ping", member=m, timeout=30) for m in members))
            burst_wall = time.perf_counter() - started
            burst = [r.latency or 0.0 for r in results]

            channels = [bot.get_channel(c.id) for c in guild.text_channels]
            started = time.perf_counter()
            await asyncio.gather(*(c.send("fan-out") for c in channels if isinstance(c, discord.TextChannel)))
            fan_wall = time.perf_counter() - started

    print(f"baseline /ping p50 (sequential, n={SEQUENTIAL}): {baseline * 1000:.2f} ms")
    p99 = percentile(sequential, 0.99)
    print(f"sequential p99: {p99 * 1000:.2f} ms = {p99 / baseline:.1f}x baseline")
    print(
        f"burst of {BURST} at once: p50 {statistics.median(burst) * 1000:.1f} ms "
        f"({statistics.median(burst) / baseline:.1f}x), p99 {percentile(burst, 0.99) * 1000:.1f} ms "
        f"({percentile(burst, 0.99) / baseline:.1f}x), {BURST / burst_wall:.0f} interactions/s"
    )
    rate = CHANNELS / fan_wall
    print(f"fan-out to {CHANNELS} channels: {rate:.0f} messages/s, 429s served: {fake.rate_limited_count}")


if __name__ == "__main__":
    asyncio.run(main())
