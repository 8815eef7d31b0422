"""/subscribe, /unsubscribe and /subscriptions through the real bot: permissions checked by the bot."""

from __future__ import annotations

import discord

from bot.offline import MEMBER_PERMISSIONS, OfflineWorld


async def test_moderator_subscribes_and_lists(world: OfflineWorld) -> None:
    """A moderator subscribes #news with filters; /subscriptions shows the channel and its filters."""
    result = await world.invoke(
        "subscribe",
        {"channel": world.channel("news"), "statuses": "trailer, date announced", "language": "ko"},
        member=world.moderator,
    )
    assert result.ephemeral
    assert "will now get" in result.content
    listing = await world.invoke("subscriptions", member=world.member)
    text = str(listing.embeds)
    assert f"<#{world.channel('news').id}>" in text
    assert "Trailer" in text
    assert "Korean" in text
    again = await world.invoke("unsubscribe", {"channel": world.channel("news")}, member=world.moderator)
    assert "no longer" in again.content
    assert "No channel is subscribed" in str((await world.invoke("subscriptions")).embeds)


async def test_plain_member_is_refused(world: OfflineWorld) -> None:
    """A plain member, and one who manages another channel only, are refused by the bot itself."""
    plain = await world.invoke("subscribe", {"channel": world.channel("news")}, member=world.member)
    assert "Manage Channels" in plain.content
    helper = world.guild.add_member("helper", permissions=MEMBER_PERMISSIONS)
    world.channel("general").set_permissions(helper, allow=discord.Permissions(manage_channels=True))
    result = await world.invoke("subscribe", {"channel": world.channel("news")}, member=helper)
    assert result.ephemeral
    assert "Manage Channels" in result.content
    assert "No channel is subscribed" in str((await world.invoke("subscriptions")).embeds)
    allowed = await world.invoke("subscribe", {"channel": world.channel("general")}, member=helper)
    assert "will now get" in allowed.content


async def test_missing_bot_permission_is_named(world: OfflineWorld) -> None:
    """When the bot cannot embed links in the channel, /subscribe says exactly that and stores nothing."""
    bot_member = world.fake.bot_member(world.app, world.guild)
    world.channel("news").set_permissions(bot_member, deny=discord.Permissions(embed_links=True))
    result = await world.invoke("subscribe", {"channel": world.channel("news")}, member=world.moderator)
    assert "Embed Links" in result.content
    assert "Send Messages" not in result.content
    assert "No channel is subscribed" in str((await world.invoke("subscriptions")).embeds)


async def test_everyone_is_never_a_ping_role(world: OfflineWorld) -> None:
    """@everyone cannot be chosen as the role to ping."""
    everyone = world.guild.default_role
    result = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "ping_role": everyone}, member=world.moderator
    )
    assert "never ping @everyone" in result.content
    assert "No channel is subscribed" in str((await world.invoke("subscriptions")).embeds)


async def test_unknown_status_is_explained(world: OfflineWorld) -> None:
    """A typo in the statuses filter gets a message listing the valid statuses."""
    result = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "statuses": "filming"}, member=world.moderator
    )
    assert "Unknown status filming" in result.content
    assert "date_announced" in result.content


async def test_a_role_the_caller_cannot_ping_is_refused(world: OfflineWorld) -> None:
    """Managing a channel is not enough to have the bot ping an unmentionable role; a mentionable one is."""
    staff = world.guild.add_role("Staff", mentionable=False)
    fans = world.guild.add_role("News fans", mentionable=True)
    helper = world.guild.add_member("helper", permissions=MEMBER_PERMISSIONS)
    world.channel("news").set_permissions(helper, allow=discord.Permissions(manage_channels=True))

    refused = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "ping_role": staff}, member=helper
    )
    assert "not mentionable" in refused.content
    assert "No channel is subscribed" in str((await world.invoke("subscriptions")).embeds)

    allowed = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "ping_role": fans}, member=helper
    )
    assert "will now get" in allowed.content

    world.channel("news").set_permissions(
        helper, allow=discord.Permissions(manage_channels=True, mention_everyone=True)
    )
    trusted = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "ping_role": staff}, member=helper
    )
    assert "settings updated" in trusted.content


async def test_feeds_list_is_refused_to_members_who_call_it_anyway(world: OfflineWorld) -> None:
    """The command is hidden from members by default permissions, and the bot refuses it as well."""
    result = await world.invoke("news feeds list", member=world.member)
    assert result.ephemeral
    assert "Manage Server" in result.content
    assert not result.embeds


async def test_confirmed_only_leaves_rumours_out(world: OfflineWorld) -> None:
    """/subscribe confirmed_only: every status but rumour; a rumour story is held back by the filter."""
    from tests.bot.delivery.seed import posts, queue, settled

    answer = await world.invoke(
        "subscribe", {"channel": world.channel("news"), "confirmed_only": True}, member=world.moderator
    )
    assert "will now get" in answer.content
    listing = str((await world.invoke("subscriptions")).embeds)
    assert "Rumour" not in listing and "Renewed" in listing
    await queue(
        world, channels=("general",), status="rumor", title="All of Us Are Dead season 2 reportedly cast"
    )
    await settled(world)
    [rumour] = posts(world, "general")
    assert rumour.embeds[0]["fields"][1]["name"] == "Unconfirmed"
