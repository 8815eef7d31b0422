"""The delivery worker: one task that turns due outbox rows into Discord messages, exactly once.

Shaped like RoboDanny's reminder dispatcher: a single loop claims what is due, hands each row to a
short-lived send task, and otherwise sleeps until the next row is due or `wake()` is called (the
news service calls it after committing new rows; a poll every few seconds catches rows written by
another process). A row's life: pending -> sending (claimed) -> sent | back to pending (retry) |
failed. The message nonce is derived from the row, so if the process dies between Discord's answer
and the confirmation, the next start resends with the same nonce (Discord drops the copy) or, when
the claim is older than Discord's nonce memory, first looks for the post in the channel's history.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import math
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from bot.delivery import outbox_store as store
from bot.delivery.announcement import announcement_embed, countdown_embed, ping_for
from bot.delivery.budget import SharedBudget
from bot.delivery.notices import tell_subscription_stopped
from bot.delivery.outbox_store import OutboxRow, Recipient, Shards
from bot.delivery.pacing import ChannelPacer, Clock, MonotonicClock, TokenBucket
from bot.delivery.reconcile import find_posted
from bot.delivery.retry import RetryPolicy, Verdict, judge
from bot.news.stories import StoryNotFoundError, story_for_delivery
from bot.news.subscriptions import disable_subscription
from bot.news.times import utcnow
from bot.wakeup import woken

if TYPE_CHECKING:
    from bot.client import Hyosan
    from bot.storage.database import Database

log = logging.getLogger(__name__)

# Discord remembers a nonce for a few minutes; a claim older than this is checked in history first.
TRUST_NONCE_FOR = timedelta(minutes=4)
# Until when (relative to the premiere) each countdown may still go out: a late one is given up.
COUNTDOWN_LATEST = {
    "7d": -timedelta(days=1),
    "1d": -timedelta(hours=1),
    "1h": timedelta(0),
    "out": timedelta(hours=6),
}
# A claim this old with no answer recorded was lost (say the database refused the write that
# recorded a failure, or its process was killed): any running worker's sweep settles it as a
# restart would. A row due this long and not claimed by its own shard's process is taken over by
# another (that process stopped). A live process answers a claim within `send_timeout`.
CLAIM_LEASE = timedelta(minutes=2)
SWEEP_EVERY = 60.0
# A story's embed is reused across its fan-out, and refreshed in case a second source joined it.
EMBED_TTL = 30.0
EMBED_CACHE = 128


@dataclass
class DeliveryStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    reconciled: int = 0  # orphans found already posted in the channel's history
    released: int = 0  # orphans put back to be sent again


class DeliveryWorker:
    """Delivers the outbox rows of this process's shards. `start()` once ready; `stop()` on unload."""

    def __init__(
        self,
        bot: Hyosan,
        db: Database,
        *,
        rate: float | None = None,
        burst: int = 2,
        channel_limit: int = 5,
        channel_period: float = 5.0,
        retry: RetryPolicy | None = None,
        trust_nonce_for: timedelta = TRUST_NONCE_FOR,
        max_in_flight: int = 32,
        idle_poll: float = 2.0,
        send_timeout: float = 30.0,
        claim_lease: timedelta = CLAIM_LEASE,
        sweep_every: float = SWEEP_EVERY,
        clock: Clock | None = None,
    ) -> None:
        self.bot = bot
        self.db = db
        self.rate = rate if rate is not None else bot.settings.delivery_rate
        clock = clock or MonotonicClock()
        # Discord's global limit is per bot: on PostgreSQL (where several shard processes may run)
        # the budget is shared through the database; alone on SQLite a local bucket is the same.
        self.budget: TokenBucket | SharedBudget = (
            SharedBudget(db, self.rate, clock=clock)
            if db.dialect == "postgresql"
            else TokenBucket(self.rate, burst=burst, clock=clock)
        )
        self.pacer = ChannelPacer(channel_limit, channel_period, clock=clock)
        self.retry = retry or RetryPolicy()
        self.trust_nonce_for = trust_nonce_for
        self.max_in_flight = max_in_flight
        self.idle_poll = idle_poll
        self.send_timeout = send_timeout
        self.claim_lease = claim_lease
        # Sweep often enough that a lost claim waits at most about one and a half leases.
        self.sweep_every = min(sweep_every, claim_lease.total_seconds() / 2)
        self._last_sweep = time.monotonic()
        self._sending: set[int] = set()  # rows handed to a send task of this process
        # Claim about half a second of sends at a time: few round trips, and little held in `sending`.
        self.batch = max(1, min(max_in_flight, math.ceil(self.rate / 2)))
        self.stats = DeliveryStats()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._in_flight: set[asyncio.Task[None]] = set()
        self._held: dict[int, OutboxRow] = {}  # claimed, not yet handed to a send task
        self._embeds: dict[tuple[int, str | None], tuple[float, discord.Embed]] = {}
        self._shards: Shards | None = None
        self.reconciled = asyncio.Event()

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="hyosan-delivery")

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def holding(self) -> int:
        """Rows this process has claimed and not yet settled (waiting for a slot, or being sent)."""
        return len(self._held) + len(self._sending)

    def wake(self) -> None:
        """New rows were committed (or one became due sooner): look now instead of at the next poll."""
        self._wake.set()

    async def stop(self, *, grace: float = 5.0) -> None:
        """Stop claiming, let sends in flight finish for up to `grace` s, put unsent claims back."""
        await self._cancel_dispatcher()
        if self._in_flight:
            _, pending = await asyncio.wait(set(self._in_flight), timeout=grace)
            await self._cancel(pending)
        if self._held:
            held = list(self._held)
            self._held.clear()
            async with self.db.begin() as conn:
                await store.release(conn, held, at=utcnow())
        log.info("delivery worker stopped (%s)", self.stats)

    async def abort(self) -> None:
        """Stop at once, as a crash would: nothing is confirmed or put back; the next start reconciles."""
        await self._cancel_dispatcher()
        await self._cancel(set(self._in_flight))
        self._held.clear()

    async def _cancel_dispatcher(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    @staticmethod
    async def _cancel(tasks: set[asyncio.Task[None]]) -> None:
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    # --- the dispatcher ------------------------------------------------------------------------

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        self._shards = self._our_shards()
        await self.reconcile()
        self.reconciled.set()
        while True:
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception:
                # The database went away for a moment, most likely: keep the worker alive and retry.
                log.exception("delivery loop failed; trying again in %.0f s", self.idle_poll)
                await asyncio.sleep(self.idle_poll)

    async def _step(self) -> None:
        if time.monotonic() - self._last_sweep >= self.sweep_every:
            await self._sweep()
        while len(self._in_flight) >= self.max_in_flight:
            await asyncio.wait(set(self._in_flight), return_when=asyncio.FIRST_COMPLETED)
        self._wake.clear()
        limit = min(self.batch, self.max_in_flight - len(self._in_flight))
        async with self.db.begin() as conn:
            now = utcnow()
            rows = await store.claim_due(
                conn, now=now, limit=limit, shards=self._shards, abandoned_before=now - self.claim_lease
            )
            recipients = await store.recipients(conn, (r.subscription_id for r in rows)) if rows else {}
        if rows:
            await self._dispatch(rows, recipients)
        else:
            await self._idle()

    async def _idle(self) -> None:
        async with self.db.connect() as conn:
            due = await store.next_due_at(conn, shards=self._shards)
        timeout = self.idle_poll
        if due is not None:
            timeout = min(timeout, max((due - utcnow()).total_seconds(), 0.01))
        await woken(self._wake, timeout)

    async def _dispatch(self, rows: list[OutboxRow], recipients: dict[int, Recipient]) -> None:
        self._held.update((row.id, row) for row in rows)
        deferred: dict[int, list[OutboxRow]] = {}
        for row in rows:
            # Later rows of a channel that is already waiting wait behind it, keeping story order.
            if row.channel_id in deferred or self.pacer.delay(row.channel_id) > 0:
                deferred.setdefault(row.channel_id, []).append(row)
                continue
            self.pacer.record(row.channel_id)
            if row.attempts == 0:
                await self.budget.take()  # a retry takes its slots in _deliver, after reading history
            self._held.pop(row.id, None)
            self._sending.add(row.id)
            task = asyncio.create_task(self._deliver(row, recipients.get(row.subscription_id)))
            self._in_flight.add(task)
            task.add_done_callback(functools.partial(self._finished, row.id))
        if deferred:
            await self._defer(deferred)

    async def _defer(self, deferred: dict[int, list[OutboxRow]]) -> None:
        """Busy channels' rows go back to pending, spread over the channel's coming windows."""
        now = utcnow()
        async with self.db.begin() as conn:
            for channel_id, rows in deferred.items():
                wait = self.pacer.delay(channel_id)
                for index, row in enumerate(rows):
                    extra = (index // self.pacer.limit) * self.pacer.period
                    await store.release(conn, [row.id], at=now + timedelta(seconds=wait + extra))
                    self._held.pop(row.id, None)

    def _finished(self, row_id: int, task: asyncio.Task[None]) -> None:
        self._in_flight.discard(task)
        self._sending.discard(row_id)
        if not task.cancelled() and task.exception() is not None:
            # The row stays `sending`; the sweep settles it once its claim is older than the lease.
            log.error(
                "delivery of row %d failed outside its own error handling", row_id, exc_info=task.exception()
            )

    def _our_shards(self) -> Shards | None:
        ids = self.bot.shard_ids
        count = self.bot.shard_count
        if ids is None or count is None or set(ids) >= set(range(count)):
            return None
        return Shards(count=count, ids=tuple(sorted(ids)))

    # --- one row -------------------------------------------------------------------------------

    def _channel(self, row: OutboxRow) -> discord.abc.Messageable:
        channel = self.bot.get_channel(row.channel_id)
        if isinstance(channel, discord.abc.Messageable):
            return channel
        return self.bot.get_partial_messageable(row.channel_id, guild_id=row.guild_id)

    async def _embed(self, story_id: int, language: str | None = None) -> discord.Embed:
        now = time.monotonic()
        cached = self._embeds.get((story_id, language))
        if cached is not None and cached[0] > now:
            return cached[1]
        async with self.db.connect() as conn:
            story = await story_for_delivery(conn, story_id)
        embed = announcement_embed(story, language)
        if len(self._embeds) >= EMBED_CACHE:
            self._embeds.pop(next(iter(self._embeds)))
        self._embeds[(story_id, language)] = (now + EMBED_TTL, embed)
        return embed

    async def _countdown(self, row: OutboxRow, language: str) -> discord.Embed | None:
        """The countdown post of a row, or None (and the row given up) when its premiere is no longer
        the one the news dates, or its moment has passed: a countdown never posts for a moved date."""
        story = await self.bot.news.premiere_story()
        premiere = story.premiere_at if story is not None and story.id == row.story_id else None
        if story is None or premiere is None or self.bot.clock.now() >= premiere + COUNTDOWN_LATEST[row.kind]:
            async with self.db.begin() as conn:
                await store.mark_failed(
                    conn, row.id, error="the premiere moved or the moment passed", count_attempt=False
                )
            return None
        return countdown_embed(story, row.kind, language)

    async def _deliver(self, row: OutboxRow, recipient: Recipient | None) -> None:
        if recipient is None or not recipient.enabled:
            why = "subscription removed" if recipient is None else "subscription disabled"
            async with self.db.begin() as conn:
                await store.mark_failed(conn, row.id, error=why, count_attempt=False)
            return
        channel = self._channel(row)
        try:
            # The subscription's language, else the server's (/settings language).
            language = recipient.language or await self.bot.guild_language(row.guild_id)
            if row.kind == "story":
                embed = await self._embed(row.story_id, language)
                content, mentions = ping_for(recipient.ping_role_id)
            else:
                countdown = await self._countdown(row, language)
                if countdown is None:
                    return
                embed, content, mentions = countdown, None, discord.AllowedMentions.none()
            if row.attempts > 0:
                # It may have gone out: look first (paced reads), then take the send's own slot, so
                # the read and the send are two requests in two slots of the bot's budget.
                if await self._already_posted(channel, row):
                    return
                await self.budget.take()
            async with asyncio.timeout(self.send_timeout):
                message = await channel.send(
                    content=content, embed=embed, nonce=row.nonce, allowed_mentions=mentions
                )
        except StoryNotFoundError:
            async with self.db.begin() as conn:
                await store.mark_failed(conn, row.id, error="story deleted", count_attempt=False)
            self.stats.failed += 1
            return
        except Exception as error:
            await self._failed(row, error)
            return
        await self._confirm(row, message.id)

    async def _already_posted(self, channel: discord.abc.Messageable, row: OutboxRow) -> bool:
        """Before retrying a send that may have gone through, look for it (the retry may be late)."""
        assert self.bot.user is not None
        try:
            found = await find_posted(channel, row, author_id=self.bot.user.id, pace=self.budget.take)
        except discord.HTTPException as error:
            log.info(
                "row %d: could not read channel %d history (%s); sending",
                row.id,
                row.channel_id,
                error.status,
            )
            return False
        if found is None:
            return False
        await self._confirm(row, found.id)
        return True

    async def _confirm(self, row: OutboxRow, message_id: int) -> None:
        async with self.db.begin() as conn:
            await store.mark_sent(conn, row.id, message_id=message_id, now=utcnow())
        self.stats.sent += 1

    async def _failed(self, row: OutboxRow, error: Exception) -> None:
        failure = judge(error)
        attempts = row.attempts + 1
        if failure.unexpected:
            log.error(
                "row %d to channel %d: a bug stopped this delivery", row.id, row.channel_id, exc_info=error
            )
        if failure.verdict is Verdict.LOST_CHANNEL:
            reason = f"Discord refused posting in the channel: {failure.reason}"
            async with self.db.begin() as conn:
                await store.mark_failed(conn, row.id, error=reason)
                newly_disabled = await disable_subscription(conn, row.subscription_id, reason)
            self.stats.failed += 1
            log.warning("row %d: channel %d lost (%s)", row.id, row.channel_id, failure.reason)
            if newly_disabled:
                await self._tell_guild(row, failure.reason)
            return
        if failure.verdict is Verdict.FAIL or self.retry.exhausted(attempts):
            reason = (
                failure.reason
                if failure.verdict is Verdict.FAIL
                else f"gave up after {attempts} attempts: {failure.reason}"
            )
            async with self.db.begin() as conn:
                await store.mark_failed(conn, row.id, error=reason)
            self.stats.failed += 1
            log.warning("row %d to channel %d failed: %s", row.id, row.channel_id, reason)
            return
        delay = self.retry.delay(attempts, retry_after=failure.retry_after)
        async with self.db.begin() as conn:
            await store.schedule_retry(
                conn, row.id, at=utcnow() + timedelta(seconds=delay), error=failure.reason
            )
        self.stats.retried += 1
        log.info(
            "row %d to channel %d: %s%s; retry %d in %.1f s",
            row.id,
            row.channel_id,
            failure.reason,
            " (may have been posted: the retry looks in history first)" if failure.maybe_posted else "",
            attempts,
            delay,
        )
        self.wake()

    async def _tell_guild(self, row: OutboxRow, reason: str) -> None:
        try:
            await tell_subscription_stopped(self.bot, row.guild_id, row.channel_id, reason)
        except Exception:
            # The notice is a courtesy: whatever breaks it must not break delivery to other channels.
            log.exception("could not tell guild %d about channel %d", row.guild_id, row.channel_id)

    # --- restart -------------------------------------------------------------------------------

    async def reconcile(self) -> None:
        """Settle rows a previous run claimed but never confirmed: confirm from history, or resend."""
        async with self.db.connect() as conn:
            rows = await store.orphaned(conn, shards=self._shards)
        if rows:
            log.info("reconciling %d unconfirmed deliveries", len(rows))
            await self._settle(rows)

    async def _sweep(self) -> None:
        """Settle claims of any shard that outlived the lease with no outcome recorded.

        A live process records an outcome within `send_timeout`, far inside the lease, so such a
        claim is this process's lost write or the claim of a process that stopped (killed, crashed,
        its machine gone): another process settles it, and its shard's pending rows are taken over
        by `claim_due` once they have waited a lease.
        """
        self._last_sweep = time.monotonic()
        async with self.db.connect() as conn:
            rows = await store.orphaned(conn, claimed_before=utcnow() - self.claim_lease)
        stuck = [row for row in rows if row.id not in self._sending and row.id not in self._held]
        if stuck:
            log.warning("%d deliveries were left unconfirmed; settling them", len(stuck))
            await self._settle(stuck)

    async def _settle(self, rows: list[OutboxRow]) -> None:
        now = utcnow()
        user = self.bot.user
        for row in rows:
            claimed = row.claimed_at or row.created_at
            if user is not None and now - claimed > self.trust_nonce_for:
                try:
                    found = await find_posted(
                        self._channel(row), row, author_id=user.id, pace=self.budget.take
                    )
                except discord.HTTPException as error:
                    log.warning(
                        "row %d: history of channel %d unreadable (%s)", row.id, row.channel_id, error.status
                    )
                    found = None
                if found is not None:
                    async with self.db.begin() as conn:
                        await store.mark_sent(conn, row.id, message_id=found.id, now=now)
                    self.stats.reconciled += 1
                    continue
            # Resent with the same nonce, which Discord deduplicates for a few minutes. Counted as
            # an attempt (it may have gone out), so the resend looks in the channel's history first
            # if pacing or retries delay it past Discord's nonce memory.
            async with self.db.begin() as conn:
                await store.schedule_retry(
                    conn, row.id, at=now, error="sent but never confirmed", attempts=row.attempts
                )
            self.stats.released += 1
