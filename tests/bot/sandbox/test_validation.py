"""Discord's message limits as the fake enforces them."""

from __future__ import annotations

import pytest

from bot.sandbox.validation import check_choices, check_message_body


def codes(body: dict, **kwargs: object) -> tuple[int, list[str]] | None:
    problem = check_message_body(body, **kwargs)  # type: ignore[arg-type]
    return None if problem is None else (problem[0], problem[1].paths())


def test_plain_message_passes() -> None:
    """A short content-only message is accepted."""
    assert codes({"content": "hi"}) is None


def test_empty_message_is_50006_but_a_file_alone_is_fine() -> None:
    """No content, embeds, components or files is 50006; a file alone is a message."""
    assert codes({"content": "  "}) == (50006, [])
    assert codes({}, file_count=1) is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"content": "x" * 2001}, "content"),
        ({"embeds": [{"title": "t"}] * 11}, "embeds"),
        ({"embeds": [{"title": "x" * 257}]}, "embeds.0.title"),
        ({"embeds": [{"description": "x" * 4097}]}, "embeds.0.description"),
        ({"embeds": [{"fields": [{"name": "n", "value": "v"}] * 26}]}, "embeds.0.fields"),
        ({"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]}, "embeds.0.fields.0.name"),
        ({"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]}, "embeds.0.fields.0.value"),
        ({"embeds": [{"footer": {"text": "f" * 2049}}]}, "embeds.0.footer.text"),
        ({"embeds": [{"author": {"name": "a" * 257}}]}, "embeds.0.author.name"),
        ({"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]}, "embeds"),
        (
            {
                "components": [
                    {"type": 1, "components": [{"type": 2, "style": 1, "custom_id": f"b{i}"}]}
                    for i in range(6)
                ]
            },
            "components",
        ),
        (
            {
                "components": [
                    {
                        "type": 1,
                        "components": [{"type": 2, "style": 1, "custom_id": f"b{i}"} for i in range(6)],
                    }
                ]
            },
            "components.0.components",
        ),
        (
            {"components": [{"type": 1, "components": [{"type": 2, "style": 1, "custom_id": "c" * 101}]}]},
            "components.0.components.0.custom_id",
        ),
        (
            {
                "components": [
                    {"type": 1, "components": [{"type": 2, "style": 1, "custom_id": "b", "label": "l" * 81}]}
                ]
            },
            "components.0.components.0.label",
        ),
        (
            {
                "components": [
                    {
                        "type": 1,
                        "components": [
                            {
                                "type": 3,
                                "custom_id": "s",
                                "options": [{"label": "o", "value": str(i)} for i in range(26)],
                            }
                        ],
                    }
                ]
            },
            "components.0.components.0.options",
        ),
    ],
)
def test_over_the_limit_is_50035_with_a_path(body: dict, path: str) -> None:
    """Each limit from DESIGN.md is refused with 50035 naming the field."""
    problem = codes(body)
    assert problem is not None and problem[0] == 50035
    assert path in problem[1]


def test_duplicate_custom_ids_are_refused() -> None:
    """Two components with one custom_id are refused, as Discord does."""
    row = {
        "type": 1,
        "components": [
            {"type": 2, "style": 1, "custom_id": "same"},
            {"type": 2, "style": 1, "custom_id": "same"},
        ],
    }
    assert codes({"components": [row]}) == (50035, ["components"])


def test_autocomplete_choices_limits() -> None:
    """More than 25 choices, or a name outside 1..100 characters, is refused."""
    assert not check_choices([{"name": "On-jo", "value": "onjo"}])
    assert check_choices([{"name": str(i), "value": i} for i in range(26)]).paths() == ["data.choices"]
    assert check_choices([{"name": "", "value": 1}]).paths() == ["data.choices.0.name"]
    assert check_choices([{"name": "n" * 101, "value": 1}]).paths() == ["data.choices.0.name"]
