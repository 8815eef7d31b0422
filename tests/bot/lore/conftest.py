"""Fixtures for the lore tests: the project's dataset and index, loaded once per session."""

from __future__ import annotations

import pytest

from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.lore.search import LoreIndex


@pytest.fixture(scope="session")
def real_dataset() -> Dataset:
    """The project's dataset in data/, loaded once per test session."""
    return load_dataset()


@pytest.fixture(scope="session")
def real_index(real_dataset: Dataset) -> LoreIndex:
    """A search index over the project's dataset."""
    return LoreIndex(real_dataset)
