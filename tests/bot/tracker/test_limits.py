"""Tests for bot/tracker/limits.py."""

from __future__ import annotations

from bot.tracker.limits import TVmazeLimiter, is_tvmaze_url
from tests.support.clock import FakeClock


async def test_twenty_first_request_waits_for_the_window() -> None:
    """20 requests pass at once; the 21st waits until the first leaves the 10 s window."""
    fake = FakeClock(monotonic=0.0)
    limiter = TVmazeLimiter(clock=fake.monotonic, sleep=fake.sleep)
    for _ in range(20):
        await limiter.acquire()
    assert fake.slept == []
    fake.mono = 4.0
    await limiter.acquire()
    assert fake.slept == [6.0]


async def test_requests_spread_out_never_wait() -> None:
    """One request a second never hits the limit."""
    fake = FakeClock(monotonic=0.0)
    limiter = TVmazeLimiter(clock=fake.monotonic, sleep=fake.sleep)
    for second in range(60):
        fake.mono = float(second)
        await limiter.acquire()
    assert fake.slept == []


def test_tvmaze_hosts_are_recognised() -> None:
    """Only the TVmaze API host is rate-limited."""
    assert is_tvmaze_url("https://api.tvmaze.com/shows/1/seasons")
    assert not is_tvmaze_url("https://www.soompi.com/feed")
