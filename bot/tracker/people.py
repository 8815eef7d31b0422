"""Who a news item names: cast members, the characters they play and the show's crew, in hangul or
romanised form.

Reports of one event in two languages share no words, but they name the same people: "Lomon" and
"로몬", "Nam-ra" and "남라". Each name found maps to one person id (a character maps to the actor
who plays them), so two reports can be compared by whom they are about. Names come from the lore
dataset's cast and characters (name, hangul name, aliases), read once on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.config import DEFAULT_DATA_DIR

_HANGUL = re.compile(r"[가-힣]")


class People:
    def __init__(self, names: dict[str, str]) -> None:
        """``names``: every spelling of a name -> the person it names."""
        self._person = {self._key(name): person for name, person in names.items()}
        latin = sorted((n for n in names if not _HANGUL.search(n)), key=len, reverse=True)
        hangul = sorted((n for n in names if _HANGUL.search(n)), key=len, reverse=True)
        self._latin = re.compile(
            r"\b(?:" + "|".join(self._spelling(n) for n in latin) + r")\b" if latin else "(?!)", re.I
        )
        # Hangul names take particles ("로몬이", "박지후·윤찬영"): no word boundary to rely on.
        self._hangul = re.compile("|".join(re.escape(n) for n in hangul) or "(?!)")

    @staticmethod
    def _key(name: str) -> str:
        return re.sub(r"[\s-]+", "", name).casefold()

    @staticmethod
    def _spelling(name: str) -> str:
        """A romanised name with its hyphens and spaces optional: Ji-hu, Jihu, Ji hu."""
        parts = re.split(r"[\s-]+", name)
        return r"[\s-]?".join(re.escape(part) for part in parts)

    def named_in(self, text: str) -> frozenset[str]:
        found = {self._person.get(self._key(m.group(0))) for m in self._latin.finditer(text)}
        if _HANGUL.search(text):
            found |= {self._person.get(self._key(m.group(0))) for m in self._hangul.finditer(text)}
        return frozenset(person for person in found if person)


def _entries(path: Path) -> list[dict[str, Any]]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    return [entry for entry in loaded or [] if isinstance(entry, dict)]


def people_from(data_dir: Path) -> People:
    names: dict[str, str] = {}

    def add(person: str, entry: dict[str, Any]) -> None:
        for name in (entry.get("name"), entry.get("name_ko"), *(entry.get("aliases") or [])):
            # One-letter or one-syllable spellings would match inside other words.
            if isinstance(name, str) and len(name.replace(" ", "")) >= 2:
                names.setdefault(name, person)

    for actor in _entries(data_dir / "cast.yaml"):
        if isinstance(actor.get("id"), str):
            add(actor["id"], actor)
    for character in _entries(data_dir / "characters.yaml"):
        person = character.get("actor") or character.get("id")
        if isinstance(person, str):
            add(person, character)
    for credit in _credits(data_dir / "show.yaml"):
        if isinstance(credit.get("name"), str):
            add(f"crew:{People._key(credit['name'])}", credit)
    return People(names)


def _credits(path: Path) -> list[dict[str, Any]]:
    """The show's crew (directors, writers), wherever show.yaml lists ``credits``."""
    found: list[dict[str, Any]] = []
    pending: list[Any] = [yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            credits = node.get("credits")
            if isinstance(credits, list):
                found += [credit for credit in credits if isinstance(credit, dict)]
            pending += [value for key, value in node.items() if key != "credits"]
        elif isinstance(node, list):
            pending += node
    return found


@lru_cache(maxsize=1)
def known_people() -> People:
    """The people of the built-in dataset."""
    return people_from(DEFAULT_DATA_DIR)
