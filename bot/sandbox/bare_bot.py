"""The smallest discord.py bot: one /ping answering a constant, the baseline benchmarks compare against."""

from __future__ import annotations

import discord
from discord import app_commands

PONG = "pong"


class BareBot(discord.Client):
    """No cogs, no services, no storage: what discord.py alone costs per interaction."""

    def __init__(self, *, intents: discord.Intents | None = None, **options: object) -> None:
        super().__init__(intents=intents or discord.Intents.default(), **options)  # type: ignore[arg-type]
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="ping", description="Answers pong")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(PONG)

    async def setup_hook(self) -> None:
        await self.tree.sync()
