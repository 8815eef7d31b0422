"""FakeDiscord: the world a test builds (apps, guilds, members), the server it runs, and the driver API."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from aiohttp import web

from bot.sandbox import permissions as perms
from bot.sandbox.commands import CommandRegistry
from bot.sandbox.events import FakeScheduledEvent, FakeThread
from bot.sandbox.faults import Fault, FaultPlan, Hang, template_key
from bot.sandbox.gateway import Gateway, GatewaySession
from bot.sandbox.interactions import (
    CALLBACK_MODAL,
    INTERACTION_AUTOCOMPLETE,
    INTERACTION_COMMAND,
    INTERACTION_COMPONENT,
    INTERACTION_MODAL_SUBMIT,
    Changes,
    InteractionResult,
    resolve_path,
    typed_options,
)
from bot.sandbox.journal import Rejection, RequestRecord
from bot.sandbox.mentions import compute_pings
from bot.sandbox.models import (
    EPHEMERAL,
    INTENT_DIRECT_MESSAGES,
    INTENT_GUILD_MESSAGES,
    INTENT_MESSAGE_CONTENT,
    FakeApplication,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    now_utc,
)
from bot.sandbox.ratelimits import GlobalLimit, MessageBuckets
from bot.sandbox.snowflakes import SnowflakeFactory
from bot.sandbox.store import MessageStore

log = logging.getLogger(__name__)

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


class FakeDiscord:
    """A Discord on 127.0.0.1 that unmodified discord.py talks to, plus handles for tests to drive it.

    ``global_rate_limit``: requests per second per bot (None = off). ``message_rate_limit``:
    (count, seconds) per channel for posting messages (None = off). ``interaction_deadline``:
    seconds allowed before the first interaction callback (Discord: 3.0).
    """

    def __init__(
        self,
        *,
        global_rate_limit: int | None = None,
        message_rate_limit: tuple[int, float] | None = None,
        interaction_deadline: float = 3.0,
        nonce_window: float = 300.0,
        followup_window: float = 15 * 60.0,
        recommended_shards: int = 1,
        enforce_default_member_permissions: bool = False,
    ) -> None:
        self.ids = SnowflakeFactory()
        # Off by default: server admins can override a command's default_member_permissions, so a bot
        # must check for itself and tests need to reach that check. On, the driver refuses like the
        # Discord client does for a server without overrides.
        self.enforce_default_member_permissions = enforce_default_member_permissions
        self.interaction_deadline = interaction_deadline
        self.followup_window = followup_window
        self.recommended_shards = recommended_shards
        self.global_limit = GlobalLimit(global_rate_limit) if global_rate_limit else None
        self.message_buckets = MessageBuckets(*message_rate_limit) if message_rate_limit else None
        self.store = MessageStore(nonce_window=nonce_window)
        self.apps: dict[int, FakeApplication] = {}
        self._tokens: dict[str, FakeApplication] = {}
        self.users: dict[int, FakeUser] = {}
        self.guilds: dict[int, FakeGuild] = {}
        self.scheduled_events: dict[int, FakeScheduledEvent] = {}
        # Moved forward with the bot's clock by the console's `:time` (scheduled events check "future").
        self.clock_offset = dt.timedelta(0)
        self.threads: dict[int, FakeThread] = {}
        self.dm_channels: dict[tuple[int, int], FakeChannel] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.registries: dict[int, CommandRegistry] = {}
        self.interactions: dict[int, InteractionResult] = {}
        self.interactions_by_token: dict[str, InteractionResult] = {}
        self.attachments: dict[int, FakeAttachment] = {}
        self.request_log: list[RequestRecord] = []
        self.rejections: list[Rejection] = []
        self.rate_limited_count = 0
        self.faults = FaultPlan()
        self.gateway = Gateway(self)
        self.changes = Changes()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    async def start(self) -> FakeDiscord:
        from bot.sandbox.rest import build_app  # the REST layer needs the finished world class

        self._runner = web.AppRunner(build_app(self), access_log=None, handle_signals=False)
        await self._runner.setup()
        # A deep backlog: a burst of hundreds of simultaneous callbacks otherwise waits out SYN retries.
        site = web.TCPSite(self._runner, "127.0.0.1", 0, reuse_address=True, backlog=4096)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        log.debug("sandbox Discord listening on %s", self.base_url)
        return self

    async def stop(self) -> None:
        self.faults.release_all()
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- building the world ------------------------------------------------------------------------
    def create_application(self, name: str = "Hyosan", *, flags: int = 0) -> FakeApplication:
        app_id = self.ids.next()
        bot_user = FakeUser(app_id, name, bot=True)
        token = f"{secrets.token_urlsafe(18)}.{secrets.token_urlsafe(6)}.{secrets.token_urlsafe(27)}"
        app = FakeApplication(app_id, name, token, bot_user, flags=flags)
        self.apps[app.id] = app
        self._tokens[token] = app
        self.users[bot_user.id] = bot_user
        self.registries[app.id] = CommandRegistry(self.ids, app.id)
        return app

    def create_user(self, name: str, *, bot: bool = False) -> FakeUser:
        user = FakeUser(self.ids.next(), name, bot=bot)
        self.users[user.id] = user
        return user

    def create_guild(
        self,
        name: str = "Hyosan High",
        *,
        channels: Sequence[str] = ("general",),
        locale: str = "en-US",
        owner: str = "owner",
        everyone_permissions: int = perms.DEFAULT_EVERYONE,
    ) -> FakeGuild:
        guild = FakeGuild(
            self.ids.next_distinct_ms(),
            name,
            self.ids,
            self._on_guild_event,
            locale=locale,
            register_user=self._register,
        )
        guild.roles[guild.id] = _everyone(guild, everyone_permissions)
        guild.owner_id = guild.add_member(owner, announce=False).id
        for channel_name in channels:
            channel = guild.add_channel(channel_name, announce=False)
            self.channels[channel.id] = channel
        guild.system_channel_id = next(iter(guild.channels), None)
        self.guilds[guild.id] = guild
        return guild

    def add_bot_to_guild(
        self, app: FakeApplication, guild: FakeGuild, permissions: Any = perms.DEFAULT_EVERYONE
    ) -> FakeMember:
        """Adds the bot's member with its managed role; a connected bot receives GUILD_CREATE."""
        role = guild.add_role(app.name, permissions, announce=False)
        role.bot_id = app.bot_user.id
        member = guild.add_member(app.name, user=app.bot_user, roles=[role], announce=False)
        # A guild the bot joins arrives without "unavailable" (Discord sends that field only for
        # the guilds of a new session), which is how discord.py tells on_guild_join apart.
        payload = {k: v for k, v in guild.to_payload().items() if k != "unavailable"}
        for session in self.gateway.sessions_for(app):
            if session.covers(guild.id):
                session.dispatch("GUILD_CREATE", payload)
        return member

    def remove_bot_from_guild(self, app: FakeApplication, guild: FakeGuild) -> None:
        guild.members.pop(app.bot_user.id, None)
        for session in self.gateway.sessions_for(app):
            if session.covers(guild.id):
                session.dispatch("GUILD_DELETE", {"id": str(guild.id)})

    def bot_member(self, app: FakeApplication, guild: FakeGuild) -> FakeMember | None:
        return guild.members.get(app.bot_user.id)

    def set_bot_permissions(self, app: FakeApplication, guild: FakeGuild, permissions: Any) -> None:
        """Changes the bot's managed role; the bot sees GUILD_ROLE_UPDATE."""
        member = self.bot_member(app, guild)
        if member is None:
            raise LookupError(f"{app.name} is not in {guild.name}")
        managed = next(r for r in member.roles if r.bot_id == app.bot_user.id)
        managed.edit(permissions=permissions)

    def _register(self, user: FakeUser) -> None:
        self.users[user.id] = user

    def _on_guild_event(self, guild_id: int, event: str, payload: dict[str, Any], intent: int) -> None:
        guild = self.guilds.get(guild_id)
        if guild is None:
            return  # still being built: GUILD_CREATE will carry it
        if event == "CHANNEL_CREATE":
            self.channels[int(payload["id"])] = guild.channels[int(payload["id"])]
        elif event == "CHANNEL_DELETE":
            self.channels.pop(int(payload["id"]), None)
        self.gateway.dispatch_to_guild(guild, event, payload, intent)

    def now(self) -> dt.datetime:
        """Discord's time: real time, plus what the console fast-forwarded."""
        return now_utc() + self.clock_offset

    def events_of(self, guild: FakeGuild) -> list[FakeScheduledEvent]:
        """The guild's scheduled events, oldest first."""
        return [e for e in self.scheduled_events.values() if e.guild is guild]

    def threads_of(self, channel: FakeChannel) -> list[FakeThread]:
        """The threads created from ``channel``, oldest first."""
        return [t for t in self.threads.values() if t.parent is channel]

    def application_for_token(self, token: str) -> FakeApplication | None:
        return self._tokens.get(token)

    def guilds_of(self, app: FakeApplication) -> list[FakeGuild]:
        return [g for g in self.guilds.values() if app.bot_user.id in g.members]

    # -- commands ----------------------------------------------------------------------------------
    def registry(self, app: FakeApplication) -> CommandRegistry:
        return self.registries[app.id]

    def commands(self, app: FakeApplication, guild: FakeGuild | None = None) -> list[dict[str, Any]]:
        return list(self.registry(app).listing(guild.id if guild else None))

    async def wait_for_commands(
        self,
        app: FakeApplication,
        guild: FakeGuild | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[dict[str, Any]]:
        """Waits until the bot has synced commands (globally, or for ``guild``)."""
        registry = self.registry(app)

        def synced() -> bool:
            return guild.id in registry.synced_guilds if guild else registry.synced.is_set()

        await self.changes.until(synced, timeout, "the bot to sync its application commands")
        return self.commands(app, guild)

    # -- messages ----------------------------------------------------------------------------------
    def messages(self, channel: FakeChannel) -> list[FakeMessage]:
        """The channel's visible history, oldest first (ephemeral answers are not in it)."""
        return self.store.history(channel.id)

    async def wait_for_message(
        self,
        channel: FakeChannel,
        predicate: Callable[[FakeMessage], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> FakeMessage:
        seen = 0

        def found() -> FakeMessage | None:
            nonlocal seen
            history = self.store.by_channel.get(channel.id, [])
            for message in history[seen:]:
                if predicate is None or predicate(message):
                    return message
            seen = max(len(history) - 1, 0) if predicate is None else 0
            return None

        return await self.changes.until(found, timeout, f"a message in #{channel.name}")

    def dm_channel(self, app: FakeApplication, user: FakeUser | FakeMember) -> FakeChannel | None:
        user_id = user.id
        return self.dm_channels.get((app.bot_user.id, user_id))

    def open_dm(self, app: FakeApplication, user: FakeUser) -> FakeChannel:
        key = (app.bot_user.id, user.id)
        channel = self.dm_channels.get(key)
        if channel is None:
            channel = FakeChannel(self.ids.next(), f"dm-{user.name}", None, kind=1, recipient=user)
            self.dm_channels[key] = channel
            self.channels[channel.id] = channel
        return channel

    def attach(
        self, name: str, data: bytes, *, content_type: str = "application/octet-stream"
    ) -> dict[str, Any]:
        """An uploaded file as an attachment option value; the bot can download it from its url."""
        attachment = self._new_attachment(0, name, data, content_type)
        return attachment.to_payload()

    def _new_attachment(
        self, channel_id: int, filename: str, data: bytes, content_type: str
    ) -> FakeAttachment:
        attachment_id = self.ids.next()
        url = f"{self.base_url}/attachments/{channel_id}/{attachment_id}/{filename}"
        attachment = FakeAttachment(attachment_id, filename, data, url, content_type)
        self.attachments[attachment_id] = attachment
        return attachment

    def create_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        body: dict[str, Any],
        files: Iterable[tuple[str, bytes, str]] = (),
        *,
        interaction: InteractionResult | None = None,
        listed: bool = True,
        announce: bool = True,
    ) -> FakeMessage:
        """Stores a message that already passed validation and tells connected bots (MESSAGE_CREATE)."""
        flags = int(body.get("flags") or 0)
        message = FakeMessage(
            self.ids.next(),
            channel,
            author,
            content=body.get("content") or "",
            embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
            flags=flags,
            nonce=body.get("nonce"),
            allowed_mentions=body.get("allowed_mentions"),
            message_reference=body.get("message_reference"),
            tts=bool(body.get("tts", False)),
        )
        message.attachments = [self._new_attachment(channel.id, n, d, t) for n, d, t in files]
        if interaction is not None:
            message.application_id = interaction.app.id
            message.interaction_id = interaction.id
            message.interaction_user = interaction.user
            message.interaction_name = interaction.name
            message.type = 20 if interaction.kind == INTERACTION_COMMAND else 0
        elif message.message_reference is not None:
            message.type = 19
        self._compute_pings(message)
        self.store.add(message, listed=listed and not message.flags & EPHEMERAL)
        if listed and not message.flags & EPHEMERAL:
            channel.last_message_id = message.id
            if announce:
                self._announce_message("MESSAGE_CREATE", message)
        self.changes.notify()
        return message

    def _compute_pings(self, message: FakeMessage) -> None:
        channel = message.channel
        can_everyone = True
        if channel.guild is not None:
            member = channel.guild.members.get(message.author.id)
            can_everyone = member is not None and bool(
                member.permissions_in(channel) & perms.MENTION_EVERYONE
            )
        replied_user = None
        reference = message.message_reference
        if reference and reference.get("message_id"):
            referenced = self.store.by_id.get(int(reference["message_id"]))
            if referenced is not None and referenced.author.id != message.author.id:
                replied_user = referenced.author.id
        message.pings = compute_pings(
            message.content,
            message.allowed_mentions,
            can_mention_everyone=can_everyone,
            replied_user_id=replied_user,
        )

    def edit_message(
        self, message: FakeMessage, body: dict[str, Any], files: Iterable[tuple[str, bytes, str]] = ()
    ) -> FakeMessage:
        for key in ("content", "embeds", "components"):
            if key in body:
                setattr(message, key, (body[key] or ("" if key == "content" else [])))
        if "allowed_mentions" in body:
            message.allowed_mentions = body["allowed_mentions"]
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS can change after sending; ephemeral stays as it was.
            message.flags = (message.flags & ~4) | (int(body["flags"]) & 4)
        uploaded = [self._new_attachment(message.channel.id, n, d, t) for n, d, t in files]
        if "attachments" in body and body["attachments"] is not None:
            keep = {int(a["id"]) for a in body["attachments"] if "id" in a}
            message.attachments = [a for a in message.attachments if a.id in keep] + uploaded
        else:
            message.attachments += uploaded
        message.edited_at = now_utc()
        self._compute_pings(message)
        if not message.flags & EPHEMERAL and message.channel.id in self.store.by_channel:
            self._announce_message("MESSAGE_UPDATE", message)
        self.changes.notify()
        return message

    def delete_message(self, message: FakeMessage) -> None:
        message.deleted = True
        self.store.remove(message)
        if not message.flags & EPHEMERAL:
            payload: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel.id)}
            if message.channel.guild is not None:
                payload["guild_id"] = str(message.channel.guild.id)
            self._announce(message.channel, "MESSAGE_DELETE", payload)
        self.changes.notify()

    def message_payload(self, message: FakeMessage) -> dict[str, Any]:
        guild = message.channel.guild
        member = guild.members.get(message.author.id) if guild is not None else None
        return message.to_payload(member=member, users=self.users.get)

    def _announce(self, channel: FakeChannel, event: str, payload: dict[str, Any], shape: Any = None) -> None:
        if channel.guild is not None:
            self.gateway.dispatch_to_guild(channel.guild, event, payload, INTENT_GUILD_MESSAGES, shape=shape)
        elif channel.recipient is not None:
            for (bot_id, _user_id), dm in self.dm_channels.items():
                if dm is channel and bot_id in self.apps:
                    self.gateway.dispatch_to_app(self.apps[bot_id], event, payload, INTENT_DIRECT_MESSAGES)

    def _announce_message(self, event: str, message: FakeMessage) -> None:
        payload = self.message_payload(message)

        def shape(session: GatewaySession, data: dict[str, Any]) -> dict[str, Any]:
            # Without the MESSAGE_CONTENT intent Discord blanks what others wrote, unless the bot is named.
            if session.intents & INTENT_MESSAGE_CONTENT or message.author.id == session.app.bot_user.id:
                return data
            if session.app.bot_user.id in message.pings.users:
                return data
            return data | {"content": "", "embeds": [], "attachments": [], "components": []}

        self._announce(message.channel, event, payload, shape)

    # -- interactions ------------------------------------------------------------------------------
    def _pick_guild(self, app: FakeApplication, guild: FakeGuild | None) -> FakeGuild:
        if guild is not None:
            return guild
        guilds = self.guilds_of(app)
        if len(guilds) != 1:
            raise ValueError(f"{app.name} is in {len(guilds)} guilds: pass guild=")
        return guilds[0]

    def _pick_channel(self, guild: FakeGuild, member: FakeMember, channel: FakeChannel | None) -> FakeChannel:
        if channel is not None:
            if channel.guild is not guild:
                raise ValueError(f"#{channel.name} is not in {guild.name}")
            return channel
        for candidate in guild.text_channels:
            if member.permissions_in(candidate) & perms.VIEW_CHANNEL:
                return candidate
        raise ValueError(f"{member.name} can see no text channel in {guild.name}")

    def _new_interaction(
        self,
        app: FakeApplication,
        kind: int,
        name: str,
        data: dict[str, Any],
        *,
        guild: FakeGuild,
        channel: FakeChannel,
        member: FakeMember,
        locale: str | None,
        source_message: FakeMessage | None = None,
    ) -> InteractionResult:
        bot = self.bot_member(app, guild)
        if bot is None:
            raise ValueError(f"{app.name} is not in {guild.name}: add_bot_to_guild first")
        if not member.permissions_in(channel) & perms.VIEW_CHANNEL:
            raise PermissionError(f"{member.name} cannot see #{channel.name}, so cannot use it")
        result = InteractionResult(
            self.ids.next(),
            "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48),
            app,
            kind,
            name,
            guild,
            channel,
            member.user,
            member,
            source_message=source_message,
        )
        payload: dict[str, Any] = {
            "id": str(result.id),
            "application_id": str(app.id),
            "type": kind,
            "token": result.token,
            "version": 1,
            "data": data,
            "guild_id": str(guild.id),
            "guild": {"id": str(guild.id), "locale": guild.locale, "features": ["COMMUNITY"]},
            "channel": channel.to_payload(),
            "channel_id": str(channel.id),
            "member": member.to_payload(channel=channel),
            "locale": locale or member.locale,
            "guild_locale": guild.locale,
            "app_permissions": str(bot.permissions_in(channel)),
            "entitlements": [],
            "entitlement_sku_ids": [],
            "context": 0,
            "authorizing_integration_owners": {"0": str(guild.id)},
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if source_message is not None:
            payload["message"] = self.message_payload(source_message)
        self.interactions[result.id] = result
        self.interactions_by_token[result.token] = result
        result.dispatched_at = time.monotonic()
        self.gateway.dispatch_to_guild(guild, "INTERACTION_CREATE", payload, 0, only=app)
        return result

    def _command_for(
        self, app: FakeApplication, command: str, guild: FakeGuild
    ) -> tuple[dict[str, Any], list[str]]:
        name, *path = command.strip().lstrip("/").split()
        spec = self.registry(app).find(name, guild.id)
        if spec is None:
            known = sorted(c["name"] for c in self.commands(app) + self.commands(app, guild))
            raise LookupError(
                f"/{name} is not registered for {app.name} in {guild.name}; registered: {known}"
            )
        return spec, path

    def _check_may_use(self, spec: dict[str, Any], member: FakeMember, channel: FakeChannel) -> None:
        bits = member.permissions_in(channel)
        required = spec.get("default_member_permissions")
        if (
            self.enforce_default_member_permissions
            and required is not None
            and not bits & perms.ADMINISTRATOR
            and (bits & int(required)) != int(required)
        ):
            raise PermissionError(
                f"{member.name} lacks default_member_permissions {required} for /{spec['name']}"
            )
        if not bits & perms.USE_APPLICATION_COMMANDS:
            raise PermissionError(f"{member.name} cannot use application commands in #{channel.name}")

    def _command_data(
        self,
        app: FakeApplication,
        command: str,
        options: dict[str, Any] | None,
        guild: FakeGuild,
        channel: FakeChannel,
        member: FakeMember,
        focused: str | None,
    ) -> tuple[dict[str, Any], str]:
        spec, path = self._command_for(app, command, guild)
        self._check_may_use(spec, member, channel)
        nesting, leaf = resolve_path(spec, path)
        typed, resolved = typed_options(leaf, options or {}, guild=guild, channel=channel, focused=focused)
        for kind, sub in reversed(nesting):
            typed = [{"name": sub, "type": kind, "options": typed}]
        data: dict[str, Any] = {"id": spec["id"], "name": spec["name"], "type": 1, "options": typed}
        if resolved.to_payload():
            data["resolved"] = resolved.to_payload()
        if "guild_id" in spec:
            data["guild_id"] = spec["guild_id"]
        return data, " ".join([spec["name"], *path])

    async def invoke(
        self,
        app: FakeApplication,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        guild: FakeGuild | None = None,
        channel: FakeChannel | None = None,
        member: FakeMember | None = None,
        locale: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> InteractionResult:
        """Runs a slash command as ``member`` typed it and waits for the bot's first answer."""
        guild = self._pick_guild(app, guild)
        member = member or guild.owner
        channel = self._pick_channel(guild, member, channel)
        data, name = self._command_data(app, command, options, guild, channel, member, None)
        result = self._new_interaction(
            app, INTERACTION_COMMAND, name, data, guild=guild, channel=channel, member=member, locale=locale
        )
        return await result.first(timeout)

    async def autocomplete(
        self,
        app: FakeApplication,
        command: str,
        options: dict[str, Any],
        *,
        focused: str,
        guild: FakeGuild | None = None,
        channel: FakeChannel | None = None,
        member: FakeMember | None = None,
        locale: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[dict[str, Any]]:
        """Types into an autocomplete option; returns the choices the bot offered."""
        guild = self._pick_guild(app, guild)
        member = member or guild.owner
        channel = self._pick_channel(guild, member, channel)
        data, name = self._command_data(app, command, options, guild, channel, member, focused)
        result = self._new_interaction(
            app,
            INTERACTION_AUTOCOMPLETE,
            name,
            data,
            guild=guild,
            channel=channel,
            member=member,
            locale=locale,
        )
        await result.first(timeout)
        if result.choices is None:
            raise RuntimeError(
                f"autocomplete for /{name} was not answered with choices: {result.error or result.type}"
            )
        return result.choices

    def _component_target(
        self, message: FakeMessage, custom_id: str, member: FakeMember | None
    ) -> tuple[dict[str, Any], FakeGuild, FakeMember]:
        guild = message.channel.guild
        if guild is None:
            raise ValueError("components in DMs are not modelled")
        if message.flags & EPHEMERAL and message.interaction_user is not None:
            owner = guild.members[message.interaction_user.id]
            if member is not None and member is not owner:
                raise PermissionError("only the person an ephemeral message was shown to can use it")
            member = owner
        member = member or guild.owner
        if message.deleted:
            raise LookupError(f"message {message.id} was deleted")
        component = message.find_component(custom_id)
        if component is None:
            raise LookupError(f"message {message.id} has no component {custom_id!r}")
        if component.get("disabled"):
            raise PermissionError(f"component {custom_id!r} is disabled")
        return component, guild, member

    def _app_of(self, message: FakeMessage) -> FakeApplication:
        app = self.apps.get(message.application_id or message.author.id)
        if app is None:
            raise ValueError("only messages a bot sent have interactive components")
        return app

    async def click(
        self,
        message: FakeMessage,
        custom_id: str,
        *,
        member: FakeMember | None = None,
        locale: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> InteractionResult:
        """Presses a button on a message the bot sent."""
        component, guild, member = self._component_target(message, custom_id, member)
        if component.get("type") != 2:
            raise ValueError(f"{custom_id!r} is not a button")
        if component.get("style") == 5:
            raise ValueError(f"{custom_id!r} is a link button: pressing it sends nothing to the bot")
        data = {"custom_id": custom_id, "component_type": 2}
        result = self._new_interaction(
            self._app_of(message), INTERACTION_COMPONENT, custom_id, data,
            guild=guild, channel=message.channel, member=member, locale=locale, source_message=message,
        )  # fmt: skip
        return await result.first(timeout)

    async def select(
        self,
        message: FakeMessage,
        custom_id: str,
        values: list[str],
        *,
        member: FakeMember | None = None,
        locale: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> InteractionResult:
        """Picks values in a string select menu on a message the bot sent."""
        component, guild, member = self._component_target(message, custom_id, member)
        if component.get("type") != 3:
            raise ValueError(f"{custom_id!r} is not a string select")
        offered = [o["value"] for o in component.get("options") or []]
        unknown = [v for v in values if v not in offered]
        if unknown:
            raise ValueError(f"{unknown} are not options of {custom_id!r}: {offered}")
        least, most = component.get("min_values", 1), component.get("max_values", 1)
        if not least <= len(values) <= most:
            raise ValueError(f"{custom_id!r} takes {least}..{most} values, got {len(values)}")
        data = {"custom_id": custom_id, "component_type": 3, "values": list(values)}
        result = self._new_interaction(
            self._app_of(message), INTERACTION_COMPONENT, custom_id, data,
            guild=guild, channel=message.channel, member=member, locale=locale, source_message=message,
        )  # fmt: skip
        return await result.first(timeout)

    async def submit_modal(
        self,
        modal: InteractionResult | dict[str, Any],
        values: dict[str, str | list[str]],
        *,
        member: FakeMember | None = None,
        locale: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> InteractionResult:
        """Fills in and submits a modal the bot opened (pass the InteractionResult that opened it)."""
        opener: InteractionResult | None
        if isinstance(modal, InteractionResult):
            if modal.type != CALLBACK_MODAL or modal.modal is None:
                raise ValueError("that interaction did not open a modal")
            opener = modal
            spec = modal.modal
        else:
            opener = next(
                (
                    r
                    for r in reversed(self.interactions.values())
                    if r.modal is not None and r.modal.get("custom_id") == modal.get("custom_id")
                ),
                None,
            )
            if opener is None:
                raise LookupError("no open modal with that custom_id")
            spec = modal
        if opener.guild is None or opener.member is None:
            raise ValueError("modals outside guilds are not modelled")
        components = _modal_submission(spec, values)
        data = {"custom_id": spec["custom_id"], "components": components}
        result = self._new_interaction(
            opener.app, INTERACTION_MODAL_SUBMIT, spec["custom_id"], data,
            guild=opener.guild, channel=opener.channel, member=member or opener.member, locale=locale,
            source_message=opener.source_message,
        )  # fmt: skip
        return await result.first(timeout)

    # -- faults ------------------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        route_template: str,
        status: int,
        *,
        times: int = 1,
        retry_after: float | None = None,
        code: int | None = None,
    ) -> Fault:
        """The next ``times`` requests matching method + route answer ``status`` (429 with retry_after)."""
        key_method, key_route = template_key(method, route_template)
        return self.faults.add_fault(Fault(key_method, key_route, status, times, retry_after, code))

    def hang(self, method: str, route_template: str, *, times: int = 1, seconds: float | None = None) -> Hang:
        """The next matching requests wait ``seconds`` (or until release_hangs()) before being served."""
        key_method, key_route = template_key(method, route_template)
        return self.faults.add_hang(Hang(key_method, key_route, times, seconds))

    def release_hangs(self) -> None:
        self.faults.release_all()

    async def drop_gateway(
        self, app: FakeApplication | None = None, *, code: int = 4000, resume: bool = True
    ) -> int:
        """Closes bots' gateway sockets; discord.py reconnects (and RESUMEs when ``resume``)."""
        return await self.gateway.drop(app, code=code, resume=resume)

    def request_reconnect(self, app: FakeApplication | None = None) -> None:
        self.gateway.request_reconnect(app)

    def hold_gateway(self) -> None:
        """New gateway connections get no HELLO until ``release_gateway`` (an outage to observe)."""
        self.gateway.accepting.clear()

    def release_gateway(self) -> None:
        self.gateway.accepting.set()

    # -- helpers for assertions --------------------------------------------------------------------
    def requests(self, method: str | None = None, route: str | None = None) -> list[RequestRecord]:
        key = template_key(method or "*", route)[1] if route else None
        return [
            r
            for r in self.request_log
            if (method is None or r.method == method.upper())
            and (key is None or template_key("*", r.route)[1] == key)
        ]

    def peak_rate(self, app: FakeApplication, *, window: float = 1.0, since: float = 0.0) -> int:
        """The most requests the bot sent within any `window` seconds from `since` (a monotonic
        time): Discord's global limit counts them per bot token, whichever process sent them."""
        times = sorted(r.received for r in self.request_log if r.token == app.token and r.received >= since)
        peak = start = 0
        for end, at in enumerate(times):
            while at - times[start] >= window:
                start += 1
            peak = max(peak, end - start + 1)
        return peak


def _everyone(guild: FakeGuild, permissions: int) -> FakeRole:
    return FakeRole(guild.id, guild, "@everyone", permissions, position=0)


def _modal_submission(spec: dict[str, Any], values: dict[str, str | list[str]]) -> list[dict[str, Any]]:
    """Mirrors the modal's layout (action rows or labels) with the person's answers."""
    unknown = set(values)
    out: list[dict[str, Any]] = []

    def answer(component: dict[str, Any]) -> dict[str, Any] | None:
        custom_id = component.get("custom_id")
        kind = component.get("type")
        if custom_id is None or kind not in (3, 4):
            return None
        unknown.discard(custom_id)
        if kind == 4:
            text = values.get(custom_id, component.get("value") or "")
            if not isinstance(text, str):
                raise ValueError(f"text input {custom_id!r} takes a string")
            if component.get("required", True) and not text:
                raise ValueError(f"text input {custom_id!r} is required")
            if text and not component.get("min_length", 0) <= len(text) <= component.get("max_length", 4000):
                raise ValueError(f"text input {custom_id!r}: length {len(text)} outside its bounds")
            return {"type": 4, "custom_id": custom_id, "value": text}
        chosen = values.get(custom_id, [])
        return {
            "type": 3,
            "custom_id": custom_id,
            "values": list(chosen) if isinstance(chosen, list) else [chosen],
        }

    for top in spec.get("components") or []:
        if top.get("type") == 1:
            inner = [a for a in (answer(c) for c in top.get("components") or []) if a is not None]
            out.append({"type": 1, "components": inner})
        elif top.get("type") == 18 and isinstance(top.get("component"), dict):
            inner_answer = answer(top["component"])
            if inner_answer is not None:
                out.append({"type": 18, "component": inner_answer})
    if unknown:
        raise ValueError(f"the modal has no inputs {sorted(unknown)}")
    return out
