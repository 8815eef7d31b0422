"""Stories as the delivery worker reads them: every item's link, in order, with its source."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from bot.news.stories import StoryNotFoundError, recent_stories, release_stories, story_for_delivery
from bot.storage.database import Database
from bot.storage.tables import news_items


async def test_story_view_lists_every_item(database: Database, rows) -> None:
    """A story reported by two sources shows both links, oldest first, and the first summary."""
    first = await rows.source("builtin:soompi", name="Soompi")
    second = await rows.source("builtin:whats-on-netflix")
    story = await rows.story(
        first, "Season 2 filming begins", status="in_production", summary="Cameras roll."
    )
    async with database.begin() as conn:
        await conn.execute(
            sa.insert(news_items).values(
                source_id=second,
                stable_id="won-1",
                story_id=story,
                title="AOUAD S2 starts filming",
                summary="",
                link="https://won.example/s2",
                language="en",
                relevant=True,
                status="in_production",
                confidence=0.8,
                reasons=[],
            )
        )
    async with database.connect() as conn:
        view = await story_for_delivery(conn, story)
    assert view.title == "Season 2 filming begins"
    assert view.status == "in_production"
    assert view.summary == "Cameras roll."
    assert [link.source_name for link in view.links] == ["Soompi", "whats-on-netflix"]
    assert view.links[1].link == "https://won.example/s2"
    assert view.first_seen_at.tzinfo is not None


async def test_unknown_story_raises(database: Database) -> None:
    """Asking for a story that does not exist is a named error, not None or a crash elsewhere."""
    async with database.connect() as conn:
        with pytest.raises(StoryNotFoundError):
            await story_for_delivery(conn, 999)


async def test_story_lists_keep_each_story_its_own_links(database: Database, rows) -> None:
    """recent_stories and release_stories give each story its own items, newest story first."""
    source = await rows.source("builtin:soompi", name="Soompi")
    ids = [
        await rows.story(source, f"Story {n}", link=f"https://soompi.example/{n}", summary=f"Summary {n}")
        for n in range(3)
    ]
    async with database.connect() as conn:
        recent = await recent_stories(conn, since=datetime(2000, 1, 1, tzinfo=UTC), scope=None)
        released = await release_stories(conn, None, limit=2)
    assert [s.id for s in recent] == ids[::-1]
    assert [s.id for s in released] == ids[:0:-1]
    for view in recent:
        n = ids.index(view.id)
        assert [link.link for link in view.links] == [f"https://soompi.example/{n}"]
        assert view.summary == f"Summary {n}"


async def test_story_lists_read_in_a_fixed_number_of_queries(database: Database, rows) -> None:
    """Loading many stories costs the same few queries as loading one (no query per story)."""
    source = await rows.source("builtin:soompi")
    for n in range(5):
        await rows.story(source, f"Story {n}", link=f"https://soompi.example/{n}")
    statements: list[str] = []
    async with database.connect() as conn:
        sa.event.listen(conn.sync_connection, "before_cursor_execute", lambda *a: statements.append(a[2]))
        views = await recent_stories(conn, since=datetime(2000, 1, 1, tzinfo=UTC), scope=None)
    assert len(views) == 5
    assert len(statements) == 2
