"""Stories as the delivery worker reads them: every item's link, in order, with its source."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.news.stories import StoryNotFoundError, story_for_delivery
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
    assert view.status_label == "In production"
    assert view.summary == "Cameras roll."
    assert [link.source_name for link in view.links] == ["Soompi", "whats-on-netflix"]
    assert view.links[1].link == "https://won.example/s2"
    assert view.first_seen_at.tzinfo is not None


async def test_unknown_story_raises(database: Database) -> None:
    """Asking for a story that does not exist is a named error, not None or a crash elsewhere."""
    async with database.connect() as conn:
        with pytest.raises(StoryNotFoundError):
            await story_for_delivery(conn, 999)
