"""Classifier quality on the labeled corpus, and its throughput against a trivial pass over the same items.

Run: .venv/bin/python -m bench.classify [--repeat 50]
     .venv/bin/python -m bench.classify --first-score round-NN   (once per blind round, before tuning)
     .venv/bin/python -m bench.classify --fold round-NN          (then it joins the development part)

Quality: precision, recall and F1 of `relevant`; status accuracy and date/window accuracy on the items
that are relevant. Printed for the development part (what the rules were tuned on: memory), then for
every blind round in the order written: its first score (judgement, kept in the corpus) and today's.
Throughput: items/s of `classify`, and the ratio to a baseline that only lower-cases and measures each
item's text (what any per-item pass costs at least).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from bot.tracker.classify import classify
from bot.tracker.evaluation import (
    Corpus,
    CorpusError,
    Score,
    load_events,
    load_labeled,
    score,
    score_stories,
)
from bot.tracker.items import FeedItem

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "bot" / "tracker" / "corpus"


def _baseline(items: list[FeedItem]) -> int:
    return sum(len(item.title.lower()) + len(item.summary.lower()) for item in items)


def throughput(items: list[FeedItem], repeat: int, rounds: int = 5) -> tuple[float, float]:
    """Items/s of classify and of the baseline, each the best of ``rounds`` passes: the fastest pass is
    the one the machine disturbed least, and both sides get the same chance."""
    batch = items * repeat
    base = real = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        _baseline(batch)
        base = min(base, time.perf_counter() - start)
        start = time.perf_counter()
        for item in batch:
            classify(item)
        real = min(real, time.perf_counter() - start)
    return len(batch) / real, len(batch) / base


def _line(label: str, numbers: dict[str, object]) -> str:
    return (
        f"{label:<34} items {numbers['items']!s:>4}  P {numbers['precision']:.3f}"
        f"  R {numbers['recall']:.3f}  F1 {numbers['f1']:.3f}"
        f"  status {numbers['status_accuracy']:.3f}  date {numbers['date_accuracy']:.3f}"
    )


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or "unknown"


def report(corpus: Corpus) -> list[FeedItem]:
    dev: Score = score(corpus.development())
    print(_line("development (tuned on)", dev.summary()))
    items = [item for item, _ in corpus.development()]
    for blind in corpus.rounds():
        rows = load_labeled(blind.path)
        now = score(rows).summary()
        if blind.first_score is None:
            print(f"{blind.name:<34} items {len(rows):>4}  not scored yet: --first-score {blind.name}")
            continue
        print(_line(f"{blind.name} first score ({blind.first_score['scored_at']})", blind.first_score))
        print(_line(f"{blind.name} today{' (folded in)' if blind.folded else ''}", now))
        if not blind.folded:
            items.extend(item for item, _ in rows)
    for name, path, first in corpus.story_rounds():
        now = score_stories(load_events(path))
        if first is None:
            print(f"{name:<34} not scored yet: --first-score {name}")
            continue
        print(
            f"{name + ' first score':<34} items {first['items']!s:>4}  pairs P {first['precision']:.3f}  "
            f"R {first['recall']:.3f}  false merges {first['false_merges']}  "
            f"en/ko pairs merged {first['cross_language_recall']:.3f}"
        )
        print(f"{name + ' today':<34} {now.summary()}")
        labels = first.get("labels")
        if isinstance(labels, dict):
            print(_line(f"{name} labels, first score", labels))
            print(_line(f"{name} labels, today", score(load_labeled(path)).summary()))
    print(f"mismatched development items: {dev.misses or 'none'}")
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the corpus for throughput")
    parser.add_argument("--first-score", metavar="ROUND", help="score a blind round for the first time")
    parser.add_argument("--fold", metavar="ROUND", help="fold a scored blind round into development")
    args = parser.parse_args()
    corpus = Corpus(CORPUS)
    try:
        if args.first_score and args.first_score.startswith("stories-"):
            stories = corpus.record_stories_first_score(args.first_score, commit=_commit())
            print(f"{args.first_score} first score: {stories.summary()}")
            return
        if args.first_score:
            result = corpus.record_first_score(args.first_score, commit=_commit())
            print(_line(f"{args.first_score} first score", result.summary()))
            return
        if args.fold:
            corpus.fold(args.fold)
            print(f"{args.fold} folded into the development part")
            return
    except CorpusError as exc:
        sys.exit(str(exc))
    items = report(corpus)
    rate, base_rate = throughput(items, args.repeat)
    print(f"classify throughput:  {rate:,.0f} items/s (one core)")
    print(f"baseline (lower+len): {base_rate:,.0f} items/s")
    print(f"ratio classify/baseline time: {base_rate / rate:,.1f}x")


if __name__ == "__main__":
    main()
