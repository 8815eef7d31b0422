"""Reading untrusted feeds away from the event loop, within a time budget.

Parsing a feed and classifying its items is CPU work on text any server's moderator can supply. On
the event loop, one crafted feed would hold every server's commands (Discord drops an interaction
that is not answered within 3 s). Here it runs in a worker process: the loop only waits, and a
feed that takes longer than the budget has its worker killed and the poll fails with a reason the
source's health shows. A process rather than a thread, because a thread holding the GIL would still
slow the loop, and a thread can't be stopped.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import multiprocessing.pool
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.tracker.classify import Classification, classify
from bot.tracker.parse import ParsedFeed, parse_feed

log = logging.getLogger(__name__)

T = TypeVar("T")


class OverBudgetError(Exception):
    """The work took longer than the budget; its worker was stopped."""

    def __init__(self, budget: float) -> None:
        super().__init__(f"reading the feed took longer than {budget:g} s")
        self.budget = budget


@dataclass(frozen=True, slots=True)
class ReadFeed:
    """A parsed feed and the classifier's verdict on each of its items, by stable id."""

    parsed: ParsedFeed
    verdicts: dict[str, Classification] = field(default_factory=dict)


def read_feed(body: bytes, source_id: str, language: str, content_type: str | None) -> ReadFeed:
    """Parse and classify: the whole CPU cost of a feed, run in a worker process."""
    parsed = parse_feed(body, source_id=source_id, language=language, content_type=content_type)
    return ReadFeed(parsed, {item.stable_id: classify(item) for item in parsed.items})


def _ready(_: int = 0) -> None:
    """Run as each worker starts, and waited for: importing this module there is the warm-up."""


class FeedReader:
    """A small process pool for ``read_feed``; started on first use, replaced when a job overstays."""

    def __init__(self, budget: float, *, processes: int = 1) -> None:
        self.budget = budget
        self.processes = processes
        self._pool: multiprocessing.pool.Pool | None = None
        self._lock = asyncio.Lock()  # one job per process: a queued job must not spend another's budget

    async def read(self, body: bytes, *, source_id: str, language: str, content_type: str | None) -> ReadFeed:
        return await self.run(read_feed, body, source_id, language, content_type)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker. Raises ``OverBudgetError``, or what the function raised."""
        async with self._lock:
            pool = await self._ready_pool()
            loop = asyncio.get_running_loop()
            done: asyncio.Future[T] = loop.create_future()

            def settle(result: Any, *, failed: bool = False) -> None:
                if done.done():
                    return
                if failed:
                    done.set_exception(result)
                else:
                    done.set_result(result)

            pool.apply_async(
                function,
                args,
                callback=lambda result: loop.call_soon_threadsafe(settle, result),
                error_callback=lambda error: loop.call_soon_threadsafe(
                    functools.partial(settle, error, failed=True)
                ),
            )
            try:
                return await asyncio.wait_for(done, self.budget)
            except TimeoutError:
                log.warning("a feed took over %.1f s to read; its worker is stopped", self.budget)
                await asyncio.to_thread(self._kill_pool)
                raise OverBudgetError(self.budget) from None

    async def _ready_pool(self) -> multiprocessing.pool.Pool:
        """The pool, its workers started and the classifier imported in them: starting a worker
        (compiling the classifier's patterns takes about half a second) is not the feed's time."""
        if self._pool is None:
            # forkserver: children start from a clean process, not a fork of this threaded one.
            context = multiprocessing.get_context("forkserver")
            pool = context.Pool(self.processes, initializer=_ready)
            await asyncio.to_thread(pool.map, _ready, range(self.processes))
            self._pool = pool
        return self._pool

    def _kill_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()
            pool.join()

    async def close(self) -> None:
        async with self._lock:
            if self._pool is not None:
                pool, self._pool = self._pool, None
                pool.close()
                await asyncio.to_thread(pool.join)
