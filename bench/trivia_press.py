"""500 members press a trivia answer within one second: every press acknowledged inside 3 s?

Run: .venv/bin/python -m bench.trivia_press [--members 500] [--rounds 3]

Hyosan and the bare discord.py bot (bot/sandbox/bare_bot.py) run in this process against the same
fake Discord. Each round, the same members first send the bare bot's /ping in a one-second burst
(the baseline), then press an answer button of a live trivia question in the same pattern. Latency
is the fake's dispatch of INTERACTION_CREATE -> the bot's first callback ("Locked in: B. Hyosan").
Discord's window is 3 s; the ratio says what the trivia press path adds to discord.py itself.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
from pathlib import Path
from typing import Any

from bot.lore.loader import load_dataset
from bot.offline import BOT_PERMISSIONS, OfflineWorld, offline_hyosan, offline_settings
from bot.sandbox import run_bot_against
from bot.sandbox.bare_bot import BareBot
from bot.trivia.bank import draft_from_fields

WINDOW = 3.0
BURST_SECONDS = 1.0


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def burst(members: list[Any], press: Any) -> list[Any]:
    """Every member acts once, spread evenly over one second; returns the interaction results."""
    step = BURST_SECONDS / len(members)

    async def one(index: int, member: Any) -> Any:
        await asyncio.sleep(index * step)
        return await press(member)

    return await asyncio.gather(*(one(i, m) for i, m in enumerate(members)))


async def trivia_round(world: OfflineWorld, members: list[Any]) -> list[Any]:
    channel = world.channel("trivia")
    # wait_for_message looks through the whole history: only this game's messages count.
    before = {m.id for m in world.fake.messages(channel)}
    await world.invoke(
        "trivia start", {"questions": 1, "seconds": 60}, channel="trivia", member=world.moderator
    )
    question = await world.fake.wait_for_message(
        channel,
        lambda m: (
            m.id not in before
            and bool(m.embeds)
            and str(m.embeds[0].get("title", "")).startswith("Question 1")
        ),
        10,
    )
    buttons = [b.custom_id for b in question.buttons]

    async def press(member: Any) -> Any:
        return await world.fake.click(question, buttons[member.id % len(buttons)], member=member, timeout=30)

    results = await burst(members, press)
    await world.invoke("trivia stop", channel="trivia", member=world.moderator)
    await world.fake.wait_for_message(
        channel,
        lambda m: m.id not in before and bool(m.embeds) and m.embeds[0].get("title") == "Trivia is over",
        30,
    )
    return results


async def run(member_count: int, rounds: int) -> int:
    settings = offline_settings(
        Path(tempfile.mkdtemp()) / "bench.db", trivia_min_seconds=0.1, trivia_reveal_pause=0
    )
    async with offline_hyosan(settings, dataset=load_dataset(), members=member_count) as world:
        await world.bot.guild_settings.update(world.guild.id, builtin_trivia=False)
        await world.bot.get_cog("Trivia").bank.add(  # type: ignore[union-attr]
            world.guild.id,
            draft_from_fields("Which city is the show set in?", "Hyosan", "Seoul\nBusan\nIncheon"),
        )
        fake = world.fake
        bare_app = fake.create_application(name="Bare")
        fake.add_bot_to_guild(bare_app, world.guild, permissions=BOT_PERMISSIONS)
        async with run_bot_against(fake, BareBot(), bare_app.token):
            await fake.wait_for_commands(bare_app)
            general = world.channel("general")

            async def ping(member: Any) -> Any:
                return await fake.invoke(
                    bare_app, "ping", {}, guild=world.guild, channel=general, member=member, timeout=30
                )

            # Warm-up: imports, caches and the first game's set-up are not what is measured.
            await burst(world.members[:50], ping)
            await trivia_round(world, world.members[:50])
            bare: list[float] = []
            trivia: list[float] = []
            refused = 0
            for _ in range(rounds):
                bare.extend(r.latency for r in await burst(world.members, ping))
                results = await trivia_round(world, world.members)
                refused += sum(
                    1 for r in results if not r.acknowledged or not r.content.startswith("Locked in")
                )
                trivia.extend(r.latency if r.latency is not None else float("inf") for r in results)
    late = sum(1 for s in trivia if s > WINDOW)
    p50, p99, worst = percentile(trivia, 0.5), percentile(trivia, 0.99), max(trivia)
    b50, b99 = percentile(bare, 0.5), percentile(bare, 0.99)
    print(f"{rounds} rounds x {member_count} members, each burst spread over {BURST_SECONDS:g} s")
    print(
        f"trivia press -> ack  p50 {p50 * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms  max {worst * 1000:7.2f} ms"
    )
    print(f"bare /ping   -> ack  p50 {b50 * 1000:7.2f} ms  p99 {b99 * 1000:7.2f} ms")
    print(f"ratio to bare bot    p50 {p50 / b50:5.2f}       p99 {p99 / b99:5.2f}")
    print(f"acknowledged inside {WINDOW:g} s: {len(trivia) - late}/{len(trivia)}; not 'Locked in': {refused}")
    ok = late == 0 and refused == 0
    print("every press acknowledged in time: " + ("OK" if ok else "NO"))
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    raise SystemExit(asyncio.run(run(args.members, args.rounds)))


if __name__ == "__main__":
    main()
