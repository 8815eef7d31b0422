"""Aware UTC times for the news tables.

SQLite stores ``DateTime(timezone=True)`` as text without an offset and hands back naive values;
every time read from the database goes through ``aware`` so comparisons never mix the two kinds.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """``value`` as an aware UTC time (naive values from SQLite are UTC by construction)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
