"""The core never depends on the Discord-facing features: nothing under bot/ imports cogs/."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def test_bot_never_imports_cogs() -> None:
    offenders = []
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(BOT.parent)}: {n}" for n in names if n.split(".")[0] == "cogs"]
    assert offenders == []
