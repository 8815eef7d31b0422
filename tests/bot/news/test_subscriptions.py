"""Subscriptions: filters parse and apply, re-subscribing updates, disabling is recorded once."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.news.outbox import enqueue_story
from bot.news.subscriptions import (
    SubscriptionFilterError,
    disable_subscription,
    get_subscription,
    guild_subscriptions,
    parse_statuses,
    remove_subscription,
    save_subscription,
)
from bot.storage.database import Database
from bot.storage.tables import outbox


def test_parse_statuses_orders_and_accepts_spellings() -> None:
    """Typed statuses come back in precedence order; 'rumour' and spaces are understood; blank is all."""
    assert parse_statuses("rumour, Date announced,released") == ("released", "date_announced", "rumor")
    assert parse_statuses("") is None
    assert parse_statuses("all") is None
    assert parse_statuses(None) is None


def test_parse_statuses_names_the_unknown_word() -> None:
    """An unknown status is refused with a message naming it and listing the valid ones."""
    with pytest.raises(SubscriptionFilterError, match=r"filming.*released"):
        parse_statuses("filming")


async def test_resubscribe_replaces_filters_and_reenables(database: Database, rows) -> None:
    """/subscribe on an already subscribed (even disabled) channel updates it instead of adding a row."""
    sub_id = await rows.subscription(1, 101, statuses=["trailer"])
    async with database.begin() as conn:
        await disable_subscription(conn, sub_id, "404 Unknown Channel")
        saved, created = await save_subscription(
            conn, guild_id=1, channel_id=101, statuses=None, language="ko", ping_role_id=55, created_by=9
        )
    assert not created
    assert saved.id == sub_id
    assert saved.enabled
    assert saved.disabled_reason is None
    assert (saved.statuses, saved.language, saved.ping_role_id) == (None, "ko", 55)
    async with database.connect() as conn:
        assert len(await guild_subscriptions(conn, 1)) == 1


async def test_disable_fails_pending_rows_with_reason(database: Database, rows) -> None:
    """Disabling records the reason and fails the channel's pending rows so the worker stops trying."""
    source = await rows.source()
    sub_id = await rows.subscription(1, 101)
    story = await rows.story(source)
    async with database.begin() as conn:
        await enqueue_story(conn, story)
        assert await disable_subscription(conn, sub_id, "403 Missing Access")
    async with database.connect() as conn:
        sub = await get_subscription(conn, 101)
        row = (await conn.execute(sa.select(outbox))).one()
    assert sub is not None
    assert not sub.enabled
    assert sub.disabled_reason == "403 Missing Access"
    assert (row.state, row.last_error) == ("failed", "403 Missing Access")


async def test_remove_only_in_own_guild(database: Database, rows) -> None:
    """A guild cannot remove another guild's subscription by channel id."""
    await rows.subscription(1, 101)
    async with database.begin() as conn:
        assert not await remove_subscription(conn, 2, 101)
        assert await remove_subscription(conn, 1, 101)
        assert await get_subscription(conn, 101) is None
