"""Why an item was or was not announced in one server: "why didn't it post?" answered from the data.

The answer walks the same path as ingestion: the classifier's verdict and reasons, the baseline
rule, the story it joined (and the earlier report it repeats), each of the server's subscriptions'
filters, and the outbox row of each channel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.i18n import Phrase, phrase
from bot.news.models import NewsItem, StoryLink, StoryView
from bot.news.outbox import delivery_states
from bot.news.stories import source_label, story_for_delivery, story_guild_scope
from bot.news.subscriptions import guild_subscriptions
from bot.news.times import aware
from bot.storage.tables import news_items, news_sources

log = logging.getLogger(__name__)

RECENT_WINDOW = 200


@dataclass(frozen=True, slots=True)
class ChannelVerdict:
    """One subscribed channel: ``state`` is sent | queued | retrying | sending | failed | held | none."""

    channel_id: int
    state: str
    detail: Phrase


@dataclass
class Explanation:
    item: NewsItem
    headline: Phrase
    story: StoryView | None = None
    repeats: StoryLink | None = None
    channels: list[ChannelVerdict] = field(default_factory=list)


def _item_query() -> sa.Select:
    return sa.select(
        news_items,
        news_sources.c.key.label("source_key"),
        news_sources.c.name.label("source_name"),
        news_sources.c.guild_id.label("source_guild_id"),
    ).join(news_sources, news_sources.c.id == news_items.c.source_id)


def _visible(guild_id: int) -> sa.ColumnElement[bool]:
    return sa.or_(news_sources.c.guild_id.is_(None), news_sources.c.guild_id == guild_id)


def _row_to_item(row: sa.Row) -> NewsItem:
    return NewsItem(
        id=row.id,
        source_id=row.source_id,
        source_name=source_label(row.source_key, row.source_name),
        source_guild_id=row.source_guild_id,
        stable_id=row.stable_id,
        story_id=row.story_id,
        title=row.title,
        summary=row.summary,
        link=row.link,
        published_at=aware(row.published_at),
        language=row.language,
        relevant=bool(row.relevant),
        status=row.status,
        release_date=row.release_date,
        release_window=row.release_window,
        confidence=float(row.confidence),
        reasons=list(row.reasons or []),
        baseline=bool(row.baseline),
        seen_at=aware(row.seen_at),
    )


async def recent_items(
    conn: AsyncConnection,
    guild_id: int,
    *,
    limit: int = 25,
    relevant_only: bool = False,
    query: str | None = None,
) -> list[NewsItem]:
    """Items this server can see (built-in sources and its own feeds), newest first.

    ``query`` filters by title among the last ``RECENT_WINDOW`` items (autocomplete).
    """
    statement = _item_query().where(_visible(guild_id))
    if relevant_only:
        statement = statement.where(news_items.c.relevant == sa.true())
    window = RECENT_WINDOW if query else limit
    rows = await conn.execute(statement.order_by(news_items.c.id.desc()).limit(window))
    items = [_row_to_item(row) for row in rows]
    if query:
        needle = query.casefold().strip()
        items = [i for i in items if needle in i.title.casefold() or needle == str(i.id)]
    return items[:limit]


async def get_item(conn: AsyncConnection, guild_id: int, item_id: int) -> NewsItem | None:
    row = (await conn.execute(_item_query().where(news_items.c.id == item_id, _visible(guild_id)))).first()
    return _row_to_item(row) if row is not None else None


def _outbox_verdict(channel_id: int, row: sa.Row) -> ChannelVerdict:
    if row.state == "sent":
        return ChannelVerdict(channel_id, "sent", phrase("sent (message {id})", id=row.message_id))
    if row.state == "failed":
        error = row.last_error or phrase("no reason recorded")
        return ChannelVerdict(channel_id, "failed", phrase("failed: {error}", error=error))
    if row.state == "sending":
        return ChannelVerdict(channel_id, "sending", phrase("being sent (attempt {n})", n=row.attempts + 1))
    if row.last_error:
        when = aware(row.next_attempt_at)
        return ChannelVerdict(
            channel_id,
            "retrying",
            phrase(
                "retrying after {n} attempts: {error}, next try {when} UTC",
                n=row.attempts,
                error=row.last_error,
                when=f"{when:%Y-%m-%d %H:%M}" if when else "?",
            ),
        )
    return ChannelVerdict(channel_id, "queued", phrase("queued for delivery"))


def _headline(item: NewsItem, story: StoryView | None, repeats: StoryLink | None) -> Phrase:
    if not item.relevant:
        return phrase("Not announced: the classifier decided it is not season-2 news about this show.")
    if item.baseline:
        return phrase(
            "Not announced: it was already in the feed when the bot first read it (baseline), "
            "and only news that appears afterwards is announced."
        )
    if repeats is not None:
        return phrase(
            "Not announced again: it repeats a story first reported by {source}; "
            "channels that got that story do not get it twice.",
            source=repeats.source_name,
        )
    if story is not None and not story.announced:
        return phrase("Not announced: its story was first seen in a baseline poll.")
    return phrase("Announced as a new story.")


async def explain_item(conn: AsyncConnection, guild_id: int, item_id: int) -> Explanation | None:
    """The explanation for ``item_id`` in ``guild_id``, or None when this server cannot see that item."""
    item = await get_item(conn, guild_id, item_id)
    if item is None:
        return None
    story = await story_for_delivery(conn, item.story_id) if item.story_id is not None else None
    repeats = None
    if story is not None and story.links and story.links[0].item_id != item.id:
        repeats = story.links[0]
    explanation = Explanation(
        item=item, headline=_headline(item, story, repeats), story=story, repeats=repeats
    )
    states = await delivery_states(conn, story.id) if story is not None else {}
    scope = await story_guild_scope(conn, story.id) if story is not None else None
    for sub in await guild_subscriptions(conn, guild_id):
        row = states.get(sub.channel_id)
        if row is not None:
            explanation.channels.append(_outbox_verdict(sub.channel_id, row))
            continue
        problem: Phrase | None = None
        if not item.relevant:
            problem = phrase("not relevant")
        elif story is None or not story.announced:
            problem = phrase("nothing was announced (baseline)")
        elif not sub.enabled:
            reason = sub.disabled_reason or phrase("no reason recorded")
            problem = phrase("subscription disabled: {reason}", reason=reason)
        elif scope is not None and guild_id not in scope:
            problem = phrase("the story came from another server's feed")
        else:
            held = sub.filter_problem(story.status, story.languages)
            if held is None:
                created = sub.created_at
                if created is not None and created > story.first_seen_at:
                    problem = phrase("this channel subscribed after the story was announced")
                else:
                    problem = phrase("not queued (no outbox row)")
            else:
                problem = phrase("held back by the filter: {problem}", problem=held)
        explanation.channels.append(ChannelVerdict(sub.channel_id, "held", problem))
    return explanation
