"""One poll of one source: fetch (conditionally) and parse, with errors reduced to one type.

``NewsService.poll_source`` calls ``fetch_source``, stores the validators and items, and feeds
the outcome to ``bot.tracker.health``. TVmaze sources take two requests (show lookup, then seasons).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.tracker.classify import Classification
from bot.tracker.fetch import FeedFetcher, FetchError
from bot.tracker.items import FeedItem
from bot.tracker.offload import FeedReader, OverBudgetError, ReadFeed, read_feed
from bot.tracker.parse import ParseError
from bot.tracker.sources import Source
from bot.tracker.tvmaze import parse_tvmaze, parse_tvmaze_show, seasons_url

log = logging.getLogger(__name__)


class SourceError(Exception):
    """The poll failed: ``reason`` is shown in ``/news sources``; ``transient`` means retry soon."""

    def __init__(self, reason: str, *, transient: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient


@dataclass(frozen=True, slots=True)
class PollResult:
    source_id: str
    not_modified: bool
    items: list[FeedItem] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    warning: str | None = None
    # The classifier's verdicts when the items were read off the loop (RSS/Atom), by stable id.
    verdicts: dict[str, Classification] | None = None


async def fetch_source(
    fetcher: FeedFetcher,
    source: Source,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    now: datetime | None = None,
    reader: FeedReader | None = None,
) -> PollResult:
    """Fetch and parse ``source``. Raises ``SourceError``; never anything else for network or data faults.

    With a ``reader``, RSS/Atom bodies are parsed and classified in its worker process, within its
    time budget; without one (tools, some tests), here.
    """
    try:
        if source.kind == "tvmaze":
            return await _poll_tvmaze(fetcher, source, etag=etag, last_modified=last_modified, now=now)
        fetched = await fetcher.fetch(source.url, etag=etag, last_modified=last_modified)
        if fetched.status == "not_modified":
            return PollResult(
                source.id,
                True,
                etag=fetched.etag or etag,
                last_modified=fetched.last_modified or last_modified,
            )
        if reader is not None:
            read = await reader.read(
                fetched.body, source_id=source.id, language=source.language, content_type=fetched.content_type
            )
        else:
            read = read_feed(fetched.body, source.id, source.language, fetched.content_type)
    except FetchError as exc:
        raise SourceError(exc.reason, transient=exc.transient) from exc
    except ParseError as exc:
        raise SourceError(exc.reason, transient=False) from exc
    except OverBudgetError as exc:
        raise SourceError(f"{exc}, so it was skipped", transient=False) from exc
    return _result(source, read, etag=fetched.etag, last_modified=fetched.last_modified)


def _result(source: Source, read: ReadFeed, *, etag: str | None, last_modified: str | None) -> PollResult:
    return PollResult(
        source.id,
        False,
        read.parsed.items,
        etag=etag,
        last_modified=last_modified,
        warning=read.parsed.error,
        verdicts=read.verdicts,
    )


async def _poll_tvmaze(
    fetcher: FeedFetcher,
    source: Source,
    *,
    etag: str | None,
    last_modified: str | None,
    now: datetime | None,
) -> PollResult:
    show_response = await fetcher.fetch(source.url)
    show = parse_tvmaze_show(show_response.body)
    fetched = await fetcher.fetch(seasons_url(show.id), etag=etag, last_modified=last_modified)
    if fetched.status == "not_modified":
        return PollResult(
            source.id, True, etag=fetched.etag or etag, last_modified=fetched.last_modified or last_modified
        )
    parsed = parse_tvmaze(
        fetched.body, show=show, source_id=source.id, language=source.language, now=now or datetime.now(UTC)
    )
    return PollResult(source.id, False, parsed.items, etag=fetched.etag, last_modified=fetched.last_modified)
