"""Curating a server's questions through Discord: add/edit/remove/list, import/export, every bad file."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.offline import MEMBER_PERMISSIONS, OfflineWorld

RED_LIST = """AUTHOR: A Red user
DESCRIPTION: Hyosan High, the Red way
CONFIG:
  delay: 15
  max_score: 5
  reveal_answer: true
  payout_multiplier: 1.5
Which city is the show set in?:
- Hyosan
- 효산
How many episodes does season 1 have?:
- 12
Is Cheong-san On-jo's neighbour?:
- true
Who wrote the webtoon?:
- Joo Dong-geun
"""

NATIVE = """format: hyosan-trivia/1
name: ours
questions:
  - question: Who is the class president?
    answers: [Choi Nam-ra, 최남라]
    wrong: [Nam On-jo, Lee Na-yeon, Park Mi-jin]
    category: characters
    difficulty: easy
  - question: What is On-jo's father's job?
    answers: [Firefighter]
    category: characters
"""

CSV = (
    "question,answers,wrong,category,difficulty\n"
    "Which city is the show set in?,Hyosan | 효산,Seoul | Busan | Incheon,places,easy\n"
    '"Who plays Cheong-san, the hero?",Yoon Chan-young,,cast,medium\n'
)


def bank(world: OfflineWorld) -> Any:
    return world.bot.get_cog("Trivia").bank  # type: ignore[union-attr]


async def import_file(world: OfflineWorld, name: str, data: bytes, **options: Any) -> Any:
    result = await world.invoke(
        "trivia import", {"file": world.fake.attach(name, data), **options}, member=world.moderator
    )
    return await result.final(10.0)


async def export_file(world: OfflineWorld, **options: Any) -> tuple[str, bytes]:
    result = await world.invoke("trivia export", options, member=world.moderator)
    message = await result.final(10.0)
    attachment = message.attachments[0]
    return attachment.filename, attachment.data


async def test_add_edit_remove_list_by_a_moderator(world: OfflineWorld) -> None:
    """A moderator adds through a modal, edits it prefilled, lists it and removes it after confirming."""
    opened = await world.invoke("trivia add", member=world.moderator)
    assert opened.modal is not None
    added = await world.fake.submit_modal(
        opened,
        {
            "question": "Who is the class president?",
            "answers": "Choi Nam-ra\n최남라",
            "wrong": "Nam On-jo\nLee Na-yeon\nPark Mi-jin",
            "category": "characters",
            "difficulty": "easy",
        },
    )
    assert added.ephemeral
    assert "Added question #" in added.content
    question_id = int(added.content.split("#")[1].split(".")[0])
    editing = await world.invoke("trivia edit", {"id": question_id}, member=world.moderator)
    prefilled = {
        c["component"]["custom_id"] if "component" in c else c["components"][0]["custom_id"]: (
            c["component"] if "component" in c else c["components"][0]
        ).get("value")
        for c in editing.modal["components"]  # type: ignore[index]
    }
    assert prefilled["question"] == "Who is the class president?"
    assert prefilled["answers"] == "Choi Nam-ra\n최남라"
    saved = await world.fake.submit_modal(editing, {"question": "Who leads class 2-5?"})
    assert f"Saved question #{question_id}" in saved.content
    assert (await bank(world).get(world.guild.id, question_id)).answers == ("Choi Nam-ra", "최남라")
    listed = await world.invoke("trivia list", member=world.moderator)
    assert "Who leads class 2-5?" in listed.embeds[0]["fields"][0]["value"]
    asked = await world.invoke("trivia remove", {"id": question_id}, member=world.moderator)
    assert "can't be undone" in asked.content
    keep, remove = asked.message.buttons[1], asked.message.buttons[0]  # type: ignore[union-attr]
    kept = await world.click(asked.message, keep.custom_id, member=world.moderator)
    assert "Kept" in kept.content
    assert await bank(world).count(world.guild.id) == 1
    asked = await world.invoke("trivia remove", {"id": question_id}, member=world.moderator)
    done = await world.click(asked.message, remove.custom_id, member=world.moderator)
    assert f"Removed question #{question_id}" in done.content
    assert await bank(world).count(world.guild.id) == 0
    missing = await world.invoke("trivia edit", {"id": question_id}, member=world.moderator)
    assert "no question" in missing.content


async def test_invalid_question_in_the_modal_is_explained(world: OfflineWorld) -> None:
    """A modal with two wrong options is refused with the rule, and nothing is stored."""
    opened = await world.invoke("trivia add", member=world.moderator)
    refused = await world.fake.submit_modal(
        opened, {"question": "Where?", "answers": "Hyosan", "wrong": "Seoul\nBusan"}
    )
    assert refused.ephemeral
    assert "2 wrong options" in refused.content
    assert await bank(world).count(world.guild.id) == 0


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("trivia add", {}),
        ("trivia edit", {"id": 1}),
        ("trivia remove", {"id": 1}),
        ("trivia list", {}),
        ("trivia export", {}),
        ("trivia review", {}),
    ],
)
async def test_members_without_permission_are_refused(
    world: OfflineWorld, command: str, options: dict
) -> None:
    """Moderation commands refuse a plain member in the bot itself, politely and privately."""
    refused = await world.invoke(command, options, member=world.member)
    assert refused.ephemeral
    assert "Manage Server" in refused.content
    assert refused.modal is None


async def test_import_refused_for_a_member_and_allowed_with_the_trivia_role(world: OfflineWorld) -> None:
    """The trivia role set with /settings trivia_role lets a member import; without it they are refused."""
    data = NATIVE.encode()
    refused = await world.invoke(
        "trivia import", {"file": world.fake.attach("ours.yaml", data)}, member=world.member
    )
    assert "Manage Server" in refused.content
    role = world.guild.add_role("trivia mods", MEMBER_PERMISSIONS)
    world.member.add_roles(role)
    member_refused = await world.invoke("settings trivia_role", {"role": role}, member=world.member)
    assert "Manage Server" in member_refused.content
    set_role = await world.invoke("settings trivia_role", {"role": role}, member=world.moderator)
    assert "can now" in set_role.content
    result = await world.invoke(
        "trivia import", {"file": world.fake.attach("ours.yaml", data)}, member=world.member
    )
    done = await result.final(10.0)
    assert "Imported **2**" in done.content


async def test_red_list_round_trip(world: OfflineWorld) -> None:
    """A Red list goes in and comes back out as a Red list with the same meaning and its metadata."""
    done = await import_file(world, "hyosan.yaml", RED_LIST.encode())
    assert "Imported **4**" in done.content
    assert "hyosan" in done.content
    name, data = await export_file(world, category="hyosan")
    assert name == "hyosan.yaml"
    original, exported = yaml.safe_load(RED_LIST), yaml.safe_load(data)
    assert exported == original


async def test_red_list_with_a_repeated_question_imports_with_a_note(world: OfflineWorld) -> None:
    """A slip Red itself accepts (a question twice, other answers) imports as Red reads it, with a note."""
    done = await import_file(world, "slip.yaml", b"Who?:\n- Nam-ra\nWhere?:\n- Hyosan\nWho?:\n- On-jo\n")
    assert "Imported **2** questions" in done.content
    assert "line 5: question 'Who?' repeats line 1" in done.content
    questions = await bank(world).questions(world.guild.id)
    assert [(q.text, q.answers) for q in questions] == [("Who?", ("On-jo",)), ("Where?", ("Hyosan",))]


async def test_native_yaml_and_csv_round_trip(world: OfflineWorld) -> None:
    """Our YAML and a CSV import whole and export back to the same questions, fields and all."""
    assert "Imported **2**" in (await import_file(world, "ours.yaml", NATIVE.encode())).content
    _, data = await export_file(world, category="characters", format="yaml")
    exported = yaml.safe_load(data)["questions"]
    assert [q["question"] for q in exported] == [q["question"] for q in yaml.safe_load(NATIVE)["questions"]]
    assert exported[0]["wrong"] == ["Nam On-jo", "Lee Na-yeon", "Park Mi-jin"]
    assert "Imported **2**" in (await import_file(world, "sheet.csv", CSV.encode())).content
    name, data = await export_file(world, category="places", format="csv")
    assert name == "places.csv"
    assert (
        data.decode().splitlines()[1].startswith("Which city is the show set in?,Hyosan | 효산,Seoul | Busan")
    )
    _, cast = await export_file(world, category="cast", format="csv")
    again = await import_file(world, "cast.csv", cast, replace=True)
    assert "replacing 1" in again.content
    assert await bank(world).count(world.guild.id) == 4


def bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev, cur = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines).encode()


BAD_FILES = [
    ("malformed.yaml", b"What?:\n- yes\n  - broken: [\n", "line"),
    ("bomb.yaml", bomb(), "YAML bomb"),
    ("many.csv", ("question,answers\n" + "".join(f"Q{n}?,A{n}\n" for n in range(50_000))).encode(), "50,000"),
    (
        "long.yaml",
        f"format: hyosan-trivia/1\nquestions:\n- question: {'x' * 1999}?\n  answers: [yes]\n".encode(),
        "line 3: question is 2,000 characters long",
    ),
    (
        "dupes.yaml",
        b"format: hyosan-trivia/1\nquestions:\n- {question: Who?, answers: [a]}\n"
        b"- {question: who, answers: [b]}\n",
        "duplicate",
    ),
    ("missing.csv", b"question,wrong\nWho?,a|b|c\n", "'answers' column"),
]


@pytest.mark.parametrize(("name", "data", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
async def test_bad_files_import_nothing_and_name_the_problem(
    world: OfflineWorld, name: str, data: bytes, expected: str
) -> None:
    """Each bad file is refused whole with a message naming the problem, and the bank stays empty."""
    done = await import_file(world, name, data)
    assert done.ephemeral
    assert "Nothing was imported" in done.content
    assert expected in done.content
    assert await bank(world).count(world.guild.id) == 0


async def test_a_10_mb_file_is_refused_before_download(world: OfflineWorld) -> None:
    """A file over the size limit is refused from its declared size, without being downloaded."""
    attachment = world.fake.attach("huge.yaml", b"x" * 10_000_000)
    # Gone from the CDN: a download attempt would fail with another message than the size one.
    del world.fake.attachments[int(attachment["id"])]
    refused = await world.invoke("trivia import", {"file": attachment}, member=world.moderator)
    assert "10,000,000 bytes" in refused.content
    assert "Nothing was imported" in refused.content
    assert await bank(world).count(world.guild.id) == 0


async def test_mentions_and_markdown_are_kept_but_never_ping(world: OfflineWorld) -> None:
    """Mention strings and markdown import as written, and listing or playing them pings nobody."""
    text = (
        "format: hyosan-trivia/1\nquestions:\n"
        "- {question: '@everyone who is **<@123>**?', answers: ['<@&5> _x_']}\n"
    )
    done = await import_file(world, "pings.yaml", text.encode())
    assert "Imported **1**" in done.content
    stored = await bank(world).questions(world.guild.id)
    assert stored[0].text == "@everyone who is **<@123>**?"
    await world.bot.guild_settings.update(world.guild.id, builtin_trivia=False)
    world.bot.settings.trivia_min_seconds = 0.1
    await world.invoke("trivia start", {"seconds": 0.3}, channel="trivia")
    await world.fake.wait_for_message(
        world.channel("trivia"), lambda m: bool(m.embeds) and m.embeds[0].get("title") == "Trivia is over", 10
    )
    assert not any(m.mentions_would_ping for m in world.fake.messages(world.channel("trivia")))


async def test_categories_and_builtin_switch(world: OfflineWorld) -> None:
    """Categories show this server's and the built-in packs; /settings builtin_trivia off hides the latter."""
    await import_file(world, "ours.yaml", NATIVE.encode())
    shown = await world.invoke("trivia categories", member=world.member)
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert "**characters**: 2" in fields["This server's questions"]
    assert "Built-in packs (read-only)" in fields
    await world.invoke("settings builtin_trivia", {"enabled": False}, member=world.moderator)
    shown = await world.invoke("trivia categories", member=world.member)
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Built-in packs"] == "Turned off on this server."


async def test_export_over_the_upload_limit_is_explained(
    world: OfflineWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export larger than the server may upload gets a clear answer instead of a failed upload."""
    import discord

    await import_file(world, "hyosan.yaml", RED_LIST.encode())
    monkeypatch.setattr(discord.Guild, "filesize_limit", property(lambda _guild: 64))
    result = await world.invoke("trivia export", {"category": "hyosan"}, member=world.moderator)
    done = await result.final(10.0)
    assert "upload limit" in done.content
    assert not done.attachments
    assert not world.fake.rejections
