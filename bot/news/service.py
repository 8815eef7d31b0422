"""``NewsService``: the one object the news cog, the delivery worker and the console talk to.

It owns the shared httpx client and fetcher, polls sources (``poll_source`` / ``poll_all``),
keeps the registry and subscriptions, and wakes the delivery worker after a commit that queued
announcements. It never imports discord: the cog registers ``on_source_disabled`` to tell people.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import httpx

from bot.config import Settings
from bot.i18n import N_, Translatable
from bot.news import registry
from bot.news import subscriptions as subs
from bot.news.explain import Explanation, explain_item, recent_items
from bot.news.ingest import Classifier, IngestReport, ingest_items
from bot.news.models import NewsItem, NewsSource, StoryView, Subscription
from bot.news.scheduler import NewsScheduler
from bot.news.stories import premiere_story, release_stories, season_premiere
from bot.news.times import utcnow
from bot.storage.database import Database
from bot.tracker.classify import Classification, classify
from bot.tracker.fetch import FeedFetcher, FetchError, default_client
from bot.tracker.health import newly_disabled, record_failure, record_success
from bot.tracker.items import FeedItem
from bot.tracker.offload import FeedReader, OverBudgetError
from bot.tracker.parse import ParseError
from bot.tracker.poll import SourceError, fetch_source
from bot.tracker.sources import DEFAULT_FEEDS_PATH, load_sources
from bot.tracker.urlguard import UnsafeURLError, check_feed_url

log = logging.getLogger(__name__)

# How long the season's premiere instant is kept between database reads.
PREMIERE_CACHE_SECONDS = 300.0

# Polls that may run at once (``/news check``, start-up): enough to overlap network waits,
# few enough not to look like a flood to any one site.
POLL_CONCURRENCY = 16
SCHEDULE_SLACK_SECONDS = 5.0

SourceDisabledHook = Callable[[NewsSource, str], Awaitable[None]]
EnqueuedHook = Callable[[Sequence[int]], None]


class FeedRejectedError(Translatable, ValueError):
    """A moderator's feed URL cannot be followed; the message is a sentence for them (a catalog
    message; the technical reason it quotes stays as the fetcher or parser wrote it)."""


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """One poll of one source, for ``/news check`` and logs."""

    source_id: int
    source_name: str
    ok: bool
    not_modified: bool = False
    skipped: str | None = None
    error: str | None = None
    report: IngestReport | None = None
    disabled_now: bool = False


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _with_languages(items: list[FeedItem], source: NewsSource) -> list[FeedItem]:
    """A server's feed declares no language; hangul in an item is a safe tell for Korean."""
    if source.language is not None:
        return items
    return [replace(i, language="ko") if _has_hangul(f"{i.title} {i.summary}") else i for i in items]


class NewsService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        client: httpx.AsyncClient | None = None,
        feeds_path: Path | str = DEFAULT_FEEDS_PATH,
        classifier: Classifier = classify,
    ) -> None:
        self.db = db
        self.settings = settings
        self._premiere_cache: tuple[float, datetime | None] | None = None
        self.feeds_path = Path(feeds_path)
        self.classifier = classifier
        self._owns_client = client is None
        self.http = client or default_client(
            timeout=settings.feed_fetch_timeout, allow_private=settings.allow_private_feed_urls
        )
        self.fetcher = FeedFetcher(
            self.http,
            allow_private=settings.allow_private_feed_urls,
            max_bytes=settings.feed_max_bytes,
            timeout=settings.feed_fetch_timeout,
            allowed_ports=settings.feed_allowed_ports,
        )
        self.reader = FeedReader(settings.feed_parse_budget)
        # Set after every commit that queued outbox rows; the delivery worker waits on it.
        self.outbox_event = asyncio.Event()
        self.on_enqueued: list[EnqueuedHook] = []
        self.on_source_disabled: list[SourceDisabledHook] = []
        # Called with every poll's outcome (metrics count them); must not raise or block.
        self.on_polled: list[Callable[[PollOutcome], None]] = []
        self.scheduler = NewsScheduler(db, self.poll_source, retention_days=settings.news_retention_days)
        self._source_locks: dict[int, asyncio.Lock] = {}
        # SQLite has one writer; serialising our own ingest transactions avoids "database is locked".
        self._write_lock = asyncio.Lock()

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Sync built-in sources from feeds.yaml, then start polling if this process should."""
        builtins = load_sources(self.feeds_path, min_interval=self.settings.feed_min_interval)
        async with self.db.begin() as conn:
            synced = await registry.sync_builtin_sources(conn, builtins)
        log.info("news: %d built-in sources (%d enabled)", len(synced), sum(s.enabled for s in synced))
        if self.settings.tracker_enabled:
            await self.scheduler.start()
        else:
            log.info("news: tracker disabled in this process (TRACKER_ENABLED=false); polls run on demand")

    async def close(self) -> None:
        await self.scheduler.stop()
        await self.reader.close()
        if self._owns_client:
            await self.http.aclose()

    # --- polling -----------------------------------------------------------------------------

    def _classifier_for(self, verdicts: dict[str, Classification] | None) -> Classifier:
        """The verdicts the feed reader worked out off the loop, when the service uses the standard rules."""
        if not verdicts or self.classifier is not classify:
            return self.classifier
        fallback = self.classifier
        return lambda item: verdicts.get(item.stable_id) or fallback(item)

    def notify_enqueued(self, story_ids: Sequence[int]) -> None:
        """Wake the delivery worker: call only after the transaction that queued rows committed."""
        self.outbox_event.set()
        for hook in list(self.on_enqueued):
            try:
                hook(story_ids)
            except Exception:
                log.exception("an on_enqueued hook failed")

    async def poll_source(self, source_id: int, *, scheduled: bool = False) -> PollOutcome:
        """Poll one source now and store what is new. A scheduled poll respects the backoff."""
        lock = self._source_locks.setdefault(source_id, asyncio.Lock())
        async with lock:
            outcome = await self._poll_locked(source_id, scheduled=scheduled)
        for hook in list(self.on_polled):
            hook(outcome)
        return outcome

    async def _poll_locked(self, source_id: int, *, scheduled: bool) -> PollOutcome:
        async with self.db.connect() as conn:
            source = await registry.get_source(conn, source_id)
        if source is None:
            return PollOutcome(source_id, "?", ok=False, skipped=N_("no such source"))
        if not source.enabled:
            return PollOutcome(
                source_id, source.name, ok=False, skipped=source.disabled_reason or N_("disabled")
            )
        now = utcnow()
        # The schedule fires one interval after the previous fire, while next_poll_at counts from when
        # that poll began (later, when it waited for a /news check): allow for the lag, or a regular
        # poll would be skipped as if the source were backing off.
        slack = timedelta(seconds=min(SCHEDULE_SLACK_SECONDS, source.interval_s / 2))
        if scheduled and source.next_poll_at is not None and source.next_poll_at > now + slack:
            return PollOutcome(source_id, source.name, ok=False, skipped=N_("backing off"))
        before = registry.health_of(source)
        try:
            result = await fetch_source(
                self.fetcher,
                registry.tracker_source(source),
                etag=source.etag,
                last_modified=source.last_modified,
                now=now,
                reader=self.reader,
            )
        except SourceError as exc:
            return await self._record_failure(source, before, exc.reason, now)
        health = record_success(before, now=now, interval=source.interval_s)
        items = _with_languages(result.items, source)
        async with self._write_lock, self.db.begin() as conn:
            report = None
            if not result.not_modified:
                report = await ingest_items(
                    conn,
                    source,
                    items,
                    baseline=not source.baselined,
                    classifier=self._classifier_for(result.verdicts),
                    now=now,
                )
            await registry.save_poll_state(
                conn,
                source.id,
                health,
                polled_at=now,
                etag=result.etag,
                last_modified=result.last_modified,
                baselined=True if not result.not_modified else None,
                keep_validators=result.not_modified and not result.etag,
            )
        if report is not None and report.enqueued:
            self.notify_enqueued(report.story_ids)
        if result.warning:
            log.info("source %s parsed with a warning: %s", source.key, result.warning)
        return PollOutcome(source.id, source.name, ok=True, not_modified=result.not_modified, report=report)

    async def _record_failure(
        self, source: NewsSource, before: registry.SourceHealth, reason: str, now: datetime
    ) -> PollOutcome:
        after = record_failure(
            before,
            reason,
            now=now,
            interval=source.interval_s,
            max_failures=self.settings.feed_max_failures,
        )
        async with self._write_lock, self.db.begin() as conn:
            saved = await registry.save_poll_state(
                conn, source.id, after, polled_at=now, keep_validators=True
            )
        # Another poll (another process's /news check) may have disabled it first: it tells, not us.
        disabled_now = saved and newly_disabled(before, after)
        log.warning(
            "source %s failed (%d in a row): %s%s",
            source.key,
            after.consecutive_failures,
            reason,
            " -- now disabled" if disabled_now else "",
        )
        if disabled_now:
            await self.scheduler.reschedule()
            for hook in list(self.on_source_disabled):
                try:
                    await hook(source, after.disabled_reason or reason)
                except Exception:
                    log.exception("telling about disabled source %s failed", source.key)
        return PollOutcome(source.id, source.name, ok=False, error=reason, disabled_now=disabled_now)

    async def poll_all(self, guild_id: int | None = None) -> list[PollOutcome]:
        """Poll every enabled source now (built-in ones and, with ``guild_id``, only that server's feeds)."""
        async with self.db.connect() as conn:
            if guild_id is None:
                sources = await registry.all_sources(conn, enabled_only=True)
            else:
                sources = [s for s in await registry.visible_sources(conn, guild_id) if s.enabled]
        gate = asyncio.Semaphore(POLL_CONCURRENCY)

        async def one(source: NewsSource) -> PollOutcome:
            async with gate:
                return await self.poll_source(source.id)

        return list(await asyncio.gather(*(one(s) for s in sources)))

    # --- the registry --------------------------------------------------------------------------

    async def sources_for(self, guild_id: int) -> list[NewsSource]:
        async with self.db.connect() as conn:
            return await registry.visible_sources(conn, guild_id)

    async def guild_feeds(self, guild_id: int) -> list[NewsSource]:
        async with self.db.connect() as conn:
            return await registry.guild_feeds(conn, guild_id)

    async def add_guild_feed(
        self, guild_id: int, url: str, *, added_by: int, language: str | None = None
    ) -> NewsSource:
        """Check the URL (guard, then one fetch that must parse as a feed), then store and schedule it.

        Raises ``FeedRejectedError`` with a sentence for the moderator.
        """
        url = url.strip()
        try:
            await check_feed_url(
                url,
                allow_private=self.settings.allow_private_feed_urls,
                allowed_ports=self.settings.feed_allowed_ports,
            )
        except UnsafeURLError as exc:
            log.info("refused feed URL %s for guild %d: %s", url, guild_id, exc.reason)
            raise FeedRejectedError("I can't fetch that URL: {reason}.", reason=exc.shown) from exc
        try:
            fetched = await self.fetcher.fetch(url)
            read = await self.reader.read(
                fetched.body, source_id="check", language=language or "en", content_type=fetched.content_type
            )
        except FetchError as exc:
            raise FeedRejectedError("I can't fetch that URL: {reason}.", reason=exc.reason) from exc
        except ParseError as exc:
            raise FeedRejectedError(
                "That URL is not a feed I can read: {reason}.", reason=exc.reason
            ) from exc
        except OverBudgetError as exc:
            raise FeedRejectedError("That feed is too costly to read: {reason}.", reason=str(exc)) from exc
        parsed = read.parsed
        if language is None and parsed.items:
            sample = " ".join(item.title for item in parsed.items[:20])
            language = "ko" if _has_hangul(sample) else None
        now = utcnow()
        try:
            async with self._write_lock, self.db.begin() as conn:
                source = await registry.add_guild_feed(
                    conn, guild_id=guild_id, url=url, added_by=added_by, name=parsed.title, language=language
                )
                # The check fetch is the baseline: what the feed holds now is recorded, never announced,
                # and anything that appears before the first scheduled poll is still news.
                await ingest_items(
                    conn,
                    source,
                    parsed.items,
                    baseline=True,
                    classifier=self._classifier_for(read.verdicts),
                    now=now,
                )
                health = record_success(registry.health_of(source), now=now, interval=source.interval_s)
                await registry.save_poll_state(
                    conn,
                    source.id,
                    health,
                    polled_at=now,
                    etag=fetched.etag,
                    last_modified=fetched.last_modified,
                    baselined=True,
                )
                source = await registry.get_source(conn, source.id) or source
        except registry.FeedExistsError as exc:
            raise FeedRejectedError("This server already follows that feed.") from exc
        except registry.FeedLimitError as exc:
            raise FeedRejectedError(
                "A server can follow at most {limit} feeds of its own.", limit=registry.MAX_GUILD_FEEDS
            ) from exc
        await self.scheduler.reschedule()
        return source

    async def remove_guild_feed(self, guild_id: int, source_id: int) -> NewsSource | None:
        async with self._write_lock, self.db.begin() as conn:
            removed = await registry.remove_guild_feed(conn, guild_id, source_id)
        if removed is not None:
            await self.scheduler.reschedule()
        return removed

    # --- subscriptions -------------------------------------------------------------------------

    async def subscribe(
        self,
        *,
        guild_id: int,
        channel_id: int,
        statuses: Sequence[str] | None,
        language: str | None,
        ping_role_id: int | None,
        created_by: int,
        premiere_threads: bool = False,
        countdowns: bool = False,
    ) -> tuple[Subscription, bool]:
        async with self.db.begin() as conn:
            return await subs.save_subscription(
                conn,
                guild_id=guild_id,
                channel_id=channel_id,
                statuses=statuses,
                language=language,
                ping_role_id=ping_role_id,
                created_by=created_by,
                premiere_threads=premiere_threads,
                countdowns=countdowns,
            )

    async def unsubscribe(self, guild_id: int, channel_id: int) -> bool:
        async with self.db.begin() as conn:
            return await subs.remove_subscription(conn, guild_id, channel_id)

    async def subscriptions(self, guild_id: int) -> list[Subscription]:
        async with self.db.connect() as conn:
            return await subs.guild_subscriptions(conn, guild_id)

    # --- reading -----------------------------------------------------------------------------

    async def latest_items(
        self, guild_id: int, *, limit: int = 25, relevant_only: bool = False, query: str | None = None
    ) -> list[NewsItem]:
        async with self.db.connect() as conn:
            return await recent_items(conn, guild_id, limit=limit, relevant_only=relevant_only, query=query)

    async def explain(self, guild_id: int, item_id: int) -> Explanation | None:
        async with self.db.connect() as conn:
            return await explain_item(conn, guild_id, item_id)

    async def season_premiere(self) -> datetime | None:
        """When season 2 came or comes out, by the newest official story that dates it to the day
        (built-in sources only: a server's own feed can't move everyone's spoiler guard). Cached a
        few minutes: lore answers ask on every call."""
        now = time.monotonic()
        if self._premiere_cache is not None and self._premiere_cache[0] > now:
            return self._premiere_cache[1]
        async with self.db.connect() as conn:
            premiere = await season_premiere(conn)
        self._premiere_cache = (now + PREMIERE_CACHE_SECONDS, premiere)
        return premiere

    async def premiere_story(self) -> StoryView | None:
        """The official story that dates the premiere (see ``bot.news.stories.premiere_story``)."""
        async with self.db.connect() as conn:
            return await premiere_story(conn)

    def forget_premiere(self) -> None:
        """New stories came in: the next ``season_premiere`` reads the database again."""
        self._premiere_cache = None

    async def release_stories(self, guild_id: int | None, *, limit: int = 50) -> list[StoryView]:
        """Stories for ``/release`` in ``guild_id``: everyone's news and that server's own feeds'."""
        async with self.db.connect() as conn:
            return await release_stories(conn, guild_id, limit=limit)
