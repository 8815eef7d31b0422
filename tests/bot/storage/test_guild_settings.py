"""Guild settings persist per server on every supported engine."""

from __future__ import annotations

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.guild_settings import GuildSettingsStore, SpoilerLevel


async def test_defaults_for_an_unknown_server(database: Database) -> None:
    """A server that never changed anything gets the safe defaults: spoilers hidden, built-in trivia on."""
    settings = await GuildSettingsStore(database).get(123)
    assert settings.spoilers is SpoilerLevel.NONE
    assert settings.builtin_trivia is True
    assert settings.trivia_role_id is None


async def test_update_persists_and_keeps_other_fields(database: Database) -> None:
    """Changing one setting stores it and leaves the others as they were, per server."""
    store = GuildSettingsStore(database)
    await store.update(1, trivia_role_id=2**60)
    await store.update(1, spoilers=SpoilerLevel.SEASON1)
    await store.update(7, spoilers=SpoilerLevel.ALL)
    one = await store.get(1)
    assert one.spoilers is SpoilerLevel.SEASON1
    assert one.trivia_role_id == 2**60
    assert (await store.get(7)).spoilers is SpoilerLevel.ALL


async def test_migrate_twice_is_harmless(database: Database) -> None:
    """Every start runs migrations; running them on an up-to-date schema changes nothing."""
    await database.migrate()
    async with database.connect() as conn:
        tables = await conn.run_sync(lambda c: sa.inspect(c).get_table_names())
    assert "guild_settings" in tables
    assert "alembic_version" in tables


async def test_cached_settings_follow_updates(database: Database) -> None:
    """A read after an update sees the new value, and a fresh store reads the stored one."""
    store = GuildSettingsStore(database)
    assert (await store.get(5)).spoilers is SpoilerLevel.NONE
    await store.update(5, spoilers=SpoilerLevel.ALL)
    assert (await store.get(5)).spoilers is SpoilerLevel.ALL
    assert (await GuildSettingsStore(database).get(5)).spoilers is SpoilerLevel.ALL


async def test_two_updates_read_before_either_wrote_both_keep_their_change(database: Database) -> None:
    """Two moderators changing different settings at once: neither change overwrites the other."""
    first, second = GuildSettingsStore(database), GuildSettingsStore(database)
    await first.get(9)
    await second.get(9)
    await first.update(9, trivia_role_id=42)
    settled = await second.update(9, spoilers=SpoilerLevel.ALL)
    assert settled.trivia_role_id == 42
    assert settled.spoilers is SpoilerLevel.ALL
    stored = await GuildSettingsStore(database).get(9)
    assert (stored.trivia_role_id, stored.spoilers) == (42, SpoilerLevel.ALL)
