"""A Discord scheduled event for the premiere in every server that asked for one, kept in step
with the news: created once an official day is known, moved when the date moves, cancelled when it
is withdrawn. Members press "Interested" and Discord itself reminds them. At the premiere, subscribed
channels that asked for them get a thread for the night and one per episode, each made once.

A server without Manage Events (or Create Events, or Create Public Threads) for the bot is told
once, in its log or system channel, how to grant it; nothing else fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

import discord
import sqlalchemy as sa

from bot.delivery.notices import tell_guild
from bot.delivery.worker import COUNTDOWN_LATEST
from bot.i18n import N_, tr
from bot.links import safe_url
from bot.news.models import StoryView
from bot.news.outbox import enqueue_countdown
from bot.news.premiere import premiere_text
from bot.storage.database import insert_ignore, upsert
from bot.storage.tables import premiere_events, premiere_threads
from bot.text import clip
from bot.wakeup import woken

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)

# Servers are checked again this often even without news (a moderator may have deleted the event).
SYNC_EVERY = 600.0
EVENT_LENGTH = timedelta(hours=1)
# Countdown posts, by how long before the premiere each is due.
COUNTDOWNS = (
    ("7d", timedelta(days=7)),
    ("1d", timedelta(days=1)),
    ("1h", timedelta(hours=1)),
    ("out", timedelta(0)),
)
# Threads are opened from the premiere until a day after (a process that was down catches up).
THREAD_WINDOW = timedelta(days=1)
Outcome = Literal["created", "moved", "cancelled", "unchanged", "no_date", "missing_permission", "past"]


_NUMBER_WORDS = {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_EPISODES = re.compile(
    r"\b(\d{1,2}|six|seven|eight|nine|ten|eleven|twelve)[- ](?:new\s+)?episodes?\b"
    r"|(\d{1,2})\s*부작|전\s*(\d{1,2})\s*(?:편|회)",
    re.I,
)


def episodes_in(story: StoryView) -> int:
    """The episode count an announcement gives ("all eight episodes", "8부작"), or 0."""
    for text in (story.title, story.summary, *(link.summary for link in story.links)):
        match = _EPISODES.search(text or "")
        if match:
            word = next(g for g in match.groups() if g)
            count = int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]
            return count if 1 <= count <= 24 else 0
    return 0


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
        wait = 0.0
        while True:
            await woken(self._wake, wait)
            self._wake.clear()
            await self.sync_all()
            wait = await self._until_next_countdown()

    async def _until_next_countdown(self) -> float:
        """Seconds to sleep: until the next countdown is due, or SYNC_EVERY at most."""
        story = await self.bot.news.premiere_story()
        if story is None or story.premiere_at is None:
            return SYNC_EVERY
        now = self.bot.clock.now()
        upcoming = [
            story.premiere_at - ahead for _kind, ahead in COUNTDOWNS if story.premiere_at - ahead > now
        ]
        return min([SYNC_EVERY, *((moment - now).total_seconds() + 1 for moment in upcoming)])

    async def sync_all(self) -> dict[int, Outcome]:
        """Bring every opted-in server of this process in step; one server's failure is only logged."""
        outcomes: dict[int, Outcome] = {}
        for guild in list(self.bot.guilds):
            try:
                if (await self.bot.guild_settings.get(guild.id)).premiere_event:
                    outcomes[guild.id] = await self.sync(guild)
            except Exception:
                log.exception("could not bring the premiere event of guild %s in step", guild.id)
        for step in (self.open_threads, self.send_countdowns):
            try:
                await step()
            except Exception:
                log.exception("premiere step %s failed", step.__name__)
        return outcomes

    # -- countdowns ----------------------------------------------------------------------------------

    async def send_countdowns(self, now: datetime | None = None) -> int:
        """Queue the countdown that is due (7 days, 1 day, 1 hour before, and "out now") for every
        subscription that asked for countdowns. The outbox keeps one row per story, channel and
        kind, so every process may do this and each channel gets each countdown once; one whose
        moment has passed (a restart, a moved date) is not queued, and the worker gives up one whose
        date moved before it went out. Returns the rows queued."""
        story = await self.bot.news.premiere_story()
        if story is None or story.premiere_at is None:
            return 0
        now = now or self.bot.clock.now()
        queued = 0
        for kind, ahead in COUNTDOWNS:
            if story.premiere_at - ahead <= now < story.premiere_at + COUNTDOWN_LATEST[kind]:
                async with self.bot.db.begin() as conn:
                    queued += await enqueue_countdown(conn, story.id, kind)
        if queued:
            self.bot.delivery.wake()
        return queued

    # -- threads -------------------------------------------------------------------------------------

    async def open_threads(self, now: datetime | None = None) -> int:
        """At the premiere (and for a day after), a thread for the night and one per episode in each
        subscribed channel of this process that asked for them; each made once. Returns how many."""
        story = await self.bot.news.premiere_story()
        now = now or self.bot.clock.now()
        if story is None or story.premiere_at is None:
            return 0
        if not story.premiere_at <= now < story.premiere_at + THREAD_WINDOW:
            return 0
        made = 0
        for guild in list(self.bot.guilds):
            for sub in await self.bot.news.subscriptions(guild.id):
                if not (sub.enabled and sub.premiere_threads):
                    continue
                channel = guild.get_channel(sub.channel_id)
                if not isinstance(channel, discord.TextChannel):
                    continue
                if not channel.permissions_for(guild.me).create_public_threads:
                    await self._tell_threads_permission(guild)
                    continue
                made += await self._threads_in(channel, story)
        return made

    async def _threads_in(self, channel: discord.TextChannel, story: StoryView) -> int:
        story_id = story.id
        language = await self.bot.guild_language(channel.guild.id)
        rules = await self._spoiler_rules(channel.guild.id, language)
        made = 0
        for kind, name in self._thread_names(language, story):
            if not await self._claim(story_id, channel, kind):
                continue  # made before (or being made by another process)
            existing = next((t for t in channel.threads if t.name == name), None)
            thread = existing or await channel.create_thread(
                name=name, type=discord.ChannelType.public_thread, auto_archive_duration=1440
            )
            if existing is None:
                await thread.send(rules, allowed_mentions=discord.AllowedMentions.none())
                made += 1
            await self._record_thread(story_id, channel.id, kind, thread.id)
        return made

    def _thread_names(self, language: str, story: StoryView) -> list[tuple[str, str]]:
        names = [("night", tr(language, "Season 2 premiere night"))]
        episodes = self._episode_count() or episodes_in(story)
        names += [(f"ep{n}", tr(language, "Season 2 episode {n}", n=n)) for n in range(1, episodes + 1)]
        return names

    def _episode_count(self) -> int:
        """Season 2's episode count from the dataset, when it knows it."""
        seasons = getattr(self.bot.dataset.show, "seasons", ())
        season = next((s for s in seasons if s.number == 2), None)
        return int(getattr(season, "episodes", 0) or 0) if season is not None else 0

    async def _spoiler_rules(self, guild_id: int, language: str) -> str:
        """The thread's opening message: where spoilers belong, and the server's own setting."""
        level = str((await self.bot.guild_settings.get(guild_id)).spoilers)
        return tr(
            language,
            "🧟 Spoilers for season 2 are welcome in this thread. Keep them out of the other channels, "
            "and use ||spoiler tags|| for anything past this episode. This server's spoiler setting "
            "elsewhere: **{level}** (`/settings spoilers`).",
            level=level,
        )

    async def _claim(self, story_id: int, channel: discord.TextChannel, kind: str) -> bool:
        """Write the thread's row first: only the process whose insert succeeds makes the thread."""
        statement = insert_ignore(
            self.bot.db.dialect,
            premiere_threads,
            {"story_id": story_id, "guild_id": channel.guild.id, "channel_id": channel.id, "kind": kind},
        )
        async with self.bot.db.begin() as conn:
            result = await conn.execute(statement)
            if result.rowcount:
                return True
            # A row without a thread is a make that was interrupted: take it up again.
            row = (
                await conn.execute(
                    sa.select(premiere_threads.c.thread_id).where(
                        premiere_threads.c.story_id == story_id,
                        premiere_threads.c.channel_id == channel.id,
                        premiere_threads.c.kind == kind,
                    )
                )
            ).one()
            return row.thread_id is None

    async def _record_thread(self, story_id: int, channel_id: int, kind: str, thread_id: int) -> None:
        async with self.bot.db.begin() as conn:
            await conn.execute(
                sa.update(premiere_threads)
                .where(
                    premiere_threads.c.story_id == story_id,
                    premiere_threads.c.channel_id == channel_id,
                    premiere_threads.c.kind == kind,
                )
                .values(thread_id=thread_id)
            )

    async def _tell_threads_permission(self, guild: discord.Guild) -> None:
        row = await self._row(guild.id)
        if row is not None and row.told_threads_permission:
            return
        language = await self.bot.guild_language(guild.id)
        await tell_guild(self.bot, guild.id, tr(language, MISSING_THREADS_PERMISSION))
        statement = upsert(
            self.bot.db.dialect,
            premiere_events,
            {"guild_id": guild.id, "told_threads_permission": True},
            update={"told_threads_permission": True},
        )
        async with self.bot.db.begin() as conn:
            await conn.execute(statement)

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
        if starts <= self.bot.clock.now():
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

MISSING_THREADS_PERMISSION = N_(
    "🧵 A subscribed channel here asked for premiere threads, but I can't create threads in it. Give my "
    "role **Create Public Threads** and **Send Messages in Threads** there."
)
