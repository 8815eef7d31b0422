"""Permission arithmetic: roles, then @everyone, role and member overwrites."""

from __future__ import annotations

from bot.sandbox import permissions as p


def test_administrator_bypasses_overwrites() -> None:
    """ADMINISTRATOR in any role grants everything, whatever the channel denies."""
    base = p.base_permissions(p.DEFAULT_EVERYONE, [p.ADMINISTRATOR], is_owner=False)
    deny_all = {1: p.Overwrite(1, 0, 0, p.ALL)}
    assert (
        p.channel_permissions(base, guild_id=1, member_id=2, member_role_ids=[], overwrites=deny_all) == p.ALL
    )


def test_overwrite_order_everyone_then_roles_then_member() -> None:
    """A role allow beats an @everyone deny; a member deny beats the role allow."""
    guild_id, role_id, member_id = 10, 20, 30
    base = p.base_permissions(p.DEFAULT_EVERYONE, [], is_owner=False)
    overwrites = {
        guild_id: p.Overwrite(guild_id, 0, 0, p.SEND_MESSAGES),
        role_id: p.Overwrite(role_id, 0, p.SEND_MESSAGES, 0),
    }
    with_role = p.channel_permissions(
        base, guild_id=guild_id, member_id=member_id, member_role_ids=[role_id], overwrites=overwrites
    )
    without = p.channel_permissions(
        base, guild_id=guild_id, member_id=member_id, member_role_ids=[], overwrites=overwrites
    )
    assert with_role & p.SEND_MESSAGES and not without & p.SEND_MESSAGES
    overwrites[member_id] = p.Overwrite(member_id, 1, 0, p.SEND_MESSAGES)
    denied = p.channel_permissions(
        base, guild_id=guild_id, member_id=member_id, member_role_ids=[role_id], overwrites=overwrites
    )
    assert not denied & p.SEND_MESSAGES


def test_no_view_channel_means_nothing() -> None:
    """Without VIEW_CHANNEL every other bit is void."""
    base = p.base_permissions(p.DEFAULT_EVERYONE, [], is_owner=False)
    overwrites = {1: p.Overwrite(1, 0, 0, p.VIEW_CHANNEL)}
    assert (
        p.channel_permissions(base, guild_id=1, member_id=2, member_role_ids=[], overwrites=overwrites) == 0
    )


def test_as_bits_accepts_discord_permissions() -> None:
    """discord.Permissions and ints are both accepted."""
    import discord

    assert p.as_bits(discord.Permissions(send_messages=True)) == p.SEND_MESSAGES
    assert p.as_bits(p.EMBED_LINKS) == p.EMBED_LINKS
