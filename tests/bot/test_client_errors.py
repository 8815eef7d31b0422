"""How the bot words errors users can act on."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.client import describe_command_error, permission_names
from bot.text import fit_message


class _Transformer(app_commands.Transformer):
    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        return value


def test_unconvertible_value_is_quoted_inertly() -> None:
    """A value the bot couldn't convert is echoed in inline code: one line, no backtick, no escapes."""
    error = app_commands.TransformerError(
        "`@everyone`\n**x**", discord.AppCommandOptionType.string, _Transformer()
    )
    message = describe_command_error(error)
    assert message == "I couldn't understand `ˋ@everyoneˋ **x**`."


def test_permission_names_read_like_discords_settings() -> None:
    """manage_guild is called Manage Server, as in Discord's own screens."""
    assert permission_names(["manage_guild", "embed_links"]) == "Manage Server, Embed Links"


def test_fit_message_keeps_short_text_and_closes_code_blocks() -> None:
    """Short text is untouched; a long one is cut to 2,000 with its code block closed."""
    assert fit_message("hello") == "hello"
    fitted = fit_message("```\n" + "x" * 3000)
    assert len(fitted) <= 2000
    assert fitted.endswith("```")
