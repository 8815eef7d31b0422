"""The delivery worker's SQL on the outbox: claim due rows, confirm, retry, fail, find orphans.

Claiming is one UPDATE over a sub-select. On PostgreSQL the sub-select takes `FOR UPDATE SKIP
LOCKED`, so several shard processes sharing one outbox never claim the same row; SQLite ignores
that clause and a single process is its only writer. Every state change is conditional on the
state it expects, so a late confirmation can never resurrect a row another path already settled.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.times import aware
from bot.storage.tables import outbox, subscriptions

log = logging.getLogger(__name__)

ERROR_LIMIT = 500
# Discord puts a guild on shard (guild_id >> 22) % shard_count.
_SHARD_SHIFT = 22


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    story_id: int
    subscription_id: int
    guild_id: int
    channel_id: int
    nonce: str
    state: str
    attempts: int
    next_attempt_at: datetime
    claimed_at: datetime | None
    last_error: str | None
    message_id: int | None
    created_at: datetime
    kind: str = "story"  # or a countdown: 7d, 1d, 1h, out


@dataclass(frozen=True, slots=True)
class Shards:
    """The shards this process runs; only their guilds' rows are its to deliver."""

    count: int
    ids: tuple[int, ...]

    def owns(self, guild_id: int) -> bool:
        return (guild_id >> _SHARD_SHIFT) % self.count in self.ids


def _shard_clause(shards: Shards | None) -> sa.ColumnElement[bool]:
    if shards is None:
        return sa.true()
    # PostgreSQL defines `>>` as bigint >> integer only, so the shift must be typed Integer.
    shard_of = outbox.c.guild_id.op(">>")(sa.literal(_SHARD_SHIFT, sa.Integer)) % shards.count
    return shard_of.in_(shards.ids)


def _row(row: sa.Row) -> OutboxRow:
    next_attempt_at = aware(row.next_attempt_at)
    created_at = aware(row.created_at)
    assert next_attempt_at is not None
    assert created_at is not None
    return OutboxRow(
        id=row.id,
        story_id=row.story_id,
        subscription_id=row.subscription_id,
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        nonce=row.nonce,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=next_attempt_at,
        claimed_at=aware(row.claimed_at),
        last_error=row.last_error,
        message_id=row.message_id,
        created_at=created_at,
        kind=row.kind,
    )


async def claim_due(
    conn: AsyncConnection,
    *,
    now: datetime,
    limit: int,
    shards: Shards | None = None,
    abandoned_before: datetime | None = None,
) -> list[OutboxRow]:
    """Move up to `limit` due pending rows to `sending` (oldest due first) and return them.

    With ``abandoned_before``, rows of other shards that were due before it are claimed too, after
    this process's own: their process has not claimed them for a whole lease (it stopped, or it is
    far behind), and any process can post to any channel. One budget paces them all the same.
    """
    mine = _shard_clause(shards)
    claimable = mine
    order: list[sa.ColumnElement[object]] = [outbox.c.next_attempt_at, outbox.c.id]
    if shards is not None and abandoned_before is not None:
        claimable = sa.or_(mine, outbox.c.next_attempt_at <= abandoned_before)
        order.insert(0, sa.case((mine, 0), else_=1))
    due = (
        sa.select(outbox.c.id)
        .where(outbox.c.state == "pending", outbox.c.next_attempt_at <= now, claimable)
        .order_by(*order)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    # Two statements, not `UPDATE ... WHERE id IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED)`:
    # PostgreSQL may run such a sub-select more than once and claim more than `limit` rows.
    # The rows locked by the SELECT stay locked until this transaction ends.
    ids = list((await conn.execute(due)).scalars())
    if not ids:
        return []
    result = await conn.execute(
        sa.update(outbox)
        .where(outbox.c.id.in_(ids), outbox.c.state == "pending")
        .values(state="sending", claimed_at=now)
        .returning(*outbox.c)
    )
    return sorted((_row(r) for r in result), key=lambda r: (r.next_attempt_at, r.id))


async def next_due_at(conn: AsyncConnection, *, shards: Shards | None = None) -> datetime | None:
    """When the earliest pending row of these shards becomes due (None when there is none)."""
    value = (
        await conn.execute(
            sa.select(sa.func.min(outbox.c.next_attempt_at)).where(
                outbox.c.state == "pending", _shard_clause(shards)
            )
        )
    ).scalar_one_or_none()
    return aware(value)


async def oldest_due(conn: AsyncConnection, *, now: datetime) -> datetime | None:
    """When the longest-waiting pending row became due, among those due by ``now`` (metrics)."""
    value = (
        await conn.execute(
            sa.select(sa.func.min(outbox.c.next_attempt_at)).where(
                outbox.c.state == "pending", outbox.c.next_attempt_at <= now
            )
        )
    ).scalar_one_or_none()
    return aware(value)


async def orphaned(
    conn: AsyncConnection, *, shards: Shards | None = None, claimed_before: datetime | None = None
) -> list[OutboxRow]:
    """Rows left in `sending`: their process stopped between claiming and confirming them.

    ``claimed_before`` limits them to claims older than a lease (a running worker's sweep: rows
    whose confirmation was never written, by this process or by one that stopped). Without it (a
    start), every `sending` row of these shards counts: one a helper still has in flight is resent
    with the same nonce, which Discord answers with the message already posted.
    """
    query = sa.select(outbox).where(outbox.c.state == "sending", _shard_clause(shards))
    if claimed_before is not None:
        query = query.where(outbox.c.claimed_at < claimed_before)
    result = await conn.execute(query.order_by(outbox.c.id))
    return [_row(r) for r in result]


async def mark_sent(conn: AsyncConnection, row_id: int, *, message_id: int, now: datetime) -> bool:
    result = await conn.execute(
        sa.update(outbox)
        .where(outbox.c.id == row_id, outbox.c.state == "sending")
        .values(
            state="sent",
            message_id=message_id,
            sent_at=now,
            attempts=outbox.c.attempts + 1,
            last_error=None,
        )
    )
    return bool(result.rowcount)


async def schedule_retry(
    conn: AsyncConnection,
    row_id: int,
    *,
    at: datetime,
    error: str | None,
    count_attempt: bool = True,
    attempts: int | None = None,
) -> bool:
    """Back to `pending`, due at `at`. `count_attempt=False` for rows put back unsent (pacing, restart).

    ``attempts``: only if the row still has that many attempts, i.e. it is the same claim that was
    read (two processes settling one orphan must not put back a row one of them already resent).
    """
    values: dict[str, object] = {"state": "pending", "next_attempt_at": at}
    if count_attempt:
        values["attempts"] = outbox.c.attempts + 1
    if error is not None:
        values["last_error"] = error[:ERROR_LIMIT]
    query = sa.update(outbox).where(outbox.c.id == row_id, outbox.c.state == "sending")
    if attempts is not None:
        query = query.where(outbox.c.attempts == attempts)
    result = await conn.execute(query.values(**values))
    return bool(result.rowcount)


async def release(conn: AsyncConnection, row_ids: Sequence[int], *, at: datetime) -> None:
    """Put claimed rows back unsent and uncounted, due at `at` (a busy channel's pacing)."""
    if row_ids:
        await conn.execute(
            sa.update(outbox)
            .where(outbox.c.id.in_(list(row_ids)), outbox.c.state == "sending")
            .values(state="pending", next_attempt_at=at)
        )


async def mark_failed(conn: AsyncConnection, row_id: int, *, error: str, count_attempt: bool = True) -> bool:
    values: dict[str, object] = {"state": "failed", "last_error": error[:ERROR_LIMIT]}
    if count_attempt:
        values["attempts"] = outbox.c.attempts + 1
    result = await conn.execute(
        sa.update(outbox)
        .where(outbox.c.id == row_id, outbox.c.state.in_(("sending", "pending")))
        .values(**values)
    )
    return bool(result.rowcount)


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the worker needs of a subscription at send time."""

    enabled: bool
    ping_role_id: int | None
    disabled_reason: str | None
    language: str | None = None  # the subscription's language filter: the version to show


async def recipients(conn: AsyncConnection, subscription_ids: Iterable[int]) -> dict[int, Recipient]:
    ids = sorted(set(subscription_ids))
    if not ids:
        return {}
    result = await conn.execute(
        sa.select(
            subscriptions.c.id,
            subscriptions.c.enabled,
            subscriptions.c.ping_role_id,
            subscriptions.c.disabled_reason,
            subscriptions.c.language,
        ).where(subscriptions.c.id.in_(ids))
    )
    return {r.id: Recipient(bool(r.enabled), r.ping_role_id, r.disabled_reason, r.language) for r in result}


async def counts_by_state(conn: AsyncConnection, *, story_id: int | None = None) -> dict[str, int]:
    """How many rows are in each state (for benches, tests and `/news explain`)."""
    query = sa.select(outbox.c.state, sa.func.count()).group_by(outbox.c.state)
    if story_id is not None:
        query = query.where(outbox.c.story_id == story_id)
    return {state: int(n) for state, n in await conn.execute(query)}
