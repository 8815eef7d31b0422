"""Lore answers speak the member's language: every entity of every lore command, as ko and as en-US.

A Korean member's reply (title, description, field names and values, footer, every page) must be
mostly hangul; an English member's reply must hold no hangul outside a name in parentheses. Names in
parentheses, links, addresses, code, ids, timestamps and digits do not count either way: they are the
same in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.lore.models import Entry
from bot.offline import OfflineWorld

NAME_OPTIONS = {"character": "name", "cast": "actor", "variant": "name", "location": "name"}

_NOT_PROSE = [
    re.compile(r"\[[^\]]*\]\([^)]*\)"),  # markdown links: the visible text is a site or outlet name
    re.compile(r"https?://\S+"),
    re.compile(r"<t:\d+(?::\w)?>"),  # Discord timestamps
    re.compile(r"`[^`]*`"),
    re.compile(r"\bid: [a-z0-9-]+"),
    re.compile(r"\b[\w-]+(?:\.[\w-]+)+\.[a-z]{2,}\b|\b[\w-]+\.(?:com|org|net|kr|in|co)\b"),  # hosts
]
_PARENS = re.compile(r"\([^()]*\)")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


def _prose(text: str) -> str:
    for pattern in _NOT_PROSE:
        text = pattern.sub(" ", text)
    while _PARENS.search(text):
        text = _PARENS.sub(" ", text)
    return text


def hangul_share(text: str) -> float:
    """Hangul syllables among hangul and Latin letters of the prose (1.0 when there are none)."""
    prose = _prose(text)
    hangul, latin = len(_HANGUL.findall(prose)), len(_LATIN.findall(prose))
    return hangul / (hangul + latin) if hangul + latin else 1.0


def hangul_outside_names(text: str) -> list[str]:
    """Lines holding hangul that is not a name in parentheses."""
    return [line for line in text.splitlines() if _HANGUL.search(_prose(line))]


def embed_text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    for f in embed.get("fields", []):
        parts += [f["name"], f["value"]]
    return "\n".join(p for p in parts if p)


@dataclass
class Replies:
    """What one member saw, per command and entity."""

    locale: str
    seen: dict[str, str] = field(default_factory=dict)

    @property
    def korean(self) -> bool:
        return self.locale == "ko"


async def _pages(world: OfflineWorld, result: Any) -> list[dict[str, Any]]:
    """Every page of a reply: the buttons are pressed until the last page."""
    message = result.message
    pages = [message.embeds[0]]
    while True:
        nxt = next((b for b in message.buttons if b.custom_id == "page:next"), None)
        if nxt is None or nxt.disabled:
            return pages
        message = (await world.click(message, nxt.custom_id)).message
        pages.append(message.embeds[0])


def _query(entry: Entry, korean: bool) -> str:
    return entry.name_ko if korean and entry.name_ko else entry.name


async def _collect(world: OfflineWorld, locale: str) -> Replies:
    replies = Replies(locale)
    dataset = world.bot.dataset

    async def ask(
        label: str,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        paged: bool = False,
        echo: str = "",
    ) -> None:
        result = await world.invoke(command, options, locale=locale)
        assert result.embeds and not result.ephemeral, (label, result.content)
        pages = await _pages(world, result) if paged else result.embeds
        text = "\n\n".join(embed_text(e) for e in pages)
        # What the member typed, echoed back, is their words, not the bot's language.
        replies.seen[label] = text.replace(echo, " ") if echo else text

    for kind, option in NAME_OPTIONS.items():
        for entry in dataset.of(kind):
            typed = _query(entry, replies.korean)
            choices = await world.autocomplete(kind, {option: typed}, focused=option, locale=locale)
            assert entry.id in [c["value"] for c in choices], (kind, typed)
            await ask(f"/{kind} {entry.id}", kind, {option: entry.id})
    await ask("/cast", "cast", paged=True)
    for entry in dataset.of("episode"):
        await ask(f"/episode {entry.number}", "episode", {"number": entry.number})  # type: ignore[attr-defined]
    await ask("/about", "about")
    await ask("/release", "release", paged=True)
    for kind, entry in dataset:
        query = _query(entry, replies.korean)
        await ask(f"/search {kind}:{entry.id}", "search", {"query": query}, echo=query)
    assert not world.fake.rejections
    return replies


def test_hangul_share_ignores_names_links_and_digits() -> None:
    """The measure itself: prose counts, names in parentheses, links, ids and digits do not."""
    assert hangul_share("Nam On-jo is a student of Class 2-5.") == 0.0
    assert (
        hangul_share("남온조 (Nam On-jo) · 2학년 5반 학생 [slashfilm.com](https://www.slashfilm.com/x)")
        == 1.0
    )
    assert hangul_share("시즌 1에서 Park Sun-hwa 역을 맡았다.") < 0.5
    assert hangul_outside_names("Nam On-jo (남온조)\nKorean terms: 절비") == ["Korean terms: 절비"]


async def test_korean_member_gets_korean_everywhere(world: OfflineWorld) -> None:
    """As a ko member, every lore reply for every entity is mostly Korean."""
    replies = await _collect(world, "ko")
    shares = {label: hangul_share(text) for label, text in replies.seen.items()}
    latin = {label: round(share, 2) for label, share in shares.items() if share < 0.5}
    korean = len(shares) - len(latin)
    print(
        f"\nko replies mostly Korean: {korean}/{len(shares)} "
        f"(lowest hangul share {min(shares.values()):.2f}, mean {sum(shares.values()) / len(shares):.2f})"
    )
    assert not latin, f"mostly Latin for a ko member: {latin}"
    assert len(shares) > 200


async def test_english_member_gets_no_korean_outside_names(world: OfflineWorld) -> None:
    """As an en-US member, no reply holds hangul except names in parentheses."""
    replies = await _collect(world, "en-US")
    leaks = {label: lines for label, text in replies.seen.items() if (lines := hangul_outside_names(text))}
    print(
        f"\nen-US replies without Korean outside names: {len(replies.seen) - len(leaks)}/{len(replies.seen)}"
    )
    assert not leaks, f"Korean outside names for an en-US member: {leaks}"


@pytest.mark.parametrize(
    ("entity", "korean_title", "footer_note"),
    [
        ("seo-hyo-ryung", "효령 (Seo Hyo-ryung)", "이름만 나와"),
        ("park-sun-hwa", "Park Sun-hwa", "찾지 못해 로마자로"),
        ("nam-on-jo", "남온조 (Nam On-jo)", None),
    ],
)
async def test_hangul_name_first_or_said_to_be_missing(
    world: OfflineWorld, entity: str, korean_title: str, footer_note: str | None
) -> None:
    """ko: the hangul name leads; a partial or missing one is explained, never transliterated."""
    embed = (await world.invoke("character", {"name": entity}, locale="ko")).embeds[0]
    assert embed["title"].endswith(korean_title)
    footer = embed["footer"]["text"]
    if footer_note is None:
        assert "한글 이름" not in footer
    else:
        assert footer_note in footer
