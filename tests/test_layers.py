"""The layers hold: the services in bot/ never reach up into the cogs that present them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_under_bot_imports_cogs() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        for name in imported_modules(path)
        if name == "cogs" or name.startswith("cogs.")
    ]
    assert offenders == []


def test_the_check_sees_an_import_of_cogs(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import os\nfrom cogs.common import pagination\n", encoding="utf-8")
    assert "cogs.common" in imported_modules(module)
