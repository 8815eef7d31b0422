"""News delivery through the real bot and the fake Discord: exactly once per channel, pings opt-in."""

from __future__ import annotations

import discord
import sqlalchemy as sa

from bot.offline import OfflineWorld
from bot.storage.tables import outbox
from tests.bot.delivery.seed import CHANNELS, posts, queue, settled
from tests.support.waiting import eventually


async def test_one_post_per_subscribed_channel(world: OfflineWorld) -> None:
    """A story queued to three channels appears once in each, and nowhere else; rows end `sent`."""
    story_id = await queue(world)
    assert await settled(world) == {"sent": 3}
    for name in CHANNELS:
        (message,) = posts(world, name)
        assert message.embeds[0]["footer"]["text"].endswith(f"story {story_id}")
        assert "Soompi" in str(message.embeds[0]["fields"])
    assert posts(world, "mod-log") == []
    async with world.bot.db.connect() as conn:
        rows = (await conn.execute(sa.select(outbox))).all()
    by_channel = {m.channel.id: m.id for name in CHANNELS for m in posts(world, name)}
    assert {r.channel_id: r.message_id for r in rows} == by_channel


async def test_web_text_never_pings(world: OfflineWorld) -> None:
    """@everyone and a role mention in a story's title and summary would ping nobody."""
    role = world.guild.add_role("Fans")
    await queue(
        world,
        channels=("news",),
        title=f"@everyone <@&{role.id}> season 2 @here",
        summary=f"<@{world.member.id}> @everyone",
    )
    await settled(world)
    (message,) = posts(world, "news")
    assert message.mentions_would_ping is False


async def test_ping_role_pings_only_that_role(world: OfflineWorld) -> None:
    """A subscription's chosen role is pinged, and nothing the web wrote pings with it."""
    fans = world.guild.add_role("Fans")
    other = world.guild.add_role("Other")
    await queue(world, channels=("news",), ping_role_id=fans.id, title=f"@everyone <@&{other.id}> news")
    await settled(world)
    (message,) = posts(world, "news")
    assert message.mentions_would_ping is True
    assert message.pings.roles == frozenset({fans.id})
    assert not message.pings.everyone
    assert not message.pings.users


async def test_moderator_sets_the_log_channel(world: OfflineWorld) -> None:
    """/settings log_channel stores the channel for a moderator and answers privately."""
    mod_log = world.channel("mod-log")
    result = await world.invoke("settings log_channel", {"channel": mod_log}, member=world.moderator)
    assert result.ephemeral
    assert f"<#{mod_log.id}>" in result.content
    assert (await world.bot.guild_settings.get(world.guild.id)).log_channel_id == mod_log.id


async def test_log_channel_needs_manage_server(world: OfflineWorld) -> None:
    """A member without Manage Server is refused by the bot itself, and nothing is stored."""
    result = await world.invoke("settings log_channel", {"channel": world.channel("mod-log")})
    assert result.ephemeral
    assert "Manage Server" in result.content
    assert (await world.bot.guild_settings.get(world.guild.id)).log_channel_id is None


async def test_log_channel_the_bot_cannot_post_in_is_refused(world: OfflineWorld) -> None:
    """A channel where the bot lacks Send Messages is refused, naming the missing permission."""
    mod_log = world.channel("mod-log")
    mod_log.set_permissions(world.guild.role("Hyosan"), deny=discord.Permissions(send_messages=True))
    await eventually(lambda: bot_cannot_send(world, mod_log), what="the overwrite to reach the bot")
    result = await world.invoke("settings log_channel", {"channel": mod_log}, member=world.moderator)
    assert "Send Messages" in result.content
    assert (await world.bot.guild_settings.get(world.guild.id)).log_channel_id is None


def bot_cannot_send(world: OfflineWorld, fake_channel) -> bool:  # type: ignore[no-untyped-def]
    """The bot's own cache (fed by the gateway) already shows it may not post in the channel."""
    guild = world.bot.get_guild(world.guild.id)
    channel = guild.get_channel(fake_channel.id) if guild is not None else None
    return channel is not None and not channel.permissions_for(guild.me).send_messages  # type: ignore[union-attr]
