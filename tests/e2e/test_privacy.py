"""/privacy through the real bot, and what happens to a server's data when the bot leaves it."""

from __future__ import annotations

import sqlalchemy as sa

from bot import privacy
from bot.news.times import utcnow
from bot.offline import BOT_PERMISSIONS, OfflineWorld
from bot.storage.guild_settings import SpoilerLevel
from bot.storage.tables import guild_departures, guild_settings, trivia_scores
from tests.support.waiting import eventually


async def _played(world: OfflineWorld, member_id: int, points: int = 3, guild_id: int | None = None) -> None:
    async with world.bot.db.begin() as conn:
        await conn.execute(
            sa.insert(trivia_scores).values(
                session_key=f"s{member_id}-{guild_id}",
                member_id=member_id,
                guild_id=guild_id or world.guild.id,
                channel_id=world.channel("trivia").id,
                points=points,
                played=5,
                correct=3,
                best_streak=2,
                played_at=utcnow(),
            )
        )


async def test_a_member_sees_and_deletes_their_data(world: OfflineWorld) -> None:
    await _played(world, world.member.id)
    await _played(world, world.moderator.id)
    await _played(world, world.member.id, guild_id=999)  # another server: not this one's to delete
    shown = await world.invoke("privacy show")
    assert shown.ephemeral
    assert "1 game results (3 points)" in shown.content

    asked = await world.invoke("privacy delete")
    assert asked.ephemeral and "can't be undone" in asked.content
    delete = next(b for b in asked.message.buttons if b.label == "Delete my data")
    done = await (await world.click(asked.message, delete.custom_id)).final()
    assert "no longer stores anything" in done.content

    assert "stores nothing about you in this server" in (await world.invoke("privacy show")).content
    async with world.bot.db.connect() as conn:
        left = (await conn.execute(sa.select(trivia_scores.c.member_id, trivia_scores.c.guild_id))).all()
    # Another member's results here, and this member's in another server, are untouched.
    assert sorted(left) == sorted([(world.moderator.id, world.guild.id), (world.member.id, 999)])


async def test_privacy_answers_in_korean(world: OfflineWorld) -> None:
    await _played(world, world.member.id)
    shown = await world.invoke("privacy show", locale="ko")
    assert "게임 기록 1건" in shown.content
    asked = await world.invoke("privacy delete", locale="ko")
    assert [b.label for b in asked.message.buttons] == ["내 정보 삭제", "취소"]


async def test_a_server_the_bot_leaves_is_forgotten_after_the_grace_period(world: OfflineWorld) -> None:
    guild_id = world.guild.id
    await world.bot.guild_settings.update(guild_id, spoilers=SpoilerLevel("all"))
    await _played(world, world.member.id)

    world.fake.remove_bot_from_guild(world.app, world.guild)
    await _until(world, _departures_nonempty)

    assert await privacy.forget_departed_guilds(world.bot.db, grace_days=30) == []  # within the grace
    later = utcnow().replace(year=utcnow().year + 1)
    assert await privacy.forget_departed_guilds(world.bot.db, grace_days=30, now=later) == [guild_id]
    async with world.bot.db.connect() as conn:
        assert (await conn.execute(sa.select(trivia_scores))).all() == []
        assert (await conn.execute(sa.select(guild_settings))).all() == []
        assert (await conn.execute(sa.select(guild_departures))).all() == []


async def _departures(world: OfflineWorld) -> list[int]:
    async with world.bot.db.connect() as conn:
        return list((await conn.execute(sa.select(guild_departures.c.guild_id))).scalars())


async def _until(world: OfflineWorld, predicate) -> None:  # type: ignore[no-untyped-def]
    await eventually(lambda: predicate(world), what=predicate.__name__)


async def test_coming_back_within_the_grace_period_keeps_everything(world: OfflineWorld) -> None:
    await _played(world, world.member.id)
    world.fake.remove_bot_from_guild(world.app, world.guild)
    await _until(world, _departures_nonempty)
    world.fake.add_bot_to_guild(world.app, world.guild, permissions=BOT_PERMISSIONS)
    await _until(world, _departures_empty)
    later = utcnow().replace(year=utcnow().year + 1)
    assert await privacy.forget_departed_guilds(world.bot.db, grace_days=30, now=later) == []
    async with world.bot.db.connect() as conn:
        assert len((await conn.execute(sa.select(trivia_scores))).all()) == 1


async def _departures_nonempty(world: OfflineWorld) -> bool:
    return bool(await _departures(world))


async def _departures_empty(world: OfflineWorld) -> bool:
    return not await _departures(world)
