"""Row builders for the news repositories' tests (sources, items, stories, subscriptions)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.storage.database import Database
from tests.bot.delivery import seed
from tests.e2e.news_feeds import rss


class NewsRows:
    """The shared seeding helpers (tests/bot/delivery/seed.py), each call in its own committed transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def source(self, key: str = "builtin:soompi", *, guild_id: int | None = None, **values: Any) -> int:
        async with self.db.begin() as conn:
            return await seed.add_source(conn, key, guild_id=guild_id, **values)

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
            return await seed.add_story(
                conn,
                title=title,
                summary=summary,
                status=status,
                links=[(source_id, link or "https://example.com/news")],
                language=language,
                published_at=None,
                first_seen_at=None,
                confidence=0.9,
                reasons=["test"],
            )

    async def subscription(self, guild_id: int, channel_id: int, **values: Any) -> int:
        async with self.db.begin() as conn:
            return await seed.subscribe(conn, guild_id, channel_id, created_by=1, **values)


@pytest.fixture
def rows(database: Database) -> NewsRows:
    """Row builders bound to the migrated test database."""
    return NewsRows(database)


@pytest.fixture
def rss_body():
    """The RSS body builder, as a fixture (test modules import nothing from conftest)."""
    return rss
