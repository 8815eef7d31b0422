"""Matching new items against recent stories: the linear search vs StoryIndex, same decisions.

Run: .venv/bin/python -m bench.story_index [--new 500] [--known 10000]

Worst case for the index: every story in one bucket (same status, no date), so only rapidfuzz's
native search separates the two. Realistic: statuses and dates spread the stories over buckets.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

from bot.tracker.dedupe import StoryFacts, StoryIndex, find_duplicate

WORDS = (
    *"All of Us Are Dead season 2 Netflix filming begins wraps trailer teaser cast joins".split(),  # noqa: SIM905
    *"Lomon Park Ji-hu Yoon Chan-young Cho Yi-hyun release date premiere confirmed".split(),  # noqa: SIM905
    *"report exclusive 지금 우리 학교는 시즌2 촬영".split(),  # noqa: SIM905
)
STATUSES = ("renewed", "filming", "post_production", "trailer", "date_announced", "rumor")


def _title(rng: random.Random) -> str:
    """The show's name, a few common news words and a few words of the story's own (names, places)."""
    own = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9))) for _ in range(4)
    ]
    return " ".join([*WORDS[:8], *rng.sample(WORDS[8:], 3), *own])


def _stories(count: int, rng: random.Random, *, one_bucket: bool) -> list[StoryFacts]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        StoryFacts(
            _title(rng),
            "rumor" if one_bucket else rng.choice(STATUSES),
            None,
            None,
            start + timedelta(hours=rng.randint(0, 24 * 14)),
        )
        for _ in range(count)
    ]


def _run(new: int, known: int, *, one_bucket: bool) -> None:
    rng = random.Random(1)
    earlier = _stories(known, rng, one_bucket=one_bucket)
    incoming = _stories(new, rng, one_bucket=one_bucket)
    started = time.perf_counter()
    linear = [find_duplicate(c, earlier, lambda f: f) for c in incoming]
    linear_s = time.perf_counter() - started
    started = time.perf_counter()
    index: StoryIndex[StoryFacts] = StoryIndex(lambda f: f)
    for entry in earlier:
        index.add(entry)
    indexed = [index.find(c) for c in incoming]
    indexed_s = time.perf_counter() - started
    # The index compares only titles that share a distinctive word; these titles all have some.
    assert all(a is b for a, b in zip(linear, indexed, strict=True)), "the index decided differently"
    label = "one bucket (worst case)" if one_bucket else "statuses spread (realistic)"
    matches = sum(d is not None for d in linear)
    print(
        f"  {label:28} linear {linear_s:7.2f} s (baseline)  index {indexed_s:6.3f} s  "
        f"x{indexed_s / linear_s:.3f} of baseline, same decisions, {matches} matches"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", type=int, default=500)
    parser.add_argument("--known", type=int, default=10_000)
    args = parser.parse_args()
    print(f"{args.new} new items against {args.known} recent stories")
    _run(args.new, args.known, one_bucket=True)
    _run(args.new, args.known, one_bucket=False)


if __name__ == "__main__":
    main()
