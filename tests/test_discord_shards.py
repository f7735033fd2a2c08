"""Discord shards: `auto` runs the shards Discord recommends in one process; a fixed count
with shard ids spreads them over processes. Every guild is answered once, by the shard that
holds it; digests are posted once, by any process, through the shared claim."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest

from adapters.digest_scheduler import DigestRunner
from adapters.discord_app import DiscordAdapter, DiscordConfig, DiscordSender, IdentifyPacer
from adapters.settings import SettingsError, load_settings
from bot.router import Router
from bot.state import StateStore

from . import fake_discord as fd
from .fake_discord import FakeDiscord

# A second guild whose id puts it on shard 1 of 2 ((id >> 22) % 2), with its channel.
GUILD_2, CHANNEL_2 = str((1 << 22) + 301), "401"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    made = FakeDiscord()
    made.shards = 2
    made.max_concurrency = 2
    made.guilds[GUILD_2] = CHANNEL_2
    await made.start()
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    yield made
    await made.stop()
    discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


@asynccontextmanager
async def running(
    fake: FakeDiscord, router: Router, state: StateStore, **shards: Any
) -> AsyncIterator[DiscordAdapter]:
    config = DiscordConfig(
        token="test-token",
        api_base_url=fake.api,
        gateway_url=fake.gateway,
        guild_ready_timeout=0.1,
        **shards,
    )
    adapter = DiscordAdapter(Router(router.engine, state=state), state, config)
    task = asyncio.create_task(adapter.run())
    try:
        await asyncio.wait_for(adapter.client.wait_until_ready(), 20)
        yield adapter
    finally:
        await adapter.client.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def mention(message_id: str, guild: str, channel: str) -> tuple[str, dict[str, Any]]:
    made = fd.message(
        message_id,
        f"<@{fd.BOT_ID}> who is greg brockman",
        channel_id=channel,
        guild_id=guild,
        mention_bot=True,
    )
    return "MESSAGE_CREATE", made


def answers(fake: FakeDiscord, channel: str) -> list[Any]:
    return fake.posted(f"/channels/{channel}/messages")


async def test_auto_runs_the_shards_discord_recommends_and_answers_each_guild_once(
    fake: FakeDiscord, router: Router, tmp_path: Path
) -> None:
    state = StateStore(tmp_path / "state.db")
    async with running(fake, router, state, shards="auto") as adapter:
        assert isinstance(adapter.client, discord.AutoShardedClient)
        assert adapter.shards == (0, 1)
        assert sorted((s, c) for s, c, _at in fake.identified) == [(0, 2), (1, 2)]
        # two may IDENTIFY at once (max_concurrency 2): no five-second wait between them
        assert abs(fake.identified[1][2] - fake.identified[0][2]) < 2.0
        assert {g.id for g in adapter.client.guilds} == {int(fd.GUILD_ID), int(GUILD_2)}
        await fake.events.put(mention("9001", fd.GUILD_ID, fd.CHANNEL_ID))
        await fake.events.put(mention("9002", GUILD_2, CHANNEL_2))
        await adapter.handled.reach(2)
    assert len(answers(fake, fd.CHANNEL_ID)) == 1
    assert len(answers(fake, CHANNEL_2)) == 1
    state.close()


async def test_shards_spread_over_two_processes_answer_and_post_digests_once(
    fake: FakeDiscord, router: Router, state_target: Path | str
) -> None:
    """Shard 0 in one process, shard 1 in another (count 2), one state database: each sees
    only its own guild, each guild's mention is answered once, and with both schedulers
    running every channel's digest is posted once, whichever process got the claim."""
    states = [StateStore(state_target), StateStore(state_target)]
    async with (
        running(fake, router, states[0], shard_count=2, shard_ids=(0,)) as first,
        running(fake, router, states[1], shard_count=2, shard_ids=(1,)) as second,
    ):
        assert first.shards == (0,) and second.shards == (1,)
        assert [g.id for g in first.client.guilds] == [int(fd.GUILD_ID)]
        assert [g.id for g in second.client.guilds] == [int(GUILD_2)]
        await fake.events.put(mention("9101", fd.GUILD_ID, fd.CHANNEL_ID))
        await fake.events.put(mention("9102", GUILD_2, CHANNEL_2))
        await first.handled.reach(1)
        await second.handled.reach(1)
        assert len(answers(fake, fd.CHANNEL_ID)) == 1 and len(answers(fake, CHANNEL_2)) == 1

        for channel in (fd.CHANNEL_ID, CHANNEL_2):
            states[0].subscribe("discord", channel, "09:00", "UTC", "U1")
        now = datetime.now(UTC).replace(hour=9, minute=1)

        async def glance(_seconds: float) -> None:  # the other owner's lease: look again soon
            await asyncio.sleep(0.01)

        runners = [
            DigestRunner(
                a.router, s, {"discord": DiscordSender(a.client)}, now=lambda: now, sleep=glance
            )
            for a, s in ((first, states[0]), (second, states[1]))
        ]
        subs = states[0].subscriptions()
        results = await asyncio.gather(*(r.run(sub) for r in runners for sub in subs))
    assert sorted(results).count("posted") == 2, results
    for channel in (fd.CHANNEL_ID, CHANNEL_2):  # what the channel holds: one digest
        kept = fake.channel_messages[channel]
        assert len([m for m in kept if str(m.get("nonce") or "").startswith("d")]) == 1
    for state in states:
        state.close()


class FakeTime:
    """A clock that a sleep moves forward, and the sleeps asked for."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.slept: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def pacer(self, concurrency: int) -> IdentifyPacer:
        async def allowed() -> int:
            return concurrency

        return IdentifyPacer(allowed, clock=lambda: self.now, sleep=self.sleep)


async def test_the_pacer_waits_only_for_a_shards_own_bucket() -> None:
    clock = FakeTime(100.0)
    pacer = clock.pacer(2)
    await pacer.wait(0)
    await pacer.wait(1)  # another bucket: at once
    assert clock.slept == []
    clock.now += 1.0
    await pacer.wait(2)  # bucket 0 again, a second later: four more seconds
    assert clock.slept == [pytest.approx(4.0)]


async def test_one_connection_keeps_discords_five_seconds_between_identifies() -> None:
    clock = FakeTime(0.0)
    pacer = clock.pacer(1)
    await pacer.wait(None)
    await pacer.wait(None)  # a reconnect right after: the window is honoured
    assert clock.slept == [pytest.approx(5.0)]


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"OPENAI_BOT_DISCORD_SHARDS": "many"}, "must be auto"),
        ({"OPENAI_BOT_DISCORD_SHARD_IDS": "0,1"}, "needs OPENAI_BOT_DISCORD_SHARD_COUNT"),
        (
            {"OPENAI_BOT_DISCORD_SHARD_IDS": "0,4", "OPENAI_BOT_DISCORD_SHARD_COUNT": "4"},
            "from 0 to 3",
        ),
        (
            {"OPENAI_BOT_DISCORD_SHARD_IDS": "1,1", "OPENAI_BOT_DISCORD_SHARD_COUNT": "4"},
            "different numbers",
        ),
        (
            {"OPENAI_BOT_DISCORD_SHARDS": "auto", "OPENAI_BOT_DISCORD_SHARD_COUNT": "4"},
            "leave OPENAI_BOT_DISCORD_SHARD_COUNT unset",
        ),
    ],
)
def test_shard_settings_say_what_is_wrong(
    env: dict[str, str], problem: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert problem in str(raised.value)


def test_shard_settings_that_are_complete(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_BOT_DISCORD_SHARD_IDS", " 2, 0")
    monkeypatch.setenv("OPENAI_BOT_DISCORD_SHARD_COUNT", "4")
    settings = load_settings()
    assert settings.discord_shard_id_list == (2, 0) and settings.discord_shard_count == 4
