"""Tests for bot/tracker/fetch.py (respx and a local 127.0.0.1 server; never the internet)."""

from __future__ import annotations

import httpx
import pytest
import respx

from bot.tracker.fetch import UNREACHABLE, FeedFetcher, FetchError

from .conftest import LocalServer, Route

PUBLIC = "http://93.184.216.34"


@pytest.fixture
async def fetcher() -> FeedFetcher:
    async with FeedFetcher(user_agent="Hyosan-test/1.0 (bot)") as feed_fetcher:
        yield feed_fetcher


@respx.mock
async def test_conditional_get_sends_validators_and_handles_304(fetcher: FeedFetcher) -> None:
    """ETag and Last-Modified go out as If-None-Match / If-Modified-Since, and 304 is not_modified."""
    route = respx.get(f"{PUBLIC}/feed").mock(return_value=httpx.Response(304, headers={"ETag": '"v1"'}))
    result = await fetcher.fetch(f"{PUBLIC}/feed", etag='"v1"', last_modified="Wed, 23 Jul 2025 10:00:00 GMT")
    sent = route.calls.last.request.headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Wed, 23 Jul 2025 10:00:00 GMT"
    assert result.status == "not_modified" and result.body == b""


@respx.mock
async def test_ok_returns_body_validators_and_names_the_bot(fetcher: FeedFetcher) -> None:
    """A 200 returns the body and new validators; the User-Agent names the bot."""
    route = respx.get(f"{PUBLIC}/feed").mock(
        return_value=httpx.Response(
            200,
            content=b"<rss/>",
            headers={"ETag": '"v2"', "Last-Modified": "x", "Content-Type": "application/rss+xml"},
        )
    )
    result = await fetcher.fetch(f"{PUBLIC}/feed")
    assert (result.status, result.body, result.etag, result.last_modified) == ("ok", b"<rss/>", '"v2"', "x")
    assert result.content_type == "application/rss+xml"
    assert "Hyosan" in route.calls.last.request.headers["User-Agent"]
    assert "If-None-Match" not in route.calls.last.request.headers


@respx.mock
async def test_body_over_the_cap_is_an_error_not_a_truncation() -> None:
    """A streamed body larger than max_bytes (no Content-Length) fails instead of being cut silently."""

    async def chunks():
        for _ in range(30):
            yield b"x" * 1000

    respx.get(f"{PUBLIC}/big").mock(return_value=httpx.Response(200, content=chunks()))
    async with FeedFetcher(max_bytes=10_000) as small:
        with pytest.raises(FetchError, match="larger than 10000 bytes") as caught:
            await small.fetch(f"{PUBLIC}/big")
    assert caught.value.transient is False


@respx.mock
async def test_declared_length_over_the_cap_is_refused_early(fetcher: FeedFetcher) -> None:
    """A Content-Length above 2 MB is refused before reading the body."""
    respx.get(f"{PUBLIC}/huge").mock(
        return_value=httpx.Response(200, content=b"x", headers={"Content-Length": "3000000"})
    )
    with pytest.raises(FetchError, match="larger than 2000000"):
        await fetcher.fetch(f"{PUBLIC}/huge")


@respx.mock
@pytest.mark.parametrize(
    ("status", "transient"), [(500, True), (503, True), (429, True), (404, False), (403, False)]
)
async def test_http_errors_are_classified(fetcher: FeedFetcher, status: int, transient: bool) -> None:
    """5xx and 429 are transient (back off and retry); 403/404 are not."""
    respx.get(f"{PUBLIC}/feed").mock(return_value=httpx.Response(status))
    with pytest.raises(FetchError, match=str(status)) as caught:
        await fetcher.fetch(f"{PUBLIC}/feed")
    assert caught.value.transient is transient


@respx.mock
async def test_timeout_is_transient(fetcher: FeedFetcher) -> None:
    """A read timeout becomes a transient FetchError."""
    respx.get(f"{PUBLIC}/slow").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(FetchError, match="no usable answer") as caught:
        await fetcher.fetch(f"{PUBLIC}/slow")
    assert caught.value.transient is True


@respx.mock
async def test_redirect_to_loopback_is_refused(fetcher: FeedFetcher) -> None:
    """Each redirect hop is re-checked: a public URL redirecting to 127.0.0.1 is never fetched."""
    respx.get(f"{PUBLIC}/feed").mock(
        return_value=httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})
    )
    inner = respx.get("http://127.0.0.1/admin").mock(return_value=httpx.Response(200, content=b"secret"))
    with pytest.raises(FetchError, match="no usable answer") as caught:
        await fetcher.fetch(f"{PUBLIC}/feed")
    assert caught.value.transient is False
    assert not inner.called


@respx.mock
async def test_five_redirects_are_followed_and_a_sixth_is_refused(fetcher: FeedFetcher) -> None:
    """At most 5 redirects: a chain of 5 ends in the body, a chain of 6 is an error."""
    for hop in range(6):
        respx.get(f"{PUBLIC}/r{hop}").mock(
            return_value=httpx.Response(301, headers={"Location": f"/r{hop + 1}"})
        )
    respx.get(f"{PUBLIC}/r6").mock(return_value=httpx.Response(200, content=b"end"))
    result = await fetcher.fetch(f"{PUBLIC}/r1")
    assert result.body == b"end" and result.final_url == f"{PUBLIC}/r6"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        await fetcher.fetch(f"{PUBLIC}/r0")


async def test_private_addresses_are_refused_without_a_request(fetcher: FeedFetcher) -> None:
    """Feed URLs to 127.0.0.1, 10.0.0.1, 169.254.169.254 and file:// fail before any network use."""
    with respx.mock(assert_all_called=False) as mock:
        for url in (
            "http://127.0.0.1/f",
            "http://10.0.0.1/f",
            "http://169.254.169.254/latest",
            "file:///etc/passwd",
        ):
            with pytest.raises(FetchError, match=r"no usable answer|only http and https"):
                await fetcher.fetch(url)
        assert not mock.calls


async def test_local_server_gzip_and_304(local_server: LocalServer) -> None:
    """Against a real server (allow_private): gzip is decoded, and a matching ETag gets 304."""
    local_server.routes["/feed"] = Route(
        body=b"<rss>" + b"a" * 5000 + b"</rss>", gzip=True, headers={"ETag": '"e1"'}
    )
    async with FeedFetcher(allow_private=True) as local:
        first = await local.fetch(local_server.url("/feed"))
        assert first.body.startswith(b"<rss>") and len(first.body) == 5011 and first.etag == '"e1"'
        local_server.routes["/feed"] = Route(status=304, headers={"ETag": '"e1"'})
        second = await local.fetch(local_server.url("/feed"), etag=first.etag)
    assert second.status == "not_modified"
    assert "gzip" in local_server.requests[0][1]["accept-encoding"]
    assert local_server.requests[1][1]["if-none-match"] == '"e1"'


async def test_local_server_refused_without_allow_private(local_server: LocalServer) -> None:
    """The same local server is refused when private addresses are not allowed."""
    local_server.routes["/feed"] = Route(body=b"<rss/>")
    async with FeedFetcher(allow_private=False) as guarded:
        with pytest.raises(FetchError, match="no usable answer"):
            await guarded.fetch(local_server.url("/feed"))
    assert local_server.requests == []


async def test_connection_to_a_private_peer_is_refused_after_dns_rebinding(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS answers 'public' at check time and 127.0.0.1 when the connection is made: the connection
    itself checks the address it dials, so nothing reaches the local server."""

    async def passes(url: str, **options: object) -> None:
        return None

    monkeypatch.setattr("bot.tracker.fetch.check_feed_url", passes)
    local_server.routes["/feed"] = Route(body=b"<rss>internal</rss>")
    async with FeedFetcher(allow_private=False) as guarded:
        with pytest.raises(FetchError) as caught:
            await guarded.fetch(local_server.url("/feed"))
    assert caught.value.reason == UNREACHABLE
    assert local_server.requests == []


async def test_closed_open_and_silent_ports_read_the_same(local_server: LocalServer) -> None:
    """Refused, not HTTP, and no answer: one sentence, so feed errors can't map the bot's network."""
    import socket

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: connection refused
    garbage = socket.socket()
    garbage.bind(("127.0.0.1", 0))
    garbage.listen()
    silent_port = garbage.getsockname()[1]  # accepts, never answers
    reasons = []
    async with FeedFetcher(allow_private=True, timeout=0.5) as fetcher:
        for port in (closed_port, silent_port):
            with pytest.raises(FetchError) as caught:
                await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
            reasons.append(caught.value.reason)
    garbage.close()
    assert reasons == [UNREACHABLE, UNREACHABLE]
