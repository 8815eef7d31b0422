"""Feed HTML to plain text: what survives, what is dropped, and work that grows linearly with the input."""

from __future__ import annotations

import pytest

from bot.tracker import plaintext
from bot.tracker.plaintext import html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Season 2</p><p>confirmed</p>", "Season 2 confirmed"),
        ("Tom &amp; Jerry &lt;3 &#54617;&#44368;", "Tom & Jerry <3 학교"),
        ("a < b and c > d", "a < b and c > d"),
        ("<a <b>x</b>", "<a x"),
        ("before<script>alert('<p>')</script>after", "beforeafter"),
        ("<style>p{}</style><svg><text>no</text></svg>shown", "shown"),
        ("keep<!-- a <p> comment -->this", "keepthis"),
        ("keep<!-- unterminated comment <p>hidden", "keep"),
        ("<!DOCTYPE html><?xml version='1.0'?>text", "text"),
        ("line<br/>break<BR>again", "line break again"),
        ("<script/>after", "after"),
    ],
)
def test_text_of_markup(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


@pytest.mark.parametrize("unit", ["<a ", "<", "<!--", "<a>", "</p ", "<a b='>", "<a" + "x" * 50])
def test_hostile_markup_costs_linear_work(unit: str) -> None:
    """Characters the scanner's searches pass over, counted: ten times the input, about ten times the work."""
    scanned = 0

    class Counting(str):
        def find(self, sub, start=0, end=None):  # type: ignore[no-untyped-def, override]
            nonlocal scanned
            found = str.find(self, sub, start, end)
            scanned += (found if found >= 0 else (len(self) if end is None else end)) - start
            return found

    def work(repeats: int) -> int:
        nonlocal scanned
        scanned = 0
        plaintext._text_parts(Counting(unit * repeats))
        return scanned

    small, large = work(500), work(5_000)
    assert large <= small * 10 + 100
