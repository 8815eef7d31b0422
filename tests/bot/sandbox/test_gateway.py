"""The gateway: sharding, member chunks, DMs, and reconnecting after a dropped connection."""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest
from discord.ext import commands

from bot.sandbox import FakeApplication, FakeDiscord, FakeGuild, run_bot_against
from bot.sandbox.snowflakes import shard_of
from tests.bot.sandbox.tiny_bot import TinyBot


async def test_two_shards_each_see_their_guilds() -> None:
    """AutoShardedBot asks /gateway/bot, opens 2 shards, and each receives only its own guilds."""
    async with FakeDiscord(recommended_shards=2) as fake:
        app = fake.create_application("Hyosan")
        guilds = [fake.create_guild(f"school {i}") for i in range(4)]
        for guild in guilds:
            fake.add_bot_to_guild(app, guild)
        assert {shard_of(g.id, 2) for g in guilds} == {0, 1}
        bot = commands.AutoShardedBot(command_prefix="!", intents=discord.Intents.default())
        async with run_bot_against(fake, bot, app.token):
            assert bot.shard_count == 2
            assert {g.id: g.shard_id for g in bot.guilds} == {g.id: shard_of(g.id, 2) for g in guilds}
        sessions = sorted((s.shard_id, s.shard_count) for s in fake.gateway.sessions.values())
        assert sessions == [(0, 2), (1, 2)]
        assert fake.requests("GET", "/gateway/bot")


async def test_member_chunks_answer_query_members(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """Op 8 requests are answered with GUILD_MEMBERS_CHUNK, so query_members finds people."""
    guild.add_member("onjo")
    guild.add_member("ohjoon")
    cached = tiny.get_guild(guild.id)
    assert cached is not None
    found = await cached.query_members("o", limit=10)
    assert sorted(m.name for m in found) == ["ohjoon", "onjo", "owner"]


async def test_new_member_reaches_the_cache(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """A member added by the driver arrives as GUILD_MEMBER_ADD."""
    waiter = tiny.wait_for("member_join", timeout=2)
    onjo = guild.add_member("onjo")
    joined = await waiter
    assert joined.id == onjo.id


async def test_dm_to_a_member(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """The bot can DM a member it shares a guild with; a closed DM is Forbidden 50007."""
    onjo = guild.add_member("onjo")
    user = await tiny.fetch_user(onjo.id)
    await user.send("your trivia round starts")
    dm = fake.dm_channel(app, onjo)
    assert dm is not None and [m.content for m in fake.messages(dm)] == ["your trivia round starts"]
    onjo.user.accepts_dms = False
    with pytest.raises(discord.Forbidden) as caught:
        await user.send("again")
    assert caught.value.code == 50007


async def test_dropped_connection_resumes_and_replays(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """After the fake drops the socket, discord.py RESUMEs and receives what was dispatched meanwhile."""
    resumed = asyncio.ensure_future(tiny.wait_for("resumed", timeout=5))
    joined = asyncio.ensure_future(tiny.wait_for("member_join", timeout=5))
    await fake.drop_gateway(app)
    onjo = guild.add_member("onjo")  # dispatched while disconnected: must be replayed
    await resumed
    assert (await joined).id == onjo.id
    r = await fake.invoke(app, "character", {"name": "Nam-ra"})
    assert r.embeds[0]["title"] == "Nam-ra"


async def test_invalidated_session_identifies_again(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """A session the fake forgot gets op 9 on RESUME; discord.py IDENTIFYs afresh and works on."""
    before = set(fake.gateway.sessions)
    ready = asyncio.ensure_future(tiny.wait_for("ready", timeout=5))
    await fake.drop_gateway(app, resume=False)
    await ready
    assert set(fake.gateway.sessions).isdisjoint(before)
    r = await fake.invoke(app, "character", {"name": "On-jo"})
    assert r.type == 4


async def test_unknown_token_on_the_gateway_closes_4004(fake: FakeDiscord) -> None:
    """IDENTIFY with a token the fake does not know is closed with 4004."""
    async with aiohttp.ClientSession() as session, session.ws_connect(fake.gateway_url) as ws:
        hello = await ws.receive_json()
        assert hello["op"] == 10
        await ws.send_json({"op": 2, "d": {"token": "nope", "intents": 0, "properties": {}}})
        closing = await ws.receive()
    assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    assert ws.close_code == 4004
