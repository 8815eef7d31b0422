"""Tests for bot/tracker/cli.py: the operator's classify and preview commands."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.tracker.cli import main

from .conftest import LocalServer, Route

LABELED = Path(__file__).parent / "corpus" / "dev.jsonl"
CONTRACT_FIELDS = ["id", "relevant", "status", "release_date", "release_window", "confidence"]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_classify_prints_the_contract_fields_in_order() -> None:
    """One JSON line per item, in input order, with exactly the contract's fields in order."""
    code, out, err = _run("classify", str(LABELED))
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    inputs = [json.loads(line)["id"] for line in LABELED.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == inputs
    assert all(list(line) == CONTRACT_FIELDS for line in lines)
    first = lines[0]
    assert (
        first["relevant"] is True and first["status"] == "renewed" and isinstance(first["confidence"], float)
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "title": "x"}\nnot json\n', "line 2: not valid JSON"),
        ('{"title": "x"}\n', "line 1: missing field 'id'"),
        ('{"id": "a"}\n', "line 1: missing field 'title'"),
        ('{"id": "a", "title": 5}\n', "field 'title' must be a string"),
        ('{"id": "a", "title": "x", "published": "yesterday"}\n', "'published' is not ISO 8601"),
        ("[1, 2]\n", "expected a JSON object"),
    ],
)
def test_classify_bad_input_is_one_line_and_status_1(tmp_path: Path, content: str, message: str) -> None:
    """Bad input prints nothing on stdout, one line on stderr, and exits 1."""
    path = tmp_path / "items.jsonl"
    path.write_text(content, encoding="utf-8")
    code, out, err = _run("classify", str(path))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and message in err


def test_missing_file_and_bad_usage_are_one_line_errors(tmp_path: Path) -> None:
    """A missing file and an unknown command end with one error line and status 1."""
    for argv in (["classify", str(tmp_path / "nope.jsonl")], ["frobnicate"], []):
        code, out, err = _run(*argv)
        assert code == 1 and out == "" and err.startswith("error: ") and err.count("\n") == 1


def test_preview_file_shows_what_would_be_announced(tmp_path: Path, make_rss: Callable[..., bytes]) -> None:
    """Preview marks the relevant item for announcement, skips the other, and says why."""
    path = tmp_path / "feed.xml"
    path.write_bytes(
        make_rss(
            ("a", "All of Us Are Dead season 2 wraps filming", "Netflix confirmed the wrap."),
            ("b", "Squid Game season 3 trailer", "Another show."),
            ("c", "All of Us Are Dead Season 2 Wraps Filming - Soompi", "Same story elsewhere."),
        )
    )
    code, out, err = _run("preview", str(path))
    assert code == 0 and err == ""
    assert "- ANNOUNCE wrapped - 0.95: All of Us Are Dead season 2 wraps filming" in out
    assert "skip (not relevant)" in out and "skip (same story as a)" in out
    assert "why: relevant (R1, title)" in out
    assert "1 of 3 items would be announced" in out


HOSTILE = {
    "entity-bomb.xml": (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b"]><rss><channel><item><title>&b;</title></item></channel></rss>"
    ),
    "xxe.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>',
    "binary.bin": bytes(range(256)) * 64,
    "page.html": b"<html><body><h1>Not a feed</h1></body></html>",
    "empty.xml": b"",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_preview_of_hostile_files_fails_cleanly(tmp_path: Path, name: str) -> None:
    """Entity bombs, external entities, binary, HTML and empty files: one error line, status 1."""
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    code, out, err = _run("preview", str(path))
    assert code == 1 and err.count("\n") == 1 and "root:" not in err + out


def test_preview_of_deep_nesting_ends(tmp_path: Path) -> None:
    """10,000 nested elements end with an answer (no crash, nothing announced)."""
    path = tmp_path / "deep.xml"
    path.write_bytes(
        b'<rss version="2.0"><channel><item><title>x</title>' + b"<a>" * 10_000 + b"</a>" * 10_000
    )
    code, out, _ = _run("preview", str(path))
    assert code in (0, 1)
    assert "ANNOUNCE" not in out


def test_preview_of_oversized_file_is_refused(tmp_path: Path) -> None:
    """A file above 2 MB is refused without being parsed."""
    path = tmp_path / "big.xml"
    path.write_bytes(b" " * 2_000_001)
    code, _, err = _run("preview", str(path))
    assert code == 1 and "larger than" in err


def test_preview_url_uses_the_guard(local_server: LocalServer, make_rss: Callable[..., bytes]) -> None:
    """A loopback URL is refused by default and fetched with --allow-private."""
    local_server.routes["/rss"] = Route(
        body=make_rss(("a", "All of Us Are Dead season 2 begins filming", ""))
    )
    code, _, err = _run("preview", local_server.url("/rss"))
    assert code == 1 and "loopback" in err and local_server.requests == []
    code, out, _ = _run("preview", "--allow-private", local_server.url("/rss"))
    assert code == 0 and "ANNOUNCE in_production" in out


def test_subprocess_never_prints_a_traceback(tmp_path: Path) -> None:
    """Run as a program, bad input ends with status 1 and no traceback on stderr."""
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    code = "import sys; from bot.tracker.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "classify", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
