"""The polling schedule: a job per enabled source, kept in step with the registry, one leader per database."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.config import Settings
from bot.news.service import NewsService
from bot.news.times import utcnow
from bot.storage.database import Database
from tests.support.waiting import eventually


def _service(database: Database, tmp_path: Path) -> NewsService:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "sources:\n"
        "  - {id: live, kind: rss, url: 'https://a.example/rss', interval: 1800}\n"
        "  - {id: paused, kind: rss, url: 'https://b.example/rss', interval: 1800, enabled: false}\n"
    )
    settings = Settings(_env_file=None, database_url=database.url, tracker_enabled=True)  # type: ignore[call-arg]
    return NewsService(database, settings, feeds_path=feeds)


async def _until_leader(service: NewsService) -> None:
    await eventually(lambda: service.scheduler.leader, within=5, what="the scheduler to lead")


async def test_jobs_follow_enabled_sources_and_one_process_leads(database: Database, tmp_path: Path) -> None:
    """Only enabled sources get a job; a removed source loses it; a second process on PostgreSQL waits."""
    first = _service(database, tmp_path)
    await first.start()
    second = None
    try:
        await _until_leader(first)
        sources = {s.key: s for s in await first.sources_for(1)}
        assert first.scheduler.job_ids == [f"source:{sources['builtin:live'].id}"]
        if database.dialect == "postgresql":
            second = _service(database, tmp_path)
            await second.start()
            await eventually(lambda: second.scheduler.election_attempts, what="a second lock attempt")
            assert not second.scheduler.leader
            assert second.scheduler.job_ids == []
        async with database.begin() as conn:
            from bot.news.registry import set_source_enabled

            await set_source_enabled(conn, sources["builtin:live"].id, enabled=False, reason="test")
        await first.scheduler.reschedule()
        assert first.scheduler.job_ids == []
    finally:
        await first.close()
        if second is not None:
            await second.close()


async def _poll_under_way(
    database: Database, tmp_path: Path, monkeypatch
) -> tuple[NewsService, asyncio.Event, list[str]]:
    """A leading service whose one job is running a poll held at a gate."""
    service = _service(database, tmp_path)
    gate = asyncio.Event()
    started = asyncio.Event()
    order: list[str] = []

    async def held_poll(source_id: int, *, scheduled: bool = False) -> None:
        started.set()
        try:
            await gate.wait()
            order.append("poll finished")
        except asyncio.CancelledError:
            order.append("poll cancelled")
            raise

    monkeypatch.setattr(service.scheduler, "poll", held_poll)
    await service.start()
    await _until_leader(service)
    [job_id] = service.scheduler.job_ids
    job = service.scheduler._scheduler.get_job(job_id)  # type: ignore[union-attr]  # started above
    job.modify(next_run_time=utcnow())
    async with asyncio.timeout(5):
        await started.wait()
    return service, gate, order


async def test_stop_lets_a_running_poll_finish_before_returning(
    database: Database, tmp_path: Path, monkeypatch
) -> None:
    """Closing the database under a poll mid-transaction hangs the close: stop() waits for it first."""
    service, gate, order = await _poll_under_way(database, tmp_path, monkeypatch)
    stopping = asyncio.create_task(service.close())
    stopping.add_done_callback(lambda _: order.append("stopped"))
    for _ in range(20):  # plenty of turns for a stop that does not wait to return
        await asyncio.sleep(0)
    gate.set()
    await stopping
    assert order == ["poll finished", "stopped"]


async def test_stop_cancels_a_poll_that_overstays(database: Database, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("bot.news.scheduler.STOP_GRACE_SECONDS", 0.05)
    service, _gate, order = await _poll_under_way(database, tmp_path, monkeypatch)
    await service.close()
    assert order == ["poll cancelled"]
