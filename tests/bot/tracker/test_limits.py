"""Tests for bot/tracker/limits.py."""

from __future__ import annotations

from bot.tracker.limits import TVmazeLimiter, is_tvmaze_url


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_twenty_first_request_waits_for_the_window() -> None:
    """20 requests pass at once; the 21st waits until the first leaves the 10 s window."""
    fake = FakeTime()
    limiter = TVmazeLimiter(clock=fake.clock, sleep=fake.sleep)
    for _ in range(20):
        await limiter.acquire()
    assert fake.slept == []
    fake.now = 4.0
    await limiter.acquire()
    assert fake.slept == [6.0]


async def test_requests_spread_out_never_wait() -> None:
    """One request a second never hits the limit."""
    fake = FakeTime()
    limiter = TVmazeLimiter(clock=fake.clock, sleep=fake.sleep)
    for second in range(60):
        fake.now = float(second)
        await limiter.acquire()
    assert fake.slept == []


def test_tvmaze_hosts_are_recognised() -> None:
    """Only the TVmaze API host is rate-limited."""
    assert is_tvmaze_url("https://api.tvmaze.com/shows/1/seasons")
    assert not is_tvmaze_url("https://www.soompi.com/feed")
