"""Tests for bot/tracker/dates.py: premiere days and windows in English and Korean."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.tracker.dates import best_release, find_mentions

PUB = datetime(2026, 11, 12, tzinfo=UTC)


def _timing(text: str, published: datetime | None = PUB) -> tuple[str | None, str | None]:
    timing = best_release(find_mentions(text, published))
    return timing.release_date, timing.release_window


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("premieres March 15, 2027", "2027-03-15"),
        ("premieres Mar. 15th, 2027", "2027-03-15"),
        ("out on 15 March 2027", "2027-03-15"),
        ("arrives 2027-03-15 worldwide", "2027-03-15"),
        ("2027년 3월 15일 공개", "2027-03-15"),
        ("3월 15일 공개", "2027-03-15"),
        ("premieres on March 15", "2027-03-15"),
    ],
)
def test_exact_days(text: str, expected: str) -> None:
    """Exact days in both languages; a day without a year after publication rolls to next year."""
    assert _timing(text) == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coming in March 2027", "2027-03"),
        ("2027년 3월 공개", "2027-03"),
        ("arrives in March", "2027-03"),
        ("in the first quarter of 2027", "2027-Q1"),
        ("Q3 2027", "2027-Q3"),
        ("2027년 2분기", "2027-Q2"),
        # A quarter with no year: this year's while it is still to come, else next year's.
        ("slated for the fourth quarter", "2026-Q4"),
        ("slated for the first quarter of the year", "2027-Q1"),
        ("1분기 공개 예정", "2027-Q1"),
        ("in the first half of 2027", "2027-H1"),
        ("H2 2027", "2027-H2"),
        ("early 2027", "2027-H1"),
        ("late 2027", "2027-H2"),
        ("by the end of 2027", "2027-H2"),
        ("2027년 상반기", "2027-H1"),
        ("2027년 하반기", "2027-H2"),
        ("내년 상반기 공개", "2027-H1"),
        ("early next year", "2027-H1"),
        ("in 2027", "2027"),
        ("2028년 공개", "2028"),
        ("next year", "2027"),
        ("내년 공개", "2027"),
        ("later this year", "2026"),
        ("올해 안에 공개", "2026"),
        # A year the release is pushed to, with the release named between.
        ("would push the premiere back to 2028", "2028"),
    ],
)
def test_windows(text: str, expected: str) -> None:
    """Month, quarter, half and year windows, relative ones against the publication date."""
    assert _timing(text) == (None, expected)


def test_day_beats_window_and_month_beats_year() -> None:
    """An exact day wins over any window; otherwise the most specific window wins."""
    assert _timing("in 2027, on March 12, 2027 to be exact") == ("2027-03-12", None)
    assert _timing("in 2027, probably in the first half of 2027") == (None, "2027-H1")


def test_may_the_verb_is_not_a_month() -> None:
    """'may' as a verb is never read as the month of May."""
    assert find_mentions("the season may arrive soon", PUB) == []
    assert _timing("premieres May 5, 2027") == ("2027-05-05", None)


def test_relative_phrases_need_a_publication_date() -> None:
    """Without a publication date, 'next year' cannot be resolved and is dropped."""
    assert _timing("next year", None) == (None, None)
    assert _timing("a day in March without year", None) == (None, None)


def test_invalid_days_are_ignored() -> None:
    """February 30 is not a date."""
    assert _timing("premieres February 30, 2027") == (None, None)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # Published Thursday 2026-11-12.
        ("premieres tomorrow", "future", "2026-11-13"),
        ("오늘 공개", "future", "2026-11-12"),
        ("returns this Friday", "future", "2026-11-13"),
        ("이번 주 금요일 공개", "future", "2026-11-13"),
        ("arrives next Thursday", "future", "2026-11-19"),
        ("지난 3일 공개된", "past", "2026-11-03"),
        ("지난달 29일 공개된", "past", "2026-10-29"),
        ("다음 달 26일 공개된다", "future", "2026-12-26"),
        ("오는 20일 공개", "future", "2026-11-20"),
        # A day without a year: the next such day for a premiere to come, the last for one that was.
        ("premiered on November 20", "past", "2025-11-20"),
        ("premieres on November 10", "future", "2027-11-10"),
        # A past year naming something else ("its 2022 hit") does not date a day to come.
        ("the sequel to its 2022 hit will drop on December 4", "future", "2026-12-04"),
        ("Returns Next Thursday", "future", "2026-11-19"),  # headline case
        ("back on the 20th", "future", "2026-11-20"),
        ("premiered on the 3rd", "past", "2026-11-03"),
        # Countdowns: days from publication.
        ("공개 D-3", "future", "2026-11-15"),
        ("공개가 사흘 앞으로 다가왔다", "future", "2026-11-15"),
        ("공개까지 10일 남았다", "future", "2026-11-22"),
        ("just two days to go until the premiere", "future", "2026-11-14"),
        # A listing's abbreviated weekday.
        ("New this week: All of Us Are Dead S2 (Fri)", "future", "2026-11-13"),
    ],
)
def test_relative_days_resolve_against_publication(text: str, tense: str, expected: str) -> None:
    timing = best_release(find_mentions(text, PUB, tense))  # type: ignore[arg-type]
    assert timing.release_date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다음 달 공개", "2026-12"),
        ("coming next month", "2026-12"),
        ("slated for January next year", "2027-01"),
        # A week names its month when it lies in one (published Thursday 2026-11-12).
        ("다음 주 공개되는", "2026-11"),
        ("arrives this week", "2026-11"),
    ],
)
def test_relative_months(text: str, expected: str) -> None:
    assert _timing(text) == (None, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("연말께 공개될 것으로 보인다", PUB, "2026-H2"),
        ("하반기 공개 목표", datetime(2026, 3, 2, tzinfo=UTC), "2026-H2"),
        ("상반기 공개 예정", PUB, "2027-H1"),  # named in November: the coming one
    ],
)
def test_a_korean_half_without_a_year(text: str, published: datetime, expected: str) -> None:
    assert _timing(text, published) == (None, expected)


def test_a_past_half_is_not_read_as_this_years() -> None:
    assert _timing("지난해 연말 촬영을 시작했다") == (None, None)


def test_a_week_across_two_months_names_neither() -> None:
    assert _timing("premieres next week", datetime(2026, 11, 26, tzinfo=UTC)) == (None, None)


def test_days_it_took_are_not_a_day_of_the_month() -> None:
    """Three days after the premiere ("공개 3일 만에 1위") is not the 3rd."""
    assert _timing("공개 3일 만에 1위", PUB) == (None, None)
    assert _timing("공개 3일 만 1위", PUB) == (None, None)
