"""Tests for bot/tracker/folding.py: a case-insensitive pattern run as its lower-cased twin finds the
same matches as the pattern itself, and hands back matches on the caller's own text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.tracker import classify, dates, reading
from bot.tracker.folding import Folded, folded_source
from bot.tracker.reading import Bilingual, clauses

CORPUS = Path(__file__).parent / "corpus"


def _corpus_clauses() -> list[str]:
    texts: list[str] = []
    for line in (CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts += [c.text for c in clauses(record["title"], record["summary"])]
    return texts


def _folded_patterns() -> dict[str, Folded]:
    """Every folded pattern the tracker scans with: module-level ones and both halves of each Bilingual."""
    found: dict[str, Folded] = {}
    for module in (classify, dates, reading):
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else [("", value)]
            for key, each in values:
                label = f"{module.__name__}.{name}{f'[{key}]' if key else ''}"
                if isinstance(each, Folded):
                    found[label] = each
                elif isinstance(each, Bilingual):
                    found[f"{label}.en"], found[f"{label}.ko"] = each.en, each.ko
    return found


def test_escapes_keep_their_case() -> None:
    assert folded_source(r"\bSeason\s+\S+\W\D|[A-Z]") == r"\bseason\s+\S+\W\D|[a-z]"
    assert folded_source(r"(?P<Gap>Day)\s(?P=Gap)") == r"(?P<gap>day)\s(?P=gap)"


def test_matches_are_on_the_callers_text() -> None:
    pattern = Folded(re.compile(r"\bseason\s*2\b", re.I))
    match = pattern.search("Netflix says SEASON 2 is coming")
    assert match is not None and match.group(0) == "SEASON 2" and match.span() == (13, 21)
    assert [m.group(0) for m in pattern.finditer("Season 2, season 2, SEASON2")] == [
        "Season 2",
        "season 2",
        "SEASON2",
    ]
    assert pattern.match("season 2 wraps") is not None and pattern.match("The season 2") is None
    assert pattern.search("season 3") is None and list(pattern.finditer("season 3")) == []


def test_positions_are_honoured() -> None:
    pattern = Folded(re.compile(r"\bwrap\w*", re.I))
    text = "Wrapped. Then WRAPS again"
    later = pattern.search(text, 1)
    assert later is not None and later.group(0) == "WRAPS"
    cut = pattern.search(text, 0, 5)
    assert cut is not None and cut.group(0) == "Wrapp"
    assert pattern.search(text, 0, 3) is None
    assert [m.group(0) for m in pattern.finditer(text, 0, 18)] == ["Wrapped", "WRAP"]


def test_a_pattern_that_needs_case_keeps_it() -> None:
    pattern = Folded(re.compile(r"\bconfirm\w*\s+(?-i:[A-Z])\w+", re.I))
    assert pattern.low is None
    assert pattern.search("CONFIRMS Lomon") is not None
    assert pattern.search("confirms that") is None


def test_text_whose_lower_case_is_longer_is_read_as_it_is() -> None:
    """ "İ" lower-cases to two characters: positions in the lowered text would not be the text's."""
    pattern = Folded(re.compile(r"\bfilming\b", re.I))
    text = "İstanbul FILMING wraps"
    assert len(text.lower()) != len(text)
    match = pattern.search(text)
    assert match is not None and match.group(0) == "FILMING"


@pytest.mark.parametrize("case", ["as written", "upper", "title"])
def test_every_folded_pattern_finds_what_the_pattern_finds(case: str) -> None:
    """Over the corpus's clauses (and the same clauses in capitals and title case), every folded
    pattern of the tracker gives the same matches at the same places as the pattern it folds."""
    texts = _corpus_clauses()
    texts = {"as written": texts, "upper": [t.upper() for t in texts], "title": [t.title() for t in texts]}[
        case
    ]
    patterns = _folded_patterns()
    assert len(patterns) > 20
    for label, pattern in patterns.items():
        for text in texts:
            expected = [m.span() for m in pattern.exact.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, (label, text)
            first = pattern.search(text)
            assert (first.span() if first else None) == (expected[0] if expected else None), (label, text)
