"""Connections that go only where the URL guard allowed: the address is checked as it is dialled.

Checking a URL and then letting the HTTP library resolve its host again leaves a gap: a DNS server
can answer the check with a public address and the connection with 127.0.0.1 (DNS rebinding). Here
the network backend itself resolves the host once, refuses the connection if any address is not
public, and dials the checked address; TLS still verifies the certificate against the host name.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from bot.tracker.urlguard import Resolver, address_problem, resolve_host

log = logging.getLogger(__name__)


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """``connect_tcp`` to a resolved, public address of the host, never to what a second lookup says."""

    def __init__(
        self, *, resolver: Resolver | None = None, inner: httpcore.AsyncNetworkBackend | None = None
    ) -> None:
        self._resolve = resolver or resolve_host
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's backend interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                found = await self._resolve(host, port)
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"{host} does not resolve") from exc
            addresses = [ipaddress.ip_address(text.split("%", 1)[0]) for text in found]
        if not addresses:
            raise httpcore.ConnectError(f"{host} does not resolve")
        for address in addresses:
            problem = address_problem(address)
            if problem is not None:
                log.info("refused to connect to %s: %s", host, problem)
                raise httpcore.ConnectError(f"{host} points to a {problem}")
        return await self._inner.connect_tcp(
            str(addresses[0]),
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's backend interface)
        socket_options: Any = None,
    ) -> Any:
        raise httpcore.ConnectError("feeds are fetched over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport over a ``PinnedBackend``.

    httpx has no public hook for a network backend, so the connection pool it builds is replaced by
    the same pool with the backend set; everything else (exception mapping, streaming) is httpx's.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        resolver: Resolver | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=PinnedBackend(resolver=resolver),
        )
