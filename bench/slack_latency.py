"""Slack ack latency: signed slash commands over loopback to the real bolt app, concurrently.

Acks are what Slack times (3 s); the answers follow through response_url, and the time until
all of them arrived at the fake Slack is printed too. The requests are made and timed by a
process of their own, and the fake Slack (which takes the answers) runs in another: on the
bot's event loop either would take time from what is measured, where real Slack takes none.
"""

import asyncio
import contextlib
import multiprocessing
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from adapters.slack_app import SlackAdapter, SlackConfig
from bench.corpus import SEEDS
from bench.search import Latency
from bot.router import Router
from bot.state import StateStore
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index
from tests.fake_slack import Call, FakeSlack

SECRET = "bench-secret"


def signed(verifier: SignatureVerifier, body: str, content_type: str) -> dict[str, str]:
    """Headers as Slack sends them: the content type, a fresh timestamp and its signature."""
    stamp = str(int(time.time()))
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": str(verifier.generate_signature(timestamp=stamp, body=body)),
    }


QUERIES = ["search azure batch", "who altman", "when did musk leave", "timeline 2018", "sources"]


@dataclass(frozen=True)
class Load:
    """What the load generator needs: where to post, how to sign, how much, how fast."""

    url: str
    response_base: str  # the fake Slack's response_url prefix; a request's number follows
    total: int
    concurrency: int
    first: int = 0  # the first request's number (a number is its trigger and its reply)


def generate(load: Load) -> list[float]:
    """Post `total` signed slash commands, `concurrency` in flight, and return each ack's
    latency in ms. Runs in a process of its own, so that the bot's event loop (and the
    fake Slack's) spends no time making the load it is measured under."""

    async def post_all() -> list[float]:
        verifier = SignatureVerifier(SECRET)
        gate = asyncio.Semaphore(load.concurrency)
        samples: list[float] = []

        async def one(session: aiohttp.ClientSession, n: int) -> None:
            body = urlencode(
                {
                    "command": "/openai",
                    "text": QUERIES[n % len(QUERIES)],
                    "user_id": "U1",
                    "channel_id": "C1",
                    "team_id": "T1",
                    "response_url": f"{load.response_base}{n}",
                    "trigger_id": f"t{n}",
                }
            )
            async with gate:
                headers = signed(verifier, body, "application/x-www-form-urlencoded")
                started = time.perf_counter()
                async with session.post(load.url, data=body.encode(), headers=headers) as response:
                    assert response.status == 200
                samples.append((time.perf_counter() - started) * 1000)

        async with aiohttp.ClientSession() as session:
            numbers = range(load.first, load.first + load.total)
            await asyncio.gather(*(one(session, n) for n in numbers))
        return samples

    return asyncio.run(post_all())


def fake_slack(control: Connection) -> None:
    """The fake Slack, in a process of its own: tells the bot process its addresses, then,
    each time it is asked for a number of answers, says when that many have arrived; stops
    when told."""

    async def serve() -> None:
        fake = FakeSlack()
        await fake.start()
        control.send((fake.api_url, fake.response_url("")))
        while (wanted := await asyncio.to_thread(control.recv)) is not None:

            def arrived(calls: list[Call], n: int = wanted) -> bool:
                return sum(1 for c, _ in calls if c.startswith("response_url:")) >= n

            await fake.wait_for(arrived, timeout=120)
            control.send(wanted)
        await fake.stop()

    asyncio.run(serve())


async def _run(total: int, concurrency: int) -> tuple[Latency, float, float]:
    control, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=fake_slack, args=(theirs,))
    process.start()
    try:
        api_url, response_base = await asyncio.to_thread(control.recv)
        with tempfile.TemporaryDirectory() as tmp:
            index = Path(tmp) / "index.db"
            build_index(load_articles(SEEDS), index)
            config = SlackConfig(
                bot_token="xoxb-bench", signing_secret=SECRET, api_base_url=api_url
            )
            state = StateStore(Path(tmp) / "state.db")
            router = Router(Engine(index))
            router.engine.warm()  # as `openai-bot run` does before it serves
            adapter = SlackAdapter(router, state, config)
            try:
                async with adapter.kept_alive():  # as `run()` serves
                    return await _measure(adapter, control, response_base, total, concurrency)
            finally:
                state.close()
    finally:
        with contextlib.suppress(OSError):  # a fake that died has said why already
            control.send(None)
        await asyncio.to_thread(process.join, 30)


async def _answers(control: Connection, wanted: int) -> None:
    """Until the fake Slack has been sent `wanted` answers."""
    control.send(wanted)
    await asyncio.to_thread(control.recv)


async def _measure(
    adapter: SlackAdapter, control: Connection, response_base: str, total: int, concurrency: int
) -> tuple[Latency, float, float]:
    """Acks timed by the load generator's process; then the wait for every answer."""
    runner = await adapter.start_http(port=0)
    load = Load(
        url=f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events",
        response_base=response_base,
        total=total,
        concurrency=concurrency,
    )
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as generator:
        warm = Load(load.url, load.response_base, 1, 1, first=total)
        await asyncio.wrap_future(generator.submit(generate, warm))  # the process is up
        await _answers(control, 1)
        started = time.perf_counter()
        samples = await asyncio.wrap_future(generator.submit(generate, load))
        acked = time.perf_counter() - started
    await _answers(control, total + 1)
    answered = time.perf_counter() - started
    await runner.cleanup()
    return Latency.of(samples), acked, answered


def run(total: int, concurrency: int) -> None:
    latency, acked, answered = asyncio.run(_run(total, concurrency))
    print(
        f"Slack slash-command ack latency: {total} signed requests, concurrency {concurrency} "
        "(the load generator and the fake Slack each in a process of its own)"
    )
    print(f"  ack p50 {latency.p50:.1f} ms, p99 {latency.p99:.1f} ms (Slack allows 3000 ms)")
    print(f"  all acked in {acked:.2f} s; all {total} answers posted in {answered:.2f} s")
