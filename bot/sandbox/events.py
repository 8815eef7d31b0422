"""Guild scheduled events and threads, as Discord's REST API and gateway present them.

Scheduled events: list, create, read, modify and delete (``/guilds/{id}/scheduled-events``), with
Discord's checks: Manage Events or Create Events in the guild, a name of 1 to 100 characters, a
description of at most 1,000, a start in the future, and for an external event (entity type 3) a
location and an end after the start. Each change is sent as GUILD_SCHEDULED_EVENT_CREATE, _UPDATE
or _DELETE. Threads: a public thread created from a text channel (Create Public Threads), posted in
like any channel (Send Messages in Threads), archived by modifying it; THREAD_CREATE and
THREAD_UPDATE go to the guild.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.sandbox import permissions as perms
from bot.sandbox.models import FakeChannel, FakeGuild, iso, now_utc

if TYPE_CHECKING:
    from bot.sandbox.rest import Api

MANAGE_EVENTS = 1 << 33
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38
CREATE_EVENTS = 1 << 44
INTENT_GUILD_SCHEDULED_EVENTS = 1 << 16
INTENT_GUILDS = 1 << 0
EXTERNAL = 3
SCHEDULED, ACTIVE, COMPLETED, CANCELED = 1, 2, 3, 4
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)
PUBLIC_THREAD = 11


@dataclass
class FakeScheduledEvent:
    id: int
    guild: FakeGuild = field(repr=False)
    creator_id: int
    name: str
    description: str | None
    start: dt.datetime
    end: dt.datetime | None
    location: str | None
    entity_type: int = EXTERNAL
    status: int = SCHEDULED
    channel_id: int | None = None

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "guild_id": str(self.guild.id),
            "channel_id": str(self.channel_id) if self.channel_id else None,
            "creator_id": str(self.creator_id),
            "name": self.name,
            "description": self.description,
            "scheduled_start_time": iso(self.start),
            "scheduled_end_time": iso(self.end) if self.end else None,
            "privacy_level": 2,
            "status": self.status,
            "entity_type": self.entity_type,
            "entity_id": None,
            "entity_metadata": {"location": self.location} if self.location else None,
            "user_count": 0,
            "image": None,
        }


@dataclass
class FakeThread:
    """A public thread of a text channel; messages live in the store like any channel's."""

    channel: FakeChannel
    parent: FakeChannel = field(repr=False)
    owner_id: int
    auto_archive_duration: int = 1440
    archived: bool = False
    archived_at: dt.datetime = field(default_factory=now_utc)

    def to_payload(self) -> dict[str, Any]:
        guild = self.parent.guild
        assert guild is not None
        return {
            "id": str(self.channel.id),
            "guild_id": str(guild.id),
            "parent_id": str(self.parent.id),
            "owner_id": str(self.owner_id),
            "name": self.channel.name,
            "type": PUBLIC_THREAD,
            "last_message_id": str(self.channel.last_message_id) if self.channel.last_message_id else None,
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "flags": 0,
            "thread_metadata": {
                "archived": self.archived,
                "auto_archive_duration": self.auto_archive_duration,
                "archive_timestamp": iso(self.archived_at),
                "locked": False,
            },
        }


def _error(status: int, code: int, message: str, errors: Any = None) -> Exception:
    from bot.sandbox.rest import DiscordError as RestError  # rest imports this module

    return RestError(status, code, message, errors)


def _parse_time(value: Any, path: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise _form_error(path, "DATE_TIME_TYPE_INVALID", "Invalid ISO8601 timestamp") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _form_error(path: str, code: str, message: str) -> Exception:
    from bot.sandbox.validation import FormErrors

    errors = FormErrors()
    errors.add((path,), code, message)
    return _error(400, 50035, "Invalid Form Body", errors)


def _guild_permissions(api: Api, request: web.Request, guild: FakeGuild) -> int:
    member = guild.members[api._app(request).bot_user.id]
    return perms.ALL if guild.owner_id == member.id else member.base_permissions()


def _check_event(body: dict[str, Any], event: FakeScheduledEvent | None, now: dt.datetime) -> dict[str, Any]:
    """The event's fields after ``body``, checked as Discord checks them."""
    name = body.get("name", event.name if event else None)
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        raise _form_error("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    description = body.get("description", event.description if event else None)
    if description is not None and (not isinstance(description, str) or len(description) > 1000):
        raise _form_error("description", "BASE_TYPE_MAX_LENGTH", "Must be 1000 or fewer in length.")
    entity_type = int(body.get("entity_type", event.entity_type if event else EXTERNAL))
    start_raw = body.get("scheduled_start_time")
    start = _parse_time(start_raw, "scheduled_start_time") if start_raw else (event.start if event else None)
    if start is None:
        raise _form_error("scheduled_start_time", "BASE_TYPE_REQUIRED", "This field is required")
    if start_raw and start <= now:
        raise _form_error(
            "scheduled_start_time",
            "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
            "Cannot schedule event in the past.",
        )
    end_raw = body.get("scheduled_end_time")
    end = _parse_time(end_raw, "scheduled_end_time") if end_raw else (event.end if event else None)
    metadata = body.get("entity_metadata") or {}
    location = metadata.get("location", event.location if event else None)
    if entity_type == EXTERNAL:
        if not isinstance(location, str) or not 1 <= len(location) <= 100:
            raise _form_error("entity_metadata.location", "BASE_TYPE_REQUIRED", "This field is required")
        if end is None:
            raise _form_error("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required")
    if end is not None and end <= start:
        raise _form_error("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START", "Invalid end time")
    status = int(body.get("status", event.status if event else SCHEDULED))
    return {"name": name, "description": description, "start": start, "end": end, "location": location,
            "entity_type": entity_type, "status": status}  # fmt: skip


def json_response(data: Any, status: int = 200) -> web.Response:
    from bot.sandbox.rest import json_response as respond

    return respond(data, status)


def no_content() -> web.Response:
    from bot.sandbox.rest import no_content as nothing

    return nothing()


class EventRoutes:
    """The REST handlers, bound to the fake's Api (its authentication, errors and journal)."""

    def __init__(self, api: Api) -> None:
        self.api = api

    @property
    def fake(self) -> Any:
        return self.api.fake

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", "/guilds/{guild_id}/scheduled-events", self.list_events),
            ("POST", "/guilds/{guild_id}/scheduled-events", self.create_event),
            ("GET", "/guilds/{guild_id}/scheduled-events/{event_id}", self.get_event),
            ("PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}", self.modify_event),
            ("DELETE", "/guilds/{guild_id}/scheduled-events/{event_id}", self.delete_event),
            ("POST", "/channels/{channel_id}/threads", self.create_thread),
            ("PATCH", "/channels/{channel_id}", self.modify_channel),
        ]

    def _require_events(self, request: web.Request, guild: FakeGuild) -> None:
        if not _guild_permissions(self.api, request, guild) & (MANAGE_EVENTS | CREATE_EVENTS):
            raise _error(403, 50013, "Missing Permissions")

    def _event(self, request: web.Request, guild: FakeGuild) -> FakeScheduledEvent:
        raw = request.match_info["event_id"]
        event = self.fake.scheduled_events.get(int(raw)) if raw.isdigit() else None
        if event is None or event.guild is not guild:
            raise _error(404, 10070, "Unknown Guild Scheduled Event")
        return event

    def _announce(self, guild: FakeGuild, event: str, payload: dict[str, Any]) -> None:
        self.fake.gateway.dispatch_to_guild(guild, event, payload, INTENT_GUILD_SCHEDULED_EVENTS)

    async def list_events(self, request: web.Request) -> web.Response:
        guild = self.api._guild(request)
        events = [e.to_payload() for e in self.fake.scheduled_events.values() if e.guild is guild]
        return json_response(events)

    async def get_event(self, request: web.Request) -> web.Response:
        guild = self.api._guild(request)
        return json_response(self._event(request, guild).to_payload())

    async def create_event(self, request: web.Request) -> web.Response:
        guild = self.api._guild(request)
        self._require_events(request, guild)
        body = await request.json()
        fields = _check_event(body, None, self.fake.now())
        event = FakeScheduledEvent(
            id=self.fake.ids.next(),
            guild=guild,
            creator_id=self.api._app(request).bot_user.id,
            **fields,
        )
        self.fake.scheduled_events[event.id] = event
        self._announce(guild, "GUILD_SCHEDULED_EVENT_CREATE", event.to_payload())
        return json_response(event.to_payload())

    async def modify_event(self, request: web.Request) -> web.Response:
        guild = self.api._guild(request)
        self._require_events(request, guild)
        event = self._event(request, guild)
        body = await request.json()
        for name, value in _check_event(body, event, self.fake.now()).items():
            setattr(event, name, value)
        self._announce(guild, "GUILD_SCHEDULED_EVENT_UPDATE", event.to_payload())
        return json_response(event.to_payload())

    async def delete_event(self, request: web.Request) -> web.Response:
        guild = self.api._guild(request)
        self._require_events(request, guild)
        event = self._event(request, guild)
        del self.fake.scheduled_events[event.id]
        self._announce(guild, "GUILD_SCHEDULED_EVENT_DELETE", event.to_payload())
        return no_content()

    async def create_thread(self, request: web.Request) -> web.Response:
        parent = self.api._channel(request)
        if parent.guild is None or parent.kind not in (0, 5):
            raise _error(400, 50024, "Cannot execute action on this channel type")
        bits = self.api._bot_permissions(request, parent)
        self.api._require(bits, CREATE_PUBLIC_THREADS)
        body = await request.json()
        name = body.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise _form_error("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
        duration = int(body.get("auto_archive_duration", 1440))
        if duration not in ARCHIVE_DURATIONS:
            raise _form_error(
                "auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of (60, 1440, 4320, 10080)."
            )
        channel = FakeChannel(self.fake.ids.next(), name, parent.guild, kind=PUBLIC_THREAD)
        # Messages in a thread follow its parent's permissions (Send Messages in Threads, not Send Messages).
        channel.overwrites = parent.overwrites
        thread = FakeThread(channel, parent, self.api._app(request).bot_user.id, duration)
        self.fake.threads[channel.id] = thread
        self.fake.channels[channel.id] = channel
        self.fake.gateway.dispatch_to_guild(
            parent.guild, "THREAD_CREATE", {**thread.to_payload(), "newly_created": True}, INTENT_GUILDS
        )
        return json_response(thread.to_payload(), status=201)

    async def modify_channel(self, request: web.Request) -> web.Response:
        channel = self.api._channel(request)
        thread = self.fake.threads.get(channel.id)
        if thread is None:
            raise _error(403, 50013, "Missing Permissions")  # only threads are modelled
        body = await request.json()
        if "archived" in body:
            if thread.owner_id != self.api._app(request).bot_user.id:
                self.api._require(self.api._bot_permissions(request, thread.parent), MANAGE_THREADS)
            thread.archived = bool(body["archived"])
            thread.archived_at = now_utc()
        if "name" in body:
            channel.name = str(body["name"])[:100]
        if "auto_archive_duration" in body:
            thread.auto_archive_duration = int(body["auto_archive_duration"])
        assert thread.parent.guild is not None
        self.fake.gateway.dispatch_to_guild(
            thread.parent.guild, "THREAD_UPDATE", thread.to_payload(), INTENT_GUILDS
        )
        return json_response(thread.to_payload())
