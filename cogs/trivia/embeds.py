"""How trivia looks in Discord: questions, reveals, summaries, leaderboards, question lists.

Question and answer texts come from moderators and imported files: markdown is escaped so they
show as written, and nothing here adds allowed mentions (the bot's default pings nobody).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import discord

from bot.trivia.engine import (
    EndReason,
    OptionLayout,
    RoundResult,
    SessionSummary,
    TriviaRound,
)
from bot.trivia.models import Mode, Question
from bot.trivia.scores import LeaderboardEntry, Period, PlayerRecord
from cogs.common.pagination import chunk
from cogs.common.text import clip, field_chunks, fit_embed

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


def question_embed(trivia_round: TriviaRound, total: int) -> discord.Embed:
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
    how = (
        "Press a button to answer."
        if trivia_round.mode is Mode.BUTTONS
        else "Press **Answer** to type yours."
    )
    embed.add_field(name="Time", value=f"Closes {timestamp(trivia_round.closes_at)}. {how}", inline=False)
    embed.set_footer(text=f"{question.category} · {question.difficulty.value}")
    return fit_embed(embed)


def _mention(member_id: int) -> str:
    return f"<@{member_id}>"


def reveal_embed(result: RoundResult, *, use_spoilers: bool = False) -> discord.Embed:
    trivia_round = result.round
    answer = escape(result.answer)
    correct = trivia_round.correct_option
    if correct is not None:
        answer = f"{correct.letter}. {answer}"
    if use_spoilers:
        answer = f"||{answer}||"
    embed = discord.Embed(
        title=f"Question {trivia_round.number}: the answer", description=f"**{answer}**", colour=RIGHT
    )
    if result.right:
        lines = [f"{_mention(a.member_id)} in {a.elapsed:.1f} s (+{a.points})" for a in result.right]
        for n, value in enumerate(field_chunks(lines)[:3]):
            embed.add_field(name="Right" if n == 0 else "\u200b", value=value, inline=False)
    else:
        embed.add_field(name="Right", value="Nobody this time.", inline=False)
    if result.wrong:
        embed.add_field(name="Wrong", value=f"{len(result.wrong)} member(s)", inline=True)
    return fit_embed(embed)


def _standing_lines(entries: Sequence[tuple[int, int, int, int]]) -> list[str]:
    return [
        f"**{rank}.** {_mention(member)}: {points} pts ({correct} right)"
        for rank, member, points, correct in entries
    ]


def summary_embed(summary: SessionSummary, leaderboard: Sequence[LeaderboardEntry]) -> discord.Embed:
    embed = discord.Embed(title="Trivia is over", description=END_REASONS[summary.reason], colour=COLOUR)
    if summary.stopped_by is not None:
        embed.description = f"{embed.description} (by {_mention(summary.stopped_by)})"
    standings = [(s.rank, s.stats.member_id, s.stats.points, s.stats.correct) for s in summary.standings]
    lines = _standing_lines(standings[:15]) or ["Nobody answered."]
    embed.add_field(
        name=f"This game ({summary.rounds_played} questions)", value="\n".join(lines), inline=False
    )
    if leaderboard:
        server = [(e.rank, e.member_id, e.points, e.correct) for e in leaderboard]
        embed.add_field(name="Server leaderboard", value="\n".join(_standing_lines(server)), inline=False)
    return fit_embed(embed)


def leaderboard_embed(entries: Sequence[LeaderboardEntry], period: Period) -> discord.Embed:
    titles = {Period.ALL: "all time", Period.MONTH: "last 30 days", Period.WEEK: "last 7 days"}
    embed = discord.Embed(title=f"Trivia leaderboard: {titles[period]}", colour=COLOUR)
    if not entries:
        embed.description = "No games yet. Start one with `/trivia start`."
    else:
        embed.description = "\n".join(
            f"**{e.rank}.** {_mention(e.member_id)}: {e.points} pts, {e.correct}/{e.played} right"
            for e in entries
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
        embed.set_footer(text=f"Page {number}/{len(groups)} · {len(questions)} questions")
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
