"""Tests for bot/tracker/dedupe.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.tracker.dedupe import StoryFacts, find_duplicate, normalise_title, same_story

DAY = datetime(2026, 2, 20, tzinfo=UTC)


def _facts(
    title: str, status: str = "wrapped", when: datetime = DAY, window: str | None = None
) -> StoryFacts:
    return StoryFacts(title, status, None, window, when)


def test_near_identical_titles_from_two_outlets_are_one_story() -> None:
    """The same headline with an outlet suffix and different punctuation is the same story."""
    a = _facts("All of Us Are Dead Season 2 Wraps Filming - Soompi")
    b = _facts(
        "'All of Us Are Dead' season 2 wraps filming | What's on Netflix", when=DAY + timedelta(hours=5)
    )
    assert normalise_title(a.title) == "all of us are dead season 2 wraps filming"
    assert same_story(a, b)


def test_different_status_date_or_time_are_different_stories() -> None:
    """Same words but another status, another window, or a week apart: not the same story."""
    base = _facts("All of Us Are Dead season 2 wraps filming")
    assert not same_story(base, _facts(base.title, status="trailer"))
    assert not same_story(_facts(base.title, window="2027-H1"), _facts(base.title, window="2027-H2"))
    assert not same_story(base, _facts(base.title, when=DAY + timedelta(days=7)))


def test_unrelated_titles_are_not_merged() -> None:
    """Two different headlines with the same status stay separate."""
    assert not same_story(
        _facts("All of Us Are Dead season 2 wraps filming"), _facts("Park Ji-hu shares photos from the set")
    )


def test_find_duplicate_returns_the_earlier_item() -> None:
    """find_duplicate names the earlier story a new item repeats."""
    earlier = [("a", _facts("Squid Game news")), ("b", _facts("All of Us Are Dead season 2 wraps filming!"))]
    match = find_duplicate(_facts("All of Us Are Dead season 2 wraps filming"), earlier, lambda pair: pair[1])
    assert match is not None and match[0] == "b"
