"""Deleting a member's data on both engines: their records go, their name leaves what servers keep."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bot import privacy
from bot.storage.database import Database
from bot.storage.tables import subscriptions, trivia_suggestions
from tests.bot.delivery import seed
from tests.bot.test_main import run_bot

MEMBER = 4242


async def test_delete_member_removes_records_and_unlinks_authorship(database: Database) -> None:
    async with database.begin() as conn:
        await seed.subscribe(conn, 1, 10, created_by=MEMBER)
        await conn.execute(
            sa.insert(trivia_suggestions).values(
                guild_id=1,
                member_id=MEMBER,
                text="q?",
                answers=["a"],
                wrong=[],
                category="c",
                difficulty="easy",
            )
        )
    before = await privacy.member_data(database, MEMBER)
    assert before.suggestions == 1 and before.authored["subscriptions.created_by"] == 1
    await privacy.delete_member(database, MEMBER)
    assert (await privacy.member_data(database, MEMBER)).empty
    async with database.connect() as conn:
        kept = (await conn.execute(sa.select(subscriptions.c.channel_id, subscriptions.c.created_by))).all()
    assert kept == [(10, None)]  # the server's subscription stays, without the member's id


def test_operators_answer_requests_by_email(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'hyosan.db'}"
    shown = run_bot("privacy", "show", "--user", str(MEMBER), cwd=tmp_path, env={"DATABASE_URL": url})
    assert shown.returncode == 0, shown.stderr
    assert f"member {MEMBER}: 0 trivia results" in shown.stdout
    deleted = run_bot("privacy", "delete", "--user", str(MEMBER), cwd=tmp_path, env={"DATABASE_URL": url})
    assert deleted.returncode == 0 and "deleted:" in deleted.stdout
