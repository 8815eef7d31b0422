"""Was a row we claimed but never confirmed posted after all? Ask the channel's recent history.

Discord drops a repeated nonce only for a few minutes. Past that, a resend after a crash would post
a second copy, so the channel's messages since the row was created are searched for ours first.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import discord

from bot.delivery.announcement import is_announcement_of
from bot.delivery.outbox_store import OutboxRow

log = logging.getLogger(__name__)

# Messages read per search: enough for a busy channel over the minutes a retry can take.
HISTORY_LIMIT = 200
# Discord returns at most 100 messages a request.
PAGE = 100
# Our clock and Discord's may disagree a little; look a bit before the row was created.
CLOCK_SKEW = timedelta(minutes=1)

Pace = Callable[[], Awaitable[None]]


async def _no_pace() -> None:
    return None


async def find_posted(
    channel: discord.abc.Messageable, row: OutboxRow, *, author_id: int, pace: Pace = _no_pace
) -> discord.Message | None:
    """Our message for this row in `channel`, or None. Raises discord.HTTPException when unreadable.

    `pace` is awaited before each request: a read counts against the bot's global rate limit like a
    send, so the delivery worker passes its budget (a takeover settling hundreds of rows would
    otherwise read histories at full speed beside the sends).
    """
    since: datetime = row.created_at - CLOCK_SKEW
    after: discord.abc.Snowflake = discord.Object(id=discord.utils.time_snowflake(since, high=False))
    for _ in range(HISTORY_LIMIT // PAGE):
        await pace()
        page = [m async for m in channel.history(limit=PAGE, after=after, oldest_first=True)]
        for message in page:
            if is_announcement_of(message, row.story_id, author_id=author_id, nonce=row.nonce, kind=row.kind):
                return message
        if len(page) < PAGE:
            return None
        after = page[-1]
    return None
