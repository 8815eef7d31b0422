"""Tests for bot/tracker/poll.py (respx only)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest
import respx

from bot.tracker.fetch import FeedFetcher
from bot.tracker.poll import SourceError, fetch_source
from bot.tracker.sources import Source

RSS_SOURCE = Source(id="news", kind="rss", url="http://93.184.216.34/rss", language="en")
TV_SOURCE = Source(id="tvmaze", kind="tvmaze", url="https://api.tvmaze.com/lookup/shows?imdb=tt14169960")


async def _resolve_public(host: str, port: int) -> list[str]:
    return ["93.184.216.34"]


@pytest.fixture(autouse=True)
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Host names resolve to a public documentation address instead of asking DNS."""
    monkeypatch.setattr("bot.tracker.urlguard.resolve_host", _resolve_public)


@respx.mock
async def test_rss_poll_returns_items_and_validators(make_rss: Callable[..., bytes]) -> None:
    """A 200 gives parsed items and the new ETag; a later 304 gives none."""
    respx.get(RSS_SOURCE.url).mock(
        side_effect=[
            httpx.Response(200, content=make_rss(("g1", "One", "x")), headers={"ETag": '"a"'}),
            httpx.Response(304),
        ]
    )
    async with FeedFetcher() as fetcher:
        first = await fetch_source(fetcher, RSS_SOURCE)
        second = await fetch_source(fetcher, RSS_SOURCE, etag=first.etag)
    assert [i.stable_id for i in first.items] == ["g1"] and first.etag == '"a"'
    assert second.not_modified and second.items == [] and second.etag == '"a"'


@respx.mock
async def test_html_page_is_a_recorded_source_error() -> None:
    """A page that is not a feed is a non-transient SourceError with a readable reason."""
    respx.get(RSS_SOURCE.url).mock(
        return_value=httpx.Response(200, content=b"<html><body>moved</body></html>")
    )
    async with FeedFetcher() as fetcher:
        with pytest.raises(SourceError, match="HTML") as caught:
            await fetch_source(fetcher, RSS_SOURCE)
    assert caught.value.transient is False


@respx.mock
async def test_tvmaze_poll_follows_the_lookup_redirect() -> None:
    """The IMDb lookup redirects to the show; its seasons become synthetic items."""
    respx.get(TV_SOURCE.url).mock(
        return_value=httpx.Response(301, headers={"Location": "https://api.tvmaze.com/shows/56390"})
    )
    respx.get("https://api.tvmaze.com/shows/56390").mock(
        return_value=httpx.Response(200, json={"id": 56390, "name": "All of Us Are Dead"})
    )
    seasons = [{"number": 1}, {"number": 2, "episodeOrder": 8}]
    respx.get("https://api.tvmaze.com/shows/56390/seasons").mock(
        return_value=httpx.Response(200, content=json.dumps(seasons).encode())
    )
    async with FeedFetcher() as fetcher:
        result = await fetch_source(fetcher, TV_SOURCE, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert [i.stable_id for i in result.items] == ["tvmaze:56390:season2", "tvmaze:56390:season2:episodes=8"]


@respx.mock
async def test_server_error_is_transient() -> None:
    """A 503 is a transient SourceError (back off and retry)."""
    respx.get(RSS_SOURCE.url).mock(return_value=httpx.Response(503))
    async with FeedFetcher() as fetcher:
        with pytest.raises(SourceError) as caught:
            await fetch_source(fetcher, RSS_SOURCE)
    assert caught.value.transient is True
