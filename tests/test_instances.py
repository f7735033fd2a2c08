"""Several instances on one state database: every Slack event answered once, every digest
posted once, whichever instance a delivery or a schedule reaches (both backends; the
PostgreSQL run is the shared-database deployment)."""

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.digest_scheduler import DigestRunner
from adapters.slack_app import SlackAdapter, SlackConfig, SlackSender
from bot.router import Router
from bot.state import StateStore

from .fake_slack import FakeSlack
from .test_slack import PAYLOADS, SECRET, Harness

EVENTS = 200
CHANNELS = 100


async def _instance(
    slack: FakeSlack, router: Router, target: Path | str
) -> tuple[Harness, Any, StateStore]:
    state = StateStore(target)
    config = SlackConfig(bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url)
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    await adapter.check_credentials()
    runner = await adapter.start_http(port=0)
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
    return Harness(adapter, url, slack), runner, state


async def test_two_instances_answer_every_event_once(
    slack: FakeSlack, router: Router, state_target: Path | str
) -> None:
    """200 mentions delivered round-robin to two instances, each retried (X-Slack-Retry-Num
    1 to 3) to the other one: exactly 200 replies, one per event."""
    first, second = [await _instance(slack, router, state_target) for _ in range(2)]
    instances = (first[0], second[0])
    template = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    try:
        for start in range(0, EVENTS, 25):
            deliveries = []
            for n in range(start, start + 25):
                event = dict(
                    template, text="<@UBOT> who is greg brockman", ts=f"1700000000.{n:06d}"
                )
                home, other = instances[n % 2], instances[(n + 1) % 2]
                deliveries.append(home.event(event, f"Ev{n}"))
                for retry in (1, 2, 3):
                    deliveries.append(
                        other.event(
                            event,
                            f"Ev{n}",
                            **{"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "timeout"},
                        )
                    )
            responses = await asyncio.gather(*deliveries)
            assert all(r.status == 200 for r in responses)
        handled = first[0].adapter.handled, second[0].adapter.handled
        total = EVENTS * 4
        await asyncio.wait_for(_until(lambda: handled[0].count + handled[1].count >= total), 60)
        posts = slack.named("chat.postMessage")
        keys = [p["metadata"]["event_payload"]["key"] for p in posts]
        assert len(posts) == EVENTS and sorted(keys) == sorted(f"Ev{n}" for n in range(EVENTS))
        assert all(h.count > 0 for h in handled)  # both instances did answer
    finally:
        for harness, runner, state in (first, second):
            await harness.session.close()
            await runner.cleanup()
            state.close()


async def _until(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0.05)


async def test_two_schedulers_post_each_digest_once(
    slack: FakeSlack, router: Router, state_target: Path | str
) -> None:
    """100 channels due at the same minute, both instances' schedulers catching up at once:
    exactly 100 posts, none twice."""
    stores = [StateStore(state_target) for _ in range(2)]
    for n in range(CHANNELS):
        stores[0].subscribe("slack", f"C{n:03d}", "09:00", "UTC", "U1")
    now = datetime(2026, 9, 27, 9, 0, tzinfo=UTC)
    sender = SlackSender(AsyncWebClient(token="xoxb-test", base_url=slack.api_url))

    async def glance(_seconds: float) -> None:  # the other owner's lease: look again soon
        await asyncio.sleep(0.01)

    runners = [
        DigestRunner(router, s, {"slack": sender}, now=lambda: now, sleep=glance) for s in stores
    ]
    try:
        results = await asyncio.gather(*(r.catch_up() for r in runners))
        posts = slack.named("chat.postMessage")
        assert sorted(p["channel"] for p in posts) == [f"C{n:03d}" for n in range(CHANNELS)]
        outcomes = [v for r in results for v in r.values()]
        assert outcomes.count("posted") == CHANNELS  # the others found it taken
        assert set(outcomes) <= {"posted", "posted elsewhere", "already posted"}
        assert {s.last_digest("slack", "C042") for s in stores} != {None}
    finally:
        for s in stores:
            s.close()


async def test_a_killed_instance_leaves_no_digest_missing_or_doubled(
    slack: FakeSlack, postgres_url: str, tmp_path: Path
) -> None:
    """Two `openai-bot run` processes on one PostgreSQL state, 100 digests due: one is
    killed (SIGKILL) in the middle of posting. The other takes over its claims once their
    leases run out, finds what the dead one posted and posts the rest: 100 posts, none twice."""
    import os
    import socket
    import subprocess
    import sys

    store = StateStore(postgres_url)
    for n in range(CHANNELS):
        store.subscribe("slack", f"C{n:03d}", "00:00", "UTC", "U1")  # due all day
    # Slack stores one post at a time: five seconds for all of them, less than a lease (a
    # lease must outlast any one post, queueing included, or a live owner is taken over)
    slack.post_delay = 0.05

    def start(name: str) -> "subprocess.Popen[bytes]":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {
            **os.environ,
            "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
            "OPENAI_BOT_DATA_DIR": str(tmp_path / name),
            "OPENAI_BOT_SEEDS_DIR": str(Path(__file__).resolve().parent.parent / "seeds"),
            "OPENAI_BOT_STATE_URL": postgres_url,
            "OPENAI_BOT_DIGEST_LEASE": "8",
            "OPENAI_BOT_HTTP_PORT": str(port),
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_API_BASE_URL": slack.api_url,
        }
        return subprocess.Popen(
            [sys.executable, "-m", "adapters.cli", "run"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def posted() -> list[str]:
        """The channels whose digest Slack stored, once per post."""
        return [
            channel
            for channel, messages in slack.channel_messages.items()
            for m in messages
            if (m.get("metadata") or {}).get("event_type") == "openai_history_digest"
        ]

    doomed = start("a")  # it claims every channel first, and starts posting
    survivor = None
    try:
        await slack.wait_for(lambda calls: len(posted()) >= 10, 60)
        survivor = start("b")  # finds the channels claimed, and waits on their leases
        await slack.wait_for(lambda calls: len(posted()) >= 40, 60)
        doomed.kill()  # SIGKILL: no clean-up, claims left behind, posts unconfirmed
        doomed.wait(10)
        await slack.wait_for(lambda calls: len(set(posted())) >= CHANNELS, 60)
        # every claim confirmed: nothing left for anyone to post again
        await asyncio.wait_for(
            _until(
                lambda: (
                    store.query("SELECT count(*) FROM digest_ledger WHERE status = 'posted'")[0][0]
                    == CHANNELS
                )
            ),
            30,
        )
        owners = store.query("SELECT DISTINCT owner FROM digest_ledger")
        assert len(owners) == 2  # both posted: the dead one before it died, the other after
    finally:
        for proc in (doomed, survivor):
            if proc is None:
                continue
            if proc.poll() is None:
                proc.terminate()
            proc.wait(20)
        store.close()
    channels = posted()
    assert sorted(channels) == [f"C{n:03d}" for n in range(CHANNELS)], "missing or twice"
