"""Lore commands: /character, /cast, /variant, /location, /episode, /search, /about, /release.

Thin by design: the lore index (bot/lore) finds entries, embeds.py renders them, and this module
only turns interactions into those calls.
"""

from __future__ import annotations

import functools
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.i18n import NC_, Words, is_korean, tr
from bot.lore.models import Entry
from bot.lore.search import Hit
from bot.text import CHOICE_NAME, clip, quote_user_text
from cogs.common.pagination import Paginator
from cogs.lore.embeds import Audience, entry_embed, hit_line, list_pages
from cogs.lore.release import release_pages
from cogs.lore.views import Suggestions

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)

NAME_LIMIT = 100
# A typed name this close to exactly one entry is taken as that entry.
CONFIDENT_SCORE = 90.0
NOUNS = Words(
    "lore-value",
    {
        "character": NC_("lore-value", "character"),
        "cast": NC_("lore-value", "actor"),
        "variant": NC_("lore-value", "zombie variant"),
        "location": NC_("lore-value", "place"),
    },
)


class Lore(commands.Cog):
    """Answers about the show from the local, sourced dataset."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        # Per instance, not on the class: a class-level cache would keep every unloaded cog alive.
        self.embed_for = functools.lru_cache(maxsize=4096)(self._embed_for)

    # --- shared plumbing -------------------------------------------------------------------

    async def audience(self, interaction: discord.Interaction) -> Audience:
        policy = "none"
        if interaction.guild_id is not None:
            settings = await self.bot.guild_settings.get(interaction.guild_id)
            policy = str(settings.spoilers)
            if policy == "all" and settings.spoiler_guard and await self._fresh_season():
                policy = "season1"  # the season just came out: not everyone has watched it yet
        return Audience(policy=policy, korean=is_korean(interaction.locale))  # type: ignore[arg-type]

    async def _fresh_season(self) -> bool:
        """Whether season 2 premiered less than FRESH_SEASON_DAYS ago."""
        premiere = await self.bot.news.season_premiere()
        if premiere is None:
            return False
        since = self.bot.clock.now() - premiere
        return timedelta(0) <= since < timedelta(days=self.bot.settings.fresh_season_days)

    def choices(
        self, kind: str, current: str, interaction: discord.Interaction
    ) -> list[app_commands.Choice[str]]:
        korean = is_korean(interaction.locale)
        choices = []
        for hit in self.bot.lore.autocomplete(kind, current[:NAME_LIMIT], limit=25):
            label = hit.label_ko if korean and hit.label_ko else hit.label
            if korean and hit.label_ko and hit.label_ko != hit.label:
                label = f"{hit.label_ko} ({hit.label})"
            choices.append(app_commands.Choice(name=clip(label, CHOICE_NAME), value=hit.id))
        return choices

    def resolve(self, kind: str, text: str) -> Entry | None:
        """The entry a user meant: an autocomplete id, an exact name or alias, or a clear best match."""
        entry = self.bot.lore.get(kind, text)
        if entry is not None:
            return entry
        # A typed name that was not picked from autocomplete: accept only a clear winner.
        hits = self.bot.lore.search(text[:NAME_LIMIT], kinds=(kind,), limit=2)
        if (
            hits
            and hits[0].score >= CONFIDENT_SCORE
            and (len(hits) == 1 or hits[0].score - hits[1].score >= 5)
        ):
            return self.bot.dataset.get(kind, hits[0].id)
        return None

    async def show_entry(self, interaction: discord.Interaction, kind: str, entry_id: str) -> None:
        entry = self.bot.dataset.get(kind, entry_id)
        if entry is None:
            await interaction.response.send_message(
                tr(interaction.locale, "That entry no longer exists."), ephemeral=True
            )
            return
        audience = await self.audience(interaction)
        await interaction.response.send_message(embed=self.embed_for(kind, entry_id, audience))

    def _embed_for(self, kind: str, entry_id: str, audience: Audience) -> discord.Embed:
        """The entry's embed for this audience. Cached: the dataset is immutable, and discord.py only
        reads an embed it sends, so one instance serves every identical question."""
        entry = self.bot.dataset.get(kind, entry_id)
        assert entry is not None
        return entry_embed(kind, entry, self.bot.dataset, audience)

    async def answer(self, interaction: discord.Interaction, kind: str, text: str) -> None:
        entry = self.resolve(kind, text)
        if entry is not None:
            await self.show_entry(interaction, kind, entry.id)
            return
        await self.not_found(interaction, kind, text)

    async def not_found(self, interaction: discord.Interaction, kind: str, text: str) -> None:
        audience = await self.audience(interaction)
        hits = self.bot.lore.closest(kind, text[:NAME_LIMIT], n=3)
        quoted = quote_user_text(text)
        language = audience.language
        noun = NOUNS(language).get(kind) or tr(language, "entry")
        message = tr(language, "I don't know a {kind} called {name}.", kind=noun, name=quoted)
        nothing = tr(language, "Try `/search` or pick a name from the suggestions as you type.")
        maybe = tr(language, "Did you mean one of these?")
        if not hits:
            await interaction.response.send_message(f"{message} {nothing}", ephemeral=True)
            return
        labelled = [(hit, self._label(hit, audience)) for hit in hits]
        view = Suggestions(labelled, self.show_entry)
        await interaction.response.send_message(f"{message} {maybe}", view=view, ephemeral=True)

    def _label(self, hit: Hit, audience: Audience) -> str:
        if audience.korean and hit.label_ko:
            return hit.label_ko
        return hit.label

    # --- commands ------------------------------------------------------------------------------

    @app_commands.command(name=_("character"), description=_("Look up a character of All of Us Are Dead"))
    @app_commands.rename(name=_("name"))
    @app_commands.describe(name=_("A name in English or hangul"))
    async def character(
        self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]
    ) -> None:
        await self.answer(interaction, "character", name)

    @character.autocomplete("name")
    async def _character_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.choices("character", current, interaction)

    @app_commands.command(name=_("cast"), description=_("The cast, or one actor and their roles"))
    @app_commands.rename(actor=_("actor"))
    @app_commands.describe(actor=_("An actor's name (English or hangul)"))
    async def cast(
        self, interaction: discord.Interaction, actor: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        if actor is not None:
            await self.answer(interaction, "cast", actor)
            return
        audience = await self.audience(interaction)
        dataset = self.bot.dataset
        lines = []
        for entry in dataset.of("cast"):
            roles = []
            for role in entry.roles:  # type: ignore[attr-defined]
                character = dataset.get("character", role.character) if role.character else None
                name = audience.name(character) if character else "?"
                roles.append(audience.labels["cast_role"].format(season=role.season, name=name))
            lines.append(f"🎬 **{audience.name(entry)}**: {', '.join(roles)}")
        pages = list_pages(audience.labels["cast_title"], lines, per_page=10)
        await Paginator(pages, owner_id=interaction.user.id).send(interaction)

    @cast.autocomplete("actor")
    async def _actor_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.choices("cast", current, interaction)

    @app_commands.command(
        name=_("variant"), description=_("Look up a kind of zombie (infected, halfbies, season 2 variants)")
    )
    @app_commands.rename(name=_("name"))
    @app_commands.describe(name=_("A name in English or hangul"))
    async def variant(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        await self.answer(interaction, "variant", name)

    @variant.autocomplete("name")
    async def _variant_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.choices("variant", current, interaction)

    @app_commands.command(name=_("location"), description=_("Look up a place from the show"))
    @app_commands.rename(name=_("name"))
    @app_commands.describe(name=_("A name in English or hangul"))
    async def location(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        await self.answer(interaction, "location", name)

    @location.autocomplete("name")
    async def _location_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.choices("location", current, interaction)

    @app_commands.command(name=_("episode"), description=_("What happens in an episode of season 1"))
    @app_commands.rename(number=_("number"))
    @app_commands.describe(number=_("Episode number, 1 to 12"))
    async def episode(self, interaction: discord.Interaction, number: app_commands.Range[int, 1, 12]) -> None:
        for entry in self.bot.dataset.of("episode"):
            if entry.number == number and entry.season == 1:  # type: ignore[attr-defined]
                await self.show_entry(interaction, "episode", entry.id)
                return
        await interaction.response.send_message(
            tr(interaction.locale, "Season 1 has no episode {number}.", number=number), ephemeral=True
        )

    @app_commands.command(
        name=_("search"), description=_("Search characters, cast, zombies, places and episodes")
    )
    @app_commands.rename(query=_("query"))
    @app_commands.describe(query=_("What to look for (English or hangul)"))
    async def search(self, interaction: discord.Interaction, query: app_commands.Range[str, 1, 100]) -> None:
        hits = self.bot.lore.search(query[:NAME_LIMIT], limit=25)
        audience = await self.audience(interaction)
        if not hits:
            await interaction.response.send_message(
                tr(
                    interaction.locale,
                    "Nothing matches {query}. Try a character, actor, zombie or place name.",
                    query=quote_user_text(query),
                ),
                ephemeral=True,
            )
            return
        lines = [hit_line(hit, self.bot.dataset, audience) for hit in hits]
        title = f"{audience.labels['results']}: {clip(query, 60)}"
        pages = list_pages(discord.utils.escape_markdown(title), lines, per_page=5)
        await Paginator(pages, owner_id=interaction.user.id).send(interaction)

    @search.autocomplete("query")
    async def _search_terms(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        korean = is_korean(interaction.locale)
        return (
            [
                app_commands.Choice(
                    name=clip((hit.label_ko if korean and hit.label_ko else hit.label), CHOICE_NAME),
                    value=clip(hit.label, NAME_LIMIT),
                )
                for hit in self.bot.lore.search(current[:NAME_LIMIT], limit=25)
            ]
            if current.strip()
            else []
        )

    @app_commands.command(name=_("about"), description=_("About the show and this bot"))
    async def about(self, interaction: discord.Interaction) -> None:
        audience = await self.audience(interaction)
        show = self.bot.dataset.show
        embed = entry_embed("show", show, self.bot.dataset, audience)
        embed.set_author(name=audience.labels["about_author"])
        await interaction.response.send_message(embed=embed)

    @app_commands.command(name=_("release"), description=_("Season 2: what is known about its release"))
    async def release(self, interaction: discord.Interaction) -> None:
        audience = await self.audience(interaction)
        # The news tracker's stories join the dataset's timeline.
        stories = await self.bot.news.release_stories(interaction.guild_id)
        pages = release_pages(self.bot.dataset, audience, stories)
        await Paginator(pages, owner_id=interaction.user.id).send(interaction)
