"""Fixtures: a started FakeDiscord with one guild, and the tiny bot connected to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeApplication, FakeDiscord, FakeGuild, run_bot_against
from tests.bot.sandbox.tiny_bot import TinyBot


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(interaction_deadline=0.5) as running:
        yield running


@pytest.fixture
def app(fake: FakeDiscord) -> FakeApplication:
    return fake.create_application("Hyosan")


@pytest.fixture
def guild(fake: FakeDiscord, app: FakeApplication) -> FakeGuild:
    guild = fake.create_guild("Hyosan High", channels=["general", "news"], locale="ko")
    fake.add_bot_to_guild(app, guild)
    return guild


@pytest.fixture
async def tiny(fake: FakeDiscord, app: FakeApplication, guild: FakeGuild) -> AsyncIterator[TinyBot]:
    bot = TinyBot()
    async with run_bot_against(fake, bot, app.token):
        await fake.wait_for_commands(app)
        yield bot
