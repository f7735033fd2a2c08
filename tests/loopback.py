"""What every fake platform server in the tests shares: an aiohttp app on 127.0.0.1 (never
0.0.0.0), a record of calls, and a way to wait until the record shows what a test expects."""

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web


class LoopbackFake:
    """Base of the fakes: `serve()` an app on a free loopback port; `wait_for()` on `calls`."""

    def __init__(self) -> None:
        self.calls: list[Any] = []
        self.port = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    async def serve(self, app: web.Application) -> None:
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def append(self, log: list[Any], item: Any) -> None:
        """Add `item` to one of the fake's logs and wake whoever waits on it."""
        async with self._changed:
            log.append(item)
            self._changed.notify_all()

    async def changed(self) -> None:
        """Wake whoever waits: something a condition may look at changed (a stored post)."""
        async with self._changed:
            self._changed.notify_all()

    async def record(self, call: Any) -> None:
        await self.append(self.calls, call)

    async def until(self, condition: Callable[[], bool], timeout: float) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), timeout)

    async def wait_for(self, predicate: Callable[[list[Any]], bool], timeout: float = 15) -> None:
        await self.until(lambda: predicate(self.calls), timeout)
