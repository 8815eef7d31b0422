"""The premiere instant: the hour a report states, else Netflix's midnight in Los Angeles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.news.premiere import StatedTime, discord_time, find_premiere_time, premiere_instant


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("all eight episodes drop at 5 p.m. KST", StatedTime(17, 0, "kst")),
        ("available at 12 a.m. PT / 5 p.m. KST", StatedTime(0, 0, "pt")),
        ("streaming from 17:00 KST", StatedTime(17, 0, "kst")),
        ("26일 오후 5시 전 세계에 공개됐다", StatedTime(17, 0, "kst")),
        ("오후 4시 30분 공개", StatedTime(16, 30, "kst")),
        ("at midnight Pacific time", StatedTime(0, 0, "pacific")),
        ("premieres Feb. 26", None),
        ("at 3pm", None),  # an hour without a zone is not an instant
    ],
)
def test_the_hour_a_report_gives(text: str, stated: StatedTime | None) -> None:
    assert find_premiere_time(text) == stated


def test_stated_hour_or_netflix_midnight_pacific() -> None:
    """5 p.m. in Seoul is 08:00 UTC; a day alone is midnight in Los Angeles (08:00 UTC in winter,
    07:00 UTC in summer time)."""
    assert premiere_instant("2027-02-26", StatedTime(17, 0, "kst")) == (
        datetime(2027, 2, 26, 8, tzinfo=UTC),
        "stated",
    )
    assert premiere_instant("2027-02-26", None) == (datetime(2027, 2, 26, 8, tzinfo=UTC), "netflix")
    assert premiere_instant("2027-07-09", None) == (datetime(2027, 7, 9, 7, tzinfo=UTC), "netflix")


def test_discord_shows_it_in_each_readers_zone() -> None:
    moment = datetime(2027, 2, 26, 8, tzinfo=UTC)
    assert discord_time(moment) == "<t:1803628800:F> (<t:1803628800:R>)"


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("All eight episodes drop Friday", 8),
        ("'지우학2' 전 10편 공개", 10),
        ("시즌2, 8부작으로 돌아온다", 8),
        ("Season 2 is out", 0),
    ],
)
def test_episode_count_from_an_announcement(title: str, count: int) -> None:
    from datetime import datetime

    from bot.news.models import StoryView
    from bot.premiere.events import episodes_in

    story = StoryView(1, title, "released", None, None, "", None, datetime(2027, 1, 1, tzinfo=UTC), True)
    assert episodes_in(story) == count
