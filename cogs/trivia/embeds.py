"""How trivia looks in Discord: questions, reveals, summaries, leaderboards, question lists.

Question and answer texts come from moderators and imported files: markdown is escaped so they
show as written, and nothing here adds allowed mentions (the bot's default pings nobody).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import discord

from bot.i18n import N_, tr, trn
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
from cogs.common.pagination import chunk

log = logging.getLogger(__name__)

COLOUR = discord.Colour.from_rgb(196, 40, 40)
RIGHT = discord.Colour.green()
QUESTIONS_PER_PAGE = 8

END_REASONS = {
    EndReason.FINISHED: N_("All questions played."),
    EndReason.WON: N_("We have a winner!"),
    EndReason.IDLE: N_("Nobody answered the last questions, so the game ended itself."),
    EndReason.STOPPED: N_("The game was stopped."),
    EndReason.SHUTDOWN: N_("The game was stopped because Hyosan is restarting. Scores so far are saved."),
}
DIFFICULTIES = {"easy": N_("easy"), "medium": N_("medium"), "hard": N_("hard")}


def difficulty(value: str, language: str) -> str:
    return tr(language, DIFFICULTIES[value]) if value in DIFFICULTIES else value


def escape(text: str) -> str:
    return discord.utils.escape_markdown(text)


def timestamp(moment: datetime, style: str = "R") -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def question_embed(
    trivia_round: TriviaRound, total: int, *, game_mode: Mode | None = None, language: str = "en"
) -> discord.Embed:
    """A question with its countdown; ``game_mode`` says when this round is typed in a buttons game."""
    question = trivia_round.question
    embed = discord.Embed(
        title=tr(language, "Question {number} of {total}", number=trivia_round.number, total=total),
        description=escape(question.text),
        colour=COLOUR,
    )
    if trivia_round.mode is Mode.BUTTONS and trivia_round.layout is OptionLayout.LETTERED:
        # Options longer than a button label are listed here; the buttons carry only the letters.
        for option in trivia_round.options:
            embed.add_field(name=option.letter, value=clip(escape(option.text), 1024), inline=False)
    if trivia_round.mode is Mode.BUTTONS:
        how = tr(language, "Press a button to answer.")
    elif game_mode is Mode.BUTTONS:
        # Imported questions without enough wrong options have no buttons to offer.
        how = tr(language, "No options for this one: press **Answer** and type it.")
    else:
        how = tr(language, "Press **Answer** to type yours.")
    # Discord shows <t:..:R> as a live "in 12 seconds", so it reads as a countdown on every client.
    embed.add_field(
        name=f"⏱ {seconds_text(trivia_round.seconds, language)}",
        value=how + " " + tr(language, "Closes {when}.", when=timestamp(trivia_round.closes_at)),
        inline=False,
    )
    embed.set_footer(text=f"{question.category} · {difficulty(question.difficulty.value, language)}")
    return fit_embed(embed)


def seconds_text(seconds: float, language: str = "en") -> str:
    if seconds == int(seconds):
        return trn(language, "{n} second", "{n} seconds", int(seconds))
    return tr(language, "{seconds} seconds", seconds=f"{seconds:g}")


def _mention(member_id: int) -> str:
    return f"<@{member_id}>"


def reveal_embed(
    result: RoundResult,
    *,
    use_spoilers: bool = False,
    reveal_answer: bool = True,
    learn_more: str | None = None,
    language: str = "en",
) -> discord.Embed:
    """The answer, the question it answers, how the room voted and who was right (fastest first).

    ``reveal_answer`` False (a Red list's CONFIG) keeps the answer secret when nobody found it, as
    Red does on a timeout. ``learn_more`` points at the lore command that tells more (built-ins).
    """
    if not reveal_answer and not result.right:
        return _secret_reveal(result, language)
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
        lines.append(
            tr(language, "Also accepted: {answers}", answers=f"||{also}||" if use_spoilers else also)
        )
    embed = discord.Embed(
        title=tr(language, "Question {number}: the answer", number=trivia_round.number),
        description="\n".join(lines),
        colour=RIGHT,
    )
    if result.right:
        right = [
            f"{'⚡ ' if n == 0 and len(result.right) > 1 else ''}{_mention(a.member_id)}: "
            + tr(language, "{seconds} s, +{points}", seconds=f"{a.elapsed:.1f}", points=a.points)
            for n, a in enumerate(result.right)
        ]
        for n, value in enumerate(field_chunks(right)[:3]):
            embed.add_field(name=tr(language, "Right") if n == 0 else "\u200b", value=value, inline=False)
    else:
        embed.add_field(name=tr(language, "Right"), value=tr(language, "Nobody this time."), inline=False)
    if result.wrong:
        members = trn(language, "{n} member", "{n} members", len(result.wrong))
        embed.add_field(name=tr(language, "Wrong"), value=members, inline=True)
    if trivia_round.options and trivia_round.answers:
        picks = {o.letter: 0 for o in trivia_round.options}
        for given in trivia_round.answers.values():
            picks[given.given] = picks.get(given.given, 0) + 1
        votes = " · ".join(
            f"**{letter}: {n}**" if correct is not None and letter == correct.letter else f"{letter}: {n}"
            for letter, n in picks.items()
        )
        embed.add_field(name=tr(language, "Picks"), value=votes, inline=True)
    if learn_more:
        embed.set_footer(text=learn_more)
    return fit_embed(embed)


def _secret_reveal(result: RoundResult, language: str) -> discord.Embed:
    trivia_round = result.round
    lines = [
        f"> {clip(escape(trivia_round.question.text), 300).replace(chr(10), ' ')}",
        tr(language, "Out of time! Nobody found it, and this list keeps its answers secret."),
    ]
    embed = discord.Embed(
        title=tr(language, "Question {number}: time's up", number=trivia_round.number),
        description="\n".join(lines),
        colour=COLOUR,
    )
    if result.wrong:
        members = trn(language, "{n} member", "{n} members", len(result.wrong))
        embed.add_field(name=tr(language, "Wrong"), value=members, inline=True)
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


def lore_pointer(dataset: Dataset, question: Question, language: str = "en") -> str | None:
    """ "More: /character name:Nam On-jo" for a question backed by a dataset entry, else None."""
    found = dataset.find(question.ref) if question.ref else None
    if found is None:
        return None
    kind, entry = found
    if isinstance(entry, Episode):
        command = f"/episode number:{entry.number}"
    elif kind in _LORE_COMMANDS:
        name = entry.name_ko if language == "ko" and getattr(entry, "name_ko", None) else entry.name
        command = _LORE_COMMANDS[kind].format(name=name)
    else:
        return None
    if language != "en":  # each word of the command as the member's Discord shows it
        command = " ".join(
            "/" + tr(language, word[1:]) if word.startswith("/") else _localised_option(word, language)
            for word in command.split(" ", 1)
        )
    return tr(language, "More about this: {command}", command=command)


def _localised_option(option: str, language: str) -> str:
    name, _, value = option.partition(":")
    return f"{tr(language, name)}:{value}" if value else option


def _standing_lines(entries: Sequence[tuple[int, int, int, int, int]], language: str) -> list[str]:
    return [
        tr(
            language,
            "**{rank}.** {member}: {points}, {correct}/{played} right",
            rank=rank,
            member=_mention(member),
            points=trn(language, "{n} point", "{n} points", points),
            correct=correct,
            played=played,
        )
        for rank, member, points, correct, played in entries
    ]


def summary_embed(
    summary: SessionSummary, leaderboard: Sequence[LeaderboardEntry], language: str = "en"
) -> discord.Embed:
    description = tr(language, END_REASONS[summary.reason])
    if summary.stopped_by is not None:
        description = tr(language, "The game was stopped by {member}.", member=_mention(summary.stopped_by))
    winner = summary.winner
    if winner is not None and summary.reason is not EndReason.SHUTDOWN:
        tied = sum(1 for s in summary.standings if s.rank == 1) > 1
        if not tied:
            description += "\n" + tr(
                language,
                "🏆 {member} wins with {points}!",
                member=_mention(winner.member_id),
                points=trn(language, "{n} point", "{n} points", winner.points),
            )
    embed = discord.Embed(title=tr(language, "Trivia is over"), description=description, colour=COLOUR)
    standings = [
        (s.rank, s.stats.member_id, s.stats.points, s.stats.correct, s.stats.played)
        for s in summary.standings
    ]
    lines = _standing_lines(standings[:15], language) or [tr(language, "Nobody answered.")]
    if len(standings) > 15:
        lines.append(trn(language, "… and {n} more player", "… and {n} more players", len(standings) - 15))
    embed.add_field(
        name=tr(
            language,
            "This game ({questions})",
            questions=trn(language, "{n} question", "{n} questions", summary.rounds_played),
        ),
        value="\n".join(lines),
        inline=False,
    )
    if leaderboard:
        server = [(e.rank, e.member_id, e.points, e.correct, e.played) for e in leaderboard]
        embed.add_field(
            name=tr(language, "Server leaderboard"),
            value="\n".join(_standing_lines(server, language)),
            inline=False,
        )
    return fit_embed(embed)


PERIOD_NAMES = {Period.ALL: N_("all time"), Period.MONTH: N_("last 30 days"), Period.WEEK: N_("last 7 days")}


def leaderboard_embed(
    entries: Sequence[LeaderboardEntry], period: Period, language: str = "en"
) -> discord.Embed:
    title = tr(language, "Trivia leaderboard: {period}", period=tr(language, PERIOD_NAMES[period]))
    embed = discord.Embed(title=title, colour=COLOUR)
    if not entries:
        embed.description = tr(language, "No games yet. Start one with `/trivia start`.")
    else:
        embed.description = "\n".join(
            _standing_lines([(e.rank, e.member_id, e.points, e.correct, e.played) for e in entries], language)
        )
    return fit_embed(embed)


def stats_embed(record: PlayerRecord, display_name: str, language: str = "en") -> discord.Embed:
    embed = discord.Embed(
        title=tr(language, "Trivia stats: {name}", name=escape(display_name)), colour=COLOUR
    )
    if not record.games:
        embed.description = tr(language, "No trivia played here yet.")
        return fit_embed(embed)
    embed.add_field(name=tr(language, "Games"), value=str(record.games))
    embed.add_field(name=tr(language, "Answered"), value=str(record.played))
    embed.add_field(name=tr(language, "Right"), value=str(record.correct))
    embed.add_field(name=tr(language, "Accuracy"), value=f"{record.accuracy:.0%}")
    embed.add_field(name=tr(language, "Best streak"), value=str(record.best_streak))
    embed.add_field(name=tr(language, "Points"), value=str(record.points))
    return fit_embed(embed)


def question_detail_embed(
    question: Question, *, title: str | None = None, language: str = "en"
) -> discord.Embed:
    """One question with every field, for moderators (add, edit, review, remove)."""
    if title is None:
        title = (
            tr(language, "Question #{id}", id=question.id)
            if question.id is not None
            else tr(language, "Question")
        )
    embed = discord.Embed(title=title, description=escape(question.text), colour=COLOUR)
    embed.add_field(
        name=tr(language, "Answers"),
        value=clip(", ".join(escape(a) for a in question.answers), 1024),
        inline=False,
    )
    wrong = (
        ", ".join(escape(w) for w in question.wrong) if question.wrong else tr(language, "none (typed only)")
    )
    embed.add_field(name=tr(language, "Wrong options"), value=clip(wrong, 1024), inline=False)
    embed.add_field(name=tr(language, "Category"), value=escape(question.category))
    embed.add_field(name=tr(language, "Difficulty"), value=difficulty(question.difficulty.value, language))
    return fit_embed(embed)


def question_list_pages(
    questions: Sequence[Question], heading: str, language: str = "en"
) -> list[discord.Embed]:
    pages: list[discord.Embed] = []
    groups = chunk(list(questions), QUESTIONS_PER_PAGE)
    for number, group in enumerate(groups, start=1):
        embed = discord.Embed(title=heading, colour=COLOUR)
        if not group:
            embed.description = tr(
                language, "No questions yet. Add one with `/trivia add` or `/trivia import`."
            )
        for q in group:
            level = difficulty(q.difficulty.value, language)
            name = f"#{q.id} · {q.category} · {level}" if q.id is not None else q.category
            value = f"{clip(escape(q.text), 300)}\n→ {clip(escape(q.canonical_answer), 200)}"
            embed.add_field(name=clip(name, 256), value=value, inline=False)
        embed.set_footer(
            text=tr(
                language,
                "Page {page}/{pages} · {questions}",
                page=number,
                pages=len(groups),
                questions=trn(language, "{n} question", "{n} questions", len(questions)),
            )
        )
        pages.append(fit_embed(embed))
    return pages


def categories_embed(
    own: dict[str, int], builtin: dict[str, int] | None, language: str = "en"
) -> discord.Embed:
    embed = discord.Embed(title=tr(language, "Trivia categories"), colour=COLOUR)
    lines = [f"**{escape(name)}**: {n}" for name, n in own.items()] or [tr(language, "None yet.")]
    for n, value in enumerate(field_chunks(lines)[:10]):
        embed.add_field(
            name=tr(language, "This server's questions") if n == 0 else "\u200b", value=value, inline=False
        )
    if builtin is None:
        embed.add_field(
            name=tr(language, "Built-in packs"),
            value=tr(language, "Turned off on this server."),
            inline=False,
        )
    else:
        value = "\n".join(f"**{name}**: {n}" for name, n in builtin.items()) or tr(language, "None.")
        embed.add_field(
            name=tr(language, "Built-in packs (read-only)"), value=clip(value, 1024), inline=False
        )
    return fit_embed(embed)
