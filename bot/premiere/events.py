"""A Discord scheduled event for the premiere in every server that asked for one, kept in step
with the news: created once an official day is known, moved when the date moves, cancelled when it
is withdrawn. Members press "Interested" and Discord itself reminds them.

A server without Manage Events (or Create Events) for the bot is told once, in its log or system
channel, how to grant it; nothing else fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

import discord
import sqlalchemy as sa

from bot.delivery.notices import tell_guild
from bot.i18n import N_, tr
from bot.links import safe_url
from bot.news.models import StoryView
from bot.news.premiere import premiere_text
from bot.storage.database import upsert
from bot.storage.tables import premiere_events
from bot.text import clip

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)

# Servers are checked again this often even without news (a moderator may have deleted the event).
SYNC_EVERY = 600.0
EVENT_LENGTH = timedelta(hours=1)
Outcome = Literal["created", "moved", "cancelled", "unchanged", "no_date", "missing_permission", "past"]


class PremiereEvents:
    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="premiere-events")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def wake(self) -> None:
        """News came in: check every opted-in server now."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=SYNC_EVERY)
            self._wake.clear()
            await self.sync_all()

    async def sync_all(self) -> dict[int, Outcome]:
        """Bring every opted-in server of this process in step; one server's failure is only logged."""
        outcomes: dict[int, Outcome] = {}
        for guild in list(self.bot.guilds):
            try:
                if (await self.bot.guild_settings.get(guild.id)).premiere_event:
                    outcomes[guild.id] = await self.sync(guild)
            except Exception:
                log.exception("could not bring the premiere event of guild %s in step", guild.id)
        return outcomes

    async def sync(self, guild: discord.Guild) -> Outcome:
        story = await self.bot.news.premiere_story()
        row = await self._row(guild.id)
        event_id = row.event_id if row is not None else None
        if story is None or story.premiere_at is None:
            if event_id is not None:
                await self._delete(guild, event_id)
                await self._save(guild.id, None, None)
                return "cancelled"
            return "no_date"
        starts = story.premiere_at
        if starts <= discord.utils.utcnow():
            return "past"  # Discord starts (and ends) the event itself
        me = guild.me
        if not (me.guild_permissions.manage_events or me.guild_permissions.create_events):
            if row is None or not row.told_missing_permission:
                language = await self.bot.guild_language(guild.id)
                await tell_guild(self.bot, guild.id, tr(language, MISSING_PERMISSION))
                await self._save(guild.id, event_id, row.starts_at if row else None, told=True)
            return "missing_permission"
        if event_id is not None and row is not None and row.starts_at == starts:
            return "unchanged"
        language = await self.bot.guild_language(guild.id)
        name, description = self._words(story, language)
        if event_id is not None:
            try:
                event = await guild.fetch_scheduled_event(event_id)
                await event.edit(
                    name=name,
                    description=description,
                    start_time=starts,
                    end_time=starts + EVENT_LENGTH,
                    entity_type=discord.EntityType.external,
                    location="Netflix",
                )
                await self._save(guild.id, event.id, starts)
                return "moved"
            except discord.NotFound:
                pass  # a moderator deleted it: make a new one
        event = await guild.create_scheduled_event(
            name=name,
            description=description,
            start_time=starts,
            end_time=starts + EVENT_LENGTH,
            entity_type=discord.EntityType.external,
            location="Netflix",
            privacy_level=discord.PrivacyLevel.guild_only,
        )
        await self._save(guild.id, event.id, starts)
        return "created"

    def _words(self, story: StoryView, language: str) -> tuple[str, str]:
        """The event's name and description in the server's language, with the story's sources."""
        sources = [url for link in story.links if (url := safe_url(link.link))]
        when = premiere_text(story.premiere_at, story.premiere_basis, language) or ""
        description = tr(
            language,
            "Season 2 of All of Us Are Dead comes out on Netflix: {when}\nSources: {sources}",
            when=when,
            sources=" ".join(sources[:3]) or "-",
        )
        return tr(language, "All of Us Are Dead season 2 premiere"), clip(description, 1000)

    async def remove(self, guild: discord.Guild) -> bool:
        """The server stopped wanting the event: delete the one it has, if any."""
        row = await self._row(guild.id)
        if row is None or row.event_id is None:
            return False
        await self._delete(guild, row.event_id)
        await self._save(guild.id, None, None)
        return True

    async def _delete(self, guild: discord.Guild, event_id: int) -> None:
        try:
            event = await guild.fetch_scheduled_event(event_id)
            await event.delete()
        except discord.NotFound:
            pass

    async def _row(self, guild_id: int) -> sa.Row | None:
        async with self.bot.db.connect() as conn:
            result = await conn.execute(
                sa.select(premiere_events).where(premiere_events.c.guild_id == guild_id)
            )
            return result.one_or_none()

    async def _save(
        self, guild_id: int, event_id: int | None, starts_at: datetime | None, *, told: bool | None = None
    ) -> None:
        values: dict[str, object] = {"event_id": event_id, "starts_at": starts_at}
        if told is not None:
            values["told_missing_permission"] = told
        statement = upsert(
            self.bot.db.dialect, premiere_events, {"guild_id": guild_id, **values}, update=values
        )
        async with self.bot.db.begin() as conn:
            await conn.execute(statement)


MISSING_PERMISSION = N_(
    "📅 This server asked for a Discord event for the season 2 premiere, but I can't create events "
    "here. Give my role **Manage Events** (or **Create Events**) in Server Settings → Roles, and the "
    "event appears at the next news check."
)
