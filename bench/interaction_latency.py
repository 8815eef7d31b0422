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


async def run(calls: int) -> None:
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
            channel = world.channel()
            bare, bare_card, character, autocomplete = [], [], [], []
            for i in range(calls + 50):
                ping = await fake.invoke(
                    bare_app, "ping", {}, guild=world.guild, channel=channel, member=world.member
                )
                constant_card = await fake.invoke(
                    bare_app, "card", {}, guild=world.guild, channel=channel, member=world.member
                )
                answer = await world.invoke("character", {"name": "nam-on-jo"})
                choices = await fake.autocomplete(
                    world.app,
                    "character",
                    {"name": TYPED[i % len(TYPED)]},
                    focused="name",
                    guild=world.guild,
                    channel=channel,
                    member=world.member,
                )
                assert answer.embeds
                assert isinstance(choices, list)
                if i >= 50:  # warm-up: first calls pay for imports and caches
                    bare.append(ping.latency)
                    bare_card.append(constant_card.latency)
                    character.append(answer.latency)
                    # Autocomplete answers have no message; its latency is measured the same way.
                    autocomplete.append(next(reversed(fake.interactions.values())).latency)
            print(f"{calls} calls each, after 50 warm-up calls; latency = dispatch -> first callback")
            print("baseline: bare bot's /ping (text constant)")
            ratios = [
                report("/character", character, bare),
                report("autocomplete character", autocomplete, bare),
            ]
            print("baseline: bare bot's /card (the same embed, as a constant)")
            report("/character", character, bare_card)
            print(
                f"bare /ping mean {statistics.fmean(bare) * 1000:.2f} ms, "
                f"/card mean {statistics.fmean(bare_card) * 1000:.2f} ms"
            )
            worst = max(max(r) for r in ratios)
            print(f"target ratio <= 1.5: {'OK' if worst <= 1.5 else 'OVER'} (worst {worst:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.calls))


if __name__ == "__main__":
    main()
