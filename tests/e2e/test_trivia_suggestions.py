"""The suggestion queue through Discord: a member suggests, a moderator reviews, the member hears back."""

from __future__ import annotations

from typing import Any

from bot.offline import OfflineWorld
from bot.trivia.bank import draft_from_fields
from cogs.trivia.views import review_view


async def suggest(world: OfflineWorld, member: Any, question: str, answers: str) -> Any:
    opened = await world.invoke("trivia suggest", member=member)
    assert opened.modal is not None
    return await world.fake.submit_modal(opened, {"question": question, "answers": answers}, member=member)


def dms(world: OfflineWorld, member: Any) -> list[Any]:
    channel = world.fake.dm_channel(world.app, member)
    return world.fake.messages(channel) if channel is not None else []


async def test_suggest_then_approve_tells_the_suggester(world: OfflineWorld) -> None:
    """A queued suggestion approved by a moderator joins the bank, and the member gets a DM."""
    made = await suggest(world, world.member, "Which school is the show set in?", "Hyosan High School")
    assert made.ephemeral
    assert "waiting for a moderator" in made.content
    shown = await world.invoke("trivia review", member=world.moderator)
    assert shown.ephemeral
    assert shown.embeds[0]["description"] == "Which school is the show set in?"
    approve = next(b for b in shown.message.buttons if b.label == "Approve")  # type: ignore[union-attr]
    after = await (await world.click(shown.message, approve.custom_id, member=world.moderator)).final()
    assert "Approved" in after.content
    assert "I told" in after.content
    assert "No suggestions are waiting" in after.content
    questions = await world.bot.get_cog("Trivia").bank.questions(world.guild.id)  # type: ignore[union-attr]
    assert [q.text for q in questions] == ["Which school is the show set in?"]
    [dm] = dms(world, world.member)
    assert "was approved" in dm.content


async def test_reject_with_closed_dms_is_reported_to_the_moderator(world: OfflineWorld) -> None:
    """Rejecting adds nothing; when the member's DMs are closed, the moderator is told so."""
    suggester = world.members[1]
    suggester.user.accepts_dms = False
    await suggest(world, suggester, "Who is <@123> really?", "@everyone")
    shown = await world.invoke("trivia review", member=world.moderator)
    assert not shown.message.mentions_would_ping  # type: ignore[union-attr]
    reject = next(b for b in shown.message.buttons if b.label == "Reject")  # type: ignore[union-attr]
    after = await (await world.click(shown.message, reject.custom_id, member=world.moderator)).final()
    assert "Rejected" in after.content
    assert "DMs are closed" in after.content
    assert await world.bot.get_cog("Trivia").bank.count(world.guild.id) == 0  # type: ignore[union-attr]


async def test_edit_before_approving_and_member_cannot_review(world: OfflineWorld) -> None:
    """A moderator's edit is what enters the bank; a member pressing review buttons is refused."""
    await suggest(world, world.member, "Who is gwinam", "Gwi-nam")
    shown = await world.invoke("trivia review", member=world.moderator)
    edit = next(b for b in shown.message.buttons if b.label == "Edit")  # type: ignore[union-attr]
    opened = await world.click(shown.message, edit.custom_id, member=world.moderator)
    assert opened.modal is not None
    saved = await world.fake.submit_modal(
        opened, {"question": "Who is Yoon Gwi-nam?"}, member=world.moderator
    )
    assert "with your edits" in saved.content
    questions = await world.bot.get_cog("Trivia").bank.questions(world.guild.id)  # type: ignore[union-attr]
    assert [(q.text, q.answers) for q in questions] == [("Who is Yoon Gwi-nam?", ("Gwi-nam",))]
    second = await world.bot.get_cog("Trivia").suggestions.suggest(  # type: ignore[union-attr]
        world.guild.id, world.member.id, draft_from_fields("Second?", "yes")
    )
    # A review message posted in a channel (not ephemeral), so that anyone could press its buttons.
    posted = await world.bot.get_channel(world.channel("general").id).send(view=review_view(second.id))  # type: ignore[union-attr]
    message = next(m for m in world.fake.messages(world.channel("general")) if m.id == posted.id)
    refused = await world.click(message, message.buttons[0].custom_id, member=world.member)
    assert refused.ephemeral
    assert "Manage Server" in refused.content
    assert await world.bot.get_cog("Trivia").suggestions.pending_count(world.guild.id) == 1  # type: ignore[union-attr]


async def test_refused_suggestion_with_a_long_option_still_gets_an_answer(world: OfflineWorld) -> None:
    """A suggestion whose long wrong option repeats its answer is refused in a reply that fits a message."""
    long = "Cheongsan " * 250
    opened = await world.invoke("trivia suggest", member=world.member)
    assert opened.modal is not None
    reply = await world.fake.submit_modal(
        opened, {"question": "Q?", "answers": long, "wrong": f"{long}\nB\nC"}, member=world.member
    )
    assert reply.ephemeral
    assert "can't be saved" in reply.content
    assert "is also an accepted answer" in reply.content
    assert len(reply.content) <= 2000


async def test_suggester_dm_quotes_the_question_as_written(world: OfflineWorld) -> None:
    """The DM quotes the suggestion with its markdown escaped once, so it reads as the member typed it."""
    await suggest(world, world.member, "Who is *On-jo*'s father?", "Nam So-ju")
    shown = await world.invoke("trivia review", member=world.moderator)
    approve = next(b for b in shown.message.buttons if b.label == "Approve")  # type: ignore[union-attr]
    await (await world.click(shown.message, approve.custom_id, member=world.moderator)).final()
    [dm] = dms(world, world.member)
    assert "“Who is \\*On-jo\\*'s father?”" in dm.content
