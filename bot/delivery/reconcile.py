"""Was a row we claimed but never confirmed posted after all? Ask the channel's recent history.

Discord drops a repeated nonce only for a few minutes. Past that, a resend after a crash would post
a second copy, so the channel's messages since the row was created are searched for ours first.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import discord

from bot.delivery.announcement import is_announcement_of
from bot.delivery.outbox_store import OutboxRow

log = logging.getLogger(__name__)

# Messages read per search: enough for a busy channel over the minutes a retry can take.
HISTORY_LIMIT = 200
# Our clock and Discord's may disagree a little; look a bit before the row was created.
CLOCK_SKEW = timedelta(minutes=1)


async def find_posted(
    channel: discord.abc.Messageable, row: OutboxRow, *, author_id: int
) -> discord.Message | None:
    """Our message for this row in `channel`, or None. Raises discord.HTTPException when unreadable."""
    since: datetime = row.created_at - CLOCK_SKEW
    after = discord.Object(id=discord.utils.time_snowflake(since, high=False))
    async for message in channel.history(limit=HISTORY_LIMIT, after=after, oldest_first=True):
        if is_announcement_of(message, row.story_id, author_id=author_id, nonce=row.nonce, kind=row.kind):
            return message
    return None
