"""Dataset models: evidence helpers, Discord limits and lookups."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.lore.models import (
    Dataset,
    Episode,
    Source,
    TimelineEvent,
    Variant,
    evidence_of,
)

WEB = {"ref": "https://example.org/x", "status": "reported"}
CONFIRMED = {"ref": "https://example.org/y", "status": "confirmed"}
SEED = {"seed": "season2-review", "status": "seed"}
SUMMARY = {"en": "Echo voices.", "ko": "목소리를 흉내 낸다."}


def _variant(**fields: object) -> Variant:
    base: dict[str, object] = {
        "id": "mimics",
        "name": "Mimics",
        "name_ko": "미믹",
        "summary": SUMMARY,
        "season": 2,
    }
    return Variant.model_validate(base | fields)


def test_evidence_levels() -> None:
    """An entry is confirmed if any source is, else reported if any is, else seed (unconfirmed)."""
    assert _variant(sources=[SEED]).is_unconfirmed
    assert _variant(sources=[SEED, WEB]).is_only_reported
    assert _variant(sources=[SEED, WEB, CONFIRMED]).evidence == "confirmed"
    assert evidence_of((Source.model_validate(WEB),)) == "reported"


def test_models_are_frozen() -> None:
    """Entries cannot be changed after loading (the index relies on it)."""
    entry = _variant(sources=[SEED])
    with pytest.raises(ValidationError):
        entry.name = "Listeners"  # type: ignore[misc]


def test_id_must_be_kebab_case() -> None:
    """Ids are stable kebab-case slugs."""
    with pytest.raises(ValidationError, match="pattern"):
        _variant(id="Mimics_1", sources=[SEED])


def test_episode_number_range() -> None:
    """Season 1 has 12 episodes: 13 is rejected."""
    with pytest.raises(ValidationError):
        Episode.model_validate(
            {
                "id": "e13",
                "name": "Episode 13",
                "name_ko": "13화",
                "summary": SUMMARY,
                "season": 1,
                "number": 13,
                "sources": [WEB],
            }
        )


@pytest.mark.parametrize(
    ("value", "precision"), [("2025", "year"), ("2025-07", "month"), ("2025-07-22", "day")]
)
def test_timeline_date_precision(value: str, precision: str) -> None:
    """Timeline dates may be a year, a month or a day, and say which."""
    event = TimelineEvent.model_validate(
        {
            "id": "x",
            "name": "X",
            "name_ko": "엑스",
            "summary": SUMMARY,
            "season": 2,
            "date": value,
            "status": "reported",
            "sources": [WEB],
        }
    )
    assert event.precision == precision


def test_dataset_lookups() -> None:
    """Dataset finds entries by kind and id, across kinds, and rejects unknown kinds."""
    entry = _variant(sources=[SEED])
    dataset = Dataset({"variant": (entry,)})
    assert dataset.get("variant", "mimics") is entry
    assert dataset.find("mimics") == ("variant", entry)
    assert dataset.get("location", "mimics") is None
    assert dataset.of("episode") == ()
    with pytest.raises(KeyError):
        dataset.of("monsters")
    assert "1 variant" in dataset.summary()
