"""Permission checks for the news commands, made in the bot (a client's hidden button proves nothing)."""

from __future__ import annotations

import discord

from bot.client import UserFacingError

# What an announcement needs in its channel (discord.py's names; permission_names words them).
ANNOUNCE_PERMISSIONS: tuple[str, ...] = ("view_channel", "send_messages", "embed_links")


def require_manage_guild(interaction: discord.Interaction) -> None:
    if not interaction.permissions.manage_guild:
        raise UserFacingError("You need the **Manage Server** permission to do that.")


def require_channel_manager(interaction: discord.Interaction, channel: discord.abc.GuildChannel) -> None:
    """Manage Server, or Manage Channels on that very channel."""
    member = interaction.user
    if interaction.permissions.manage_guild:
        return
    if isinstance(member, discord.Member) and channel.permissions_for(member).manage_channels:
        return
    raise UserFacingError(
        "You need **Manage Server**, or **Manage Channels** on {channel}, to change its news subscription.",
        channel=channel.mention,
    )


def missing_bot_permissions(channel: discord.abc.GuildChannel, me: discord.Member) -> list[str]:
    """The announce permissions the bot lacks in ``channel`` (discord.py names)."""
    perms = channel.permissions_for(me)
    return [name for name in ANNOUNCE_PERMISSIONS if not getattr(perms, name)]


def require_may_ping(
    interaction: discord.Interaction, channel: discord.abc.GuildChannel, role: discord.Role
) -> None:
    """The caller could ping ``role`` in ``channel`` themselves: it is mentionable, or they may ping any role.

    Otherwise a member who manages one channel could have the bot ping a role they are not allowed
    to, including a staff role the server keeps unmentionable.
    """
    if role.is_default():
        raise UserFacingError("I never ping @everyone. Pick a role people chose to join for news.")
    if role.mentionable:
        return
    member = interaction.user
    if isinstance(member, discord.Member) and channel.permissions_for(member).mention_everyone:
        return
    raise UserFacingError(
        "{role} is not mentionable, and you don't have **Mention @everyone, @here and All Roles** in "
        "{channel}, so you can't have me ping it. Pick a mentionable role, or ask someone with that "
        "permission to set the ping.",
        role=role.mention,
        channel=channel.mention,
    )
