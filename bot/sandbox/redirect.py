"""Points unmodified discord.py at a FakeDiscord: three class attributes hold every URL it builds."""

from __future__ import annotations

from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket

from bot.sandbox.fake import FakeDiscord

_ORIGINAL: dict[str, Any] = {
    "route": discord.http.Route.BASE,
    "gateway": DiscordWebSocket.DEFAULT_GATEWAY,
    "asset": discord.asset.Asset.BASE,
}


def point_discord_at(fake: FakeDiscord) -> None:
    """REST, gateway and asset URLs go to ``fake`` from now on (safe to call again for another fake).

    discord.http._set_api_version would put Route.BASE back to discord.com: call this after it.
    """
    if not fake.port:
        raise RuntimeError("start the FakeDiscord before pointing discord.py at it")
    discord.http.Route.BASE = fake.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    discord.asset.Asset.BASE = fake.base_url


def point_discord_at_discord() -> None:
    """Undoes point_discord_at (for a process that goes on to talk to the real Discord)."""
    discord.http.Route.BASE = _ORIGINAL["route"]
    DiscordWebSocket.DEFAULT_GATEWAY = _ORIGINAL["gateway"]
    discord.asset.Asset.BASE = _ORIGINAL["asset"]
