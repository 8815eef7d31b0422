"""Problems found in a trivia file, each with the line it is on where there is one."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: A moderator needs the first problems, not thousands of lines; the rest are counted.
MAX_REPORTED = 50


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


class ImportProblems(Exception):  # noqa: N818 - the name the issue and the cog use
    """A file could not be imported; nothing from it was kept. ``problems`` says why, line by line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__(self.describe())

    def describe(self, limit: int = MAX_REPORTED) -> str:
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"... and {len(self.problems) - limit} more problems")
        return "\n".join(lines)


class ProblemList:
    """Collects problems; ``raise_if_any`` ends an import when there is at least one."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, line: int | None, message: str) -> None:
        self.items.append(Problem(line, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportProblems(sorted(self.items, key=lambda p: (p.line is not None, p.line or 0)))
