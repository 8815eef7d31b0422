"""A poll's items -> stored items -> stories -> outbox rows, in the caller's transaction.

Rules: each item is stored once per (source, stable id); irrelevant items are stored for
``/news explain`` but make no story; a relevant item joins an earlier story of its source's scope
that tells the same news (``bot.tracker.dedupe``) or starts a new one; a source's first successful
poll is a baseline whose items are stored and never announced.

Scope: built-in sources make stories every server sees; a server's own feed makes stories only
that server sees and is announced to. An item never joins a story of another scope, so a server's
feed cannot reword, relink or suppress news that other servers get.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.news.models import NewsSource, StoryView
from bot.news.outbox import enqueue_story, insert_ignoring_duplicates
from bot.news.premiere import find_premiere_time, premiere_instant
from bot.news.stories import (
    RUMOUR_LOOKBACK,
    create_story,
    lookback_start,
    recent_stories,
    state_premiere_time,
)
from bot.news.times import utcnow
from bot.storage.tables import news_items
from bot.tracker.classify import Classification, classify
from bot.tracker.dedupe import StoryFacts, StoryIndex, confirms, facts_of, story_status
from bot.tracker.items import FeedItem

log = logging.getLogger(__name__)

Classifier = Callable[[FeedItem], Classification]


@dataclass
class IngestReport:
    """What one batch of items did; ``enqueued`` counts outbox rows added."""

    new_items: int = 0
    relevant: int = 0
    stories_created: int = 0
    attached: int = 0
    enqueued: int = 0
    baseline: bool = False
    story_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _KnownStory:
    story_id: int
    announced: bool
    facts: StoryFacts


def _known(story: StoryView) -> list[_KnownStory]:
    """One comparable entry per title the story is known by (each source words it differently)."""
    worded = [(story.title, story.summary)]
    worded += [(link.title, link.summary) for link in story.links if link.title != story.title]
    return [
        _KnownStory(
            story.id,
            story.announced,
            StoryFacts(
                title,
                story_status(story.status, story.release_date, story.published_at),
                story.release_date,
                story.release_window,
                story.published_at,
                summary,
            ),
        )
        for title, summary in worded
    ]


class _Rumours:
    """Recent rumour stories of one scope, read when a new development may confirm one."""

    def __init__(self, conn: AsyncConnection, scope: int | None, now: datetime) -> None:
        self._conn, self._scope, self._now = conn, scope, now
        self._known: list[tuple[int, StoryFacts]] | None = None

    async def _load(self) -> list[tuple[int, StoryFacts]]:
        if self._known is None:
            stories = await recent_stories(
                self._conn, since=self._now - RUMOUR_LOOKBACK, scope=self._scope, status="rumor"
            )
            self._known = [(entry.story_id, entry.facts) for story in stories for entry in _known(story)]
        return self._known

    def add(self, story_id: int, facts: StoryFacts) -> None:
        if self._known is not None:
            self._known.insert(0, (story_id, facts))

    async def confirmed_by(self, facts: StoryFacts) -> int | None:
        """The newest rumour story that ``facts`` confirms, if any."""
        if facts.status in (None, "rumor"):
            return None
        return next((story for story, rumour in await self._load() if confirms(rumour, facts)), None)


async def _existing_ids(conn: AsyncConnection, source_id: int, items: Sequence[FeedItem]) -> set[str]:
    ids = [item.stable_id for item in items]
    found: set[str] = set()
    # Chunked: SQLite caps bound parameters per statement, and a feed may carry hundreds of items.
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        rows = await conn.execute(
            sa.select(news_items.c.stable_id).where(
                news_items.c.source_id == source_id, news_items.c.stable_id.in_(chunk)
            )
        )
        found.update(rows.scalars())
    return found


async def _insert_item(
    conn: AsyncConnection,
    source: NewsSource,
    item: FeedItem,
    verdict: Classification,
    *,
    baseline: bool,
    now: datetime,
) -> int | None:
    statement = (
        insert_ignoring_duplicates(conn, news_items)
        .values(
            source_id=source.id,
            stable_id=item.stable_id[:500],
            title=item.title[:500],
            summary=item.summary,
            link=item.link[:2000] if item.link else None,
            published_at=item.published,
            language=item.language,
            relevant=verdict.relevant,
            status=verdict.status,
            release_date=verdict.release_date,
            release_window=verdict.release_window,
            confidence=verdict.confidence,
            reasons=list(verdict.reasons),
            baseline=baseline,
            seen_at=now,
        )
        .returning(news_items.c.id)
    )
    return (await conn.execute(statement)).scalar_one_or_none()


async def ingest_items(
    conn: AsyncConnection,
    source: NewsSource,
    items: Sequence[FeedItem],
    *,
    baseline: bool,
    classifier: Classifier = classify,
    now: datetime | None = None,
) -> IngestReport:
    """Store new items of ``source``, grouping relevant ones into stories and queueing announcements."""
    now = now or utcnow()
    report = IngestReport(baseline=baseline)
    seen = await _existing_ids(conn, source.id, items)
    fresh = [item for item in items if item.stable_id not in seen]
    if not fresh:
        return report
    scope = source.guild_id
    known: StoryIndex[_KnownStory] = StoryIndex(lambda k: k.facts)
    # Oldest first: a repeat joins the first report of its story.
    for story in reversed(await recent_stories(conn, since=lookback_start(now), scope=scope)):
        for entry in _known(story):
            known.add(entry)
    rumours = _Rumours(conn, scope, now)
    # Oldest first, so a story's first item is the one that created it.
    fresh.sort(key=lambda i: (i.published is None, i.published or now))
    for item in fresh:
        verdict = classifier(item)
        item_id = await _insert_item(conn, source, item, verdict, baseline=baseline, now=now)
        if item_id is None:
            continue  # another process stored it between our check and our insert
        report.new_items += 1
        if not verdict.relevant:
            continue
        report.relevant += 1
        facts = facts_of(item, verdict)
        duplicate = known.find(facts)
        stated = find_premiere_time(f"{item.title}\n{item.summary}") if verdict.release_date else None
        if duplicate is not None:
            story_id = duplicate.story_id
            report.attached += 1
            log.info("item %d (%s) repeats story %d", item_id, item.title, story_id)
            day = verdict.release_date
            if stated is not None and day is not None and day == duplicate.facts.release_date:
                await state_premiere_time(conn, story_id, premiere_instant(day, stated))
        else:
            rumour = await rumours.confirmed_by(facts)
            story_id = await create_story(
                conn,
                title=item.title,
                status=verdict.status,
                release_date=verdict.release_date,
                release_window=verdict.release_window,
                published_at=item.published,
                announced=False,
                guild_id=scope,
                now=now,
                confirms_story_id=rumour,
                premiere=premiere_instant(verdict.release_date, stated) if verdict.release_date else None,
            )
            report.stories_created += 1
            if verdict.status == "rumor":
                rumours.add(story_id, facts)
            known.add(_KnownStory(story_id, not baseline, facts))
        await conn.execute(sa.update(news_items).where(news_items.c.id == item_id).values(story_id=story_id))
        # A repeat of an announced story reaches channels that subscribed since; enqueue skips
        # channels that already have it.
        announce = not baseline and (duplicate is None or duplicate.announced)
        if announce:
            added = await enqueue_story(conn, story_id, now=now)
            report.enqueued += added
            if story_id not in report.story_ids:
                report.story_ids.append(story_id)
    log.info(
        "source %s: %d new items (%d relevant, %d new stories, %d repeats, %d outbox rows)%s",
        source.key,
        report.new_items,
        report.relevant,
        report.stories_created,
        report.attached,
        report.enqueued,
        " [baseline]" if baseline else "",
    )
    return report
