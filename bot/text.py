"""Making text safe and sized for Discord: clipping, fitting embeds, packing fields."""

from __future__ import annotations

import discord

from bot.discord_limits import (
    BUTTON_LABEL,
    CHOICE_NAME,
    CONTENT,
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    FOOTER,
)

__all__ = [
    "BUTTON_LABEL",
    "CHOICE_NAME",
    "CONTENT",
    "EMBED_DESCRIPTION",
    "EMBED_TITLE",
    "EMBED_TOTAL",
    "FIELD_VALUE",
    "clip",
    "embed_size",
    "field_chunks",
    "fit_embed",
    "fit_message",
    "quote_user_text",
]

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, marking the cut, without leaving a broken spoiler tag open."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if cut.count("||") % 2:
        # An odd number of spoiler bars would reveal the rest of the embed: close the spoiler.
        cut = cut[: limit - 3] + "||"
    return cut + ELLIPSIS


def quote_user_text(text: str, limit: int = 100) -> str:
    """Echo what a user typed inside inline code: no markdown, no mention renders, bounded length."""
    cleaned = text.replace("`", "ˋ").replace("\n", " ").strip()
    return f"`{clip(cleaned, limit)}`" if cleaned else "`(empty)`"


def embed_size(embed: discord.Embed) -> int:
    """The character count Discord holds against the 6000 limit."""
    return len(embed)


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Trim an embed into Discord's limits: clip each part, then drop trailing fields until it fits."""
    if embed.title:
        embed.title = clip(embed.title, EMBED_TITLE)
    if embed.description:
        embed.description = clip(embed.description, EMBED_DESCRIPTION)
    fields = embed.fields[:EMBED_FIELDS]
    embed.clear_fields()
    for f in fields:
        embed.add_field(
            name=clip(f.name or "\u200b", FIELD_NAME),
            value=clip(f.value or "\u200b", FIELD_VALUE),
            inline=f.inline,
        )
    if embed.footer and embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    while len(embed) > EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL and embed.description:
        excess = len(embed) - EMBED_TOTAL
        embed.description = clip(embed.description, max(1, len(embed.description) - excess - 1))
    return embed


def field_chunks(lines: list[str], limit: int = FIELD_VALUE) -> list[str]:
    """Lines packed into as few field values as fit `limit` each (a longer single line is clipped)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = clip(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def fit_message(content: str) -> str:
    """`content` within Discord's 2,000 characters, cut visibly and with a code block left closed."""
    if len(content) <= CONTENT:
        return content
    cut = content[: CONTENT - 6] + "…"
    if cut.count("```") % 2:
        cut += "\n```"
    return cut
