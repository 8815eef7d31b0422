"""The dataset in Korean: every text a member reads has its Korean, every person a hangul name or an
explicit "not found", and every source a link that works or none at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot.config import DEFAULT_DATA_DIR
from bot.lore.models import KINDS, Actor, Character, Credit, Dataset, Person, Source, Text

REPO = Path(__file__).resolve().parents[3]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# A seed document's file name: three digits, an underscore and a 16-digit hex hash.
SEED_FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{16}(?:\.txt)?")
SEED_REF = re.compile(r"seed:\d")
URL = re.compile(r"https?://[^\s'\"]+")

# Hangul names as Korean press articles print them (the articles are cited on each entry).
HANGUL_NAMES = {
    "nam-on-jo": ("남온조", "full"),
    "lee-cheong-san": ("이청산", "full"),
    "choi-nam-ra": ("최남라", "full"),
    "lee-su-hyeok": ("이수혁", "full"),
    "yoon-gwi-nam": ("윤귀남", "full"),
    "lee-na-yeon": ("이나연", "full"),
    "lee-byeong-chan": ("이병찬", "full"),
    "song-jae-ik": ("송재익", "full"),
    "nam-so-ju": ("남소주", "full"),
    "han-gyeong-su": ("경수", "given-name"),
    "yang-dae-su": ("대수", "given-name"),
    "seo-hyo-ryung": ("효령", "given-name"),
    "jang-woo-jin": ("우진", "given-name"),
    "park-mi-jin": ("박미진", "full"),
    "jang-ha-ri": ("장하리", "full"),
    "kim-ji-min": ("김지민", "full"),
    "yoon-i-sak": ("윤이삭", "full"),
    "jung-min-jae": ("정민재", "full"),
    "yoo-jun-seong": ("유준성", "full"),
    "joon-yeong": ("준영", "full"),
    "park-sun-hwa": (None, "not-found"),
    "min-eun-ji": ("민은지", "full"),
    "lee-jin-su": (None, "not-found"),
    "kim-hyeon-ju": ("김현주", "full"),
    "hee-soo": ("희수", "full"),
    "yong-ma-ru": ("용마루", "full"),
    "so-ju-ran": ("주란", "given-name"),
    "lee-jong-a": ("종아", "given-name"),
    "han-du-seok": ("한두석", "full"),
    "park-ji-hu": ("박지후", "full"),
    "yoon-chan-young": ("윤찬영", "full"),
    "cho-yi-hyun": ("조이현", "full"),
    "lomon": ("로몬", "full"),
    "yoo-in-soo": ("유인수", "full"),
    "lee-yoo-mi": ("이유미", "full"),
    "kim-byung-chul": ("김병철", "full"),
    "lee-kyu-hyung": ("이규형", "full"),
    "jeon-bae-soo": ("전배수", "full"),
    "ham-sung-min": ("함성민", "full"),
    "lim-jae-hyuk": ("임재혁", "full"),
    "kim-bo-yoon": ("김보윤", "full"),
    "son-sang-yeon": ("손상연", "full"),
    "lee-eun-saem": ("이은샘", "full"),
    "ha-seung-ri": ("하승리", "full"),
    "kim-jin-young": ("김진영", "full"),
    "kim-joo-ah": ("김주아", "full"),
    "jin-ho-eun": ("진호은", "full"),
    "yang-han-yeol": ("양한열", "full"),
    "ahn-seung-gyun": ("안승균", "full"),
    "lee-sang-hee": ("이상희", "full"),
    "oh-hye-soo": ("오혜수", "full"),
    "lee-min-goo": ("이민구", "full"),
    "jung-yi-seo": ("정이서", "full"),
    "lee-chae-eun": ("이채은", "full"),
    "lee-min-jae": ("이민재", "full"),
    "kim-si-eun": ("김시은", "full"),
    "yoon-ga-i": ("윤가이", "full"),
    "roh-jae-won": ("노재원", "full"),
    "ahn-dong-goo": (None, "not-found"),
}
CREW = {"Lee Jae-kyoo": "이재규", "Kim Nam-su": "김남수", "Chun Sung-il": "천성일"}


def _walk(node: object, path: str) -> Iterator[tuple[str, object]]:
    """Every model and value under `node`, with its path (summary.ko, fate.text, sources[2] ...)."""
    yield path, node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _walk(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, tuple):
        for i, item in enumerate(node):
            yield from _walk(item, f"{path}[{i}]")


def _lore_files() -> list[Path]:
    return [DEFAULT_DATA_DIR / file_name for file_name, _model in KINDS.values()]


def test_every_text_has_korean(real_dataset: Dataset) -> None:
    """Each entry's texts (summary, description, reveals, relations, fates, arcs, traits, notes) have
    Korean with hangul, written apart from the English."""
    counted = 0
    for kind, entry in real_dataset:
        assert entry.name_ko or getattr(entry, "hangul", None) == "not-found", (kind, entry.id)
        for path, node in _walk(entry, entry.id):
            if isinstance(node, Text):
                counted += 1
                assert HANGUL.search(node.ko), path
                assert node.ko != node.en, path
    assert counted > 200


def test_no_member_text_is_a_plain_string() -> None:
    """Every free-text field a member reads is a `Text`: a new English-only field fails here."""
    plain_text_fields = {
        # names, ids, dates and keywords: not prose (names have name_ko and hangul beside them)
        "id", "name", "name_ko", "aliases", "date", "english", "hangul", "romanized", "literal",
        "imdb", "wikipedia", "title", "title_ko", "author", "author_ko", "years", "directors", "writers",
        "production", "ref", "outlet", "note", "character", "actor", "part_of", "members",
        "filming_location", "runtime_min",
    }  # fmt: skip
    for _file, model in KINDS.values():
        for path, annotation in _annotations(model):
            name = path.rsplit(".", 1)[-1]
            if "str" in annotation and "Text" not in annotation and "Literal" not in annotation:
                if name == "note":
                    assert path.endswith("sources.note") or "Source" in path, path
                assert name in plain_text_fields, f"{path} is a plain string: make it a Text"


def _annotations(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, str]]:
    for name, info in model.model_fields.items():
        path = f"{prefix}{model.__name__}.{name}"
        yield path, repr(info.annotation)
        for arg in _models_in(info.annotation):
            if arg is not model and not issubclass(arg, Text):
                yield from _annotations(arg, f"{path}.")


def _models_in(annotation: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _models_in(arg)


@pytest.mark.parametrize(("entry_id", "expected"), sorted(HANGUL_NAMES.items()))
def test_hangul_names_as_korean_sources_give_them(
    real_dataset: Dataset, entry_id: str, expected: tuple[str | None, str]
) -> None:
    """Each person's hangul name is the one Korean sources print, or explicitly not found."""
    found = real_dataset.find(entry_id)
    assert found is not None
    person = found[1]
    assert isinstance(person, Person)
    assert (person.name_ko, person.hangul) == expected
    if person.hangul != "not-found":
        assert any("hangul name" in (s.note or "") for s in person.sources) or entry_id == "lee-sang-hee"


def test_every_person_is_covered(real_dataset: Dataset) -> None:
    """No character or cast member is left out of the hangul table above; crew have theirs too."""
    people = {e.id for _k, e in real_dataset if isinstance(e, Character | Actor)}
    assert people == set(HANGUL_NAMES)
    credits: dict[str, Credit] = {c.name: c for c in real_dataset.show.credits}
    for name, hangul in CREW.items():
        assert (credits[name].name_ko, credits[name].hangul) == (hangul, "full")
    assert {c.hangul for n, c in credits.items() if n not in CREW} == {"not-found"}
    assert real_dataset.show.based_on.author_ko == "주동근"


def test_no_incomplete_links_in_the_dataset(real_dataset: Dataset) -> None:
    """No address in the lore files is shortened with "..." or "…"; every source links or names."""
    for path in _lore_files():
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for url in URL.findall(line):
                assert "..." not in url and "…" not in url, f"{path.name}:{line_no}: {url}"
    for _kind, entry in real_dataset:
        for path, node in _walk(entry, entry.id):
            if isinstance(node, Source):
                assert node.ref or node.outlet or node.seed, path
                if node.ref:
                    assert node.ref.startswith("https://") and "..." not in node.ref, path


def test_seed_material_is_never_named_by_file() -> None:
    """Seed documents appear as what they are; their file names are nowhere in data/ or the code."""
    roots = [REPO / "data", REPO / "bot", REPO / "cogs", REPO / "tests", REPO / "bench"]
    offenders = []
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix not in {".py", ".yaml", ".yml", ".md", ".txt"} or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if SEED_FILE_NAME.search(text) or SEED_REF.search(text):
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders


def test_data_headers_describe_themselves() -> None:
    """The lore files explain their schema and statuses (tests/test_repository_stands_alone.py checks
    that nothing points outside the repository)."""
    for path in _lore_files():
        header = "".join(
            line for line in path.read_text(encoding="utf-8").splitlines(True) if line[:1] == "#"
        )
        for word in ("confirmed", "reported", "seed", "ko:", "https"):
            assert word in header, (path.name, word)
