"""A count of finished handlers that can be waited on.

Platform events are handled in tasks of their own, after the platform has been acknowledged;
"the bot is done with that event" is otherwise invisible (most events end in silence by
design). Tests wait on it instead of sleeping, and it is the one place to see that handling
is keeping up.
"""

import asyncio


class Progress:
    """How many handlers have finished; `reach(n)` waits until at least n have."""

    def __init__(self) -> None:
        self.count = 0
        self._changed: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:  # made on first use, inside the running loop
            self._changed = asyncio.Condition()
        return self._changed

    async def done(self) -> None:
        """One more handler has finished (whatever it did)."""
        self.count += 1
        changed = self._condition()
        async with changed:
            changed.notify_all()

    async def reach(self, count: int, timeout: float = 15.0) -> None:
        """Return once `count` handlers have finished; TimeoutError after `timeout` seconds."""
        changed = self._condition()
        async with changed:
            await asyncio.wait_for(changed.wait_for(lambda: self.count >= count), timeout)
