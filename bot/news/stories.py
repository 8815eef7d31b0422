"""Stories: one piece of news, told by one or more items from different sources.

An announcement is per story, not per item, so the same renewal reported by Soompi and by What's on
Netflix reaches each channel once, with both links. ``story_for_delivery`` is what the delivery
worker renders.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.models import ConfirmedRumour, StoryLink, StoryView
from bot.news.times import aware, utcnow
from bot.storage.tables import news_items, news_sources, news_stories

log = logging.getLogger(__name__)

# How far back a new item looks for a story it repeats; news outlets echo each other within days.
DUPLICATE_LOOKBACK = timedelta(days=14)
# How long a rumour waits for its confirmation to be told as an update of it.
RUMOUR_LOOKBACK = timedelta(days=90)


class StoryNotFoundError(LookupError):
    """No story has that id (it was deleted, or the id is wrong)."""


def source_label(key: str, name: str | None) -> str:
    return name or key.split(":", 1)[-1]


async def _views(conn: AsyncConnection, stories: sa.Select) -> list[StoryView]:
    """Views of the stories ``stories`` selects, in its order: two queries however many there are."""
    rows = (await conn.execute(stories)).all()
    if not rows:
        return []
    # The ids as a sub-select, not a bound list: SQLite caps the parameters of one statement.
    ids = stories.with_only_columns(news_stories.c.id).subquery()
    items = await conn.execute(
        sa.select(
            news_items.c.id,
            news_items.c.story_id,
            news_items.c.title,
            news_items.c.summary,
            news_items.c.link,
            news_items.c.language,
            news_items.c.published_at,
            news_sources.c.key,
            news_sources.c.name,
        )
        .join(news_sources, news_sources.c.id == news_items.c.source_id)
        .where(news_items.c.story_id.in_(sa.select(ids.c.id)))
        .order_by(news_items.c.id)
    )
    links: dict[int, list[StoryLink]] = {row.id: [] for row in rows}
    summaries: dict[int, str] = {}
    for item in items:
        if item.story_id not in links:
            continue  # a story that came into the selection between the two queries
        if not summaries.get(item.story_id):
            summaries[item.story_id] = item.summary or ""
        links[item.story_id].append(
            StoryLink(
                item_id=item.id,
                source_key=item.key,
                source_name=source_label(item.key, item.name),
                title=item.title,
                link=item.link,
                language=item.language,
                published_at=aware(item.published_at),
                summary=item.summary or "",
            )
        )
    rumour_ids = {row.confirms_story_id for row in rows if row.confirms_story_id is not None}
    rumours: dict[int, ConfirmedRumour] = {}
    if rumour_ids:
        found = await conn.execute(
            sa.select(news_stories.c.id, news_stories.c.title, news_stories.c.published_at).where(
                news_stories.c.id.in_(rumour_ids)
            )
        )
        rumours = {r.id: ConfirmedRumour(r.id, r.title, aware(r.published_at)) for r in found}
    views = []
    for row in rows:
        first_seen = aware(row.first_seen_at)
        assert first_seen is not None
        views.append(
            StoryView(
                id=row.id,
                title=row.title,
                status=row.status,
                release_date=row.release_date,
                release_window=row.release_window,
                summary=summaries.get(row.id, ""),
                published_at=aware(row.published_at),
                first_seen_at=first_seen,
                announced=bool(row.announced),
                links=tuple(links[row.id]),
                guild_id=row.guild_id,
                confirms=rumours.get(row.confirms_story_id) if row.confirms_story_id else None,
                premiere_at=aware(row.premiere_at),
                premiere_basis=row.premiere_basis,
            )
        )
    return views


async def story_for_delivery(conn: AsyncConnection, story_id: int) -> StoryView:
    """The story with every item attached to it, oldest first. Raises ``StoryNotFoundError``."""
    views = await _views(conn, sa.select(news_stories).where(news_stories.c.id == story_id))
    if not views:
        raise StoryNotFoundError(f"no story {story_id}")
    return views[0]


async def create_story(
    conn: AsyncConnection,
    *,
    title: str,
    status: str | None,
    release_date: str | None,
    release_window: str | None,
    published_at: datetime | None,
    announced: bool,
    guild_id: int | None,
    now: datetime | None = None,
    confirms_story_id: int | None = None,
    premiere: tuple[datetime, str] | None = None,
) -> int:
    """A new story in ``guild_id``'s scope (None: every server's, for built-in sources); it may
    confirm an earlier rumour story (``confirms_story_id``)."""
    result = await conn.execute(
        sa.insert(news_stories)
        .values(
            guild_id=guild_id,
            title=title[:500],
            status=status,
            release_date=release_date,
            release_window=release_window,
            published_at=published_at,
            first_seen_at=now or utcnow(),
            announced=announced,
            confirms_story_id=confirms_story_id,
            premiere_at=premiere[0] if premiere else None,
            premiere_basis=premiere[1] if premiere else None,
        )
        .returning(news_stories.c.id)
    )
    return int(result.scalar_one())


def in_scope(guild_id: int | None) -> sa.ColumnElement[bool]:
    """Stories of exactly one scope: the built-in sources' (None) or one server's own."""
    if guild_id is None:
        return news_stories.c.guild_id.is_(None)
    return news_stories.c.guild_id == guild_id


def visible_to(guild_id: int | None) -> sa.ColumnElement[bool]:
    """Stories a server may be shown: everyone's and its own (outside a server: everyone's only)."""
    if guild_id is None:
        return news_stories.c.guild_id.is_(None)
    return sa.or_(news_stories.c.guild_id.is_(None), news_stories.c.guild_id == guild_id)


async def recent_stories(
    conn: AsyncConnection, *, since: datetime, scope: int | None, status: str | None = None
) -> list[StoryView]:
    """Stories of one scope first seen after ``since`` (optionally of one status), newest first.

    Ingest compares a new item only with stories of its own source's scope, so a server's feed can
    neither join nor suppress a story every server sees, nor one of another server.
    """
    query = sa.select(news_stories).where(news_stories.c.first_seen_at >= since, in_scope(scope))
    if status is not None:
        query = query.where(news_stories.c.status == status)
    return await _views(conn, query.order_by(news_stories.c.id.desc()))


async def story_guild_scope(conn: AsyncConnection, story_id: int) -> set[int] | None:
    """Which guilds may see the story: None (all) for a built-in sources' story, else its server."""
    row = (
        await conn.execute(sa.select(news_stories.c.guild_id).where(news_stories.c.id == story_id))
    ).first()
    if row is None:
        raise StoryNotFoundError(f"no story {story_id}")
    return None if row.guild_id is None else {row.guild_id}


async def mark_announced(conn: AsyncConnection, story_id: int) -> None:
    await conn.execute(sa.update(news_stories).where(news_stories.c.id == story_id).values(announced=True))


async def release_stories(conn: AsyncConnection, guild_id: int | None, *, limit: int = 50) -> list[StoryView]:
    """Stories with a status that ``guild_id`` may see, newest first: ``/release``'s news timeline."""
    return await _views(
        conn,
        sa.select(news_stories)
        .where(news_stories.c.status.is_not(None), visible_to(guild_id))
        .order_by(news_stories.c.first_seen_at.desc(), news_stories.c.id.desc())
        .limit(limit),
    )


def lookback_start(now: datetime | None = None) -> datetime:
    return (now or utcnow()) - DUPLICATE_LOOKBACK


async def state_premiere_time(conn: AsyncConnection, story_id: int, premiere: tuple[datetime, str]) -> None:
    """A later report of the story states the hour: it replaces Netflix's default hour."""
    await conn.execute(
        sa.update(news_stories)
        .where(
            news_stories.c.id == story_id,
            sa.or_(news_stories.c.premiere_basis.is_(None), news_stories.c.premiere_basis != "stated"),
        )
        .values(premiere_at=premiere[0], premiere_basis=premiere[1])
    )


async def premiere_story(conn: AsyncConnection) -> StoryView | None:
    """The newest story of the built-in sources that dates the release to the day (announced or
    reported as out), with its sources; None when no official day is known. A server's own feed
    can't move what every server is told."""
    query = (
        sa.select(news_stories)
        .where(
            news_stories.c.premiere_at.is_not(None),
            news_stories.c.guild_id.is_(None),
            news_stories.c.status.in_(("date_announced", "released")),
        )
        .order_by(news_stories.c.first_seen_at.desc(), news_stories.c.id.desc())
        .limit(1)
    )
    views = await _views(conn, query)
    return views[0] if views else None


async def season_premiere(conn: AsyncConnection) -> datetime | None:
    """The premiere instant of ``premiere_story``."""
    story = await premiere_story(conn)
    return story.premiere_at if story is not None else None
