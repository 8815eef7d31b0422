"""Messages by channel, in id order, with Discord's paging and nonce de-duplication.

Ids only grow, so each channel's list stays sorted by appending, and paging is a bisect, never a scan.
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field

from bot.sandbox.models import FakeMessage


@dataclass
class MessageStore:
    nonce_window: float = 300.0
    by_channel: dict[int, list[FakeMessage]] = field(default_factory=dict)
    by_id: dict[int, FakeMessage] = field(default_factory=dict)
    _ids: dict[int, list[int]] = field(default_factory=dict)
    _nonces: dict[tuple[int, int, str], tuple[float, FakeMessage]] = field(default_factory=dict)

    def add(self, message: FakeMessage, *, listed: bool = True) -> None:
        """Ephemeral messages exist (they can be edited, clicked) but are not in the channel's history."""
        self.by_id[message.id] = message
        if not listed:
            return
        messages = self.by_channel.setdefault(message.channel.id, [])
        ids = self._ids.setdefault(message.channel.id, [])
        if ids and message.id < ids[-1]:
            at = bisect.bisect(ids, message.id)
            ids.insert(at, message.id)
            messages.insert(at, message)
        else:
            ids.append(message.id)
            messages.append(message)

    def remove(self, message: FakeMessage) -> None:
        self.by_id.pop(message.id, None)
        ids = self._ids.get(message.channel.id, [])
        at = bisect.bisect_left(ids, message.id)
        if at < len(ids) and ids[at] == message.id:
            del ids[at]
            del self.by_channel[message.channel.id][at]

    def history(self, channel_id: int) -> list[FakeMessage]:
        return list(self.by_channel.get(channel_id, []))

    def page(
        self,
        channel_id: int,
        *,
        limit: int = 50,
        before: int | None = None,
        after: int | None = None,
        around: int | None = None,
    ) -> list[FakeMessage]:
        """GET /channels/{id}/messages semantics: newest first."""
        ids = self._ids.get(channel_id, [])
        messages = self.by_channel.get(channel_id, [])
        if around is not None:
            centre = bisect.bisect_left(ids, around)
            half = limit // 2
            start = max(centre - half, 0)
            end = min(start + limit, len(ids))
            chosen = messages[start:end]
        elif after is not None:
            start = bisect.bisect_right(ids, after)
            chosen = messages[start : start + limit]
        else:
            end = bisect.bisect_left(ids, before) if before is not None else len(ids)
            chosen = messages[max(end - limit, 0) : end]
        return list(reversed(chosen))

    def find_nonce(self, channel_id: int, author_id: int, nonce: str) -> FakeMessage | None:
        found = self._nonces.get((channel_id, author_id, nonce))
        if found is None:
            return None
        at, message = found
        if time.monotonic() - at > self.nonce_window or message.deleted:
            del self._nonces[(channel_id, author_id, nonce)]
            return None
        return message

    def remember_nonce(self, message: FakeMessage, nonce: str) -> None:
        self._nonces[(message.channel.id, message.author.id, nonce)] = (time.monotonic(), message)
