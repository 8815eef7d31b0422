"""Which messages would notify someone."""

from __future__ import annotations

from bot.sandbox.mentions import compute_pings

USER = 175928847299117063
ROLE = 175928847299117064


def test_default_parses_everything() -> None:
    """Without allowed_mentions, users, roles and @everyone all ping."""
    pings = compute_pings(f"<@{USER}> <@&{ROLE}> @everyone", None, can_mention_everyone=True)
    assert pings.users == {USER} and pings.roles == {ROLE} and pings.everyone


def test_allowed_mentions_none_pings_nobody() -> None:
    """parse=[] silences every mention."""
    assert not compute_pings(f"<@!{USER}> @here", {"parse": []}, can_mention_everyone=True)


def test_everyone_needs_the_permission() -> None:
    """@everyone without MENTION_EVERYONE pings nobody."""
    assert not compute_pings("@everyone", None, can_mention_everyone=False)


def test_explicit_user_list() -> None:
    """Only the listed users ping when users are not parsed."""
    other = USER + 1
    pings = compute_pings(
        f"<@{USER}> <@{other}>", {"parse": [], "users": [str(other)]}, can_mention_everyone=True
    )
    assert pings.users == {other}
