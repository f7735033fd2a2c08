"""One instance vs two on a shared state database: Slack mentions over loopback.

Each instance is its own process (the real Slack adapter in HTTP mode, its own engine and
state store); the fake Slack and the load generator are this process. Every mention is
delivered to one instance and retried once to the next (as Slack does when an ack is slow),
so the database decides who answers. Printed side by side: replies per second until every
mention was answered once, and the acknowledgement latency.
"""

import asyncio
import json
import multiprocessing
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp
from slack_sdk.signature import SignatureVerifier

from bench.search import Latency
from bench.slack_latency import SECRET, signed

POSTGRES = os.environ.get("OPENAI_BOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test")


def _serve(index: str, state: str, api_url: str, ports: Any) -> None:
    """A child process: one bot instance in Slack HTTP mode until terminated."""
    from adapters.slack_app import SlackAdapter, SlackConfig
    from bot.router import Router
    from bot.state import StateStore
    from knowledge.engine import Engine

    async def main() -> None:
        store = StateStore(state)
        config = SlackConfig(bot_token="xoxb-bench", signing_secret=SECRET, api_base_url=api_url)
        adapter = SlackAdapter(Router(Engine(Path(index)), state=store), store, config)
        await adapter.check_credentials()
        runner = await adapter.start_http(port=0)
        ports.put(runner.addresses[0][1])
        await asyncio.Event().wait()

    asyncio.run(main())


def _fresh_state(tmp: str) -> tuple[str, str, str]:
    """A migrated, empty state: a PostgreSQL schema of its own when one is reachable, else a
    SQLite file (several processes share it too). Returns (target, what it is, the schema
    to drop afterwards or "")."""
    from bot.database import engine_for, upgrade

    try:
        admin = engine_for(POSTGRES)
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        admin.dispose()
        target = f"{POSTGRES}?options=-csearch_path%3D{schema}"
        label = "PostgreSQL"
    except Exception:  # no PostgreSQL here: the same run on a shared SQLite file
        target, label = str(Path(tmp) / f"state-{uuid.uuid4().hex[:6]}.db"), "SQLite"
        schema = ""
    engine = engine_for(target)
    upgrade(engine)
    engine.dispose()
    return target, label, schema


def _drop(schema: str) -> None:
    from bot.database import engine_for

    if schema:
        admin = engine_for(POSTGRES)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


async def _round(
    instances: int, total: int, concurrency: int, index: str, tmp: str
) -> dict[str, Any]:
    from tests.fake_slack import FakeSlack

    fake = FakeSlack()
    await fake.start()
    target, label, schema = _fresh_state(tmp)
    spawn = multiprocessing.get_context("spawn")
    ports = spawn.Queue()
    children = [
        spawn.Process(target=_serve, args=(index, target, fake.api_url, ports), daemon=True)
        for _ in range(instances)
    ]
    for child in children:
        child.start()
    try:
        urls = [
            f"http://127.0.0.1:{await asyncio.to_thread(ports.get, True, 60)}/slack/events"
            for _ in children
        ]
        verifier = SignatureVerifier(SECRET)
        gate = asyncio.Semaphore(concurrency)
        samples: list[float] = []

        async def deliver(session: aiohttp.ClientSession, url: str, n: int, retry: int) -> None:
            body = json.dumps(
                {
                    "type": "event_callback",
                    "team_id": "T1",
                    "event_id": f"Ev{n}",
                    "event": {
                        "type": "app_mention",
                        "user": "U1",
                        "text": "<@UBOT> who is greg brockman",
                        "ts": f"1700000000.{n:06d}",
                        "channel": "C1",
                    },
                }
            )
            async with gate:
                headers = signed(verifier, body, "application/json")
                if retry:
                    headers["X-Slack-Retry-Num"] = str(retry)
                    headers["X-Slack-Retry-Reason"] = "timeout"
                started = time.perf_counter()
                async with session.post(url, data=body.encode(), headers=headers) as response:
                    assert response.status == 200
                samples.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(
                *(
                    deliver(session, urls[(n + retry) % len(urls)], n, retry)
                    for n in range(total)
                    for retry in (0, 1)
                )
            )
        await fake.wait_for(lambda calls: len(fake.named("chat.postMessage")) >= total, 300)
        elapsed = time.perf_counter() - started
        await asyncio.sleep(0.5)  # a second reply to any mention would have arrived by now
        replies = len(fake.named("chat.postMessage"))
        return {
            "instances": instances,
            "backend": label,
            "replies": replies,
            "per_second": total / elapsed,
            "ack": Latency.of(samples),
        }
    finally:
        for child in children:
            child.terminate()
            child.join(10)
        await fake.stop()
        _drop(schema)


def run(total: int, concurrency: int) -> None:
    from bench.corpus import SEEDS
    from knowledge.articles import load_articles
    from knowledge.indexer import build_index

    with tempfile.TemporaryDirectory() as tmp:
        index = str(Path(tmp) / "index.db")
        build_index(load_articles(SEEDS), Path(index))
        rounds = [asyncio.run(_round(n, total, concurrency, index, tmp)) for n in (1, 2)]
    backend = rounds[0]["backend"]
    print(
        f"Shared state ({backend}): {total} mentions, each delivered twice (a retry to the "
        f"next instance), {concurrency} in flight; instances are processes of their own"
    )
    print(
        f"  {'instances':>9} {'replies':>8} {'replies/s':>10} {'ack p50 ms':>11} {'ack p99 ms':>11}"
    )
    for r in rounds:
        ack: Latency = r["ack"]
        print(
            f"  {r['instances']:>9} {r['replies']:>8} {r['per_second']:>10.1f} "
            f"{ack.p50:>11.1f} {ack.p99:>11.1f}"
        )
