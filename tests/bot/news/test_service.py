"""NewsService through a mocked HTTP layer: polls, baseline, 304s, failure backoff and disabling."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import respx
import sqlalchemy as sa

from bot.config import Settings
from bot.news.service import FeedRejectedError, NewsService
from bot.storage.database import Database
from bot.storage.tables import news_sources, outbox

FEED = "https://feeds.example/aouad.xml"


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f'sources:\n  - id: test\n    name: Test\n    kind: rss\n    url: "{FEED}"\n    interval: 1800\n'
    )
    return path


def _settings(database: Database, **values: object) -> Settings:
    values = {"tracker_enabled": False, "feed_max_failures": 2, **values}
    return Settings(_env_file=None, database_url=database.url, **values)  # type: ignore[call-arg]


@pytest.fixture
async def service(database: Database, feeds_file: Path):
    """A started service whose URL guard skips DNS (the hosts are respx routes, not real names)."""
    news = NewsService(database, _settings(database, allow_private_feed_urls=True), feeds_path=feeds_file)
    await news.start()
    yield news
    await news.close()


async def _source_id(service: NewsService) -> int:
    return (await service.sources_for(1))[0].id


async def _outbox_count(database: Database) -> int:
    async with database.connect() as conn:
        return (await conn.execute(sa.select(sa.func.count()).select_from(outbox))).scalar_one()


@respx.mock
async def test_first_poll_is_baseline_then_new_items_are_queued(
    service: NewsService, database, rss_body
) -> None:
    """The first poll announces nothing; an item that appears later queues a row and wakes delivery."""
    await service.subscribe(
        guild_id=1, channel_id=101, statuses=None, language=None, ping_role_id=None, created_by=7
    )
    old = ("old", "All of Us Are Dead season 2 officially renewed by Netflix")
    respx.get(FEED).mock(return_value=httpx.Response(200, content=rss_body(old), headers={"ETag": '"v1"'}))
    first = (await service.poll_all())[0]
    assert first.ok
    assert first.report.baseline
    assert await _outbox_count(database) == 0
    assert not service.outbox_event.is_set()
    woken: list[list[int]] = []
    service.on_enqueued.append(lambda ids: woken.append(list(ids)))
    new = ("new", "All of Us Are Dead season 2 begins filming")
    route = respx.get(FEED).mock(return_value=httpx.Response(200, content=rss_body(old, new)))
    second = await service.poll_source(await _source_id(service))
    assert route.calls.last.request.headers["If-None-Match"] == '"v1"'
    assert second.report.enqueued == 1
    assert await _outbox_count(database) == 1
    assert service.outbox_event.is_set()
    assert len(woken) == 1


@respx.mock
async def test_not_modified_keeps_validators(service: NewsService, rss_body) -> None:
    """A 304 is a success that stores nothing and keeps the ETag for the next poll."""
    respx.get(FEED).mock(return_value=httpx.Response(200, content=rss_body(), headers={"ETag": '"v1"'}))
    await service.poll_all()
    respx.get(FEED).mock(return_value=httpx.Response(304))
    outcome = (await service.poll_all())[0]
    assert outcome.ok
    assert outcome.not_modified
    source = (await service.sources_for(1))[0]
    assert source.etag == '"v1"'
    assert source.consecutive_failures == 0


@respx.mock
async def test_failures_back_off_then_disable_and_tell_once(service: NewsService) -> None:
    """Each failure is recorded; the Nth disables the source and the hook hears about it exactly once."""
    told: list[str] = []

    async def hook(source, reason: str) -> None:
        told.append(reason)

    service.on_source_disabled.append(hook)
    respx.get(FEED).mock(return_value=httpx.Response(200, content=b"<html><body>nope</body></html>"))
    source_id = await _source_id(service)
    first = await service.poll_source(source_id)
    assert not first.ok
    assert "HTML" in first.error
    source = (await service.sources_for(1))[0]
    assert source.consecutive_failures == 1
    assert source.next_poll_at is not None
    skipped = await service.poll_source(source_id, scheduled=True)
    assert skipped.skipped == "backing off"
    second = await service.poll_source(source_id)
    assert second.disabled_now
    third = await service.poll_source(source_id)
    assert third.skipped
    assert len(told) == 1
    assert not (await service.sources_for(1))[0].enabled


@respx.mock
async def test_two_processes_failing_the_last_poll_tell_once(
    service: NewsService, database: Database, feeds_file: Path
) -> None:
    """Two processes (two services on one database) both read a source one failure from disabled and poll
    at once: it is disabled, stays disabled, and only one of them tells the moderators."""
    other = NewsService(database, _settings(database, allow_private_feed_urls=True), feeds_path=feeds_file)
    told: list[str] = []

    async def hook(source, reason: str) -> None:
        told.append(reason)

    service.on_source_disabled.append(hook)
    other.on_source_disabled.append(hook)
    both_fetching = asyncio.Barrier(2)

    async def failing(request: httpx.Request) -> httpx.Response:
        # Both polls have read the source (one failure recorded) before either writes its outcome.
        await both_fetching.wait()
        return httpx.Response(503)

    respx.get(FEED).mock(side_effect=failing)
    source_id = await _source_id(service)
    respx.get(FEED).mock(return_value=httpx.Response(503))
    await service.poll_source(source_id)
    respx.get(FEED).mock(side_effect=failing)
    outcomes = await asyncio.gather(service.poll_source(source_id), other.poll_source(source_id))
    await other.close()
    assert [o.disabled_now for o in outcomes].count(True) == 1
    assert len(told) == 1
    source = (await service.sources_for(1))[0]
    assert not source.enabled
    assert "disabled after 2 consecutive failures" in (source.disabled_reason or "")


@respx.mock
async def test_scheduled_poll_a_moment_early_is_not_skipped(
    service: NewsService, database: Database, rss_body
) -> None:
    """A scheduled poll that fires a few seconds before next_poll_at (the previous poll started late) runs;
    one that fires well before it (a backing-off source) is skipped."""
    route = respx.get(FEED).mock(return_value=httpx.Response(200, content=rss_body()))
    source_id = await _source_id(service)
    for ahead, skipped in ((timedelta(seconds=2), None), (timedelta(minutes=10), "backing off")):
        async with database.begin() as conn:
            await conn.execute(
                sa.update(news_sources)
                .where(news_sources.c.id == source_id)
                .values(next_poll_at=datetime.now(UTC) + ahead)
            )
        outcome = await service.poll_source(source_id, scheduled=True)
        assert outcome.skipped == skipped
    assert route.call_count == 1


@respx.mock
async def test_add_guild_feed_checks_it_is_a_feed(service: NewsService, rss_body) -> None:
    """A guild feed is fetched once before it is stored: a page that is not a feed is refused."""
    respx.get("https://blog.example/feed").mock(
        return_value=httpx.Response(200, content=rss_body(title="Fan blog"))
    )
    respx.get("https://blog.example/page").mock(return_value=httpx.Response(200, content=b"<html></html>"))
    feed = await service.add_guild_feed(1, "https://blog.example/feed", added_by=7)
    assert feed.name == "Fan blog"
    assert feed.guild_id == 1
    with pytest.raises(FeedRejectedError, match="not a feed"):
        await service.add_guild_feed(1, "https://blog.example/page", added_by=7)
    with pytest.raises(FeedRejectedError, match="already"):
        await service.add_guild_feed(1, "https://blog.example/feed", added_by=7)
    assert [s.name for s in await service.guild_feeds(1)] == ["Fan blog"]
    assert await service.guild_feeds(2) == []


async def test_add_guild_feed_refuses_private_addresses(database: Database, feeds_file: Path) -> None:
    """Without ALLOW_PRIVATE_FEED_URLS, loopback, private, link-local and file URLs are refused unfetched."""
    service = NewsService(database, _settings(database), feeds_path=feeds_file)
    for url in (
        "http://127.0.0.1/feed",
        "http://10.0.0.1/rss",
        "http://169.254.169.254/latest",
        "file:///etc/passwd",
    ):
        with pytest.raises(FeedRejectedError, match="can't fetch that URL"):
            await service.add_guild_feed(1, url, added_by=7)
    await service.close()
