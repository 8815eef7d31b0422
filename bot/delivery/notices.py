"""Telling a server, once, that something of its news setup stopped and why.

Two notices use this: a subscribed channel the bot can no longer post in (the delivery worker) and a
server's own feed disabled after repeated failures (the news cog). Both go to the server's log channel,
else its system channel; when the log channel refuses the post, the system channel is tried next.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.i18n import tr

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)


def stopped_text(channel_id: int, reason: str, language: str = "en") -> str:
    if reason.startswith("404"):
        why = tr(language, "the channel no longer exists")
    else:
        why = tr(language, "I can no longer see that channel or post there")
    return tr(
        language,
        "📰 I stopped posting season 2 news in {channel}: {why} (`{reason}`).\n"
        "Give me **View Channel**, **Send Messages** and **Embed Links** there, "
        "then run `/subscribe` again to resume.",
        channel=f"<#{channel_id}>",
        why=why,
        reason=reason,
    )


async def tell_guild(bot: Hyosan, guild_id: int, text: str, *, avoid_channel_id: int | None = None) -> bool:
    """Post ``text`` in the server's log channel, else its system channel (never ``avoid_channel_id``:
    the channel the notice is about). One try per channel, no retry loop: a notice that can't be
    delivered is logged and the caller moves on. True when one channel took it."""
    guild = bot.get_guild(guild_id)
    settings = await bot.guild_settings.get(guild_id)
    targets: list[discord.abc.Messageable] = []
    log_channel_id = settings.log_channel_id
    if log_channel_id is not None and log_channel_id != avoid_channel_id:
        # A partial channel needs no cache: the process telling may not run this server's shard.
        targets.append(bot.get_partial_messageable(log_channel_id, guild_id=guild_id))
    system = guild.system_channel if guild is not None else None
    if system is not None and system.id not in (avoid_channel_id, log_channel_id):
        targets.append(system)
    if not targets:
        log.warning("guild %d has no log or system channel for a notice", guild_id)
        return False
    for target in targets:
        try:
            await target.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as error:
            log.warning(
                "could not post a notice in channel %s of guild %d (%s %s)",
                getattr(target, "id", "?"),
                guild_id,
                error.status,
                error.text,
            )
            continue
        return True
    return False


async def tell_subscription_stopped(bot: Hyosan, guild_id: int, channel_id: int, reason: str) -> bool:
    """Tell the server that announcements to ``channel_id`` stopped (403/404 there)."""
    text = stopped_text(channel_id, reason, await bot.guild_language(guild_id))
    return await tell_guild(bot, guild_id, text, avoid_channel_id=channel_id)
