"""`python -m bot`: what an operator sees for bad configuration, a broken dataset, or no token."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_bot(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "DATABASE_", "SHARD_", "DATA_DIR"))
    }
    base["PYTHONPATH"] = str(ROOT)
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=base,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_invalid_config_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    """Several bad settings: one readable message naming each, exit status 2, no traceback."""
    done = run_bot(
        "check",
        cwd=tmp_path,
        env={"LOG_LEVEL": "LOUD", "SHARD_COUNT": "0", "DATABASE_URL": "mysql://x", "DELIVERY_RATE": "500"},
    )
    assert done.returncode == 2
    for name in ("LOG_LEVEL", "SHARD_COUNT", "DATABASE_URL", "DELIVERY_RATE"):
        assert name in done.stderr
    assert "Traceback" not in done.stderr


def test_env_file_is_read(tmp_path: Path) -> None:
    """Settings in .env in the working directory count like environment variables."""
    (tmp_path / ".env").write_text("SHARD_IDS=3\n")
    done = run_bot("check", cwd=tmp_path)
    assert done.returncode == 2
    assert "SHARD_IDS needs SHARD_COUNT" in done.stderr


def test_broken_dataset_refuses_to_start_naming_file_and_line(tmp_path: Path) -> None:
    """A malformed dataset file stops start-up with the file and line, not a traceback."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    characters = data / "characters.yaml"
    lines = characters.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "  - id: [unclosed")
    characters.write_text("\n".join(lines), encoding="utf-8")
    done = run_bot("check", cwd=tmp_path, env={"DATA_DIR": str(data)})
    assert done.returncode == 2
    assert "characters.yaml:" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_passes_on_the_real_dataset(tmp_path: Path) -> None:
    """`python -m bot check` validates the shipped configuration defaults and dataset."""
    done = run_bot("check", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "dataset OK" in done.stdout
    assert "trivia packs OK (6 packs" in done.stdout


def test_check_names_a_broken_trivia_pack(tmp_path: Path) -> None:
    """The built-in packs are found under DATA_DIR, and a broken one fails `check` with its file name."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "trivia" / "cast.yaml").write_text(
        "format: hyosan-trivia/1\nquestions: [1, 2\n", encoding="utf-8"
    )
    done = run_bot("check", cwd=tmp_path, env={"DATA_DIR": str(data)})
    assert done.returncode == 2
    assert "cast.yaml" in done.stderr
    assert "Traceback" not in done.stderr


def test_no_token_opens_the_console(tmp_path: Path) -> None:
    """Without DISCORD_TOKEN, plain `python -m bot` (what `make run` runs) opens the offline console."""
    done = run_bot(cwd=tmp_path, stdin="/about\n:quit\n")
    assert done.returncode == 0, done.stderr
    assert "offline console" in done.stdout
    assert "All of Us Are Dead" in done.stdout


def test_run_without_token_says_what_to_do(tmp_path: Path) -> None:
    """`python -m bot run` with no token explains where the token goes."""
    done = run_bot("run", cwd=tmp_path)
    assert done.returncode == 2
    assert "DISCORD_TOKEN" in done.stderr
