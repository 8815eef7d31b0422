"""Message history paging and nonce de-duplication."""

from __future__ import annotations

import time

from bot.sandbox.models import FakeChannel, FakeMessage, FakeUser
from bot.sandbox.snowflakes import SnowflakeFactory
from bot.sandbox.store import MessageStore


def filled(n: int) -> tuple[MessageStore, FakeChannel, list[FakeMessage]]:
    ids = SnowflakeFactory()
    channel = FakeChannel(ids.next(), "news", None)
    author = FakeUser(ids.next(), "bot", bot=True)
    store = MessageStore()
    messages = [FakeMessage(ids.next(), channel, author, content=str(i)) for i in range(n)]
    for message in messages:
        store.add(message)
    return store, channel, messages


def test_page_before_after_around() -> None:
    """Pages are newest first and respect before, after and around."""
    store, channel, m = filled(10)
    assert [x.content for x in store.page(channel.id, limit=3)] == ["9", "8", "7"]
    assert [x.content for x in store.page(channel.id, limit=2, before=m[5].id)] == ["4", "3"]
    assert [x.content for x in store.page(channel.id, limit=2, after=m[5].id)] == ["7", "6"]
    assert [x.content for x in store.page(channel.id, limit=3, around=m[5].id)] == ["6", "5", "4"]


def test_removed_messages_leave_history() -> None:
    """A deleted message is gone from the channel and from lookups."""
    store, channel, m = filled(3)
    store.remove(m[1])
    assert [x.content for x in store.history(channel.id)] == ["0", "2"]
    assert m[1].id not in store.by_id


def test_nonce_expires_after_the_window() -> None:
    """A nonce is remembered within the window only."""
    store, channel, m = filled(1)
    store.remember_nonce(m[0], "n1")
    assert store.find_nonce(channel.id, m[0].author.id, "n1") is m[0]
    store.nonce_window = 0.0
    time.sleep(0.001)
    assert store.find_nonce(channel.id, m[0].author.id, "n1") is None
