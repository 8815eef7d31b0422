"""The feed reader's worker process: results and errors come back, and overstaying work is stopped."""

from __future__ import annotations

import pytest

from bot.tracker.offload import FeedReader, OverBudgetError
from bot.tracker.parse import ParseError
from tests.bot.tracker import slow_work


async def test_work_over_budget_is_stopped_and_the_reader_recovers() -> None:
    reader = FeedReader(budget=0.5)
    try:
        assert await reader.run(slow_work.add, 2, 3) == 5
        with pytest.raises(OverBudgetError):
            await reader.run(slow_work.spin, 60.0)
        assert await reader.run(slow_work.add, 1, 1) == 2  # a fresh worker took over
    finally:
        await reader.close()


async def test_errors_in_the_worker_reach_the_caller() -> None:
    reader = FeedReader(budget=10)
    try:
        with pytest.raises(ValueError, match="broken"):
            await reader.run(slow_work.fail, "broken")
        with pytest.raises(ParseError):
            await reader.read(b"<html>not a feed</html>", source_id="s", language="en", content_type=None)
    finally:
        await reader.close()


async def test_items_come_back_with_their_verdicts() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><guid>1</guid><title>All of Us Are Dead season 2 begins filming</title></item>"
        b"<item><guid>2</guid><title>Weather tomorrow</title></item></channel></rss>"
    )
    reader = FeedReader(budget=10)
    try:
        read = await reader.read(body, source_id="s", language="en", content_type=None)
    finally:
        await reader.close()
    assert [item.stable_id for item in read.parsed.items] == ["1", "2"]
    assert read.verdicts["1"].relevant and not read.verdicts["2"].relevant
