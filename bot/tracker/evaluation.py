"""Scoring the classifier against labeled items: the one scorer the test suite and bench/ share.

A labeled item is one JSON object a line with the operator CLI's input fields (id, title, summary,
link, published, source, language) and an `expected` object holding the contract's fields.

A corpus is a folder: ``dev.jsonl`` (items the rules may be tuned on) and ``blind/round-NN.jsonl``,
rounds written by people who saw only the labelling contract. A round is scored once, before anyone
tunes on it; that first score is kept in ``blind/scores.json``. Only then is it folded into the
development part, so the development score measures memory and the first scores measure judgement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
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

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def summary(self) -> dict[str, float | int]:
        """The numbers a round's first score keeps (no item ids: they would invite tuning)."""
        return {
            "items": self.items,
            "relevant": self.relevant,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "status_accuracy": round(self.status_accuracy, 3),
            "date_accuracy": round(self.date_accuracy, 3),
        }


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


class CorpusError(Exception):
    """A corpus operation that would spoil a blind round (scoring it twice, folding it unscored)."""


@dataclass(frozen=True)
class BlindRound:
    name: str
    path: Path
    first_score: dict[str, object] | None
    folded: bool


class Corpus:
    """The labeled corpus on disk: a development part and blind rounds in the order they were written."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._scores_path = root / "blind" / "scores.json"

    def _scores(self) -> dict[str, dict[str, object]]:
        if not self._scores_path.exists():
            return {}
        data: dict[str, dict[str, object]] = json.loads(self._scores_path.read_text(encoding="utf-8"))
        return data

    def rounds(self) -> list[BlindRound]:
        scores = self._scores()
        found = []
        for path in sorted((self.root / "blind").glob("round-*.jsonl")):
            record = scores.get(path.stem, {})
            first = record.get("first_score")
            found.append(
                BlindRound(
                    path.stem, path, first if isinstance(first, dict) else None, bool(record.get("folded"))
                )
            )
        return found

    def development(self) -> list[Labeled]:
        """What the rules may be tuned on: dev.jsonl and every round already scored and folded in."""
        rows = load_labeled(self.root / "dev.jsonl")
        for blind in self.rounds():
            if blind.folded:
                rows.extend(load_labeled(blind.path))
        return rows

    def record_first_score(self, name: str, *, commit: str) -> Score:
        """Score a round that nobody has scored yet, and keep the result; a second time is refused."""
        blind = self._round(name)
        if blind.first_score is not None:
            raise CorpusError(
                f"{name} was scored on {blind.first_score.get('scored_at')}: a blind round is scored once"
            )
        result = score(load_labeled(blind.path))
        scores = self._scores()
        scores[name] = {
            "first_score": {
                **result.summary(),
                "scored_at": datetime.now(UTC).date().isoformat(),
                "commit": commit,
            },
            "folded": False,
        }
        self._write(scores)
        return result

    def story_rounds(self) -> list[tuple[str, Path, dict[str, object] | None]]:
        """Blind story rounds (``blind/stories-NN.jsonl``: items with an ``event`` label) and first scores."""
        scores = self._scores()
        found = []
        for path in sorted((self.root / "blind").glob("stories-*.jsonl")):
            first = scores.get(path.stem, {}).get("first_score")
            found.append((path.stem, path, first if isinstance(first, dict) else None))
        return found

    def record_stories_first_score(self, name: str, *, commit: str) -> StoryScore:
        """Score a story round once, like a blind round, and keep the result."""
        for round_name, path, first in self.story_rounds():
            if round_name != name:
                continue
            if first is not None:
                raise CorpusError(
                    f"{name} was scored on {first.get('scored_at')}: a blind round is scored once"
                )
            result = score_stories(load_events(path))
            scores = self._scores()
            scores[name] = {
                "first_score": {
                    # The round's labels are a blind test of the classifier too.
                    "labels": score(load_labeled(path)).summary(),
                    "items": result.items,
                    "precision": round(result.precision, 3),
                    "recall": round(result.recall, 3),
                    "false_merges": result.false_merges,
                    "cross_language_recall": round(result.cross_language_recall, 3),
                    "scored_at": datetime.now(UTC).date().isoformat(),
                    "commit": commit,
                },
                "folded": False,
            }
            self._write(scores)
            return result
        raise CorpusError(f"no story round named {name} under {self.root / 'blind'}")

    def fold(self, name: str) -> None:
        """Move a scored round into the development part."""
        blind = self._round(name)
        if blind.first_score is None:
            raise CorpusError(f"{name} has no first score yet: score it before folding it in")
        scores = self._scores()
        scores[name]["folded"] = True
        self._write(scores)

    def _round(self, name: str) -> BlindRound:
        for blind in self.rounds():
            if blind.name == name:
                return blind
        raise CorpusError(f"no blind round named {name} under {self.root / 'blind'}")

    def _write(self, scores: dict[str, dict[str, object]]) -> None:
        self._scores_path.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --- one story per event: pairwise agreement between the stories ingest would make and the events --


@dataclass
class StoryScore:
    """Pairs of relevant items: ``same`` share an event (by label), ``merged`` share a story."""

    items: int = 0
    same: int = 0
    merged: int = 0
    merged_same: int = 0
    cross_language_same: int = 0
    cross_language_merged: int = 0

    @property
    def precision(self) -> float:
        return self.merged_same / self.merged if self.merged else 1.0

    @property
    def recall(self) -> float:
        return self.merged_same / self.same if self.same else 1.0

    @property
    def false_merges(self) -> int:
        return self.merged - self.merged_same

    @property
    def cross_language_recall(self) -> float:
        return self.cross_language_merged / self.cross_language_same if self.cross_language_same else 1.0

    def summary(self) -> str:
        return (
            f"items {self.items:4d}  pairs P {self.precision:.3f}  R {self.recall:.3f}  "
            f"false merges {self.false_merges}  en/ko pairs merged {self.cross_language_recall:.3f}"
        )


def load_events(path: Path) -> list[tuple[FeedItem, str]]:
    """(item, event label) for every line of a stories file (the labelled format plus ``event``)."""
    events = {
        json.loads(line)["id"]: json.loads(line)["event"] for line in path.read_text().splitlines() if line
    }
    return [(item, events[item.stable_id]) for item, _ in load_labeled(path)]


def score_stories(records: Iterable[tuple[FeedItem, str]]) -> StoryScore:
    """Run the items, oldest first, through the classifier and the story index as ingest does."""
    from bot.tracker.dedupe import StoryFacts, StoryIndex, facts_of, script_of

    index: StoryIndex[tuple[int, StoryFacts]] = StoryIndex(lambda entry: entry[1])
    story_of: dict[str, int] = {}
    event_of: dict[str, str] = {}
    script: dict[str, str] = {}
    ordered = sorted(records, key=lambda r: r[0].published or datetime.min.replace(tzinfo=UTC))
    for item, event in ordered:
        verdict = classify(item)
        if not verdict.relevant:
            continue
        facts = facts_of(item, verdict)
        found = index.find(facts)
        story = found[0] if found is not None else len(story_of)
        story_of[item.stable_id] = story
        event_of[item.stable_id] = event
        script[item.stable_id] = script_of(item.title)
        index.add((story, facts))
    result = StoryScore(items=len(story_of))
    ids = sorted(story_of)
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            same = event_of[a] == event_of[b]
            merged = story_of[a] == story_of[b]
            result.same += same
            result.merged += merged
            result.merged_same += same and merged
            if same and script[a] != script[b]:
                result.cross_language_same += 1
                result.cross_language_merged += merged
    return result
