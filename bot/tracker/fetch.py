"""Fetch a feed safely: one shared httpx client, conditional GET, every redirect hop re-checked,
the body streamed and capped, the whole exchange bounded in time.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin

import httpx

from bot.tracker.connect import PinnedTransport
from bot.tracker.limits import TVmazeLimiter, is_tvmaze_url
from bot.tracker.urlguard import (
    DEFAULT_PORTS,
    UNREACHABLE,
    UnsafeURLError,
    address_problem,
    check_feed_url,
)

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "Hyosan/0.1 (All of Us Are Dead fan-community Discord bot; news tracker)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "application/json;q=0.8, */*;q=0.5"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchResult:
    status: Literal["ok", "not_modified"]
    body: bytes
    etag: str | None
    last_modified: str | None
    final_url: str
    content_type: str | None


class FetchError(Exception):
    """The fetch failed. ``transient`` errors (timeouts, 5xx, 429) are worth retrying with backoff."""

    def __init__(self, reason: str, *, transient: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient


class BodyTooLargeError(FetchError):
    """The body (declared or streamed, after decompression) is over the byte limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"body larger than {limit} bytes", transient=False)
        self.limit = limit


def default_client(
    *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 10.0, allow_private: bool = False
) -> httpx.AsyncClient:
    """The process-wide client: no automatic redirects (each hop is checked here), a UA naming the bot,
    and (unless private addresses are allowed) connections pinned to checked public addresses."""
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=20)
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": user_agent},
        limits=limits,
        transport=None if allow_private else PinnedTransport(limits=limits),
    )


class FeedFetcher:
    """Fetches feed bodies. Pass the shared client, or let the fetcher own one (then ``aclose`` it)."""

    def __init__(
        self,
        client: httpx.AsyncClient | None = None,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        allow_private: bool = False,
        max_bytes: int = 2_000_000,
        timeout: float = 10.0,
        max_redirects: int = 5,
        tvmaze_limiter: TVmazeLimiter | None = None,
        allowed_ports: frozenset[int] = DEFAULT_PORTS,
    ) -> None:
        self._owns_client = client is None
        self.client = client or default_client(
            user_agent=user_agent, timeout=timeout, allow_private=allow_private
        )
        self.user_agent = user_agent
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.allowed_ports = allowed_ports
        self.tvmaze_limiter = tvmaze_limiter or TVmazeLimiter()

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def __aenter__(self) -> FeedFetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url``; ``not_modified`` when the validators still match. Raises ``FetchError``."""
        try:
            async with asyncio.timeout(self.timeout):
                return await self._fetch(url, etag=etag, last_modified=last_modified)
        except UnsafeURLError as exc:
            log.info("fetch of %s refused: %s", url, exc.reason)
            raise FetchError(exc.shown, transient=False) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL ({exc})", transient=False) from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"unsupported protocol ({exc})", transient=False) from exc
        except httpx.DecodingError as exc:
            raise FetchError("could not decode the response", transient=False) from exc
        except (TimeoutError, httpx.TransportError) as exc:
            # One sentence for refused, reset, filtered, timed out and not-HTTP alike: details would
            # let whoever adds a feed map which hosts and ports answer from the bot's network.
            log.info("fetch of %s failed: %r", url, exc)
            raise FetchError(UNREACHABLE, transient=True) from exc

    def _headers(self, etag: str | None, last_modified: str | None) -> dict[str, str]:
        headers = {"User-Agent": self.user_agent, "Accept": ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    async def _fetch(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        current = url
        headers = self._headers(etag, last_modified)
        for hop in range(self.max_redirects + 1):
            await check_feed_url(current, allow_private=self.allow_private, allowed_ports=self.allowed_ports)
            if is_tvmaze_url(current):
                await self.tvmaze_limiter.acquire()
            async with self.client.stream(
                "GET", current, headers=headers, follow_redirects=False, timeout=self.timeout
            ) as response:
                self._check_peer(response, current)
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(
                            f"redirect {response.status_code} without a Location", transient=False
                        )
                    current = urljoin(current, location)
                    log.debug("redirect %d: %s", hop + 1, current)
                    continue
                return await self._finish(response, current)
        raise FetchError(f"more than {self.max_redirects} redirects", transient=False)

    def _check_peer(self, response: httpx.Response, url: str) -> None:
        """Re-check the address actually connected to, so DNS rebinding between check and connect fails."""
        if self.allow_private:
            return
        stream = response.extensions.get("network_stream")
        if stream is None:
            return
        peer = stream.get_extra_info("server_addr")
        if not peer:
            return
        try:
            problem = address_problem(ipaddress.ip_address(str(peer[0]).split("%", 1)[0]))
        except ValueError:
            return
        if problem is not None:
            raise UnsafeURLError(f"{url} connected to a {problem}", about_address=True)

    async def _finish(self, response: httpx.Response, url: str) -> FetchResult:
        status = response.status_code
        etag = response.headers.get("ETag")
        last_modified = response.headers.get("Last-Modified")
        content_type = response.headers.get("Content-Type")
        if status == 304:
            return FetchResult("not_modified", b"", etag, last_modified, url, content_type)
        if status == 429 or status >= 500 or status == 408:
            raise FetchError(f"HTTP {status} from the server", transient=True)
        if status != 200:
            raise FetchError(f"HTTP {status} from the server", transient=False)
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise BodyTooLargeError(self.max_bytes)
        chunks: list[bytes] = []
        size = 0
        # aiter_bytes yields decompressed bytes, so the cap also stops compression bombs.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise BodyTooLargeError(self.max_bytes)
            chunks.append(chunk)
        return FetchResult("ok", b"".join(chunks), etag, last_modified, url, content_type)
