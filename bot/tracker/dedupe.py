"""The same story from two sources: near-identical titles, same status and date, published close together.

Pure functions; storage keeps the first item and attaches the other's link to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from bot.tracker.classify import Classification
from bot.tracker.items import FeedItem

MIN_TITLE_SIMILARITY = 88.0
MAX_DAYS_APART = 3

# News aggregators append " - Outlet" to every title; that tail says nothing about the story.
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{1,40}$")
_PUNCTUATION = re.compile(r"[^\w\s]+")


@dataclass(frozen=True, slots=True)
class StoryFacts:
    title: str
    status: str | None
    release_date: str | None
    release_window: str | None
    published: datetime | None


def facts_of(item: FeedItem, classification: Classification) -> StoryFacts:
    return StoryFacts(
        item.title,
        classification.status,
        classification.release_date,
        classification.release_window,
        item.published,
    )


def normalise_title(title: str) -> str:
    title = _OUTLET_SUFFIX.sub("", title.strip())
    return " ".join(_PUNCTUATION.sub(" ", title.casefold()).split())


def story_key(status: str | None, release_date: str | None, release_window: str | None) -> str:
    """A bucket for candidate duplicates: only stories with the same key are compared by title."""
    return f"{status or '-'}|{release_date or release_window or '-'}"


def title_similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(normalise_title(a), normalise_title(b)))


def same_story(a: StoryFacts, b: StoryFacts, *, max_days: int = MAX_DAYS_APART) -> bool:
    """Same status, same date or window, at most ``max_days`` apart, and near-identical titles."""
    if story_key(a.status, a.release_date, a.release_window) != story_key(
        b.status, b.release_date, b.release_window
    ):
        return False
    if (
        a.published is not None
        and b.published is not None
        and abs(a.published - b.published) > timedelta(days=max_days)
    ):
        return False
    return title_similarity(a.title, b.title) >= MIN_TITLE_SIMILARITY


T = TypeVar("T")


def find_duplicate(
    candidate: StoryFacts,
    earlier: Iterable[T],
    facts: Callable[[T], StoryFacts],
    *,
    max_days: int = MAX_DAYS_APART,
) -> T | None:
    """The first of ``earlier`` that tells the same story as ``candidate``, or None."""
    for other in earlier:
        if same_story(candidate, facts(other), max_days=max_days):
            return other
    return None


# Words nearly every title about the show carries: sharing them says nothing about the news.
COMMON_WORDS = frozenset(
    {"all", "of", "us", "are", "dead", "season", "2", "two", "s2", "netflix", "the", "a", "an"}
    | {
        "series",
        "drama",
        "kdrama",
        "k",
        "zombie",
        "지금",
        "우리",
        "학교는",
        "지우학",
        "시즌",
        "시즌2",
        "넷플릭스",
    }
)
# Developments that happen once per season: two reports of one of these, with the same release
# date, within MAX_DAYS_APART, tell the same event whatever their language or wording. Not here:
# rumours and cast news (many a week), trailers (a teaser, a poster and a main trailer can share a
# day), which must match by title.
ONCE_PER_SEASON = frozenset({"renewed", "in_production", "wrapped", "date_announced", "released"})
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def script_of(title: str) -> str:
    """ "ko" for a title in hangul, else "latin": reports in different scripts can't match by title."""
    return "ko" if _HANGUL.search(title) else "latin"


def same_event(a: StoryFacts, b: StoryFacts, *, max_days: int = MAX_DAYS_APART) -> bool:
    """Two reports in different languages of one once-per-season development (see ONCE_PER_SEASON)."""
    if a.status not in ONCE_PER_SEASON or a.status != b.status:
        return False
    if (a.release_date, a.release_window) != (b.release_date, b.release_window):
        return False
    if (
        a.published is None
        or b.published is None
        or abs(a.published - b.published) > timedelta(days=max_days)
    ):
        return False
    return script_of(a.title) != script_of(b.title)


# At most this many earlier titles are compared with one new title: the newest that share a word.
MAX_CANDIDATES = 1_000


def distinctive_words(normalised: str) -> set[str]:
    return {word for word in normalised.split() if word not in COMMON_WORDS}


class StoryIndex(Generic[T]):
    """Earlier stories, indexed so a new item is compared with few of them, not all.

    Entries are bucketed by ``story_key`` (only the same status and date can match) and, within a
    bucket, listed under each distinctive word of their title. A new title is compared (by the same
    ``same_story`` rules) only with entries sharing one of its distinctive words, newest first, at
    most ``MAX_CANDIDATES`` of them; a title with no distinctive word ("All of Us Are Dead season 2")
    matches only the same title. Two reports of one event share the words that name it, so this
    finds what the full comparison finds, in time that does not grow with every story ever kept.
    """

    def __init__(self, facts: Callable[[T], StoryFacts], *, max_days: int = MAX_DAYS_APART) -> None:
        self._facts = facts
        self._max_days = timedelta(days=max_days)
        self._entries: list[T] = []
        self._published: list[datetime | None] = []
        self._titles: list[str] = []
        self._by_word: dict[tuple[str, str], list[int]] = {}
        self._by_title: dict[tuple[str, str], list[int]] = {}
        self._by_status: dict[str, list[int]] = {}

    def add(self, entry: T) -> None:
        facts = self._facts(entry)
        key = story_key(facts.status, facts.release_date, facts.release_window)
        title = normalise_title(facts.title)
        position = len(self._entries)
        self._entries.append(entry)
        self._published.append(facts.published)
        self._titles.append(title)
        self._by_title.setdefault((key, title), []).append(position)
        if facts.status in ONCE_PER_SEASON:
            self._by_status.setdefault(key, []).append(position)
        for word in distinctive_words(title):
            self._by_word.setdefault((key, word), []).append(position)

    def find(self, candidate: StoryFacts) -> T | None:
        """The earliest added entry telling the same story among the candidates, or None.

        The tests are ``same_story``'s, on titles normalised once when they were added.
        """
        key = story_key(candidate.status, candidate.release_date, candidate.release_window)
        title = normalise_title(candidate.title)
        positions: set[int] = set(self._by_title.get((key, title), ()))
        for word in distinctive_words(title):
            # Newest last within each list, so a capped list keeps the stories most likely repeated.
            positions.update(self._by_word.get((key, word), ())[-MAX_CANDIDATES:])
        if len(positions) > MAX_CANDIDATES:
            positions = set(sorted(positions)[-MAX_CANDIDATES:])
        published = candidate.published
        for position in sorted(positions):
            other = self._published[position]
            if published is not None and other is not None and abs(published - other) > self._max_days:
                continue
            if fuzz.token_set_ratio(title, self._titles[position]) >= MIN_TITLE_SIMILARITY:
                return self._entries[position]
        if candidate.status in ONCE_PER_SEASON:
            # Titles in two languages share no words: the same development is the same story.
            for position in self._by_status.get(key, ())[-MAX_CANDIDATES:]:
                entry = self._entries[position]
                if same_event(candidate, self._facts(entry), max_days=self._max_days.days):
                    return entry
        return None
