"""Refuse feed URLs that could reach the bot's own machine or network (SSRF).

A moderator can point the bot at any URL, so before every request and every redirect hop the URL
must be http(s), carry no credentials, and resolve only to public addresses. ``allow_private``
(the ``ALLOW_PRIVATE_FEED_URLS`` setting) lifts the address rule for tests and private networks.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]


# What a moderator reads when an address is refused or does not answer, whichever it was: telling
# "private address", "does not resolve", "refused" and "timed out" apart would let whoever adds a
# feed learn the bot's network. The log keeps the detail.
UNREACHABLE = "no usable answer from that address (it may be down, private, or not a web server)"


class UnsafeURLError(ValueError):
    """The URL must not be fetched. ``reason`` is the detail for the log; ``shown`` is for the moderator:
    the same as ``reason`` for what the URL itself says (scheme, port), neutral for where it points."""

    def __init__(self, reason: str, *, about_address: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.shown = UNREACHABLE if about_address else reason


async def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, using the event loop's resolver."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def address_problem(address: IPAddress) -> str | None:
    """Why ``address`` is not public, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and 64:ff9b::/96 style embeddings would otherwise slip past the v6 checks.
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return address_problem(embedded)
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    )
    for name, hit in checks:
        if hit:
            return f"{name} address {address}"
    if not address.is_global:
        return f"non-public address {address}"
    return None


DEFAULT_PORTS = frozenset({80, 443, *range(8000, 9000)})


def parse_ports(text: str) -> frozenset[int]:
    """``"80,443,8000-8999"`` -> those ports. Raises ValueError on anything else."""
    ports: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        low, _, high = part.partition("-")
        first, last = int(low), int(high or low)
        if first > last:
            raise ValueError(f"{part}: a range goes from low to high")
        ports.update(range(first, last + 1))
    return frozenset(ports)


def describe_ports(ports: frozenset[int]) -> str:
    """The inverse of ``parse_ports``, ranges folded: ``80, 443, 8000-8999``."""
    spans: list[str] = []
    ordered = sorted(ports)
    start = previous = ordered[0] if ordered else 0
    for port in [*ordered[1:], None]:
        if port is not None and port == previous + 1:
            previous = port
            continue
        spans.append(str(start) if start == previous else f"{start}-{previous}")
        if port is not None:
            start = previous = port
    return ", ".join(spans)


async def check_feed_url(
    url: str,
    *,
    allow_private: bool,
    resolver: Resolver | None = None,
    allowed_ports: frozenset[int] = DEFAULT_PORTS,
) -> None:
    """Raise ``UnsafeURLError`` unless ``url`` is http(s) on an allowed port and every address it
    resolves to is public. Ports are limited so feed URLs can't probe the bot's other services."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeURLError(f"only http and https URLs are allowed, not {scheme or 'no scheme'!r}")
    if parts.username is not None or parts.password is not None:
        raise UnsafeURLError("URLs with a user name or password are not allowed")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("the URL has no host")
    if allow_private:
        return
    port = port or (443 if scheme == "https" else 80)
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = await (resolver or resolve_host)(host, port)
        except (OSError, UnicodeError) as exc:
            raise UnsafeURLError(f"the host {host!r} does not resolve", about_address=True) from exc
        if not addresses:
            raise UnsafeURLError(f"the host {host!r} does not resolve", about_address=True)
    for text in addresses:
        # getaddrinfo may append a scope id (fe80::1%eth0).
        problem = address_problem(ipaddress.ip_address(text.split("%", 1)[0]))
        if problem is not None:
            log.info("refused feed URL %s: %s", url, problem)
            raise UnsafeURLError(
                f"the host {host!r} points to a {problem}, which feeds may not use", about_address=True
            )
    if port not in allowed_ports:
        raise UnsafeURLError(f"feeds may use ports {describe_ports(allowed_ports)} only, not {port}")
