"""Start-up failures an operator can fix, told in a sentence or two instead of a traceback.

Each entry point (run, console, check, the trivia tools) catches what escapes it and asks
``explain``; a failure it knows becomes a short message and exit code 2, anything else is a bug and
keeps its traceback. With LOG_LEVEL=DEBUG the traceback is logged as well.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from urllib.parse import urlsplit

from bot.config import mask_url


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy wraps the driver's error
        if isinstance(orig, BaseException) and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        current = current.__cause__ or current.__context__


def _sqlite_path(url: str) -> str:
    return url.split("///", 1)[-1] if "///" in url else url


def explain(error: BaseException, database_url: str) -> str | None:
    """The operator's message for ``error``, or None when it is not a known start-up failure."""
    from bot.tracker.sources import SourcesFileError

    errors = list(_chain(error))
    names = {type(e).__name__ for e in errors}
    for item in errors:
        if isinstance(item, SourcesFileError):
            return (
                f"The news sources file has a problem: {item}. Fix it, or point NEWS_SOURCES_FILE elsewhere."
            )
    sqlite = database_url.startswith("sqlite")
    for item in errors:
        if isinstance(item, UnicodeDecodeError) and item.object is not None:
            return (
                f"A configuration file is not UTF-8 text ({item.reason} at byte {item.start}). "
                "Save .env as UTF-8 (plain text) and start again."
            )
    if sqlite:
        path = _sqlite_path(database_url)
        for item in errors:
            text = str(item)
            if isinstance(item, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
                return (
                    f"The SQLite database {path} is damaged or is not a database file ({text}). "
                    "Restore it from a backup, or move it aside to start with an empty database."
                )
            if isinstance(item, sqlite3.OperationalError) and "locked" in text:
                return (
                    f"The SQLite database {path} is locked by another program ({text}). "
                    "Is another Hyosan running on it? SQLite serves one process; use PostgreSQL for more."
                )
            if isinstance(item, sqlite3.OperationalError) and "unable to open" in text:
                return (
                    f"Hyosan can't open or create the SQLite database {path} ({text}). "
                    "Check DATABASE_URL, and that its folder exists and is writable."
                )
            if isinstance(item, OSError) and not isinstance(item, ConnectionError | socket.gaierror):
                return (
                    f"Hyosan can't create the SQLite database {path}: {item.strerror or item}. "
                    "Check DATABASE_URL, and that its folder can be created and written."
                )
        return None
    parts = urlsplit(database_url)
    where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
    shown = mask_url(database_url)
    for item in errors:
        if isinstance(item, socket.gaierror):
            return f"Can't find the PostgreSQL host in DATABASE_URL ({shown}): {item.strerror or item}."
        if isinstance(item, ConnectionRefusedError | TimeoutError) or (
            isinstance(item, OSError) and type(item).__name__ in {"ConnectionRefusedError", "OSError"}
        ):
            return (
                f"Can't connect to PostgreSQL at {where} ({item.strerror or type(item).__name__}). "
                f"Is the server running, and is DATABASE_URL right? ({shown})"
            )
    if names & {"InvalidCatalogNameError", "InvalidAuthorizationSpecificationError", "InvalidPasswordError"}:
        driver = next(
            e
            for e in errors
            if type(e).__name__
            in names
            & {"InvalidCatalogNameError", "InvalidAuthorizationSpecificationError", "InvalidPasswordError"}
        )
        return f"PostgreSQL at {where} refused Hyosan: {driver}. Check DATABASE_URL ({shown})."
    return None
