"""Tests for bot/tracker/urlguard.py."""

from __future__ import annotations

import pytest

from bot.tracker.urlguard import UnsafeURLError, check_feed_url


async def _resolves_to(address: str, host: str = "feeds.example") -> object:
    async def resolver(name: str, port: int) -> list[str]:
        assert name == host
        return [address]

    return resolver


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/feed", "loopback"),
        ("http://10.0.0.1/feed", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://[::1]/feed", "loopback"),
        ("http://[::ffff:127.0.0.1]/feed", "loopback"),
        ("http://224.0.0.1/feed", "multicast"),
        ("http://0.0.0.0/feed", "unspecified"),
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.org/feed.xml", "only http and https"),
        ("http://user:pw@example.org/feed", "user name or password"),
        ("http:///nohost", "no host"),
    ],
)
async def test_unsafe_urls_are_refused(url: str, reason: str) -> None:
    """Loopback, private, link-local, multicast, other schemes and credentials are refused."""
    with pytest.raises(UnsafeURLError, match=reason):
        await check_feed_url(url, allow_private=False)


async def test_hostname_resolving_to_loopback_is_refused() -> None:
    """A public-looking host name that resolves to 127.0.0.1 is refused, and so is localhost."""
    with pytest.raises(UnsafeURLError, match="loopback"):
        await check_feed_url(
            "https://feeds.example/rss", allow_private=False, resolver=await _resolves_to("127.0.0.1")
        )
    with pytest.raises(UnsafeURLError, match="loopback"):
        await check_feed_url("http://localhost:8080/rss", allow_private=False)


async def test_any_private_address_among_several_is_refused() -> None:
    """One private address among public ones is enough to refuse (the client could pick it)."""

    async def resolver(name: str, port: int) -> list[str]:
        return ["93.184.216.34", "192.168.1.5"]

    with pytest.raises(UnsafeURLError, match="private"):
        await check_feed_url("https://feeds.example/rss", allow_private=False, resolver=resolver)


async def test_public_address_passes() -> None:
    """A host resolving to a public address is allowed."""
    await check_feed_url(
        "https://feeds.example/rss", allow_private=False, resolver=await _resolves_to("93.184.216.34")
    )
    await check_feed_url("http://93.184.216.34/rss", allow_private=False)


async def test_allow_private_lifts_the_address_rule_only() -> None:
    """allow_private permits loopback and private hosts but still refuses file:// URLs."""
    await check_feed_url("http://127.0.0.1:8000/feed", allow_private=True)
    await check_feed_url("http://10.0.0.1/feed", allow_private=True)
    with pytest.raises(UnsafeURLError):
        await check_feed_url("file:///etc/passwd", allow_private=True)


async def test_unresolvable_host_is_refused() -> None:
    """A host that does not resolve is a refusal with a readable reason, not an OSError."""

    async def resolver(name: str, port: int) -> list[str]:
        raise OSError("no such host")

    with pytest.raises(UnsafeURLError, match="does not resolve"):
        await check_feed_url("https://nowhere.example/rss", allow_private=False, resolver=resolver)


async def test_only_the_allowed_ports() -> None:
    """Feed URLs use ports 80 and 443 (or FEED_ALLOWED_PORTS): they can't probe the bot's other services."""
    await check_feed_url("https://93.184.216.34/feed", allow_private=False)
    await check_feed_url("http://93.184.216.34:80/feed", allow_private=False)
    await check_feed_url("http://93.184.216.34:8080/feed", allow_private=False)
    with pytest.raises(UnsafeURLError, match="ports 80, 443, 8000-8999 only, not 22"):
        await check_feed_url("http://93.184.216.34:22/", allow_private=False)
    with pytest.raises(UnsafeURLError, match="ports 8443 only, not 443"):
        await check_feed_url("https://93.184.216.34/", allow_private=False, allowed_ports=frozenset({8443}))


def test_allowed_ports_setting_reads_a_comma_list() -> None:
    from bot.config import Settings

    settings = Settings(_env_file=None, feed_allowed_ports="443, 8443-8445")  # type: ignore[call-arg]
    assert settings.feed_allowed_ports == frozenset({443, 8443, 8444, 8445})
    with pytest.raises(ValueError, match="between 1 and 65535"):
        Settings(_env_file=None, feed_allowed_ports="0")  # type: ignore[call-arg]
