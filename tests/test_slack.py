"""The Slack adapter end to end: real slack-bolt and slack_sdk against a fake Slack on loopback.

HTTP mode: signed requests (exactly as Slack signs them) over real HTTP to the app served on
127.0.0.1. Socket Mode: the fake's apps.connections.open hands out a ws://127.0.0.1 URL, sends
hello and envelopes, and checks the acks.
"""

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier

from adapters.slack_app import CredentialsRejected, SlackAdapter, SlackConfig
from bot.router import Router
from bot.state import StateStore

from .fake_slack import FakeSlack

PAYLOADS = Path(__file__).parent / "payloads"
SECRET = "test-signing-secret"
PINGS = ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "@everyone")


class Harness:
    """The adapter served on 127.0.0.1 and a client that signs requests like Slack."""

    def __init__(self, adapter: SlackAdapter, url: str, fake: FakeSlack) -> None:
        self.adapter, self.url, self.fake = adapter, url, fake
        self.session = aiohttp.ClientSession()

    async def post(self, body: str, content_type: str, **headers: str) -> aiohttp.ClientResponse:
        timestamp = str(int(time.time()))
        signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)
        assert signature is not None
        return await self.session.post(
            self.url,
            data=body.encode(),
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": timestamp,
                "X-Slack-Signature": signature,
                **headers,
            },
        )

    async def command(self, text: str, response: str = "r1") -> aiohttp.ClientResponse:
        form = (PAYLOADS / "slack_slash_command.txt").read_text().strip()
        form = form.replace("text=search%20azure%20batch", urlencode({"text": text}))
        form = form.replace("RESPONSE_URL", urlencode({"": self.fake.response_url(response)})[1:])
        # each command its own trigger_id (the same `response` is the same delivery again)
        form = form.replace("trigger_id=", f"trigger_id={response}-", 1)
        return await self.post(form, "application/x-www-form-urlencoded")

    async def event(
        self, event: dict[str, Any], event_id: str, **headers: str
    ) -> aiohttp.ClientResponse:
        body = json.loads((PAYLOADS / "slack_app_mention.json").read_text())
        body["event"] = event
        body["event_id"] = event_id
        return await self.post(json.dumps(body), "application/json", **headers)

    async def action(
        self, action_id: str, value: str, response: str, *, shared: bool = False
    ) -> aiohttp.ClientResponse:
        payload = json.loads((PAYLOADS / "slack_block_actions.json").read_text())
        payload["actions"][0].update(action_id=action_id, value=value)
        payload["container"]["is_ephemeral"] = not shared
        payload["trigger_id"] = f"trigger-{response}"  # every click has its own
        payload["response_url"] = self.fake.response_url(response)
        return await self.post(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )


@pytest.fixture
async def harness(slack: FakeSlack, router: Router, tmp_path: Path) -> AsyncIterator[Harness]:
    config = SlackConfig(
        bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url, http_port=0
    )
    state = StateStore(tmp_path / "state.db")
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    async with adapter.kept_alive():  # as `run()` serves: one session for every call
        await adapter.check_credentials()  # the fake accepts the tokens
        runner = await adapter.start_http(port=0)
        port = runner.addresses[0][1]
        h = Harness(adapter, f"http://127.0.0.1:{port}/slack/events", slack)
        yield h
        await h.session.close()
        await runner.cleanup()
    adapter.state.close()


def _thread_message(thread: str) -> dict[str, Any]:
    """A channel message in `thread` from the payloads' user (text and ts to add)."""
    return {
        "type": "message",
        "channel": "C2147483705",
        "user": "U2147483697",
        "thread_ts": thread,
        "channel_type": "channel",
    }


def _texts(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False)


async def test_slash_command_acks_fast_and_answers_ephemerally(harness: Harness) -> None:
    started = time.perf_counter()
    response = await harness.command("search azure batch")
    assert response.status == 200
    assert time.perf_counter() - started < 3
    await harness.fake.wait_for(lambda calls: any(c == "response_url:r1" for c, _ in calls))
    (answer,) = harness.fake.named("response_url:r1")
    assert answer["response_type"] == "ephemeral"
    assert "*Azure Batch*" in _texts(answer["blocks"])
    actions = [b for b in answer["blocks"] if b["type"] == "actions"]
    assert actions[0]["elements"][-1]["action_id"] == "openai_share"
    assert [e["action_id"] for e in actions[-1]["elements"]] == [
        "openai_vote_up",
        "openai_vote_down",
    ]
    assert "Jinse Finance" in answer["text"]


async def test_empty_command_is_help(harness: Harness) -> None:
    await harness.command("", response="help")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:help" for c, _ in calls))
    assert "who NAME" in _texts(harness.fake.named("response_url:help")[0])


async def test_bad_signature_is_rejected(harness: Harness) -> None:
    response = await harness.session.post(
        harness.url,
        data=b"command=%2Fopenai&text=sources",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": str(int(time.time())),
            "X-Slack-Signature": "v0=deadbeef",
        },
    )
    assert response.status == 401  # refused before bolt sees it: nothing runs later
    assert not [c for c, _ in harness.fake.calls if c.startswith("response_url")]
    assert harness.adapter.handled.count == 0


async def test_mention_answers_in_a_thread_once_despite_retries(harness: Harness) -> None:
    event = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(event, "Ev1")
    await harness.fake.wait_for(
        lambda calls: len([c for c, _ in calls if c == "chat.postMessage"]) == 1
    )
    retry = await harness.event(
        event, "Ev1", **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status == 200
    await harness.adapter.handled.reach(2)  # both deliveries handled to the end
    (post,) = harness.fake.named("chat.postMessage")
    assert post["channel"] == "C2147483705"
    assert post["thread_ts"] == "1515449522.000016"
    assert "Greg Brockman" in _texts(post)


async def test_follow_up_in_the_thread_needs_no_mention(harness: Harness) -> None:
    mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(mention, "Ev2")
    await harness.adapter.handled.reach(1)  # answered, and the thread remembered
    follow = {
        "type": "message",
        "channel": "C2147483705",
        "user": "U2147483697",
        "text": "when did sutskever resign",
        "ts": "1515449600.000100",
        "thread_ts": "1515449522.000016",
        "channel_type": "channel",
    }
    await harness.event(follow, "Ev3")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 2)
    second = harness.fake.named("chat.postMessage")[1]
    assert second["thread_ts"] == "1515449522.000016" and "May 2024" in _texts(second)
    elsewhere = dict(follow, thread_ts="1999.1", ts="1999.2")
    await harness.event(elsewhere, "Ev4")
    await harness.adapter.handled.reach(3)
    assert len(harness.fake.named("chat.postMessage")) == 2


async def test_thread_follow_ups_and_thanks(harness: Harness) -> None:
    """In a followed thread: "why?" is resolved against the question before it; thanks get
    a reaction and no message; other small talk gets nothing."""
    thread = "1515449522.000016"
    mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(dict(mention, text="<@U0LAN0Z89> when did sutskever resign"), "Ev20")
    await harness.adapter.handled.reach(1)  # answered, and the thread remembered
    base = _thread_message(thread)
    await harness.event(dict(base, text="why?", ts="1515449600.000101"), "Ev21")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 2)
    why = harness.fake.named("chat.postMessage")[1]
    assert why["thread_ts"] == thread and "why did sutskever resign" in _texts(why)
    await harness.event(dict(base, text="thanks, that's helpful!", ts="1515449600.000102"), "Ev22")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("reactions.add")) == 1)
    (reaction,) = harness.fake.named("reactions.add")
    assert reaction["timestamp"] == "1515449600.000102" and reaction["name"] == "thumbsup"
    await harness.event(dict(base, text="ok", ts="1515449600.000103"), "Ev23")
    await harness.event(dict(base, text="I think so too", ts="1515449600.000104"), "Ev24")
    await harness.event(dict(base, text="and schulman?", ts="1515449600.000105"), "Ev25")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 3)
    third = harness.fake.named("chat.postMessage")[2]  # "ok" and the remark posted nothing
    assert "why did schulman resign" in _texts(third) and "Schulman" in _texts(third)
    assert len(harness.fake.named("reactions.add")) == 1


async def test_prefix_dm_and_bots(harness: Harness) -> None:
    base = {
        "type": "message",
        "channel": "C2147483705",
        "user": "U2147483697",
        "channel_type": "channel",
    }
    await harness.event(dict(base, text="!openai sources", ts="2000.1", thread_ts="1990.1"), "Ev5")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 1)
    assert harness.fake.named("chat.postMessage")[0]["thread_ts"] == "1990.1"
    dm = dict(base, channel="D1", channel_type="im", text="quote leike", ts="2000.2")
    await harness.event(dm, "Ev6")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 2)
    reply = harness.fake.named("chat.postMessage")[1]
    assert reply["channel"] == "D1" and "I have long disagreed" in _texts(reply)
    await harness.event(dict(base, text="!openai help", ts="2000.3", bot_id="B9"), "Ev7")
    await harness.event(dict(base, user="UBOT", text="!openai help", ts="2000.4"), "Ev8")
    await harness.event(dict(base, text="just chatting", ts="2000.5"), "Ev9")
    # bolt drops the bot's own message (Ev8) before any handler; the other four run to the end
    await harness.adapter.handled.reach(4)
    assert harness.adapter.handled.count == 4
    assert len(harness.fake.named("chat.postMessage")) == 2


async def test_next_and_share_buttons(harness: Harness) -> None:
    await harness.action("openai_run_0", "search openai page:2", "next")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:next" for c, _ in calls))
    page = harness.fake.named("response_url:next")[0]
    assert page["replace_original"] is True and "Results 6" in _texts(page)
    await harness.action("openai_share", "who is greg brockman", "share")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:share" for c, _ in calls))
    (shared,) = harness.fake.named("chat.postMessage")
    assert shared["channel"] == "C2147483705"
    assert "Shared by @steve" in _texts(shared) and "<@" not in _texts(shared)
    assert harness.fake.named("response_url:share")[0]["delete_original"] is True


async def test_share_where_the_bot_is_not_invited(harness: Harness) -> None:
    harness.fake.errors["chat.postMessage"] = "not_in_channel"
    await harness.action("openai_share", "sources", "nope")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:nope" for c, _ in calls))
    assert "Invite me" in harness.fake.named("response_url:nope")[0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "<!channel> <!here> @everyone",
        "search <!everyone> <@U123> NEAR(",
        '"',
        "x" * 50_000,
        "\x00\u202e",
    ],
)
async def test_hostile_text_never_pings(harness: Harness, text: str) -> None:
    await harness.command(text, response="h")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:h" for c, _ in calls))
    answer = harness.fake.named("response_url:h")[0]
    shown = [answer["text"], *(json.dumps(b) for b in answer["blocks"] if b["type"] != "actions")]
    for ping in PINGS:
        assert all(ping not in s for s in shown), ping
    assert "Traceback" not in json.dumps(answer)


async def test_healthz(harness: Harness) -> None:
    response = await harness.session.get(harness.url.replace("/slack/events", "/healthz"))
    assert response.status == 200 and (await response.json())["ok"] is True
    await harness.command("sources", response="counted")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:counted" for c, _ in calls))
    scraped = await harness.session.get(harness.url.replace("/slack/events", "/metrics"))
    assert scraped.status == 200
    assert 'openai_bot_requests_total{platform="slack",verb="sources"}' in await scraped.text()


@pytest.mark.parametrize(
    ("method", "app_token", "variable"),
    [("auth.test", "", "SLACK_BOT_TOKEN"), ("apps.connections.open", "xapp-1", "SLACK_APP_TOKEN")],
)
async def test_a_rejected_token_stops_the_start_with_one_line(
    slack: FakeSlack, router: Router, tmp_path: Path, method: str, app_token: str, variable: str
) -> None:
    slack.errors[method] = "invalid_auth"
    config = SlackConfig(
        bot_token="xoxb-test",
        signing_secret=SECRET,
        app_token=app_token,
        api_base_url=slack.api_url,
        http_port=0,
    )
    state = StateStore(tmp_path / "state.db")
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    try:
        with pytest.raises(CredentialsRejected, match=rf"^{variable}: Slack rejected this token"):
            await asyncio.wait_for(adapter.run(), 10)
        assert not adapter.connected
    finally:
        state.close()


async def test_socket_mode(slack: FakeSlack, router: Router, tmp_path: Path) -> None:
    config = SlackConfig(bot_token="xoxb-test", app_token="xapp-test", api_base_url=slack.api_url)
    adapter = SlackAdapter(router, StateStore(tmp_path / "state.db"), config)
    handler = adapter.socket_mode_handler()
    await handler.connect_async()  # type: ignore[no-untyped-call]
    try:
        raw = (PAYLOADS / "slack_slash_command.txt").read_text().strip()
        command = dict(parse_qsl(raw))
        command.update(text="onthisday 09-27", response_url=slack.response_url("sock"))
        await slack.envelopes.put(
            {
                "envelope_id": "e1",
                "type": "slash_commands",
                "payload": command,
                "accepts_response_payload": True,
            }
        )
        assert (await slack.wait_for_ack("e1"))["envelope_id"] == "e1"
        await slack.wait_for(lambda calls: any(c == "response_url:sock" for c, _ in calls))
        assert "September 27" in _texts(slack.named("response_url:sock")[0])
        mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())
        for envelope in ("e2", "e3"):  # a redelivery of the same event
            await slack.envelopes.put(
                {
                    "envelope_id": envelope,
                    "type": "events_api",
                    "payload": mention,
                    "accepts_response_payload": False,
                    "retry_attempt": 0,
                }
            )
            await slack.wait_for_ack(envelope)
        await adapter.handled.reach(2)  # the delivery and its redelivery, both handled
        assert len(slack.named("chat.postMessage")) == 1
        assert slack.named("apps.connections.open")
        press = json.loads((PAYLOADS / "slack_block_actions.json").read_text())
        press["actions"][0].update(action_id="openai_run_0", value="timeline page:2")
        press["response_url"] = slack.response_url("sockpage")
        await slack.envelopes.put(
            {
                "envelope_id": "e4",
                "type": "interactive",
                "payload": press,
                "accepts_response_payload": False,
            }
        )
        await slack.wait_for_ack("e4")
        await slack.wait_for(lambda calls: any(c == "response_url:sockpage" for c, _ in calls))
        page = slack.named("response_url:sockpage")[0]
        assert page["replace_original"] is True and "Events 9" in _texts(page)
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
        adapter.state.close()


async def test_digest_admins_setting(slack: FakeSlack, router: Router, tmp_path: Path) -> None:
    from bot.router import Router as RouterType

    state = StateStore(tmp_path / "state.db")
    with_state = RouterType(router.engine, state=state)
    config = SlackConfig(
        bot_token="xoxb-test",
        signing_secret=SECRET,
        api_base_url=slack.api_url,
        digest_admins=frozenset({"UADMIN"}),
    )
    adapter = SlackAdapter(with_state, state, config)
    refused = await adapter.answer(
        "digest subscribe", user="U2147483697", channel="C1", thread=None, client=adapter.client
    )
    assert "Only people who may manage" in refused.title
    accepted = await adapter.answer(
        "digest subscribe", user="UADMIN", channel="C1", thread=None, client=adapter.client
    )
    assert accepted.title.startswith("Subscribed")
    state.close()


def _signed_raw(body: bytes, timestamp: str) -> str:
    """Slack's signature over the raw bytes (its documented scheme)."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(SECRET.encode(), base, hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    ("body", "content_type", "timestamp", "status"),
    [
        (b"command=%2Fopenai&text=\xff\xfe", "application/x-www-form-urlencoded", "", 400),
        (b"{", "application/json", "", 400),
        (b"null", "application/json", "", 400),
        (b"[1, 2]", "application/json", "", 400),
        (b"payload=%5B%5D", "application/x-www-form-urlencoded", "", 400),
        (b"payload=%7B", "application/x-www-form-urlencoded", "", 400),
        (b"command=%2Fopenai&text=sources", "text/plain", "", 415),
        (b"command=%2Fopenai&text=sources", "application/x-www-form-urlencoded", "soon", 401),
        (b"command=%2Fopenai&text=sources", "application/x-www-form-urlencoded", "12", 401),
    ],
)
async def test_a_malformed_request_is_refused_cleanly(
    harness: Harness,
    caplog: pytest.LogCaptureFixture,
    body: bytes,
    content_type: str,
    timestamp: str,
    status: int,
) -> None:
    stamp = timestamp or str(int(time.time()))
    response = await harness.session.post(
        harness.url,
        data=body,
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": _signed_raw(body, stamp),
        },
    )
    assert response.status == status
    refused = [r for r in caplog.records if "refused a Slack request" in r.getMessage()]
    assert len(refused) == 1 and not any(r.exc_info for r in caplog.records)


async def test_a_slash_command_sent_twice_is_answered_once(harness: Harness) -> None:
    first = await harness.command("sources", response="twice")
    again = await harness.command("sources", response="twice")  # the same trigger_id
    assert first.status == again.status == 200
    form = (PAYLOADS / "slack_slash_command.txt").read_text().strip()
    other = form.replace("trigger_id=", "trigger_id=9").replace(
        "RESPONSE_URL", urlencode({"": harness.fake.response_url("after")})[1:]
    )
    await harness.post(other, "application/x-www-form-urlencoded")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:after" for c, _ in calls))
    await harness.fake.wait_for(lambda calls: any(c == "response_url:twice" for c, _ in calls))
    assert len(harness.fake.named("response_url:twice")) == 1


def _stored_replies(fake: FakeSlack) -> list[dict[str, Any]]:
    return [m for ms in fake.channel_messages.values() for m in ms if m.get("thread_ts")]


@pytest.mark.parametrize(
    ("faults", "stored", "looked", "told"),
    [
        (["stored-then-500"], 1, True, False),  # stored, answer lost: found, not re-posted
        (["500", "500"], 1, True, False),  # refused twice, then stored
        (["429", "429", "429"], 1, False, False),  # Retry-After honoured (and slack_sdk's own)
        (["500", "500", "500"], 0, True, True),  # never delivered: the asker is told, once
        (["503-text"], 1, True, False),  # a 5xx that is not JSON: looked for, then posted
        (["refused"], 0, False, True),  # Slack says no (msg_too_long): the asker is told
    ],
)
async def test_a_mention_is_answered_once_through_platform_faults(
    harness: Harness, faults: list[str], stored: int, looked: bool, told: bool
) -> None:
    harness.fake.faults["chat.postMessage"] = list(faults)
    event = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(event, "EvFault")
    await harness.fake.wait_for(
        lambda calls: (
            any(c == ("chat.postEphemeral" if told else "chat.postMessage") for c, _ in calls)
            and not harness.fake.faults["chat.postMessage"]
        )
    )
    await harness.fake.wait_for(lambda calls: len(_stored_replies(harness.fake)) >= stored)
    if looked:  # the last thing it does after a stored-then-failed post: look, and find it
        await harness.fake.wait_for(
            lambda calls: any(c == "conversations.replies" for c, _ in calls)
        )
    await harness.event(event, "EvAfter")  # a later mention: by its reply, this one is done
    await harness.fake.wait_for(
        lambda calls: any(
            (m.get("metadata") or {}).get("event_payload", {}).get("key") == "EvAfter"
            for m in _stored_replies(harness.fake)
        )
    )
    mine = [
        m
        for m in _stored_replies(harness.fake)
        if (m.get("metadata") or {}).get("event_payload", {}).get("key") == "EvFault"
    ]
    assert len(mine) == stored
    assert bool(harness.fake.named("conversations.replies")) is looked
    assert len(harness.fake.named("chat.postEphemeral")) == int(told)


async def test_a_slash_command_answer_is_retried_until_slack_takes_it(harness: Harness) -> None:
    harness.fake.response_faults = [500, 429]
    await harness.command("sources", response="flaky")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:flaky" for c, _ in calls))
    assert len(harness.fake.named("response_url_refused:flaky")) == 2
    assert len(harness.fake.named("response_url:flaky")) == 1


async def test_also_sent_to_channel_is_a_thread_message_and_edits_are_not(harness: Harness) -> None:
    mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(mention, "EvB1")
    await harness.adapter.handled.reach(1)  # answered, and the thread remembered
    follow = {
        "type": "message",
        "subtype": "thread_broadcast",
        "channel": "C2147483705",
        "user": "U2147483697",
        "text": "when did sutskever resign",
        "ts": "1515449600.000200",
        "thread_ts": "1515449522.000016",
        "channel_type": "channel",
    }
    edited = dict(follow, subtype="message_changed", ts="1515449600.000300")
    await harness.event(edited, "EvB2")  # an edit is no new question
    await harness.event(follow, "EvB3")
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 2)
    await harness.event(mention, "EvB4")  # a later mention's reply: the edit had its turn
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 3)
    answers = [_texts(p) for p in harness.fake.named("chat.postMessage")]
    assert sum("May 2024" in a for a in answers) == 1


def test_the_wiring_warns_of_nothing(
    router: Router,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-from-env")  # as in production
    config = SlackConfig(
        bot_token="xoxb-test", signing_secret=SECRET, api_base_url="http://127.0.0.1:9/api/"
    )
    state = StateStore(tmp_path / "state.db")
    try:
        with caplog.at_level("INFO"):
            adapter = SlackAdapter(router, state, config)
        assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
        assert adapter.client.token == "xoxb-test"
        assert adapter.client.base_url == "http://127.0.0.1:9/api/"
    finally:
        state.close()


@pytest.mark.parametrize(
    ("body", "content_type", "answer"),
    [
        ("ssl_check=1&token=abc", "application/x-www-form-urlencoded", ""),
        ('{"type": "url_verification", "challenge": "c-123", "token": "t"}', "application/json",
         "c-123"),
    ],
)  # fmt: skip
async def test_slacks_setup_checks_are_answered(
    harness: Harness, body: str, content_type: str, answer: str
) -> None:
    response = await harness.post(body, content_type)
    assert response.status == 200
    assert answer in await response.text()
    assert not harness.fake.named("chat.postMessage")


async def test_paging_a_shared_answer_is_private_and_leaves_the_channel_copy(
    harness: Harness,
) -> None:
    await harness.action("openai_run_0", "search openai page:2", "public", shared=True)
    await harness.fake.wait_for(lambda calls: any(c == "response_url:public" for c, _ in calls))
    page = harness.fake.named("response_url:public")[0]
    assert page["replace_original"] is False and page["response_type"] == "ephemeral"
    assert "Results 6" in _texts(page)


async def test_a_user_over_the_limit_is_told_privately_once(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    from bot.cooldown import Cooldown

    config = SlackConfig(
        bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url, http_port=0
    )
    state = StateStore(tmp_path / "state.db")
    limited = Router(router.engine, state=state, cooldown=Cooldown(state, rate=1, flood=100))
    adapter = SlackAdapter(limited, state, config)
    runner = await adapter.start_http(port=0)
    h = Harness(adapter, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events", slack)
    try:
        event = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
        for n in range(3):
            await h.event(dict(event, ts=f"1515449522.00010{n}"), f"EvRate{n}")
        await adapter.handled.reach(3)  # all three handled to the end
        (notice,) = slack.named("chat.postEphemeral")  # once, to the asker alone
        assert notice["user"] == event["user"] and "ask again in" in notice["text"]
        assert len(slack.named("chat.postMessage")) == 1  # the channel saw one answer only
    finally:
        await h.session.close()
        await runner.cleanup()
        state.close()


async def test_a_replayed_click_is_acted_on_once(harness: Harness) -> None:
    await harness.action("openai_share", "who is greg brockman", "replayed")
    await harness.action("openai_share", "who is greg brockman", "replayed")  # same trigger_id
    await harness.action("openai_share", "sources", "after")
    await harness.fake.wait_for(lambda calls: any(c == "response_url:after" for c, _ in calls))
    shared = [p for p in harness.fake.named("chat.postMessage") if "Brockman" in _texts(p)]
    assert len(shared) == 1


async def test_health_comes_back_once_slack_can_be_reached(
    slack: FakeSlack, router: Router, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adapters import slack_app

    monkeypatch.setattr(slack_app, "RECHECK_SECONDS", 0.05)
    slack.faults["auth.test"] = ["500"]  # Slack unreachable at start
    config = SlackConfig(bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url)
    state = StateStore(tmp_path / "state.db")
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    try:
        await adapter.check_credentials()
        assert not adapter.connected  # unhealthy, not stopped
        await slack.wait_for(lambda calls: len([c for c, _ in calls if c == "auth.test"]) >= 2)
        await asyncio.wait_for(_until(lambda: adapter.connected), 5)
    finally:
        state.close()


async def _until(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def test_the_home_tab_shows_commands_digests_and_examples(harness: Harness) -> None:
    harness.adapter.state.subscribe("slack", "C0DIGEST", "09:00", "Europe/Berlin", "U1")
    opened = {"type": "app_home_opened", "user": "U2147483697", "channel": "D1", "tab": "home"}
    await harness.event(opened, "EvHome")
    await harness.fake.wait_for(lambda calls: any(c == "views.publish" for c, _ in calls))
    (published,) = harness.fake.named("views.publish")
    view = (
        published["view"] if isinstance(published["view"], dict) else json.loads(published["view"])
    )
    assert published["user_id"] == "U2147483697" and view["type"] == "home"
    text = json.dumps(view)
    assert "who NAME" in text and "<#C0DIGEST> at 09:00 (Europe/Berlin)" in text
    (buttons,) = [b for b in view["blocks"] if b["type"] == "actions"]
    assert len(buttons["elements"]) == 3
    # an example clicked: answered in a direct message
    await harness.action(
        buttons["elements"][0]["action_id"], buttons["elements"][0]["value"], "home"
    )
    await harness.fake.wait_for(lambda calls: len(harness.fake.named("chat.postMessage")) == 1)
    (dm,) = harness.fake.named("chat.postMessage")
    assert dm["channel"] == "U2147483697" and "Sam Altman" in _texts(dm)


def _votes(answer: dict[str, Any]) -> dict[str, str]:
    """The 👍 / 👎 buttons under an answer: action id -> value."""
    return {
        e["action_id"]: e["value"]
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("openai_vote_")
    }


async def test_feedback_buttons_store_a_vote_privately_and_change_it(
    harness: Harness, slack: FakeSlack, router: Router
) -> None:
    await harness.command("when did sutskever resign", response="ask")
    await slack.wait_for(lambda calls: any(c == "response_url:ask" for c, _ in calls))
    votes = _votes(slack.named("response_url:ask")[0])
    assert set(votes) == {"openai_vote_up", "openai_vote_down"}
    assert votes["openai_vote_up"] == votes["openai_vote_down"]
    await harness.action("openai_vote_down", votes["openai_vote_down"], "down")
    await slack.wait_for(lambda calls: any(c == "response_url:down" for c, _ in calls))
    (told,) = slack.named("response_url:down")
    assert told["response_type"] == "ephemeral" and told["replace_original"] is False
    assert "👎" in told["text"]
    # A restart: a new adapter on the same state database takes the old message's button.
    state = harness.adapter.state
    again = SlackAdapter(
        Router(router.engine, state=state),
        state,
        SlackConfig(bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url),
    )
    runner = await again.start_http(port=0)
    try:
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
        restarted = Harness(again, url, slack)
        await restarted.action("openai_vote_up", votes["openai_vote_up"], "up")
        await slack.wait_for(lambda calls: any(c == "response_url:up" for c, _ in calls))
        await restarted.session.close()
    finally:
        await runner.cleanup()
    assert slack.named("response_url:up")[0]["text"].startswith("Changed your vote to 👍")
    rows = state.query(
        "SELECT a.question, v.verdict FROM votes v JOIN answers a ON a.id = v.answer_id"
    )
    assert [tuple(r) for r in rows] == [("when did sutskever resign", "up")]
    assert not slack.named("chat.postMessage")  # nothing about a vote in the channel


async def test_settings_need_a_workspace_admin(harness: Harness, slack: FakeSlack) -> None:
    await harness.command("settings followups off", response="no")
    await slack.wait_for(lambda calls: any(c == "response_url:no" for c, _ in calls))
    assert "Only workspace admins" in _texts(slack.named("response_url:no")[0])
    assert slack.named("users.info")[0]["user"] == "U2147483697"
    slack.workspace_admins.add("U2147483697")
    harness.adapter._admins.clear()  # what users.info said is remembered for ten minutes
    await harness.command("settings followups off", response="yes")
    await slack.wait_for(lambda calls: any(c == "response_url:yes" for c, _ in calls))
    assert "Settings changed" in _texts(slack.named("response_url:yes")[0])
    # Only a `settings` command asks who is an admin.
    asked = len(slack.named("users.info"))
    await harness.command("sources", response="src")
    await slack.wait_for(lambda calls: any(c == "response_url:src" for c, _ in calls))
    assert len(slack.named("users.info")) == asked


async def test_admin_users_setting_needs_no_lookup(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    state = StateStore(tmp_path / "state.db")
    config = SlackConfig(
        bot_token="xoxb-test",
        signing_secret=SECRET,
        api_base_url=slack.api_url,
        admin_users=frozenset({"U2147483697"}),
    )
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    runner = await adapter.start_http(port=0)
    h = Harness(adapter, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events", slack)
    try:
        await h.command("settings answers private", response="set")
        await slack.wait_for(lambda calls: any(c == "response_url:set" for c, _ in calls))
        confirmed = slack.named("response_url:set")[0]
        assert "answers private" in _texts(confirmed)
        assert "openai_share" not in _texts(confirmed)  # the channel it made private shares none
        assert not slack.named("users.info")
    finally:
        await h.session.close()
        await runner.cleanup()
        state.close()


def _configure(harness: Harness, **changes: object) -> None:
    from bot.channel_settings import ChannelSettingsStore

    ChannelSettingsStore(harness.adapter.state).change("slack", "C2147483705", "UADMIN", changes)


async def test_settings_are_honoured_by_every_handler(harness: Harness, slack: FakeSlack) -> None:
    thread = "1515449522.000016"
    mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    base = _thread_message(thread)
    # answers public: a question's slash answer goes to the channel, help stays private
    _configure(harness, answers="public")
    await harness.command("who is sutskever", response="pub")
    await harness.command("help", response="help")
    await slack.wait_for(
        lambda calls: {"response_url:pub", "response_url:help"} <= {c for c, _ in calls}
    )
    public = slack.named("response_url:pub")[0]
    assert public["response_type"] == "in_channel" and "openai_share" not in _texts(public)
    assert slack.named("response_url:help")[0]["response_type"] == "ephemeral"
    # followups off: in the bot's thread, a question without a mention is not answered
    _configure(harness, answers="auto", followups=False)
    await harness.event(dict(mention, text="<@U0LAN0Z89> when did sutskever resign"), "Ev70")
    await harness.adapter.handled.reach(1)
    await harness.event(dict(base, text="and schulman?", ts="1515449600.000201"), "Ev71")
    await harness.adapter.handled.reach(2)  # handled, and nothing said
    # mention-only: `!openai …` is ignored too, mentions still answer
    _configure(harness, followups=True, mention_only=True)
    await harness.event(dict(base, text="!openai sources", ts="1515449600.000202"), "Ev72")
    await harness.event(dict(base, text="and schulman?", ts="1515449600.000203"), "Ev73")
    await harness.event(dict(mention, text="<@U0LAN0Z89> who is schulman"), "Ev74")
    await harness.adapter.handled.reach(5)
    await slack.wait_for(lambda calls: len(slack.named("chat.postMessage")) == 2)
    second = slack.named("chat.postMessage")[1]
    assert "Schulman" in _texts(second) and "Semafor" not in _texts(second)  # not `sources`
    # answers private: a mention is answered to the asker alone
    _configure(harness, mention_only=False, answers="private")
    await harness.event(dict(mention, text="<@U0LAN0Z89> who is brockman"), "Ev75")
    await slack.wait_for(lambda calls: len(slack.named("chat.postEphemeral")) == 1)
    (private,) = slack.named("chat.postEphemeral")
    assert private["user"] == mention["user"] and "Brockman" in _texts(private)
    # follow-ups on again: the follow-up is answered, privately too
    await harness.event(dict(base, text="and schulman?", ts="1515449600.000204"), "Ev76")
    await slack.wait_for(lambda calls: len(slack.named("chat.postEphemeral")) == 2)
    await harness.event(dict(mention, text="<@U0LAN0Z89> sources"), "Ev77")
    await slack.wait_for(lambda calls: len(slack.named("chat.postEphemeral")) == 3)
    assert len(slack.named("chat.postMessage")) == 2  # nothing more in the channel


@pytest.mark.parametrize("mention_first", [True, False])
async def test_a_mention_in_a_followed_thread_is_answered_once(
    harness: Harness, mention_first: bool
) -> None:
    """Slack sends both an app_mention and a message event for a mention in a thread the
    bot follows, in either order: exactly one of them answers."""
    thread = "1515449522.000016"
    opening = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event(opening, "EvOpen")  # the bot answers: now it follows the thread
    await harness.adapter.handled.reach(1)
    assert len(harness.fake.named("chat.postMessage")) == 1
    text = "<@UBOT> when did sutskever resign"
    ts = "1515449700.000300"
    mention = dict(opening, text=text, ts=ts, thread_ts=thread)
    message = {
        "type": "message",
        "channel": opening["channel"],
        "user": opening["user"],
        "text": text,
        "ts": ts,
        "thread_ts": thread,
        "channel_type": "channel",
    }
    pair = [(mention, "EvMention"), (message, "EvMessage")]
    for event, event_id in pair if mention_first else reversed(pair):
        await harness.event(event, event_id)
    await harness.adapter.handled.reach(3)  # both handled to the end
    posts = harness.fake.named("chat.postMessage")
    assert len(posts) == 2 and "May 2024" in _texts(posts[1])


class _HeldRouter(Router):
    """A router whose answers wait until the test lets them go."""

    def __init__(self, engine: Any, state: StateStore) -> None:
        super().__init__(engine, state=state)
        self.gate = threading.Event()
        self.started = threading.Event()

    def handle(self, message: Any) -> Any:
        self.started.set()
        assert self.gate.wait(10), "never released"
        return super().handle(message)


async def test_acknowledged_before_the_answer_is_worked_out(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    """Slack's acknowledgement never waits on the answer: with the answer held, the slash
    command's and the mention's HTTP 200 and Socket Mode's envelope ack all arrive; the
    answer follows once released."""
    state = StateStore(tmp_path / "state.db")
    held = _HeldRouter(router.engine, state)
    config = SlackConfig(bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url)
    adapter = SlackAdapter(held, state, config)
    runner = await adapter.start_http(port=0)
    h = Harness(adapter, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events", slack)
    try:
        response = await asyncio.wait_for(h.command("who is altman", response="held"), 5)
        assert response.status == 200
        mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
        acked = await asyncio.wait_for(h.event(mention, "EvHeld"), 5)
        assert acked.status == 200
        for action, value in (
            ("openai_run_0", "search openai page:2"),
            ("openai_share", "who is altman"),
            ("openai_home_ask_0", "who is sam altman"),
        ):  # a click is acknowledged first too
            clicked = await asyncio.wait_for(h.action(action, value, f"held-{action}"), 5)
            assert clicked.status == 200
        assert await asyncio.to_thread(held.started.wait, 5)  # the work had begun, and waits
        assert not slack.named("response_url:held") and not slack.named("chat.postMessage")
        held.gate.set()
        await slack.wait_for(lambda calls: any(c == "response_url:held" for c, _ in calls))
        await adapter.handled.reach(1)
        await slack.wait_for(lambda calls: len(slack.named("chat.postMessage")) == 3)
    finally:
        held.gate.set()
        await h.session.close()
        await runner.cleanup()
    held.gate.clear()
    socket = SlackAdapter(
        held,
        state,
        SlackConfig(bot_token="xoxb-test", app_token="xapp-test", api_base_url=slack.api_url),
    )
    handler = socket.socket_mode_handler()
    await handler.connect_async()  # type: ignore[no-untyped-call]
    try:
        raw = (PAYLOADS / "slack_slash_command.txt").read_text().strip()
        command = dict(parse_qsl(raw), text="sources", response_url=slack.response_url("sock"))
        await slack.envelopes.put(
            {"envelope_id": "h1", "type": "slash_commands", "payload": command}
        )
        await slack.wait_for_ack("h1", timeout=5)
        assert not slack.named("response_url:sock")
        held.gate.set()
        await slack.wait_for(lambda calls: any(c == "response_url:sock" for c, _ in calls))
    finally:
        held.gate.set()
        await handler.close_async()  # type: ignore[no-untyped-call]
        state.close()


async def test_private_channels_share_nothing_and_small_talk_stays_private(
    harness: Harness, slack: FakeSlack
) -> None:
    _configure(harness, answers="private")
    await harness.command("who is sutskever", response="priv")
    await slack.wait_for(lambda calls: any(c == "response_url:priv" for c, _ in calls))
    answer = slack.named("response_url:priv")[0]
    assert answer["response_type"] == "ephemeral" and "openai_share" not in _texts(answer)
    await harness.action("openai_share", "who is sutskever", "share")
    await slack.wait_for(lambda calls: any(c == "response_url:share" for c, _ in calls))
    assert "keeps answers private" in slack.named("response_url:share")[0]["text"]
    assert not slack.named("chat.postMessage")
    _configure(harness, answers="public")
    await harness.command("hello", response="hi")
    await slack.wait_for(lambda calls: any(c == "response_url:hi" for c, _ in calls))
    assert slack.named("response_url:hi")[0]["response_type"] == "ephemeral"


async def test_an_admin_of_another_workspace_is_not_an_admin_here(
    harness: Harness, slack: FakeSlack
) -> None:
    """In a channel shared with another organisation, users.info may say is_admin for one of
    theirs: only this workspace's admins change this bot's settings."""
    slack.workspace_admins.add("U2147483697")
    harness.adapter.team = "T9999"  # the bot belongs to another workspace than the user
    await harness.command("settings followups off", response="partner")
    await slack.wait_for(lambda calls: any(c == "response_url:partner" for c, _ in calls))
    assert "Only workspace admins" in _texts(slack.named("response_url:partner")[0])


async def test_socket_mode_run_serves_until_cancelled(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    """`run()` in Socket Mode: checks both tokens, connects, answers, and on cancel closes
    the connection."""
    state = StateStore(tmp_path / "state.db")
    config = SlackConfig(bot_token="xoxb-test", app_token="xapp-test", api_base_url=slack.api_url)
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    task = asyncio.create_task(adapter.run())
    try:
        mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())
        await slack.envelopes.put(
            {"envelope_id": "r1", "type": "events_api", "payload": mention, "retry_attempt": 0}
        )
        await slack.wait_for_ack("r1")
        await adapter.handled.reach(1)
        assert adapter.connected and len(slack.named("chat.postMessage")) == 1
        assert [c for c, _ in slack.calls[:2]] == ["auth.test", "apps.connections.open"]
        assert slack.sockets == ["open"]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        state.close()
    assert task.cancelled()
    await slack.until(lambda: slack.sockets == ["open", "closed"], 10)  # closed, not dropped


async def test_a_redelivered_message_event_is_answered_once(harness: Harness) -> None:
    """A DM, a `!openai …` line and a thread follow-up, each delivered again (Slack's retry):
    one reply each."""
    base = {"type": "message", "user": "U2147483697", "channel": "C2147483705"}
    events = [
        (dict(base, channel="D1", channel_type="im", text="quote leike", ts="3000.1"), "EvM1"),
        (dict(base, channel_type="channel", text="!openai sources", ts="3000.2"), "EvM2"),
    ]
    for event, event_id in events:
        await harness.event(event, event_id)
        await harness.event(event, event_id, **{"X-Slack-Retry-Num": "1"})
    await harness.adapter.handled.reach(4)
    assert len(harness.fake.named("chat.postMessage")) == 2
    follow = dict(base, channel_type="channel", thread_ts="3000.2", text="and leike?")
    await harness.event(dict(follow, ts="3000.3"), "EvM3")
    await harness.event(dict(follow, ts="3000.3"), "EvM3", **{"X-Slack-Retry-Num": "2"})
    await harness.adapter.handled.reach(6)
    assert len(harness.fake.named("chat.postMessage")) == 3


async def test_answers_and_api_calls_reuse_one_connection(
    harness: Harness, slack: FakeSlack
) -> None:
    """Served, the adapter keeps its connections to Slack open: three answers through their
    response_urls and the posts in a thread arrive on the same connection, where slack_sdk
    alone opens one per call (with a TLS handshake each, against Slack)."""
    slack.connections.clear()
    for n in range(3):
        await harness.command("who is sutskever", response=f"kept{n}")
    await slack.wait_for(
        lambda calls: {f"response_url:kept{n}" for n in range(3)} <= {c for c, _ in calls}
    )
    answers = [peer for kind, *peer in slack.connections if kind == "response"]
    assert len(answers) == 3 and len({tuple(p) for p in answers}) == 1, answers
    first = slack.named("response_url:kept0")[0]
    assert first["response_type"] == "ephemeral" and first["text"] and first["blocks"]
    mention = json.loads((PAYLOADS / "slack_app_mention.json").read_text())["event"]
    await harness.event({**mention, "text": "<@U0LAN0Z89> who is altman"}, "EvKept1")
    await slack.wait_for(lambda calls: len(slack.named("chat.postMessage")) >= 1)
    await harness.event({**mention, "text": "<@U0LAN0Z89> who is musk", "ts": "2.0"}, "EvKept2")
    await slack.wait_for(lambda calls: len(slack.named("chat.postMessage")) >= 2)
    posts = [peer for kind, *peer in slack.connections if kind == "api"]
    assert len(posts) >= 2 and len({tuple(p) for p in posts}) == 1, posts
    session = harness.adapter.client.session
    assert session is not None and session.timeout.total == harness.adapter.client.timeout


@pytest.mark.parametrize(
    "arguments",
    [
        {"response_type": "ephemeral", "text": "hi", "blocks": [{"type": "divider"}]},
        {"response_type": "in_channel", "text": "x", "blocks": []},
        {"replace_original": False, "response_type": "ephemeral", "text": "thanks"},
        {"delete_original": True},
        {"replace_original": True, "response_type": "ephemeral", "text": "p2", "blocks": None},
    ],
)
def test_an_answer_kept_alive_is_the_body_bolt_would_post(arguments: dict[str, Any]) -> None:
    """The body posted to a response_url is the one Bolt's own `respond` builds."""
    from slack_bolt.context.respond.internals import _build_message

    from adapters.slack_respond import message_of

    assert message_of(**arguments) == _build_message(**arguments)
