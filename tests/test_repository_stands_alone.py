"""The repository explains itself: nothing in it points at files a person who clones it doesn't have."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Paths outside the repository, issue-tracker numbers, and the project's private research notes.
FORBIDDEN = re.compile(
    r"\.\./shared|/work/|\bissue\s+#?\d+|\bissues?/\d+|fact sheet|aouad-facts",
    re.IGNORECASE,
)
THIS_FILE = Path(__file__).resolve().relative_to(ROOT).as_posix()


def tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return [name for name in listed if name != THIS_FILE]


def test_no_file_points_outside_the_repository() -> None:
    offenders = []
    for name in tracked_files():
        path = ROOT / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if FORBIDDEN.search(line):
                offenders.append(f"{name}:{number}: {line.strip()[:100]}")
    assert offenders == []
