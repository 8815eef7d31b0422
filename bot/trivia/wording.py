"""Counted nouns for the messages trivia shows ("1 question", "2 questions", "1,200 questions").

Moderators and players read these in replies, embeds and import reports; "1 questions" or
"1 member(s)" reads as a bot that wasn't finished, so every count goes through ``count_of``.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def noun(n: int, singular: str, plural: str | None = None) -> str:
    """The noun alone in the right number for ``n`` (when the number is formatted apart, e.g. bold)."""
    return singular if n == 1 else (plural or f"{singular}s")


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number, with thousands separators: ``count_of(2, "answer")``."""
    return f"{n:,} {noun(n, singular, plural)}"
