"""bot/wakeup.py: a background loop that sleeps until woken stops when it is told to."""

from __future__ import annotations

import asyncio

from bot.wakeup import woken


async def test_a_stop_that_arrives_with_a_wake_up_stops_the_loop() -> None:
    """The cancellation and the wake-up in one turn: asyncio.wait_for on Python 3.11 drops the
    cancellation and the loop sleeps again, so stop() would wait forever."""
    event = asyncio.Event()
    rounds = 0

    async def loop() -> None:
        nonlocal rounds
        while True:
            await woken(event, 60)
            event.clear()
            rounds += 1

    task = asyncio.create_task(loop())
    for _ in range(3):
        await asyncio.sleep(0)  # the loop is asleep in woken()
    event.set()
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=5)
    assert task in done and task.cancelled()


async def test_woken_says_whether_the_event_came() -> None:
    event = asyncio.Event()
    assert await woken(event, 0.01) is False
    event.set()
    assert await woken(event, 0) is True
