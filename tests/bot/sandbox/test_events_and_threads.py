"""Scheduled events and threads through unmodified discord.py against the fake."""

from __future__ import annotations

import datetime as dt

import discord
import pytest

from bot.sandbox import FakeApplication, FakeDiscord, FakeGuild
from bot.sandbox import permissions as perms
from bot.sandbox.events import CREATE_PUBLIC_THREADS, MANAGE_EVENTS, SEND_MESSAGES_IN_THREADS
from tests.bot.sandbox.tiny_bot import TinyBot
from tests.support.waiting import eventually


def in_days(days: float) -> dt.datetime:
    return discord.utils.utcnow() + dt.timedelta(days=days)


async def test_events_are_created_moved_listed_and_deleted(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    fake.set_bot_permissions(app, guild, perms.DEFAULT_EVERYONE | MANAGE_EVENTS)
    server = tiny.get_guild(guild.id)
    assert server is not None
    await eventually(lambda: server.me.guild_permissions.manage_events)
    event = await server.create_scheduled_event(
        name="Season 2 premiere",
        start_time=in_days(7),
        end_time=in_days(7.1),
        entity_type=discord.EntityType.external,
        location="Netflix",
        privacy_level=discord.PrivacyLevel.guild_only,
        description="Watch together",
    )
    [stored] = fake.events_of(guild)
    assert (stored.id, stored.name, stored.location) == (event.id, "Season 2 premiere", "Netflix")
    moved = await event.edit(start_time=in_days(14), end_time=in_days(14.1))
    assert stored.start == moved.start_time
    assert [e.id for e in await server.fetch_scheduled_events()] == [event.id]
    await eventually(lambda: server.get_scheduled_event(event.id) is not None)
    await event.delete()
    assert fake.events_of(guild) == []


async def test_events_are_checked_as_discord_checks_them(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    server = tiny.get_guild(guild.id)
    assert server is not None
    kwargs = {"entity_type": discord.EntityType.external, "location": "Netflix",
              "privacy_level": discord.PrivacyLevel.guild_only}  # fmt: skip
    with pytest.raises(discord.Forbidden):  # no Manage Events
        await server.create_scheduled_event(name="x", start_time=in_days(1), end_time=in_days(2), **kwargs)
    fake.set_bot_permissions(app, guild, perms.DEFAULT_EVERYONE | MANAGE_EVENTS)
    with pytest.raises(discord.HTTPException) as past:
        await server.create_scheduled_event(name="x", start_time=in_days(-1), end_time=in_days(1), **kwargs)
    assert past.value.status == 400
    with pytest.raises(discord.HTTPException):
        await server.create_scheduled_event(
            name="x" * 101, start_time=in_days(1), end_time=in_days(2), **kwargs
        )
    assert fake.events_of(guild) == []


async def test_threads_are_created_posted_in_and_archived(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    channel = tiny.get_channel(guild.channel("news").id)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.Forbidden):  # no Create Public Threads
        await channel.create_thread(name="Premiere night", type=discord.ChannelType.public_thread)
    fake.set_bot_permissions(
        app, guild, perms.DEFAULT_EVERYONE | CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS
    )
    await eventually(lambda: channel.permissions_for(channel.guild.me).create_public_threads)
    thread = await channel.create_thread(
        name="Premiere night", type=discord.ChannelType.public_thread, auto_archive_duration=1440
    )
    await thread.send("Welcome! Spoilers only in here.")
    [made] = fake.threads_of(guild.channel("news"))
    assert made.channel.name == "Premiere night"
    assert [m.content for m in fake.store.history(made.channel.id)] == ["Welcome! Spoilers only in here."]
    await thread.edit(archived=True)
    assert made.archived
    with pytest.raises(discord.HTTPException) as archived:
        await thread.send("too late")
    assert archived.value.code == 50083
