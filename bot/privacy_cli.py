"""`python -m bot privacy show|delete --user ID [--guild ID]`: data requests that arrive by e-mail."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from bot import privacy
from bot.config import ConfigError, load_settings
from bot.storage.database import Database


async def _run(command: str, member_id: int, guild_id: int | None, database_url: str) -> int:
    db = Database(database_url)
    try:
        await db.migrate()
        if command == "delete":
            before = await privacy.delete_member(db, member_id, guild_id)
            print(
                f"deleted: {before.games} trivia results, {before.suggestions} suggestions; "
                f"unlinked from {sum(before.authored.values())} server items"
            )
        else:
            data = await privacy.member_data(db, member_id, guild_id)
            print(
                f"member {member_id}: {data.games} trivia results "
                f"({data.points} points, {data.servers} servers), "
                f"{data.suggestions} suggestions, named on {sum(data.authored.values())} server items"
            )
    finally:
        await db.close()
    return 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot privacy", description=__doc__)
    parser.add_argument("command", choices=("show", "delete"))
    parser.add_argument("--user", type=int, required=True, help="the member's Discord user id")
    parser.add_argument("--guild", type=int, default=None, help="only this server (default: every server)")
    args = parser.parse_args(list(argv))
    try:
        settings = load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return asyncio.run(_run(args.command, args.user, args.guild, settings.database_url))
