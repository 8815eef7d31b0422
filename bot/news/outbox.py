"""Writing announcements to the outbox: the contract between ingestion and the delivery worker.

``enqueue_story`` runs inside the transaction that stored the item, so an item is never stored
without its outbox rows (or the reverse). The worker in ``bot/delivery`` claims the rows; it is woken
by ``NewsService.outbox_event`` (and the ``NewsService.on_enqueued`` callbacks), which the service
sets after that transaction commits: a wake-up before the commit would find nothing to send.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.stories import mark_announced, story_for_delivery, story_guild_scope
from bot.news.subscriptions import enabled_subscriptions
from bot.news.times import utcnow
from bot.storage.tables import outbox

log = logging.getLogger(__name__)

NONCE_LENGTH = 25  # Discord's limit for a message nonce


def outbox_nonce(story_id: int, channel_id: int, kind: str = "story") -> str:
    """The message nonce for one post (a story's announcement or a countdown) in one channel: the
    same on every retry, unique per row.

    A hash rather than the ids spelled out: two 64-bit ids in hex do not fit in 25 characters.
    """
    key = f"hyosan:{story_id}:{channel_id}" if kind == "story" else f"hyosan:{story_id}:{channel_id}:{kind}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    return ("hy" + digest)[:NONCE_LENGTH]


def insert_ignoring_duplicates(conn: AsyncConnection, table: sa.Table) -> sa.Insert:
    """INSERT that skips rows violating a unique constraint, on SQLite and PostgreSQL alike."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


async def enqueue_story(conn: AsyncConnection, story_id: int, *, now: datetime | None = None) -> int:
    """One pending outbox row per enabled, in-scope subscription whose filters pass the story.

    Rows that already exist (same story, same channel) are left alone, so calling this again after a
    second source reports the story adds nothing, except channels that came into scope since (a
    built-in source now has a story only a guild feed had). Marks the story announced. Returns how
    many rows it added.
    """
    story = await story_for_delivery(conn, story_id)
    scope = await story_guild_scope(conn, story_id)
    candidates = await enabled_subscriptions(conn, scope)
    matching = [s for s in candidates if s.filter_problem(story.status, story.languages) is None]
    existing = set(
        (
            await conn.execute(
                sa.select(outbox.c.channel_id).where(outbox.c.story_id == story_id, outbox.c.kind == "story")
            )
        ).scalars()
    )
    now = now or utcnow()
    rows = [
        {
            "story_id": story_id,
            "subscription_id": sub.id,
            "guild_id": sub.guild_id,
            "channel_id": sub.channel_id,
            "nonce": outbox_nonce(story_id, sub.channel_id),
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for sub in matching
        if sub.channel_id not in existing
    ]
    if rows:
        await conn.execute(insert_ignoring_duplicates(conn, outbox), rows)
    await mark_announced(conn, story_id)
    log.info(
        "story %d: %d outbox rows added (%d subscriptions matched, %d already queued)",
        story_id,
        len(rows),
        len(matching),
        len(existing),
    )
    return len(rows)


async def delivery_states(conn: AsyncConnection, story_id: int) -> dict[int, sa.Row]:
    """The outbox row of each channel for a story (``/news explain``), keyed by channel id."""
    rows = await conn.execute(
        sa.select(outbox).where(outbox.c.story_id == story_id, outbox.c.kind == "story")
    )
    return {row.channel_id: row for row in rows}


async def enqueue_countdown(
    conn: AsyncConnection, story_id: int, kind: str, *, now: datetime | None = None
) -> int:
    """One pending countdown row (``kind``: 7d, 1d, 1h or out) per enabled subscription that asked
    for countdowns, for the story that dates the premiere; a row that exists is left alone, so every
    process may call this and each channel still gets each countdown once. Returns rows added."""
    now = now or utcnow()
    wanted = [s for s in await enabled_subscriptions(conn, None) if s.countdowns]
    rows = [
        {
            "story_id": story_id,
            "subscription_id": sub.id,
            "guild_id": sub.guild_id,
            "channel_id": sub.channel_id,
            "kind": kind,
            "nonce": outbox_nonce(story_id, sub.channel_id, kind),
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for sub in wanted
    ]
    if not rows:
        return 0
    result = await conn.execute(insert_ignoring_duplicates(conn, outbox), rows)
    return max(result.rowcount or 0, 0)
