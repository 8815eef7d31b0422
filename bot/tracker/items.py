"""The one shape every source's entries are normalised to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedItem:
    """A news entry, identified by ``(source, stable_id)``; ``summary`` is plain text, ``link`` http(s)."""

    source: str
    stable_id: str
    title: str
    summary: str
    link: str | None
    published: datetime | None
    language: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.stable_id)

    @property
    def text(self) -> str:
        """Title and summary as one text for the classifier."""
        return f"{self.title}\n{self.summary}" if self.summary else self.title
