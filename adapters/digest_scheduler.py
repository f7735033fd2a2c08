"""The digest scheduler: one APScheduler 3 cron job per subscription, and exactly-once posting.

Jobs live in memory and are rebuilt from the state database at start-up and every
SYNC_SECONDS, so a subscription made in chat takes effect within that time. The ledger (not a
job store) is what guarantees at most once: a post is claimed (platform, channel, local date)
before it is sent and confirmed after. A claim has an owner and a lease: only the owner posts
while the lease lasts, so two processes on one state database never post side by side; a
claim whose owner died is taken over once its lease runs out. Whoever finds a claim it did not
see through (a crash, a dead owner) first asks the platform whether the post exists (the
digest carries its key), and so does a retry after a failure that may have stored the post (a
timeout, a dropped connection, a 5xx). Failures are retried with backoff until the local day
ends (at least once while the day lasts); then the day is recorded as missed.

Catch-up: at start-up, a subscription whose time has passed today with no post gets it now;
yesterday's is never posted. Daylight saving: a job on a fall-back day fires twice for 01:30 and
the ledger keeps the second out; a 02:30 job on a spring-forward day fires at the first valid
instant (03:30).
"""

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import aiohttp
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from adapters.ops import METRICS
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
from bot.records import Subscription
from bot.router import Router
from bot.state import StateStore

log = logging.getLogger(__name__)
SYNC_SECONDS = 30
MISFIRE_GRACE_SECONDS = 3600
BACKOFF_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 600.0  # retries go on, at most this far apart, until the day ends
MAX_ATTEMPTS = 500  # a bound for a clock that does not move
LEASE_SECONDS = 120.0  # a claim's lease, renewed before every attempt
DUE_NOW_SECONDS = 120  # a subscription made this long after its time posts at once
# A failure after which the post may or may not have been stored (a timeout, a dropped
# connection, a 5xx): look for it before posting again. Connect refused sent nothing.
_ANY_FAILURE = (OSError, TimeoutError, RuntimeError, aiohttp.ClientError)
_NOTHING_SENT = (aiohttp.ClientConnectorError, ConnectionRefusedError)


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
        lease: float = LEASE_SECONDS,
    ) -> None:
        self.router = router
        self.lease = lease
        self.state = state
        self.senders = senders
        self.now = now
        self.sleep = sleep
        # Who claims: a claim names its owner, and only the owner posts while its lease lasts.
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
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
            result = await self._post(current, sender, now, day, key)
        finally:
            self._in_flight.discard(key)
        METRICS.digests.labels(current.platform, result).inc()
        return result

    async def _post(
        self, current: Subscription, sender: Sender, now: datetime, day: date, key: str
    ) -> str:
        where = (current.platform, current.channel, day.isoformat())
        since = start_of_local_day(current, now)
        end = since + timedelta(days=1)
        status = self._claim(where)
        while status == "busy":  # another process's live claim: wait it out, then look
            if self.now() >= end:
                return "posted elsewhere"
            left = self.state.lease_left(*where, self.now().timestamp())
            await self.sleep(max(left, 1.0))
            status = self._claim(where)
        if status in ("posted", "missed"):
            return "already posted" if status == "posted" else "missed"
        must_look = status == "claimed"  # a crash, or an owner gone: did its post get out?
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
        attempt = 0
        while True:
            attempt += 1
            # Renew this owner's lease before each try; a sleep longer than the lease may
            # have let another process take over (and post): then this one stops.
            status = self._claim(where)
            if status in ("posted", "busy", "missed"):
                return {"posted": "already posted", "busy": "posted elsewhere"}.get(
                    status, "missed"
                )
            try:
                if must_look:
                    found = await sender.find(
                        current.channel, key, since, workspace=current.workspace
                    )
                    if found is not None:
                        self.state.confirm_digest(*where, found)
                        return "confirmed"
                    must_look = False
                ref = await sender.send(
                    current.channel, reply, key=key, workspace=current.workspace
                )
            except ChannelGone as exc:
                self.state.pause(current.platform, current.channel, str(exc))
                self.state.release_digest(*where)
                return "paused"
            except RateLimited as exc:  # refused, not stored: try again when told
                await self.sleep(exc.retry_after)
            except _ANY_FAILURE as exc:
                log.warning("digest to %s failed (attempt %d): %s", current.key, attempt, exc)
                await self.sleep(min(BACKOFF_SECONDS * 2 ** (attempt - 1), MAX_BACKOFF_SECONDS))
                # The post may have been stored though the answer was lost: look before
                # posting again (and keep looking until a look gives an answer).
                must_look = must_look or not isinstance(exc, _NOTHING_SENT)
            else:
                self.state.confirm_digest(*where, ref)
                return "posted"
            if self.now() >= end or attempt >= MAX_ATTEMPTS:
                self.state.miss_digest(*where)
                log.error("digest to %s missed for %s after %d attempts", current.key, day, attempt)
                return "missed"

    def _claim(self, where: tuple[str, str, str]) -> str:
        return self.state.claim_digest(
            *where, owner=self.owner, lease=self.lease, now=self.now().timestamp()
        )

    async def catch_up(self) -> dict[str, str]:
        """Post what is due today and missing (after a restart), every channel at once: one
        whose platform keeps failing must not hold up the others, nor stop them."""
        subs = self.state.subscriptions()
        done = await asyncio.gather(*(self.run(sub) for sub in subs), return_exceptions=True)
        results: dict[str, str] = {}
        for sub, result in zip(subs, done, strict=True):
            if isinstance(result, BaseException):
                log.error("digest for %s failed: %r", sub.key, result)
                results[sub.key] = "failed"
            else:
                results[sub.key] = result
        return results


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
        self._posting: set[asyncio.Task[str]] = set()
        self.caught_up: asyncio.Task[dict[str, str]] | None = None

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
        """Start the jobs and, in the background, the catch-up (which may retry all day: it
        must not keep the adapters from starting, nor hide their failures)."""
        self.sync()
        self.scheduler.add_job(self.sync, "interval", seconds=SYNC_SECONDS, id="__sync__")
        self.scheduler.start()
        loop = asyncio.get_running_loop()
        # A subscription made in chat reaches the jobs at once (not at the next sync), from
        # whichever thread the command ran in.

        def notify(platform: str, channel: str) -> None:
            loop.call_soon_threadsafe(self.changed, platform, channel)

        self.runner.state.watch(notify)
        self.caught_up = asyncio.get_running_loop().create_task(self.runner.catch_up())

    def changed(self, platform: str, channel: str) -> None:
        """Bring the jobs in step with one subscription now; post at once if its time is
        this very minute (a cron job set up after that instant would wait for tomorrow)."""
        self.sync()
        sub = self.runner.state.subscription(platform, channel)
        if sub is None or sub.paused_reason:
            return
        local = self.runner.now().astimezone(ZoneInfo(sub.timezone))
        hour, minute = (int(p) for p in sub.post_time.split(":"))
        due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if timedelta(0) <= local - due <= timedelta(seconds=DUE_NOW_SECONDS):
            task = asyncio.get_running_loop().create_task(self.runner.run(sub))
            self._posting.add(task)
            task.add_done_callback(self._posting.discard)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.caught_up is not None:
            self.caught_up.cancel()
