"""Start-up at scale: the bot against the fake Discord with many servers, time to ready and memory.

Run: .venv/bin/python -m bench.scale [--guilds 10000] [--channels 20]

Each size runs in its own process (memory is per process). The fake Discord lives in the same
process, so the bot's share is the resident memory after ready minus the resident memory with the
fake's servers built and no bot; the baseline is the same bot with one server, in the same run.
Targets: ready in under 60 s and under 300 MB for the bot at 10,000 servers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _measure(guilds: int, channels: int) -> dict[str, float]:
    from bot.client import Hyosan
    from bot.lore.loader import load_dataset
    from bot.offline import BOT_PERMISSIONS, offline_settings
    from bot.sandbox import FakeDiscord, run_bot_against

    dataset = load_dataset()
    async with FakeDiscord() as fake:
        app = fake.create_application(name="Hyosan")
        for n in range(guilds):
            guild = fake.create_guild(f"Fans {n}", channels=[f"c{i}" for i in range(channels)])
            fake.add_bot_to_guild(app, guild, permissions=BOT_PERMISSIONS)
        before = _rss_mb()
        with tempfile.TemporaryDirectory() as folder:
            feeds = Path(folder) / "feeds.yaml"
            feeds.write_text("sources: []\n")
            settings = offline_settings(
                Path(folder) / "scale.db", news_sources_file=feeds, sync_commands=False
            )
            bot = Hyosan(settings, dataset=dataset)
            started = time.perf_counter()
            async with run_bot_against(fake, bot, app.token, ready_timeout=600):
                ready = time.perf_counter() - started
                after = _rss_mb()
                seen = len(bot.guilds)
    return {"guilds": seen, "ready_s": ready, "bot_mb": after - before}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guilds", type=int, default=10_000)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process's single run
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(asyncio.run(_measure(args.one, args.channels))))
        return
    results = []
    for size in (1, args.guilds):
        done = subprocess.run(
            [sys.executable, "-m", "bench.scale", "--one", str(size), "--channels", str(args.channels)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    base, large = results
    print(f"servers of {args.channels} channels; the bot's share of resident memory after ready")
    for label, result in (("1 server (baseline)", base), (f"{args.guilds} servers", large)):
        print(
            f"  {label:20} ready {result['ready_s']:6.1f} s   bot {result['bot_mb']:7.1f} MB   "
            f"saw {result['guilds']:.0f}"
        )
    per_guild = (large["bot_mb"] - base["bot_mb"]) * 1024 / max(args.guilds - 1, 1)
    print(
        f"  per server: {per_guild:.1f} KB; "
        f"ready x{large['ready_s'] / max(base['ready_s'], 1e-3):.1f} of baseline"
    )


if __name__ == "__main__":
    main()
