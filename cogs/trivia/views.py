"""Trivia buttons and modals.

Every trivia button's custom id carries all it needs (game token, question number, choice;
suggestion id and action; question id and owner), and its handler is registered once at cog load.
So a press always gets an answer, even on a message from before a restart, when no view object
exists any more: the cog finds no game with that token and says so politely.

Review and remove buttons are ``DynamicItem``s. Answer buttons are not: up to hundreds of members
press them within a second, and for every press of a ``DynamicItem`` discord.py rebuilds the whole
view from the message and a new item from its custom id before the callback runs. Instead the cog's
``on_interaction`` listener reads ``ANSWER_ID`` / ``TYPED_ID`` from the custom id and answers
straight away, and the question's view is sent as a plain layout that discord.py does not track.
The work is done by the cog (``Trivia.on_answer`` ...): these classes only parse and forward.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar

import discord
from discord.ext import commands

from bot.client import send_ephemeral
from bot.i18n import N_, language_of, tr
from bot.text import BUTTON_LABEL, clip
from bot.trivia.engine import Option, OptionLayout, TriviaRound
from bot.trivia.models import Mode, Question

if TYPE_CHECKING:
    from cogs.trivia.cog import Trivia
    from cogs.trivia.play import PlayCommands

log = logging.getLogger(__name__)

COG_NAME = "Trivia"
GONE = N_("This trivia game has ended. Start a new one with `/trivia start`.")
UNAVAILABLE = N_("Trivia is not available right now; try again in a moment.")
MODAL_TEXT_LIMIT = 4000


def trivia_cog(interaction: discord.Interaction) -> Trivia | None:
    client = interaction.client
    # The cog registered under COG_NAME is Trivia; discord.py types get_cog as any Cog.
    return client.get_cog(COG_NAME) if isinstance(client, commands.bot.BotBase) else None  # type: ignore[return-value]


#: Custom id of an option button: game token, question number, letter.
ANSWER_ID = re.compile(r"trivia:a:(?P<token>\w+):(?P<round>\d+):(?P<choice>[A-D])")
#: Custom id of the button that opens the typed-answer modal: game token, question number.
TYPED_ID = re.compile(r"trivia:t:(?P<token>\w+):(?P<round>\d+)")


def answer_button(token: str, round_number: int, choice: str, *, label: str) -> discord.ui.Button[Any]:
    """One multiple-choice option of one question of one game (pressed: ``Trivia.on_interaction``)."""
    return discord.ui.Button(
        label=label, style=discord.ButtonStyle.primary, custom_id=f"trivia:a:{token}:{round_number}:{choice}"
    )


def typed_answer_button(token: str, round_number: int, language: str = "en") -> discord.ui.Button[Any]:
    """Opens the modal where a member types their answer (pressed: ``Trivia.on_interaction``)."""
    return discord.ui.Button(
        label=tr(language, "Answer"),
        emoji="✏️",
        style=discord.ButtonStyle.primary,
        custom_id=f"trivia:t:{token}:{round_number}",
    )


class RoundLayout(discord.ui.View):
    """The buttons under a question, as layout only: presses are routed by the cog's listener.

    Not dispatchable, so discord.py keeps no record of each question message (one per question of
    every game, for as long as the bot runs) and does no lookup of its own on a press.
    """

    def __init__(self) -> None:
        super().__init__(timeout=None)

    def is_dispatchable(self) -> bool:
        return False


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"trivia:review:(?P<action>approve|edit|reject):(?P<id>\d+)",
):
    """Approve / Edit / Reject under a suggestion shown by ``/trivia review``."""

    STYLES: ClassVar[dict[str, discord.ButtonStyle]] = {
        "approve": discord.ButtonStyle.success,
        "edit": discord.ButtonStyle.secondary,
        "reject": discord.ButtonStyle.danger,
    }
    LABELS: ClassVar[dict[str, str]] = {"approve": N_("Approve"), "edit": N_("Edit"), "reject": N_("Reject")}

    def __init__(self, action: str, suggestion_id: int, language: str = "en") -> None:
        super().__init__(
            discord.ui.Button(
                label=tr(language, self.LABELS[action]),
                style=self.STYLES[action],
                custom_id=f"trivia:review:{action}:{suggestion_id}",
            )
        )
        self.action, self.suggestion_id = action, suggestion_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReviewButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = trivia_cog(interaction)
        if cog is None:
            await send_ephemeral(interaction, tr(interaction.locale, UNAVAILABLE))
            return
        await cog.on_review(interaction, self.action, self.suggestion_id)


class RemoveButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"trivia:rm:(?P<id>\d+):(?P<owner>\d+):(?P<answer>yes|no)",
):
    """The confirm / cancel pair under ``/trivia remove``; only the moderator who asked may press."""

    def __init__(self, question_id: int, owner_id: int, answer: str, language: str = "en") -> None:
        yes = answer == "yes"
        super().__init__(
            discord.ui.Button(
                label=tr(language, "Remove it") if yes else tr(language, "Keep it"),
                style=discord.ButtonStyle.danger if yes else discord.ButtonStyle.secondary,
                custom_id=f"trivia:rm:{question_id}:{owner_id}:{answer}",
            )
        )
        self.question_id, self.owner_id, self.confirmed = question_id, owner_id, yes

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RemoveButton:
        return cls(int(match["id"]), int(match["owner"]), match["answer"])

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_ephemeral(
            interaction, tr(interaction.locale, "Only the moderator who asked can confirm this.")
        )
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = trivia_cog(interaction)
        if cog is None:
            await send_ephemeral(interaction, tr(interaction.locale, UNAVAILABLE))
            return
        await cog.on_remove_confirm(interaction, self.question_id, self.confirmed)


DYNAMIC_ITEMS = (ReviewButton, RemoveButton)


def option_label(option: Option, lettered: bool) -> str:
    """A button's label: the letter alone (options listed in the embed), else "B. text".

    An option that fits a label on its own but not with its "B. " prefix is shown without the
    prefix rather than cut, so every word of a labelled option is always readable.
    """
    if lettered:
        return option.letter
    prefixed = f"{option.letter}. {option.text}"
    return prefixed if len(prefixed) <= BUTTON_LABEL else clip(option.text, BUTTON_LABEL)


def round_view(
    trivia_round: TriviaRound,
    token: str,
    *,
    finished: bool = False,
    show_correct: bool = True,
    language: str = "en",
) -> discord.ui.View:
    """The buttons under a question; ``finished`` greys them out and, with ``show_correct``, marks the
    right option (a Red list with ``reveal_answer: false`` keeps it hidden when nobody found it)."""
    view = RoundLayout()
    if trivia_round.mode is Mode.BUTTONS:
        lettered = trivia_round.layout is OptionLayout.LETTERED
        for option in trivia_round.options:
            button = answer_button(
                token, trivia_round.number, option.letter, label=option_label(option, lettered)
            )
            if finished:
                button.disabled = True
                button.style = (
                    discord.ButtonStyle.success
                    if option.correct and show_correct
                    else discord.ButtonStyle.secondary
                )
            view.add_item(button)
    else:
        typed = typed_answer_button(token, trivia_round.number, language)
        typed.disabled = finished
        view.add_item(typed)
    return view


def review_view(suggestion_id: int, language: str = "en") -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ("approve", "edit", "reject"):
        view.add_item(ReviewButton(action, suggestion_id, language))
    return view


def remove_view(question_id: int, owner_id: int, language: str = "en") -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RemoveButton(question_id, owner_id, "yes", language))
    view.add_item(RemoveButton(question_id, owner_id, "no", language))
    return view


class AnswerModal(discord.ui.Modal):
    """The typed answer to one question."""

    def __init__(
        self, cog: PlayCommands, token: str, round_number: int, *, timeout: float, language: str = "en"
    ) -> None:
        super().__init__(title=tr(language, "Question {number}", number=round_number), timeout=timeout)
        self.cog, self.token, self.round_number = cog, token, round_number
        self.answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
            label=tr(language, "Your answer"), custom_id="answer", max_length=200
        )
        self.add_item(self.answer)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.cog.on_typed_answer(interaction, self.token, self.round_number, self.answer.value)


QuestionSubmit = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]


class QuestionModal(discord.ui.Modal):
    """Question, answers, wrong options, category, difficulty: for add, edit, suggest and review."""

    def __init__(
        self,
        title: str,
        on_submit: QuestionSubmit,
        *,
        question: Question | None = None,
        question_chars: int = 1000,
        answer_chars: int = 1000,
        language: str = "en",
    ) -> None:
        super().__init__(title=clip(title, 45), timeout=900)
        self._submit = on_submit
        self.language = language
        self.question: discord.ui.TextInput[QuestionModal] = discord.ui.TextInput(
            label=tr(language, "Question"),
            custom_id="question",
            style=discord.TextStyle.paragraph,
            max_length=min(question_chars, MODAL_TEXT_LIMIT),
            default=question.text if question else None,
        )
        self.answers: discord.ui.TextInput[QuestionModal] = discord.ui.TextInput(
            label=tr(language, "Correct answer(s), one per line"),
            custom_id="answers",
            style=discord.TextStyle.paragraph,
            max_length=MODAL_TEXT_LIMIT,
            default="\n".join(question.answers) if question else None,
        )
        self.wrong: discord.ui.TextInput[QuestionModal] = discord.ui.TextInput(
            label=tr(language, "Wrong options (3+, one per line) or empty"),
            custom_id="wrong",
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=MODAL_TEXT_LIMIT,
            default="\n".join(question.wrong) if question and question.wrong else None,
        )
        self.category: discord.ui.TextInput[QuestionModal] = discord.ui.TextInput(
            label=tr(language, "Category"),
            custom_id="category",
            required=False,
            max_length=50,
            placeholder="general",
            default=question.category if question else None,
        )
        self.difficulty: discord.ui.TextInput[QuestionModal] = discord.ui.TextInput(
            label=tr(language, "Difficulty: easy, medium or hard"),
            custom_id="difficulty",
            required=False,
            max_length=10,
            placeholder="medium",
            default=question.difficulty.value if question else None,
        )
        for item in (self.question, self.answers, self.wrong, self.category, self.difficulty):
            self.add_item(item)
        del answer_chars  # answers are checked by the bank, which reports the limit in its message

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self._submit(
            interaction,
            {
                "question": self.question.value,
                "answers": self.answers.value,
                "wrong": self.wrong.value,
                "category": self.category.value,
                "difficulty": self.difficulty.value,
            },
        )

    # discord.py calls a modal's on_error with (interaction, error); its annotation is the view's.
    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:  # type: ignore[override]
        # The tree's error handler does not see modals: answer here so the form never "fails".
        from bot.client import describe_command_error

        language = language_of(interaction.locale)
        message = (
            describe_command_error(error, language)
            if isinstance(error, discord.app_commands.AppCommandError)
            else None
        )
        if message is None:
            log.error("trivia question modal failed", exc_info=error)
            message = tr(language, "Something went wrong on my side while saving that. Please try again.")
        await send_ephemeral(interaction, message)
