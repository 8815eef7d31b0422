"""Channel subscriptions: one row per channel, with optional status and language filters.

Functions take an open connection so callers choose the transaction: the delivery worker disables
a subscription in the same transaction that marks its outbox row failed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.i18n import Translatable
from bot.news.models import STATUSES, Subscription
from bot.news.times import aware, utcnow
from bot.storage.tables import outbox, subscriptions

log = logging.getLogger(__name__)

REASON_LIMIT = 500


class SubscriptionFilterError(Translatable, ValueError):
    """A status filter a user typed names no known status; the message lists the valid ones."""


def parse_statuses(text: str | None) -> tuple[str, ...] | None:
    """``"trailer, date_announced"`` -> a tuple in precedence order; blank or ``all`` -> None (any)."""
    if text is None:
        return None
    words = [w.strip().lower().replace(" ", "_").replace("-", "_") for w in text.replace(";", ",").split(",")]
    words = [w for w in words if w]
    if not words or words == ["all"]:
        return None
    # "rumour" is the spelling most of the community uses; the classifier says "rumor".
    words = ["rumor" if w == "rumour" else w for w in words]
    unknown = [w for w in words if w not in STATUSES]
    if unknown:
        raise SubscriptionFilterError(
            "Unknown status {unknown}. Choose from: {known} (comma-separated).",
            unknown=", ".join(unknown),
            known=", ".join(STATUSES),
        )
    return tuple(s for s in STATUSES if s in words)


def _row_to_subscription(row: sa.Row) -> Subscription:
    statuses = row.statuses
    return Subscription(
        id=row.id,
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        statuses=tuple(statuses) if statuses is not None else None,
        language=row.language,
        ping_role_id=row.ping_role_id,
        enabled=bool(row.enabled),
        disabled_reason=row.disabled_reason,
        created_by=row.created_by,
        created_at=aware(row.created_at),
        premiere_threads=bool(row.premiere_threads),
        countdowns=bool(row.countdowns),
    )


async def get_subscription(conn: AsyncConnection, channel_id: int) -> Subscription | None:
    row = (
        await conn.execute(sa.select(subscriptions).where(subscriptions.c.channel_id == channel_id))
    ).first()
    return _row_to_subscription(row) if row is not None else None


async def get_subscription_by_id(conn: AsyncConnection, subscription_id: int) -> Subscription | None:
    row = (await conn.execute(sa.select(subscriptions).where(subscriptions.c.id == subscription_id))).first()
    return _row_to_subscription(row) if row is not None else None


async def save_subscription(
    conn: AsyncConnection,
    *,
    guild_id: int,
    channel_id: int,
    statuses: Sequence[str] | None,
    language: str | None,
    ping_role_id: int | None,
    created_by: int | None,
    premiere_threads: bool = False,
    countdowns: bool = False,
) -> tuple[Subscription, bool]:
    """Create the channel's subscription, or replace its filters and re-enable it. Returns (it, created)."""
    values = {
        "guild_id": guild_id,
        "statuses": list(statuses) if statuses is not None else None,
        "language": language,
        "ping_role_id": ping_role_id,
        "premiere_threads": premiere_threads,
        "countdowns": countdowns,
        "enabled": True,
        "disabled_reason": None,
        "created_by": created_by,
    }
    existing = await get_subscription(conn, channel_id)
    if existing is None:
        await conn.execute(
            sa.insert(subscriptions).values(channel_id=channel_id, created_at=utcnow(), **values)
        )
        created = True
    else:
        await conn.execute(sa.update(subscriptions).where(subscriptions.c.id == existing.id).values(**values))
        created = False
    saved = await get_subscription(conn, channel_id)
    assert saved is not None
    log.info(
        "%s subscription %d: guild %d channel %d statuses=%s language=%s",
        "created" if created else "updated",
        saved.id,
        guild_id,
        channel_id,
        statuses,
        language,
    )
    return saved, created


async def remove_subscription(conn: AsyncConnection, guild_id: int, channel_id: int) -> bool:
    """Delete the channel's subscription (its outbox rows go with it). False when there was none."""
    result = await conn.execute(
        sa.delete(subscriptions).where(
            subscriptions.c.guild_id == guild_id, subscriptions.c.channel_id == channel_id
        )
    )
    return bool(result.rowcount)


async def guild_subscriptions(conn: AsyncConnection, guild_id: int) -> list[Subscription]:
    rows = await conn.execute(
        sa.select(subscriptions).where(subscriptions.c.guild_id == guild_id).order_by(subscriptions.c.id)
    )
    return [_row_to_subscription(row) for row in rows]


async def enabled_subscriptions(
    conn: AsyncConnection, guild_ids: Iterable[int] | None = None
) -> list[Subscription]:
    """Every enabled subscription, or only those of ``guild_ids`` (a guild feed's stories stay home)."""
    query = sa.select(subscriptions).where(subscriptions.c.enabled == sa.true())
    if guild_ids is not None:
        query = query.where(subscriptions.c.guild_id.in_(list(guild_ids)))
    rows = await conn.execute(query.order_by(subscriptions.c.id))
    return [_row_to_subscription(row) for row in rows]


async def disable_subscription(conn: AsyncConnection, subscription_id: int, reason: str) -> bool:
    """Stop delivering to a channel (the worker met 403/404 there) and record why.

    Its pending outbox rows become ``failed`` with the same reason, so the worker does not knock on a
    closed door again. Returns True only for the call that disabled it, so the guild is told once.
    """
    reason = reason[:REASON_LIMIT]
    result = await conn.execute(
        sa.update(subscriptions)
        .where(subscriptions.c.id == subscription_id, subscriptions.c.enabled == sa.true())
        .values(enabled=False, disabled_reason=reason)
    )
    await conn.execute(
        sa.update(outbox)
        .where(outbox.c.subscription_id == subscription_id, outbox.c.state == "pending")
        .values(state="failed", last_error=reason)
    )
    disabled = bool(result.rowcount)
    if disabled:
        log.warning("disabled subscription %d: %s", subscription_id, reason)
    return disabled
