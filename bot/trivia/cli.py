"""Operator commands: ``python -m bot trivia validate FILE``, ``import FILE --guild ID``, ``export``.

``main(argv)`` takes the arguments after ``trivia`` and returns the exit status (0 ok, 1 problems in
the file or the bank, 2 usage or setup errors). Import and export need a question bank; the caller
passes ``open_bank``, an async context manager factory giving a ``FileBank`` (in production
``bot.trivia.bank.QuestionBank`` over the database; a dict in tests).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, Protocol, TextIO

from bot.trivia.bank import BankError
from bot.trivia.formats import ImportProblems, TriviaFormat, detect_format, dump_pack, load_pack
from bot.trivia.models import Limits, QuestionPack
from bot.trivia.wording import count_of

log = logging.getLogger(__name__)


class ImportResult(Protocol):
    @property
    def imported(self) -> int: ...

    @property
    def total(self) -> int: ...


class FileBank(Protocol):
    """The part of a server's question bank the file commands use (``bot.trivia.bank.QuestionBank``)."""

    async def import_pack(self, guild_id: int, pack: QuestionPack, fmt: TriviaFormat) -> ImportResult:
        """Store every question or none; raises ``ImportProblems`` (e.g. the server is full)."""
        ...

    async def export_pack(
        self, guild_id: int, category: str | None = None
    ) -> tuple[QuestionPack, TriviaFormat]:
        """The server's questions as a pack, and the format they came in; raises when there are none."""
        ...


BankOpener = Callable[[], AbstractAsyncContextManager[FileBank, Any]]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot trivia", description="Trivia files and question banks."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check a trivia file (Red YAML, our YAML or CSV)")
    validate.add_argument("file", type=Path)
    imp = sub.add_parser("import", help="add a file's questions to a server's bank (all or none)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--guild", type=int, required=True)
    exp = sub.add_parser("export", help="write a server's questions to a file")
    exp.add_argument("--guild", type=int, required=True)
    exp.add_argument("file", type=Path)
    exp.add_argument("--format", choices=[f.value for f in TriviaFormat], help="default: from the file name")
    exp.add_argument("--category")
    return parser


def _read(path: Path, limits: Limits, err: TextIO) -> tuple[QuestionPack, TriviaFormat] | None:
    try:
        size = path.stat().st_size
        # A huge file is refused on its size alone, without reading it into memory.
        data = path.read_bytes() if size <= limits.file_bytes else b"\0" * (limits.file_bytes + 1)
    except OSError as exc:
        print(f"{path}: cannot read: {exc.strerror}", file=err)
        return None
    try:
        pack = load_pack(data, path.name, limits=limits)
        return pack, detect_format(path.name, data, limits)
    except ImportProblems as exc:
        _print_problems(str(path), exc, err)
        return None


def _print_problems(where: str, exc: ImportProblems, err: TextIO) -> None:
    for problem in exc.problems:
        place = f"{where}:{problem.line}" if problem.line is not None else where
        print(f"{place}: {problem.said()}", file=err)


async def _import(
    pack: QuestionPack,
    fmt: TriviaFormat,
    args: argparse.Namespace,
    open_bank: BankOpener,
    out: TextIO,
    err: TextIO,
) -> int:
    async with open_bank() as bank:
        try:
            result = await bank.import_pack(args.guild, pack, fmt)
        except ImportProblems as exc:
            _print_problems(str(args.file), exc, err)
            print("nothing imported", file=err)
            return 1
    print(
        f"imported {count_of(result.imported, 'question')} into guild {args.guild} ({result.total:,} in all)",
        file=out,
    )
    return 0


async def _export(args: argparse.Namespace, open_bank: BankOpener, out: TextIO, err: TextIO) -> int:
    async with open_bank() as bank:
        try:
            pack, stored_format = await bank.export_pack(args.guild, args.category)
        except BankError as exc:
            print(f"nothing exported: {exc}", file=err)
            return 1
    if args.format:
        fmt = TriviaFormat(args.format)
    elif args.file.suffix.casefold() == ".csv":
        fmt = TriviaFormat.CSV
    else:
        # A Red list goes back out as a Red list unless asked otherwise.
        fmt = stored_format if stored_format is not TriviaFormat.CSV else TriviaFormat.NATIVE
    args.file.write_bytes(dump_pack(pack, fmt))
    print(f"exported {count_of(len(pack.questions), 'question')} to {args.file} ({fmt.value})", file=out)
    return 0


def main(
    argv: list[str],
    *,
    open_bank: BankOpener | None = None,
    limits: Limits | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    limits = limits or Limits()
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return 2 if exc.code else 0
    if args.command == "validate":
        read = _read(args.file, limits, err)
        if read is None:
            return 1
        pack, fmt = read
        print(f"{args.file}: ok, {count_of(len(pack.questions), 'question')} ({fmt.value} format)", file=out)
        for note in pack.notes:
            print(f"{args.file}: note: {note}", file=out)
        return 0
    if open_bank is None:
        print("the question bank is not configured for this command", file=err)
        return 2
    if args.command == "import":
        read = _read(args.file, limits, err)
        if read is None:
            print("nothing imported", file=err)
            return 1
        return asyncio.run(_import(*read, args, open_bank, out, err))
    return asyncio.run(_export(args, open_bank, out, err))


def database_main(argv: list[str]) -> int:
    """``python -m bot trivia ...``: ``main`` with the bank in the configured database and its limits."""
    from bot.config import ConfigError, load_settings
    from bot.trivia.bank import limits_from_settings, open_database_bank

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    return main(
        argv,
        open_bank=lambda: open_database_bank(settings),
        limits=limits_from_settings(settings),
    )
