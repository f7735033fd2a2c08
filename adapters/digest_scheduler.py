"""The digest scheduler: one APScheduler 3 cron job per subscription, and exactly-once posting.

Jobs live in memory and are rebuilt from the state database at start-up and every
SYNC_SECONDS, so a subscription made in chat takes effect within that time. The ledger (not a
job store) is what guarantees exactly once: a post is claimed (platform, channel, local date)
before it is sent and confirmed after. A claim left by a crash between the two is resolved by
asking the platform whether the post exists (the digest carries its key). Run one scheduler per
state database: two would each post on time, and only the ledger would keep one of them out.

Catch-up: at start-up, a subscription whose time has passed today with no post gets it now;
yesterday's is never posted. Daylight saving: a job on a fall-back day fires twice for 01:30 and
the ledger keeps the second out; a 02:30 job on a spring-forward day fires at the first valid
instant (03:30).
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime

import aiohttp
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.digest import (
    ChannelGone,
    RateLimited,
    Sender,
    digest_reply,
    due_today,
    local_day,
    start_of_local_day,
    trigger,
)
from bot.router import Router
from bot.state import StateStore, Subscription

log = logging.getLogger(__name__)
SYNC_SECONDS = 30
MISFIRE_GRACE_SECONDS = 3600
RETRIES = 3
BACKOFF_SECONDS = 2.0


def utc_now() -> datetime:
    return datetime.now(UTC)


class DigestRunner:
    """Posts one subscription's digest at most once per local day."""

    def __init__(
        self,
        router: Router,
        state: StateStore,
        senders: Mapping[str, Sender],
        *,
        now: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.router = router
        self.state = state
        self.senders = senders
        self.now = now
        self.sleep = sleep
        # A claim in the ledger is "posting now" or "crashed while posting"; inside one process
        # these keys tell the two apart (a cron fire racing the start-up catch-up).
        self._in_flight: set[str] = set()

    def key(self, sub: Subscription, day: str) -> str:
        return f"openai-digest:{sub.platform}:{sub.channel}:{day}"

    async def run(self, sub: Subscription) -> str:
        """Post today's digest if it is due and not yet posted; returns what happened."""
        current = self.state.subscription(sub.platform, sub.channel)
        sender = self.senders.get(sub.platform)
        if current is None or current.paused_reason or sender is None:
            return "skipped"
        now = self.now()
        if not due_today(current, now):
            return "not due"  # a late fire from yesterday: yesterday's post is not sent
        day = local_day(current, now)
        key = self.key(current, day.isoformat())
        if key in self._in_flight:
            return "in progress"
        self._in_flight.add(key)
        try:
            return await self._post(current, sender, now, day, key)
        finally:
            self._in_flight.discard(key)

    async def _post(
        self, current: Subscription, sender: Sender, now: datetime, day: date, key: str
    ) -> str:
        status = self.state.claim_digest(current.platform, current.channel, day.isoformat())
        if status == "posted":
            return "already posted"
        if status == "claimed":  # a crash after the claim: did the post get out?
            found = await sender.find(current.channel, key, start_of_local_day(current, now))
            if found is not None:
                self.state.confirm_digest(current.platform, current.channel, day.isoformat(), found)
                return "confirmed"
        reply = await asyncio.to_thread(
            digest_reply,
            self.router.engine,
            self.state,
            platform=current.platform,
            channel=current.channel,
            day=day,
            today=day,
            record=True,
        )
        for attempt in range(1, RETRIES + 1):
            try:
                ref = await sender.send(current.channel, reply, key=key)
            except ChannelGone as exc:
                self.state.pause(current.platform, current.channel, str(exc))
                self.state.release_digest(current.platform, current.channel, day.isoformat())
                return "paused"
            except RateLimited as exc:
                await self.sleep(exc.retry_after)
            except (OSError, TimeoutError, RuntimeError, aiohttp.ClientError) as exc:
                log.warning("digest to %s failed (attempt %d): %s", current.key, attempt, exc)
                await self.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
            else:
                self.state.confirm_digest(current.platform, current.channel, day.isoformat(), ref)
                return "posted"
        self.state.release_digest(current.platform, current.channel, day.isoformat())
        return "failed"

    async def catch_up(self) -> dict[str, str]:
        """Post what is due today and missing (after a restart)."""
        return {sub.key: await self.run(sub) for sub in self.state.subscriptions()}


class DigestScheduler:
    """APScheduler glue: a cron job per subscription, kept in step with the state database."""

    def __init__(self, runner: DigestRunner) -> None:
        self.runner = runner
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": MISFIRE_GRACE_SECONDS,
            },
        )
        self._signatures: dict[str, tuple[str, str]] = {}

    def sync(self) -> None:
        """Add, change and remove jobs to match the subscriptions."""
        wanted = {
            sub.key: sub for sub in self.runner.state.subscriptions() if not sub.paused_reason
        }
        for key in list(self._signatures):
            if key not in wanted:
                self.scheduler.remove_job(key)
                del self._signatures[key]
        for key, sub in wanted.items():
            signature = (sub.post_time, sub.timezone)
            if self._signatures.get(key) == signature:
                continue
            self.scheduler.add_job(
                self.runner.run, trigger(sub), args=(sub,), id=key, replace_existing=True
            )
            self._signatures[key] = signature

    def jobs(self) -> dict[str, datetime | None]:
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs()}

    async def start(self) -> None:
        self.sync()
        self.scheduler.add_job(self.sync, "interval", seconds=SYNC_SECONDS, id="__sync__")
        self.scheduler.start()
        await self.runner.catch_up()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
