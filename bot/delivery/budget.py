"""Discord's global rate limit belongs to the bot, not to a process: one budget for all of them.

With several shard processes on one PostgreSQL database, each process pacing itself at
``DELIVERY_RATE`` would together send N times that, and Discord answers the excess with 429s (and
bans an IP after 10,000 invalid requests in ten minutes). ``SharedBudget`` hands out send slots
from one row of ``send_budget``: a process leases a few consecutive slots with one UPDATE (GCRA on
the database's clock, so every process agrees on time) and sends at those instants. The row lock
orders the leases, so no two processes ever get the same slot, and all of them together send at
most ``rate`` messages per second. 429 handling stays as a safety net, not the regulator.
"""

from __future__ import annotations

import asyncio
import collections
import math

import sqlalchemy as sa

from bot.delivery.pacing import Clock, MonotonicClock
from bot.storage.database import Database
from bot.storage.tables import send_budget

BUDGET_NAME = "discord"


class SharedBudget:
    """``take()`` waits for the next slot of a rate shared through the database (PostgreSQL)."""

    def __init__(
        self,
        db: Database,
        rate: float,
        *,
        lease: int | None = None,
        name: str = BUDGET_NAME,
        clock: Clock | None = None,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.db = db
        self.rate = rate
        # Slots are spaced for two sends a second less than `rate`. One: a send may use its slot up
        # to half an interval late (see take), so a sliding second can hold one slot more than
        # 1 / interval. Two: requests from different processes travel and queue differently, so
        # Discord sees them a few milliseconds off their slots (measured: 47 in one second at 45/s
        # with one slot of headroom). Neither edge then puts more than `rate` in a second.
        self.interval = 1.0 / (math.floor(rate) - 2) if rate >= 4 else 2.0 / rate
        # A tenth of a second of sends per round trip: few queries, and little reserved and unused
        # when this process runs out of work.
        self.lease = lease or max(1, min(8, math.ceil(rate / 10)))
        self.name = name
        self._clock = clock or MonotonicClock()
        self._slots: collections.deque[float] = collections.deque()
        self._lock = asyncio.Lock()
        self._ready = False

    async def take(self) -> None:
        async with self._lock:
            while True:
                # A slot missed by more than half an interval (this process was busy, stalled, or
                # woke late) is given up, not used late: late slots spent next to on-time ones
                # would put more than `rate` sends in some second.
                late = self._clock.now() - self.interval / 2
                while self._slots and self._slots[0] < late:
                    self._slots.popleft()
                if not self._slots:
                    await self._lease_slots()
                slot = self._slots.popleft()
                delay = slot - self._clock.now()
                if delay > 0:
                    await self._clock.sleep(delay)
                if self._clock.now() - slot <= self.interval / 2:
                    return

    async def _lease_slots(self) -> None:
        if not self._ready:
            await self._ensure_row()
        now_epoch = sa.func.extract("epoch", sa.func.clock_timestamp())
        span = self.lease * self.interval
        async with self.db.begin() as conn:
            asked = self._clock.now()
            row = (
                await conn.execute(
                    sa.update(send_budget)
                    .where(send_budget.c.name == self.name)
                    .values(tat=sa.func.greatest(send_budget.c.tat, now_epoch) + span)
                    .returning(send_budget.c.tat, now_epoch.label("now"))
                )
            ).one()
            answered = self._clock.now()
        first = float(row.tat) - span  # the first leased slot, on the database's clock
        # The database read its clock between asking and the answer: the midpoint maps it onto
        # ours within half a round trip (the commit's round trip is not part of it).
        offset = (asked + answered) / 2 - float(row.now)
        self._slots.extend(first + offset + i * self.interval for i in range(self.lease))

    async def _ensure_row(self) -> None:
        async with self.db.begin() as conn:
            await conn.execute(
                sa.text(
                    "INSERT INTO send_budget (name, tat) VALUES (:name, 0) ON CONFLICT (name) DO NOTHING"
                ),
                {"name": self.name},
            )
        self._ready = True
