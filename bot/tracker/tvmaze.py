"""TVmaze JSON -> synthetic news items, so that season 2 appearing, its episode order and its
premiere date each become news exactly once (each fact has its own stable id).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from bot.tracker.items import FeedItem
from bot.tracker.parse import ParsedFeed, ParseError
from bot.tracker.plaintext import clip, safe_link

log = logging.getLogger(__name__)

API_ROOT = "https://api.tvmaze.com"


@dataclass(frozen=True, slots=True)
class TVmazeShow:
    id: int
    name: str
    url: str | None


def _load_json(body: bytes, what: str) -> Any:
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"TVmaze {what}: not JSON ({exc.__class__.__name__})") from exc


def seasons_url(show_id: int) -> str:
    return f"{API_ROOT}/shows/{show_id}/seasons"


def parse_tvmaze_show(body: bytes) -> TVmazeShow:
    """The show object that ``/lookup/shows?imdb=...`` redirects to."""
    data = _load_json(body, "show")
    if not isinstance(data, dict) or not isinstance(data.get("id"), int) or not data.get("name"):
        raise ParseError("TVmaze show: expected an object with an id and a name")
    return TVmazeShow(id=data["id"], name=clip(str(data["name"]), 200), url=safe_link(data.get("url")))


def _premiere(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_tvmaze(
    body: bytes, *, show: TVmazeShow, source_id: str, language: str = "en", now: datetime | None = None
) -> ParsedFeed:
    """``/shows/{id}/seasons`` -> one item per known fact about each season after the first."""
    data = _load_json(body, "seasons")
    if not isinstance(data, list):
        raise ParseError("TVmaze seasons: expected a list")
    now = now or datetime.now(UTC)
    items: list[FeedItem] = []
    skipped: list[str] = []
    for season in data:
        if not isinstance(season, dict) or not isinstance(season.get("number"), int):
            skipped.append("season without a number")
            continue
        number = season["number"]
        if number < 2:
            continue
        base = f"tvmaze:{show.id}:season{number}"
        link = safe_link(season.get("url")) or show.url

        def item(
            suffix: str, title: str, summary: str, link: str | None = link, base: str = base
        ) -> FeedItem:
            return FeedItem(
                source=source_id,
                stable_id=base + suffix,
                title=title,
                summary=summary,
                link=link,
                published=now,
                language=language,
            )

        items.append(
            item(
                "",
                f"{show.name} renewed: season {number} added on TVmaze",
                f"TVmaze now lists season {number} of {show.name}.",
            )
        )
        episodes = season.get("episodeOrder")
        if isinstance(episodes, int) and episodes > 0:
            items.append(
                item(
                    f":episodes={episodes}",
                    f"{show.name} season {number} episode order: {episodes} episodes",
                    f"TVmaze lists {episodes} episodes for season {number} of {show.name}.",
                )
            )
        premiere = _premiere(season.get("premiereDate"))
        if premiere is not None:
            day = f"{premiere:%B} {premiere.day}, {premiere.year}"
            items.append(
                item(
                    f":premiere={premiere.isoformat()}",
                    f"{show.name} season {number} premiere date set: it will premiere on {day}",
                    f"TVmaze lists the premiere of season {number} of {show.name} on {day}.",
                )
            )
            if premiere <= now.date():
                items.append(
                    item(
                        ":released",
                        f"{show.name} season {number} is out now: it premiered on {day}",
                        f"Season {number} of {show.name} premiered on {day} and is now streaming.",
                    )
                )
    return ParsedFeed(items=items, skipped=skipped, title=show.name)
