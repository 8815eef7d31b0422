"""The same story from two sources: near-identical titles, same status and date, published close together.

Pure functions; storage keeps the first item and attaches the other's link to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

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
