"""Classifier quality on the labeled set, and its throughput against a trivial pass over the same items.

Run: .venv/bin/python -m bench.classify [--repeat 50]

Quality: precision and recall of `relevant`, status accuracy and date/window accuracy on the items
that are relevant. Throughput: items/s of `classify`, and the ratio to a baseline that only
lower-cases and measures each item's text (what any per-item pass costs at least).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path

from bot.tracker.classify import classify
from bot.tracker.items import FeedItem

LABELED = Path(__file__).resolve().parents[1] / "tests" / "bot" / "tracker" / "labeled_items.jsonl"


def load() -> list[tuple[FeedItem, dict[str, object]]]:
    rows = []
    for line in LABELED.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        item = FeedItem(
            source=record["source"],
            stable_id=record["id"],
            title=record["title"],
            summary=record["summary"],
            link=record["link"],
            published=datetime.fromisoformat(record["published"]),
            language=record["language"],
        )
        rows.append((item, record["expected"]))
    return rows


def quality(rows: list[tuple[FeedItem, dict[str, object]]]) -> dict[str, float]:
    tp = fp = fn = status_ok = date_ok = relevant = 0
    misses = []
    for item, expected in rows:
        got = classify(item)
        if got.relevant and expected["relevant"]:
            tp += 1
        elif got.relevant:
            fp += 1
        elif expected["relevant"]:
            fn += 1
        if expected["relevant"]:
            relevant += 1
            status_ok += got.status == expected["status"]
            same_date = (got.release_date, got.release_window) == (
                expected["release_date"],
                expected["release_window"],
            )
            date_ok += same_date
        if (got.relevant, got.status) != (expected["relevant"], expected["status"]):
            misses.append(item.stable_id)
    return {
        "items": len(rows),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "status_accuracy": status_ok / relevant if relevant else 0.0,
        "date_accuracy": date_ok / relevant if relevant else 0.0,
        "misses": misses,
    }


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
    rows = load()
    scores = quality(rows)
    print(f"labeled items:        {scores['items']}")
    print(f"precision:            {scores['precision']:.3f}")
    print(f"recall:               {scores['recall']:.3f}")
    print(f"status accuracy:      {scores['status_accuracy']:.3f}")
    print(f"date/window accuracy: {scores['date_accuracy']:.3f}")
    print(f"mismatched items:     {scores['misses'] or 'none'}")
    rate, base_rate = throughput([item for item, _ in rows], args.repeat)
    print(f"classify throughput:  {rate:,.0f} items/s")
    print(f"baseline (lower+len): {base_rate:,.0f} items/s")
    print(f"ratio classify/baseline time: {base_rate / rate:,.1f}x")


if __name__ == "__main__":
    main()
