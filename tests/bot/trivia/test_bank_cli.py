"""`python -m bot trivia import/export` reach the database question bank configured by DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.__main__ import main as bot_main
from bot.trivia.cli import database_main

RED = "AUTHOR: Someone\nCONFIG:\n  delay: 9\nWhich city?:\n- Hyosan\nHow many episodes?:\n- 12\n"


def test_import_then_export_through_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Red list imported by the CLI is stored for that guild and exported back with its metadata."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    source = tmp_path / "city.yaml"
    source.write_text(RED, encoding="utf-8")
    assert bot_main(["trivia", "import", str(source), "--guild", "42"]) == 0
    assert "imported 2 questions into guild 42" in capsys.readouterr().out
    target = tmp_path / "back.yaml"
    assert database_main(["export", "--guild", "42", "--category", "city", str(target)]) == 0
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == yaml.safe_load(RED)
    assert database_main(["import", str(source), "--guild", "42"]) == 1
    assert "already in the bank" in capsys.readouterr().err
    assert database_main(["export", "--guild", "7", str(tmp_path / "none.yaml")]) == 1
