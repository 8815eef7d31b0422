"""Waiting for a wake-up event or a timeout, whichever comes first, in a task that can be stopped.

Background loops (delivery, premiere events) sleep until woken or until their next duty is due.
``asyncio.wait_for(event.wait(), timeout)`` does that, but on Python 3.11 it swallows a cancellation
that arrives in the same turn the event is set: the loop then carries on and ``stop()`` waits for
it forever. ``asyncio.timeout`` tells its own timeout from a cancellation, so the task stops.
"""

from __future__ import annotations

import asyncio


async def woken(event: asyncio.Event, within: float | None) -> bool:
    """Wait until ``event`` is set (True) or ``within`` seconds pass (False)."""
    try:
        async with asyncio.timeout(within):
            await event.wait()
    except TimeoutError:
        return False
    return True
