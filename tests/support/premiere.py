"""An official season-2 premiere in the database, as the tracker would have recorded it."""

from __future__ import annotations

from datetime import datetime

from bot.news.stories import create_story
from bot.offline import OfflineWorld


async def season_two_came_out(world: OfflineWorld, at: datetime) -> None:
    """A global story of the built-in sources: season 2 premiered at ``at``."""
    async with world.bot.db.begin() as conn:
        await create_story(
            conn,
            title="All of Us Are Dead season 2 is now streaming",
            status="released",
            release_date=at.date().isoformat(),
            release_window=None,
            published_at=at,
            announced=True,
            guild_id=None,
            premiere=(at, "netflix"),
        )
