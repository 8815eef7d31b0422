"""Scoring the classifier against labeled items: the one scorer the test suite and bench/ share.

A labeled item is one JSON object a line with the operator CLI's input fields (id, title, summary,
link, published, source, language) and an `expected` object holding the contract's fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.tracker.classify import classify
from bot.tracker.items import FeedItem

Labeled = tuple[FeedItem, dict[str, object]]


def load_labeled(path: Path) -> list[Labeled]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        item = FeedItem(
            source=str(record["source"]),
            stable_id=str(record["id"]),
            title=str(record["title"]),
            summary=str(record["summary"]),
            link=str(record["link"]),
            published=datetime.fromisoformat(str(record["published"])),
            language=str(record["language"]),
        )
        rows.append((item, record["expected"]))
    return rows


@dataclass
class Score:
    items: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    relevant: int = 0
    status_right: int = 0
    date_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def status_accuracy(self) -> float:
        """Among items that are relevant, how many got the expected status."""
        return self.status_right / self.relevant if self.relevant else 0.0

    @property
    def date_accuracy(self) -> float:
        """Among items that are relevant, how many got the expected release date and window."""
        return self.date_right / self.relevant if self.relevant else 0.0


def score(rows: Iterable[Labeled]) -> Score:
    result = Score()
    for item, expected in rows:
        result.items += 1
        got = classify(item)
        if got.relevant and expected["relevant"]:
            result.true_positives += 1
        elif got.relevant:
            result.false_positives += 1
        elif expected["relevant"]:
            result.false_negatives += 1
        if expected["relevant"]:
            result.relevant += 1
            result.status_right += got.status == expected["status"]
            result.date_right += (got.release_date, got.release_window) == (
                expected["release_date"],
                expected["release_window"],
            )
        if (got.relevant, got.status) != (expected["relevant"], expected["status"]):
            result.misses.append(item.stable_id)
    return result
