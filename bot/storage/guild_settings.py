"""Per-server settings: spoiler policy, trivia moderator role, log channel, built-in trivia, language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

import sqlalchemy as sa

from bot.storage.database import Database, upsert
from bot.storage.tables import guild_settings


class SpoilerLevel(StrEnum):
    """How much of the story a server shows openly; the rest is wrapped in ||spoiler|| tags."""

    NONE = "none"
    SEASON1 = "season1"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class GuildSettings:
    guild_id: int
    spoilers: SpoilerLevel = SpoilerLevel.NONE
    trivia_role_id: int | None = None
    log_channel_id: int | None = None
    builtin_trivia: bool = True
    language: str | None = None  # en | ko; None follows the server's preferred locale
    spoiler_guard: bool = True  # season-2 lore behind spoiler tags right after the premiere
    premiere_event: bool = False  # a Discord scheduled event for the premiere


class GuildSettingsStore:
    """Reads and writes guild settings; a server that never changed anything gets the defaults.

    Settings are read on almost every command, so they are cached in memory. The cache is safe
    with several shard processes because a guild's interactions, including the /settings command
    that changes it, always reach the one process that runs the guild's shard.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[int, GuildSettings] = {}

    async def get(self, guild_id: int) -> GuildSettings:
        cached = self._cache.get(guild_id)
        if cached is not None:
            return cached
        settings = await self._load(guild_id)
        self._cache[guild_id] = settings
        return settings

    async def _load(self, guild_id: int) -> GuildSettings:
        async with self._db.connect() as conn:
            row = (
                await conn.execute(sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id))
            ).one_or_none()
        return GuildSettings(guild_id=guild_id) if row is None else _from_row(row)

    async def update(self, guild_id: int, **changes: object) -> GuildSettings:
        """Change some settings of a server and return all of them, as stored."""
        updated = replace(await self.get(guild_id), **changes)  # type: ignore[arg-type]
        stored = _columns(updated)
        # Only the changed columns are written over an existing row: two moderators changing two
        # different settings at once both keep their change.
        changed = {name: stored[name] for name in changes}
        statement = upsert(
            self._db.dialect,
            guild_settings,
            {"guild_id": guild_id, **stored},
            update={**changed, "updated_at": sa.func.now()},
        ).returning(*guild_settings.c)
        async with self._db.begin() as conn:
            row = (await conn.execute(statement)).one()
        self._cache[guild_id] = settings = _from_row(row)
        return settings


def _columns(settings: GuildSettings) -> dict[str, object]:
    return {
        "spoilers": str(settings.spoilers),
        "trivia_role_id": settings.trivia_role_id,
        "log_channel_id": settings.log_channel_id,
        "builtin_trivia": settings.builtin_trivia,
        "language": settings.language,
        "spoiler_guard": settings.spoiler_guard,
        "premiere_event": settings.premiere_event,
    }


def _from_row(row: sa.Row) -> GuildSettings:
    return GuildSettings(
        guild_id=row.guild_id,
        spoilers=SpoilerLevel(row.spoilers),
        trivia_role_id=row.trivia_role_id,
        log_channel_id=row.log_channel_id,
        builtin_trivia=bool(row.builtin_trivia),
        language=row.language,
        spoiler_guard=bool(row.spoiler_guard),
        premiere_event=bool(row.premiere_event),
    )
