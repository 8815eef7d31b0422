"""The console reads slash commands the way Discord's client would build them."""

from __future__ import annotations

import pytest

from bot.console.parsing import ParseError, parse_command, usage

SPECS = [
    {
        "name": "character",
        "description": "Look up a character",
        "options": [{"name": "name", "type": 3, "required": True, "autocomplete": True}],
    },
    {
        "name": "settings",
        "description": "Server settings",
        "options": [
            {
                "name": "spoilers",
                "type": 1,
                "description": "How much to show",
                "options": [
                    {
                        "name": "level",
                        "type": 3,
                        "required": True,
                        "choices": [{"name": "All", "value": "all"}],
                    }
                ],
            }
        ],
    },
    {"name": "episode", "description": "", "options": [{"name": "number", "type": 4, "required": True}]},
]


def test_values_may_contain_spaces_and_colons_inside() -> None:
    """`name:Lee Cheong-san` keeps everything up to the next option as the value."""
    parsed = parse_command("/character name:Lee Cheong-san", SPECS)
    assert parsed.path == ["character"]
    assert parsed.options == {"name": "Lee Cheong-san"}


def test_subcommand_and_typed_integer() -> None:
    """Subcommand paths are found and integer options are converted."""
    assert parse_command("/settings spoilers level:all", SPECS).qualified_name == "settings spoilers"
    assert parse_command("/episode number:12", SPECS).options == {"number": 12}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("character", "start with /"),
        ("/nope", "unknown command"),
        ("/character", "needs name:"),
        ("/character nom:x", "no option 'nom'"),
        ("/settings", "needs one of: spoilers"),
        ("/episode number:twelve", "whole number"),
    ],
)
def test_mistakes_get_a_helpful_message(line: str, message: str) -> None:
    """Each mistake names what would have worked."""
    with pytest.raises(ParseError, match=message):
        parse_command(line, SPECS)


def test_partial_lines_parse_for_completion() -> None:
    """While typing, the option under the cursor is reported for Tab completion."""
    parsed = parse_command("/character name:onj", SPECS, partial=True)
    assert parsed.trailing_option == "name"
    assert parsed.options["name"] == "onj"


def test_usage_lists_every_runnable_form() -> None:
    """:commands shows subcommands expanded with their options."""
    assert usage(SPECS[1]) == ["/settings spoilers level:text  — How much to show"]
    assert usage(SPECS[0])[0].startswith("/character name:text")
