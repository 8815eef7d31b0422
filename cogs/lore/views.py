"""Buttons for lore answers: "did you mean" suggestions for a name the index doesn't know."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import discord

from bot.lore.search import Hit
from bot.text import BUTTON_LABEL, clip

ShowEntry = Callable[[discord.Interaction, str, str], Awaitable[None]]


class SuggestionButton(discord.ui.Button["Suggestions"]):
    def __init__(self, hit: Hit, label: str, row_index: int) -> None:
        super().__init__(
            label=clip(label, BUTTON_LABEL),
            style=discord.ButtonStyle.primary,
            custom_id=f"lore:suggest:{row_index}",
        )
        self.hit = hit

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.show_entry(interaction, self.hit.kind, self.hit.id)
        self.view.stop()


class Suggestions(discord.ui.View):
    """Up to three closest entries as buttons; pressing one posts that entry as the answer."""

    def __init__(
        self, hits: Sequence[tuple[Hit, str]], show_entry: ShowEntry, *, timeout: float = 120.0
    ) -> None:
        super().__init__(timeout=timeout)
        self.show_entry = show_entry
        for index, (hit, label) in enumerate(hits[:3]):
            self.add_item(SuggestionButton(hit, label, index))
