"""Functions the feed reader's worker process runs in tests (importable there by module name)."""

from __future__ import annotations

import time

from bot.tracker.offload import ReadFeed, read_feed


def add(a: int, b: int) -> int:
    return a + b


def spin(seconds: float) -> str:
    """CPU-bound like a hostile feed: holds its process, not the bot's event loop."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def fail(reason: str) -> None:
    raise ValueError(reason)


def read_slowly(body: bytes, source_id: str, language: str, content_type: str | None) -> ReadFeed:
    spin(30.0)
    return read_feed(body, source_id, language, content_type)
