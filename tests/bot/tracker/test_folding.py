"""Tests for bot/tracker/folding.py: a pattern run through its scanner (over the lower-cased text for a
case-insensitive one) finds the same matches as the pattern itself, and hands back matches on the
caller's own text."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bot.tracker import classify, dates, reading
from bot.tracker.folding import Folded, folded_source, scanner
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
    assert not pattern.folds and pattern.finder is None
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


def test_a_scanner_begins_every_alternative_with_a_character() -> None:
    """Boundaries and lookbehinds in front are dropped, groups and small sets in front spread out: the
    engine can then skip to the characters a match may begin with."""
    found = scanner(r"\bno\b|(?<!내)내년|(?:업계|방송가)에서는|[sS]2\b|\d+\s*월")
    assert found is not None
    text = "kno 내년 방송가에서는 S2 5월"
    # It finds more than the pattern (no boundary before "no" in "kno") ...
    assert [m.start() for m in found.finditer(text)] == [1, 4, 7, 14, 17]
    # ... and the pattern run through it finds only what the pattern finds.
    exact = re.compile(r"\bno\b|(?<!내)내년|(?:업계|방송가)에서는|[sS]2\b|\d+\s*월")
    assert [m.group(0) for m in Folded(exact).finditer(text)] == ["내년", "방송가에서는", "S2", "5월"]


@pytest.mark.parametrize(
    "source",
    [
        r"(\w+)\s+\1",  # a back-reference: copies of the group would not be the group
        r".{2}season",  # may begin with any character
        r"\w+ing",  # with any letter
        r"(?:the\s+)?",  # may match nothing
        r"[^a]b",  # a negated set
    ],
)
def test_no_scanner_where_the_pattern_does_not_lend_itself(source: str) -> None:
    assert scanner(source) is None


def test_a_case_insensitive_pattern_gets_no_scanner_of_its_own() -> None:
    """Letters without case are no plain characters to the engine: such a pattern is scanned as its
    lower-cased twin instead."""
    assert scanner(r"\bseason\b", re.I) is None
    pattern = Folded(re.compile(r"\bseason\b", re.I))
    assert pattern.folds and pattern.finder is not None and not pattern.finder.flags & re.I


def test_a_false_find_of_the_scanner_does_not_hide_a_later_match() -> None:
    pattern = Folded(re.compile(r"\bno\b", re.I))
    text = "Snow knows no end. NO."
    assert [m.span() for m in pattern.finditer(text)] == [(11, 13), (19, 21)]
    first = pattern.search(text)
    assert first is not None and first.span() == (11, 13)
    assert pattern.search("snow, know") is None


# Pieces the tracker's patterns are made of: boundaries and lookarounds in front, optional and lazy
# parts, groups, small sets, Korean and English words.
_PIECES = [
    r"\bno\b",
    r"(?<!내)내년",
    r"(?:the\s+)?season\s*(?:2|two)(?!\d)",
    r"[sS]\d{1,2}",
    r"\d+\s*월(?:\s*\d+\s*일)?",
    r"(?:업계|방송가)?에서는",
    r"wrap(?:s|ped)?\s+(?:up\s+)?filming",
    r"(?<![\w-])cast\w*",
    r"a+?b",
    r"x*y",
    r"(?:ab|a)c",
    r"시즌\s*2|두\s*번째",
]
_ALPHABET = ["no", "know", " ", "season", "2", "two", "22", "the", "s", "S1", "내년", "내", "월", "일", "5",
             "업계", "에서는", "wrap", "ped", "up", "filming", "-", "cast", "ing", "a", "b", "c", "x", "y",
             "시즌", "두", "번째", ".", "WRAPS", "Season"]  # fmt: skip


@pytest.mark.parametrize("flags", [0, re.I])
def test_scanned_patterns_find_what_the_patterns_find_on_random_text(flags: int) -> None:
    """Alternations of the pieces above, each run through its scanner, over random text made of the
    words they look for: the same matches at the same places as the pattern itself, for every
    search, match and finditer, from every start."""
    chance = random.Random(20261205)
    for _ in range(60):
        source = "|".join(chance.sample(_PIECES, chance.randint(1, 5)))
        exact = re.compile(source, flags)
        pattern = Folded(exact)
        assert pattern.finder is not None, source
        for _ in range(25):
            text = "".join(chance.choice(_ALPHABET) for _ in range(chance.randint(1, 14)))
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in exact.finditer(text)]
            for start in range(len(text) + 1):
                got, expected = pattern.search(text, start), exact.search(text, start)
                assert (got and got.span()) == (expected and expected.span()), (source, text, start)
                got, expected = pattern.match(text, start), exact.match(text, start)
                assert (got and got.span()) == (expected and expected.span()), (source, text, start)
