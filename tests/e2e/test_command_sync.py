"""Slash command definitions are uploaded when they change, not on every restart."""

from __future__ import annotations

from pathlib import Path

from bot.client import Hyosan
from bot.offline import BOT_PERMISSIONS, offline_settings
from bot.sandbox import FakeDiscord, run_bot_against
from tests.conftest import shared_dataset

GLOBAL_SYNC = ("PUT", "/applications/{application_id}/commands")


async def test_restart_with_the_same_commands_does_not_upload_again(tmp_path: Path) -> None:
    """The first start uploads; a restart on the same database skips it; a changed command uploads."""
    settings = offline_settings(tmp_path / "hyosan.db")
    async with FakeDiscord() as fake:
        app = fake.create_application(name="Hyosan")
        guild = fake.create_guild(name="Hyosan High", channels=["general"])
        fake.add_bot_to_guild(app, guild, permissions=BOT_PERMISSIONS)

        for expected_uploads in (1, 1):
            bot = Hyosan(settings, dataset=shared_dataset())
            async with run_bot_against(fake, bot, app.token):
                await fake.wait_for_commands(app)
            assert len(fake.requests(*GLOBAL_SYNC)) == expected_uploads

        bot = Hyosan(settings, dataset=shared_dataset())
        async with run_bot_against(fake, bot, app.token):
            bot.tree.get_command("about").description = "About the show, this bot, and more"
            assert await bot.sync_commands() is True
            assert await bot.sync_commands() is False
        assert len(fake.requests(*GLOBAL_SYNC)) == 2
        (about,) = [c for c in fake.commands(app) if c["name"] == "about"]
        assert about["description"] == "About the show, this bot, and more"
