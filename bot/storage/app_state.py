"""Small key/value facts the bot keeps about itself, shared by every shard process."""

from __future__ import annotations

import sqlalchemy as sa

from bot.storage.database import Database, upsert
from bot.storage.tables import app_state


class AppState:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> str | None:
        async with self._db.connect() as conn:
            return (await conn.execute(sa.select(app_state.c.value).where(app_state.c.key == key))).scalar()

    async def set(self, key: str, value: str) -> None:
        async with self._db.begin() as conn:
            await conn.execute(
                upsert(
                    self._db.dialect,
                    app_state,
                    {"key": key, "value": value},
                    update={"value": value, "updated_at": sa.func.now()},
                )
            )
