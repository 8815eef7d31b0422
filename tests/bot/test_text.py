"""Text and embed sizing keeps every answer inside Discord's limits (DESIGN.md)."""

from __future__ import annotations

import discord
import pytest

from bot.offline import OfflineWorld
from bot.text import EMBED_TOTAL, clip, field_chunks, fit_embed, quote_user_text


def oversized_embed() -> discord.Embed:
    embed = discord.Embed(title="T" * 400, description="D" * 5000)
    for i in range(30):
        embed.add_field(name=f"N{i}" * 200, value="V" * 2000, inline=False)
    embed.set_footer(text="F" * 3000)
    return embed


def test_fit_embed_clips_every_part_and_the_total() -> None:
    """An embed over every limit comes out within each one, and within 6000 in all."""
    embed = fit_embed(oversized_embed())
    assert len(embed.title) <= 256
    assert len(embed.description) <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
    assert len(embed.footer.text) <= 2048
    assert len(embed) <= EMBED_TOTAL


def test_embed_exactly_at_the_limits_is_kept_whole() -> None:
    """An embed exactly at its limits is not trimmed at all."""
    embed = discord.Embed(title="t" * 256, description="d" * 4096)
    embed.add_field(name="n" * 256, value="v" * 1024)
    embed.set_footer(text="f" * 368)
    assert len(embed) == EMBED_TOTAL
    fitted = fit_embed(embed.copy())
    assert fitted.to_dict() == embed.to_dict()


def test_clip_never_leaves_a_spoiler_open() -> None:
    """Cutting inside ||spoiler|| text closes the spoiler so the rest can't leak."""
    clipped = clip("open ||secret " + "x" * 100 + "||", 40)
    assert len(clipped) <= 40
    assert clipped.count("||") % 2 == 0


def test_quote_user_text_is_inert() -> None:
    """Echoed user text is code-quoted, single-line and bounded."""
    quoted = quote_user_text("`@everyone`\n" + "x" * 500)
    assert quoted.startswith("`") and quoted.endswith("`")
    assert "\n" not in quoted
    assert quoted.count("`") == 2
    assert len(quoted) <= 102


def test_field_chunks_pack_lines_within_the_value_limit() -> None:
    """Many lines become as few field values as fit 1024 characters each, none lost."""
    lines = [f"line {i} " + "x" * 50 for i in range(60)]
    chunks = field_chunks(lines)
    assert all(len(c) <= 1024 for c in chunks)
    assert sum(c.count("\n") + 1 for c in chunks) == 60


async def test_fitted_embed_is_accepted_by_discord_validation(world: OfflineWorld) -> None:
    """The fake Discord rejects what real Discord rejects; the fitted embed goes through."""
    channel = world.bot.get_channel(world.channel().id)
    with pytest.raises(discord.HTTPException) as refused:
        await channel.send(embed=oversized_embed())
    assert (refused.value.status, refused.value.code) == (400, 50035)
    message = await channel.send(embed=fit_embed(oversized_embed()))
    assert message.embeds
