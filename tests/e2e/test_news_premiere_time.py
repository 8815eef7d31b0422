"""Announcements give the premiere as a Discord timestamp every member reads in their own zone:
the hour a report states, else Netflix's midnight Pacific; a date that changes gets its own instant."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.news.premiere import premiere_instant
from bot.offline import OfflineWorld
from tests.e2e.news_feeds import FeedServer, check, feeds, posts, rss, settled, subscribe

__all__ = ["feeds"]


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    feeds.bodies["/alpha"] = rss()
    return {"news_sources_file": feeds.feeds_file(tmp_path / "feeds.yaml", "alpha")}


def release_field(message: Any) -> str:
    return next(f["value"] for f in message.embeds[0]["fields"] if f["name"] == "Release")


def stamp(day: str, stated: bool = False) -> int:
    from bot.news.premiere import StatedTime

    return int(premiere_instant(day, StatedTime(17, 0, "kst") if stated else None)[0].timestamp())


async def test_stated_hour_a_day_alone_and_a_date_that_moves_twice(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    await subscribe(world, "news")
    await check(world)  # the baseline
    reports = [
        ("d1", "All of Us Are Dead season 2 premieres March 12, 2027 at 5 p.m. KST"),
        ("d2", "All of Us Are Dead season 2 moves its premiere to March 19, 2027"),
        ("d3", "Netflix sets April 2, 2027 premiere for All of Us Are Dead season 2"),
    ]
    for number in range(1, len(reports) + 1):
        feeds.bodies["/alpha"] = rss(*reports[:number])
        await check(world)
        await settled(world)
    first, second, third = posts(world, "news")
    at = stamp("2027-03-12", stated=True)
    assert release_field(first) == f"<t:{at}:F> (<t:{at}:R>) · the hour the report gives"
    assert release_field(second).startswith(f"<t:{stamp('2027-03-19')}:F>")
    assert release_field(second).endswith("Netflix's usual hour, midnight Pacific time")
    assert release_field(third).startswith(f"<t:{stamp('2027-04-02')}:F>")
    # Each date is its own story: the earlier announcements are not re-sent with the new date.
    assert len(posts(world, "news")) == 3
    assert all(re.search(r"<t:\d+:R>", release_field(m)) for m in (first, second, third))
