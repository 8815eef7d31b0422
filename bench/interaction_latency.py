"""Time from INTERACTION_CREATE to the bot's first response, Hyosan against a bare discord.py bot.

Run: .venv/bin/python -m bench.interaction_latency [--calls 1000]

Both bots run in this process against the same fake Discord, and calls alternate between them,
so machine noise hits both alike. The bare bot answers /ping with a constant: the ratio says
what Hyosan's own work (settings lookup, search, embed building) adds on top of discord.py.
Target: ratio of p50 and p99 at most 1.5.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
from pathlib import Path

import discord

from bot.lore.loader import load_dataset
from bot.offline import BOT_PERMISSIONS, offline_hyosan, offline_settings
from bot.sandbox import run_bot_against
from bot.sandbox.bare_bot import BareBot

TYPED = ["onjo", "온조", "nam ra", "cheongsan", "su hyuk", "gwinam", "halfbie", "Lee", "ㅋㅋ", "x" * 40]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(name: str, ours: list[float], base: list[float]) -> tuple[float, float]:
    """Print one line of percentiles and return the (p50, p99) ratios to the baseline."""
    p50, p99 = percentile(ours, 0.5), percentile(ours, 0.99)
    b50, b99 = percentile(base, 0.5), percentile(base, 0.99)
    print(
        f"{name:<24} p50 {p50 * 1000:6.2f} ms  p99 {p99 * 1000:6.2f} ms   "
        f"bare p50 {b50 * 1000:6.2f} ms  p99 {b99 * 1000:6.2f} ms   "
        f"ratio p50 {p50 / b50:4.2f}  p99 {p99 / b99:4.2f}"
    )
    return p50 / b50, p99 / b99


class BareCardBot(BareBot):
    """The bare bot plus /card: a constant embed as large as Hyosan's answer, so the second
    baseline separates the cost of moving a big embed from the cost of Hyosan's own work."""

    def __init__(self, card: discord.Embed) -> None:
        super().__init__()

        @self.tree.command(name="card", description="Answers a constant embed")
        async def card_command(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(embed=card)


Samples = dict[str, list[float]]


async def measure(world, bare_app, calls: int) -> Samples:  # type: ignore[no-untyped-def]
    """One round: `calls` of each, interleaved so that noise hits all of them alike."""
    fake, channel = world.fake, world.channel()
    samples: Samples = {"ping": [], "card": [], "character": [], "autocomplete": []}
    for i in range(calls):
        where = {"guild": world.guild, "channel": channel, "member": world.member}
        samples["ping"].append((await fake.invoke(bare_app, "ping", {}, **where)).latency)
        samples["card"].append((await fake.invoke(bare_app, "card", {}, **where)).latency)
        answer = await world.invoke("character", {"name": "nam-on-jo"})
        assert answer.embeds
        samples["character"].append(answer.latency)
        choices = await fake.autocomplete(
            world.app, "character", {"name": TYPED[i % len(TYPED)]}, focused="name", **where
        )
        assert isinstance(choices, list)
        # Autocomplete answers have no message; its latency is measured the same way.
        samples["autocomplete"].append(next(reversed(fake.interactions.values())).latency)
    return samples


async def run(calls: int, rounds: int) -> None:
    dataset = load_dataset()
    settings = offline_settings(Path(tempfile.mkdtemp()) / "bench.db")
    async with offline_hyosan(settings, dataset=dataset) as world:
        fake = world.fake
        bare_app = fake.create_application(name="Bare")
        fake.add_bot_to_guild(bare_app, world.guild, permissions=BOT_PERMISSIONS)
        sample = await world.invoke("character", {"name": "nam-on-jo"})
        card = discord.Embed.from_dict(sample.embeds[0])
        async with run_bot_against(fake, BareCardBot(card), bare_app.token):
            await fake.wait_for_commands(bare_app)
            await measure(world, bare_app, 50)  # warm-up: first calls pay for imports and caches
            print(f"{rounds} rounds of {calls} calls each; latency = dispatch -> first callback")
            print(f"json: {'orjson' if discord.utils.HAS_ORJSON else 'stdlib json'}")
            results = []
            for number in range(1, rounds + 1):
                samples = await measure(world, bare_app, calls)
                print(f"round {number}, baseline: bare bot's /ping (text constant)")
                ratios = [
                    report("/character", samples["character"], samples["ping"]),
                    report("autocomplete character", samples["autocomplete"], samples["ping"]),
                ]
                print(f"round {number}, baseline: bare bot's /card (the same embed, as a constant)")
                report("/character", samples["character"], samples["card"])
                results.append(max(max(r) for r in ratios))
            worst = statistics.median(results)
            print(
                f"target ratio <= 1.5: {'OK' if worst <= 1.5 else 'OVER'} "
                f"(median over rounds of each round's worst ratio: {worst:.2f})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.calls, args.rounds))


if __name__ == "__main__":
    main()
