"""The REST API: routes named as in discord.py, answers shaped and errors coded as Discord does."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.sandbox import permissions as perms
from bot.sandbox.bodies import Body, read_body
from bot.sandbox.commands import check_command_specs
from bot.sandbox.events import SEND_MESSAGES_IN_THREADS, EventRoutes
from bot.sandbox.faults import template_key
from bot.sandbox.interactions import (
    CALLBACK_AUTOCOMPLETE,
    CALLBACK_DEFERRED_MESSAGE,
    CALLBACK_DEFERRED_UPDATE,
    CALLBACK_MESSAGE,
    CALLBACK_MODAL,
    CALLBACK_UPDATE_MESSAGE,
    INTERACTION_AUTOCOMPLETE,
    INTERACTION_COMPONENT,
    INTERACTION_MODAL_SUBMIT,
    InteractionResult,
)
from bot.sandbox.journal import Rejection, RequestRecord
from bot.sandbox.models import EPHEMERAL, LOADING, FakeApplication, FakeChannel, FakeMessage
from bot.sandbox.ratelimits import BucketState, roomy_bucket
from bot.sandbox.validation import FormErrors, check_choices, check_message_body, check_modal
from bot.wakeup import woken

if TYPE_CHECKING:
    from bot.sandbox.fake import FakeDiscord

API = "/api/v10"
APP_KEY: web.AppKey[FakeDiscord] = web.AppKey("fake", object)  # type: ignore[arg-type]
CALLER: web.RequestKey[FakeApplication | None] = web.RequestKey("caller", object)  # type: ignore[arg-type]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Routes a bot reaches without its token (the interaction token is the credential).
RECEIVED: web.RequestKey[float] = web.RequestKey("received", float)
TOKENLESS = ("/interactions/", "/webhooks/")


class DiscordError(Exception):
    """Raised inside a handler to answer with Discord's error JSON."""

    def __init__(
        self, status: int, code: int, message: str, errors: FormErrors | None = None, *, reject: bool = True
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors.to_errors() if errors else {}
        self.reject = reject


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly "application/json": with a charset suffix discord.py reads the body as text.
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    response = web.Response(body=body, status=status, headers=headers)
    response.headers["Content-Type"] = "application/json"
    return response


def no_content() -> web.Response:
    return web.Response(status=204)


def build_app(fake: FakeDiscord) -> web.Application:
    api = Api(fake)
    app = web.Application(middlewares=[api.middleware], client_max_size=64 * 1024 * 1024)
    app[APP_KEY] = fake
    r = app.router
    r.add_get("/", fake.gateway.handle)
    r.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", api.get_attachment)
    routes: list[tuple[str, str, Handler]] = [
        ("GET", "/users/{user_id}", api.get_user),
        ("POST", "/users/@me/channels", api.create_dm),
        ("GET", "/oauth2/applications/@me", api.get_application),
        ("GET", "/applications/@me", api.get_application),
        ("GET", "/gateway", api.get_gateway),
        ("GET", "/gateway/bot", api.get_gateway_bot),
        ("GET", "/applications/{application_id}/commands", api.get_commands),
        ("PUT", "/applications/{application_id}/commands", api.put_commands),
        ("POST", "/applications/{application_id}/commands", api.post_command),
        ("GET", "/applications/{application_id}/commands/{command_id}", api.get_command),
        ("PATCH", "/applications/{application_id}/commands/{command_id}", api.patch_command),
        ("DELETE", "/applications/{application_id}/commands/{command_id}", api.delete_command),
        ("GET", "/applications/{application_id}/guilds/{guild_id}/commands", api.get_commands),
        ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", api.put_commands),
        ("POST", "/applications/{application_id}/guilds/{guild_id}/commands", api.post_command),
        ("GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}", api.get_command),
        (
            "PATCH",
            "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
            api.patch_command,
        ),
        (
            "DELETE",
            "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
            api.delete_command,
        ),
        ("GET", "/applications/{application_id}/guilds/{guild_id}/commands/permissions", api.empty_list),
        ("GET", "/applications/{application_id}/emojis", api.empty_items),
        ("GET", "/applications/{application_id}/entitlements", api.empty_list),
        ("POST", "/interactions/{interaction_id}/{interaction_token}/callback", api.interaction_callback),
        ("POST", "/webhooks/{webhook_id}/{webhook_token}", api.create_followup),
        ("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", api.get_webhook_message),
        ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", api.edit_webhook_message),
        (
            "DELETE",
            "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
            api.delete_webhook_message,
        ),
        ("GET", "/channels/{channel_id}", api.get_channel),
        ("GET", "/channels/{channel_id}/messages", api.list_messages),
        ("POST", "/channels/{channel_id}/messages", api.create_message),
        ("GET", "/channels/{channel_id}/messages/{message_id}", api.get_message),
        ("PATCH", "/channels/{channel_id}/messages/{message_id}", api.edit_message),
        ("DELETE", "/channels/{channel_id}/messages/{message_id}", api.delete_message),
        ("POST", "/channels/{channel_id}/typing", api.typing),
        ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", api.add_reaction),
        ("GET", "/guilds/{guild_id}", api.get_guild),
        ("GET", "/guilds/{guild_id}/channels", api.get_guild_channels),
        ("GET", "/guilds/{guild_id}/roles", api.get_guild_roles),
        ("GET", "/guilds/{guild_id}/members", api.list_members),
        ("GET", "/guilds/{guild_id}/members/{user_id}", api.get_member),
    ]
    routes += EventRoutes(api).routes()
    for method, path, handler in routes:
        r.add_route(method, API + path, handler)
    return app


class Api:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    # -- the pipeline every request goes through ---------------------------------------------------
    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(API):
            return await handler(request)
        request[RECEIVED] = time.monotonic()
        route = self._route_of(request)
        method = request.method
        key_route = template_key(method, route)[1]
        bucket: BucketState | None = None
        try:
            hang = self.fake.faults.take_hang(method, key_route)
            if hang is not None:
                self.fake.changes.notify()
                await self._hold(hang.released, hang.seconds)
            app = self._authenticate(request, route)
            fault = self.fake.faults.take_fault(method, key_route)
            if fault is not None:
                return self._finish(request, route, self._fault_response(fault, route))
            limited = self._global_limited(app, route)
            if limited is not None:
                return self._finish(request, route, limited)
            if (
                self.fake.message_buckets is not None
                and method == "POST"
                and key_route == "/channels/{}/messages"
            ):
                allowed, bucket = self.fake.message_buckets.take(int(request.match_info["channel_id"]))
                if not allowed:
                    return self._finish(request, route, self._too_many(bucket.reset_after, False, bucket))
            request[CALLER] = app
            response = await handler(request)
        except DiscordError as exc:
            response = self._error_response(request, exc)
        except web.HTTPException as exc:
            # Unknown routes and methods: Discord answers 404/405 with its JSON error.
            response = json_response({"message": f"{exc.status}: {exc.reason}", "code": 0}, exc.status)
        return self._finish(request, route, response, bucket)

    async def _hold(self, released: asyncio.Event, seconds: float | None) -> None:
        await woken(released, seconds)

    def _route_of(self, request: web.Request) -> str:
        info = request.match_info
        resource = info.route.resource
        canonical = resource.canonical if resource is not None else request.path
        route = canonical.removeprefix(API)
        # "@original" and "@me" are literal path segments in discord.py's route templates.
        for name in ("message_id", "user_id"):
            value = info.get(name)
            if value in ("@original", "@me"):
                route = route.replace("{" + name + "}", value)
        return route

    def _authenticate(self, request: web.Request, route: str) -> FakeApplication | None:
        if route.startswith(TOKENLESS):
            return None
        header = request.headers.get("Authorization", "")
        app = (
            self.fake.application_for_token(header.removeprefix("Bot "))
            if header.startswith("Bot ")
            else None
        )
        if app is None:
            raise DiscordError(401, 0, "401: Unauthorized")
        return app

    def _global_limited(self, app: FakeApplication | None, route: str) -> web.Response | None:
        # Interaction callbacks and webhooks are outside the bot's global limit, as on Discord.
        if self.fake.global_limit is None or app is None:
            return None
        wait = self.fake.global_limit.check(app.token)
        if wait is None:
            return None
        return self._too_many(wait, True, None)

    def _too_many(self, retry_after: float, is_global: bool, bucket: BucketState | None) -> web.Response:
        headers = {"Retry-After": str(max(int(retry_after + 0.999), 1))}
        if is_global:
            headers["X-RateLimit-Global"] = "true"
            headers["X-RateLimit-Scope"] = "global"
            headers["Via"] = "1.1 google"
        else:
            headers.update((bucket or roomy_bucket("")).headers())
        body = {
            "message": "You are being rate limited.",
            "retry_after": round(retry_after, 3),
            "global": is_global,
        }
        if not is_global:
            body["code"] = 0
        return json_response(body, 429, headers)

    def _fault_response(self, fault: Any, route: str) -> web.Response:
        if fault.status == 429:
            return self._too_many(fault.retry_after if fault.retry_after is not None else 0.01, False, None)
        default_codes = {
            401: 0,
            403: 50013,
            404: 10003 if route.startswith("/channels") else 10008,
            400: 50035,
        }
        code = fault.code if fault.code is not None else default_codes.get(fault.status, 0)
        messages = {403: "Missing Permissions", 404: "Unknown Channel", 401: "401: Unauthorized"}
        message = messages.get(fault.status, f"{fault.status}: injected by the sandbox")
        return json_response({"message": message, "code": code}, fault.status)

    def _error_response(self, request: web.Request, exc: DiscordError) -> web.Response:
        body: dict[str, Any] = {"message": exc.message, "code": exc.code}
        if exc.errors:
            body["errors"] = exc.errors
        if exc.reject:
            self.fake.rejections.append(
                Rejection(request.method, request.path, exc.status, exc.code, exc.message, exc.errors)
            )
        return json_response(body, exc.status)

    def _finish(
        self,
        request: web.Request,
        route: str,
        response: web.StreamResponse,
        bucket: BucketState | None = None,
    ) -> web.StreamResponse:
        if "Via" not in response.headers:
            response.headers.update((bucket or roomy_bucket(f"{request.method} {route}")).headers())
        if response.status == 429:
            self.fake.rate_limited_count += 1
        header = request.headers.get("Authorization", "")
        counted = header.startswith("Bot ") and not route.startswith(TOKENLESS)
        token = header.removeprefix("Bot ") if counted else None
        self.fake.request_log.append(
            RequestRecord(
                request.method,
                request.path,
                route,
                response.status,
                time.monotonic(),
                token,
                request.get(RECEIVED, 0.0),
            )
        )
        return response

    # -- lookups -----------------------------------------------------------------------------------
    def _app(self, request: web.Request) -> FakeApplication:
        app = request.get(CALLER)
        assert isinstance(app, FakeApplication)
        return app

    def _snowflake(self, request: web.Request, name: str, code: int, what: str) -> int:
        try:
            return int(request.match_info[name])
        except ValueError:
            raise DiscordError(404, code, f"Unknown {what}") from None

    def _channel(self, request: web.Request) -> FakeChannel:
        channel_id = self._snowflake(request, "channel_id", 10003, "Channel")
        channel = self.fake.channels.get(channel_id)
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel")
        app = self._app(request)
        if channel.guild is not None:
            if app.bot_user.id not in channel.guild.members:
                raise DiscordError(403, 50001, "Missing Access")
        elif (
            self.fake.dm_channels.get((app.bot_user.id, channel.recipient.id if channel.recipient else 0))
            is not channel
        ):
            raise DiscordError(403, 50001, "Missing Access")
        return channel

    def _bot_permissions(self, request: web.Request, channel: FakeChannel) -> int:
        if channel.guild is None:
            return (
                perms.VIEW_CHANNEL
                | perms.SEND_MESSAGES
                | perms.EMBED_LINKS
                | perms.ATTACH_FILES
                | perms.READ_MESSAGE_HISTORY
            )
        member = channel.guild.members[self._app(request).bot_user.id]
        return member.permissions_in(channel)

    def _require(self, bits: int, needed: int) -> None:
        if not bits & perms.VIEW_CHANNEL:
            raise DiscordError(403, 50001, "Missing Access")
        if bits & needed != needed:
            raise DiscordError(403, 50013, "Missing Permissions")

    def _message(self, channel: FakeChannel, raw_id: str) -> FakeMessage:
        try:
            message = self.fake.store.by_id.get(int(raw_id))
        except ValueError:
            message = None
        if message is None or message.channel is not channel or message.deleted:
            raise DiscordError(404, 10008, "Unknown Message")
        return message

    def _guild(self, request: web.Request) -> Any:
        guild = self.fake.guilds.get(self._snowflake(request, "guild_id", 10004, "Guild"))
        if guild is None or self._app(request).bot_user.id not in guild.members:
            raise DiscordError(404, 10004, "Unknown Guild")
        return guild

    async def _json_body(self, request: web.Request) -> Body:
        body = await read_body(request)
        if body.malformed:
            raise DiscordError(400, 50109, "The request body contains invalid JSON.")
        return body

    # -- identity ----------------------------------------------------------------------------------
    async def get_user(self, request: web.Request) -> web.Response:
        raw = request.match_info["user_id"]
        if raw == "@me":
            user = self._app(request).bot_user
            return json_response(
                user.to_payload() | {"verified": True, "mfa_enabled": False, "flags": 0, "locale": "en-US"}
            )
        found = self.fake.users.get(self._snowflake(request, "user_id", 10013, "User"))
        if found is None:
            raise DiscordError(404, 10013, "Unknown User")
        return json_response(found.to_payload())

    async def get_application(self, request: web.Request) -> web.Response:
        return json_response(self._app(request).to_payload())

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.fake.gateway_url.rstrip("/")})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": self.fake.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 86_400_000,
                    "max_concurrency": 16,
                },
            }
        )

    async def empty_list(self, request: web.Request) -> web.Response:
        return json_response([])

    async def empty_items(self, request: web.Request) -> web.Response:
        return json_response({"items": []})

    async def get_attachment(self, request: web.Request) -> web.Response:
        try:
            attachment = self.fake.attachments.get(int(request.match_info["attachment_id"]))
        except ValueError:
            attachment = None
        if attachment is None or attachment.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=attachment.data, headers={"Content-Type": attachment.content_type})

    # -- application commands ----------------------------------------------------------------------
    def _registry_scope(self, request: web.Request) -> tuple[Any, int | None]:
        app = self._app(request)
        if request.match_info["application_id"] != str(app.id):
            raise DiscordError(403, 50001, "Missing Access")
        guild_id = None
        if "guild_id" in request.match_info:
            guild_id = self._guild(request).id
        return self.fake.registry(app), guild_id

    async def get_commands(self, request: web.Request) -> web.Response:
        registry, guild_id = self._registry_scope(request)
        return json_response(registry.listing(guild_id))

    async def put_commands(self, request: web.Request) -> web.Response:
        registry, guild_id = self._registry_scope(request)
        specs = (await self._json_body(request)).json
        errors = check_command_specs(specs)
        if errors:
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        stored = registry.overwrite(guild_id, specs)
        self.fake.changes.notify()
        return json_response(stored)

    async def post_command(self, request: web.Request) -> web.Response:
        registry, guild_id = self._registry_scope(request)
        spec = (await self._json_body(request)).json
        errors = check_command_specs([spec])
        if errors:
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        stored = registry.upsert(guild_id, spec)
        self.fake.changes.notify()
        return json_response(stored, 201)

    def _find_command(self, request: web.Request) -> tuple[Any, int | None, dict[str, Any]]:
        registry, guild_id = self._registry_scope(request)
        for command in registry.listing(guild_id):
            if command["id"] == request.match_info["command_id"]:
                return registry, guild_id, command
        raise DiscordError(404, 10063, "Unknown application command")

    async def get_command(self, request: web.Request) -> web.Response:
        return json_response(self._find_command(request)[2])

    async def patch_command(self, request: web.Request) -> web.Response:
        registry, guild_id, command = self._find_command(request)
        changes = (await self._json_body(request)).json or {}
        merged = {
            k: v for k, v in command.items() if k not in ("id", "application_id", "version", "guild_id")
        } | changes
        return json_response(registry.upsert(guild_id, merged))

    async def delete_command(self, request: web.Request) -> web.Response:
        registry, guild_id, command = self._find_command(request)
        registry.delete(guild_id, int(command["id"]))
        return no_content()

    # -- channels and messages ---------------------------------------------------------------------
    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(self._bot_permissions(request, channel), 0)
        return json_response(channel.to_payload())

    async def typing(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(self._bot_permissions(request, channel), perms.SEND_MESSAGES)
        return no_content()

    async def add_reaction(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(
            self._bot_permissions(request, channel), perms.ADD_REACTIONS | perms.READ_MESSAGE_HISTORY
        )
        self._message(channel, request.match_info["message_id"])
        return no_content()

    async def list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(self._bot_permissions(request, channel), perms.READ_MESSAGE_HISTORY)
        q = request.query
        try:
            limit = int(q.get("limit", "50"))
            anchors = {k: int(q[k]) for k in ("before", "after", "around") if k in q}
        except ValueError:
            raise DiscordError(400, 50035, "Invalid Form Body") from None
        if not 1 <= limit <= 100:
            errors = FormErrors()
            errors.add(("limit",), "NUMBER_TYPE_MAX", "int value should be less than or equal to 100.")
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        page = self.fake.store.page(channel.id, limit=limit, **anchors)
        return json_response([self.fake.message_payload(m) for m in page])

    async def get_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        self._require(self._bot_permissions(request, channel), perms.READ_MESSAGE_HISTORY)
        return json_response(
            self.fake.message_payload(self._message(channel, request.match_info["message_id"]))
        )

    def _validated(
        self, body: Body, *, editing: bool = False, existing: int = 0, prefix: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        payload = body.json if isinstance(body.json, dict) else {}
        problem = check_message_body(
            payload, file_count=len(body.files), editing=editing, existing_attachments=existing, prefix=prefix
        )
        if problem is not None:
            code, errors = problem
            if code == 50006:
                raise DiscordError(400, 50006, "Cannot send an empty message")
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        return payload

    def _files(self, body: Body, payload: dict[str, Any]) -> list[tuple[str, bytes, str]]:
        # payload_json's attachments name each files[n] by its index and may rename it.
        names = {
            str(a.get("id")): a.get("filename")
            for a in payload.get("attachments") or []
            if isinstance(a, dict)
        }
        return [(names.get(str(f.index)) or f.filename, f.data, f.content_type) for f in body.files]

    async def create_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        app = self._app(request)
        body = await self._json_body(request)
        payload = self._validated(body)
        thread = self.fake.threads.get(channel.id)
        if thread is not None and thread.archived:
            raise DiscordError(400, 50083, "Thread is archived")
        needed = SEND_MESSAGES_IN_THREADS if thread is not None else perms.SEND_MESSAGES
        if payload.get("embeds"):
            needed |= perms.EMBED_LINKS
        if body.files:
            needed |= perms.ATTACH_FILES
        bits = self._bot_permissions(request, channel)
        self._require(bits, needed)
        if channel.kind == 1 and channel.recipient is not None and not self._can_dm(app, channel):
            raise DiscordError(403, 50007, "Cannot send messages to this user")
        nonce = payload.get("nonce")
        if nonce is not None and payload.get("enforce_nonce"):
            existing = self.fake.store.find_nonce(channel.id, app.bot_user.id, str(nonce))
            if existing is not None:
                return json_response(self.fake.message_payload(existing))
        reference = payload.get("message_reference")
        if reference and reference.get("message_id"):
            referenced = self.fake.store.by_id.get(int(reference["message_id"]))
            if referenced is None and reference.get("fail_if_not_exists", True):
                errors = FormErrors()
                errors.add(("message_reference",), "REPLIES_UNKNOWN_MESSAGE", "Unknown message")
                raise DiscordError(400, 50035, "Invalid Form Body", errors)
        message = self.fake.create_message(channel, app.bot_user, payload, self._files(body, payload))
        if nonce is not None and payload.get("enforce_nonce"):
            self.fake.store.remember_nonce(message, str(nonce))
        return json_response(self.fake.message_payload(message))

    def _can_dm(self, app: FakeApplication, channel: FakeChannel) -> bool:
        user = channel.recipient
        assert user is not None
        if not user.accepts_dms:
            return False
        return any(user.id in g.members for g in self.fake.guilds_of(app))

    async def edit_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        app = self._app(request)
        message = self._message(channel, request.match_info["message_id"])
        body = await self._json_body(request)
        payload = self._validated(body, editing=True)
        if message.author.id != app.bot_user.id:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        self.fake.edit_message(message, payload, self._files(body, payload))
        return json_response(self.fake.message_payload(message))

    async def delete_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        app = self._app(request)
        message = self._message(channel, request.match_info["message_id"])
        if message.author.id != app.bot_user.id:
            self._require(self._bot_permissions(request, channel), perms.MANAGE_MESSAGES)
        self.fake.delete_message(message)
        return no_content()

    async def create_dm(self, request: web.Request) -> web.Response:
        app = self._app(request)
        body = (await self._json_body(request)).json or {}
        try:
            user = self.fake.users.get(int(body.get("recipient_id", 0)))
        except (TypeError, ValueError):
            user = None
        if user is None:
            errors = FormErrors()
            errors.add(("recipient_id",), "BASE_TYPE_REQUIRED", "This field is required")
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        return json_response(self.fake.open_dm(app, user).to_payload())

    # -- guilds ------------------------------------------------------------------------------------
    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        payload = guild.to_payload()
        for key in ("channels", "members", "threads", "presences", "voice_states"):
            payload.pop(key, None)
        payload["approximate_member_count"] = len(guild.members)
        return json_response(payload)

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        return json_response([c.to_payload() for c in self._guild(request).channels.values()])

    async def get_guild_roles(self, request: web.Request) -> web.Response:
        return json_response([r.to_payload() for r in self._guild(request).roles.values()])

    async def list_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        limit = min(int(request.query.get("limit", "1")), 1000)
        after = int(request.query.get("after", "0"))
        members = sorted((m for m in guild.members.values() if m.id > after), key=lambda m: m.id)[:limit]
        return json_response([m.to_payload() for m in members])

    async def get_member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        member = guild.members.get(self._snowflake(request, "user_id", 10007, "Member"))
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member")
        return json_response(member.to_payload())

    # -- interactions ------------------------------------------------------------------------------
    async def interaction_callback(self, request: web.Request) -> web.Response:
        try:
            interaction = self.fake.interactions.get(int(request.match_info["interaction_id"]))
        except ValueError:
            interaction = None
        if interaction is None or interaction.token != request.match_info["interaction_token"]:
            raise DiscordError(404, 10062, "Unknown interaction")
        if interaction.acknowledged:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        late = time.monotonic() - interaction.dispatched_at
        try:
            if late > self.fake.interaction_deadline:
                raise DiscordError(404, 10062, "Unknown interaction")
            body = await self._json_body(request)
            payload = body.json if isinstance(body.json, dict) else {}
            kind = payload.get("type")
            data = payload.get("data") or {}
            resource = self._answer(interaction, kind, data, body)
        except DiscordError as exc:
            # The driver waiting on this interaction learns why the answer never came.
            interaction.error = Rejection(
                request.method, request.path, exc.status, exc.code, exc.message, exc.errors
            )
            interaction.changes.notify()
            raise
        interaction.type = kind
        interaction.latency = late
        interaction.changes.notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        message = (
            interaction.message
            if kind in (CALLBACK_MESSAGE, CALLBACK_DEFERRED_MESSAGE, CALLBACK_UPDATE_MESSAGE)
            else None
        )
        summary: dict[str, Any] = {"id": str(interaction.id), "type": interaction.kind}
        if message is not None:
            summary["response_message_id"] = str(message.id)
            summary["response_message_loading"] = kind == CALLBACK_DEFERRED_MESSAGE
            summary["response_message_ephemeral"] = bool(message.flags & EPHEMERAL)
        resource["type"] = kind
        if message is not None:
            resource["message"] = self.fake.message_payload(message)
        return json_response({"interaction": summary, "resource": resource})

    def _answer(
        self, interaction: InteractionResult, kind: Any, data: dict[str, Any], body: Body
    ) -> dict[str, Any]:
        """Applies the first callback, or raises DiscordError (acknowledging nothing) as Discord would."""
        is_component = interaction.kind in (INTERACTION_COMPONENT, INTERACTION_MODAL_SUBMIT)
        if interaction.kind == INTERACTION_AUTOCOMPLETE and kind != CALLBACK_AUTOCOMPLETE:
            raise DiscordError(
                400, 50035, "Invalid Form Body", _form(("type",), "Autocomplete interactions take type 8")
            )
        if kind == CALLBACK_MESSAGE:
            payload = self._validated(_as_body(data, body), prefix=("data",))
            interaction.original = self.fake.create_message(
                interaction.channel,
                interaction.app.bot_user,
                payload,
                self._files(body, payload),
                interaction=interaction,
            )
        elif kind == CALLBACK_DEFERRED_MESSAGE:
            flags = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
            interaction.original = self.fake.create_message(
                interaction.channel, interaction.app.bot_user, {"flags": flags}, interaction=interaction
            )
        elif kind in (CALLBACK_DEFERRED_UPDATE, CALLBACK_UPDATE_MESSAGE):
            if not is_component or interaction.source_message is None:
                raise DiscordError(
                    400,
                    50035,
                    "Invalid Form Body",
                    _form(("type",), "Only component interactions can update a message"),
                )
            if kind == CALLBACK_UPDATE_MESSAGE:
                payload = self._validated(_as_body(data, body), editing=True, prefix=("data",))
                self.fake.edit_message(interaction.source_message, payload, self._files(body, payload))
                interaction.original = interaction.source_message
        elif kind == CALLBACK_AUTOCOMPLETE:
            if interaction.kind != INTERACTION_AUTOCOMPLETE:
                raise DiscordError(
                    400, 50035, "Invalid Form Body", _form(("type",), "Not an autocomplete interaction")
                )
            errors = check_choices(data.get("choices"))
            if errors:
                raise DiscordError(400, 50035, "Invalid Form Body", errors)
            interaction.choices = list(data["choices"])
        elif kind == CALLBACK_MODAL:
            if interaction.kind == INTERACTION_MODAL_SUBMIT:
                raise DiscordError(
                    400, 50035, "Invalid Form Body", _form(("type",), "A modal cannot open a modal")
                )
            errors = check_modal(data)
            if errors:
                raise DiscordError(400, 50035, "Invalid Form Body", errors)
            interaction.modal = data
        else:
            raise DiscordError(
                400, 50035, "Invalid Form Body", _form(("type",), f"Value {kind!r} is not a valid enum value")
            )
        return {}

    def _interaction_for_webhook(self, request: web.Request) -> InteractionResult:
        interaction = self.fake.interactions_by_token.get(request.match_info["webhook_token"])
        if interaction is None or request.match_info["webhook_id"] != str(interaction.app.id):
            raise DiscordError(404, 10015, "Unknown Webhook")
        if time.monotonic() - interaction.dispatched_at > self.fake.followup_window:
            raise DiscordError(401, 50027, "Invalid Webhook Token")
        return interaction

    def _webhook_message(self, interaction: InteractionResult, raw_id: str) -> FakeMessage:
        if raw_id == "@original":
            message = interaction.message
        else:
            message = next(
                (
                    m
                    for m in [interaction.original, *interaction.followups]
                    if m is not None and str(m.id) == raw_id
                ),
                None,
            )
        if message is None or message.deleted:
            raise DiscordError(404, 10008, "Unknown Message")
        return message

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for_webhook(request)
        message = self._webhook_message(interaction, request.match_info["message_id"])
        return json_response(self.fake.message_payload(message))

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for_webhook(request)
        message = self._webhook_message(interaction, request.match_info["message_id"])
        body = await self._json_body(request)
        was_loading = bool(message.flags & LOADING)
        payload = self._validated(body, editing=not was_loading, existing=len(message.attachments))
        self.fake.edit_message(message, payload, self._files(body, payload))
        if was_loading:
            message.flags &= ~LOADING
        if message is interaction.message:
            interaction.completed = True
        interaction.changes.notify()
        return json_response(self.fake.message_payload(message))

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for_webhook(request)
        message = self._webhook_message(interaction, request.match_info["message_id"])
        self.fake.delete_message(message)
        interaction.changes.notify()
        return no_content()

    async def create_followup(self, request: web.Request) -> web.Response:
        interaction = self._interaction_for_webhook(request)
        if not interaction.acknowledged:
            raise DiscordError(404, 10015, "Unknown Webhook")
        body = await self._json_body(request)
        payload = self._validated(body)
        files = self._files(body, payload)
        original = interaction.original
        if (
            original is not None
            and original.flags & LOADING
            and interaction.type == CALLBACK_DEFERRED_MESSAGE
        ):
            # Discord turns the first follow-up after a "thinking" defer into the original answer.
            payload = {k: v for k, v in payload.items() if k != "flags"}
            message = self.fake.edit_message(original, payload, files)
            message.flags &= ~LOADING
            interaction.completed = True
        else:
            message = self.fake.create_message(
                interaction.channel, interaction.app.bot_user, payload, files, interaction=interaction
            )
        interaction.followups.append(message)
        interaction.changes.notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(self.fake.message_payload(message))
        return no_content()


def _form(path: tuple[str | int, ...], message: str) -> FormErrors:
    errors = FormErrors()
    errors.add(path, "INVALID_INTERACTION_RESPONSE", message)
    return errors


def _as_body(data: dict[str, Any], body: Body) -> Body:
    return Body(json=data, files=body.files)
