"""The polling schedule: one APScheduler job per enabled source, run by one process at a time.

With SQLite there is one process, so it always polls. With PostgreSQL several shard processes share
the database and exactly one must poll (or every feed is fetched N times and items race): the
process holding a session-level advisory lock on a dedicated connection runs the jobs; the others
retry the lock periodically, so a crashed leader is replaced within a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.news import registry
from bot.news.retention import prune_news
from bot.news.times import utcnow

if TYPE_CHECKING:
    from bot.storage.database import Database

log = logging.getLogger(__name__)

TRACKER_LOCK_KEY = 0x4859_4E57  # "HYNW": distinct from the migration lock
ELECTION_RETRY_SECONDS = 60.0
# Spread start-up polls so a restart does not fetch every feed in the same second.
STARTUP_SPREAD_SECONDS = 60.0
PRUNE_JOB = "news-prune"
# The first prune waits for start-up to settle (syncing sources, first polls).
PRUNE_FIRST_DELAY_SECONDS = 300.0
# How long a shutdown waits for polls in progress before cancelling them.
STOP_GRACE_SECONDS = 10.0


def _jitter(interval: int) -> float:
    """Up to a tenth of the interval, at most 5 minutes: spreads polls without slowing them much."""
    return min(interval / 10, 300.0)


PollJob = Callable[..., Awaitable[object]]


class NewsScheduler:
    """Runs ``poll(source_id, scheduled=True)`` per enabled source, and the daily pruning, on the
    process that leads. It needs the database (sources, the election lock) and those two callables,
    nothing else of the news service."""

    def __init__(self, db: Database, poll: PollJob, *, retention_days: int) -> None:
        self.db = db
        self.poll = poll
        self.retention_days = retention_days
        self._scheduler: AsyncIOScheduler | None = None
        self._election: asyncio.Task[None] | None = None
        self._lock_conn: Any = None
        # Polls under way: one cancelled mid-transaction as the database closes can hang the close.
        self._running: set[asyncio.Task[Any]] = set()
        # Other daily housekeeping that must run on exactly one process (the leader), after pruning.
        self.daily_jobs: list[Callable[[], Awaitable[object]]] = []
        self.leader = False
        self.election_attempts = 0  # lock attempts so far: lets an observer know a loser has tried

    @property
    def job_ids(self) -> list[str]:
        """The poll jobs, one per enabled source."""
        jobs = self._scheduler.get_jobs() if self._scheduler is not None else []
        return [job.id for job in jobs if job.id.startswith("source:")]

    async def start(self) -> None:
        if self.db.dialect == "postgresql":
            self._election = asyncio.create_task(self._elect(), name="news-tracker-election")
        else:
            await self._lead()

    async def stop(self) -> None:
        if self._election is not None:
            self._election.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._election
            self._election = None
        if self._scheduler is not None:
            # APScheduler's shutdown cancels running jobs: pause, let polls under way end, then stop.
            self._scheduler.pause()
            await self._finish_running_polls()
        self._stop_jobs()
        await self._release_lock()

    async def abort(self) -> None:
        """Stop at once, as a killed process would: the lock's session just ends (PostgreSQL then
        frees the lock for another process); nothing is unlocked or waited for."""
        if self._election is not None:
            self._election.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._election
            self._election = None
        self._stop_jobs()
        await self._drop_lock_conn()
        self.leader = False

    async def _finish_running_polls(self) -> None:
        """Let polls already under way commit (they are short), cancelling any that overstay."""
        running = {task for task in self._running if not task.done()}
        if not running:
            return
        _, late = await asyncio.wait(running, timeout=STOP_GRACE_SECONDS)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)
            log.warning("news: cancelled %d poll(s) still running at shutdown", len(late))

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        """Count the job running in this task among those a stop waits for."""
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._running.discard(task)

    async def _prune(self) -> None:
        with self._tracked():
            await prune_news(self.db, days=self.retention_days)
            for job in list(self.daily_jobs):
                try:
                    await job()
                except Exception:
                    log.exception("a daily job failed; the next day tries again")

    async def _scheduled_poll(self, source_id: int) -> None:
        with self._tracked():
            await self.poll(source_id, scheduled=True)

    async def _lead(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.start()
        self._scheduler.add_job(
            self._prune,
            IntervalTrigger(hours=24, timezone=UTC),
            id=PRUNE_JOB,
            name="prune old news",
            next_run_time=utcnow() + timedelta(seconds=PRUNE_FIRST_DELAY_SECONDS),
            coalesce=True,
            max_instances=1,
        )
        await self.reschedule(initial=True)
        # Leading means the polls are scheduled: whoever reads the flag (health, tests) sees them.
        self.leader = True

    def _stop_jobs(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self.leader = False

    async def reschedule(self, *, initial: bool = False) -> None:
        """Make the jobs match the enabled sources (after a start, an add, a remove or a disable)."""
        if self._scheduler is None:
            return
        async with self.db.connect() as conn:
            sources = await registry.all_sources(conn, enabled_only=True)
        wanted = {f"source:{s.id}": s for s in sources}
        for job in self._scheduler.get_jobs():
            if job.id.startswith("source:") and job.id not in wanted:
                job.remove()
        now = utcnow()
        existing = set(self.job_ids)
        for job_id, source in wanted.items():
            if job_id in existing:
                continue
            # Never later than one interval: a source polled every 10 minutes starts within them.
            spread = min(STARTUP_SPREAD_SECONDS if initial else 5.0, float(source.interval_s))
            first = now + timedelta(seconds=random.uniform(min(1.0, spread), spread))
            if source.next_poll_at is not None and source.next_poll_at > first:
                first = source.next_poll_at
            self._scheduler.add_job(
                self._scheduled_poll,
                IntervalTrigger(seconds=source.interval_s, jitter=_jitter(source.interval_s), timezone=UTC),
                id=job_id,
                name=f"poll {source.key}",
                kwargs={"source_id": source.id},
                next_run_time=first,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=max(60, source.interval_s // 2),
                replace_existing=True,
            )
        log.info("news scheduler: %d source jobs", len(wanted))

    async def _elect(self) -> None:
        """Hold the tracker lock or keep trying; lose it (connection dropped) and step down."""
        engine = self.db.engine
        while True:
            try:
                if not self.leader:
                    if self._lock_conn is None:
                        self._lock_conn = await engine.connect()
                    got = (
                        await self._lock_conn.execute(
                            sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": TRACKER_LOCK_KEY}
                        )
                    ).scalar_one()
                    await self._lock_conn.commit()
                    self.election_attempts += 1
                    if got:
                        log.info("news: this process holds the tracker lock and runs the news polls")
                        await self._lead()
                    else:
                        log.info(
                            "news: another process runs the news polls; retrying in %.0f s",
                            ELECTION_RETRY_SECONDS,
                        )
                else:
                    await self._lock_conn.execute(sa.text("SELECT 1"))
                    await self._lock_conn.commit()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("news: lost the tracker lock connection; stepping down and retrying")
                self._stop_jobs()
                await self._drop_lock_conn()
            await asyncio.sleep(ELECTION_RETRY_SECONDS)

    async def _drop_lock_conn(self) -> None:
        if self._lock_conn is not None:
            with contextlib.suppress(Exception):
                await self._lock_conn.invalidate()
            self._lock_conn = None

    async def _release_lock(self) -> None:
        if self._lock_conn is None:
            return
        try:
            await self._lock_conn.execute(sa.text("SELECT pg_advisory_unlock_all()"))
            await self._lock_conn.commit()
            await self._lock_conn.close()
        except Exception:
            log.warning("news: could not release the tracker lock cleanly", exc_info=True)
        self._lock_conn = None
