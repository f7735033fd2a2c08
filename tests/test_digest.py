"""The daily digest: cron and DST math, a real scheduler on a controlled clock, exactly once,
catch-up, fallbacks, failures, and posts through the fake Slack and Discord."""

import asyncio
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import apscheduler.executors.base as executor_base
import apscheduler.schedulers.base as scheduler_base
import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
from slack_sdk.web.async_client import AsyncWebClient

from adapters.digest_scheduler import LEASE_SECONDS, DigestRunner, DigestScheduler
from adapters.discord_app import DiscordSender
from adapters.slack_app import SlackSender
from bot.digest import ChannelGone, RateLimited, digest_reply, due_today, trigger
from bot.message import Message
from bot.records import Subscription
from bot.reply import Reply
from bot.router import Router
from bot.state import StateStore
from knowledge.engine import Engine

BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")


class FakeSender:
    """Records posts; can fail on demand; finds posts by key like a platform would."""

    platform = "slack"

    def __init__(self, *, store_delay: float = 0.0) -> None:
        self.posts: list[tuple[str, str, Reply]] = []
        self.failures: list[Exception] = []
        self.lost_answers = 0  # posts stored whose answer then times out
        self.store_delay = store_delay  # the platform takes this long to store a post
        self.looked = 0
        self.find_failures: list[Exception] = []

    async def send(self, channel: str, reply: Reply, *, key: str, workspace: str = "") -> str:
        if self.failures:
            raise self.failures.pop(0)
        if self.store_delay:
            await asyncio.sleep(self.store_delay)
        self.posts.append((channel, key, reply))
        if self.lost_answers:
            self.lost_answers -= 1
            raise TimeoutError("the answer never came")
        return f"ref{len(self.posts)}"

    async def find(
        self, channel: str, key: str, since: datetime, *, workspace: str = ""
    ) -> str | None:
        self.looked += 1
        if self.find_failures:
            raise self.find_failures.pop(0)
        for n, (posted_channel, posted_key, _) in enumerate(self.posts, start=1):
            if posted_channel == channel and posted_key == key:
                return f"ref{n}"
        return None


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def state(tmp_path: Path) -> Iterator[StateStore]:
    store = StateStore(tmp_path / "state.db")
    yield store
    store.close()


def _runner(router: Router, state: StateStore, sender: Any, clock: Clock) -> DigestRunner:
    async def no_sleep(seconds: float) -> None:  # time passes, instantly
        sleeps.append(seconds)
        clock.moment += timedelta(seconds=seconds)

    sleeps: list[float] = []
    runner = DigestRunner(router, state, {"slack": sender}, now=clock, sleep=no_sleep)
    runner.sleeps = sleeps  # type: ignore[attr-defined]
    return runner


def _sub(post_time: str = "09:00", zone: str = "Europe/Berlin") -> Subscription:
    return Subscription(
        platform="slack", channel="C1", post_time=post_time, timezone=zone, created_by="U1"
    )


# --- cron and daylight saving ------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "post_time", "expected"),
    [
        # Fall back: 01:30 happens twice; the trigger fires twice (the ledger keeps one).
        (
            NEW_YORK,
            date(2026, 11, 1),
            "01:30",
            ["2026-11-01T05:30:00+00:00", "2026-11-01T06:30:00+00:00"],
        ),
        (
            BERLIN,
            date(2026, 10, 25),
            "02:30",
            ["2026-10-25T00:30:00+00:00", "2026-10-25T01:30:00+00:00"],
        ),
        # Spring forward: 02:30 does not exist; it fires at the first valid instant (03:30).
        (BERLIN, date(2026, 3, 29), "02:30", ["2026-03-29T01:30:00+00:00"]),
        (NEW_YORK, date(2026, 3, 8), "02:30", ["2026-03-08T07:30:00+00:00"]),
        # An ordinary day, for contrast.
        (BERLIN, date(2026, 11, 24), "09:00", ["2026-11-24T08:00:00+00:00"]),
    ],
)
def test_fire_times(zone: ZoneInfo, day: date, post_time: str, expected: list[str]) -> None:
    sub = _sub(post_time, str(zone))
    cron = trigger(sub)
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    end = start + timedelta(days=1)
    fires, previous, now = [], None, start
    while True:
        fire = cron.get_next_fire_time(previous, now)
        if fire is None or fire >= end or fire.astimezone(UTC).isoformat() in fires:
            break
        fires.append(fire.astimezone(UTC).isoformat())
        previous, now = fire, fire + timedelta(seconds=1)
    assert fires == expected
    for fire_text in fires:
        assert due_today(sub, datetime.fromisoformat(fire_text))


@pytest.mark.parametrize(
    ("utc", "due"),
    [
        ("2026-03-29T00:59:00+00:00", False),  # 01:59 CET, the last minute before the gap
        ("2026-03-29T01:00:00+00:00", True),  # 03:00 CEST: 02:30 was skipped, so it is due
        ("2026-03-29T01:29:00+00:00", True),  # 03:29, before the cron's 03:30
        ("2026-10-25T00:29:00+00:00", False),  # 02:29 CEST on the fall-back day
        ("2026-10-25T00:30:00+00:00", True),  # the first 02:30
        # 02:10 CET, the hour again: the wall clock says not yet; the second 02:30 comes and
        # finds the day posted in the ledger
        ("2026-10-25T01:10:00+00:00", False),
        ("2026-10-25T01:30:00+00:00", True),
    ],
)
def test_due_today_across_daylight_saving(utc: str, due: bool) -> None:
    assert due_today(_sub("02:30", str(BERLIN)), datetime.fromisoformat(utc)) is due


async def test_the_day_is_the_subscriptions_own(router: Router, state: StateStore) -> None:
    """At 23:30 UTC on September 26 it is 08:30 on September 27 in Tokyo: an 08:00 digest
    there is September 27's, in its content and in the ledger."""
    sub = state.subscribe("slack", "C1", "08:00", "Asia/Tokyo", "U1")
    clock = Clock(datetime(2026, 9, 26, 23, 30, tzinfo=UTC))
    sender = FakeSender()
    runner = _runner(router, state, sender, clock)
    assert await runner.run(sub) == "posted"
    (post,) = sender.posts
    assert post[1].endswith(":2026-09-27") and "September 27" in post[2].text
    assert state.last_digest("slack", "C1")[0] == "2026-09-27"  # type: ignore[index]


async def test_fall_back_posts_once(router: Router, state: StateStore) -> None:
    sub = state.subscribe("slack", "C1", "01:30", "America/New_York", "U1")
    clock = Clock(datetime(2026, 11, 1, 5, 30, tzinfo=UTC))
    sender = FakeSender()
    runner = _runner(router, state, sender, clock)
    assert await runner.run(sub) == "posted"
    clock.moment = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # the second 01:30
    assert await runner.run(sub) == "already posted"
    assert len(sender.posts) == 1


# --- a real AsyncIOScheduler on a controlled clock ------------------------------------------


async def test_scheduler_fires_on_time(
    router: Router, state: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(datetime(2026, 11, 24, 7, 59, tzinfo=UTC))  # 08:59 in Berlin

    class ControlledDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> "ControlledDatetime":
            moment = clock()
            return moment.astimezone(tz) if tz else moment  # type: ignore[return-value]

    monkeypatch.setattr(scheduler_base, "datetime", ControlledDatetime)
    monkeypatch.setattr(executor_base, "datetime", ControlledDatetime)  # misfire checks
    state.subscribe("slack", "C1", "09:00", "Europe/Berlin", "U1")
    sender = FakeSender()
    scheduler = DigestScheduler(_runner(router, state, sender, clock))
    finished: asyncio.Queue[str] = asyncio.Queue()
    scheduler.scheduler.add_listener(
        lambda event: finished.put_nowait(event.job_id),
        EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED,
    )
    await scheduler.start()  # catch-up at 08:59: not due yet
    try:
        assert sender.posts == []
        assert scheduler.jobs()["slack:C1"] == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)

        async def tick() -> None:
            """Let the scheduler look at the (controlled) clock and finish what it started."""
            while not finished.empty():
                finished.get_nowait()
            scheduler.scheduler._process_jobs()
            job = scheduler.scheduler.get_job("slack:C1")
            due = job is not None and job.next_run_time <= clock()
            if due or scheduler.scheduler._executors["default"]._pending_futures:
                assert await asyncio.wait_for(finished.get(), 10) == "slack:C1"

        await tick()
        assert sender.posts == []
        clock.moment = datetime(2026, 11, 24, 8, 0, 5, tzinfo=UTC)
        await tick()
        assert len(sender.posts) == 1
        clock.moment = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
        await tick()
        assert len(sender.posts) == 1
        # A subscription changed in chat reaches the jobs at once, without waiting for a sync.
        state.subscribe("slack", "C2", "10:00", "UTC", "U1")
        await asyncio.sleep(0)  # the notice is handed to the loop
        assert "slack:C2" in scheduler.jobs()
        state.unsubscribe("slack", "C2")
        await asyncio.sleep(0)
        assert "slack:C2" not in scheduler.jobs()
        # Subscribing for this very minute, seconds after it began, posts now (not tomorrow).
        clock.moment = datetime(2026, 11, 24, 10, 0, 20, tzinfo=UTC)
        state.subscribe("slack", "C3", "10:00", "UTC", "U1")
        await asyncio.sleep(0)
        await asyncio.gather(*scheduler._posting)
        assert [key for _channel, key, _reply in sender.posts][-1].startswith(
            "openai-digest:slack:C3:2026-11-24"
        )
        # ... and for a time still ahead: the job's first run is today
        clock.moment = datetime(2026, 11, 24, 10, 59, 40, tzinfo=UTC)
        state.subscribe("slack", "C4", "11:00", "UTC", "U1")
        await asyncio.sleep(0)
        assert scheduler.jobs()["slack:C4"] == datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    finally:
        scheduler.shutdown()


# --- restarts and crashes ------------------------------------------------------------------


async def test_catch_up_same_day_but_not_the_next(router: Router, state: StateStore) -> None:
    state.subscribe("slack", "C1", "09:00", "Europe/Berlin", "U1")
    sender = FakeSender()
    clock = Clock(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))  # down at 09:00, back at 15:00
    assert await _runner(router, state, sender, clock).catch_up() == {"slack:C1": "posted"}
    restarted = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 20, 0, tzinfo=UTC)))
    assert await restarted.catch_up() == {"slack:C1": "already posted"}
    next_morning = _runner(router, state, sender, Clock(datetime(2026, 11, 25, 6, 0, tzinfo=UTC)))
    assert await next_morning.catch_up() == {"slack:C1": "not due"}  # no post of yesterday's
    assert len(sender.posts) == 1
    assert state.last_digest("slack", "C1") is not None


async def test_crash_after_claim_and_after_post(router: Router, state: StateStore) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    clock = Clock(datetime(2026, 11, 24, 9, 5, tzinfo=UTC))
    runner = _runner(router, state, sender, clock)
    # Crash after the claim, before the post: the next run waits out the dead owner's lease,
    # looks, and posts (no loss).
    assert state.claim_digest("slack", "C1", "2026-11-24", now=clock().timestamp()) == "new"
    assert await runner.run(sub) == "posted"
    assert len(sender.posts) == 1
    assert runner.sleeps == [LEASE_SECONDS]  # type: ignore[attr-defined]
    # Crash after the post, before the confirmation: found on the platform, not re-posted.
    key = runner.key(sub, "2026-11-25")
    sender.posts.append(("C1", key, sender.posts[0][2]))
    clock.moment = datetime(2026, 11, 25, 9, 5, tzinfo=UTC)
    assert state.claim_digest("slack", "C1", "2026-11-25", now=clock().timestamp()) == "new"
    assert await runner.run(sub) == "confirmed"
    assert len(sender.posts) == 2


# --- content --------------------------------------------------------------------------------


def _digest(
    engine: Engine, state: StateStore | None, day: date, *, channel: str = "C1", record: bool = True
) -> Reply:
    return digest_reply(
        engine,
        state,
        platform="slack",
        channel=channel,
        day=day,
        today=date(2026, 11, 24),
        record=record,
    )


def test_content_falls_back_day_month_archive(engine: Engine, state: StateStore) -> None:
    day = _digest(engine, state, date(2026, 9, 27))
    assert day.title.startswith("On this day") and "2 years ago" in day.text
    month = _digest(engine, state, date(2026, 9, 1))
    assert month.title.startswith("This month") and month.citations
    archive = _digest(engine, state, date(2026, 7, 4))
    assert archive.title.startswith("From the") and len(archive.citations) == 1
    for reply in (day, month, archive):
        assert reply.citations and reply.footer.startswith("Daily digest")


def test_archive_rotates_without_repeats(engine: Engine, state: StateStore) -> None:
    total = len(engine.stated_event_ids())
    picks = []
    for n in range(total):
        day = date(2026 + n // 31, 7, 1 + n % 31)  # July: no events, so the archive answers
        picks.append(_digest(engine, state, day, channel="C9").citations[0].quote)
    assert len(set(picks)) == total  # no repeats until the archive is used up
    assert _digest(engine, state, date(2028, 7, 4), channel="C9").citations  # then over again
    first = _digest(engine, None, date(2026, 7, 4), channel="X", record=False)
    second = _digest(engine, None, date(2026, 7, 4), channel="X", record=False)
    assert first.citations == second.citations  # deterministic per channel and date


# --- failures -------------------------------------------------------------------------------


async def test_channel_gone_pauses_and_status_says_why(
    router: Router, state: StateStore, engine: Engine
) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.failures = [ChannelGone("Slack: channel_not_found")]
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.run(sub) == "paused"
    assert await runner.run(sub) == "skipped"  # not retried forever
    status = Router(engine, state=state).handle(
        Message(text="digest status", platform="slack", channel="C1")
    )
    assert "Paused: Slack: channel_not_found" in status.text
    resumed = Router(engine, state=state).handle(
        Message(text="digest subscribe", platform="slack", channel="C1")
    )
    assert resumed.title.startswith("Subscribed")
    assert state.subscription("slack", "C1").paused_reason == ""  # type: ignore[union-attr]


async def test_rate_limits_wait_and_errors_retry_bounded(router: Router, state: StateStore) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.failures = [RateLimited(7.0), OSError("reset")]
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.run(sub) == "posted"
    assert runner.sleeps[0] == 7.0 and len(runner.sleeps) == 2  # type: ignore[attr-defined]
    sub2 = state.subscribe("slack", "C2", "09:00", "UTC", "U1")
    sender.failures = [OSError("down")] * 3  # three failures no longer lose the day
    assert await runner.run(sub2) == "posted"
    assert len(sender.posts) == 2


# --- commands ---------------------------------------------------------------------------------


def test_digest_commands(engine: Engine, state: StateStore) -> None:
    now = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    router = Router(engine, state=state, now=lambda: now, today=lambda: now.date())

    def say(text: str, **where: Any) -> Reply:
        return router.handle(
            Message(text=text, platform="discord", channel="42", user="u1", **where)
        )

    assert "no daily digest" in say("digest status").title
    created = say("digest subscribe 9:30 America/New_York")
    assert "09:30 (America/New_York)" in created.title
    assert "2026-11-24 09:30 EST" in created.intro
    status = say("digest status")
    assert "Daily at 09:30 (America/New_York)" in status.intro and "No post yet" in status.intro
    assert "On this day" in say("digest preview 09-27").title
    assert "not a time of day" in say("digest subscribe 25:00").title
    assert "not an IANA time zone" in say("digest subscribe Mars/Olympus").title
    assert "at 09:00 (UTC)" in say("digest subscribe 9am UTC").title  # 12-hour times too
    assert "at 21:30 (Europe/Berlin)" in say("digest subscribe 9:30pm Europe/Berlin").title
    wrong = say("digest subscribe 13pm")
    assert "“13pm” is not a time of day" in wrong.title and "9:30pm" in wrong.text
    refused = say("digest unsubscribe", can_manage=False)
    assert "Only people who may manage" in refused.title
    assert say("digest unsubscribe").title == "Unsubscribed."


# --- end to end through the fake platforms --------------------------------------------------


async def test_digest_through_fake_slack(router: Router, state: StateStore) -> None:
    from .fake_slack import FakeSlack

    fake = FakeSlack()
    await fake.start()
    try:
        sender = SlackSender(AsyncWebClient(token="xoxb-test", base_url=fake.api_url))
        sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
        runner = DigestRunner(
            router, state, {"slack": sender}, now=Clock(datetime(2026, 9, 27, 9, 0, tzinfo=UTC))
        )
        assert await runner.run(sub) == "posted"
        (post,) = fake.named("chat.postMessage")
        assert post["channel"] == "C1" and "On this day" in post["text"]
        assert post["metadata"]["event_payload"]["key"] == "openai-digest:slack:C1:2026-09-27"
        # A crash between post and confirmation: found through conversations.history.
        state.run("UPDATE digest_ledger SET status = 'claimed'")
        assert await runner.run(sub) == "confirmed"
        assert len(fake.named("chat.postMessage")) == 1
        # Slack's 429 is a RateLimited carrying its Retry-After; the runner waits that long
        fake.faults["chat.postMessage"] = ["429"]
        with pytest.raises(RateLimited) as limited:
            await sender.send("C3", Reply(command="digest", title="x"), key="k")
        assert limited.value.retry_after == 0.0 and not fake.faults["chat.postMessage"]
        fake.faults["chat.postMessage"] = ["429", "429"]
        waits: list[float] = []

        async def waited(seconds: float) -> None:
            waits.append(seconds)

        limited_runner = DigestRunner(
            router,
            state,
            {"slack": sender},
            now=Clock(datetime(2026, 9, 27, 9, 0, tzinfo=UTC)),
            sleep=waited,
        )
        third = state.subscribe("slack", "C3", "09:00", "UTC", "U1")
        assert await limited_runner.run(third) == "posted"
        assert waits == [0.0, 0.0]  # Retry-After: 0, twice; no look (nothing was stored)
        assert not fake.named("conversations.history")[1:]  # only the crash above looked
        fake.errors["chat.postMessage"] = "not_in_channel"
        other = state.subscribe("slack", "C2", "09:00", "UTC", "U1")
        assert await runner.run(other) == "paused"
        assert "not_in_channel" in state.subscription("slack", "C2").paused_reason  # type: ignore[union-attr]
    finally:
        await fake.stop()


async def test_digest_through_fake_discord(
    router: Router, state: StateStore, tmp_path: Path
) -> None:
    import discord.gateway
    import discord.http

    from adapters.discord_app import DiscordAdapter, DiscordConfig, digest_mark

    from . import fake_discord as fd

    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    fake = fd.FakeDiscord()
    await fake.start()
    adapter = DiscordAdapter(
        router,
        state,
        DiscordConfig(
            token="t", api_base_url=fake.api, gateway_url=fake.gateway, guild_ready_timeout=0.1
        ),
    )
    task = asyncio.create_task(adapter.run())
    try:
        await asyncio.wait_for(adapter.client.wait_until_ready(), 20)
        sub = state.subscribe("discord", fd.CHANNEL_ID, "09:00", "UTC", "U1")
        runner = DigestRunner(
            router,
            state,
            {"discord": DiscordSender(adapter.client)},
            now=Clock(datetime(2026, 9, 25, 9, 0, tzinfo=UTC)),
        )
        assert await runner.run(sub) == "posted"
        (post,) = fake.posted(f"/channels/{fd.CHANNEL_ID}/messages")
        assert post["enforce_nonce"] is True and post["nonce"]
        assert post["allowed_mentions"]["parse"] == []
        assert "Murati" in str(post["embeds"][0])
        # A crash between post and confirmation: found again by the mark in its footer.
        state.run("UPDATE digest_ledger SET status = 'claimed'")
        assert await runner.run(sub) == "confirmed"
        assert len(fake.posted(f"/channels/{fd.CHANNEL_ID}/messages")) == 1
        gone = state.subscribe("discord", "999", "09:00", "UTC", "U1")
        fake.missing_channels.add("999")
        assert await runner.run(gone) == "paused"
        # How the sender names what went wrong: a channel it may not use is gone (the
        # subscription pauses); any other refusal is a failure to retry after a look.
        sender = DiscordSender(adapter.client)
        reply = Reply(command="digest", title="On this day", footer="Daily digest · 2026-09-25")
        fake.forbidden_channels.add(fd.CHANNEL_ID)
        with pytest.raises(ChannelGone, match="Discord: 403"):
            await sender.send(fd.CHANNEL_ID, reply, key="k1")
        with pytest.raises(ChannelGone, match="Discord: 403"):
            await sender.find(fd.CHANNEL_ID, "k1", datetime(2026, 9, 25, tzinfo=UTC))
        fake.forbidden_channels.clear()
        fake.post_faults = ["400"]
        with pytest.raises(RuntimeError, match="Discord: 400"):
            await sender.send(fd.CHANNEL_ID, reply, key="k2")
        assert await sender.find(fd.CHANNEL_ID, "k2", datetime(2026, 9, 25, tzinfo=UTC)) is None
        fake.post_faults = ["stored-then-500"]  # discord.py retries; the nonce returns the first
        stored = await sender.send(fd.CHANNEL_ID, reply, key="k3")
        since = datetime(2026, 9, 25, tzinfo=UTC)
        assert await sender.find(fd.CHANNEL_ID, "k3", since) == stored
        # only the bot's own message counts: someone quoting the footer is not the digest
        footer = {"text": f"Daily digest · 2026-09-25 · {digest_mark('k4')}"}
        fake.store(fd.CHANNEL_ID, "", embeds=[{"title": "On this day", "footer": footer}])
        assert await sender.find(fd.CHANNEL_ID, "k4", since) is None
        # a channel that is gone is gone when looking, too; a refusal of another kind is a
        # failure to retry, never a reason to pause the subscription
        with pytest.raises(ChannelGone, match="Discord: 404"):
            await sender.find("999", "k1", since)
        fake.refusing_channels.add("777")
        with pytest.raises(RuntimeError, match="Discord: 400"):
            await sender.send("777", reply, key="k5")
    finally:
        await adapter.client.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await fake.stop()
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


async def test_console_subscription_posts_to_stdout(router: Router, state: StateStore) -> None:
    import io

    from adapters.console import ConsoleSender

    out = io.StringIO()
    sub = state.subscribe("console", "console", "09:00", "UTC", "me")
    runner = DigestRunner(
        router,
        state,
        {"console": ConsoleSender(out)},
        now=Clock(datetime(2026, 9, 27, 9, 0, tzinfo=UTC)),
    )
    assert await runner.run(sub) == "posted"
    assert "On this day in OpenAI history: September 27" in out.getvalue()


def test_cli_digest_for_a_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from adapters.cli import main

    from .conftest import SEEDS

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_BOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPENAI_BOT_SEEDS_DIR", str(SEEDS))
    result = CliRunner().invoke(main, ["digest", "--date", "2026-09-27", "--json"])
    assert result.exit_code == 0, result.output
    reply = json.loads(result.stdout)
    assert reply["command"] == "digest" and "September 27" in reply["title"]
    assert reply["citations"][0]["article"].startswith("003")


async def test_a_fire_racing_the_catch_up_posts_once(router: Router, state: StateStore) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC)))
    results = await asyncio.gather(runner.run(sub), runner.catch_up())
    assert len(sender.posts) == 1
    assert sorted([results[0], results[1]["slack:C1"]]) == ["in progress", "posted"]


async def test_slack_recovery_reads_back_to_the_claim_in_a_busy_channel() -> None:
    from .fake_slack import FakeSlack

    fake = FakeSlack()
    await fake.start()
    try:
        sender = SlackSender(AsyncWebClient(token="xoxb-test", base_url=fake.api_url))
        claimed = datetime.now(UTC) - timedelta(seconds=1)
        key = "openai-digest:slack:C9:2026-11-25"
        reply = Reply(command="digest", title="On this day", footer="Daily digest · 2026-11-25")
        posted = await sender.send("C9", reply, key=key)
        for n in range(250):  # people kept talking after the post, before the recovery
            fake.store("C9", f"chatter {n}")
        assert await sender.find("C9", key, claimed) == posted
        pages = fake.named("conversations.history")
        assert len(pages) >= 2 and all(p["oldest"] == str(claimed.timestamp()) for p in pages)
        assert await sender.find("C9", key.replace("C9", "C8"), claimed) is None
    finally:
        await fake.stop()


async def test_a_post_stored_before_a_timeout_is_found_not_posted_again(
    router: Router, state: StateStore
) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.lost_answers = 1  # stored, then the answer timed out
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.run(sub) == "confirmed"
    assert len(sender.posts) == 1 and sender.looked == 1


async def test_connect_refused_sent_nothing_and_is_retried_without_looking(
    router: Router, state: StateStore
) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.failures = [ConnectionRefusedError("refused")] * 2
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.run(sub) == "posted"
    assert len(sender.posts) == 1 and sender.looked == 0


async def test_failures_are_retried_until_the_day_ends_then_missed(
    router: Router, state: StateStore, engine: Engine
) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.failures = [RuntimeError("Slack: 503")] * 10_000
    clock = Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC))
    runner = _runner(router, state, sender, clock)
    assert await runner.run(sub) == "missed"
    assert clock.moment >= datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # tried all day long
    assert max(runner.sleeps) <= 600  # type: ignore[attr-defined]
    assert state.missed_digest("slack", "C1") == "2026-11-24"
    status = Router(engine, state=state).handle(
        Message(text="digest status", platform="slack", channel="C1")
    )
    assert "Missed: 2026-11-24" in status.text
    assert not sender.posts


async def test_two_processes_on_one_state_post_once(router: Router, tmp_path: Path) -> None:
    first, second = StateStore(tmp_path / "shared.db"), StateStore(tmp_path / "shared.db")
    try:
        sub = first.subscribe("slack", "C1", "00:00", "UTC", "U1")
        sender = FakeSender(store_delay=0.3)  # the platform is slow to store a post
        runners = [
            DigestRunner(router, store, {"slack": sender}, lease=0.5) for store in (first, second)
        ]
        done = await asyncio.gather(*(r.run(sub) for r in runners))
        assert sorted(done) == ["already posted", "posted"], done
        assert len(sender.posts) == 1
    finally:
        first.close()
        second.close()


async def test_an_owner_that_slept_past_its_lease_never_posts_after_a_taker_over(
    router: Router, tmp_path: Path
) -> None:
    first, second = StateStore(tmp_path / "shared.db"), StateStore(tmp_path / "shared.db")
    try:
        sub = first.subscribe("slack", "C1", "09:00", "UTC", "U1")
        clock = Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC))
        sender = FakeSender()
        sender.failures = [RateLimited(300.0)]  # told to wait longer than the lease
        taken_over = asyncio.Event()
        asleep = asyncio.Event()

        async def sleep_while_another_takes_over(seconds: float) -> None:
            clock.moment += timedelta(seconds=seconds)
            asleep.set()
            await taken_over.wait()

        slow = DigestRunner(
            router, first, {"slack": sender}, now=clock, sleep=sleep_while_another_takes_over
        )
        running = asyncio.create_task(slow.run(sub))
        await asyncio.wait_for(asleep.wait(), 5)  # the first owner sleeps, its lease run out
        other = DigestRunner(router, second, {"slack": sender}, now=clock)
        assert await other.run(sub) == "posted"  # took over, looked, posted
        taken_over.set()
        assert await running == "already posted"
        assert len(sender.posts) == 1
    finally:
        first.close()
        second.close()


async def test_a_look_that_fails_is_tried_again_before_any_second_post(
    router: Router, state: StateStore
) -> None:
    sub = state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    sender = FakeSender()
    sender.lost_answers = 1  # stored, answer lost
    sender.find_failures = [RuntimeError("Slack: 503"), OSError("reset")]  # and the look fails
    runner = _runner(router, state, sender, Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.run(sub) == "confirmed"
    assert len(sender.posts) == 1 and sender.looked == 3


async def test_a_catch_up_failure_is_logged_not_raised(router: Router, state: StateStore) -> None:
    class Broken(FakeSender):
        async def find(
            self, channel: str, key: str, since: datetime, *, workspace: str = ""
        ) -> str | None:
            raise KeyError("a bug in a sender")

    state.subscribe("slack", "C1", "09:00", "UTC", "U1")
    state.claim_digest("slack", "C1", "2026-11-24", now=0.0)  # a dead owner's claim: look first
    runner = _runner(router, state, Broken(), Clock(datetime(2026, 11, 24, 9, 1, tzinfo=UTC)))
    assert await runner.catch_up() == {"slack:C1": "failed"}
