"""What the fake saw: every request, every rejection, for assertions and benchmarks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    route: str  # the matched template, e.g. "/channels/{channel_id}/messages"
    status: int
    at: float  # time.monotonic() when the answer was sent
    token: str | None = None  # the bot token it came with (None: tokenless routes, e.g. callbacks)
    received: float = 0.0  # time.monotonic() when the request came in (what rate limits count)


@dataclass(frozen=True)
class Rejection:
    """A request Discord would refuse because of what the bot sent or when it sent it."""

    method: str
    path: str
    status: int
    code: int
    message: str
    errors: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status} {self.code} {self.message} {self.errors or ''}"
