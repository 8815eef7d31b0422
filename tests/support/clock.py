"""One fake clock for every test that controls time.

Code under test reads time in two ways: monotonic seconds with a way to sleep (delivery pacing,
the TVmaze limiter: ``monotonic()`` / ``sleep()``, or the pacing ``Clock`` protocol's ``now()``),
and wall-clock datetimes (the trivia engine calls the clock). Both move together: ``advance`` and
``sleep`` move time forward, ``set`` jumps to a wall time, and every sleep is recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(
        self, start: datetime = datetime(2025, 1, 1, tzinfo=UTC), *, monotonic: float = 1000.0
    ) -> None:
        self.wall = start
        self.mono = monotonic
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    now = monotonic  # the delivery pacing's Clock protocol

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def set(self, wall: datetime) -> None:
        self.advance((wall - self.wall).total_seconds())

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
