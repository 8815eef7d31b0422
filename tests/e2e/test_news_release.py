"""/release shows the tracker's stories beside the dataset's timeline."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from bot.news.stories import create_story
from bot.offline import OfflineWorld
from bot.storage.tables import news_items, news_sources


async def test_release_includes_tracker_story(world: OfflineWorld) -> None:
    """A tracker story with a premiere date shows in the headline and on the timeline, unpinging."""
    async with world.bot.db.begin() as conn:
        source_id = (
            await conn.execute(
                sa.insert(news_sources)
                .values(
                    key="builtin:probe",
                    name="Probe News",
                    kind="rss",
                    url="https://n.example/",
                    interval_s=1800,
                )
                .returning(news_sources.c.id)
            )
        ).scalar_one()
        story_id = await create_story(
            conn,
            title="@everyone All of Us Are Dead season 2 premieres March 15, 2027",
            status="date_announced",
            release_date="2027-03-15",
            release_window=None,
            published_at=datetime(2099, 1, 2, tzinfo=UTC),
            announced=True,
            guild_id=None,
        )
        await conn.execute(
            sa.insert(news_items).values(
                source_id=source_id,
                stable_id="p1",
                story_id=story_id,
                title="t",
                link="https://n.example/p1 (exclusive)[x](https://phish.example)",
                relevant=True,
                status="date_announced",
                release_date="2027-03-15",
                confidence=0.9,
                reasons=[],
            )
        )
    result = await world.invoke("release")
    headline = str(result.embeds[0])
    assert "Latest from the news tracker" in headline
    assert "Reported by the tracker: **2027-03-15**" in headline
    assert "Probe News" in headline
    fields = {f["name"]: f["value"] for f in result.embeds[0]["fields"]}
    latest = fields["Latest from the news tracker"]
    assert "@\u200beveryone" in latest  # escaped: it renders as text and never pings
    assert result.message.mentions_would_ping is False
    # The feed's link goes through the one link renderer: encoded, so it cannot open a second link.
    assert "(https://n.example/p1%20%28exclusive%29%5Bx%5D%28https://phish.example%29)" in latest
    assert "](https://phish.example)" not in latest
