"""Operator commands: ``python -m bot trivia validate FILE``, ``import FILE --guild ID``, ``export``.

``main(argv)`` takes the arguments after ``trivia`` and returns the exit status (0 ok, 1 problems in
the file or the bank, 2 usage or setup errors). Import and export need a question bank; the caller
passes ``open_bank``, an async context manager factory giving a ``QuestionBank`` (the database one in
production, ``MemoryQuestionBank`` in tests).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import TextIO

from bot.trivia.bank import BankFullError, QuestionBank
from bot.trivia.formats import ImportProblems, TriviaFormat, detect_format, dump_pack, load_pack
from bot.trivia.models import Limits, QuestionPack

log = logging.getLogger(__name__)

BankOpener = Callable[[], AbstractAsyncContextManager[QuestionBank]]


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


def _read(path: Path, limits: Limits, err: TextIO) -> QuestionPack | None:
    try:
        size = path.stat().st_size
        # Refuse a huge file before reading it into memory.
        data = path.read_bytes() if size <= limits.file_bytes else b"\0" * (limits.file_bytes + 1)
    except OSError as exc:
        print(f"{path}: cannot read: {exc.strerror}", file=err)
        return None
    try:
        return load_pack(data, path.name, limits=limits)
    except ImportProblems as exc:
        for problem in exc.problems:
            where = f"{path}:{problem.line}" if problem.line is not None else str(path)
            print(f"{where}: {problem.message}", file=err)
        return None


async def _import(pack: QuestionPack, guild: int, open_bank: BankOpener, out: TextIO, err: TextIO) -> int:
    async with open_bank() as bank:
        try:
            stored = await bank.add_many(guild, pack.questions)
        except BankFullError as exc:
            print(f"nothing imported: {exc}", file=err)
            return 1
    print(f"imported {len(stored)} questions into guild {guild}", file=out)
    return 0


async def _export(args: argparse.Namespace, open_bank: BankOpener, out: TextIO, err: TextIO) -> int:
    if args.format:
        fmt = TriviaFormat(args.format)
    else:
        fmt = TriviaFormat.CSV if args.file.suffix.casefold() == ".csv" else TriviaFormat.NATIVE
    async with open_bank() as bank:
        questions = await bank.list(args.guild, args.category)
    if not questions:
        print(f"guild {args.guild} has no questions to export", file=err)
        return 1
    pack = QuestionPack(name=args.file.stem, questions=tuple(questions))
    args.file.write_bytes(dump_pack(pack, fmt))
    print(f"exported {len(questions)} questions to {args.file} ({fmt.value})", file=out)
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
        pack = _read(args.file, limits, err)
        if pack is None:
            return 1
        fmt = detect_format(args.file.name, args.file.read_bytes(), limits)
        print(f"{args.file}: ok, {len(pack.questions)} questions ({fmt.value} format)", file=out)
        return 0
    if open_bank is None:
        print("the question bank is not configured for this command", file=err)
        return 2
    if args.command == "import":
        pack = _read(args.file, limits, err)
        if pack is None:
            print("nothing imported", file=err)
            return 1
        return asyncio.run(_import(pack, args.guild, open_bank, out, err))
    return asyncio.run(_export(args, open_bank, out, err))
