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
        # "Lee Jae-kyu" is Lee Jae-kyoo: outlets spell one name many ways, so full romanised names
        # are also matched by how they sound.
        self._by_sound = {
            _sound(n): person for n, person in names.items() if not _HANGUL.search(n) and " " in n
        }

    @staticmethod
    def _key(name: str) -> str:
        return re.sub(r"[\s-]+", "", name).casefold()

    @staticmethod
    def _spelling(name: str) -> str:
        """A romanised name with its hyphens and spaces optional: Ji-hu, Jihu, Ji hu."""
        parts = re.split(r"[\s-]+", name)
        return r"[\s-]?".join(re.escape(part) for part in parts)

    def named_in(self, text: str) -> frozenset[str]:
        found = {
            self._person.get(self._key(m.group(0)))
            for m in self._latin.finditer(text)
            if not self._someone_else(text, m, _SURNAME_BEFORE_EN)
        }
        found |= {self._by_sound.get(_sound(m.group(0))) for m in _FULL_ROMANISED_NAME.finditer(text)}
        if _HANGUL.search(text):
            found |= {
                self._person.get(self._key(m.group(0)))
                for m in self._hangul.finditer(text)
                if not self._someone_else(text, m, _SURNAME_BEFORE_KO)
            }
        return frozenset(person for person in found if person)

    def _someone_else(self, text: str, match: re.Match[str], surname: re.Pattern[str]) -> bool:
        """A given name after a surname that makes no name the dataset knows: "Kang Min-jae" is not
        Jung Min-jae, "강민재" not 정민재."""
        before = surname.search(text, max(0, match.start() - 12), match.start())
        return before is not None and self._key(before.group(1) + match.group(0)) not in self._person


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


# Newcomers the dataset does not know yet: a Korean name beside "신예", "배우" or "측", a romanised one
# after a Korean surname. Outlets spell a given name many ways ("Seo-yoon", "Seo Yoon", "서윤"), so
# both are reduced to how it sounds: the Revised Romanization of the hangul, with the spellings
# English-language outlets use for the same sounds folded together.
_SURNAMES_KO = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방"
)
# "신예 한서연이", "새 얼굴은 한서연": a particle may follow the name.
_KOREAN_NAME = re.compile(
    rf"(?:신예|배우|신인|아역|새\s*얼굴\S?)\s*[{_SURNAMES_KO}]([가-힣]{{2}})(?=(?:이|가|은|는|도|의|을|를|와|과)?(?![가-힣]))|"
    rf"(?<![가-힣])[{_SURNAMES_KO}]([가-힣]{{2}})(?=\s*측)"
)
# The newcomer an item recalls as earlier news ("한서연에 이어", "a day after fellow newcomer Han
# Seo-yeon was confirmed") is not the one it reports.
_EARLIER_AFTER = re.compile(r"\S{0,2}\s*(?:에\s*)?이어")
_EARLIER_BEFORE = re.compile(r"\b(?:after|following|joining|joins)\s+(?:\w+\s+){0,4}$", re.I)
_SURNAMES_EN = (
    "Han|Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Jo|Yoon|Yun|Jang|Lim|Im|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|"
    "Ryu|Yoo|Yu|Jeon|Hong|Ko|Go|Moon|Yang|Son|Bae|Baek|Heo|Nam|Shim|Sim|Noh|Roh|Ha|Kwak|Sung|Seong|Cha|"
    "Joo|Ju|Woo|Koo|Min|Jin|Na|Ji|Chae|Won|Chun|Cheon|Bang"
)
_FULL_ROMANISED_NAME = re.compile(
    rf"\b(?:{_SURNAMES_EN})[ ]+[A-Z][a-z]{{1,5}}(?:-|[ ])?[A-Za-z][a-z]{{1,5}}\b"
)
# A name is written on one line: a headline's last word and the summary's first are not one name.
_ROMANISED_NAME = re.compile(
    rf"\b(?:{_SURNAMES_EN})[ ]+([A-Z][a-z]{{1,5}})(?:-|[ ])?([A-Za-z][a-z]{{1,5}})\b"
)
# A surname just before a name the dataset knows as a given name alone ("Kang Min-jae", "강민재").
_SURNAME_BEFORE_EN = re.compile(rf"(?<![\w-])((?:{_SURNAMES_EN}))[ ]+$")
_SURNAME_BEFORE_KO = re.compile(rf"(?<![가-힣])([{_SURNAMES_KO}])$")
_INITIALS = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
# "Myung-soo" and 명수 (myeongsu), "Sung" and 성 (seong): English spellings write "eong" as "ung";
# "Seo-ah" is 서아 (seoa); "You-bin" is 유빈 (yubin).
_SOUNDS = (
    ("oo", "u"), ("ou", "u"), ("eo", "o"), ("ung", "ong"), ("ah", "a"), ("ae", "e"), ("ee", "i"), ("k", "g"),
    ("p", "b"), ("t", "d"), ("r", "l"),
)  # fmt: skip


def _romanised(hangul: str) -> str:
    syllables = []
    for char in hangul:
        code = ord(char) - 0xAC00
        syllables.append(_INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28])
    return "".join(syllables)


def _sound(spelling: str) -> str:
    key = re.sub(r"[^a-z]", "", spelling.lower())
    for written, heard in _SOUNDS:
        key = key.replace(written, heard)
    return key


def newcomers(text: str) -> frozenset[str]:
    """Given names of people the dataset may not know, as they sound: 서윤, Seo-yoon and Seo Yoon are
    all "soyun"."""
    found = {
        _sound(_romanised(m.group(1) or m.group(2)))
        for m in _KOREAN_NAME.finditer(text)
        if not _EARLIER_AFTER.match(text, m.end())
    }
    found |= {
        _sound(m.group(1) + m.group(2))
        for m in _ROMANISED_NAME.finditer(text)
        if not _EARLIER_BEFORE.search(text, max(0, m.start() - 50), m.start())
    }
    return frozenset(found)


_ANY_KOREAN_NAME = re.compile(rf"(?<![가-힣])[{_SURNAMES_KO}]([가-힣]{{2}})")


def any_names(text: str) -> frozenset[str]:
    """Every word that could be a Korean name, as ``newcomers`` sounds it, with no word around it to say
    so: looser than ``newcomers``, only ever a reason to keep two reports together."""
    found = {_sound(_romanised(m.group(1))) for m in _ANY_KOREAN_NAME.finditer(text)}
    return frozenset(found | {_sound(m.group(1) + m.group(2)) for m in _ROMANISED_NAME.finditer(text)})


@lru_cache(maxsize=1)
def known_people() -> People:
    """The people of the built-in dataset."""
    return people_from(DEFAULT_DATA_DIR)
