"""Tests for bot/tracker/reading.py: clauses, what holds them back from being facts, and Bilingual."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.tracker import classify as classifier
from bot.tracker.reading import HEDGE, Bilingual, clauses, denials

CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in [CORPUS / "dev.jsonl", *sorted((CORPUS / "blind").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts += [c.text for c in clauses(record["title"], record["summary"])]
    return texts


def test_abbreviations_do_not_end_a_sentence() -> None:
    parts = clauses("Season 2 arrives on Feb. 26", "It opened at No. 1 at 5 p.m. KST. Reviews followed.")
    assert [c.text for c in parts] == [
        "Season 2 arrives on Feb. 26",
        "It opened at No. 1 at 5 p.m. KST.",
        "Reviews followed.",
    ]


def test_a_contrast_gives_each_side_its_own_modality() -> None:
    """'X has wrapped, though a date is expected' keeps the wrap a fact and the date a claim."""
    first, second = clauses("", "Filming has wrapped, though a 2027 date is expected")
    assert first.hedge is None
    assert second.hedge == "expected"
    korean = clauses("", "촬영을 마쳤지만 공개는 내년이 될 전망이다")
    assert [c.hedge for c in korean] == [None, "전망"]


def test_questions_are_claims() -> None:
    assert clauses("'지우학2' 티저, 연말께 베일 벗나", "")[0].question
    assert clauses("Is All of Us Are Dead getting a season 2?", "")[0].question
    assert not clauses("'지우학2' 티저 공개", "")[0].question


@pytest.mark.parametrize(
    ("summary", "taken"),
    [
        # A denial takes back what it is about, nearest first.
        ("Netflix has not announced a premiere date.", {"day"}),
        (
            "'촬영을 마치고 후반 작업 중'이라며 '공개 시점은 아직 정해지지 않았다'고 밝혔다.",
            {"date_announced"},
        ),
        # A denial of the report itself takes back everything.
        ("Netflix has not confirmed the news.", {"*"}),
        ("'지우학2' 촬영 시작 보도 사실 아냐", {"*"}),
        ("넷플릭스는 '촬영 일정은 정해진 바 없다'고 말했다", {"in_production", "wrapped"}),
        # A denial with no topic answers the clause before it in the sentence.
        (
            "A 2026 premiere is widely expected, though the streamer has not committed to one.",
            {"date_announced"},
        ),
    ],
)
def test_denials_take_back_their_topic(summary: str, taken: set[str]) -> None:
    assert set(denials(clauses("", summary))) == taken


_SCANS = {
    "hedge": HEDGE,
    "release words": classifier._RELEASE_WORDS,
    "other anchors": classifier._OTHER_ANCHORS,
    "reception": classifier._RECEPTION,
    **{f"status {status}": pattern for status, pattern in classifier._STATUS_PATTERNS.items()},
}


@pytest.fixture(scope="module")
def corpus_clauses() -> list[str]:
    return sorted(set(_texts()))


@pytest.mark.parametrize("name", sorted(_SCANS))
def test_bilingual_patterns_match_as_the_originals_do(name: str, corpus_clauses: list[str]) -> None:
    """Splitting a pattern by script and skipping a scan when no needed word is present changes no
    match: every pattern the classifier scans, on every clause of the corpus."""
    pattern = _SCANS[name]
    texts = corpus_clauses
    assert len(texts) > 500
    split = Bilingual(pattern)
    for text in texts:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in split.finditer(text)] == expected, (name, text)
        first = split.search(text)
        assert (first.span() if first else None) == (expected[0] if expected else None)


def test_needed_words_are_in_every_match() -> None:
    """The words a Bilingual half needs are a true condition: no match lacks all of them."""
    split = Bilingual(re.compile(r"\b(?:wrap|finish)(?:s|ed)\s+filming\b|촬영\s*종료|\bon\s+set\b", re.I))
    for half, needed in split.needs.items():
        assert needed
        for text in ["Cast WRAPPED filming", "촬영 종료", "photos from on set"]:
            for match in half.finditer(text):
                assert needed.search(match.group(0).lower()) is not None


def test_the_outlet_after_a_headline_is_not_read_but_a_phrase_after_a_dash_is() -> None:
    """Google News's " - Outlet" says nothing about the season; "- Episode 1" or "- 리뷰" does."""

    def texts(title: str) -> list[str]:
        return [c.text for c in clauses(title, "") if c.in_title]

    assert texts("All of Us Are Dead season 2 wraps filming - The Korea Herald") == [
        "All of Us Are Dead season 2 wraps filming"
    ]
    assert texts("'지우학2' 크랭크업 - 스포츠조선") == ["'지우학2' 크랭크업"]
    assert texts("All of Us Are Dead Season 2 - Episode 1") == ["All of Us Are Dead Season 2", "Episode 1"]
    assert texts("'지우학2' 첫 공개 - 리뷰") == ["'지우학2' 첫 공개", "리뷰"]
    assert (
        texts("All of Us Are Dead season 2 - release date, cast and more")[-1]
        == "release date, cast and more"
    )


def test_neighbouring_word_boundaries_are_tested_once() -> None:
    """Runs of alternatives that begin with a word boundary share one, in the same order."""
    from bot.tracker.reading import _hoisted

    assert _hoisted([r"\bpremiere", r"\bpremiere\s+date", "공개", r"\bdrop\w*"]) == (
        r"\b(?:premiere|premiere\s+date)|공개|\bdrop\w*"
    )
    hoisted = re.compile(_hoisted([r"\bpremiere", r"\bpremiere\s+date", r"\bair"]), re.I)
    original = re.compile(r"\bpremiere|\bpremiere\s+date|\bair", re.I)
    for text in ("the premiere date is set", "repremiere", "on air now", "fair"):
        assert [m.span() for m in hoisted.finditer(text)] == [m.span() for m in original.finditer(text)]


def test_statements_joined_by_and_keep_their_own_modality() -> None:
    """ ", and the streamer is reportedly ..." hedges only its own statement; a hedge up front covers
    both statements."""
    first, second = clauses("", "Filming is complete, and the streamer is reportedly targeting 2027.")
    assert first.hedge is None and second.hedge == "reportedly"
    (whole,) = clauses("", "Sources say filming wrapped, and the premiere is set for 2027.")
    assert whole.hedge is not None


def test_a_korean_past_statement_before_a_comma_is_its_own() -> None:
    """ "마쳤고, ... 것으로 보인다": the wrap is stated, the premiere guessed."""
    first, second = clauses("", "시즌2가 촬영을 모두 마쳤고, 공개는 내년이 될 것으로 보인다.")
    assert first.hedge is None and second.hedge is not None
