"""Rate limits as Discord applies them: a per-bot global limit and per-route buckets, with their headers."""

from __future__ import annotations

import hashlib
import time
from collections import deque
from dataclasses import dataclass


@dataclass
class BucketState:
    """What the X-RateLimit-* headers of one response say."""

    bucket: str
    limit: int
    remaining: int
    reset_after: float
    scope: str = "user"

    def headers(self) -> dict[str, str]:
        # Via is what tells discord.py a 429 came from Discord and not from a Cloudflare ban.
        return {
            "Via": "1.1 google",
            "X-RateLimit-Bucket": self.bucket,
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(self.remaining, 0)),
            "X-RateLimit-Reset": f"{time.time() + self.reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{self.reset_after:.3f}",
            "X-RateLimit-Scope": self.scope,
        }


def bucket_hash(route_template: str) -> str:
    return hashlib.sha1(route_template.encode(), usedforsecurity=False).hexdigest()[:16]


# Routes without a modelled bucket advertise a roomy one, so clients never pause on it.
def roomy_bucket(route_template: str) -> BucketState:
    return BucketState(bucket_hash(route_template), limit=10_000, remaining=9_999, reset_after=1.0)


class GlobalLimit:
    """At most ``per_second`` requests in any sliding second per bot token."""

    def __init__(self, per_second: int) -> None:
        self.per_second = per_second
        self._seen: dict[str, deque[float]] = {}

    def check(self, token: str) -> float | None:
        """Records the request and returns None, or the seconds to wait when over the limit."""
        now = time.monotonic()
        window = self._seen.setdefault(token, deque())
        while window and now - window[0] >= 1.0:
            window.popleft()
        if len(window) >= self.per_second:
            return max(1.0 - (now - window[0]), 0.001)
        window.append(now)
        return None


class MessageBuckets:
    """Fixed windows per channel for POST /channels/{channel_id}/messages (e.g. 5 per 5 s)."""

    def __init__(self, limit: int, per_seconds: float) -> None:
        self.limit = limit
        self.per_seconds = per_seconds
        self._windows: dict[int, tuple[float, int]] = {}
        self.bucket = bucket_hash("POST /channels/{channel_id}/messages")

    def take(self, channel_id: int) -> tuple[bool, BucketState]:
        now = time.monotonic()
        started, used = self._windows.get(channel_id, (now, 0))
        if now - started >= self.per_seconds:
            started, used = now, 0
        reset_after = max(self.per_seconds - (now - started), 0.001)
        if used >= self.limit:
            return False, BucketState(self.bucket, self.limit, 0, reset_after)
        used += 1
        self._windows[channel_id] = (started, used)
        return True, BucketState(self.bucket, self.limit, self.limit - used, reset_after)
