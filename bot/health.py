"""Health and metrics over HTTP, for an orchestrator and for Prometheus.

``/healthz``: the process and its event loop answer (a hung loop can't answer anything at all).
``/readyz``: connected to Discord and the database answers: send traffic here, or wait.
``/metrics``: Prometheus text format: the outbox by state, deliveries, feed health, shards,
servers, and how long interactions took to complete. Off unless ``METRICS_PORT`` is set; it binds
``METRICS_HOST`` (127.0.0.1 by default: expose it deliberately, it is not meant for the internet).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import sqlalchemy as sa
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.delivery import outbox_store
from bot.news.times import utcnow
from bot.storage.tables import news_sources

if TYPE_CHECKING:
    from bot.client import Hyosan
    from bot.news.service import PollOutcome

log = logging.getLogger(__name__)

# Database-backed gauges are read in the background, not per scrape: a scrape storm stays cheap.
REFRESH_SECONDS = 15.0
READY_DB_TIMEOUT = 2.0


class BotCollector(Collector):
    """Reads the bot's own state at scrape time, plus what the refresher last read from the database."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        self.outbox: dict[str, int] = {}
        self.oldest_pending_seconds = 0.0
        self.sources: dict[str, int] = {}
        self.database_errors = 0

    def collect(self) -> Iterator[Metric]:
        stats = self.bot.delivery.stats
        deliveries = CounterMetricFamily(
            "hyosan_deliveries", "Announcement deliveries by outcome", labels=["outcome"]
        )
        for outcome in ("sent", "retried", "failed", "reconciled", "released"):
            deliveries.add_metric([outcome], getattr(stats, outcome))
        yield deliveries
        outbox = GaugeMetricFamily("hyosan_outbox_rows", "Outbox rows by state", labels=["state"])
        for state in ("pending", "sending", "sent", "failed"):
            outbox.add_metric([state], self.outbox.get(state, 0))
        yield outbox
        yield GaugeMetricFamily(
            "hyosan_outbox_oldest_pending_seconds",
            "How long the oldest due announcement has waited (0 when none waits)",
            value=self.oldest_pending_seconds,
        )
        yield CounterMetricFamily(
            "hyosan_database_errors",
            "Failed reads of the health and metrics refresher",
            value=self.database_errors,
        )
        trivia = self.bot.get_cog("Trivia")
        games = len(getattr(trivia, "runners", {})) if trivia is not None else 0
        yield GaugeMetricFamily("hyosan_trivia_games", "Trivia games running in this process", value=games)
        sources = GaugeMetricFamily("hyosan_news_sources", "News sources by health", labels=["health"])
        for health in ("ok", "failing", "disabled"):
            sources.add_metric([health], self.sources.get(health, 0))
        yield sources
        yield GaugeMetricFamily("hyosan_guilds", "Servers this process serves", value=len(self.bot.guilds))
        latency = GaugeMetricFamily(
            "hyosan_shard_latency_seconds", "Gateway heartbeat latency per shard", labels=["shard"]
        )
        connected = 0
        for shard_id, shard in self.bot.shards.items():
            if not shard.is_closed():
                connected += 1
            if shard.latency == shard.latency and shard.latency != float("inf"):  # not NaN or inf
                latency.add_metric([str(shard_id)], shard.latency)
        yield latency
        yield GaugeMetricFamily(
            "hyosan_shards_connected", "Shards with an open gateway connection", value=connected
        )
        yield GaugeMetricFamily(
            "hyosan_news_leader",
            "1 when this process runs the news polls",
            value=int(self.bot.news.scheduler.leader),
        )


class HealthServer:
    def __init__(self, bot: Hyosan, *, host: str, port: int) -> None:
        self.bot = bot
        self.host = host
        self.port = port
        self.registry = CollectorRegistry()
        self.collector = BotCollector(bot)
        self.registry.register(self.collector)
        self.interaction_seconds = Histogram(
            "hyosan_interaction_seconds",
            "From an interaction's creation to its command completing",
            ["command"],
            buckets=(0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0),
            registry=self.registry,
        )
        self.interactions = Counter(
            "hyosan_interactions",
            "Slash commands by command and outcome (completed, refused: the user's mistake, failed: a bug)",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.polls = Counter(
            "hyosan_feed_polls",
            "News source polls by outcome (fetched, not_modified, failed, skipped)",
            ["outcome"],
            registry=self.registry,
        )
        self._runner: web.AppRunner | None = None
        self._refresher: asyncio.Task[None] | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server  # the bound port, when 0 asked the system for a free one
        if isinstance(server, asyncio.Server) and server.sockets:
            self.port = server.sockets[0].getsockname()[1]
        self._refresher = asyncio.create_task(self._refresh_forever(), name="hyosan-metrics-refresh")
        log.info("health and metrics on http://%s:%d (/healthz, /readyz, /metrics)", self.host, self.port)

    async def stop(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
            self._refresher = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def observe_interaction(self, command: str, created_at: float) -> None:
        self.interaction_seconds.labels(command).observe(max(0.0, time.time() - created_at))
        self.count_interaction(command, "completed")

    def count_poll(self, outcome: PollOutcome) -> None:
        if outcome.skipped:
            result = "skipped"
        elif not outcome.ok:
            result = "failed"
        else:
            result = "not_modified" if outcome.not_modified else "fetched"
        self.polls.labels(result).inc()

    def count_interaction(self, command: str, outcome: str) -> None:
        self.interactions.labels(command, outcome).inc()

    async def refresh(self) -> None:
        """Read the database-backed gauges now."""
        async with self.bot.db.connect() as conn:
            self.collector.outbox = await outbox_store.counts_by_state(conn)
            oldest = await outbox_store.oldest_due(conn, now=utcnow())
            self.collector.oldest_pending_seconds = (utcnow() - oldest).total_seconds() if oldest else 0.0
            rows = (
                await conn.execute(sa.select(news_sources.c.enabled, news_sources.c.consecutive_failures))
            ).all()
        counts = {"ok": 0, "failing": 0, "disabled": 0}
        for enabled, failures in rows:
            counts["disabled" if not enabled else "failing" if failures else "ok"] += 1
        self.collector.sources = counts

    async def _refresh_forever(self) -> None:
        # The server starts before the schema is migrated (so a slow start is visible): read once ready.
        await self.bot.wait_until_ready()
        while True:
            try:
                await self.refresh()
            except Exception:
                self.collector.database_errors += 1
                log.warning("could not read metrics from the database", exc_info=True)
            await asyncio.sleep(REFRESH_SECONDS)

    async def _healthz(self, _request: web.Request) -> web.Response:
        if self.bot.is_closed():
            return web.Response(status=503, text="closing\n")
        return web.Response(text="ok\n")

    async def _readyz(self, _request: web.Request) -> web.Response:
        """200 when every shard of this process is connected and the database answers; else 503 and why."""
        problems: list[str] = []
        if self.bot.is_closed() or not self.bot.is_ready():
            problems.append("not connected to Discord")
        closed = sorted(shard_id for shard_id, shard in self.bot.shards.items() if shard.is_closed())
        if closed:
            problems.append(f"shards not connected: {closed}")
        try:
            async with asyncio.timeout(READY_DB_TIMEOUT):
                async with self.bot.db.connect() as conn:
                    await conn.execute(sa.text("SELECT 1"))
        except Exception as error:
            problems.append(f"database not answering ({type(error).__name__})")
        if problems:
            return web.json_response({"ready": False, "problems": problems}, status=503)
        return web.json_response({"ready": True})

    async def _metrics(self, _request: web.Request) -> web.Response:
        body = generate_latest(self.registry)
        return web.Response(body=body, headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"})
