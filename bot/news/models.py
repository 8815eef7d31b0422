"""The shapes the news services hand to cogs and to the delivery worker (no SQL, no discord)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

# The classifier's statuses, highest precedence first (its labelling contract): one list for the
# classifier, the subscription filters and the commands.
from bot.i18n import N_, Phrase, phrase
from bot.tracker.classify import STATUSES as STATUSES

# Catalog messages (bot/i18n.py): tr(language, STATUS_LABELS[status]) in the reader's language.
STATUS_LABELS: dict[str, str] = {
    "released": N_("Released"),
    "date_announced": N_("Release date announced"),
    "trailer": N_("Trailer / teaser"),
    "wrapped": N_("Filming wrapped"),
    "cast_announced": N_("Cast announced"),
    "in_production": N_("In production"),
    "renewed": N_("Renewed"),
    "rumor": N_("Rumour (unconfirmed)"),
}
LANGUAGES: tuple[str, ...] = ("en", "ko")

OutboxState = Literal["pending", "sending", "sent", "failed"]


@dataclass(frozen=True, slots=True)
class StoryLink:
    """One item of a story: the same news as reported by one source."""

    item_id: int
    source_key: str
    source_name: str
    title: str
    link: str | None
    language: str | None
    published_at: datetime | None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class ConfirmedRumour:
    """An earlier story, reported as a rumour, that a later story confirms."""

    id: int
    title: str
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class StoryView:
    """What an announcement shows: the story's own fields and every item (link) attached to it."""

    id: int
    title: str
    status: str | None
    release_date: str | None
    release_window: str | None
    summary: str
    published_at: datetime | None
    first_seen_at: datetime
    announced: bool
    links: tuple[StoryLink, ...] = ()
    guild_id: int | None = None  # None: a story of the built-in sources, seen by every server
    confirms: ConfirmedRumour | None = None  # the earlier rumour this story confirms
    premiere_at: datetime | None = None  # the premiere instant, when the story has a release day
    premiere_basis: str | None = None  # "stated" by a report, or "netflix" (midnight Pacific)

    def visible_in(self, guild_id: int | None) -> bool:
        return self.guild_id is None or self.guild_id == guild_id

    @property
    def release_text(self) -> str | None:
        """``2027-03-15`` or ``2027-H1``: the most precise release information the story has."""
        return self.release_date or self.release_window

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(link.language for link in self.links if link.language)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    guild_id: int
    channel_id: int
    statuses: tuple[str, ...] | None
    language: str | None
    ping_role_id: int | None
    enabled: bool
    disabled_reason: str | None
    created_by: int | None
    created_at: datetime | None = None
    premiere_threads: bool = False
    countdowns: bool = False

    def filter_problem(self, status: str | None, languages: frozenset[str]) -> Phrase | None:
        """Why this subscription holds a story back, or None when its filters let it through."""
        if self.statuses is not None and status not in self.statuses:
            return phrase(
                "status {status} is not one of this subscription's statuses ({wanted})",
                status=status or "none",
                wanted=", ".join(self.statuses),
            )
        if self.language is not None and self.language not in languages:
            return phrase(
                "language {found} is not this subscription's language ({wanted})",
                found=", ".join(sorted(languages)) or "unknown",
                wanted=self.language,
            )
        return None


@dataclass(frozen=True, slots=True)
class NewsSource:
    """A row of ``news_sources`` with its health, as ``/news sources`` shows it."""

    id: int
    key: str
    name: str
    guild_id: int | None
    added_by: int | None
    kind: str
    url: str
    language: str | None
    interval_s: int
    enabled: bool
    disabled_reason: str | None
    etag: str | None
    last_modified: str | None
    baselined: bool
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    consecutive_failures: int
    next_poll_at: datetime | None

    @property
    def builtin(self) -> bool:
        return self.guild_id is None


@dataclass(frozen=True, slots=True)
class NewsItem:
    """A stored item with the classifier's verdict (for ``/news latest`` and ``/news explain``)."""

    id: int
    source_id: int
    source_name: str
    source_guild_id: int | None
    stable_id: str
    story_id: int | None
    title: str
    summary: str
    link: str | None
    published_at: datetime | None
    language: str | None
    relevant: bool
    status: str | None
    release_date: str | None
    release_window: str | None
    confidence: float
    reasons: list[str] = field(default_factory=list)
    baseline: bool = False
    seen_at: datetime | None = None
