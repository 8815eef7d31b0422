"""Pages of embeds behind ◀ ▶ buttons that only the person who asked can turn."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.i18n import tr

log = logging.getLogger(__name__)

# Long enough to read a few pages; short enough that idle views don't pile up in memory.
PAGE_TIMEOUT = 180.0


class Paginator(discord.ui.View):
    """Shows one embed of `pages` at a time.

    Only `owner_id` can turn pages: anyone else gets a private note. After `timeout` seconds
    without a press the buttons are disabled, so the message never keeps live-looking buttons.
    """

    def __init__(
        self, pages: Sequence[discord.Embed], *, owner_id: int, timeout: float | None = None
    ) -> None:
        super().__init__(timeout=PAGE_TIMEOUT if timeout is None else timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.InteractionMessage | discord.Message | None = None
        self._sync_buttons()

    @property
    def needed(self) -> bool:
        return len(self.pages) > 1

    def _sync_buttons(self) -> None:
        # Not named _refresh: discord.py's View has its own _refresh, which this would replace.
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def send(self, interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
        """Answer `interaction` with the first page (and the buttons when there is more than one)."""
        kwargs: dict = {"embed": self.pages[0], "ephemeral": ephemeral}
        if self.needed:
            kwargs["view"] = self
        if interaction.response.is_done():
            self.message = await interaction.followup.send(wait=True, **kwargs)
        else:
            callback = await interaction.response.send_message(**kwargs)
            resource = callback.resource
            self.message = resource if isinstance(resource, discord.InteractionMessage) else None
        if not self.needed:
            self.stop()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            tr(
                interaction.locale,
                "Only the person who ran the command can turn these pages. Run it yourself to browse.",
            ),
            ephemeral=True,
        )
        return False

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(emoji="◀", style=discord.ButtonStyle.secondary, custom_id="page:prev")
    async def previous_page(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        await self._show(interaction)

    @discord.ui.button(
        label="1/1", style=discord.ButtonStyle.secondary, disabled=True, custom_id="page:count"
    )
    async def counter(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await interaction.response.defer()

    @discord.ui.button(emoji="▶", style=discord.ButtonStyle.secondary, custom_id="page:next")
    async def next_page(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        await self._show(interaction)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self)
        except discord.HTTPException:
            # The message was deleted or the interaction token expired: nothing left to disable.
            log.debug("could not disable paginator buttons on message %s", self.message.id)


def chunk(items: Sequence, size: int) -> list[Sequence]:
    """`items` split into consecutive pieces of at most `size`."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]
