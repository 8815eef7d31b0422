"""Patterns run fast: each is located by a scanner the engine can run quickly, and the pattern itself
is matched only where the scanner found something.

Two things make Python's engine slow on the tracker's patterns. It compares letters without case far
more slowly than with it, so a case-insensitive pattern is scanned as its lower-cased twin, without
re.I, over the lower-cased text. And it can skip ahead to where a match may start only when every
alternative of the pattern begins with a plain character; the tracker's patterns mostly begin with a
word boundary, a lookbehind or a group ("\\bconfirm", "(?<!내)내년", "(?:업계|방송가)에서는"), so it tries
every alternative at every position. The scanner is the pattern rewritten so each alternative begins
with its first character (boundaries and lookarounds in front dropped, groups and small character
sets in front spread into alternatives), which lets the engine jump from one possible first
character to the next. Dropping a condition only lets the scanner find more: where the pattern itself
does not match at a place the scanner found, the scan goes on from the next character, so callers get
exactly the pattern's matches, on their own text.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# The engine's own parser and compiler: the scanner is the pattern's parsed form rearranged, which no
# public interface offers. If they ever change shape, ``scanner`` returns None and patterns run as
# they are.
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_op: Any = importlib.import_module("re._constants")

# A scanner spread into more alternatives than this is not worth its size.
_MOST_ALTERNATIVES = 400
# A character set in front is spread into one alternative per character up to this many characters.
_SMALL_SET = 16
_DIGITS = range(ord("0"), ord("9") + 1)


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


def scanner(source: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern that matches wherever ``source`` does (and may match elsewhere), every alternative of
    which begins with a plain character; None when the pattern does not lend itself (a back-reference,
    an alternative that can start with any character, a pattern that can match nothing)."""
    if flags & re.I:
        return None  # letters without case are no plain characters to the engine
    try:
        tree = _parser.parse(source, flags)
        if _refers_to_groups(tree.data):
            return None
        heads = _heads(list(tree.data), 0)
        if not heads:
            return None
        compiled: re.Pattern[str] = _compiler.compile(_by_first_character(heads, tree.state), flags)
        return compiled
    except (AttributeError, TypeError, ValueError, re.error, RecursionError):
        return None


def _by_first_character(heads: list[tuple[int, list[tuple[Any, Any]]]], state: Any) -> Any:
    """One alternative per first character, its ways on after that character kept in order: the engine
    then tries one alternative per position, not every way a match can begin."""
    by_first: dict[int, list[list[tuple[Any, Any]]]] = {}
    for first, sequence in heads:
        by_first.setdefault(first, []).append(sequence[1:])
    alternatives = []
    for first, tails in by_first.items():
        rest = [(_op.BRANCH, (None, [_parser.SubPattern(state, tail) for tail in tails]))]
        body = tails[0] if len(tails) == 1 else rest
        alternatives.append(_parser.SubPattern(state, [(_op.LITERAL, first), *body]))
    if len(alternatives) == 1:
        return alternatives[0]
    return _parser.SubPattern(state, [(_op.BRANCH, (None, alternatives))])


def _heads(sequence: list[tuple[Any, Any]], depth: int) -> list[tuple[int, list[tuple[Any, Any]]]] | None:
    """The ways a match of ``sequence`` can begin: (its first character, a sequence beginning with that
    character and matching at least what ``sequence`` matches from there), in the order the engine
    would try them; None when some way begins with no particular character."""
    if not sequence or depth > 40:
        return None
    (op, value), rest = sequence[0], sequence[1:]
    if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
        return _heads(rest, depth + 1)  # a condition dropped: the scanner may only find more
    if op is _op.LITERAL:
        return [(value, sequence)]
    if op is _op.IN:
        characters = _characters(value)
        if characters is None:
            return None
        return [(c, [(_op.LITERAL, c), *rest]) for c in characters]
    if op is _op.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        if add_flags or del_flags:
            return None
        return _heads([*inner.data, *rest], depth + 1)
    if op is _op.BRANCH:
        found: list[tuple[int, list[tuple[Any, Any]]]] = []
        for alternative in value[1]:
            heads = _heads([*alternative.data, *rest], depth + 1)
            if heads is None or len(found) + len(heads) > _MOST_ALTERNATIVES:
                return None
            found += heads
        return found
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        least, most, item = value
        if most == 0:
            return _heads(rest, depth + 1)
        kind = _op.MIN_REPEAT if op is _op.MIN_REPEAT else _op.MAX_REPEAT  # possessive may only find more
        again = (kind, (max(least - 1, 0), most if most is _op.MAXREPEAT else most - 1, item))
        once = _heads([*item.data, again, *rest], depth + 1)
        if least >= 1 or once is None:
            return once
        without = _heads(rest, depth + 1)
        if without is None:
            return None
        return once + without if kind is _op.MAX_REPEAT else without + once
    return None


def _characters(items: list[tuple[Any, Any]]) -> list[int] | None:
    """The characters of a small set ("[ssee]", "\\d"), in order; None for a large or negated one."""
    found: list[int] = []
    for op, value in items:
        if op is _op.LITERAL:
            found.append(value)
        elif op is _op.RANGE and value[1] - value[0] < _SMALL_SET:
            found += range(value[0], value[1] + 1)
        elif op is _op.CATEGORY and value is _op.CATEGORY_DIGIT:
            found += _DIGITS
        else:
            return None
    unique = list(dict.fromkeys(found))
    return unique if len(unique) <= _SMALL_SET else None


def _refers_to_groups(sequence: list[tuple[Any, Any]]) -> bool:
    """Whether the pattern refers back to a group (the scanner spreads groups into copies)."""
    for op, value in sequence:
        if op in (_op.GROUPREF, _op.GROUPREF_EXISTS):
            return True
        if op is _op.SUBPATTERN:
            inner = [value[3]]
        elif op is _op.BRANCH:
            inner = value[1]
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
            inner = [value[2]]
        elif op in (_op.ASSERT, _op.ASSERT_NOT):
            inner = [value[1]]
        elif op is _op.ATOMIC_GROUP:
            inner = [value]
        else:
            continue
        if any(_refers_to_groups(part.data) for part in inner):
            return True
    return False


class Folded:
    """A pattern run through its scanner: over the lower-cased text for a case-insensitive pattern
    (the twin), over the text itself otherwise. A pattern that needs case (``(?-i:...)``), or a text
    whose lower-casing changes its length, is run as it is; so is a case-sensitive pattern no scanner
    can be made for."""

    __slots__ = ("exact", "finder", "folds")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.exact = pattern
        self.folds = bool(pattern.flags & re.I) and "(?-i" not in pattern.pattern
        if self.folds:
            source, flags = folded_source(pattern.pattern), pattern.flags & ~re.I
            self.finder: re.Pattern[str] | None = scanner(source, flags) or re.compile(source, flags)
        else:
            self.finder = scanner(pattern.pattern, pattern.flags)

    @property
    def pattern(self) -> str:
        """The source, as ``re.Pattern.pattern``: larger patterns are built from it."""
        return self.exact.pattern

    @property
    def flags(self) -> int:
        return self.exact.flags

    def _scanned(self, text: str) -> str | None:
        """The text the finder scans, or None when the pattern must run as it is."""
        if self.finder is None:
            return None
        if not self.folds:
            return text
        lowered = folded(text)
        return lowered if len(lowered) == len(text) else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        scanned = self._scanned(text)
        if scanned is None:
            return self.exact.search(text, pos, endpos)
        finder, exact = self.finder, self.exact
        assert finder is not None
        found = finder.search(scanned, pos, endpos)
        while found is not None:
            at = found.start()
            matched = exact.match(text, at, endpos)
            if matched is not None:
                return matched
            found = finder.search(scanned, at + 1, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        scanned = self._scanned(text)
        if scanned is None or self.finder is None or self.finder.match(scanned, pos, endpos) is not None:
            return self.exact.match(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        scanned = self._scanned(text)
        if scanned is None or self.finder is None:
            return self.exact.finditer(text, pos, endpos)
        found = self.finder.search(scanned, pos, endpos)
        if found is None:
            return iter(())
        return self._matches(text, scanned, found, endpos)

    def _matches(
        self, text: str, scanned: str, found: re.Match[str] | None, endpos: int
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches from the finder's first find on, as ``finditer`` gives them."""
        finder, exact = self.finder, self.exact
        assert finder is not None
        while found is not None:
            at = found.start()
            matched = exact.match(text, at, endpos)
            if matched is None:
                found = finder.search(scanned, at + 1, endpos)
                continue
            yield matched
            end = matched.end()
            found = finder.search(scanned, end if end > at else end + 1, endpos)
