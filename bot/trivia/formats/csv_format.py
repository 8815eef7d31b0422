"""CSV with a header row, for spreadsheets.

Columns: ``question`` and ``answers`` are required; ``wrong``, ``category``, ``difficulty``, ``ref``,
``source`` and ``key`` are optional (defaults: no wrong options, "general", "medium"). Several
answers or wrong options are separated by ``|`` (write ``\\|`` for a ``|`` inside one). Lines are
counted as a text editor shows them, so a quoted field spanning lines is reported where it starts.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Sequence

from bot.i18n import N_
from bot.trivia.formats.checks import DraftQuestion, check_count, check_questions
from bot.trivia.formats.problems import ProblemList
from bot.trivia.models import Limits, Origin, QuestionPack

log = logging.getLogger(__name__)

REQUIRED = ("question", "answers")
OPTIONAL = ("wrong", "category", "difficulty", "ref", "source", "key")
COLUMNS = REQUIRED + OPTIONAL
_SPLIT = re.compile(r"(?<!\\)\|")


def split_list(cell: str) -> list[str]:
    return [part.replace("\\|", "|").strip() for part in _SPLIT.split(cell) if part.strip()]


def join_list(items: Sequence[str]) -> str:
    return " | ".join(item.replace("|", "\\|") for item in items)


def read_csv(
    text: str, name: str, limits: Limits, problems: ProblemList, *, origin: Origin = Origin.GUILD
) -> QuestionPack | None:
    # A single cell may legitimately be as long as the whole file limit allows.
    csv.field_size_limit(max(csv.field_size_limit(), limits.file_bytes))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        problems.add(1, N_("CSV error in the header: {error}"), error=str(exc))
        return None
    if not header:
        problems.add(1, N_("the file is empty; expected a header row: {columns}"), columns=",".join(COLUMNS))
        return None
    columns = [h.strip().casefold() for h in header]
    for required in REQUIRED:
        if required not in columns:
            problems.add(
                1,
                N_("the header has no {column} column (columns: {columns})"),
                column=repr(required),
                columns=", ".join(COLUMNS),
            )
    for column in columns:
        if column not in COLUMNS:
            problems.add(
                1,
                N_("unknown column {column}; expected {columns}"),
                column=repr(column),
                columns=", ".join(COLUMNS),
            )
    if len(set(columns)) < len(columns):
        problems.add(1, N_("a column appears twice in the header"))
    if problems:
        return None
    rows: list[tuple[int, list[str]]] = []
    count = 0
    start = reader.line_num + 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                problems.add(
                    line,
                    N_("the row has {count} fields; the header has {expected}"),
                    count=len(row),
                    expected=len(columns),
                )
                continue
            count += 1
            # Past the limit only counting goes on, so 50,000 rows give one problem, not 50,000.
            if count <= limits.questions_per_server:
                rows.append((line, row))
    except csv.Error as exc:
        problems.add(start, N_("CSV error: {error}"), error=str(exc))
        return None
    if not check_count(count, limits, problems) or problems:
        return None
    drafts = []
    for line, row in rows:
        cells = dict(zip(columns, row, strict=True))
        drafts.append(
            DraftQuestion(
                line=line,
                text=cells["question"],
                answers=split_list(cells["answers"]),
                wrong=split_list(cells.get("wrong", "")),
                category=cells.get("category", "") or "general",
                difficulty=cells.get("difficulty", "") or "medium",
                key=cells.get("key") or None,
                ref=cells.get("ref") or None,
                source=cells.get("source") or None,
            )
        )
    questions = check_questions(drafts, limits, problems, origin)
    if problems:
        return None
    return QuestionPack(name=name, questions=tuple(questions))


def dump_csv(pack: QuestionPack) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for q in pack.questions:
        writer.writerow(
            [
                q.text,
                join_list(q.answers),
                join_list(q.wrong),
                q.category,
                q.difficulty.value,
                q.ref or "",
                q.source or "",
                q.key or "",
            ]
        )
    return out.getvalue().encode("utf-8")
