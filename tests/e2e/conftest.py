"""End-to-end fixtures: the real bot, unmodified discord.py, and the fake Discord in bot/sandbox."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.offline import OfflineWorld, offline_hyosan, offline_settings


@functools.cache
def shared_dataset() -> Dataset:
    """The real dataset, loaded once per test run (it is immutable)."""
    return load_dataset()


@pytest.fixture
def world_settings() -> dict[str, Any]:
    """Setting overrides for the `world` fixture; override this fixture in a test module to change them."""
    return {}


@pytest.fixture
async def world(tmp_path, world_settings: dict[str, Any]) -> AsyncIterator[OfflineWorld]:
    """A running Hyosan connected to a fresh fake Discord with one server, a moderator and members."""
    settings = offline_settings(tmp_path / "hyosan.db", **world_settings)
    async with offline_hyosan(settings, dataset=shared_dataset()) as running:
        yield running
