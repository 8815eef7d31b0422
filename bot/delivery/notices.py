"""Telling a server, once, that its news subscription stopped and why."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)


def stopped_text(channel_id: int, reason: str) -> str:
    if reason.startswith("404"):
        why = "the channel no longer exists"
    else:
        why = "I can no longer see that channel or post there"
    return (
        f"📰 I stopped posting season 2 news in <#{channel_id}>: {why} (`{reason}`).\n"
        "Give me **View Channel**, **Send Messages** and **Embed Links** there, "
        "then run `/subscribe` again to resume."
    )


async def tell_subscription_stopped(bot: Hyosan, guild_id: int, channel_id: int, reason: str) -> bool:
    """Post the notice in the server's log channel, else its system channel. One try, no retry loop:
    if the notice itself can't be delivered, that is logged and the worker moves on."""
    guild = bot.get_guild(guild_id)
    settings = await bot.guild_settings.get(guild_id)
    target: discord.abc.Messageable | None = None
    if settings.log_channel_id is not None and settings.log_channel_id != channel_id:
        target = bot.get_partial_messageable(settings.log_channel_id, guild_id=guild_id)
    elif guild is not None and guild.system_channel is not None and guild.system_channel.id != channel_id:
        target = guild.system_channel
    if target is None:
        log.warning(
            "guild %d has no log or system channel to hear that channel %d stopped", guild_id, channel_id
        )
        return False
    try:
        await target.send(stopped_text(channel_id, reason), allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as error:
        log.warning(
            "could not tell guild %d that channel %d stopped (%s %s)",
            guild_id,
            channel_id,
            error.status,
            error.text,
        )
        return False
    return True
