"""The operator CLI: validate prints a count or each problem with its line; import/export via a bank."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.trivia.bank import BankError
from bot.trivia.cli import main
from bot.trivia.formats import ImportProblems, Problem, TriviaFormat
from bot.trivia.models import QuestionPack

RED = "AUTHOR: Fan\nCONFIG:\n  delay: 10\nQ1?:\n- yes\nQ2?:\n- 12\n"


def run(argv: list[str], **kwargs: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


@dataclass
class Report:
    imported: int
    total: int


class DictBank:
    """A bank that keeps one pack per guild, refusing more than ``limit`` questions."""

    def __init__(self, limit: int = 100) -> None:
        self.packs: dict[int, tuple[QuestionPack, TriviaFormat]] = {}
        self.limit = limit

    async def import_pack(self, guild_id: int, pack: QuestionPack, fmt: TriviaFormat) -> Report:
        if len(pack.questions) > self.limit:
            raise ImportProblems([Problem(None, "the server is full")])
        self.packs[guild_id] = (pack, fmt)
        return Report(len(pack.questions), len(pack.questions))

    async def export_pack(
        self, guild_id: int, category: str | None = None
    ) -> tuple[QuestionPack, TriviaFormat]:
        if guild_id not in self.packs:
            raise BankError("There are no questions in this server's bank to export.")
        return self.packs[guild_id]


def opener(bank: DictBank):
    @asynccontextmanager
    async def open_bank() -> AsyncIterator[DictBank]:
        yield bank

    return open_bank


def test_validate_prints_the_count(tmp_path: Path) -> None:
    """A good file: exit 0 and the number of questions with the format."""
    path = tmp_path / "red.yaml"
    path.write_text(RED)
    code, out, _ = run(["validate", str(path)])
    assert code == 0 and out.strip() == f"{path}: ok, 2 questions (red format)"


def test_validate_prints_notes_after_the_count(tmp_path: Path) -> None:
    """A Red list repeating a question with other answers is valid, with a note naming the lines."""
    path = tmp_path / "red.yaml"
    path.write_text("Q1?:\n- a\nQ1?:\n- b\n")
    code, out, _ = run(["validate", str(path)])
    assert code == 0
    assert out.splitlines() == [
        f"{path}: ok, 1 question (red format)",
        f"{path}: note: line 3: question 'Q1?' repeats line 1 with other answers; "
        "as in Red, the later answers are kept",
    ]


def test_validate_prints_each_problem_with_its_line(tmp_path: Path) -> None:
    """A bad file: exit 1 and one line per problem, FILE:LINE: message."""
    path = tmp_path / "bad.csv"
    path.write_text("question,answers\nQ?,A\nQ?,B\n" + "R" * 2000 + ",C\n")
    code, out, err = run(["validate", str(path)])
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{path}:3: duplicate question (first on line 2): 'Q?'",
        f"{path}:4: question is 2,000 characters long; the limit is 1,000",
    ]


def test_validate_missing_file(tmp_path: Path) -> None:
    """A file that cannot be read is exit 1 with a message."""
    code, _, err = run(["validate", str(tmp_path / "nope.yaml")])
    assert code == 1 and "cannot read" in err


def test_import_then_export_round_trips_a_red_list(tmp_path: Path) -> None:
    """import stores the pack with its format; export writes it back as a Red list."""
    source = tmp_path / "red.yaml"
    source.write_text(RED)
    bank = DictBank()
    code, out, _ = run(["import", str(source), "--guild", "5"], open_bank=opener(bank))
    assert code == 0 and "imported 2 questions into guild 5" in out
    target = tmp_path / "back.yaml"
    code, _, _ = run(["export", "--guild", "5", str(target)], open_bank=opener(bank))
    assert code == 0
    doc = yaml.safe_load(target.read_text())
    assert doc["AUTHOR"] == "Fan" and doc["CONFIG"] == {"delay": 10.0}
    assert doc["Q1?"] == [True] and doc["Q2?"] == [12]


def test_import_refused_by_the_bank_imports_nothing(tmp_path: Path) -> None:
    """When the bank refuses, the problems are printed and the exit status is 1."""
    source = tmp_path / "red.yaml"
    source.write_text(RED)
    bank = DictBank(limit=1)
    code, _, err = run(["import", str(source), "--guild", "5"], open_bank=opener(bank))
    assert code == 1 and "the server is full" in err and "nothing imported" in err
    assert bank.packs == {}


def test_export_of_an_empty_bank_fails(tmp_path: Path) -> None:
    """Nothing to export is exit 1, and no file is written."""
    target = tmp_path / "out.csv"
    code, _, err = run(["export", "--guild", "9", str(target)], open_bank=opener(DictBank()))
    assert code == 1 and "no questions" in err and not target.exists()


def test_import_without_a_bank_is_a_setup_error(tmp_path: Path) -> None:
    """Without a configured bank, import and export exit 2."""
    source = tmp_path / "red.yaml"
    source.write_text(RED)
    assert run(["import", str(source), "--guild", "1"])[0] == 2


def test_usage_errors_exit_2() -> None:
    """A missing argument is a usage error."""
    assert run(["import"])[0] == 2
