"""Every command, as a Korean member and as an English one: replies, buttons, forms and the messages
a game or an announcement posts speak the member's (or the server's) language.

A ``ko`` member's reply must be mostly hangul (names in parentheses, links, code and digits aside);
an ``en-US`` member's reply must hold no hangul outside a name. The count of Korean replies out of all
replies is printed (``pytest -s``) and is the measure of how Korean-first the bot is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.offline import OfflineWorld
from tests.e2e.news_feeds import FeedServer, feeds, rss
from tests.e2e.test_lore_korean import _collect, embed_text, hangul_outside_names, hangul_share

__all__ = ["feeds"]

WAIT = 10.0
ITEM = ("s2-news", "All of Us Are Dead season 2 begins filming")
# The server's own questions, in the language the server plays in: content, not interface.
QUESTIONS = {
    "ko": ("효산고등학교가 있는 도시는?", "효산", "서울\n부산\n인천"),
    "en": ("Which city is the show set in?", "Hyosan", "Seoul\nBusan\nIncheon"),
}


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    feeds.bodies["/alpha"] = rss(ITEM)
    return {
        "news_sources_file": feeds.feeds_file(tmp_path / "feeds.yaml", "alpha"),
        "trivia_min_seconds": 0.1,
        "trivia_reveal_pause": 0,
    }


def message_text(message: Any) -> str:
    """What a member reads in a message: its text, its embeds, its buttons' labels."""
    parts = [message.content or ""]
    parts += [embed_text(e) for e in message.embeds]
    parts += [b.label for b in getattr(message, "buttons", []) if b.label]
    return "\n".join(p for p in parts if p)


def modal_text(modal: dict[str, Any]) -> str:
    parts = [modal.get("title", "")]
    for row in modal.get("components", []):
        for component in row.get("components", [row.get("component", {})]):
            parts.append(component.get("label", ""))
    return "\n".join(p for p in parts if p)


@dataclass
class Seen:
    locale: str
    replies: dict[str, str] = field(default_factory=dict)

    def add(self, label: str, text: str) -> None:
        assert text.strip(), f"{label}: an empty reply"
        self.replies[label] = text


async def _everything(world: OfflineWorld, locale: str) -> Seen:
    """Run every command that is not a lore lookup (the lore test covers those) as ``locale``."""
    seen = Seen(locale)
    language = "ko" if locale == "ko" else "en"
    for member in (world.moderator, *world.members):
        member.locale = locale
    mod = world.moderator

    async def reply(label: str, command: str, options: dict[str, Any] | None = None, **kw: Any) -> Any:
        result = await world.invoke(command, options, locale=locale, **kw)
        if result.modal is not None:
            seen.add(label, modal_text(result.modal))
        else:
            message = result.message if result.message is not None else await result.final(WAIT)
            seen.add(label, message_text(message))
        return result

    await reply("/help", "help")
    # Settings first: the server plays and hears notices in this language from now on.
    await reply("/settings language", "settings language", {"language": language}, member=mod)
    await reply("/settings spoilers", "settings spoilers", {"level": "season1"}, member=mod)
    await reply("/settings builtin_trivia", "settings builtin_trivia", {"enabled": False}, member=mod)
    await reply("/settings trivia_role", "settings trivia_role", {}, member=mod)
    await reply(
        "/settings log_channel", "settings log_channel", {"channel": world.channel("general")}, member=mod
    )
    await reply("/settings (a member)", "settings spoilers", {"level": "all"})
    # News.
    await reply("/subscribe", "subscribe", {"channel": world.channel("news")}, member=mod)
    await reply("/subscriptions", "subscriptions")
    checked = await world.invoke("news check", member=mod, locale=locale)
    seen.add("/news check", message_text(await checked.final(20)))
    await reply("/news sources", "news sources")
    await reply("/news feeds list", "news feeds list", member=mod)
    await reply("/news latest", "news latest", {"everything": True})
    [item] = await world.bot.news.latest_items(world.guild.id, limit=1, relevant_only=False)
    await reply("/news explain", "news explain", {"item": str(item.id)})
    await reply("/news explain (unknown)", "news explain", {"item": "999999"})
    await reply("/unsubscribe", "unsubscribe", {"channel": world.channel("news")}, member=mod)
    await reply("/unsubscribe (again)", "unsubscribe", {"channel": world.channel("news")}, member=mod)
    # Trivia curation.
    text, answers, wrong = QUESTIONS[language]
    opened = await reply("/trivia add (form)", "trivia add", member=mod)
    added = await world.fake.submit_modal(
        opened,
        {"question": text, "answers": answers, "wrong": wrong, "category": "lore", "difficulty": "easy"},
    )
    seen.add("/trivia add (saved)", message_text(added.message))
    question_id = int(added.content.split("#")[1].split(".")[0].split(")")[0].split("을")[0])
    await reply("/trivia list", "trivia list", member=mod)
    await reply("/trivia categories", "trivia categories")
    await reply("/trivia edit (form)", "trivia edit", {"id": question_id}, member=mod)
    asked = await reply("/trivia remove (asks)", "trivia remove", {"id": 999999}, member=mod)
    del asked
    exported = await world.invoke("trivia export", member=mod, locale=locale)
    seen.add("/trivia export", message_text(await exported.final(WAIT)))
    await reply("/trivia add (a member)", "trivia add")
    suggest = await reply("/trivia suggest (form)", "trivia suggest")
    suggested = await world.fake.submit_modal(
        suggest, {"question": text + "?", "answers": answers, "wrong": wrong, "category": "lore"}
    )
    seen.add("/trivia suggest (sent)", message_text(suggested.message))
    review = await reply("/trivia review", "trivia review", member=mod)
    reject = next(b for b in review.message.buttons if "reject" in b.custom_id)
    rejected = await world.click(review.message, reject.custom_id, member=mod)
    seen.add("/trivia review (rejected)", message_text(await rejected.final(WAIT)))
    # A game: the start, a question with its buttons, an answer, the stop and the summary.
    started = await reply("/trivia start", "trivia start", {"questions": 1, "seconds": 30}, channel="trivia")
    del started
    question = await world.fake.wait_for_message(world.channel("trivia"), lambda m: bool(m.embeds), WAIT)
    seen.add("trivia question (channel)", message_text(question))
    button = question.buttons[0]
    pressed = await world.click(question, button.custom_id)
    seen.add("trivia answer (pressed)", message_text(pressed.message))
    await reply("/trivia stop", "trivia stop", channel="trivia")
    summary = await world.fake.wait_for_message(
        world.channel("trivia"),
        lambda m: bool(m.embeds) and m.id != question.id and "🏆" not in m.content,
        WAIT,
    )
    seen.add("trivia summary (channel)", message_text(summary))
    await reply("/trivia stop (no game)", "trivia stop", channel="trivia")
    await reply("/trivia leaderboard", "trivia leaderboard")
    await reply("/trivia stats", "trivia stats")
    # Privacy.
    await reply("/privacy show", "privacy show")
    asking = await reply("/privacy delete", "privacy delete")
    cancel = next(b for b in asking.message.buttons if b.style != 4)
    cancelled = await world.click(asking.message, cancel.custom_id)
    seen.add("/privacy delete (cancelled)", message_text(cancelled.message))
    assert not world.fake.rejections
    return seen


def _report(label: str, seen: dict[str, str], korean: dict[str, str]) -> str:
    return f"{label}: {len(korean)} of {len(seen)} replies to a ko member are mostly Korean"


async def test_a_korean_member_reads_korean_everywhere(world: OfflineWorld) -> None:
    """Every reply, button, form and game message for a ko member, lore included, is mostly Korean."""
    seen = await _everything(world, "ko")
    lore = await _collect(world, "ko")
    replies = {**seen.replies, **{f"lore {k}": v for k, v in lore.seen.items()}}
    shares = {label: hangul_share(text) for label, text in replies.items()}
    english = {label: replies[label][:160] for label, share in shares.items() if share < 0.5}
    korean = {label: text for label, text in replies.items() if label not in english}
    print("\n" + _report("every command", replies, korean))
    assert not english, f"mostly Latin for a ko member: {english}"


async def test_an_english_member_reads_no_korean(world: OfflineWorld) -> None:
    """The same run for an en-US member: no hangul outside a name in parentheses."""
    seen = await _everything(world, "en-US")
    leaks = {label: lines for label, text in seen.replies.items() if (lines := hangul_outside_names(text))}
    assert not leaks, f"Korean outside names for an en-US member: {leaks}"


@pytest.fixture(autouse=True)
async def _own_questions_only(world: OfflineWorld) -> None:
    await world.bot.guild_settings.update(world.guild.id, builtin_trivia=False)
