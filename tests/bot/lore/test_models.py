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


def test_text_needs_korean_with_hangul() -> None:
    """A text without its Korean, or with English pasted as the Korean, does not validate."""
    with pytest.raises(ValidationError, match="ko"):
        _variant(summary={"en": "Echo voices."}, sources=[SEED])
    with pytest.raises(ValidationError, match="no hangul"):
        _variant(summary={"en": "Echo voices.", "ko": "Echo voices."}, sources=[SEED])
    assert _variant(sources=[SEED]).summary.pick(korean=True) == "목소리를 흉내 낸다."


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ({"ref": "https://www.slashfilm.com/787399/...", "status": "reported"}, "shortened"),
        ({"ref": "https://example.org/a…", "status": "reported"}, "shortened"),
        ({"ref": "https://cineplay", "status": "reported"}, "complete https"),
        ({"status": "reported"}, "needs a 'ref'"),
        ({"seed": "season2-review", "status": "reported"}, "can only have status 'seed'"),
        ({"seed": "season2-review", "ref": "https://a.org/b", "status": "seed"}, "no 'ref' or 'outlet'"),
        ({"outlet": "Cineplay", "status": "seed"}, "only for seed documents"),
    ],
)
def test_sources_link_completely_or_name_their_outlet(source: dict[str, str], error: str) -> None:
    """A source is a complete https address, an outlet's name, or a seed kind: nothing in between."""
    with pytest.raises(ValidationError, match=error):
        Source.model_validate(source)


def test_source_labels_say_what_a_source_is() -> None:
    """Seed material is labelled by kind in both languages; an outlet by its name; a page by its host."""
    seed = Source.model_validate(SEED)
    assert seed.label(korean=False) == "an unofficial review of an unreleased season 2, 2026"
    assert seed.label(korean=True) == "공개되지 않은 시즌 2에 대한 비공식 리뷰, 2026"
    assert (
        Source.model_validate({"outlet": "Cineplay", "status": "reported"}).label(korean=True) == "Cineplay"
    )
    page = Source.model_validate({"ref": "https://www.example.org/a/b", "status": "reported"})
    assert (page.label(korean=False), page.host) == ("example.org", "example.org")
