"""Problems found in a trivia file, each with the line it is on where there is one."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from bot.i18n import tr, trn

log = logging.getLogger(__name__)

#: A moderator needs the first problems, not thousands of lines; the rest are counted.
MAX_REPORTED = 50


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None
    message: str  # a catalog message (marked with N_ where it is made), worded by text()
    params: tuple[tuple[str, object], ...] = ()

    def said(self, language: str = "en") -> str:
        """The problem without its line."""
        return tr(language, self.message, **dict(self.params))

    def text(self, language: str = "en") -> str:
        if self.line is None:
            return self.said(language)
        return tr(language, "line {line}: {problem}", line=self.line, problem=self.said(language))

    def __str__(self) -> str:
        return self.text()


def problem(line: int | None, message: str, /, **params: object) -> Problem:
    """A ``Problem`` whose ``message`` is a catalog message (mark it with ``N_``) filled by ``params``."""
    return Problem(line, message, tuple(params.items()))


class ImportProblems(Exception):  # noqa: N818 - the name the issue and the cog use
    """A file could not be imported; nothing from it was kept. ``problems`` says why, line by line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__(self.describe())

    def text(self, language: str = "en") -> str:
        return self.describe(language=language)

    def describe(self, limit: int = MAX_REPORTED, language: str = "en") -> str:
        lines = [p.text(language) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            more = len(self.problems) - limit
            lines.append(trn(language, "... and {n} more problem", "... and {n} more problems", more))
        return "\n".join(lines)


class ProblemList:
    """Collects problems; ``raise_if_any`` ends an import when there is at least one."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, line: int | None, message: str, /, **params: object) -> None:
        """A problem; ``message`` is a catalog message (mark it ``N_("... {x}")``), ``params`` fill it."""
        self.items.append(Problem(line, message, tuple(params.items())))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportProblems(sorted(self.items, key=lambda p: (p.line is not None, p.line or 0)))
