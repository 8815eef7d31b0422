"""What an operator sees when the database, the .env file or the sources file can't be used:
a sentence or two and exit status 2, never a traceback, never a password."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bot.config import Settings
from tests.bot.test_main import run_bot


def _closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def _expect_explained(done, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.mark.parametrize("content", [b"garbage, not sqlite", b"SQLite format 3\x00half-written"])
def test_a_damaged_sqlite_file(tmp_path: Path, content: bytes) -> None:
    database = tmp_path / "hyosan.db"
    database.write_bytes(content)
    done = run_bot("check", cwd=tmp_path, env={"DATABASE_URL": f"sqlite+aiosqlite:///{database}"})
    _expect_explained(done, str(database), "damaged or is not a database", "backup")


def test_a_database_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    done = run_bot(
        "check", cwd=tmp_path, env={"DATABASE_URL": f"sqlite+aiosqlite:///{blocker}/sub/hyosan.db"}
    )
    _expect_explained(done, "can't create the SQLite database", "written")


def test_postgresql_not_reachable_hides_the_password(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://hyosan:s3cret@127.0.0.1:{_closed_port()}/hyosan"
    done = run_bot("check", cwd=tmp_path, env={"DATABASE_URL": url})
    _expect_explained(done, "Can't connect to PostgreSQL at 127.0.0.1", "hyosan:***@")
    assert "s3cret" not in done.stderr + done.stdout


def test_a_dotenv_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"LOG_LEVEL=\xff\xfeINFO\n")
    done = run_bot("check", cwd=tmp_path)
    _expect_explained(done, "not UTF-8", ".env")


def test_a_missing_sources_file(tmp_path: Path) -> None:
    done = run_bot(
        "check",
        cwd=tmp_path,
        env={
            "NEWS_SOURCES_FILE": str(tmp_path / "nope.yaml"),
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/h.db",
        },
    )
    _expect_explained(done, "news sources", "nope.yaml", "cannot read")


def test_settings_never_show_the_password_or_token() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url="postgresql+asyncpg://hyosan:s3cret@db.example:5432/hyosan",
        discord_token="MTIz.secret.token",
    )
    shown = repr(settings) + str(settings)
    assert "s3cret" not in shown and "secret.token" not in shown
    assert "hyosan:***@db.example" in shown


def _broken(tmp_path: Path, case: str) -> dict[str, str]:
    """Sets up one broken-database case in tmp_path; returns the environment that points at it."""
    database = tmp_path / "hyosan.db"
    if case == "garbage file":
        database.write_bytes(b"not a database at all")
    elif case == "half-written file":
        database.write_bytes(b"SQLite format 3\x00half-written")
    elif case == "unwritable path":
        (tmp_path / "file").write_text("a file where a folder should be")
        database = tmp_path / "file" / "sub" / "hyosan.db"
    elif case == "postgresql unreachable":
        return {"DATABASE_URL": f"postgresql+asyncpg://hyosan:s3cret@127.0.0.1:{_closed_port()}/hyosan"}
    elif case == "env not utf-8":
        (tmp_path / ".env").write_bytes(b"LOG_LEVEL=\xff\xfeINFO\n")
        return {}
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{database}"}


BROKEN = {
    "garbage file": ("damaged or is not a database",),
    "half-written file": ("damaged or is not a database",),
    "unwritable path": ("can't create the SQLite database",),
    "postgresql unreachable": ("Can't connect to PostgreSQL at 127.0.0.1", "hyosan:***@"),
    "env not utf-8": ("not UTF-8", ".env"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize(
    "command",
    [("check",), ("privacy", "delete", "--user", "1")],
    ids=["check", "operator-cli"],
)
def test_every_broken_database_case_is_one_sentence(
    tmp_path: Path, case: str, command: tuple[str, ...]
) -> None:
    """`python -m bot check` and an operator command both explain each case without a traceback."""
    done = run_bot(*command, cwd=tmp_path, env=_broken(tmp_path, case))
    _expect_explained(done, *BROKEN[case])
    assert "s3cret" not in done.stderr + done.stdout


def test_an_operator_cli_explains_a_damaged_database(tmp_path: Path) -> None:
    database = tmp_path / "hyosan.db"
    database.write_bytes(b"not a database at all")
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    done = run_bot("trivia", "export", "--guild", "1", str(tmp_path / "out.yaml"), cwd=tmp_path, env=env)
    _expect_explained(done, "damaged or is not a database")


def test_a_locked_sqlite_database(tmp_path: Path) -> None:
    import sqlite3

    database = tmp_path / "hyosan.db"
    holder = sqlite3.connect(database)
    holder.execute("CREATE TABLE held (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        done = run_bot("check", cwd=tmp_path, env={"DATABASE_URL": f"sqlite+aiosqlite:///{database}"})
    finally:
        holder.rollback()
        holder.close()
    _expect_explained(done, "locked by another program")
