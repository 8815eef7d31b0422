"""The worker's SQL on the outbox: claiming, shard ownership, confirmation and orphans."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from bot.delivery import outbox_store as store
from bot.delivery.outbox_store import Shards
from bot.news.times import utcnow
from bot.storage.database import Database
from bot.storage.tables import outbox
from tests.bot.delivery.seed import story_to_channels

GUILD = 1_000_000_000_000_000_000 >> 1  # a snowflake-sized id


async def test_claim_takes_due_rows_once(database: Database) -> None:
    """Due pending rows move to `sending` once; a second claim finds none of them."""
    await story_to_channels(database, GUILD, [11, 12, 13])
    async with database.begin() as conn:
        first = await store.claim_due(conn, now=utcnow(), limit=2)
        second = await store.claim_due(conn, now=utcnow(), limit=10)
        third = await store.claim_due(conn, now=utcnow(), limit=10)
    assert len(first) == 2
    assert len(second) == 1
    assert third == []
    assert {r.channel_id for r in first + second} == {11, 12, 13}
    assert all(r.state == "sending" and r.claimed_at is not None for r in first + second)


async def test_claim_skips_rows_not_yet_due(database: Database) -> None:
    """A row scheduled for later is not claimed before its time, and next_due_at reports that time."""
    await story_to_channels(database, GUILD, [11])
    later = utcnow() + timedelta(minutes=5)
    async with database.begin() as conn:
        await conn.execute(sa.update(outbox).values(next_attempt_at=later))
        assert await store.claim_due(conn, now=utcnow(), limit=10) == []
        due = await store.next_due_at(conn)
    assert due is not None
    assert abs((due - later).total_seconds()) < 1


async def test_shards_claim_only_their_guilds(database: Database) -> None:
    """With two shards, each process claims exactly the rows of guilds on its own shard."""
    on_zero = 0 << 22 | 5
    on_one = 1 << 22 | 5
    await story_to_channels(database, on_zero, [21])
    await story_to_channels(database, on_one, [22])
    async with database.begin() as conn:
        zero = await store.claim_due(conn, now=utcnow(), limit=10, shards=Shards(2, (0,)))
        one = await store.claim_due(conn, now=utcnow(), limit=10, shards=Shards(2, (1,)))
    # The second story went to both channels (built-in sources reach every guild): 2 + 1 rows.
    assert {r.guild_id for r in zero} == {on_zero}
    assert {r.guild_id for r in one} == {on_one}
    assert len(zero) + len(one) == 3
    assert Shards(2, (1,)).owns(on_one)
    assert not Shards(2, (1,)).owns(on_zero)


async def test_confirm_is_conditional_on_sending(database: Database) -> None:
    """Only a claimed row can be confirmed; confirming twice changes nothing the second time."""
    await story_to_channels(database, GUILD, [11])
    async with database.begin() as conn:
        (row,) = await store.claim_due(conn, now=utcnow(), limit=1)
        assert await store.mark_sent(conn, row.id, message_id=99, now=utcnow())
        assert not await store.mark_sent(conn, row.id, message_id=100, now=utcnow())
        sent = (await conn.execute(sa.select(outbox).where(outbox.c.id == row.id))).one()
    assert sent.state == "sent"
    assert sent.message_id == 99
    assert sent.attempts == 1


async def test_retry_and_release_return_rows_to_pending(database: Database) -> None:
    """A retry counts the attempt and records the error; a release (pacing, restart) does not."""
    await story_to_channels(database, GUILD, [11, 12])
    async with database.begin() as conn:
        a, b = await store.claim_due(conn, now=utcnow(), limit=2)
        await store.schedule_retry(conn, a.id, at=utcnow(), error="503 Discord server error")
        await store.release(conn, [b.id], at=utcnow())
        rows = {r.id: r for r in await conn.execute(sa.select(outbox))}
    assert rows[a.id].state == "pending"
    assert rows[a.id].attempts == 1
    assert rows[a.id].last_error == "503 Discord server error"
    assert rows[b.id].state == "pending"
    assert rows[b.id].attempts == 0


async def test_orphans_are_the_rows_left_sending(database: Database) -> None:
    """After a crash, exactly the claimed-but-unconfirmed rows are found, with their claim time."""
    await story_to_channels(database, GUILD, [11, 12, 13])
    async with database.begin() as conn:
        claimed = await store.claim_due(conn, now=utcnow(), limit=2)
        await store.mark_sent(conn, claimed[0].id, message_id=1, now=utcnow())
    async with database.connect() as conn:
        orphans = await store.orphaned(conn)
        counts = await store.counts_by_state(conn)
    assert [o.id for o in orphans] == [claimed[1].id]
    assert orphans[0].claimed_at is not None
    assert counts == {"sent": 1, "sending": 1, "pending": 1}


async def test_failed_rows_are_never_claimed_again(database: Database) -> None:
    """A failed row stays failed with its reason; recipients report the subscription's ping role."""
    await story_to_channels(database, GUILD, [11], ping_role_id=777)
    async with database.begin() as conn:
        (row,) = await store.claim_due(conn, now=utcnow(), limit=1)
        assert await store.mark_failed(conn, row.id, error="400 rejected")
        assert await store.claim_due(conn, now=utcnow(), limit=5) == []
        found = await store.recipients(conn, [row.subscription_id])
    assert found[row.subscription_id].ping_role_id == 777
    assert found[row.subscription_id].enabled


async def test_rows_waiting_a_whole_lease_are_taken_over_by_another_shard(database: Database) -> None:
    """Another shard's due rows are left to it, until they have waited a lease unclaimed (its
    process stopped); then any process claims them, after its own."""
    on_zero = 0 << 22 | 5
    on_one = 1 << 22 | 5
    await story_to_channels(database, on_one, [22, 23])
    now = utcnow()
    async with database.begin() as conn:
        fresh = await store.claim_due(
            conn, now=now, limit=10, shards=Shards(2, (0,)), abandoned_before=now - timedelta(minutes=2)
        )
        assert fresh == []
        await conn.execute(sa.update(outbox).values(next_attempt_at=now - timedelta(minutes=3)))
    await story_to_channels(database, on_zero, [21])
    now = utcnow()
    async with database.begin() as conn:
        first = await store.claim_due(
            conn, now=now, limit=1, shards=Shards(2, (0,)), abandoned_before=now - timedelta(minutes=2)
        )
        rest = await store.claim_due(
            conn, now=now, limit=10, shards=Shards(2, (0,)), abandoned_before=now - timedelta(minutes=2)
        )
    # Its own row comes first although the abandoned ones have waited longer; the second story's
    # rows for shard 1 (queued just now, not abandoned) stay with shard 1.
    assert [r.guild_id for r in first] == [on_zero]
    assert sorted(r.channel_id for r in rest) == [22, 23]
    assert all(r.next_attempt_at < now - timedelta(minutes=2) for r in rest)


async def test_an_orphan_is_put_back_once_by_two_settling_processes(database: Database) -> None:
    """Two processes settle the same orphan: the second, holding what it read before the first
    put the row back and it was claimed again, changes nothing."""
    await story_to_channels(database, GUILD, [11])
    async with database.begin() as conn:
        (row,) = await store.claim_due(conn, now=utcnow(), limit=1)
        assert await store.schedule_retry(conn, row.id, at=utcnow(), error="lost", attempts=row.attempts)
        (again,) = await store.claim_due(conn, now=utcnow(), limit=1)
        assert not await store.schedule_retry(conn, row.id, at=utcnow(), error="lost", attempts=row.attempts)
        state = (await conn.execute(sa.select(outbox.c.state).where(outbox.c.id == row.id))).scalar_one()
    assert again.id == row.id and state == "sending"
