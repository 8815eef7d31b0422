"""The gateway: one websocket session per shard, HELLO/IDENTIFY/READY, dispatches, heartbeats and RESUME.

Frames are plain-text JSON: discord.py decompresses only binary frames, so asking for zlib-stream and
receiving text is fine. Each session writes through its own queue so a driver can dispatch from
synchronous code, and keeps its recent frames so a RESUME after a dropped connection replays them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from bot.sandbox.models import FakeApplication, FakeGuild
from bot.sandbox.snowflakes import shard_of

if TYPE_CHECKING:
    from bot.sandbox.fake import FakeDiscord

log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_INVALID_SHARD = 4010
CLOSE_SESSION_TIMED_OUT = 4009

REPLAY_FRAMES = 2000
MEMBERS_PER_CHUNK = 1000


def dumps(payload: Any) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


@dataclass(eq=False)
class GatewaySession:
    """One IDENTIFYed session; it outlives its websocket so that RESUME can pick it up again."""

    id: str
    app: FakeApplication
    shard_id: int
    shard_count: int
    intents: int
    seq: int = 0
    frames: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=REPLAY_FRAMES))
    ws: web.WebSocketResponse | None = None
    outbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    writer: asyncio.Task[None] | None = None
    dispatched: int = 0

    def covers(self, guild_id: int) -> bool:
        return shard_of(guild_id, self.shard_count) == self.shard_id

    def dispatch(self, event: str, data: Any) -> None:
        self.seq += 1
        frame = dumps({"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data})
        self.frames.append((self.seq, frame))
        self.dispatched += 1
        if self.ws is not None:
            self.outbox.put_nowait(frame)

    def attach(self, ws: web.WebSocketResponse) -> None:
        self.detach()
        self.ws = ws
        self.outbox = asyncio.Queue()
        self.writer = asyncio.create_task(self._write(ws), name=f"sandbox-gateway-writer-{self.id}")

    def detach(self) -> None:
        self.ws = None
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None

    async def _write(self, ws: web.WebSocketResponse) -> None:
        outbox = self.outbox
        while True:
            frame = await outbox.get()
            try:
                await ws.send_str(frame)
            except (ConnectionError, RuntimeError):
                # The client went away; the frame stays in the replay buffer for a RESUME.
                log.debug("gateway session %s lost its socket while writing", self.id)
                return


class Gateway:
    """Accepts websocket connections and routes guild events to the sessions that should see them."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, GatewaySession] = {}
        self.sockets: set[web.WebSocketResponse] = set()
        self.heartbeat_interval_ms = 41_250
        self.identified = asyncio.Event()
        # Cleared: new connections wait before HELLO (Discord's gateway unreachable for a while).
        self.accepting = asyncio.Event()
        self.accepting.set()

    # -- routing -----------------------------------------------------------------------------------
    def sessions_for(self, app: FakeApplication) -> list[GatewaySession]:
        return [s for s in self.sessions.values() if s.app is app]

    def dispatch_to_guild(
        self,
        guild: FakeGuild,
        event: str,
        data: Any,
        intent: int,
        *,
        only: FakeApplication | None = None,
        shape: Callable[[GatewaySession, Any], Any] | None = None,
    ) -> None:
        """Sends an event to every connected bot in the guild whose shard covers it and whose intents ask."""
        for session in list(self.sessions.values()):
            if only is not None and session.app is not only:
                continue
            if session.app.bot_user.id not in guild.members:
                continue
            if not session.covers(guild.id) or (intent and not session.intents & intent):
                continue
            session.dispatch(event, shape(session, data) if shape else data)

    def dispatch_to_app(self, app: FakeApplication, event: str, data: Any, intent: int = 0) -> None:
        """Events outside any guild (DMs) go to shard 0, as Discord sends them."""
        for session in self.sessions_for(app):
            if session.shard_id == 0 and (not intent or session.intents & intent):
                session.dispatch(event, data)

    # -- connections -------------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self.sockets.add(ws)
        session: GatewaySession | None = None
        try:
            await self.accepting.wait()
            await ws.send_str(
                dumps({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            )
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op = frame.get("op")
                data = frame.get("d")
                if op == OP_HEARTBEAT:
                    await ws.send_str(dumps({"op": OP_HEARTBEAT_ACK}))
                elif op == OP_IDENTIFY:
                    session = await self._identify(ws, data)
                elif op == OP_RESUME:
                    session = await self._resume(ws, data)
                elif op == OP_REQUEST_MEMBERS and session is not None:
                    self._send_member_chunks(session, data)
                elif op == OP_PRESENCE:
                    continue
                else:
                    log.debug("gateway ignored op %s", op)
        finally:
            self.sockets.discard(ws)
            if session is not None and session.ws is ws:
                session.detach()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> GatewaySession | None:
        app = self.fake.application_for_token(data.get("token", ""))
        if app is None:
            await ws.close(code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return None
        shard_id, shard_count = data.get("shard") or [0, 1]
        if not 0 <= shard_id < shard_count:
            await ws.close(code=CLOSE_INVALID_SHARD, message=b"Invalid shard.")
            return None
        session = GatewaySession(
            secrets.token_hex(16), app, shard_id, shard_count, int(data.get("intents", 0))
        )
        self.sessions[session.id] = session
        session.attach(ws)
        guilds = [g for g in self.fake.guilds_of(app) if session.covers(g.id)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": app.bot_user.to_payload() | {"verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.fake.gateway_url,
            "application": {"id": str(app.id), "flags": app.flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "geo_ordered_rtc_regions": [],
            "guild_join_requests": [],
            "user_settings": {},
            "_trace": ["hyosan-sandbox"],
        }
        if data.get("shard"):
            ready["shard"] = [shard_id, shard_count]
        session.dispatch("READY", ready)
        for guild in guilds:
            session.dispatch("GUILD_CREATE", guild.to_payload())
        self.identified.set()
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> GatewaySession | None:
        session = self.sessions.get(data.get("session_id", ""))
        seq = data.get("seq") or 0
        app = self.fake.application_for_token(data.get("token", ""))
        oldest = session.frames[0][0] if session is not None and session.frames else None
        if session is None or app is not session.app or (oldest is not None and seq < oldest - 1):
            await ws.send_str(dumps({"op": OP_INVALID_SESSION, "d": False}))
            return None
        session.attach(ws)
        for frame_seq, frame in session.frames:
            if frame_seq > seq:
                session.outbox.put_nowait(frame)
        session.dispatch("RESUMED", {"_trace": ["hyosan-sandbox"]})
        return session

    def _send_member_chunks(self, session: GatewaySession, data: dict[str, Any]) -> None:
        guild_ids = data.get("guild_id")
        for raw_id in guild_ids if isinstance(guild_ids, list) else [guild_ids]:
            if raw_id is None:
                continue
            guild = self.fake.guilds.get(int(raw_id))
            if guild is None:
                continue
            members = list(guild.members.values())
            query = (data.get("query") or "").lower()
            if query:
                members = [m for m in members if m.user.name.lower().startswith(query)]
            wanted = data.get("user_ids")
            if wanted:
                wanted_ids = {int(u) for u in (wanted if isinstance(wanted, list) else [wanted])}
                members = [m for m in members if m.id in wanted_ids]
            limit = data.get("limit") or 0
            if limit:
                members = members[:limit]
            chunks = [
                members[i : i + MEMBERS_PER_CHUNK] for i in range(0, len(members), MEMBERS_PER_CHUNK)
            ] or [[]]
            for index, chunk in enumerate(chunks):
                payload: dict[str, Any] = {
                    "guild_id": str(guild.id),
                    "members": [m.to_payload() for m in chunk],
                    "chunk_index": index,
                    "chunk_count": len(chunks),
                }
                if data.get("nonce"):
                    payload["nonce"] = data["nonce"]
                session.dispatch("GUILD_MEMBERS_CHUNK", payload)

    # -- faults ------------------------------------------------------------------------------------
    async def drop(self, app: FakeApplication | None = None, *, code: int = 4000, resume: bool = True) -> int:
        """Closes the sessions' sockets; with resume=False the sessions are forgotten (op 9 on RESUME)."""
        dropped = 0
        for session in list(self.sessions.values()):
            if app is not None and session.app is not app:
                continue
            ws = session.ws
            session.detach()
            if not resume:
                self.sessions.pop(session.id, None)
            if ws is not None and not ws.closed:
                await ws.close(code=code, message=b"sandbox dropped the connection")
                dropped += 1
        return dropped

    def request_reconnect(self, app: FakeApplication | None = None) -> None:
        """Op 7: asks clients to reconnect and resume, as Discord does before a gateway restart."""
        for session in self.sessions.values():
            if (app is None or session.app is app) and session.ws is not None:
                session.outbox.put_nowait(dumps({"op": OP_RECONNECT, "d": None}))

    async def close(self) -> None:
        for session in self.sessions.values():
            session.detach()
        for ws in list(self.sockets):
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.close(code=1001, message=b"sandbox stopping")
