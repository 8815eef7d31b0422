"""Rendering for the news commands: sources and their health, subscriptions, latest items, explain.

Every title and summary here came from the web, so it is escaped (no markdown, no mentions) and
clipped before it reaches an embed. Everything else is a catalog message in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from bot.i18n import say, tr, trn
from bot.links import safe_url
from bot.news.explain import Explanation
from bot.news.models import STATUS_LABELS, NewsItem, NewsSource, Subscription
from bot.news.service import PollOutcome
from bot.text import FIELD_VALUE, clip, field_chunks, fit_embed

COLOUR = 0xC0392B
PER_PAGE = 8


def web_text(text: str, limit: int) -> str:
    """Untrusted text as inert Discord text: markdown and mentions escaped, then clipped."""
    escaped = discord.utils.escape_mentions(discord.utils.escape_markdown(text.replace("\n", " ")))
    return clip(escaped, limit)


def when(moment: datetime | None, language: str = "en") -> str:
    return discord.utils.format_dt(moment, "R") if moment is not None else tr(language, "never")


def status_text(status: str | None, language: str = "en") -> str:
    if not status:
        return tr(language, "no status")
    return tr(language, STATUS_LABELS[status]) if status in STATUS_LABELS else status


def release_text(date: str | None, window: str | None, language: str = "en") -> str:
    return date or window or tr(language, "no date")


def source_line(source: NewsSource, language: str = "en") -> str:
    state = "🟢" if source.enabled and not source.consecutive_failures else ("🟠" if source.enabled else "🔴")
    owner = tr(language, "built-in") if source.builtin else tr(language, "this server")
    line = tr(
        language,
        "{state} **{name}** · {kind} · {owner} · every {minutes} min\nlast success {when}",
        state=state,
        name=web_text(source.name, 80),
        kind=source.kind,
        owner=owner,
        minutes=source.interval_s // 60,
        when=when(source.last_success_at, language),
    )
    if source.consecutive_failures:
        line += " · " + trn(
            language, "{n} failure in a row", "{n} failures in a row", source.consecutive_failures
        )
    if source.last_error:
        line += "\n" + tr(language, "last error: {error}", error=web_text(source.last_error, 200))
    if not source.enabled:
        reason = source.disabled_reason or tr(language, "no reason recorded")
        line += "\n" + tr(language, "**disabled**: {reason}", reason=web_text(reason, 200))
    elif source.next_poll_at is not None:
        line += " · " + tr(language, "next poll {when}", when=when(source.next_poll_at, language))
    if not source.builtin:
        address = safe_url(source.url) or tr(language, "address not shown")
        line += f"\nid `{source.id}` · <{address}>"
    return line


def sources_pages(
    sources: Sequence[NewsSource], language: str = "en", *, own: bool = False
) -> list[discord.Embed]:
    title = tr(language, "This server's feeds") if own else tr(language, "News sources")
    if not sources:
        return [discord.Embed(title=title, description=tr(language, "No sources yet."), colour=COLOUR)]
    pages = []
    for start in range(0, len(sources), PER_PAGE):
        chunk = sources[start : start + PER_PAGE]
        embed = discord.Embed(
            title=title, colour=COLOUR, description="\n\n".join(source_line(s, language) for s in chunk)
        )
        embed.set_footer(
            text=trn(
                language,
                "{n} source · 🟢 healthy · 🟠 failing · 🔴 disabled",
                "{n} sources · 🟢 healthy · 🟠 failing · 🔴 disabled",
                len(sources),
            )
        )
        pages.append(fit_embed(embed))
    return pages


LANGUAGE_NAMES = {"en": "English", "ko": "Korean"}


def subscription_line(sub: Subscription, language: str = "en") -> str:
    if sub.statuses:
        statuses = ", ".join(status_text(s, language) for s in sub.statuses)
    else:
        statuses = tr(language, "every status")
    news_language = (
        tr(language, LANGUAGE_NAMES[sub.language])
        if sub.language in LANGUAGE_NAMES
        else tr(language, "any language")
    )
    ping = " · " + tr(language, "pings {role}", role=f"<@&{sub.ping_role_id}>") if sub.ping_role_id else ""
    line = f"<#{sub.channel_id}> · {statuses} · {news_language}{ping}"
    if not sub.enabled:
        reason = sub.disabled_reason or tr(language, "no reason recorded")
        line += "\n  ⚠️ " + tr(language, "disabled: {reason}", reason=web_text(reason, 200))
    return line


def subscriptions_embed(subs: Sequence[Subscription], language: str = "en") -> discord.Embed:
    embed = discord.Embed(title=tr(language, "News subscriptions in this server"), colour=COLOUR)
    if not subs:
        embed.description = tr(
            language, "No channel is subscribed. A moderator can run `/subscribe channel:#news`."
        )
        return embed
    for index, chunk in enumerate(field_chunks([subscription_line(s, language) for s in subs])):
        embed.add_field(name=tr(language, "Channels") if index == 0 else "\u200b", value=chunk, inline=False)
    return fit_embed(embed)


def item_line(item: NewsItem, language: str = "en") -> str:
    title = web_text(item.title, 150)
    # Feed links may hold spaces or brackets: raw, they end the markdown link early or make
    # Discord refuse the embed; safe_url percent-encodes them (as announcements do).
    link = safe_url(item.link)
    if link:
        title = f"[{title}]({link})"
    release = release_text(item.release_date, item.release_window, language)
    verdict = (
        f"{status_text(item.status, language)} · {release}" if item.relevant else tr(language, "not relevant")
    )
    extra = " · " + tr(language, "baseline") if item.baseline else ""
    source = web_text(item.source_name, 60)
    seen = tr(language, "seen {when}", when=when(item.seen_at, language))
    return f"`{item.id}` {title}\n{source} · {verdict}{extra} · {seen}"


def latest_pages(items: Sequence[NewsItem], language: str = "en") -> list[discord.Embed]:
    title = tr(language, "Latest news")
    if not items:
        return [
            discord.Embed(
                title=title, description=tr(language, "Nothing has been collected yet."), colour=COLOUR
            )
        ]
    pages = []
    for start in range(0, len(items), PER_PAGE):
        chunk = items[start : start + PER_PAGE]
        embed = discord.Embed(
            title=title, colour=COLOUR, description="\n\n".join(item_line(i, language) for i in chunk)
        )
        embed.set_footer(text=tr(language, "/news explain shows why an item was or was not announced"))
        pages.append(fit_embed(embed))
    return pages


CHANNEL_ICONS = {
    "sent": "✅",
    "queued": "⏳",
    "sending": "📤",
    "retrying": "🔁",
    "failed": "❌",
    "held": "⛔",
}


def explain_embed(explanation: Explanation, language: str = "en") -> discord.Embed:
    item = explanation.item
    embed = discord.Embed(
        title=web_text(item.title, 250), colour=COLOUR, description=say(explanation.headline, language)
    )
    embed.url = safe_url(item.link)
    release = release_text(item.release_date, item.release_window, language)
    verdict = (
        tr(
            language,
            "relevant · {status} · release {release}",
            status=status_text(item.status, language),
            release=release,
        )
        if item.relevant
        else tr(language, "not relevant")
    )
    embed.add_field(
        name=tr(language, "Classifier"),
        value=clip(
            tr(
                language,
                "{verdict} · confidence {confidence}",
                verdict=verdict,
                confidence=f"{item.confidence:.2f}",
            ),
            FIELD_VALUE,
        ),
        inline=False,
    )
    if item.reasons:
        # The rules' own trace, quoting the item: kept as the classifier wrote it, in a code block
        # (inert: no markdown, no mentions; a reader of any language sees it is machine output).
        trace = "\n".join(f"- {clip(' '.join(r.split()), 300)}" for r in item.reasons).replace("`", "ˋ")
        embed.add_field(
            name=tr(language, "Rules that decided"),
            value=f"```\n{clip(trace, FIELD_VALUE - 8)}\n```",
            inline=False,
        )
    source = tr(
        language,
        "{source} · seen {when}",
        source=web_text(item.source_name, 100),
        when=when(item.seen_at, language),
    )
    if item.baseline:
        source += " · " + tr(language, "first poll of this source (baseline)")
    embed.add_field(name=tr(language, "Source"), value=clip(source, FIELD_VALUE), inline=False)
    if explanation.story is not None:
        story = explanation.story
        text = tr(
            language,
            "story `{id}`: {title} · told by {sources}",
            id=story.id,
            title=web_text(story.title, 200),
            sources=trn(language, "{n} source", "{n} sources", len(story.links)),
        )
        if explanation.repeats is not None:
            text += "\n" + tr(
                language,
                "repeats the report by {source}",
                source=web_text(explanation.repeats.source_name, 80),
            )
            repeated_link = safe_url(explanation.repeats.link)
            if repeated_link:
                text += f" ({repeated_link})"
        embed.add_field(name=tr(language, "Story"), value=clip(text, FIELD_VALUE), inline=False)
    if explanation.channels:
        lines = [
            f"{CHANNEL_ICONS.get(c.state, '•')} <#{c.channel_id}>: {web_text(say(c.detail, language), 300)}"
            for c in explanation.channels
        ]
        for index, chunk in enumerate(field_chunks(lines)):
            embed.add_field(
                name=tr(language, "Channels") if index == 0 else "\u200b", value=chunk, inline=False
            )
    else:
        embed.add_field(
            name=tr(language, "Channels"),
            value=tr(language, "No channel in this server is subscribed."),
            inline=False,
        )
    return fit_embed(embed)


def check_summary(outcomes: Sequence[PollOutcome], language: str = "en") -> str:
    if not outcomes:
        return tr(language, "There is no enabled source to poll.")
    lines = []
    for outcome in outcomes:
        name = web_text(outcome.source_name, 80)
        if outcome.skipped:
            lines.append(
                tr(
                    language,
                    "⏭️ {name}: skipped ({why})",
                    name=name,
                    why=web_text(tr(language, outcome.skipped), 150),
                )
            )
        elif not outcome.ok:
            error = web_text(outcome.error or tr(language, "failed"), 200)
            lines.append(f"❌ {name}: {error}")
        elif outcome.not_modified or outcome.report is None or not outcome.report.new_items:
            lines.append(tr(language, "✅ {name}: nothing new", name=name))
        else:
            r = outcome.report
            detail = tr(
                language, "{new} new, {relevant} about season 2", new=r.new_items, relevant=r.relevant
            )
            if r.baseline:
                detail += " " + tr(language, "(first read: recorded as the baseline, nothing announced)")
            elif r.enqueued:
                detail += ", " + trn(
                    language, "{n} announcement queued", "{n} announcements queued", r.enqueued
                )
            lines.append(f"✅ {name}: {detail}")
    return clip("\n".join(lines), 1900)
