"""How trivia looks in Discord: questions, reveals, summaries, leaderboards, question lists.

Question and answer texts come from moderators and imported files: markdown is escaped so they
show as written, and nothing here adds allowed mentions (the bot's default pings nobody).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import discord

from bot.lore.models import Dataset, Episode
from bot.text import clip, field_chunks, fit_embed
from bot.trivia.engine import (
    EndReason,
    OptionLayout,
    RoundResult,
    SessionSummary,
    TriviaRound,
)
from bot.trivia.models import Mode, Question
from bot.trivia.scores import LeaderboardEntry, Period, PlayerRecord
from bot.trivia.wording import count_of
from cogs.common.pagination import chunk

log = logging.getLogger(__name__)

COLOUR = discord.Colour.from_rgb(196, 40, 40)
RIGHT = discord.Colour.green()
QUESTIONS_PER_PAGE = 8

END_REASONS = {
    EndReason.FINISHED: "All questions played.",
    EndReason.WON: "We have a winner!",
    EndReason.IDLE: "Nobody answered the last questions, so the game ended itself.",
    EndReason.STOPPED: "The game was stopped.",
    EndReason.SHUTDOWN: "The game was stopped because Hyosan is restarting. Scores so far are saved.",
}


def escape(text: str) -> str:
    return discord.utils.escape_markdown(text)


def timestamp(moment: datetime, style: str = "R") -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def question_embed(trivia_round: TriviaRound, total: int, *, game_mode: Mode | None = None) -> discord.Embed:
    """A question with its countdown; ``game_mode`` says when this round is typed in a buttons game."""
    question = trivia_round.question
    embed = discord.Embed(
        title=f"Question {trivia_round.number} of {total}",
        description=escape(question.text),
        colour=COLOUR,
    )
    if trivia_round.mode is Mode.BUTTONS and trivia_round.layout is OptionLayout.LETTERED:
        # Options longer than a button label are listed here; the buttons carry only the letters.
        for option in trivia_round.options:
            embed.add_field(name=option.letter, value=clip(escape(option.text), 1024), inline=False)
    if trivia_round.mode is Mode.BUTTONS:
        how = "Press a button to answer."
    elif game_mode is Mode.BUTTONS:
        # Imported questions without enough wrong options have no buttons to offer.
        how = "No options for this one: press **Answer** and type it."
    else:
        how = "Press **Answer** to type yours."
    # Discord shows <t:..:R> as a live "in 12 seconds", so it reads as a countdown on every client.
    embed.add_field(
        name=f"⏱ {seconds_text(trivia_round.seconds)}",
        value=f"{how} Closes {timestamp(trivia_round.closes_at)}.",
        inline=False,
    )
    embed.set_footer(text=f"{question.category} · {question.difficulty.value}")
    return fit_embed(embed)


def seconds_text(seconds: float) -> str:
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"


def _mention(member_id: int) -> str:
    return f"<@{member_id}>"


def reveal_embed(
    result: RoundResult,
    *,
    use_spoilers: bool = False,
    reveal_answer: bool = True,
    learn_more: str | None = None,
) -> discord.Embed:
    """The answer, the question it answers, how the room voted and who was right (fastest first).

    ``reveal_answer`` False (a Red list's CONFIG) keeps the answer secret when nobody found it, as
    Red does on a timeout. ``learn_more`` points at the lore command that tells more (built-ins).
    """
    if not reveal_answer and not result.right:
        return _secret_reveal(result)
    trivia_round = result.round
    question = trivia_round.question
    answer = escape(result.answer)
    correct = trivia_round.correct_option
    if correct is not None:
        answer = f"{correct.letter}. {answer}"
    if use_spoilers:
        answer = f"||{answer}||"
    # The question is repeated because the question message may have scrolled away by now.
    lines = [f"> {clip(escape(question.text), 300).replace(chr(10), ' ')}", f"**{answer}**"]
    aliases = [a for a in question.answers[1:] if a != result.answer]
    if trivia_round.mode is Mode.TYPED and aliases:
        also = clip(", ".join(escape(a) for a in aliases), 300)
        lines.append(f"Also accepted: {f'||{also}||' if use_spoilers else also}")
    embed = discord.Embed(
        title=f"Question {trivia_round.number}: the answer", description="\n".join(lines), colour=RIGHT
    )
    if result.right:
        right = [
            f"{'⚡ ' if n == 0 and len(result.right) > 1 else ''}{_mention(a.member_id)}: "
            f"{a.elapsed:.1f} s, +{a.points}"
            for n, a in enumerate(result.right)
        ]
        for n, value in enumerate(field_chunks(right)[:3]):
            embed.add_field(name="Right" if n == 0 else "\u200b", value=value, inline=False)
    else:
        embed.add_field(name="Right", value="Nobody this time.", inline=False)
    if result.wrong:
        embed.add_field(name="Wrong", value=count_of(len(result.wrong), "member"), inline=True)
    if trivia_round.options and trivia_round.answers:
        picks = {o.letter: 0 for o in trivia_round.options}
        for given in trivia_round.answers.values():
            picks[given.given] = picks.get(given.given, 0) + 1
        votes = " · ".join(
            f"**{letter}: {n}**" if correct is not None and letter == correct.letter else f"{letter}: {n}"
            for letter, n in picks.items()
        )
        embed.add_field(name="Picks", value=votes, inline=True)
    if learn_more:
        embed.set_footer(text=learn_more)
    return fit_embed(embed)


def _secret_reveal(result: RoundResult) -> discord.Embed:
    trivia_round = result.round
    lines = [
        f"> {clip(escape(trivia_round.question.text), 300).replace(chr(10), ' ')}",
        "Out of time! Nobody found it, and this list keeps its answers secret.",
    ]
    embed = discord.Embed(
        title=f"Question {trivia_round.number}: time's up", description="\n".join(lines), colour=COLOUR
    )
    if result.wrong:
        embed.add_field(name="Wrong", value=count_of(len(result.wrong), "member"), inline=True)
    return fit_embed(embed)


#: The lore command that shows each kind of dataset entry, for the reveal's "learn more" line.
_LORE_COMMANDS = {
    "character": "/character name:{name}",
    "cast": "/cast actor:{name}",
    "variant": "/variant name:{name}",
    "location": "/location name:{name}",
    "timeline": "/release",
    "show": "/about",
}


def lore_pointer(dataset: Dataset, question: Question) -> str | None:
    """ "More: /character name:Nam On-jo" for a question backed by a dataset entry, else None."""
    found = dataset.find(question.ref) if question.ref else None
    if found is None:
        return None
    kind, entry = found
    if isinstance(entry, Episode):
        command = f"/episode number:{entry.number}"
    elif kind in _LORE_COMMANDS:
        command = _LORE_COMMANDS[kind].format(name=entry.name)
    else:
        return None
    return f"More about this: {command}"


def _standing_lines(entries: Sequence[tuple[int, int, int, int, int]]) -> list[str]:
    return [
        f"**{rank}.** {_mention(member)}: {count_of(points, 'point')}, {correct}/{played} right"
        for rank, member, points, correct, played in entries
    ]


def summary_embed(summary: SessionSummary, leaderboard: Sequence[LeaderboardEntry]) -> discord.Embed:
    description = END_REASONS[summary.reason]
    if summary.stopped_by is not None:
        description = f"The game was stopped by {_mention(summary.stopped_by)}."
    winner = summary.winner
    if winner is not None and summary.reason is not EndReason.SHUTDOWN:
        tied = sum(1 for s in summary.standings if s.rank == 1) > 1
        if not tied:
            description += f"\n🏆 {_mention(winner.member_id)} wins with {count_of(winner.points, 'point')}!"
    embed = discord.Embed(title="Trivia is over", description=description, colour=COLOUR)
    standings = [
        (s.rank, s.stats.member_id, s.stats.points, s.stats.correct, s.stats.played)
        for s in summary.standings
    ]
    lines = _standing_lines(standings[:15]) or ["Nobody answered."]
    if len(standings) > 15:
        lines.append(f"… and {count_of(len(standings) - 15, 'more player')}")
    embed.add_field(
        name=f"This game ({count_of(summary.rounds_played, 'question')})",
        value="\n".join(lines),
        inline=False,
    )
    if leaderboard:
        server = [(e.rank, e.member_id, e.points, e.correct, e.played) for e in leaderboard]
        embed.add_field(name="Server leaderboard", value="\n".join(_standing_lines(server)), inline=False)
    return fit_embed(embed)


def leaderboard_embed(entries: Sequence[LeaderboardEntry], period: Period) -> discord.Embed:
    titles = {Period.ALL: "all time", Period.MONTH: "last 30 days", Period.WEEK: "last 7 days"}
    embed = discord.Embed(title=f"Trivia leaderboard: {titles[period]}", colour=COLOUR)
    if not entries:
        embed.description = "No games yet. Start one with `/trivia start`."
    else:
        embed.description = "\n".join(
            _standing_lines([(e.rank, e.member_id, e.points, e.correct, e.played) for e in entries])
        )
    return fit_embed(embed)


def stats_embed(record: PlayerRecord, display_name: str) -> discord.Embed:
    embed = discord.Embed(title=f"Trivia stats: {escape(display_name)}", colour=COLOUR)
    if not record.games:
        embed.description = "No trivia played here yet."
        return fit_embed(embed)
    embed.add_field(name="Games", value=str(record.games))
    embed.add_field(name="Answered", value=str(record.played))
    embed.add_field(name="Right", value=str(record.correct))
    embed.add_field(name="Accuracy", value=f"{record.accuracy:.0%}")
    embed.add_field(name="Best streak", value=str(record.best_streak))
    embed.add_field(name="Points", value=str(record.points))
    return fit_embed(embed)


def question_detail_embed(question: Question, *, title: str | None = None) -> discord.Embed:
    """One question with every field, for moderators (add, edit, review, remove)."""
    embed = discord.Embed(
        title=title or (f"Question #{question.id}" if question.id is not None else "Question"),
        description=escape(question.text),
        colour=COLOUR,
    )
    embed.add_field(
        name="Answers", value=clip(", ".join(escape(a) for a in question.answers), 1024), inline=False
    )
    wrong = ", ".join(escape(w) for w in question.wrong) if question.wrong else "none (typed only)"
    embed.add_field(name="Wrong options", value=clip(wrong, 1024), inline=False)
    embed.add_field(name="Category", value=escape(question.category))
    embed.add_field(name="Difficulty", value=question.difficulty.value)
    return fit_embed(embed)


def question_list_pages(questions: Sequence[Question], heading: str) -> list[discord.Embed]:
    pages: list[discord.Embed] = []
    groups = chunk(list(questions), QUESTIONS_PER_PAGE)
    for number, group in enumerate(groups, start=1):
        embed = discord.Embed(title=heading, colour=COLOUR)
        if not group:
            embed.description = "No questions yet. Add one with `/trivia add` or `/trivia import`."
        for q in group:
            name = f"#{q.id} · {q.category} · {q.difficulty.value}" if q.id is not None else q.category
            value = f"{clip(escape(q.text), 300)}\n→ {clip(escape(q.canonical_answer), 200)}"
            embed.add_field(name=clip(name, 256), value=value, inline=False)
        embed.set_footer(text=f"Page {number}/{len(groups)} · {count_of(len(questions), 'question')}")
        pages.append(fit_embed(embed))
    return pages


def categories_embed(own: dict[str, int], builtin: dict[str, int] | None) -> discord.Embed:
    embed = discord.Embed(title="Trivia categories", colour=COLOUR)
    lines = [f"**{escape(name)}**: {n}" for name, n in own.items()] or ["None yet."]
    for n, value in enumerate(field_chunks(lines)[:10]):
        embed.add_field(name="This server's questions" if n == 0 else "\u200b", value=value, inline=False)
    if builtin is None:
        embed.add_field(name="Built-in packs", value="Turned off on this server.", inline=False)
    else:
        value = "\n".join(f"**{name}**: {n}" for name, n in builtin.items()) or "None."
        embed.add_field(name="Built-in packs (read-only)", value=clip(value, 1024), inline=False)
    return fit_embed(embed)
