"""Health and metrics through the running bot: what an orchestrator and Prometheus would read."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.offline import OfflineWorld
from tests.bot.delivery.seed import queue, settled
from tests.support.waiting import eventually


@pytest.fixture
def world_settings() -> dict[str, Any]:
    return {"metrics_port": 0}  # any free port


async def get(world: OfflineWorld, path: str) -> httpx.Response:
    assert world.bot.health is not None
    async with httpx.AsyncClient() as client:
        return await client.get(f"http://127.0.0.1:{world.bot.health.port}{path}")


async def test_health_readiness_and_metrics(world: OfflineWorld, monkeypatch) -> None:
    assert (await get(world, "/healthz")).text == "ok\n"
    ready = await get(world, "/readyz")
    assert ready.status_code == 200 and ready.json() == {"ready": True}

    await world.invoke("character", {"name": "lee-cheong-san"})
    await world.invoke("character", {"name": "nam-on-jo"})
    await world.invoke("about")
    await queue(world, channels=("news",))
    await settled(world)
    assert world.bot.health is not None
    await world.bot.health.refresh()
    metrics = (await get(world, "/metrics")).text
    assert 'hyosan_interaction_seconds_count{command="character"} 2.0' in metrics
    assert 'hyosan_interactions_total{command="character",outcome="completed"} 2.0' in metrics
    assert 'hyosan_interactions_total{command="about",outcome="completed"} 1.0' in metrics
    assert "hyosan_outbox_oldest_pending_seconds 0.0" in metrics
    assert "hyosan_trivia_games 0.0" in metrics
    assert 'hyosan_deliveries_total{outcome="sent"} 1.0' in metrics
    assert 'hyosan_outbox_rows{state="sent"} 1.0' in metrics
    assert "hyosan_shards_connected 1.0" in metrics
    assert "hyosan_guilds 1.0" in metrics
    # The shipped Grafana dashboard queries only what this endpoint serves.
    dashboard = json.loads((Path(__file__).parents[2] / "ops" / "grafana-dashboard.json").read_text())
    queried = {
        re.sub(r"_bucket$", "", name)
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"hyosan_[a-z_]+", target["expr"])
    }
    missing = {name for name in queried if f"# TYPE {name} " not in metrics}
    assert queried and not missing, missing

    def database_down() -> Any:
        raise OSError("connection refused")

    monkeypatch.setattr(world.bot.db, "connect", database_down)
    not_ready = await get(world, "/readyz")
    assert not_ready.status_code == 503
    assert not_ready.json()["problems"] == ["database not answering (OSError)"]
    assert (await get(world, "/healthz")).status_code == 200  # alive, just not ready


async def test_off_unless_a_port_is_set(world: OfflineWorld) -> None:
    assert world.bot.health is not None  # this module's worlds ask for it
    from bot.client import Hyosan

    quiet = Hyosan(world.bot.settings.model_copy(update={"metrics_port": None}), dataset=world.bot.dataset)
    assert quiet.health is None
    await quiet.news.close()
    await quiet.db.close()


async def test_polls_are_counted_by_outcome(world: OfflineWorld) -> None:
    """The news service reports every poll; the metrics count them by outcome."""
    from bot.news.service import PollOutcome

    for outcome in (
        PollOutcome(1, "a", ok=True),
        PollOutcome(1, "a", ok=True, not_modified=True),
        PollOutcome(2, "b", ok=False, error="HTTP 500"),
    ):
        for hook in world.bot.news.on_polled:
            hook(outcome)
    metrics = (await get(world, "/metrics")).text
    for outcome in ("fetched", "not_modified", "failed"):
        assert f'hyosan_feed_polls_total{{outcome="{outcome}"}} 1.0' in metrics


async def test_not_ready_while_a_shard_is_disconnected(world: OfflineWorld, monkeypatch) -> None:
    """A shard whose gateway connection is closed makes the process not ready, named in the reason."""
    import discord

    monkeypatch.setattr(discord.ShardInfo, "is_closed", lambda self: True)
    down = await get(world, "/readyz")
    assert down.status_code == 503 and down.json()["problems"] == ["shards not connected: [0]"]
    monkeypatch.undo()
    assert (await get(world, "/readyz")).json() == {"ready": True}


async def test_not_ready_while_discord_drops_the_gateway(world: OfflineWorld) -> None:
    """The fake closes the gateway connection and holds the reconnection: /readyz answers 503 naming
    the shard; once the gateway answers again the session resumes and /readyz is 200 again."""
    resumed = asyncio.Event()

    async def on_shard_resumed(shard_id: int) -> None:
        resumed.set()

    world.bot.add_listener(on_shard_resumed)
    world.fake.hold_gateway()
    try:
        assert await world.fake.drop_gateway(world.app) == 1

        async def down() -> bool:
            return (await get(world, "/readyz")).status_code == 503

        await eventually(down, what="/readyz to report the dropped connection")
        assert (await get(world, "/readyz")).json()["problems"] == ["shards not connected: [0]"]
        assert (await get(world, "/healthz")).status_code == 200  # alive, just not ready
    finally:
        world.fake.release_gateway()
    await asyncio.wait_for(resumed.wait(), 30)

    async def up() -> bool:
        return (await get(world, "/readyz")).status_code == 200

    await eventually(up, within=30, what="/readyz back to 200 after the resume")
