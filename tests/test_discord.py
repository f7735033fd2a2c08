"""The Discord adapter end to end: real discord.py against a fake Discord on loopback."""

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
import pytest

from adapters.discord_app import DiscordAdapter, DiscordConfig, DiscordSender
from bot.reply import Reply
from bot.router import Router
from bot.state import StateStore

from . import fake_discord as fd
from .fake_discord import FakeDiscord

PAYLOADS = Path(__file__).parent / "payloads"
PINGS = ("@everyone", "@here", "<@&", "<@1")


@pytest.fixture
async def discord_env(
    router: Router, tmp_path: Path
) -> AsyncIterator[tuple[FakeDiscord, DiscordAdapter]]:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    fake = FakeDiscord()
    await fake.start()
    config = DiscordConfig(
        token="test-token", api_base_url=fake.api, gateway_url=fake.gateway, guild_ready_timeout=0.1
    )
    state = StateStore(tmp_path / "state.db")
    adapter = DiscordAdapter(Router(router.engine, state=state), state, config)
    task = asyncio.create_task(adapter.run())
    await asyncio.wait_for(adapter.client.wait_until_ready(), 20)
    yield fake, adapter
    await adapter.client.close()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await fake.stop()
    adapter.state.close()
    discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def _callbacks(fake: FakeDiscord) -> list[dict[str, Any]]:
    return fake.posted("/interactions/")


async def _wait_callbacks(fake: FakeDiscord, n: int) -> list[dict[str, Any]]:
    await fake.wait_for(lambda calls: len(_callbacks(fake)) >= n)
    return _callbacks(fake)


async def test_ready_and_slash_command(discord_env: tuple[FakeDiscord, DiscordAdapter]) -> None:
    fake, _ = discord_env
    assert any(p.get("op") == 2 for p in fake.gateway_log)  # IDENTIFY
    identify = next(p for p in fake.gateway_log if p.get("op") == 2)
    assert identify["d"]["intents"] & (1 << 15) == 0  # no message-content intent
    payload = json.loads((PAYLOADS / "discord_interaction_create.json").read_text())
    await fake.events.put(("INTERACTION_CREATE", payload))
    (callback,) = await _wait_callbacks(fake, 1)
    assert callback["type"] == 4
    data = callback["data"]
    assert data["flags"] & 64  # ephemeral
    assert "**Azure Batch**" in data["embeds"][0]["description"]
    assert data["allowed_mentions"] == {"parse": []}
    assert any(
        c["custom_id"] == "oai:share" for row in data["components"] for c in row["components"]
    )


@pytest.mark.parametrize(
    ("sub", "options", "expect"),
    [
        ("who", {"name": "altmann"}, "Sam Altman"),
        ("when", {"event": "did sutskever resign"}, "May 2024"),
        ("timeline", {"what": "2018"}, "2018-02-20"),
        ("onthisday", {"day": "09-27"}, "September 27"),
        ("quote", {"name": "leike"}, "I have long disagreed"),
        ("ask", {"question": "how much did sutskever earn in 2016"}, "1.9 million"),
        ("sources", {}, "Semafor"),
        ("help", {}, "who NAME"),
    ],
)
async def test_every_subcommand(
    discord_env: tuple[FakeDiscord, DiscordAdapter], sub: str, options: dict[str, str], expect: str
) -> None:
    fake, _ = discord_env
    await fake.events.put(("INTERACTION_CREATE", fd.command("1001", sub, **options)))
    (callback,) = await _wait_callbacks(fake, 1)
    assert expect in json.dumps(callback["data"]["embeds"][0], ensure_ascii=False).replace(
        "\\\\", ""
    )


async def test_autocomplete(discord_env: tuple[FakeDiscord, DiscordAdapter]) -> None:
    fake, _ = discord_env
    await fake.events.put(("INTERACTION_CREATE", fd.autocomplete("1002", "who", "name", "sutskev")))
    (callback,) = await _wait_callbacks(fake, 1)
    assert callback["type"] == 8
    choices = callback["data"]["choices"]
    assert 1 <= len(choices) <= 25 and choices[0]["name"] == "Ilya Sutskever"


async def test_next_and_share_buttons(discord_env: tuple[FakeDiscord, DiscordAdapter]) -> None:
    fake, _ = discord_env
    shown = fd.message("777", "", author=fd.BOT_USER)
    shown["embeds"] = [{"title": "Search: “openai”", "description": "answer text", "type": "rich"}]
    shown["flags"] = 64
    shown["components"] = [
        {
            "type": 1,
            "components": [
                {
                    "type": 2,
                    "style": 2,
                    "label": "Next",
                    "custom_id": "oai:run:search openai page:2",
                },
                {"type": 2, "style": 1, "label": "Share", "custom_id": "oai:share"},
            ],
        }
    ]
    press = fd.interaction(
        "1003", 3, {"custom_id": "oai:run:search openai page:2", "component_type": 2}, message=shown
    )
    await fake.events.put(("INTERACTION_CREATE", press))
    (page,) = await _wait_callbacks(fake, 1)
    assert page["type"] == 7 and "Results 6" in page["data"]["embeds"][0]["description"]
    share = fd.interaction(
        "1004", 3, {"custom_id": "oai:share", "component_type": 2}, message=shown
    )
    await fake.events.put(("INTERACTION_CREATE", share))
    shared = (await _wait_callbacks(fake, 2))[1]
    assert shared["type"] == 4 and not shared["data"].get("flags", 0) & 64  # public
    assert shared["data"]["content"] == "Shared by Alice"
    assert shared["data"]["embeds"][0]["description"] == "answer text"
    assert shared["data"]["allowed_mentions"] == {"parse": []}


async def test_mentions_threads_dms_and_bots(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    await fake.events.put(
        (
            "MESSAGE_CREATE",
            fd.message(
                "11",
                f"<@{fd.BOT_ID}> who is greg brockman",
                channel_id=fd.THREAD_ID,
                mention_bot=True,
            ),
        )
    )
    await adapter.handled.reach(1)  # answered, and the thread remembered
    first = fake.posted(f"/channels/{fd.THREAD_ID}/messages")[0]
    assert str(first["message_reference"]["message_id"]) == "11"
    assert "Greg Brockman" in first["embeds"][0]["title"]
    assert (
        first["allowed_mentions"]["parse"] == []
        and first["allowed_mentions"]["replied_user"] is False
    )
    # A follow-up in the same thread needs no mention.
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("12", "when did sutskever resign", channel_id=fd.THREAD_ID))
    )
    await fake.wait_for(lambda calls: len(fake.posted(f"/channels/{fd.THREAD_ID}/messages")) == 2)
    # A DM is answered; bots and unaddressed chatter are not.
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("13", "quote leike", channel_id="800", dm=True))
    )
    await fake.wait_for(lambda calls: len(fake.posted("/channels/800/messages")) == 1)
    await fake.events.put(
        (
            "MESSAGE_CREATE",
            fd.message("14", "!openai help", author=dict(fd.HUMAN, id="5", bot=True)),
        )
    )
    await fake.events.put(("MESSAGE_CREATE", fd.message("15", "just chatting")))
    await fake.events.put(("MESSAGE_CREATE", fd.message("16", "!openai sources")))
    await adapter.handled.reach(6)  # every message handled to the end
    assert len(fake.posted(f"/channels/{fd.CHANNEL_ID}/messages")) == 1


async def test_thread_follow_ups_and_thanks(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    """A follow-up in a thread is resolved against the question before it; thanks in the
    thread get a reaction on the message, and no reply."""
    fake, adapter = discord_env
    posted = f"/channels/{fd.THREAD_ID}/messages"
    await fake.events.put(
        (
            "MESSAGE_CREATE",
            fd.message(
                "31",
                f"<@{fd.BOT_ID}> when did sutskever resign",
                channel_id=fd.THREAD_ID,
                mention_bot=True,
            ),
        )
    )
    await adapter.handled.reach(1)  # answered, and the thread remembered
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("32", "and schulman?", channel_id=fd.THREAD_ID))
    )
    await fake.wait_for(lambda calls: len(fake.posted(posted)) == 2)
    second = fake.posted(posted)[1]
    assert "schulman" in json.dumps(second["embeds"]).casefold()
    assert "August 2024" in json.dumps(second["embeds"])
    await fake.events.put(("MESSAGE_CREATE", fd.message("33", "thanks!", channel_id=fd.THREAD_ID)))

    def reacted(calls: list[Any]) -> bool:
        return any(m == "PUT" and "/messages/33/reactions/" in p for m, p, _ in calls)

    await fake.wait_for(reacted)
    await fake.events.put(("MESSAGE_CREATE", fd.message("34", "cool", channel_id=fd.THREAD_ID)))
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("35", "when was that?", channel_id=fd.THREAD_ID))
    )
    await fake.wait_for(lambda calls: len(fake.posted(posted)) == 3)
    assert "when did schulman resign" in json.dumps(fake.posted(posted)[2]["embeds"]).casefold()


async def test_resume_after_a_disconnect_replies_once(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    fake.drop_next.set()
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("21", "sources", channel_id="801", dm=True))
    )
    await fake.wait_for(lambda calls: any(p.get("op") == 6 for p in fake.gateway_log), timeout=30)
    await fake.events.put(("MESSAGE_CREATE", fd.message("22", "help", channel_id="801", dm=True)))
    await adapter.handled.reach(3, timeout=30)  # 21, 21 again on resume, 22
    replies = fake.posted("/channels/801/messages")
    assert len(replies) == 2  # "sources" was replayed on resume but answered once
    assert fake.connections == 2


@pytest.mark.parametrize(
    "text", ["@everyone @here <@&123> <@1234>", '"', "NEAR(", "x" * 6000, "\x00\u202e"]
)
async def test_hostile_text_never_pings(
    discord_env: tuple[FakeDiscord, DiscordAdapter], text: str
) -> None:
    fake, _ = discord_env
    await fake.events.put(("INTERACTION_CREATE", fd.command("1005", "search", words=text)))
    (callback,) = await _wait_callbacks(fake, 1)
    shown = json.dumps(callback["data"]["embeds"], ensure_ascii=False)
    for ping in PINGS:
        assert ping not in shown
    assert callback["data"]["allowed_mentions"] == {"parse": []}


async def test_slow_answers_are_deferred_then_followed_up(
    discord_env: tuple[FakeDiscord, DiscordAdapter], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adapters import discord_app

    monkeypatch.setattr(discord_app, "DEFER_AFTER", 0.0)
    fake, _ = discord_env
    await fake.events.put(("INTERACTION_CREATE", fd.command("1006", "sources")))
    (callback,) = await _wait_callbacks(fake, 1)
    assert callback["type"] == 5 and callback["data"]["flags"] & 64  # deferred, ephemeral
    await fake.wait_for(lambda calls: len(fake.posted(f"/webhooks/{fd.APP_ID}/")) == 1)
    followup = fake.posted(f"/webhooks/{fd.APP_ID}/")[0]
    assert "Semafor" in json.dumps(followup["embeds"]) and followup["flags"] & 64


async def test_the_three_seconds_count_from_the_interaction_not_the_handler(
    discord_env: tuple[FakeDiscord, DiscordAdapter], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, adapter = discord_env
    slow = adapter.answer_interaction

    async def one_second(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(1.0)
        return await slow(*args, **kwargs)

    monkeypatch.setattr(adapter, "answer_interaction", one_second)
    # Created 1.5 s ago (the loop was busy): 1.5 + 1.0 s would miss Discord's three seconds
    # unless the bot defers at the two-second mark counted from creation.
    created = discord.utils.time_snowflake(datetime.now(UTC) - timedelta(seconds=1.5))
    await fake.events.put(("INTERACTION_CREATE", fd.command(str(created), "sources")))
    (callback,) = await _wait_callbacks(fake, 1)
    assert callback["type"] == 5  # deferred in time, then followed up
    await fake.wait_for(lambda calls: len(fake.posted(f"/webhooks/{fd.APP_ID}/")) == 1)


async def test_digest_needs_manage_channels(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, _ = discord_env
    payload = fd.command("1007", "digest", action="subscribe", options="09:00 UTC")
    payload["member"]["permissions"] = "0"
    await fake.events.put(("INTERACTION_CREATE", payload))
    (refused,) = await _wait_callbacks(fake, 1)
    assert "Only people who may manage" in refused["data"]["embeds"][0]["title"]
    allowed = fd.command("1008", "digest", action="subscribe", options="09:00 UTC")
    allowed["member"]["permissions"] = str(1 << 4)  # Manage Channels
    await fake.events.put(("INTERACTION_CREATE", allowed))
    accepted = (await _wait_callbacks(fake, 2))[1]
    assert accepted["data"]["embeds"][0]["title"].startswith("Subscribed")


async def test_digest_recovery_reads_by_time_and_knows_a_preview_from_a_digest(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    sender = DiscordSender(adapter.client)
    key = f"openai-digest:discord:{fd.CHANNEL_ID}:2026-11-25"
    claimed = datetime.now(UTC) - timedelta(seconds=1)
    # A `digest preview` answered earlier that day: same title and footer, not the digest.
    preview = {"title": "Preview: On this day", "footer": {"text": "Daily digest · 2026-11-25"}}
    fake.store(fd.CHANNEL_ID, "", author=fd.BOT_USER, embeds=[preview])
    assert await sender.find(fd.CHANNEL_ID, key, claimed) is None
    for n in range(250):  # a busy channel while the post was on its way
        fake.store(fd.CHANNEL_ID, f"chatter {n}")
    reply = Reply(command="digest", title="On this day", footer="Daily digest · 2026-11-25")
    posted = await sender.send(fd.CHANNEL_ID, reply, key=key)
    fake.store(fd.CHANNEL_ID, "more chatter")
    assert await sender.find(fd.CHANNEL_ID, key, claimed) == posted
    other_day = key.replace("2026-11-25", "2026-11-26")
    assert await sender.find(fd.CHANNEL_ID, other_day, claimed) is None


async def test_a_reply_whose_answer_was_lost_is_not_posted_twice(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, _ = discord_env
    fake.post_faults = ["stored-then-500"]  # Discord stores the reply, then answers 500
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("51", "sources", channel_id="820", dm=True))
    )
    await fake.events.put(("MESSAGE_CREATE", fd.message("52", "help", channel_id="820", dm=True)))
    await fake.wait_for(lambda calls: len(fake.channel_messages.get("820", [])) >= 2, timeout=30)
    await fake.wait_for(
        lambda calls: not fake.post_faults and len(fake.posted("/channels/820/messages")) >= 3
    )
    stored = fake.channel_messages["820"]
    assert sorted(m["nonce"] for m in stored) == ["r51", "r52"]  # one reply each, no repeat


async def test_a_follow_up_without_text_is_never_answered(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    # Without the Message Content intent Discord delivers a follow-up with empty content: it
    # gets no reply at all (not the help text); the next mention is answered as usual.
    fake, _ = discord_env
    posted = f"/channels/{fd.THREAD_ID}/messages"
    ask = fd.message("61", f"<@{fd.BOT_ID}> sources", channel_id=fd.THREAD_ID, mention_bot=True)
    await fake.events.put(("MESSAGE_CREATE", ask))
    await fake.wait_for(lambda calls: len(fake.posted(posted)) == 1)
    await fake.events.put(("MESSAGE_CREATE", fd.message("62", "", channel_id=fd.THREAD_ID)))
    again = fd.message("63", f"<@{fd.BOT_ID}> who musk", channel_id=fd.THREAD_ID, mention_bot=True)
    await fake.events.put(("MESSAGE_CREATE", again))
    await fake.wait_for(lambda calls: len(fake.posted(posted)) == 2)  # in order: 62 had its turn
    replies = [json.dumps(p["embeds"]) for p in fake.posted(posted)]
    assert "Elon Musk" in replies[1]
    assert not any("What I can do" in r or "who NAME" in r for r in replies)


@pytest.mark.parametrize("enabled", [True, False])
async def test_the_message_content_intent_is_a_setting(
    router: Router, tmp_path: Path, enabled: bool
) -> None:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    fake = FakeDiscord()
    await fake.start()
    config = DiscordConfig(
        token="test-token",
        api_base_url=fake.api,
        gateway_url=fake.gateway,
        guild_ready_timeout=0.1,
        message_content=enabled,
    )
    state = StateStore(tmp_path / "state.db")
    adapter = DiscordAdapter(Router(router.engine, state=state), state, config)
    task = asyncio.create_task(adapter.run())
    try:
        await asyncio.wait_for(adapter.client.wait_until_ready(), 20)
        identify = next(p for p in fake.gateway_log if p.get("op") == 2)
        assert bool(identify["d"]["intents"] & (1 << 15)) is enabled
    finally:
        await adapter.client.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await fake.stop()
        state.close()
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


async def test_next_on_a_public_message_answers_the_clicker_privately(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, _ = discord_env
    public = fd.message("778", "Shared by Steve", author=fd.BOT_USER)
    public["embeds"] = [{"title": "Search: “openai”", "description": "answer", "type": "rich"}]
    public["flags"] = 0  # everyone sees it
    button = {"type": 2, "style": 2, "label": "Next", "custom_id": "oai:run:search openai page:2"}
    public["components"] = [{"type": 1, "components": [button]}]
    press = fd.interaction(
        "1013",
        3,
        {"custom_id": "oai:run:search openai page:2", "component_type": 2},
        message=public,
    )
    await fake.events.put(("INTERACTION_CREATE", press))
    (page,) = await _wait_callbacks(fake, 1)
    assert page["type"] == 4 and page["data"]["flags"] & 64  # a new private message, no edit
    assert "Results 6" in page["data"]["embeds"][0]["description"]


def _vote_ids(data: dict[str, Any]) -> list[str]:
    return [
        c["custom_id"]
        for row in data.get("components", [])
        for c in row["components"]
        if c["custom_id"].startswith("oai:vote:")
    ]


async def test_feedback_buttons_store_a_vote_privately(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    await fake.events.put(("INTERACTION_CREATE", fd.command("1020", "who", name="altman")))
    (answer,) = await _wait_callbacks(fake, 1)
    up, down = _vote_ids(answer["data"])
    assert up.startswith("oai:vote:up:") and down.startswith("oai:vote:down:")
    rows = [
        row
        for row in answer["data"]["components"]
        if any(c["custom_id"] == up for c in row["components"])
    ]
    assert len(rows) == 1 and len(rows[0]["components"]) == 2  # a row of their own
    shown = fd.message("779", "", author=fd.BOT_USER)
    shown["flags"] = 64
    shown["embeds"] = answer["data"]["embeds"]
    shown["components"] = answer["data"]["components"]
    for seen, (number, custom_id) in enumerate((("1021", down), ("1022", up)), start=2):
        press = fd.interaction(
            number, 3, {"custom_id": custom_id, "component_type": 2}, message=shown
        )
        await fake.events.put(("INTERACTION_CREATE", press))
        await _wait_callbacks(fake, seen)  # one click at a time, as a person clicks
    told = _callbacks(fake)[1:]
    assert all(t["type"] == 4 and t["data"]["flags"] & 64 for t in told)  # to the voter alone
    assert "👎" in told[0]["data"]["content"]
    assert told[1]["data"]["content"].startswith("Changed your vote to 👍")
    rows = adapter.state.query(
        "SELECT a.verb, a.platform, v.verdict FROM votes v JOIN answers a ON a.id = v.answer_id"
    )
    assert [tuple(r) for r in rows] == [("who", "discord", "up")]
    assert not fake.posted(f"/channels/{fd.CHANNEL_ID}/messages")  # nothing in the channel
    # a button drawn by an earlier process (no view in memory) still counts
    (rating,) = [int(up.rsplit(":", 1)[1])]
    old = fd.interaction(
        "1023", 3, {"custom_id": f"oai:vote:down:{rating}", "component_type": 2}, message=shown
    )
    await fake.events.put(("INTERACTION_CREATE", old))
    assert "👎" in (await _wait_callbacks(fake, 4))[3]["data"]["content"]


def _configure(adapter: DiscordAdapter, **changes: object) -> None:
    from bot.channel_settings import ChannelSettingsStore

    ChannelSettingsStore(adapter.state).change("discord", fd.CHANNEL_ID, "1", changes)


async def test_settings_need_manage_channels_and_are_honoured(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    refused = fd.command("1030", "settings", setting="answers", value="public")
    refused["member"]["permissions"] = "0"
    await fake.events.put(("INTERACTION_CREATE", refused))
    (no,) = await _wait_callbacks(fake, 1)
    assert "Only people who may manage this channel" in no["data"]["embeds"][0]["title"]
    allowed = fd.command("1031", "settings", setting="answers", value="public")
    await fake.events.put(("INTERACTION_CREATE", allowed))
    yes = (await _wait_callbacks(fake, 2))[1]
    assert yes["data"]["flags"] & 64 and "answers public" in json.dumps(yes["data"])
    # answers public: a question's answer is posted for the channel to see
    await fake.events.put(("INTERACTION_CREATE", fd.command("1032", "who", name="brockman")))
    shown = (await _wait_callbacks(fake, 3))[2]
    assert not shown["data"].get("flags", 0) & 64
    assert "Greg Brockman" in shown["data"]["embeds"][0]["title"]
    assert "oai:share" not in json.dumps(shown["data"])  # already public
    # followups off (set in the parent channel): the thread's follow-ups go unanswered
    posted = f"/channels/{fd.THREAD_ID}/messages"
    _configure(adapter, answers="auto", followups=False)
    await fake.events.put(
        (
            "MESSAGE_CREATE",
            fd.message(
                "41", f"<@{fd.BOT_ID}> who is sutskever", channel_id=fd.THREAD_ID, mention_bot=True
            ),
        )
    )
    await fake.wait_for(lambda calls: len(fake.posted(posted)) == 1)
    await fake.events.put(
        ("MESSAGE_CREATE", fd.message("42", "and schulman?", channel_id=fd.THREAD_ID))
    )
    await adapter.handled.reach(2)  # handled, and nothing said
    # mention-only: `!openai …` is ignored in the channel
    _configure(adapter, followups=True, mention_only=True)
    await fake.events.put(("MESSAGE_CREATE", fd.message("43", "!openai sources")))
    await adapter.handled.reach(3)
    # answers private: a mention is answered in a DM, with a 📬 on the question
    _configure(adapter, mention_only=False, answers="private")
    await fake.events.put(
        (
            "MESSAGE_CREATE",
            fd.message("44", f"<@{fd.BOT_ID}> who is brockman", mention_bot=True),
        )
    )
    await fake.wait_for(lambda calls: len(fake.posted(f"/channels/{fd.DM_CHANNEL_ID}/")) == 1)
    (direct,) = fake.posted(f"/channels/{fd.DM_CHANNEL_ID}/messages")
    assert "Greg Brockman" in direct["embeds"][0]["title"]

    def mailed(calls: list[Any]) -> bool:
        return any(m == "PUT" and "/messages/44/reactions/" in p for m, p, _ in calls)

    await fake.wait_for(mailed)
    assert len(fake.posted(posted)) == 1 and not fake.posted(f"/channels/{fd.CHANNEL_ID}/")


async def test_a_slow_reply_that_is_no_answer_stays_private_in_a_public_channel(
    discord_env: tuple[FakeDiscord, DiscordAdapter], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deferred publicly (the channel wants answers public), the reply turns out to be
    help: the public "thinking…" is removed and the reply goes to the asker alone."""
    from adapters import discord_app

    fake, adapter = discord_env
    _configure(adapter, answers="public")
    monkeypatch.setattr(discord_app, "DEFER_AFTER", 0.0)
    monkeypatch.setattr(discord_app, "answers_in_channel", lambda settings, text: True)
    await fake.events.put(("INTERACTION_CREATE", fd.command("1040", "help")))
    (deferred,) = await _wait_callbacks(fake, 1)
    assert deferred["type"] == 5 and not deferred.get("data", {}).get("flags", 0) & 64

    def removed(calls: list[Any]) -> bool:
        return any(m == "DELETE" and "/messages/@original" in p for m, p, _ in calls)

    await fake.wait_for(removed)
    await fake.wait_for(lambda calls: len(fake.posted(f"/webhooks/{fd.APP_ID}/")) == 1)
    (follow,) = fake.posted(f"/webhooks/{fd.APP_ID}/")
    assert follow["flags"] & 64 and "who NAME" in json.dumps(follow["embeds"])


async def test_sharing_is_off_where_answers_are_private(
    discord_env: tuple[FakeDiscord, DiscordAdapter],
) -> None:
    fake, adapter = discord_env
    _configure(adapter, answers="private")
    await fake.events.put(("INTERACTION_CREATE", fd.command("1050", "who", name="altman")))
    (answer,) = await _wait_callbacks(fake, 1)
    assert "oai:share" not in json.dumps(answer["data"])
    shown = fd.message("780", "", author=fd.BOT_USER)
    shown["flags"] = 64
    shown["embeds"] = answer["data"]["embeds"]
    button = {"type": 2, "style": 1, "label": "Share", "custom_id": "oai:share"}
    shown["components"] = [{"type": 1, "components": [button]}]  # an older, shareable copy
    share = fd.interaction(
        "1051", 3, {"custom_id": "oai:share", "component_type": 2}, message=shown
    )
    await fake.events.put(("INTERACTION_CREATE", share))
    refused = (await _wait_callbacks(fake, 2))[1]
    assert refused["data"]["flags"] & 64 and "keeps answers private" in refused["data"]["content"]
