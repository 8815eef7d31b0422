"""Autocomplete latency of LoreIndex against a plain dict lookup of the same queries.

Run: .venv/bin/python -m bench.autocomplete [--queries 10000]

Queries mimic typing: prefixes of every name and alias, typos (dropped, doubled, swapped
letters), hangul, and garbage (random text, emoji, jamo, mentions), spread over all kinds.
The budget is p99 under 5 ms: Discord shows autocomplete choices only if the bot answers fast.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from bot.lore.loader import load_dataset
from bot.lore.search import LoreIndex, _normalize, normalize

GARBAGE = ["ㅋㅋㅋ", "@everyone", "<@&1>", "🧟‍♂️🔥", "ㅎㅎ", "!!!???", "<#123456789012345678>", "   "]


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(len(word) - 1)
    match rng.randrange(3):
        case 0:
            return word[:i] + word[i + 1 :]
        case 1:
            return word[:i] + word[i] + word[i:]
        case _:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def build_queries(index: LoreIndex, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, query) pairs, deterministic for a given seed."""
    rng = random.Random(seed)
    names: list[tuple[str, str]] = []
    for kind, entry in index.dataset:
        for name in (entry.name, entry.name_ko, *entry.aliases):
            if name:
                names.append((kind, name))
    queries: list[tuple[str, str]] = []
    while len(queries) < count:
        kind, name = rng.choice(names)
        roll = rng.random()
        if roll < 0.5:
            queries.append((kind, name[: rng.randint(1, len(name))]))
        elif roll < 0.8:
            queries.append((kind, _typo(rng, name)))
        elif roll < 0.9:
            queries.append((kind, "".join(chr(rng.randint(33, 0x2FFF)) for _ in range(rng.randint(1, 100)))))
        else:
            queries.append((kind, rng.choice(GARBAGE)))
    return queries


def _percentile(samples: list[int], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] / 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    args = parser.parse_args()

    started = time.perf_counter()
    dataset = load_dataset()
    loaded = time.perf_counter()
    index = LoreIndex(dataset)
    built = time.perf_counter()
    queries = build_queries(index, args.queries)
    baseline_table = {(kind, normalize(name)): name for kind, name in queries[:500]}
    _normalize.cache_clear()

    baseline: list[int] = []
    for kind, query in queries:
        t0 = time.perf_counter_ns()
        baseline_table.get((kind, query))
        baseline.append(time.perf_counter_ns() - t0)

    measured: list[int] = []
    hits = 0
    for kind, query in queries:
        t0 = time.perf_counter_ns()
        result = index.autocomplete(kind, query)
        measured.append(time.perf_counter_ns() - t0)
        hits += bool(result)

    print(f"dataset load {1000 * (loaded - started):.1f} ms, index build {1000 * (built - loaded):.1f} ms")
    print(f"{len(queries)} autocomplete queries, {hits} with at least one choice")
    for name, q in (("p50", 0.50), ("p99", 0.99), ("max", 1.0)):
        ours, base = _percentile(measured, q), _percentile(baseline, q)
        print(f"{name}: autocomplete {ours:9.1f} us   dict lookup {base:7.2f} us   ratio {ours / base:8.1f}x")
    print(f"mean: autocomplete {statistics.fmean(measured) / 1000:.1f} us")
    p99_ms = _percentile(measured, 0.99) / 1000
    print(f"budget p99 < 5 ms: {'OK' if p99_ms < 5 else 'OVER'} ({p99_ms:.3f} ms)")


if __name__ == "__main__":
    main()
