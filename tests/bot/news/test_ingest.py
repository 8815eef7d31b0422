"""Ingestion: items stored once, baseline announces nothing, repeats join stories, noise makes none."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from bot.news import registry
from bot.news.ingest import ingest_items
from bot.storage.database import Database
from bot.storage.tables import news_items, news_stories, outbox
from bot.tracker.items import FeedItem

PUBLISHED = datetime(2026, 1, 6, 10, tzinfo=UTC)


def item(stable_id: str, title: str, *, source: str = "s", language: str = "en") -> FeedItem:
    return FeedItem(source, stable_id, title, "", f"https://news.example/{stable_id}", PUBLISHED, language)


async def _source(database: Database, rows, key: str = "builtin:soompi"):
    source_id = await rows.source(key)
    async with database.connect() as conn:
        return await registry.get_source(conn, source_id)


async def _count(database: Database, table: sa.Table) -> int:
    async with database.connect() as conn:
        return (await conn.execute(sa.select(sa.func.count()).select_from(table))).scalar_one()


async def test_baseline_stores_but_announces_nothing(database: Database, rows) -> None:
    """Items of a first poll are stored (with baseline=True) and queue no outbox row."""
    source = await _source(database, rows)
    await rows.subscription(1, 101)
    async with database.begin() as conn:
        report = await ingest_items(
            conn,
            source,
            [item("a", "All of Us Are Dead season 2 officially renewed by Netflix")],
            baseline=True,
        )
    assert (report.new_items, report.stories_created, report.enqueued) == (1, 1, 0)
    assert await _count(database, outbox) == 0
    async with database.connect() as conn:
        stored = (await conn.execute(sa.select(news_items))).one()
    assert stored.baseline


async def test_new_relevant_item_is_queued_and_stored_once(database: Database, rows) -> None:
    """After the baseline, a new relevant item queues one row per channel; polling it again adds nothing."""
    source = await _source(database, rows)
    await rows.subscription(1, 101)
    await rows.subscription(2, 201)
    new = [item("b", "All of Us Are Dead season 2 begins filming")]
    async with database.begin() as conn:
        report = await ingest_items(conn, source, new, baseline=False)
    assert report.enqueued == 2
    async with database.begin() as conn:
        again = await ingest_items(conn, source, new, baseline=False)
    assert again.new_items == 0
    assert await _count(database, news_items) == 1
    assert await _count(database, outbox) == 2


async def test_irrelevant_item_is_stored_without_story(database: Database, rows) -> None:
    """Another show's season-2 news is kept for /news explain but makes no story and no row."""
    source = await _source(database, rows)
    await rows.subscription(1, 101)
    async with database.begin() as conn:
        report = await ingest_items(
            conn, source, [item("c", "Squid Game season 2 trailer released")], baseline=False
        )
    assert (report.new_items, report.relevant) == (1, 0)
    assert await _count(database, news_stories) == 0
    assert await _count(database, outbox) == 0


async def test_same_story_from_two_sources_is_one_story(database: Database, rows) -> None:
    """A second source's near-identical report joins the first story: one outbox row per channel."""
    first = await _source(database, rows, "builtin:soompi")
    second = await _source(database, rows, "builtin:whats-on-netflix")
    await rows.subscription(1, 101)
    async with database.begin() as conn:
        await ingest_items(
            conn, first, [item("x", "All of Us Are Dead season 2 begins filming")], baseline=False
        )
    async with database.begin() as conn:
        report = await ingest_items(
            conn, second, [item("y", "All of Us Are Dead Season 2 Begins Filming - Soompi")], baseline=False
        )
    assert (report.attached, report.stories_created, report.enqueued) == (1, 0, 0)
    assert await _count(database, news_stories) == 1
    assert await _count(database, outbox) == 1
    async with database.connect() as conn:
        story_ids = set((await conn.execute(sa.select(news_items.c.story_id))).scalars())
    assert len(story_ids) == 1


async def test_a_premiere_told_that_morning_and_the_night_it_streams_are_one_story(
    database: Database, rows
) -> None:
    """The stored story of "오늘 오후 5시 공개된다" (announced for the day it was written) is found again by
    the evening's "now streaming" in English: one story, one announcement."""
    korean = await _source(database, rows, "builtin:soompi")
    english = await _source(database, rows, "builtin:whats-on-netflix")
    await rows.subscription(1, 101)
    morning = FeedItem(
        "s",
        "m",
        "'지금 우리 학교는' 시즌2 오늘 공개",
        "'지금 우리 학교는' 시즌2가 6일 오후 5시 전 세계에 공개된다.",
        "https://news.example/m",
        datetime(2026, 1, 6, 0, tzinfo=UTC),
        "ko",
    )
    night = FeedItem(
        "s",
        "n",
        "All of Us Are Dead season 2 is now streaming on Netflix",
        "The second season is out now.",
        "https://news.example/n",
        datetime(2026, 1, 6, 10, tzinfo=UTC),
        "en",
    )
    async with database.begin() as conn:
        await ingest_items(conn, korean, [morning], baseline=False)
    async with database.begin() as conn:
        report = await ingest_items(conn, english, [night], baseline=False)
    assert (report.attached, report.stories_created) == (1, 0)
    assert await _count(database, news_stories) == 1
