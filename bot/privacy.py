"""What Hyosan stores about a member, deleting it on request, and forgetting servers it left.

Modelled on Red-DiscordBot's ``red_delete_data_for_user``: a member's own records (trivia scores,
their suggestions) are deleted; where a member only authored something that belongs to the server
(a question moderators keep in its bank, a subscription, a feed), the content stays and the link
to the member is removed. A server the bot leaves keeps its data for ``GUILD_DATA_GRACE_DAYS``
(re-inviting the bot within it loses nothing), then every row of that server is deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.times import utcnow
from bot.storage.database import Database, upsert
from bot.storage.tables import (
    guild_departures,
    guild_settings,
    news_sources,
    news_stories,
    premiere_events,
    subscriptions,
    trivia_packs,
    trivia_questions,
    trivia_scores,
    trivia_suggestions,
)

log = logging.getLogger(__name__)

# Columns that only say who did something in a server: cleared, the row kept.
AUTHORSHIP = (
    (trivia_questions, "created_by"),
    (trivia_packs, "imported_by"),
    (trivia_suggestions, "reviewed_by"),
    (subscriptions, "created_by"),
    (news_sources, "added_by"),
)
# Everything keyed by server, children before parents (outbox rows and items go by cascade).
GUILD_TABLES = (
    trivia_scores,
    trivia_suggestions,
    trivia_questions,
    trivia_packs,
    subscriptions,
    news_sources,
    news_stories,
    premiere_events,
    guild_settings,
)


@dataclass
class MemberData:
    """What is stored about one member, counted."""

    games: int = 0
    points: int = 0
    servers: int = 0
    suggestions: int = 0
    authored: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.games or self.suggestions or any(self.authored.values()))


def _in(table: sa.Table, guild_id: int | None) -> sa.ColumnElement[bool]:
    return sa.true() if guild_id is None else table.c.guild_id == guild_id


async def member_data(db: Database, member_id: int, guild_id: int | None = None) -> MemberData:
    """What is stored about the member in one server (``guild_id``) or in all of them (None)."""
    async with db.connect() as conn:
        games, points, servers = (
            await conn.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.coalesce(sa.func.sum(trivia_scores.c.points), 0),
                    sa.func.count(sa.distinct(trivia_scores.c.guild_id)),
                ).where(trivia_scores.c.member_id == member_id, _in(trivia_scores, guild_id))
            )
        ).one()
        suggestions = (
            await conn.execute(
                sa.select(sa.func.count()).where(
                    trivia_suggestions.c.member_id == member_id, _in(trivia_suggestions, guild_id)
                )
            )
        ).scalar_one()
        authored = {}
        for table, column in AUTHORSHIP:
            where = sa.and_(table.c[column] == member_id, _in(table, guild_id))
            count = (await conn.execute(sa.select(sa.func.count()).where(where))).scalar_one()
            authored[f"{table.name}.{column}"] = int(count)
    return MemberData(int(games), int(points), int(servers), int(suggestions), authored)


async def delete_member(db: Database, member_id: int, guild_id: int | None = None) -> MemberData:
    """Delete the member's records and unlink what they authored, in one server or everywhere
    (None); returns what there was."""
    before = await member_data(db, member_id, guild_id)
    async with db.begin() as conn:
        for table in (trivia_scores, trivia_suggestions):
            await conn.execute(sa.delete(table).where(table.c.member_id == member_id, _in(table, guild_id)))
        for table, column in AUTHORSHIP:
            where = sa.and_(table.c[column] == member_id, _in(table, guild_id))
            await conn.execute(sa.update(table).where(where).values({column: None}))
    scope = "everywhere" if guild_id is None else f"in server {guild_id}"
    log.info("deleted the data of member %d %s on request", member_id, scope)
    return before


async def forget_guild(conn: AsyncConnection, guild_id: int) -> None:
    for table in GUILD_TABLES:
        await conn.execute(sa.delete(table).where(table.c.guild_id == guild_id))
    await conn.execute(sa.delete(guild_departures).where(guild_departures.c.guild_id == guild_id))


async def record_departure(db: Database, guild_id: int, *, now: datetime | None = None) -> None:
    async with db.begin() as conn:
        left_at = now or utcnow()
        await conn.execute(
            upsert(
                conn.dialect.name,
                guild_departures,
                {"guild_id": guild_id, "left_at": left_at},
                update={"left_at": left_at},
            )
        )


async def cancel_departure(db: Database, guild_id: int) -> None:
    async with db.begin() as conn:
        await conn.execute(sa.delete(guild_departures).where(guild_departures.c.guild_id == guild_id))


async def forget_departed_guilds(db: Database, *, grace_days: int, now: datetime | None = None) -> list[int]:
    """Delete every row of servers the bot left more than ``grace_days`` ago; returns their ids."""
    cutoff = (now or utcnow()) - timedelta(days=grace_days)
    async with db.connect() as conn:
        due = list(
            (
                await conn.execute(
                    sa.select(guild_departures.c.guild_id).where(guild_departures.c.left_at < cutoff)
                )
            ).scalars()
        )
    for guild_id in due:
        async with db.begin() as conn:
            await forget_guild(conn, guild_id)
        log.info("deleted the data of server %d, which the bot left over %d days ago", guild_id, grace_days)
    return due
