"""Small key/value facts the bot keeps about itself, shared by every shard process."""

from __future__ import annotations

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.tables import app_state


class AppState:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> str | None:
        async with self._db.connect() as conn:
            return (await conn.execute(sa.select(app_state.c.value).where(app_state.c.key == key))).scalar()

    async def set(self, key: str, value: str) -> None:
        async with self._db.begin() as conn:
            updated = await conn.execute(
                sa.update(app_state)
                .where(app_state.c.key == key)
                .values(value=value, updated_at=sa.func.now())
            )
            if updated.rowcount == 0:
                await conn.execute(sa.insert(app_state).values(key=key, value=value))
