"""The pinned network backend dials only an address it resolved and checked itself."""

from __future__ import annotations

import httpcore
import pytest

from bot.tracker.connect import PinnedBackend


class RecordingBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.dialled: list[tuple[str, int]] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]  # noqa: ASYNC109
        self.dialled.append((host, port))
        return httpcore.AsyncMockStream([])

    async def sleep(self, seconds: float) -> None:
        return None


def resolver(*answers: str):  # type: ignore[no-untyped-def]
    async def resolve(host: str, port: int) -> list[str]:
        return list(answers)

    return resolve


async def test_the_checked_public_address_is_the_one_dialled() -> None:
    inner = RecordingBackend()
    backend = PinnedBackend(resolver=resolver("93.184.216.34"), inner=inner)
    await backend.connect_tcp("feeds.example", 443)
    assert inner.dialled == [("93.184.216.34", 443)]


@pytest.mark.parametrize(
    "answers",
    [("127.0.0.1",), ("93.184.216.34", "10.0.0.7"), ("::ffff:127.0.0.1",), ("169.254.169.254",), ()],
)
async def test_any_private_answer_refuses_the_connection(answers: tuple[str, ...]) -> None:
    inner = RecordingBackend()
    backend = PinnedBackend(resolver=resolver(*answers), inner=inner)
    with pytest.raises(httpcore.ConnectError):
        await backend.connect_tcp("rebinding.example", 80)
    assert inner.dialled == []


async def test_a_literal_loopback_host_is_refused() -> None:
    inner = RecordingBackend()
    with pytest.raises(httpcore.ConnectError):
        await PinnedBackend(inner=inner).connect_tcp("127.0.0.1", 80)
    assert inner.dialled == []
