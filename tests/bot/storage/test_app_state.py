"""The bot's key/value facts are shared safely by several shard processes."""

from __future__ import annotations

import asyncio

from bot.storage.app_state import AppState
from bot.storage.database import Database


async def test_set_replaces_the_value_of_a_key(database: Database) -> None:
    """A second set of the same key replaces its value; other keys are untouched."""
    state = AppState(database)
    await state.set("commands:1:global", "a")
    await state.set("commands:2:global", "b")
    await state.set("commands:1:global", "c")
    assert await state.get("commands:1:global") == "c"
    assert await state.get("commands:2:global") == "b"
    assert await state.get("missing") is None


async def test_processes_writing_the_same_new_keys_at_once_do_not_fail(database: Database) -> None:
    """Shard processes starting together may record the same new key: every write succeeds."""
    other_process = Database(database.url)
    try:
        mine, theirs = AppState(database), AppState(other_process)
        keys = [f"commands:{n}:global" for n in range(20)]
        await asyncio.gather(*(state.set(key, "digest") for key in keys for state in (mine, theirs)))
        assert {await mine.get(key) for key in keys} == {"digest"}
    finally:
        await other_process.close()
