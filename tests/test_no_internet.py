"""The suite's own guard: a test that would reach the internet is stopped and reported."""

from __future__ import annotations

import httpx
import pytest


async def test_lookups_beyond_loopback_are_stopped_and_recorded(no_internet: list[str]) -> None:
    """An HTTP request to a public name fails at the lookup, and the attempt is recorded."""
    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("http://example.invalid/feed")
    assert no_internet == ["lookup of 'example.invalid'"]
    no_internet.clear()  # this test wanted the attempt; others fail on it


async def test_loopback_stays_open(no_internet: list[str], unused_tcp_port: int) -> None:
    """Local servers on 127.0.0.1 (the fake Discord, feed servers) are reachable as before."""
    import asyncio

    server = await asyncio.start_server(lambda _r, w: w.close(), "127.0.0.1", unused_tcp_port)
    async with server:
        _reader, writer = await asyncio.open_connection("127.0.0.1", unused_tcp_port)
        writer.close()
    assert no_internet == []
