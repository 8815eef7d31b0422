"""Delivery through Discord's failures: crashes, stale claims, 429 storms, 5xx, timeouts, 403 and 404."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import discord
import pytest
import sqlalchemy as sa

from bot.delivery import outbox_store as store
from bot.delivery import worker as worker_module
from bot.delivery.retry import RetryPolicy
from bot.delivery.worker import DeliveryWorker
from bot.news.outbox import enqueue_story
from bot.news.times import utcnow
from bot.offline import OfflineWorld
from bot.storage.tables import outbox, subscriptions
from tests.bot.delivery.seed import CHANNELS, add_story, posts, queue, settled
from tests.e2e.test_news_delivery import bot_cannot_send
from tests.support.waiting import eventually

MESSAGES = "/channels/{channel_id}/messages"
FAST_RETRY = RetryPolicy(base=0.2, factor=2, cap=1.0, max_attempts=4)


def more_channels(world: OfflineWorld, count: int) -> list[str]:
    names = [f"fans-{i}" for i in range(count)]
    for name in names:
        world.guild.add_channel(name)
    return names


async def claims_gone_stale(world: OfflineWorld, story_id: int) -> None:
    """The story's rows as a process that stopped mid-send leaves them: claimed long ago, outcome unknown."""
    async with world.bot.db.begin() as conn:
        await conn.execute(
            sa.update(outbox)
            .where(outbox.c.story_id == story_id)
            .values(
                state="sending", message_id=None, sent_at=None, claimed_at=utcnow() - timedelta(minutes=10)
            )
        )


async def restart_worker(world: OfflineWorld, **options: object) -> DeliveryWorker:
    worker = DeliveryWorker(world.bot, world.bot.db, **options)  # type: ignore[arg-type]
    worker.start()
    await asyncio.wait_for(worker.reconciled.wait(), 10)
    return worker


async def test_crash_between_send_and_mark_posts_nothing_twice(world: OfflineWorld, monkeypatch) -> None:
    """The worker dies after 4 confirmed sends with more posted but unconfirmed; a restart finishes the
    fan-out: every channel has exactly one post and every row is sent."""
    names = more_channels(world, 12)
    await bot_sees_channels(world, names)
    worker = world.bot.delivery
    admitted = confirmed = 0
    crashed = asyncio.Event()
    four_confirmed = asyncio.Event()
    original = worker._confirm

    async def confirm_then_die(row, message_id):  # type: ignore[no-untyped-def]
        nonlocal admitted, confirmed
        if admitted >= 4:
            crashed.set()
            await asyncio.Event().wait()  # the process is gone: this row is never confirmed
        admitted += 1
        await original(row, message_id)
        confirmed += 1
        if confirmed == 4:
            four_confirmed.set()

    monkeypatch.setattr(worker, "_confirm", confirm_then_die)
    await queue(world, channels=names)
    await asyncio.wait_for(crashed.wait(), 10)
    await asyncio.wait_for(four_confirmed.wait(), 10)  # the four admitted confirmations are written
    # More sends land while nothing confirms them.
    await eventually(lambda: sum(len(posts(world, n)) for n in names) > 5, what="unconfirmed posts")
    await worker.abort()
    async with world.bot.db.connect() as conn:
        states = dict(
            (await conn.execute(sa.select(outbox.c.state, sa.func.count()).group_by(outbox.c.state))).all()
        )
    assert states["sent"] == 4
    assert states["sending"] >= 1
    posted_before = sum(len(posts(world, n)) for n in names)
    assert posted_before > 4  # some posts exist that the database never recorded

    again = await restart_worker(world, retry=FAST_RETRY)
    try:
        assert await settled(world) == {"sent": len(names)}
    finally:
        await again.stop()
    assert [len(posts(world, n)) for n in names] == [1] * len(names)
    assert again.stats.released >= 1


async def test_stale_claim_is_found_in_history_not_reposted(world: OfflineWorld) -> None:
    """A row left `sending` longer than Discord remembers nonces is matched to its post in the channel's
    history; one whose post is missing is sent again. Either way each channel ends with one post."""
    story_id = await queue(world, channels=("news", "general"))
    await settled(world)
    await world.bot.delivery.abort()
    (news_post,) = posts(world, "news")
    (general_post,) = posts(world, "general")
    world.fake.delete_message(general_post)  # as if the first try never reached Discord
    world.fake.store.nonce_window = 0  # Discord has forgotten both nonces
    await claims_gone_stale(world, story_id)
    worker = await restart_worker(world)
    try:
        await settled(world)
    finally:
        await worker.stop()
    assert worker.stats.reconciled == 1
    assert [m.id for m in posts(world, "news")] == [news_post.id]
    assert len(posts(world, "general")) == 1
    async with world.bot.db.connect() as conn:
        rows = {r.channel_id: r for r in await conn.execute(sa.select(outbox))}
    assert rows[world.channel("news").id].message_id == news_post.id
    assert rows[world.channel("general").id].state == "sent"


async def test_settling_many_stale_claims_reads_history_within_the_budget(world: OfflineWorld) -> None:
    """Reading a channel's history is a request like a send: a restart settling 24 stale claims reads
    their histories and resends the missing posts within the delivery rate, not in one burst."""
    names = more_channels(world, 24)
    await bot_sees_channels(world, names)
    story_id = await queue(world, channels=names)
    await settled(world)
    await world.bot.delivery.abort()
    for name in names[::2]:
        world.fake.delete_message(posts(world, name)[0])  # half never reached Discord
    world.fake.store.nonce_window = 0
    await claims_gone_stale(world, story_id)
    since = time.monotonic()
    rate = 10
    worker = await restart_worker(world, rate=rate, retry=FAST_RETRY)
    try:
        assert await settled(world) == {"sent": len(names)}
    finally:
        await worker.stop()
    assert [len(posts(world, n)) for n in names] == [1] * len(names)
    # The local bucket allows a burst of 2 on top of the rate; over three seconds a loaded test loop's
    # few milliseconds of lateness can add one more, where no budget would send all 36 in one.
    assert world.fake.peak_rate(world.app, since=since, window=3.0) <= 3 * rate + 3


async def test_a_recent_claim_resent_after_nonce_memory_looks_in_history(world: OfflineWorld) -> None:
    """After a restart, a recent unconfirmed claim is resent; if that resend comes after Discord has
    forgotten the nonce (pacing or retries delayed it), the post already in the channel is found."""
    story_id = await queue(world, channels=("news",))
    await settled(world)
    await world.bot.delivery.abort()
    (post,) = posts(world, "news")
    world.fake.store.nonce_window = 0  # the resend comes too late for Discord's deduplication
    async with world.bot.db.begin() as conn:
        await conn.execute(
            sa.update(outbox)
            .where(outbox.c.story_id == story_id)
            .values(
                state="sending",
                attempts=0,
                message_id=None,
                sent_at=None,
                claimed_at=utcnow() - timedelta(seconds=5),
            )
        )
    worker = await restart_worker(world)
    try:
        assert await settled(world) == {"sent": 1}
    finally:
        await worker.stop()
    assert [m.id for m in posts(world, "news")] == [post.id]


async def test_a_claim_whose_outcome_was_never_written_is_swept(world: OfflineWorld, monkeypatch) -> None:
    """The database refuses the write that records a failed send: the row is not stuck in `sending`
    until a restart; the running worker's sweep puts it back and it is delivered once."""
    worker = world.bot.delivery
    worker.retry = FAST_RETRY
    worker.claim_lease = timedelta(seconds=0.3)
    worker.sweep_every = 0.1
    worker.idle_poll = 0.1
    world.fake.fail("POST", MESSAGES, 503, times=1)
    original = store.schedule_retry
    refused = asyncio.Event()

    async def refuse_once(conn, row_id, **kwargs):  # type: ignore[no-untyped-def]
        if not refused.is_set():
            refused.set()
            raise OSError("database unavailable")
        return await original(conn, row_id, **kwargs)

    monkeypatch.setattr(store, "schedule_retry", refuse_once)
    await queue(world, channels=("news",))
    await asyncio.wait_for(refused.wait(), 10)
    assert await settled(world) == {"sent": 1}
    assert len(posts(world, "news")) == 1


async def test_429_storm_is_ridden_out(world: OfflineWorld) -> None:
    """A run of 429s with retry_after on message posts delays delivery but loses and repeats nothing."""
    world.bot.delivery.retry = FAST_RETRY
    world.fake.fail("POST", MESSAGES, 429, times=12, retry_after=0.1)
    await queue(world)
    assert await settled(world) == {"sent": 3}
    assert [len(posts(world, n)) for n in CHANNELS] == [1, 1, 1]
    assert world.fake.rate_limited_count >= 12


async def test_server_errors_are_retried_and_delivered_once(world: OfflineWorld) -> None:
    """A 500 (retried by discord.py) and 503s (retried by the worker with backoff) end in one post each."""
    worker = world.bot.delivery
    worker.retry = FAST_RETRY
    world.fake.fail("POST", MESSAGES, 503, times=3)
    world.fake.fail("POST", MESSAGES, 500, times=1)
    await queue(world)
    assert await settled(world) == {"sent": 3}
    assert [len(posts(world, n)) for n in CHANNELS] == [1, 1, 1]
    assert worker.stats.retried >= 3


async def test_timeouts_are_retried_without_a_duplicate(world: OfflineWorld) -> None:
    """A send that hangs past the worker's timeout is retried, and the channel gets exactly one post."""
    worker = world.bot.delivery
    worker.retry = FAST_RETRY
    worker.send_timeout = 0.3
    world.fake.hang("POST", MESSAGES, times=1, seconds=0.6)
    await queue(world, channels=("news",))
    assert await settled(world) == {"sent": 1}
    # The hung request's client has gone, so the fake can't answer or journal it: no event marks its
    # end. Its hold is 0.6 s; waiting that long again is the only way to be sure it has been handled.
    await asyncio.sleep(0.6)
    assert len(posts(world, "news")) == 1


async def test_too_many_failures_end_in_failed_with_the_reason(world: OfflineWorld) -> None:
    """A channel that keeps answering 503 is given up after the policy's attempts, with the reason kept."""
    world.bot.delivery.retry = RetryPolicy(base=0.05, cap=0.1, max_attempts=3)
    world.fake.fail("POST", MESSAGES, 503, times=50)
    await queue(world, channels=("news",))
    assert await settled(world) == {"failed": 1}
    async with world.bot.db.connect() as conn:
        row = (await conn.execute(sa.select(outbox))).one()
    assert row.attempts == 3
    assert "503" in row.last_error
    assert "gave up after 3" in row.last_error


async def lost_channel_setup(world: OfflineWorld) -> None:
    await world.bot.guild_settings.update(world.guild.id, log_channel_id=world.channel("mod-log").id)


async def subscription_of(world: OfflineWorld, name: str) -> sa.Row:
    async with world.bot.db.connect() as conn:
        return (
            await conn.execute(
                sa.select(subscriptions).where(subscriptions.c.channel_id == world.channel(name).id)
            )
        ).one()


async def test_403_disables_the_subscription_and_tells_the_log_channel_once(world: OfflineWorld) -> None:
    """Losing Send Messages in one channel fails its rows, disables it with the reason, and posts one
    notice in the log channel, while the other channels still get the story."""
    await lost_channel_setup(world)
    bot_role = world.guild.role("Hyosan")
    world.channel("news").set_permissions(bot_role, deny=discord.Permissions(send_messages=True))
    await queue(world)
    await queue(world, title="Season 2 filming wraps")  # a second story to the dead channel: no 2nd notice
    counts = await settled(world)
    assert counts == {"sent": 4, "failed": 2}
    sub = await subscription_of(world, "news")
    assert not sub.enabled
    assert "Missing Permissions" in sub.disabled_reason
    notices = posts(world, "mod-log")
    assert len(notices) == 1
    assert f"<#{world.channel('news').id}>" in notices[0].content
    assert notices[0].mentions_would_ping is False
    assert len(posts(world, "general")) == 2


async def test_404_disables_the_subscription_and_uses_the_system_channel(world: OfflineWorld) -> None:
    """A deleted channel (404 Unknown Channel) disables its subscription; with no log channel set the
    notice goes to the system channel."""
    extra = more_channels(world, 1)[0]
    await bot_sees_channels(world, [extra])
    channel_id = world.channel(extra).id
    await queue(world, channels=(extra,), title="a")
    await settled(world)
    world.guild.delete_channel(extra)
    await eventually(lambda: world.bot.get_channel(channel_id) is None, what="the deletion to reach the bot")
    async with world.bot.db.begin() as conn:
        story_id = await add_story(conn, title="b")
        await enqueue_story(conn, story_id)
    world.bot.delivery.wake()
    await settled(world)
    async with world.bot.db.connect() as conn:
        sub = (
            await conn.execute(sa.select(subscriptions).where(subscriptions.c.channel_id == channel_id))
        ).one()
    assert not sub.enabled
    assert "Unknown Channel" in sub.disabled_reason
    system = world.guild.system_channel
    notices = [m for m in world.fake.messages(system) if m.author.id == world.app.bot_user.id]
    assert len(notices) == 1
    assert "no longer exists" in notices[0].content


async def test_a_failing_notice_is_not_retried(world: OfflineWorld) -> None:
    """If the log channel itself refuses the notice, the worker tries once and moves on."""
    await lost_channel_setup(world)
    bot_role = world.guild.role("Hyosan")
    deny = discord.Permissions(send_messages=True)
    world.channel("news").set_permissions(bot_role, deny=deny)
    world.channel("mod-log").set_permissions(bot_role, deny=deny)
    await eventually(
        lambda: (
            bot_cannot_send(world, world.channel("news")) and bot_cannot_send(world, world.channel("mod-log"))
        ),
        what="the overwrites to reach the bot",
    )
    await queue(world, channels=("news",))
    assert await settled(world) == {"failed": 1}
    mod_log = f"/channels/{world.channel('mod-log').id}/messages"

    def notice_attempts() -> int:
        return len([r for r in world.fake.requests("POST") if r.path.endswith(mod_log)])

    # The notice is tried once, as the row fails; nothing retries it (notices have no retry path).
    await eventually(notice_attempts, what="the notice attempt")
    assert notice_attempts() == 1
    assert posts(world, "mod-log") == []


@pytest.fixture
def world_settings() -> dict[str, object]:
    return {"delivery_rate": 45.0}


async def test_a_bug_while_delivering_fails_the_row_once_with_its_traceback(
    world: OfflineWorld, monkeypatch, caplog
) -> None:
    """A KeyError building the embed is no Discord hiccup: no retries, one log record with the traceback."""
    world.bot.delivery.retry = FAST_RETRY

    def broken_embed(story, language=None):  # type: ignore[no-untyped-def]
        raise KeyError("status")

    monkeypatch.setattr("bot.delivery.worker.announcement_embed", broken_embed)
    await queue(world, channels=("news",))
    assert await settled(world) == {"failed": 1}
    async with world.bot.db.connect() as conn:
        (row,) = (await conn.execute(sa.select(outbox))).all()
    assert row.last_error == "internal error: KeyError"
    assert row.attempts == 1
    bugs = [r for r in caplog.records if "a bug stopped this delivery" in r.getMessage()]
    assert len(bugs) == 1 and bugs[0].exc_info is not None
    assert posts(world, "news") == []


async def test_a_database_hiccup_while_preparing_a_row_is_retried(world: OfflineWorld, monkeypatch) -> None:
    """The story lookup losing its connection once is not a bug: the row is retried and posted once."""
    world.bot.delivery.retry = FAST_RETRY
    real = worker_module.story_for_delivery
    calls = 0

    async def flaky(conn, story_id):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 1:
            raise sa.exc.OperationalError("SELECT stories", {}, ConnectionResetError())
        return await real(conn, story_id)

    monkeypatch.setattr(worker_module, "story_for_delivery", flaky)
    await queue(world, channels=("news",))
    assert await settled(world) == {"sent": 1}
    assert calls >= 2
    async with world.bot.db.connect() as conn:
        (row,) = (await conn.execute(sa.select(outbox))).all()
    assert row.attempts == 2  # the retried preparation, then the send
    assert len(posts(world, "news")) == 1


async def bot_sees_channels(world: OfflineWorld, names: list[str]) -> None:
    ids = [world.channel(name).id for name in names]
    await eventually(lambda: all(world.bot.get_channel(i) is not None for i in ids), what="the new channels")
