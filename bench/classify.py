"""Classifier quality on the labeled set, and its throughput against a trivial pass over the same items.

Run: .venv/bin/python -m bench.classify [--repeat 50]

Quality: precision and recall of `relevant`, status accuracy and date/window accuracy on the items
that are relevant. Throughput: items/s of `classify`, and the ratio to a baseline that only
lower-cases and measures each item's text (what any per-item pass costs at least).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bot.tracker.classify import classify
from bot.tracker.evaluation import load_labeled, score
from bot.tracker.items import FeedItem

LABELED = Path(__file__).resolve().parents[1] / "tests" / "bot" / "tracker" / "labeled_items.jsonl"


def _baseline(items: list[FeedItem]) -> int:
    return sum(len(item.title.lower()) + len(item.summary.lower()) for item in items)


def throughput(items: list[FeedItem], repeat: int) -> tuple[float, float]:
    batch = items * repeat
    start = time.perf_counter()
    _baseline(batch)
    base = time.perf_counter() - start
    start = time.perf_counter()
    for item in batch:
        classify(item)
    real = time.perf_counter() - start
    return len(batch) / real, len(batch) / base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="passes over the labeled set for throughput")
    args = parser.parse_args()
    rows = load_labeled(LABELED)
    result = score(rows)
    print(f"labeled items:        {result.items}")
    print(f"precision:            {result.precision:.3f}")
    print(f"recall:               {result.recall:.3f}")
    print(f"status accuracy:      {result.status_accuracy:.3f}")
    print(f"date/window accuracy: {result.date_accuracy:.3f}")
    print(f"mismatched items:     {result.misses or 'none'}")
    rate, base_rate = throughput([item for item, _ in rows], args.repeat)
    print(f"classify throughput:  {rate:,.0f} items/s")
    print(f"baseline (lower+len): {base_rate:,.0f} items/s")
    print(f"ratio classify/baseline time: {base_rate / rate:,.1f}x")


if __name__ == "__main__":
    main()
