"""Waiting for a condition instead of sleeping for a guess.

``eventually`` re-checks a condition until it holds (or fails after ``within`` seconds, saying
what it waited for): a test continues the moment the bot has done the thing, and a slow machine
only makes it wait longer, never fail early.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def eventually(
    check: Callable[[], T | Awaitable[T]], *, within: float = 10.0, every: float = 0.02, what: str = ""
) -> T:
    """The first truthy value of ``check()`` (a function or a coroutine function)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value  # type: ignore[return-value]
        if asyncio.get_running_loop().time() >= deadline:
            raise TimeoutError(f"waited {within:g} s for {what or getattr(check, '__name__', 'a condition')}")
        await asyncio.sleep(every)
