"""Lore embeds: the reader's language, hangul names first for Korean readers, links that work."""

from __future__ import annotations

import re

from bot.lore.models import Dataset
from cogs.lore.embeds import Audience, entry_embed, sources_text
from tests.conftest import shared_dataset


def _dataset() -> Dataset:
    return shared_dataset()


def test_links_render_as_ascii_markdown() -> None:
    """A Korean article's address becomes a percent-encoded link that markdown cannot cut short."""
    nam_on_jo = _dataset().character("nam-on-jo")
    text = sources_text(nam_on_jo.sources, Audience(korean=True))
    assert "[cineplay.co.kr](https://cineplay.co.kr/%EC%9D%B4%EC%8A%88/" in text
    for line in text.splitlines():
        link = re.search(r"\]\(([^)]*)\)", line)
        assert link is None or link.group(1).isascii(), line


def test_sources_are_cut_by_whole_lines() -> None:
    """Too many sources for a field: whole lines are kept and the rest counted, no link cut in half."""
    show = _dataset().show
    text = sources_text(show.sources, Audience(), limit=300)
    assert len(text) <= 300
    assert text.splitlines()[-1].startswith("and ") and text.splitlines()[-1].endswith(" more")
    assert all(line.count("[") == line.count("]") for line in text.splitlines())


def test_outlet_without_address_is_named_not_linked() -> None:
    """A source known only by its outlet shows the name, with no link."""
    show = _dataset().show
    fact = next(f for f in show.facts if "청소년관람불가" in f.text.en)
    text = sources_text(fact.sources, Audience())
    assert text == "u9ang.tistory.com · reported"


def test_korean_reader_gets_korean_fields_and_hangul_first() -> None:
    """Every part of a character's embed switches language; the English reader keeps the hangul in
    parentheses only."""
    dataset = _dataset()
    entry = dataset.character("lee-cheong-san")
    korean = entry_embed("character", entry, dataset, Audience(policy="all", korean=True))
    english = entry_embed("character", entry, dataset, Audience(policy="all"))
    assert korean.title == "🧑 이청산 (Lee Cheong-san)"
    assert english.title == "🧑 Lee Cheong-san (이청산)"
    fields = {f.name: f.value for f in korean.fields}
    assert fields["배우"] == "윤찬영 (Yoon Chan-young)"
    assert fields["관계"].splitlines()[0] == "소꿉친구: 남온조 (Nam On-jo)"
    assert fields["결말"] == "귀남에게 물린 뒤 스스로를 희생한다. (11화)"
    assert {f.name: f.value for f in english.fields}[
        "Fate"
    ] == "Bitten by Gwi-nam, he sacrifices himself. (episode 11)"


def test_every_label_has_korean() -> None:
    """Every label and keyword table has Korean in the catalog, and the Korean is Korean."""
    from cogs.lore import embeds, release

    for table in (embeds.LABELS, embeds.VALUES, release.RELEASE_WORDS):
        english, korean = table("en"), table("ko")
        assert set(english) == set(korean)
        untranslated = [k for k, v in korean.items() if v and not re.search(r"[\uac00-\ud7a3]", v)]
        assert not untranslated
        assert all(korean[k] != english[k] for k, v in english.items() if re.search(r"[a-z]{3}", v))
