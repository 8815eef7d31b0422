"""The classifier scorer counts what it claims to count."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.tracker.evaluation import Corpus, CorpusError, score
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


def _write_round(root: Path, name: str, rows: list[dict[str, object]]) -> None:
    (root / "blind").mkdir(parents=True, exist_ok=True)
    (root / "blind" / f"{name}.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )


def _record(stable_id: str, title: str, relevant: bool, status: str | None) -> dict[str, object]:
    return {
        "id": stable_id,
        "title": title,
        "summary": "",
        "link": "https://news.example.com/x",
        "published": "2025-07-23T00:00:00+00:00",
        "source": "t",
        "language": "en",
        "expected": _expect(relevant, status),
    }


def test_blind_round_is_scored_once_then_folded(tmp_path: Path) -> None:
    """A round's first score is kept; scoring it again or folding an unscored round is refused."""
    renew = _record("a", "Netflix renews All of Us Are Dead for season 2", True, "renewed")
    other = _record("b", "A quiet week for K-dramas", False, None)
    (tmp_path / "dev.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    _write_round(tmp_path, "round-01", [renew, other])
    _write_round(tmp_path, "round-02", [renew])
    corpus = Corpus(tmp_path)
    assert len(corpus.development()) == 1
    with pytest.raises(CorpusError):
        corpus.fold("round-01")

    corpus.record_first_score("round-01", commit="abc")
    first = corpus.rounds()[0].first_score
    assert first is not None and first["items"] == 2 and first["status_accuracy"] == 1.0
    assert first["commit"] == "abc"
    with pytest.raises(CorpusError):
        corpus.record_first_score("round-01", commit="def")

    corpus.fold("round-01")
    assert [r.folded for r in corpus.rounds()] == [True, False]
    assert len(corpus.development()) == 3
    with pytest.raises(CorpusError):
        corpus.fold("round-03")


def test_story_scores_count_pairs_of_one_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pairs of relevant items: merged ones of one event are right, merged ones of two are false merges."""
    import json

    from bot.tracker.evaluation import load_events, score_stories

    def line(n: int, title: str, event: str, day: int) -> str:
        return json.dumps(
            {
                "id": f"s{n}", "title": title, "summary": "", "link": f"https://n.example/{n}",
                "published": f"2026-05-0{day}T09:00:00Z", "source": "gnews", "language": "en",
                "expected": {"relevant": True, "status": None, "release_date": None, "release_window": None},
                "event": event,
            },
            ensure_ascii=False,
        )  # fmt: skip

    path = tmp_path / "stories-00.jsonl"
    path.write_text(
        "\n".join(
            [
                line(1, "All of Us Are Dead season 2 begins filming - Soompi", "film", 1),
                line(2, "넷플릭스 '지금 우리 학교는' 시즌2 촬영 시작 - 뉴스1", "film", 1),
                line(3, "All of Us Are Dead season 2 wraps filming - Variety", "wrap", 9),
                line(4, "Weather in Seoul today", "other", 2),  # not relevant: not paired
            ]
        )
    )
    result = score_stories(load_events(path))
    assert result.items == 3
    assert (result.same, result.merged, result.merged_same) == (1, 1, 1)
    assert result.cross_language_recall == 1.0 and result.false_merges == 0
