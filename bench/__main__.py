"""`make bench`: every benchmark, one after another, each printing ratios against its own baseline.

Run one alone with `python -m bench.NAME --help`. Pass names to run a subset:
`python -m bench autocomplete interaction_latency`.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

BENCHES = (
    "autocomplete",  # in-process autocomplete p99 over 10,000 queries
    "interaction_latency",  # INTERACTION_CREATE -> first response, vs a bare discord.py bot
    "classify",  # tracker precision/recall on the labeled set, items/s
    "second_opinion",  # the status model beside the rules, on blind rounds as they were first scored
    "poll",  # 500 feeds answering 304, the fetcher alone
    "hostile_feed",  # the longest event-loop pause while a hostile feed is read
    "poll_service",  # the same through NewsService, database writes included
    "story_index",  # 500 new items against 10,000 recent stories, linear vs indexed
    "fanout",  # one story to 10,000 channels at 45 msg/s
    "fanout_sharded",  # the same across 4 shard processes on PostgreSQL, one budget
    "trivia_engine",  # engine cost per press
    "trivia_press",  # 500 members pressing within one second, through the sandbox
    "scale",  # start-up time and memory with 10,000 servers, beside one
    "sandbox_overhead",  # what the fake Discord itself costs, for reading the others
)


def main(argv: list[str]) -> int:
    names = argv or list(BENCHES)
    failed = []
    for name in names:
        if importlib.util.find_spec(f"bench.{name}") is None:
            print(f"\n=== {name}: not present, skipped")
            continue
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False)
        print(f"=== {name}: {time.perf_counter() - started:.1f} s, exit {done.returncode}", flush=True)
        if done.returncode:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
