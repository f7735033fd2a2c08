"""Slack installed in many workspaces: Bolt's OAuth flow end to end against the fake Slack,
installations in the state database (SQLite and PostgreSQL), each workspace's requests and
digests made with its own token, and an uninstall pausing that workspace's digests alone."""

import html
import json
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest
import yaml
import yarl
from slack_bolt.error import BoltError
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import MetaData, Table

from adapters.digest_scheduler import DigestRunner
from adapters.settings import SettingsError, load_settings
from adapters.slack_app import SlackAdapter, SlackConfig
from adapters.slack_install import BOT_SCOPES, REVOKED, UNINSTALLED, Installations
from bot import schema
from bot.router import Router
from bot.state import StateStore

from .fake_slack import FakeSlack
from .test_slack import SECRET, Harness

MANIFEST = Path(__file__).resolve().parent.parent / "slack-manifest.yml"
CLIENT_ID, CLIENT_SECRET = "CID.1", "client-secret"


@dataclass
class Installed:
    """The adapter in many-workspace mode, served on 127.0.0.1, and a signing client."""

    adapter: SlackAdapter
    base: str
    harness: Harness
    fake: FakeSlack


@pytest.fixture
async def oauth(
    slack: FakeSlack, router: Router, state_target: Path | str
) -> AsyncIterator[Installed]:
    state = StateStore(state_target)
    config = SlackConfig(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        signing_secret=SECRET,
        api_base_url=slack.api_url,
        http_port=0,
    )
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    await adapter.check_credentials()
    runner = await adapter.start_http(port=0)
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    harness = Harness(adapter, f"{base}/slack/events", slack)
    yield Installed(adapter, base, harness, slack)
    await harness.session.close()
    await runner.cleanup()
    state.close()


async def install(app: Installed, team: str, *, tamper: str = "") -> tuple[int, str]:
    """What an installer's browser does: open the install page, follow "Add to Slack" (Slack
    asks for consent and hands out a code), and come back to the redirect with it and with
    the cookie the page set (a Secure cookie: sent back by hand, as a browser would over
    https)."""
    app.fake.oauth_codes[f"code-{team}"] = team
    async with aiohttp.ClientSession() as browser:
        page = await browser.get(f"{app.base}/slack/install")
        text = await page.text()
        assert page.status == 200 and "Add to Slack" in text
        link = re.search(r'href="(https://slack\.com/oauth/v2/authorize[^"]+)"', text)
        assert link is not None
        url = yarl.URL(html.unescape(link[1]))
        assert url.query["client_id"] == CLIENT_ID
        assert url.query["scope"].split(",") == list(BOT_SCOPES)
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
        redirect = {
            "url": f"{app.base}/slack/oauth_redirect",
            "params": {"code": f"code-{team}", "state": url.query["state"]},
            "headers": {"Cookie": cookie + ("x" if tamper == "cookie" else "")},
        }
        back = await browser.get(**redirect)  # type: ignore[arg-type]
        status, text = back.status, await back.text()
        if tamper == "replay":  # the same redirect again, as if the link were reused
            app.fake.oauth_codes[f"code-{team}"] = team
            again = await browser.get(**redirect)  # type: ignore[arg-type]
            return again.status, await again.text()
        return status, text


async def command(app: Installed, team: str, channel: str, text: str, response: str) -> None:
    form = urlencode(
        {
            "team_id": team,
            "channel_id": channel,
            "user_id": f"U{team}ADMIN",
            "command": "/openai",
            "text": text,
            "api_app_id": "A0001",
            "response_url": app.fake.response_url(response),
            "trigger_id": f"trigger-{response}",
        }
    )
    answered = await app.harness.post(form, "application/x-www-form-urlencoded")
    assert answered.status == 200


async def event(app: Installed, team: str, event: Mapping[str, object], event_id: str) -> int:
    body = {
        "team_id": team,
        "api_app_id": "A0001",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1,
    }
    answered = await app.harness.post(json.dumps(body), "application/json")
    return answered.status


async def answered(fake: FakeSlack, name: str) -> None:
    """Wait for the answer posted to the response URL `name`."""
    await fake.wait_for(lambda calls: any(c == f"response_url:{name}" for c, _ in calls))


def replies(fake: FakeSlack, name: str) -> str:
    return json.dumps(fake.named(f"response_url:{name}"))


async def test_two_workspaces_install_and_each_is_served_with_its_own_token(
    oauth: Installed,
) -> None:
    fake = oauth.fake
    for team in ("TA", "TB"):
        status, page = await install(oauth, team)
        assert status == 200 and "Thank you!" in page
    assert {t for _m, t in fake.call_tokens if t.startswith("xoxb-")} == {
        "xoxb-TA-bot",
        "xoxb-TB-bot",
    }  # each installation's auth.test, with the token it was just given
    teams = oauth.adapter.state.query("SELECT team_id, bot_token FROM slack_bots ORDER BY team_id")
    assert [tuple(r) for r in teams] == [("TA", "xoxb-TA-bot"), ("TB", "xoxb-TB-bot")]

    # A slash command from each: its admin check asks Slack with that workspace's token
    # (the fake's users.info answers for the token's workspace: the wrong one would refuse).
    fake.workspace_admins.update({"UTAADMIN", "UTBADMIN"})
    fake.call_tokens.clear()
    for team in ("TA", "TB"):
        await command(oauth, team, f"C{team}", "settings followups off", team)
        await answered(fake, team)
        assert "Settings changed" in replies(fake, team)
    assert [t for m, t in fake.call_tokens if m == "users.info"] == ["xoxb-TA-bot", "xoxb-TB-bot"]

    # A mention in each: the answer is posted with that workspace's token.
    fake.call_tokens.clear()
    for n, team in enumerate(("TA", "TB")):
        mention = {
            "type": "app_mention",
            "user": f"U{team}1",
            "text": f"<@U{team}BOT> who is greg brockman",
            "ts": f"1700000000.00000{n}",
            "channel": f"C{team}",
        }
        assert await event(oauth, team, mention, f"Ev{team}") == 200
    await oauth.adapter.handled.reach(2)
    assert sorted(fake.posted_with) == [("CTA", "xoxb-TA-bot"), ("CTB", "xoxb-TB-bot")]


async def test_a_workspace_that_never_installed_is_told_to_install(oauth: Installed) -> None:
    await install(oauth, "TA")
    await command(oauth, "TZ", "CTZ", "who altman", "stranger")
    mention = {"type": "app_mention", "user": "U1", "text": "hi", "ts": "1.1", "channel": "C1"}
    await event(oauth, "TZ", mention, "EvTZ")
    await answered(oauth.fake, "stranger")
    (told,) = oauth.fake.named("response_url:stranger")  # Bolt's word: install the app
    assert "reinstall this app" in told["text"] and "Altman" not in json.dumps(told)
    assert not oauth.fake.named("chat.postMessage")


async def test_a_forged_or_replayed_redirect_installs_nothing(oauth: Installed) -> None:
    oauth.fake.oauth_codes["code-TX"] = "TX"
    async with aiohttp.ClientSession() as browser:
        forged = await browser.get(
            f"{oauth.base}/slack/oauth_redirect", params={"code": "code-TX", "state": "made-up"}
        )
        assert forged.status == 400
    assert not oauth.adapter.state.query("SELECT 1 FROM slack_bots")
    assert not oauth.fake.named("oauth.v2.access")  # the code was never even exchanged


async def test_a_reused_redirect_or_another_browsers_cookie_installs_nothing_more(
    oauth: Installed,
) -> None:
    status, _page = await install(oauth, "TA", tamper="replay")
    assert status == 401  # invalid_state: consumed by the first redirect
    assert len(oauth.fake.named("oauth.v2.access")) == 1
    status, _page = await install(oauth, "TB", tamper="cookie")
    assert status == 400  # a state issued to another browser
    teams = oauth.adapter.state.query("SELECT team_id FROM slack_bots")
    assert [r[0] for r in teams] == ["TA"]


async def test_a_workspace_in_an_enterprise_organisation_gets_its_digest(
    oauth: Installed,
) -> None:
    fake, adapter = oauth.fake, oauth.adapter
    fake.organisations["TG"] = "E1"
    await install(oauth, "TG")
    assert adapter.state.query("SELECT enterprise_id FROM slack_bots")[0][0] == "E1"
    adapter.state.subscribe("slack", "CTG", "09:00", "UTC", "U1", workspace="TG")
    now = datetime.now(UTC).replace(hour=9, minute=1)
    runner = DigestRunner(
        adapter.router, adapter.state, {"slack": adapter.sender()}, now=lambda: now
    )
    fake.call_tokens.clear()
    assert await runner.run(adapter.state.subscription("slack", "CTG")) == "posted"  # type: ignore[arg-type]
    assert [t for m, t in fake.call_tokens if m == "chat.postMessage"] == ["xoxb-TG-bot"]


async def test_configured_users_count_in_their_own_workspace_only(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    """Installed in many workspaces, a configured user is `TEAM:USER`: a bare id names no
    one (it could be anyone's in another workspace)."""
    state = StateStore(tmp_path / "state.db")
    config = SlackConfig(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        signing_secret=SECRET,
        api_base_url=slack.api_url,
        admin_users=frozenset({"TA:UBOSS", "UBARE"}),
        digest_admins=frozenset({"TA:UBOSS"}),
    )
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    client = adapter.client

    async def asked(text: str, user: str, team: str) -> str:
        reply = await adapter.answer(
            text, user=user, channel=f"C{team}", thread=None, client=client, workspace=team
        )
        return reply.title

    assert "changed" in (await asked("settings followups off", "UBOSS", "TA"))
    assert "changed" not in (await asked("settings followups off", "UBOSS", "TB"))
    assert "changed" not in (await asked("settings followups off", "UBARE", "TA"))
    assert (await asked("digest subscribe", "UBOSS", "TA")).startswith("Subscribed")
    refused = await asked("digest subscribe", "USOMEONE", "TA")
    assert "Only people who may manage" in refused
    # no list for TB: anyone there may subscribe
    assert (await asked("digest subscribe", "USOMEONE", "TB")).startswith("Subscribed")
    state.close()


async def test_digests_post_with_each_workspaces_token_and_an_uninstall_pauses_its_own(
    oauth: Installed,
) -> None:
    fake, adapter = oauth.fake, oauth.adapter
    for team in ("TA", "TB"):
        await install(oauth, team)
        await command(oauth, team, f"C{team}", "digest subscribe 09:00 UTC", f"sub-{team}")
        await answered(fake, f"sub-{team}")
    subs = {s.channel: s for s in adapter.state.subscriptions()}
    assert {c: s.workspace for c, s in subs.items()} == {"CTA": "TA", "CTB": "TB"}

    # The app is removed from TA: its digest pauses; TB's goes on.
    uninstalled = {"type": "app_uninstalled"}
    assert await event(oauth, "TA", uninstalled, "EvGone") == 200
    await adapter.lifecycle.reach(1)
    assert adapter.state.subscription("slack", "CTA").paused_reason == UNINSTALLED  # type: ignore[union-attr]
    assert not adapter.state.query("SELECT 1 FROM slack_bots WHERE team_id = 'TA'")

    now = datetime.now(UTC).replace(hour=9, minute=1)
    runner = DigestRunner(
        adapter.router, adapter.state, {"slack": adapter.sender()}, now=lambda: now
    )
    fake.call_tokens.clear()
    assert await runner.run(subs["CTA"]) == "skipped"
    assert await runner.run(subs["CTB"]) == "posted"
    assert [t for m, t in fake.call_tokens if m == "chat.postMessage"] == ["xoxb-TB-bot"]

    # Installed again: the digest paused by the uninstall starts again, with the new token.
    await install(oauth, "TA")
    assert adapter.state.subscription("slack", "CTA").paused_reason == ""  # type: ignore[union-attr]
    fake.call_tokens.clear()
    assert await runner.run(subs["CTA"]) == "posted"
    assert [t for m, t in fake.call_tokens if m == "chat.postMessage"] == ["xoxb-TA-bot"]


async def test_a_revoked_bot_token_pauses_the_workspace_and_a_lost_one_pauses_at_posting(
    oauth: Installed,
) -> None:
    fake, adapter = oauth.fake, oauth.adapter
    await install(oauth, "TA")
    await command(oauth, "TA", "CTA", "digest subscribe", "sub")
    await answered(fake, "sub")
    revoked = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UTABOT"]}}
    assert await event(oauth, "TA", revoked, "EvRevoked") == 200
    await adapter.lifecycle.reach(1)
    assert adapter.state.subscription("slack", "CTA").paused_reason == REVOKED  # type: ignore[union-attr]
    assert not adapter.state.query("SELECT 1 FROM slack_bots")
    # A digest whose workspace has no installation (removed while this instance was down)
    # is paused when it is due, saying why, instead of failing every day.
    adapter.state.subscribe("slack", "CTC", "09:00", "UTC", "U1", workspace="TC")
    now = datetime.now(UTC).replace(hour=9, minute=1)
    runner = DigestRunner(
        adapter.router, adapter.state, {"slack": adapter.sender()}, now=lambda: now
    )
    assert await runner.run(adapter.state.subscription("slack", "CTC")) == "paused"  # type: ignore[arg-type]
    assert adapter.state.subscription("slack", "CTC").paused_reason == UNINSTALLED  # type: ignore[union-attr]
    assert not fake.named("chat.postMessage")
    await install(oauth, "TC")  # installed again: that pause is lifted too
    assert adapter.state.subscription("slack", "CTC").paused_reason == ""  # type: ignore[union-attr]


async def test_one_token_mode_pauses_its_digests_when_uninstalled(
    slack: FakeSlack, router: Router, tmp_path: Path
) -> None:
    state = StateStore(tmp_path / "state.db")
    config = SlackConfig(
        bot_token="xoxb-test", signing_secret=SECRET, api_base_url=slack.api_url, http_port=0
    )
    adapter = SlackAdapter(Router(router.engine, state=state), state, config)
    await adapter.check_credentials()
    state.subscribe("slack", "C-old", "09:00", "UTC", "U1")  # before workspaces were kept
    state.subscribe("slack", "C-new", "09:00", "UTC", "U1", workspace="T0001")
    state.subscribe("slack", "C-other", "09:00", "UTC", "U1", workspace="T0002")
    runner = await adapter.start_http(port=0)
    h = Harness(adapter, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events", slack)
    try:
        body = {"team_id": "T0001", "event": {"type": "app_uninstalled"}, "type": "event_callback"}
        assert (
            await h.post(json.dumps(body | {"event_id": "Ev1"}), "application/json")
        ).status == 200
        await adapter.lifecycle.reach(1)
        reasons = {s.channel: s.paused_reason for s in state.subscriptions()}
        assert reasons == {"C-old": UNINSTALLED, "C-new": UNINSTALLED, "C-other": ""}
        # installed again: the next start finds its token accepted, and the digests resume
        restarted = SlackAdapter(Router(router.engine, state=state), state, config)
        await restarted.check_credentials()
        assert {s.paused_reason for s in state.subscriptions()} == {""}
    finally:
        await h.session.close()
        await runner.cleanup()
        state.close()


def _shape(table: Table) -> tuple[object, ...]:
    columns = tuple(
        (c.name, type(c.type).__name__, getattr(c.type, "length", None), c.nullable, c.primary_key)
        for c in table.columns
    )
    indexes = sorted(tuple(c.name for c in i.columns) for i in table.indexes)
    return columns, indexes


def test_the_installation_tables_are_the_ones_slack_sdk_reads_and_writes() -> None:
    theirs = MetaData()
    expected = {
        "slack_installations": SQLAlchemyInstallationStore.build_installations_table(
            theirs, "slack_installations"
        ),
        "slack_bots": SQLAlchemyInstallationStore.build_bots_table(theirs, "slack_bots"),
        "slack_oauth_states": SQLAlchemyOAuthStateStore.build_oauth_states_table(
            theirs, "slack_oauth_states"
        ),
    }
    for name, table in expected.items():
        assert _shape(schema.metadata.tables[name]) == _shape(table), name


def test_the_manifest_sends_installers_back_and_tells_of_uninstalls() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["oauth_config"]["redirect_urls"] == ["https://example.com/slack/oauth_redirect"]
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_uninstalled", "tokens_revoked"} <= events


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"SLACK_CLIENT_SECRET": "client-secret"}, "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"),
        (
            {
                "SLACK_CLIENT_ID": "c",
                "SLACK_CLIENT_SECRET": "client-secret",
                "SLACK_BOT_TOKEN": "xoxb-1",
            },
            "SLACK_BOT_TOKEN: leave it unset",
        ),
        (
            {
                "SLACK_CLIENT_ID": "c",
                "SLACK_CLIENT_SECRET": "client-secret",
                "SLACK_APP_TOKEN": "xapp-1",
            },
            "SLACK_APP_TOKEN",
        ),
        ({"SLACK_CLIENT_ID": "c", "SLACK_CLIENT_SECRET": "client-secret"}, "SLACK_SIGNING_SECRET"),
        (
            {
                "SLACK_CLIENT_ID": "c",
                "SLACK_CLIENT_SECRET": "client-secret",
                "SLACK_SIGNING_SECRET": "x",
                "SLACK_REDIRECT_URI": "example.com/back",
            },
            "SLACK_REDIRECT_URI",
        ),
    ],
)
def test_many_workspace_settings_say_what_is_missing(
    env: dict[str, str], problem: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert problem in str(raised.value)
    assert "client-secret" not in str(raised.value)


def test_many_workspace_settings_that_are_complete(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "SLACK_CLIENT_ID": "c",
        "SLACK_CLIENT_SECRET": "client-secret",
        "SLACK_SIGNING_SECRET": "x",
    }.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.slack_oauth and settings.platforms == ("slack",)
    assert "client-secret" not in repr(settings)


async def test_an_installation_that_cannot_be_stored_shows_no_token(
    state_target: Path | str, caplog: pytest.LogCaptureFixture
) -> None:
    """PostgreSQL quotes a refused row in its error, tokens and all: the installer gets
    Bolt's storage-error page, the log one line naming the workspace."""
    state = StateStore(state_target)
    installations = Installations(CLIENT_ID, state.engine)
    refused = Installation(app_id=None, team_id="TX", user_id="U1", bot_token="xoxb-secret-1")
    with pytest.raises(BoltError) as raised:
        await installations.async_save(refused)
    assert "xoxb-secret-1" not in str(raised.value) + caplog.text
    assert "TX" in caplog.text
    state.close()
