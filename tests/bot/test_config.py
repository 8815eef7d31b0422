"""Settings: defaults that work for a first run, and every setting documented where operators look."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_need_no_setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With no environment and no .env, the bot gets SQLite under var/ and no token (console)."""
    monkeypatch.chdir(tmp_path)
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.is_sqlite
    assert settings.database_url.endswith("/var/hyosan.db")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name: str) -> None:
    """Each setting appears in .env.example and in the README's configuration section."""
    env_name = name.upper()
    assert env_name in (ROOT / ".env.example").read_text(encoding="utf-8")
    assert f"`{env_name}`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_shard_ids_parse_and_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """SHARD_IDS is a comma list within SHARD_COUNT; an id outside it is named."""
    monkeypatch.setenv("SHARD_COUNT", "4")
    monkeypatch.setenv("SHARD_IDS", "0, 2")
    assert load_settings().shard_ids == [0, 2]
    monkeypatch.setenv("SHARD_IDS", "0,4")
    with pytest.raises(ConfigError, match=r"\[4\] are outside 0..3"):
        load_settings()


def test_token_is_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A config error message never repeats the token's value."""
    monkeypatch.setenv("DISCORD_TOKEN", "super-secret-token")
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert "super-secret-token" not in str(error.value)
    assert "LOG_LEVEL" in str(error.value)


def test_news_sources_follow_data_dir(tmp_path: Path) -> None:
    """An installed copy (Docker) sets DATA_DIR; the built-in feeds are read from there too."""
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.news_sources_file == tmp_path / "feeds.yaml"
    chosen = tmp_path / "mine.yaml"
    assert Settings(_env_file=None, data_dir=tmp_path, news_sources_file=chosen).news_sources_file == chosen  # type: ignore[call-arg]


def test_console_database_sits_beside_the_bots(tmp_path: Path) -> None:
    """The offline console keeps its own SQLite file next to the bot's, never inside the package."""
    from bot.console.app import console_database

    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'x' / 'bot.db'}")  # type: ignore[call-arg]
    assert console_database(settings) == tmp_path / "x" / "console.db"


def test_json_logs_carry_ids_as_fields() -> None:
    import json
    import logging

    from bot.config import JsonFormatter

    record = logging.LogRecord("bot", logging.ERROR, __file__, 1, "incident %s", ("ab12",), None)
    record.guild_id = 42
    record.interaction_id = 7
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "incident ab12" and line["level"] == "ERROR"
    assert (line["guild_id"], line["interaction_id"]) == (42, 7)
    assert "channel_id" not in line
