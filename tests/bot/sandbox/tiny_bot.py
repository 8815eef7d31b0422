"""A tiny real discord.py bot that exercises every path of the sandbox."""

from __future__ import annotations

import asyncio
import io

import discord
from discord import app_commands
from discord.ext import commands

CHARACTERS = ["On-jo", "Cheong-san", "Su-hyeok", "Nam-ra", "Gwi-nam", "Mi-jin", "Dae-su", "Na-yeon"]
PERSISTENT_ID = "tiny:persistent:vote"


class PersistentPanel(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Vote", custom_id=PERSISTENT_ID, style=discord.ButtonStyle.primary)
    async def vote(
        self, interaction: discord.Interaction, button: discord.ui.Button[PersistentPanel]
    ) -> None:
        await interaction.response.send_message(f"voted by {interaction.user.id}", ephemeral=True)


class Menu(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)

    @discord.ui.button(label="More", custom_id="tiny:more")
    async def more(self, interaction: discord.Interaction, button: discord.ui.Button[Menu]) -> None:
        button.disabled = True
        await interaction.response.edit_message(content="more shown", view=self)

    @discord.ui.select(
        custom_id="tiny:pick",
        options=[discord.SelectOption(label=name, value=name) for name in CHARACTERS[:3]],
    )
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select[Menu]) -> None:
        await interaction.response.send_message(f"picked {select.values[0]}")


class Feedback(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput[Feedback] = discord.ui.TextInput(label="Your words", custom_id="tiny:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class Settings(app_commands.Group):
    def __init__(self) -> None:
        super().__init__(name="settings", description="Server settings")

    @app_commands.command(name="spoilers", description="How much to reveal")
    @app_commands.choices(level=[app_commands.Choice(name=n, value=n) for n in ("none", "season1", "all")])
    async def spoilers(self, interaction: discord.Interaction, level: app_commands.Choice[str]) -> None:
        await interaction.response.send_message(f"spoilers={level.value}")


class TinyBot(commands.Bot):
    """Records what it saw so tests can look inside the client's cache and errors."""

    def __init__(self, **options: object) -> None:
        intents = discord.Intents.default()
        intents.members = True
        intents.message_content = True
        super().__init__(command_prefix="!", intents=intents, **options)  # type: ignore[arg-type]
        self.errors: list[BaseException] = []
        self.error_seen = asyncio.Event()
        self.late_done = asyncio.Event()
        self.tree.error(self._on_tree_error)
        self._add_commands()

    async def setup_hook(self) -> None:
        self.add_view(PersistentPanel())
        await self.tree.sync()

    async def _on_tree_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        self.errors.append(getattr(error, "original", error))
        self.error_seen.set()

    def _add_commands(self) -> None:
        tree = self.tree
        tree.add_command(Settings())

        @tree.command(name="character", description="Look up a character")
        async def character(interaction: discord.Interaction, name: str, detail: int = 1) -> None:
            embed = discord.Embed(title=name, description=f"detail {detail} in {interaction.locale.value}")
            await interaction.response.send_message(embed=embed)

        @character.autocomplete("name")
        async def character_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            wanted = current.lower().replace("-", "")
            return [
                app_commands.Choice(name=c, value=c)
                for c in CHARACTERS
                if wanted in c.lower().replace("-", "")
            ]

        @tree.command(name="echo", description="Repeat text without pinging")
        async def echo(interaction: discord.Interaction, text: str, ping: bool = False) -> None:
            mentions = discord.AllowedMentions.all() if ping else discord.AllowedMentions.none()
            await interaction.response.send_message(text, allowed_mentions=mentions)

        @tree.command(name="whois", description="Show a member")
        async def whois(interaction: discord.Interaction, member: discord.Member) -> None:
            await interaction.response.send_message(f"{member.display_name} {member.id}", ephemeral=True)

        @tree.command(name="slow", description="Defers, then edits and follows up")
        async def slow(interaction: discord.Interaction, private: bool = False) -> None:
            await interaction.response.defer(ephemeral=private, thinking=True)
            await interaction.edit_original_response(content="done thinking")
            await interaction.followup.send("and one more", ephemeral=True)

        @tree.command(name="late", description="Answers after the deadline")
        async def late(interaction: discord.Interaction, seconds: float) -> None:
            await asyncio.sleep(seconds)
            try:
                await interaction.response.send_message("too late")
            finally:
                self.late_done.set()

        @tree.command(name="menu", description="A message with a view")
        async def menu(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("menu", view=Menu())

        @tree.command(name="panel", description="Posts the persistent panel")
        async def panel(interaction: discord.Interaction) -> None:
            assert isinstance(interaction.channel, discord.TextChannel)
            await interaction.channel.send("panel", view=PersistentPanel())
            await interaction.response.send_message("posted", ephemeral=True)

        @tree.command(name="feedback", description="Opens a modal")
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(Feedback())

        @tree.command(name="export", description="Sends a file")
        async def export(interaction: discord.Interaction, text: str) -> None:
            data = io.BytesIO(text.encode())
            await interaction.response.send_message("export", file=discord.File(data, filename="export.txt"))

        @tree.command(name="upload", description="Reads an attachment")
        async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}:{data.decode()}")

        @tree.command(name="huge", description="An embed over Discord's limits")
        async def huge(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(embed=discord.Embed(title="x" * 300))

        @tree.command(name="admin", description="Only for managers")
        @app_commands.default_permissions(manage_guild=True)
        async def admin(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("admin ok")
