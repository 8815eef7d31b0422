"""The package as Docker installs it (a wheel, outside the repository) starts and finds its files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_repository(tmp_path: Path) -> None:
    """Built as a wheel and run from elsewhere with DATA_DIR set (as in the Dockerfile), the bot
    passes `check` and answers in the console: migrations, cogs and feeds all ship or are found."""
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("hyosan-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    app = tmp_path / "app"
    shutil.copytree(ROOT / "data", app / "data")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_", "DATA_DIR"))}
    env.update(
        PYTHONPATH=str(site),
        DATA_DIR=str(app / "data"),
        DATABASE_URL=f"sqlite+aiosqlite:///{app / 'var' / 'hyosan.db'}",
    )
    check = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        cwd=app,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert "trivia packs OK" in check.stdout
    console = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        cwd=app,
        env=env,
        input="/about\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert console.returncode == 0, console.stderr
    assert "All of Us Are Dead" in console.stdout

    def installed(code: str) -> str:
        """What a line of Python prints when run against the installed copy."""
        return subprocess.run(
            [sys.executable, "-c", code], cwd=app, env=env, capture_output=True, text=True, check=True
        ).stdout

    assert str(site) in installed("import bot; print(bot.__file__)"), (
        "the test must run the installed copy, not the repository"
    )
    # The tracker's learned status model ships with the package, and the installed copy reads it.
    reading = installed(
        "from bot.tracker.classify import classify_text; "
        "print(classify_text('Park Ji-hu and Lomon return for the zombie sequel', '', None).reasons[-1])"
    )
    assert "learned model" in reading
