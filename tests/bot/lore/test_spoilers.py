"""Spoiler policy: which levels are shown openly for which audience, and how hiding is rendered."""

from __future__ import annotations

import pytest

from bot.lore.spoilers import must_hide, show_text, wrap_spoiler


@pytest.mark.parametrize(
    ("level", "policy", "hidden"),
    [
        ("none", "none", False),
        ("season1", "none", True),
        ("season2", "none", True),
        ("none", "season1", False),
        ("season1", "season1", False),
        ("season2", "season1", True),
        ("none", "all", False),
        ("season1", "all", False),
        ("season2", "all", False),
    ],
)
def test_must_hide_matrix(level: str, policy: str, hidden: bool) -> None:
    """Text is hidden exactly when it needs more of the show than the audience has seen."""
    assert must_hide(level, policy) is hidden  # type: ignore[arg-type]


def test_unknown_level_or_policy_is_an_error() -> None:
    """A typo in a level or policy fails loudly instead of showing a spoiler."""
    with pytest.raises(ValueError, match="unknown spoiler level"):
        must_hide("season3", "none")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown spoiler level"):
        must_hide("none", "everything")  # type: ignore[arg-type]


def test_show_text_wraps_only_hidden_text() -> None:
    """show_text wraps a fate for a spoiler-free audience and leaves it open for season-1 viewers."""
    fate = "Dies in Episode 11."
    assert show_text(fate, "season1", "none") == "||Dies in Episode 11.||"
    assert show_text(fate, "season1", "season1") == fate


def test_wrap_spoiler_cannot_be_broken_out_of() -> None:
    """A `||` inside the text would end the spoiler early, so it is broken up."""
    wrapped = wrap_spoiler("a || b")
    assert wrapped.startswith("||")
    assert wrapped.endswith("||")
    assert "||" not in wrapped[2:-2]
