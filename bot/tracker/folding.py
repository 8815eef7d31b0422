"""Case-insensitive patterns run fast: a lower-cased twin of the pattern, without re.I, on lower-cased
text, and the pattern itself only where the twin found something."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=512)
def folded(text: str) -> str:
    """A clause lower-cased once, though dozens of patterns ask whether it holds their words."""
    return text.lower()


def folded_source(source: str) -> str:
    """A pattern's source with its letters lower-cased; its escapes (``\\b``, ``\\S``, ``\\W``) and
    named groups (``(?P<``) kept."""
    out: list[str] = []
    index = 0
    while index < len(source):
        if source[index] == "\\" or source.startswith("(?P", index):
            step = 3 if source[index] == "(" else 2
            out.append(source[index : index + step])
            index += step
            continue
        out.append(source[index].lower())
        index += 1
    return "".join(out)


class Folded:
    """A case-insensitive pattern run as its lower-cased twin, without re.I, on the lower-cased text.

    Python's engine compares letters without case far more slowly than with it, and cannot skip ahead
    to the letters a pattern can start with; on lower-cased text the twin finds the same matches two
    to four times faster. Where it finds one, the pattern itself is matched at that position, so
    callers get a real match on their own text (original case in ``group``). A pattern that needs
    case (``(?-i:...)``), or a text whose lower-casing changes its length, uses the pattern itself.
    """

    __slots__ = ("exact", "low")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.exact = pattern
        caseless = bool(pattern.flags & re.I) and "(?-i" not in pattern.pattern
        self.low = re.compile(folded_source(pattern.pattern), pattern.flags & ~re.I) if caseless else None

    @property
    def pattern(self) -> str:
        """The source, as ``re.Pattern.pattern``: larger patterns are built from it."""
        return self.exact.pattern

    @property
    def flags(self) -> int:
        return self.exact.flags

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low, lowered = self.low, folded(text)
        if low is None or len(lowered) != len(text):
            return self.exact.search(text, pos, endpos)
        found = low.search(lowered, pos, endpos)
        if found is None:
            return None
        return self.exact.match(text, found.start(), endpos) or self.exact.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low, lowered = self.low, folded(text)
        if low is None or len(lowered) != len(text):
            return self.exact.match(text, pos, endpos)
        if low.match(lowered, pos, endpos) is None:
            return None
        return self.exact.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        low, lowered = self.low, folded(text)
        if low is None or len(lowered) != len(text):
            return self.exact.finditer(text, pos, endpos)
        twins = list(low.finditer(lowered, pos, endpos))
        if not twins:
            return iter(())
        exact = self.exact
        matches = [exact.match(text, twin.start(), endpos) for twin in twins]
        if all(m is not None and m.end() == twin.end() for m, twin in zip(matches, twins, strict=True)):
            return iter(matches)  # type: ignore[arg-type]
        return exact.finditer(text, pos, endpos)  # never seen: the two disagree on case
