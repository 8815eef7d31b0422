"""Row builders for the news repositories' tests (sources, items, stories, subscriptions)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import sqlalchemy as sa

from bot.news.stories import create_story
from bot.news.subscriptions import save_subscription
from bot.storage.database import Database
from bot.storage.tables import news_items, news_sources


class NewsRows:
    """Inserts the rows a test needs, each in its own committed transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._ids = itertools.count(1)

    async def source(self, key: str = "builtin:soompi", *, guild_id: int | None = None, **values: Any) -> int:
        async with self.db.begin() as conn:
            result = await conn.execute(
                sa.insert(news_sources)
                .values(
                    key=key,
                    guild_id=guild_id,
                    kind=values.pop("kind", "rss"),
                    url=values.pop("url", f"https://example.com/{key}"),
                    language=values.pop("language", "en"),
                    interval_s=values.pop("interval_s", 1800),
                    **values,
                )
                .returning(news_sources.c.id)
            )
            return int(result.scalar_one())

    async def story(
        self,
        source_id: int,
        title: str = "AOUAD season 2 confirmed",
        *,
        status: str = "renewed",
        language: str = "en",
        summary: str = "Netflix renewed it.",
        link: str | None = None,
    ) -> int:
        async with self.db.begin() as conn:
            story_id = await create_story(
                conn,
                title=title,
                status=status,
                release_date=None,
                release_window=None,
                published_at=None,
                announced=False,
            )
            await conn.execute(
                sa.insert(news_items).values(
                    source_id=source_id,
                    stable_id=f"item-{next(self._ids)}",
                    story_id=story_id,
                    title=title,
                    summary=summary,
                    link=link or f"https://example.com/{story_id}",
                    language=language,
                    relevant=True,
                    status=status,
                    confidence=0.9,
                    reasons=["test"],
                )
            )
            return story_id

    async def subscription(self, guild_id: int, channel_id: int, **values: Any) -> int:
        async with self.db.begin() as conn:
            sub, _ = await save_subscription(
                conn,
                guild_id=guild_id,
                channel_id=channel_id,
                statuses=values.get("statuses"),
                language=values.get("language"),
                ping_role_id=values.get("ping_role_id"),
                created_by=1,
            )
            return sub.id


@pytest.fixture
def rows(database: Database) -> NewsRows:
    """Row builders bound to the migrated test database."""
    return NewsRows(database)


def rss(*entries: tuple[str, str], title: str = "Test feed") -> bytes:
    """An RSS 2.0 body with one item per (guid, title)."""
    items = "".join(
        f"<item><guid>{guid}</guid><title>{text}</title><link>https://news.example/{guid}</link>"
        f"<pubDate>Mon, 06 Jan 2026 10:00:00 GMT</pubDate></item>"
        for guid, text in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def rss_body():
    """The RSS body builder, as a fixture (test modules import nothing from conftest)."""
    return rss
