"""The global token bucket and the per-channel pacer, on a fake clock."""

from __future__ import annotations

import pytest

from bot.delivery.pacing import ChannelPacer, TokenBucket
from tests.support.clock import FakeClock


async def test_bucket_spaces_sends_at_its_rate() -> None:
    """450 takes at 45/s with a burst of 2 span (450 - 2) / 45 s of fake time: no faster, no slower."""
    clock = FakeClock()
    bucket = TokenBucket(45, burst=2, clock=clock)
    start = clock.mono
    for _ in range(450):
        await bucket.take()
    assert clock.mono - start == pytest.approx((450 - 2) / 45, rel=1e-6)


async def test_bucket_never_exceeds_rate_plus_burst_in_any_second() -> None:
    """Whatever the pattern of takes, no one-second window holds more than rate + burst sends."""
    clock = FakeClock()
    bucket = TokenBucket(45, burst=2, clock=clock)
    times: list[float] = []
    for i in range(300):
        if i % 50 == 0:
            clock.mono += 3.0  # idle gaps let the bucket refill to its burst, and no further
        await bucket.take()
        times.append(clock.mono)
    for i, start in enumerate(times):
        in_window = sum(1 for t in times[i:] if t - start < 1.0)
        assert in_window <= 45 + 2


async def test_bucket_first_take_is_immediate() -> None:
    """An idle bucket lets the first sends through without waiting."""
    clock = FakeClock()
    bucket = TokenBucket(10, burst=2, clock=clock)
    await bucket.take()
    await bucket.take()
    assert clock.slept == []
    await bucket.take()
    assert clock.slept == [pytest.approx(0.1)]


def test_bucket_rejects_nonsense() -> None:
    """A zero rate or burst is a configuration error, not an endless wait."""
    with pytest.raises(ValueError):
        TokenBucket(0)
    with pytest.raises(ValueError):
        TokenBucket(10, burst=0)


def test_pacer_allows_five_then_waits_for_the_window() -> None:
    """A channel takes 5 messages, then the 6th waits until the first leaves the padded 5 s window."""
    clock = FakeClock()
    pacer = ChannelPacer(5, 5.0, margin=0.25, clock=clock)
    for _ in range(5):
        assert pacer.delay(1) == 0
        pacer.record(1)
        clock.mono += 0.1
    assert pacer.delay(1) == pytest.approx(5.25 - 0.5)
    assert pacer.delay(2) == 0  # other channels are unaffected
    clock.mono += pacer.delay(1)
    assert pacer.delay(1) == 0


def test_pacer_forgets_idle_channels() -> None:
    """A fan-out to thousands of channels does not leave thousands of windows behind."""
    clock = FakeClock()
    pacer = ChannelPacer(5, 5.0, clock=clock)
    for channel in range(1024):
        pacer.record(channel)
    clock.mono += 10
    for channel in range(2000, 3024):
        pacer.record(channel)
    assert len(pacer) <= 1024
