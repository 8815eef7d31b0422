"""The fake's world: applications, users, guilds, channels, roles, members and messages.

Each object renders itself as the JSON Discord would send, and state changes made by a driver are
announced through the guild's event sink so a connected bot's cache stays true.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox import permissions as perms
from bot.sandbox.mentions import Pings
from bot.sandbox.snowflakes import SnowflakeFactory

EventSink = Callable[[int, str, dict[str, Any], int], None]  # guild_id, event name, payload, intent bit

INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15

EPHEMERAL = 1 << 6
LOADING = 1 << 7


def iso(moment: dt.datetime) -> str:
    return moment.isoformat()


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(eq=False)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    global_name: str | None = None
    accepts_dms: bool = True

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass(eq=False)
class FakeApplication:
    id: int
    name: str
    token: str = field(repr=False)
    bot_user: FakeUser
    flags: int = 0

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": secrets.token_hex(32),
            "flags": self.flags,
            "owner": {"id": "1", "username": "owner", "discriminator": "0", "avatar": None},
            "team": None,
            "bot": self.bot_user.to_payload(),
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
        }


@dataclass(eq=False)
class FakeRole:
    id: int
    guild: FakeGuild = field(repr=False)
    name: str
    permissions: int
    position: int = 0
    mentionable: bool = False
    bot_id: int | None = None

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.bot_id is not None,
            "mentionable": self.mentionable,
            "flags": 0,
        }
        if self.bot_id is not None:
            payload["tags"] = {"bot_id": str(self.bot_id)}
        return payload

    def edit(self, *, permissions: Any = None, name: str | None = None) -> None:
        """Changes the role and tells connected bots (GUILD_ROLE_UPDATE)."""
        if permissions is not None:
            self.permissions = perms.as_bits(permissions)
        if name is not None:
            self.name = name
        self.guild._emit(
            "GUILD_ROLE_UPDATE", {"guild_id": str(self.guild.id), "role": self.to_payload()}, INTENT_GUILDS
        )


@dataclass(eq=False)
class FakeMember:
    user: FakeUser
    guild: FakeGuild = field(repr=False)
    roles: list[FakeRole] = field(default_factory=list)
    locale: str = "en-US"
    joined_at: dt.datetime = field(default_factory=now_utc)
    nick: str | None = None

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def name(self) -> str:
        return self.user.name

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def base_permissions(self) -> int:
        return perms.base_permissions(
            self.guild.default_role.permissions,
            [r.permissions for r in self.roles],
            is_owner=self.guild.owner_id == self.id,
        )

    def permissions_in(self, channel: FakeChannel) -> int:
        if self.guild.owner_id == self.id:
            return perms.ALL
        return perms.channel_permissions(
            self.base_permissions(),
            guild_id=self.guild.id,
            member_id=self.id,
            member_role_ids=[r.id for r in self.roles],
            overwrites=channel.overwrites,
        )

    def to_payload(self, *, with_user: bool = True, channel: FakeChannel | None = None) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "roles": [str(r.id) for r in self.roles],
            "joined_at": iso(self.joined_at),
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if with_user:
            payload["user"] = self.user.to_payload()
        if channel is not None:
            payload["permissions"] = str(self.permissions_in(channel))
        return payload

    def add_roles(self, *roles: FakeRole) -> None:
        """Gives roles and tells connected bots (GUILD_MEMBER_UPDATE)."""
        for role in roles:
            if role not in self.roles:
                self.roles.append(role)
        self._announce()

    def remove_roles(self, *roles: FakeRole) -> None:
        self.roles = [r for r in self.roles if r not in roles]
        self._announce()

    def _announce(self) -> None:
        payload = self.to_payload()
        payload["guild_id"] = str(self.guild.id)
        self.guild._emit("GUILD_MEMBER_UPDATE", payload, INTENT_GUILD_MEMBERS)


@dataclass(eq=False)
class FakeChannel:
    id: int
    name: str
    guild: FakeGuild | None = field(repr=False)
    kind: int = 0  # 0 text, 1 DM, 4 category, 5 announcement
    position: int = 0
    topic: str | None = None
    overwrites: dict[int, perms.Overwrite] = field(default_factory=dict)
    recipient: FakeUser | None = None
    last_message_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def to_payload(self, *, with_guild_id: bool = True) -> dict[str, Any]:
        if self.kind == 1:
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": str(self.last_message_id) if self.last_message_id else None,
                "recipients": [self.recipient.to_payload()] if self.recipient else [],
                "flags": 0,
            }
        payload: dict[str, Any] = {
            "id": str(self.id),
            "type": self.kind,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [ow.to_payload() for ow in self.overwrites.values()],
            "parent_id": None,
            "topic": self.topic,
            "nsfw": False,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if with_guild_id and self.guild is not None:
            payload["guild_id"] = str(self.guild.id)
        return payload

    def set_permissions(self, target: FakeRole | FakeMember, *, allow: Any = 0, deny: Any = 0) -> None:
        """Sets one overwrite (replacing any) and tells connected bots (CHANNEL_UPDATE)."""
        kind = 1 if isinstance(target, FakeMember) else 0
        self.overwrites[target.id] = perms.Overwrite(
            target.id, kind, perms.as_bits(allow), perms.as_bits(deny)
        )
        self._announce("CHANNEL_UPDATE")

    def clear_permissions(self, target: FakeRole | FakeMember) -> None:
        self.overwrites.pop(target.id, None)
        self._announce("CHANNEL_UPDATE")

    def _announce(self, event: str) -> None:
        if self.guild is not None:
            self.guild._emit(event, self.to_payload(), INTENT_GUILDS)


@dataclass(eq=False)
class FakeAttachment:
    id: int
    filename: str
    data: bytes
    url: str
    content_type: str = "application/octet-stream"
    description: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "filename": self.filename,
            "size": self.size,
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
        }
        if self.description:
            payload["description"] = self.description
        return payload


@dataclass(frozen=True)
class ButtonInfo:
    custom_id: str | None
    label: str | None
    disabled: bool
    style: int
    url: str | None = None


@dataclass(eq=False)
class FakeMessage:
    id: int
    channel: FakeChannel = field(repr=False)
    author: FakeUser
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    nonce: str | int | None = None
    attachments: list[FakeAttachment] = field(default_factory=list)
    allowed_mentions: dict[str, Any] | None = None
    pings: Pings = field(default_factory=Pings)
    created_at: dt.datetime = field(default_factory=now_utc)
    edited_at: dt.datetime | None = None
    message_reference: dict[str, Any] | None = None
    application_id: int | None = None
    interaction_id: int | None = None
    interaction_user: FakeUser | None = None
    interaction_name: str | None = None
    type: int = 0
    deleted: bool = False
    tts: bool = False

    @property
    def author_id(self) -> int:
        return self.author.id

    @property
    def channel_id(self) -> int:
        return self.channel.id

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def mentions_would_ping(self) -> bool:
        """True when Discord would notify a user, a role, @everyone or @here for this message."""
        return bool(self.pings)

    @property
    def buttons(self) -> list[ButtonInfo]:
        return [
            ButtonInfo(
                c.get("custom_id"),
                c.get("label"),
                bool(c.get("disabled", False)),
                c.get("style", 1),
                c.get("url"),
            )
            for c in iter_components(self.components)
            if c.get("type") == 2
        ]

    def find_button(self, *, label: str | None = None, custom_id: str | None = None) -> ButtonInfo:
        for button in self.buttons:
            if (label is None or button.label == label) and (
                custom_id is None or button.custom_id == custom_id
            ):
                return button
        raise LookupError(f"no button label={label!r} custom_id={custom_id!r} on message {self.id}")

    def find_component(self, custom_id: str) -> dict[str, Any] | None:
        for component in iter_components(self.components):
            if component.get("custom_id") == custom_id:
                return component
        return None

    def to_payload(
        self, *, member: FakeMember | None = None, users: Callable[[int], FakeUser | None]
    ) -> dict[str, Any]:
        mentioned = [u for u in (users(uid) for uid in sorted(self.pings.users)) if u is not None]
        payload: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel.id),
            "author": self.author.to_payload(),
            "content": self.content,
            "timestamp": iso(self.created_at),
            "edited_timestamp": iso(self.edited_at) if self.edited_at else None,
            "tts": self.tts,
            "mention_everyone": self.pings.everyone,
            "mentions": [u.to_payload() for u in mentioned],
            "mention_roles": [str(r) for r in sorted(self.pings.roles)],
            "attachments": [a.to_payload() for a in self.attachments],
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "type": self.type,
            "flags": self.flags,
        }
        if self.nonce is not None:
            payload["nonce"] = self.nonce
        if self.channel.guild is not None:
            payload["guild_id"] = str(self.channel.guild.id)
            if member is not None:
                payload["member"] = member.to_payload(with_user=False)
        if self.message_reference is not None:
            payload["message_reference"] = self.message_reference
        if self.application_id is not None:
            payload["application_id"] = str(self.application_id)
        if self.interaction_id is not None:
            payload["webhook_id"] = str(self.application_id)
            user = self.interaction_user.to_payload() if self.interaction_user else None
            payload["interaction_metadata"] = {
                "id": str(self.interaction_id),
                "type": 2,
                "user": user,
                "authorizing_integration_owners": {},
            }
            payload["interaction"] = {
                "id": str(self.interaction_id),
                "type": 2,
                "name": self.interaction_name or "",
                "user": user,
            }
        return payload


def iter_components(components: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Walks components depth-first, through action rows, sections, containers and labels."""
    for component in components:
        yield component
        children = component.get("components")
        if isinstance(children, list):
            yield from iter_components(children)
        inner = component.get("component")
        if isinstance(inner, dict):
            yield from iter_components([inner])
        accessory = component.get("accessory")
        if isinstance(accessory, dict):
            yield from iter_components([accessory])


@dataclass(eq=False)
class FakeGuild:
    """A guild. Create with FakeDiscord.create_guild so ids and events are wired."""

    id: int
    name: str
    ids: SnowflakeFactory = field(repr=False)
    sink: EventSink = field(repr=False)
    locale: str = "en-US"
    owner_id: int = 0
    channels: dict[int, FakeChannel] = field(default_factory=dict, repr=False)
    roles: dict[int, FakeRole] = field(default_factory=dict, repr=False)
    members: dict[int, FakeMember] = field(default_factory=dict, repr=False)
    system_channel_id: int | None = None
    register_user: Callable[[FakeUser], None] | None = field(default=None, repr=False)
    created_at: dt.datetime = field(default_factory=now_utc, repr=False)

    # -- lookups -----------------------------------------------------------------------------------
    @property
    def default_role(self) -> FakeRole:
        return self.roles[self.id]

    @property
    def owner(self) -> FakeMember:
        return self.members[self.owner_id]

    @property
    def system_channel(self) -> FakeChannel | None:
        return self.channels.get(self.system_channel_id) if self.system_channel_id else None

    @property
    def text_channels(self) -> list[FakeChannel]:
        return [c for c in self.channels.values() if c.kind in (0, 5)]

    def channel(self, name: str) -> FakeChannel:
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise LookupError(f"guild {self.name!r} has no channel {name!r}")

    def role(self, name: str) -> FakeRole:
        for role in self.roles.values():
            if role.name == name:
                return role
        raise LookupError(f"guild {self.name!r} has no role {name!r}")

    def member(self, name: str) -> FakeMember:
        for member in self.members.values():
            if member.user.name == name:
                return member
        raise LookupError(f"guild {self.name!r} has no member {name!r}")

    # -- changes a driver makes --------------------------------------------------------------------
    def _emit(self, event: str, payload: dict[str, Any], intent: int) -> None:
        self.sink(self.id, event, payload, intent)

    def add_channel(
        self,
        name: str,
        *,
        overwrites: dict[FakeRole | FakeMember, Any] | None = None,
        kind: int = 0,
        topic: str | None = None,
        announce: bool = True,
    ) -> FakeChannel:
        """Adds a text channel; overwrites map a role/member to (allow, deny) or a PermissionOverwrite."""
        channel = FakeChannel(
            self.ids.next(), name, self, kind=kind, position=len(self.channels), topic=topic
        )
        for target, value in (overwrites or {}).items():
            allow, deny = _overwrite_bits(value)
            ow_kind = 1 if isinstance(target, FakeMember) else 0
            channel.overwrites[target.id] = perms.Overwrite(target.id, ow_kind, allow, deny)
        self.channels[channel.id] = channel
        if announce:
            channel._announce("CHANNEL_CREATE")
        return channel

    def delete_channel(self, channel: FakeChannel | str) -> None:
        """Removes a channel and tells connected bots (CHANNEL_DELETE)."""
        if isinstance(channel, str):
            channel = self.channel(channel)
        self.channels.pop(channel.id, None)
        channel._announce("CHANNEL_DELETE")

    def add_role(
        self, name: str, permissions: Any = 0, *, mentionable: bool = False, announce: bool = True
    ) -> FakeRole:
        role = FakeRole(
            self.ids.next(),
            self,
            name,
            perms.as_bits(permissions),
            position=len(self.roles),
            mentionable=mentionable,
        )
        self.roles[role.id] = role
        if announce:
            self._emit(
                "GUILD_ROLE_CREATE", {"guild_id": str(self.id), "role": role.to_payload()}, INTENT_GUILDS
            )
        return role

    def add_member(
        self,
        name: str,
        *,
        permissions: Any = None,
        roles: Iterable[FakeRole] = (),
        locale: str = "en-US",
        bot: bool = False,
        user: FakeUser | None = None,
        announce: bool = True,
    ) -> FakeMember:
        """Adds a member; ``permissions`` gives them a personal role with exactly those extra bits."""
        if user is None:
            user = FakeUser(self.ids.next(), name, bot=bot)
        if self.register_user is not None:
            self.register_user(user)
        member = FakeMember(user, self, list(roles), locale=locale)
        if permissions is not None and perms.as_bits(permissions):
            member.roles.append(self.add_role(f"{name}'s role", permissions, announce=announce))
        self.members[user.id] = member
        if announce:
            payload = member.to_payload()
            payload["guild_id"] = str(self.id)
            self._emit("GUILD_MEMBER_ADD", payload, INTENT_GUILD_MEMBERS)
        return member

    def remove_member(self, member: FakeMember) -> None:
        self.members.pop(member.id, None)
        self._emit(
            "GUILD_MEMBER_REMOVE",
            {"guild_id": str(self.id), "user": member.user.to_payload()},
            INTENT_GUILD_MEMBERS,
        )

    def to_payload(self) -> dict[str, Any]:
        """The GUILD_CREATE body: everything a bot's cache starts from."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "features": ["COMMUNITY"],
            "preferred_locale": self.locale,
            "system_channel_id": str(self.system_channel_id) if self.system_channel_id else None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "max_members": 500000,
            "roles": [r.to_payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [c.to_payload(with_guild_id=False) for c in self.channels.values()],
            "threads": [],
            "members": [m.to_payload() for m in self.members.values()],
            "member_count": len(self.members),
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": len(self.members) >= 250,
            "unavailable": False,
            "joined_at": iso(self.created_at),
            "lazy": True,
        }


def _overwrite_bits(value: Any) -> tuple[int, int]:
    if isinstance(value, tuple):
        return perms.as_bits(value[0]), perms.as_bits(value[1])
    pair = getattr(value, "pair", None)
    if callable(pair):
        allow, deny = pair()
        return perms.as_bits(allow), perms.as_bits(deny)
    raise TypeError("an overwrite is (allow, deny) or a discord.PermissionOverwrite")
