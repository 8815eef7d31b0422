"""Rendering for the news commands: sources and their health, subscriptions, latest items, explain.

Every title and summary here came from the web, so it is escaped (no markdown, no mentions) and
clipped before it reaches an embed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

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


def when(moment: datetime | None) -> str:
    return discord.utils.format_dt(moment, "R") if moment is not None else "never"


def status_text(status: str | None) -> str:
    return STATUS_LABELS.get(status, status) if status else "no status"


def release_text(date: str | None, window: str | None) -> str:
    return date or window or "no date"


def source_line(source: NewsSource) -> str:
    state = "🟢" if source.enabled and not source.consecutive_failures else ("🟠" if source.enabled else "🔴")
    owner = "built-in" if source.builtin else "this server"
    line = (
        f"{state} **{web_text(source.name, 80)}** · {source.kind} · {owner} · "
        f"every {source.interval_s // 60} min\n"
        f"last success {when(source.last_success_at)}"
    )
    if source.consecutive_failures:
        line += f" · {source.consecutive_failures} failures in a row"
    if source.last_error:
        line += f"\nlast error: {web_text(source.last_error, 200)}"
    if not source.enabled:
        line += f"\n**disabled**: {web_text(source.disabled_reason or 'no reason recorded', 200)}"
    elif source.next_poll_at is not None:
        line += f" · next poll {when(source.next_poll_at)}"
    if not source.builtin:
        line += f"\nid `{source.id}` · {clip(source.url, 200)}"
    return line


def sources_pages(sources: Sequence[NewsSource], title: str = "News sources") -> list[discord.Embed]:
    if not sources:
        return [discord.Embed(title=title, description="No sources yet.", colour=COLOUR)]
    pages = []
    for start in range(0, len(sources), PER_PAGE):
        chunk = sources[start : start + PER_PAGE]
        embed = discord.Embed(
            title=title, colour=COLOUR, description="\n\n".join(source_line(s) for s in chunk)
        )
        embed.set_footer(text=f"{len(sources)} sources · 🟢 healthy · 🟠 failing · 🔴 disabled")
        pages.append(fit_embed(embed))
    return pages


def subscription_line(sub: Subscription) -> str:
    statuses = ", ".join(status_text(s) for s in sub.statuses) if sub.statuses else "every status"
    language = {"en": "English", "ko": "Korean"}.get(sub.language or "", "any language")
    ping = f" · pings <@&{sub.ping_role_id}>" if sub.ping_role_id else ""
    line = f"<#{sub.channel_id}> · {statuses} · {language}{ping}"
    if not sub.enabled:
        line += f"\n  ⚠️ disabled: {web_text(sub.disabled_reason or 'no reason recorded', 200)}"
    return line


def subscriptions_embed(subs: Sequence[Subscription]) -> discord.Embed:
    embed = discord.Embed(title="News subscriptions in this server", colour=COLOUR)
    if not subs:
        embed.description = "No channel is subscribed. A moderator can run `/subscribe channel:#news`."
        return embed
    for index, chunk in enumerate(field_chunks([subscription_line(s) for s in subs])):
        embed.add_field(name="Channels" if index == 0 else "\u200b", value=chunk, inline=False)
    return fit_embed(embed)


def item_line(item: NewsItem) -> str:
    title = web_text(item.title, 150)
    # Feed links may hold spaces or brackets: raw, they end the markdown link early or make
    # Discord refuse the embed; safe_url percent-encodes them (as announcements do).
    link = safe_url(item.link)
    if link:
        title = f"[{title}]({link})"
    verdict = (
        f"{status_text(item.status)} · {release_text(item.release_date, item.release_window)}"
        if item.relevant
        else "not relevant"
    )
    extra = " · baseline" if item.baseline else ""
    source = web_text(item.source_name, 60)
    return f"`{item.id}` {title}\n{source} · {verdict}{extra} · seen {when(item.seen_at)}"


def latest_pages(items: Sequence[NewsItem]) -> list[discord.Embed]:
    if not items:
        return [
            discord.Embed(title="Latest news", description="Nothing has been collected yet.", colour=COLOUR)
        ]
    pages = []
    for start in range(0, len(items), PER_PAGE):
        chunk = items[start : start + PER_PAGE]
        embed = discord.Embed(
            title="Latest news", colour=COLOUR, description="\n\n".join(item_line(i) for i in chunk)
        )
        embed.set_footer(text="/news explain shows why an item was or was not announced")
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


def explain_embed(explanation: Explanation) -> discord.Embed:
    item = explanation.item
    embed = discord.Embed(title=web_text(item.title, 250), colour=COLOUR, description=explanation.headline)
    embed.url = safe_url(item.link)
    release = release_text(item.release_date, item.release_window)
    verdict = (
        f"relevant · {status_text(item.status)} · release {release}" if item.relevant else "not relevant"
    )
    embed.add_field(
        name="Classifier",
        value=clip(f"{verdict} · confidence {item.confidence:.2f}", FIELD_VALUE),
        inline=False,
    )
    if item.reasons:
        reasons = [f"• {web_text(r, 300)}" for r in item.reasons]
        embed.add_field(name="Rules that decided", value=field_chunks(reasons)[0], inline=False)
    embed.add_field(
        name="Source",
        value=clip(
            f"{web_text(item.source_name, 100)} · seen {when(item.seen_at)}"
            + (" · first poll of this source (baseline)" if item.baseline else ""),
            FIELD_VALUE,
        ),
        inline=False,
    )
    if explanation.story is not None:
        story = explanation.story
        text = f"story `{story.id}`: {web_text(story.title, 200)} · told by {len(story.links)} source(s)"
        if explanation.repeats is not None:
            text += f"\nrepeats the report by {web_text(explanation.repeats.source_name, 80)}"
            repeated_link = safe_url(explanation.repeats.link)
            if repeated_link:
                text += f" ({repeated_link})"
        embed.add_field(name="Story", value=clip(text, FIELD_VALUE), inline=False)
    if explanation.channels:
        lines = [
            f"{CHANNEL_ICONS.get(c.state, '•')} <#{c.channel_id}>: {web_text(c.detail, 300)}"
            for c in explanation.channels
        ]
        for index, chunk in enumerate(field_chunks(lines)):
            embed.add_field(name="Channels" if index == 0 else "\u200b", value=chunk, inline=False)
    else:
        embed.add_field(name="Channels", value="No channel in this server is subscribed.", inline=False)
    return fit_embed(embed)


def check_summary(outcomes: Sequence[PollOutcome]) -> str:
    if not outcomes:
        return "There is no enabled source to poll."
    lines = []
    for outcome in outcomes:
        name = web_text(outcome.source_name, 80)
        if outcome.skipped:
            lines.append(f"⏭️ {name}: skipped ({web_text(outcome.skipped, 150)})")
        elif not outcome.ok:
            lines.append(f"❌ {name}: {web_text(outcome.error or 'failed', 200)}")
        elif outcome.not_modified or outcome.report is None or not outcome.report.new_items:
            lines.append(f"✅ {name}: nothing new")
        else:
            r = outcome.report
            detail = f"{r.new_items} new, {r.relevant} about season 2"
            if r.baseline:
                detail += " (first read: recorded as the baseline, nothing announced)"
            elif r.enqueued:
                detail += f", {r.enqueued} announcement(s) queued"
            lines.append(f"✅ {name}: {detail}")
    return clip("\n".join(lines), 1900)
