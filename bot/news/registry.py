"""The source registry: built-in sources synced from data/feeds.yaml, guild feeds, and their health.

Each source is one ``news_sources`` row keyed ``builtin:<id>`` or ``guild:<guild id>:<url hash>``;
the row carries the conditional-GET validators, whether the baseline poll happened, and the
health counters ``/news sources`` shows.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.models import NewsSource
from bot.news.times import aware, utcnow
from bot.storage.tables import news_sources
from bot.tracker.health import SourceHealth
from bot.tracker.sources import Source

log = logging.getLogger(__name__)

# A server's own feeds cost polls for everyone; a handful covers any community's favourite sites.
MAX_GUILD_FEEDS = 10
GUILD_FEED_INTERVAL = 1800
BUILTIN_PREFIX = "builtin:"


class FeedLimitError(ValueError):
    """The server already has ``MAX_GUILD_FEEDS`` feeds."""


class FeedExistsError(ValueError):
    """The server already added this URL."""


def builtin_key(source_id: str) -> str:
    return f"{BUILTIN_PREFIX}{source_id}"


def guild_feed_key(guild_id: int, url: str) -> str:
    digest = hashlib.sha256(url.strip().encode()).hexdigest()[:16]
    return f"guild:{guild_id}:{digest}"


def _row_to_source(row: sa.Row) -> NewsSource:
    key = row.key
    return NewsSource(
        id=row.id,
        key=key,
        name=row.name or key.removeprefix(BUILTIN_PREFIX),
        guild_id=row.guild_id,
        added_by=row.added_by,
        kind=row.kind,
        url=row.url,
        language=row.language,
        interval_s=row.interval_s,
        enabled=bool(row.enabled),
        disabled_reason=row.disabled_reason,
        etag=row.etag,
        last_modified=row.last_modified,
        baselined=bool(row.baselined),
        last_polled_at=aware(row.last_polled_at),
        last_success_at=aware(row.last_success_at),
        last_error=row.last_error,
        consecutive_failures=row.consecutive_failures,
        next_poll_at=aware(row.next_poll_at),
    )


def tracker_source(source: NewsSource) -> Source:
    """The ``bot.tracker`` view of a stored source, for ``bot.tracker.poll.poll_source``."""
    return Source(
        id=source.key.replace("builtin:", "", 1)[:64] if source.builtin else source.key[:64],
        kind=source.kind,  # type: ignore[arg-type]
        url=source.url,
        interval=source.interval_s,
        language=source.language or "en",
        enabled=source.enabled,
        guild_id=source.guild_id,
        name=source.name,
    )


def health_of(source: NewsSource) -> SourceHealth:
    return SourceHealth(
        last_success=source.last_success_at,
        last_error=source.last_error,
        consecutive_failures=source.consecutive_failures,
        next_poll_at=source.next_poll_at,
        disabled=not source.enabled,
        disabled_reason=source.disabled_reason,
    )


async def get_source(conn: AsyncConnection, source_id: int) -> NewsSource | None:
    row = (await conn.execute(sa.select(news_sources).where(news_sources.c.id == source_id))).first()
    return _row_to_source(row) if row is not None else None


async def all_sources(conn: AsyncConnection, *, enabled_only: bool = False) -> list[NewsSource]:
    query = sa.select(news_sources).order_by(news_sources.c.id)
    if enabled_only:
        query = query.where(news_sources.c.enabled == sa.true())
    return [_row_to_source(row) for row in await conn.execute(query)]


async def visible_sources(conn: AsyncConnection, guild_id: int) -> list[NewsSource]:
    """Built-in sources and this server's own feeds (never another server's)."""
    rows = await conn.execute(
        sa.select(news_sources)
        .where(sa.or_(news_sources.c.guild_id.is_(None), news_sources.c.guild_id == guild_id))
        .order_by(news_sources.c.guild_id.is_not(None), news_sources.c.id)
    )
    return [_row_to_source(row) for row in rows]


async def guild_feeds(conn: AsyncConnection, guild_id: int) -> list[NewsSource]:
    rows = await conn.execute(
        sa.select(news_sources).where(news_sources.c.guild_id == guild_id).order_by(news_sources.c.id)
    )
    return [_row_to_source(row) for row in rows]


async def sync_builtin_sources(conn: AsyncConnection, sources: Sequence[Source]) -> list[NewsSource]:
    """Make ``news_sources`` match feeds.yaml: add new entries, update changed ones, disable dropped ones.

    A start-up is the operator's "try again": built-in sources that failures disabled are enabled
    with a clean count. A changed URL starts over with a fresh baseline so the new feed's back
    catalogue is not announced.
    """
    existing = {
        row.key: row
        for row in await conn.execute(
            sa.select(news_sources).where(news_sources.c.key.startswith(BUILTIN_PREFIX, autoescape=True))
        )
    }
    wanted = {builtin_key(s.id): s for s in sources}
    for key, source in wanted.items():
        values = {
            "name": source.display_name,
            "kind": source.kind,
            "url": source.url,
            "language": source.language,
            "interval_s": source.interval,
            "enabled": source.enabled,
            "disabled_reason": None if source.enabled else "disabled in feeds.yaml",
        }
        row = existing.get(key)
        if row is None:
            await conn.execute(sa.insert(news_sources).values(key=key, created_at=utcnow(), **values))
            log.info("news source %s added from feeds.yaml", key)
            continue
        if row.url != source.url:
            values.update(etag=None, last_modified=None, baselined=False)
            log.info("news source %s has a new URL; its next poll is a baseline", key)
        if source.enabled and not row.enabled:
            values.update(consecutive_failures=0, next_poll_at=None)
        await conn.execute(sa.update(news_sources).where(news_sources.c.id == row.id).values(**values))
    for key, row in existing.items():
        if key not in wanted and row.enabled:
            await conn.execute(
                sa.update(news_sources)
                .where(news_sources.c.id == row.id)
                .values(enabled=False, disabled_reason="no longer in feeds.yaml")
            )
            log.info("news source %s is no longer in feeds.yaml: disabled", key)
    return [s for s in await all_sources(conn) if s.builtin]


async def add_guild_feed(
    conn: AsyncConnection,
    *,
    guild_id: int,
    url: str,
    added_by: int,
    name: str | None,
    kind: str = "rss",
    language: str | None = None,
    interval_s: int = GUILD_FEED_INTERVAL,
) -> NewsSource:
    """Store a moderator's feed. Raises ``FeedExistsError`` or ``FeedLimitError``."""
    key = guild_feed_key(guild_id, url)
    feeds = await guild_feeds(conn, guild_id)
    if any(feed.key == key for feed in feeds):
        raise FeedExistsError("This server already follows that feed.")
    if len(feeds) >= MAX_GUILD_FEEDS:
        raise FeedLimitError(f"A server can follow at most {MAX_GUILD_FEEDS} feeds of its own.")
    result = await conn.execute(
        sa.insert(news_sources)
        .values(
            key=key,
            guild_id=guild_id,
            added_by=added_by,
            name=(name or url)[:200],
            kind=kind,
            url=url,
            language=language,
            interval_s=interval_s,
            created_at=utcnow(),
        )
        .returning(news_sources.c.id)
    )
    source = await get_source(conn, int(result.scalar_one()))
    assert source is not None
    log.info("guild %d added feed %s (%s) as source %d", guild_id, url, key, source.id)
    return source


async def remove_guild_feed(conn: AsyncConnection, guild_id: int, source_id: int) -> NewsSource | None:
    """Delete one of this server's feeds (its items go with it). None when it is not this server's."""
    source = await get_source(conn, source_id)
    if source is None or source.guild_id != guild_id:
        return None
    await conn.execute(sa.delete(news_sources).where(news_sources.c.id == source_id))
    log.info("guild %d removed feed %s", guild_id, source.url)
    return source


async def save_poll_state(
    conn: AsyncConnection,
    source_id: int,
    health: SourceHealth,
    *,
    polled_at: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    baselined: bool | None = None,
    keep_validators: bool = False,
) -> bool:
    """Persist a poll's outcome: health counters, validators (unless kept), and the baseline flag.

    Only a source that is still enabled is written, and the answer says whether it was: a poll reads
    an enabled source, and if another poll (another process's ``/news check``) disabled it meanwhile,
    writing would switch it back on, or make two processes both announce that it stopped.
    """
    values: dict[str, object] = {
        "last_polled_at": polled_at,
        "last_success_at": health.last_success,
        "last_error": health.last_error[:500] if health.last_error else None,
        "consecutive_failures": health.consecutive_failures,
        "next_poll_at": health.next_poll_at,
        "enabled": not health.disabled,
        "disabled_reason": health.disabled_reason[:500] if health.disabled_reason else None,
    }
    if not keep_validators:
        values.update(etag=etag[:500] if etag else None, last_modified=last_modified)
    if baselined is not None:
        values["baselined"] = baselined
    result = await conn.execute(
        sa.update(news_sources)
        .where(news_sources.c.id == source_id, news_sources.c.enabled == sa.true())
        .values(**values)
    )
    return bool(result.rowcount)


async def set_source_enabled(
    conn: AsyncConnection, source_id: int, *, enabled: bool, reason: str | None
) -> None:
    values: dict[str, object] = {"enabled": enabled, "disabled_reason": None if enabled else reason}
    if enabled:
        values.update(consecutive_failures=0, next_poll_at=None)
    await conn.execute(sa.update(news_sources).where(news_sources.c.id == source_id).values(**values))
