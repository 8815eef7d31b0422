"""The shared send budget: processes leasing slots from one row never send faster than the rate together."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest

from bot.delivery.budget import SharedBudget
from bot.storage.database import Database


async def test_two_processes_share_one_rate(database: Database) -> None:
    if database.dialect != "postgresql":
        pytest.skip("the shared budget is PostgreSQL's; one SQLite process paces itself")
    rate = 40.0
    second = Database(database.url)  # another process: its own connections
    stamps: list[float] = []

    async def send(budget: SharedBudget, count: int) -> None:
        for _ in range(count):
            await budget.take()
            stamps.append(time.monotonic())

    try:
        budgets = [SharedBudget(database, rate), SharedBudget(second, rate)]
        started = time.monotonic()
        await asyncio.gather(*(send(budget, 40) for budget in budgets))
        took = time.monotonic() - started
    finally:
        await second.close()
    stamps.sort()
    busiest = max(sum(1 for t in stamps if start <= t < start + 1.0) for start in stamps)
    # 80 sends at 40/s together: about 2 s, never more than the rate (plus the one a window's edge
    # can catch) in any second, where two unshared buckets would have sent all 80 in one.
    assert busiest <= rate + 1
    assert took >= (len(stamps) - rate - 1) / rate


async def test_slots_missed_while_stalled_are_not_spent_in_a_burst(database: Database) -> None:
    """A process that stalls past its leased slots leases new ones instead of sending them all at once."""
    if database.dialect != "postgresql":
        pytest.skip("the shared budget is PostgreSQL's")
    from tests.support.clock import FakeClock

    clock = FakeClock()
    budget = SharedBudget(database, 10.0, lease=5, clock=clock)
    await budget.take()  # leases five slots, spends the first
    clock.advance(60.0)  # the process stalls past the other four
    sent = []
    for _ in range(5):
        await budget.take()
        sent.append(clock.monotonic())
    # The sends after the stall are spaced at the rate, not spent back to back.
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert min(gaps) >= budget.interval - 1e-6, gaps
