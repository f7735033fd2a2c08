"""Discord first-response latency: INTERACTION_CREATE over the gateway to the bot's callback.

Runs the real discord.py client against the fake Discord (REST + gateway on 127.0.0.1) used by
the tests, sends slash-command and autocomplete interactions, and times each from the moment
the fake puts it on the wire to the moment the interaction callback arrives back. The fake
runs in a process of its own: on the bot's event loop, making the load would take time from
what is measured.
"""

import asyncio
import multiprocessing
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import discord.gateway
import discord.http

from adapters.discord_app import DiscordAdapter, DiscordConfig
from bench.corpus import SEEDS
from bench.search import Latency
from bot.router import Router
from bot.state import StateStore
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index
from tests import fake_discord as fd

COMMANDS: list[tuple[str, dict[str, str]]] = [
    ("search", {"words": "azure batch"}),
    ("who", {"name": "altman"}),
    ("when", {"event": "did musk leave"}),
    ("timeline", {"what": "2018"}),
    ("sources", {}),
]
PARTIALS = ["alt", "sutsk", "nadel", "mu", "", "brock", "zil", "hass"]


async def _measure(fake: fd.FakeDiscord, payloads: list[dict[str, Any]], batch: int) -> Latency:
    sent: dict[str, float] = {}
    for start in range(0, len(payloads), batch):
        chunk = payloads[start : start + batch]
        for payload in chunk:
            sent[str(payload["id"])] = time.perf_counter()
            await fake.events.put(("INTERACTION_CREATE", payload))
        ids = [str(p["id"]) for p in chunk]

        def done(_calls: object, ids: list[str] = ids) -> bool:
            return all(i in fake.answered_at for i in ids)

        await fake.wait_for(done, timeout=60)
    return Latency.of([(fake.answered_at[i] - t) * 1000 for i, t in sent.items()])


def fake_discord(control: Connection, total: int, batch: int) -> None:
    """The fake Discord, in a process of its own: it sends the interactions and times their
    callbacks, so making the load takes no time from the bot's event loop. Tells the bot
    process its addresses, measures when told the bot is ready, sends the figures back and
    stops when told."""

    async def serve() -> None:
        fake = fd.FakeDiscord()
        await fake.start()
        control.send((fake.api, fake.gateway))
        await asyncio.to_thread(control.recv)  # the bot is connected and ready
        commands = [
            fd.command(
                str(10_000 + n), COMMANDS[n % len(COMMANDS)][0], **COMMANDS[n % len(COMMANDS)][1]
            )
            for n in range(total)
        ]
        first = await _measure(fake, commands, batch)
        completions = [
            fd.autocomplete(str(90_000 + n), "who", "name", PARTIALS[n % len(PARTIALS)])
            for n in range(total)
        ]
        complete = await _measure(fake, completions, batch)
        control.send((first, complete))
        await asyncio.to_thread(control.recv)  # the bot has closed its connection
        await fake.stop()

    asyncio.run(serve())


async def _run(total: int, batch: int) -> tuple[Latency, Latency]:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    control, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=fake_discord, args=(theirs, total, batch)
    )
    process.start()
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index.db"
        build_index(load_articles(SEEDS), index)
        api, gateway_url = await asyncio.to_thread(control.recv)
        config = DiscordConfig(
            token="bench", api_base_url=api, gateway_url=gateway_url, guild_ready_timeout=0.1
        )
        router = Router(Engine(index))
        router.engine.warm()  # as `openai-bot run` does before it serves
        adapter = DiscordAdapter(router, StateStore(Path(tmp) / "state.db"), config)
        task = asyncio.create_task(adapter.run())
        try:
            await asyncio.wait_for(adapter.client.wait_until_ready(), 30)
            control.send("ready")
            first, complete = await asyncio.to_thread(control.recv)
        finally:
            await adapter.client.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            control.send("closed")
            await asyncio.to_thread(process.join, 30)
            adapter.state.close()
            discord.http.Route.BASE = base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway
    return first, complete


def run(total: int, batch: int) -> None:
    first, complete = asyncio.run(_run(total, batch))
    print(
        f"Discord: {total} interactions over the gateway on loopback, {batch} in flight "
        "(the fake Discord, which sends them, in a process of its own)"
    )
    print(
        f"  first response p50 {first.p50:.1f} ms, p99 {first.p99:.1f} ms, max {first.worst:.1f} "
        f"ms, {first.over_3s} over 3000 ms (Discord allows 3000 ms)"
    )
    print(
        f"  autocomplete   p50 {complete.p50:.1f} ms, p99 {complete.p99:.1f} ms, max "
        f"{complete.worst:.1f} ms, {complete.over_3s} over 3000 ms"
    )
