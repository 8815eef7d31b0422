"""Tests for bot/tracker/tvmaze.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.tracker.parse import ParseError
from bot.tracker.tvmaze import TVmazeShow, parse_tvmaze, parse_tvmaze_show

SHOW = TVmazeShow(id=56390, name="All of Us Are Dead", url="https://www.tvmaze.com/shows/56390")
BEFORE = datetime(2026, 12, 1, tzinfo=UTC)


def _seasons(*seasons: dict[str, object]) -> bytes:
    return json.dumps([{"number": 1, "episodeOrder": 12, "premiereDate": "2022-01-28"}, *seasons]).encode()


def _ids(body: bytes, now: datetime = BEFORE) -> list[str]:
    return [i.stable_id for i in parse_tvmaze(body, show=SHOW, source_id="tvmaze", now=now).items]


def test_only_season_one_is_no_news() -> None:
    """A show with only season 1 yields no items."""
    assert _ids(_seasons()) == []


def test_each_season_two_fact_has_its_own_stable_id() -> None:
    """Season 2 appearing, its episode order and its premiere date are separate, stable items."""
    assert _ids(_seasons({"number": 2, "episodeOrder": None, "premiereDate": None})) == [
        "tvmaze:56390:season2"
    ]
    full = _seasons({"number": 2, "episodeOrder": 8, "premiereDate": "2027-03-12"})
    assert _ids(full) == [
        "tvmaze:56390:season2",
        "tvmaze:56390:season2:episodes=8",
        "tvmaze:56390:season2:premiere=2027-03-12",
    ]
    assert _ids(full) == _ids(full)


def test_premiere_in_the_past_adds_a_released_item() -> None:
    """Once the premiere date has passed, a 'released' item appears and reads as released."""
    full = _seasons({"number": 2, "episodeOrder": 8, "premiereDate": "2027-03-12"})
    items = parse_tvmaze(full, show=SHOW, source_id="tvmaze", now=datetime(2027, 3, 13, tzinfo=UTC)).items
    assert items[-1].stable_id == "tvmaze:56390:season2:released"
    assert "All of Us Are Dead season 2" in items[-1].title


def test_show_lookup_and_bad_json() -> None:
    """The show body gives id and name; bad JSON or shapes are ParseErrors."""
    show = parse_tvmaze_show(
        b'{"id": 56390, "name": "All of Us Are Dead", "url": "https://www.tvmaze.com/shows/56390"}'
    )
    assert show == SHOW
    with pytest.raises(ParseError):
        parse_tvmaze_show(b"<html>")
    with pytest.raises(ParseError):
        parse_tvmaze(b'{"not": "a list"}', show=SHOW, source_id="tvmaze")
