"""The classifier scorer counts what it claims to count."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.tracker.evaluation import score
from bot.tracker.items import FeedItem

PUB = datetime(2025, 7, 23, tzinfo=UTC)


def _item(stable_id: str, title: str) -> FeedItem:
    return FeedItem(
        source="t", stable_id=stable_id, title=title, summary="", link=None, published=PUB, language="en"
    )


def _expect(relevant: bool, status: str | None = None) -> dict[str, object]:
    return {"relevant": relevant, "status": status, "release_date": None, "release_window": None}


def test_precision_recall_and_misses() -> None:
    """One hit, one false alarm, one miss: precision and recall 1/2, both wrong ones listed."""
    rows = [
        (_item("hit", "Netflix renews All of Us Are Dead for season 2"), _expect(True, "renewed")),
        (_item("false-alarm", "Netflix renews All of Us Are Dead for season 2"), _expect(False)),
        (_item("miss", "A quiet week for K-dramas"), _expect(True, "rumor")),
    ]
    result = score(rows)
    assert (result.true_positives, result.false_positives, result.false_negatives) == (1, 1, 1)
    assert result.precision == 0.5
    assert result.recall == 0.5
    assert result.relevant == 2
    assert result.status_accuracy == 0.5
    assert sorted(result.misses) == ["false-alarm", "miss"]
