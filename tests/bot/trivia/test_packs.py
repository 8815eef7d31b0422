"""The built-in packs load, are big enough, and are well-formed for play."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.config import DEFAULT_DATA_DIR
from bot.trivia.formats import ImportProblems
from bot.trivia.models import Origin
from bot.trivia.packs import builtin_questions, load_builtin_packs, packs_directory

PACKS = load_builtin_packs(packs_directory(DEFAULT_DATA_DIR))


def test_builtin_packs_have_150_playable_questions() -> None:
    """At least 150 read-only questions, each with three wrong options and a ref or source."""
    questions = builtin_questions(PACKS)
    assert len(questions) >= 150
    for q in questions:
        assert q.origin is Origin.BUILTIN and q.key
        assert len(q.wrong) == 3, q.key
        assert q.ref or q.source, q.key


def test_builtin_packs_cover_every_category() -> None:
    """The six categories of the show are all there, with several questions each."""
    counts = Counter(q.category for q in builtin_questions(PACKS))
    assert set(counts) == {"characters", "cast", "plot", "lore", "production", "season 2"}
    assert min(counts.values()) >= 15


def test_builtin_category_filter_ignores_case() -> None:
    """Filtering by category is case-insensitive."""
    assert builtin_questions(PACKS, "SEASON 2") == builtin_questions(PACKS, "season 2")


def test_broken_pack_is_reported_with_file_and_line(tmp_path: Path) -> None:
    """A bad built-in file stops the start-up with its name and line."""
    (tmp_path / "bad.yaml").write_text("questions:\n- {key: k, question: Q?, answers: []}\n")
    with pytest.raises(ImportProblems) as info:
        load_builtin_packs(tmp_path)
    assert [str(p) for p in info.value.problems] == ["line 2: bad.yaml: question has no answer"]


def test_builtin_keys_must_be_unique_across_files(tmp_path: Path) -> None:
    """The same key in two packs is a problem."""
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(f"questions:\n- {{key: same, question: {name}?, answers: [x]}}\n")
    with pytest.raises(ImportProblems, match=r"key 'same' also used in a\.yaml"):
        load_builtin_packs(tmp_path)
