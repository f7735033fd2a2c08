"""The command line: `ask` and its JSON contract, `ask -`, `run` on piped stdin, `index`, errors."""

import ast
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.parse import VERBS

from .conftest import ROOT, SEEDS
from .fake_discord import FakeDiscord


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    values = {
        "OPENAI_BOT_DATA_DIR": str(tmp_path / "data"),
        "OPENAI_BOT_SEEDS_DIR": str(SEEDS),
        # every chat mode serves /healthz and /metrics: never on a port someone else holds
        "OPENAI_BOT_HTTP_PORT": str(_free_port()),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def test_ask_json_contract(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["ask", "--json", "search speciesist"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    reply = json.loads(lines[0])
    assert reply["command"] == "search"
    assert "**speciesist**" in reply["text"]
    (citation,) = reply["citations"]
    assert set(citation) == {"article", "title", "outlet", "published", "quote"}
    assert citation["article"].startswith("002")
    assert citation["published"] == "2024-09-09"
    assert "speciesist" in citation["quote"]
    assert reply["sections"][0]["items"][0]["highlights"] == ["speciesist"]


def test_ask_json_cjk(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["ask", "--json", "search 创始团队"])
    reply = json.loads(result.stdout)
    assert reply["citations"][0]["article"].startswith("003")


def test_ask_plain_text(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["ask", "search", "azure", "batch"])
    assert result.exit_code == 0
    assert "Azure" in result.stdout and "[1]" in result.stdout and "Jinse Finance" in result.stdout


def test_ask_stdin_one_reply_per_line(env: dict[str, str]) -> None:
    queries = ["sources", "", "search zebra", 'search "', "who altman", "x" * 100_000, "\x00"]
    result = CliRunner().invoke(main, ["ask", "--json", "-"], input="\n".join(queries) + "\n")
    assert result.exit_code == 0
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(replies) == len(queries)
    assert [r["command"] for r in replies][:5] == ["sources", "help", "search", "search", "who"]
    assert replies[1]["command"] == "help"


def test_usage_errors_exit_nonzero(env: dict[str, str]) -> None:
    assert CliRunner().invoke(main, ["ask"]).exit_code == 2
    assert CliRunner().invoke(main, ["nonsense"]).exit_code == 2


def test_bad_setting_names_the_variable(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BOT_TIMEZONE", "Mars/Olympus")
    result = CliRunner().invoke(main, ["ask", "sources"])
    assert result.exit_code == 2
    assert "OPENAI_BOT_TIMEZONE" in result.output and "Mars/Olympus" in result.output


def test_missing_seeds_folder_is_a_clear_error(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_BOT_SEEDS_DIR", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["index"])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_index_if_stale(env: dict[str, str]) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["index"])
    assert first.exit_code == 0 and "Indexed 5 articles" in first.output
    again = runner.invoke(main, ["index", "--if-stale"])
    assert again.exit_code == 0 and "up to date" in again.output


def test_discord_invite_url(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["discord", "invite-url", "--application-id", "200"])
    assert result.exit_code == 0
    url = result.stdout.strip()
    assert "client_id=200" in url and "scope=bot+applications.commands" in url
    assert "permissions=274877991936" in url  # view, send, send in threads, embed, history


def test_discord_commands_need_a_token(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["discord", "sync"])
    assert result.exit_code == 2 and "DISCORD_TOKEN" in result.output


async def test_discord_sync_to_a_guild(env: dict[str, str]) -> None:
    fake = FakeDiscord()
    await fake.start()
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "adapters.cli",
            "discord",
            "sync",
            "--guild",
            "300",
            cwd=ROOT,
            env={
                **os.environ,
                **env,
                "PYTHONPATH": str(ROOT),
                "DISCORD_TOKEN": "tkn-never-shown",
                "DISCORD_API_BASE_URL": fake.api,
                "DISCORD_GATEWAY_URL": fake.gateway,
            },
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        await fake.stop()
    assert proc.returncode == 0, err.decode()
    assert "Synced 1 command(s) to server 300" in out.decode()
    (put,) = [body for method, path, body in fake.calls if method == "PUT"]
    (group,) = put
    assert group["name"] == "openai"
    subcommands = {o["name"] for o in group["options"]}
    assert subcommands == set(VERBS)  # every verb of the router is a subcommand
    who = next(o for o in group["options"] if o["name"] == "who")
    assert who["options"][0]["autocomplete"] is True
    assert b"tkn-never-shown" not in out + err


@pytest.mark.parametrize(
    ("env_vars", "named"),
    [
        ({"SLACK_BOT_TOKEN": "not-a-bot-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "s3cret-value"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "bad"}, "SLACK_APP_TOKEN"),
    ],
)
def test_slack_settings_are_checked_before_connecting(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, env_vars: dict[str, str], named: str
) -> None:
    for key, value in env_vars.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(main, ["run"], input="")
    assert result.exit_code == 2
    assert named in result.output
    for value in env_vars.values():
        if len(value) > 6:
            assert value not in result.output


def _console(env: dict[str, str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", "run"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def test_run_answers_piped_lines_and_exits_at_eof(env: dict[str, str]) -> None:
    done = _console(env, "search azure batch\nsources\n")
    assert done.returncode == 0, done.stderr
    assert "Azure" in done.stdout and "Sources: 5 articles" in done.stdout
    assert "Traceback" not in done.stderr
    assert (Path(env["OPENAI_BOT_DATA_DIR"]) / "state.db").exists()


def test_run_with_no_input(env: dict[str, str]) -> None:
    done = _console(env, "")
    assert done.returncode == 0 and done.stdout == ""
    assert (Path(env["OPENAI_BOT_DATA_DIR"]) / "index.db").exists()


def test_run_on_a_terminal_is_an_interactive_prompt(env: dict[str, str]) -> None:
    import pty
    import select

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "run"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT), "TERM": "xterm"},
    )
    os.close(follower)
    seen = b""

    def read_until(marker: bytes, limit: float = 30.0) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _, _ = select.select([leader], [], [], limit)
            assert ready, f"no {marker!r} in {seen!r}"
            seen += os.read(leader, 65536)

    try:
        read_until(b"openai> ")
        os.write(leader, b"search speciesist\n")
        read_until(b"\x1b[1mspeciesist\x1b[0m")  # bold on a terminal, not **markdown**
        read_until(b"openai> ")
        os.write(leader, b"quit\n")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(leader)
    assert b"Traceback" not in seen


def test_piped_output_has_no_markdown_markers(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["ask", "search speciesist"])
    assert "speciesist" in result.output
    assert "**" not in result.output and "\x1b[" not in result.output


def test_json_answers_for_the_headline_questions(env: dict[str, str]) -> None:
    queries = ["onthisday 09-27", "who is greg brockman", "when did sutskever resign"]
    result = CliRunner().invoke(main, ["ask", "--json", "-"], input="\n".join(queries) + "\n")
    onthisday, who, when = (json.loads(line) for line in result.stdout.splitlines())
    assert "The Wall Street Journal reported" in onthisday["text"]
    assert onthisday["citations"][0]["published"] == "2024-09-28"
    assert who["title"] == "Greg Brockman"
    assert "CTO" in who["text"] and "president" in who["text"] and who["citations"]
    assert "May 2024" in when["text"] and when["citations"][0]["article"].startswith("003")


def test_run_serves_slack_http_mode_on_loopback(env: dict[str, str]) -> None:
    import signal
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    slack_env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_BASE_URL": "http://127.0.0.1:9/api/",
        "OPENAI_BOT_HTTP_PORT": str(port),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "run"],
        cwd=ROOT,
        env={**os.environ, **env, **slack_env, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                raise AssertionError("healthy, though Slack was never reached")
            except urllib.error.HTTPError as answered:  # serving, and honest about it
                status, body = answered.code, json.loads(answered.read())
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "Slack HTTP mode never came up"
                time.sleep(0.2)
        assert status == 503 and body["ok"] is False
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "xoxb-test" not in err and "secret" not in err.replace("Slack", "")


async def _run(env: dict[str, str]) -> asyncio.subprocess.Process:
    """`openai-bot run` in a subprocess with `env` added to this one's, output captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        "run",
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _run_with_discord(
    fake: FakeDiscord, env: dict[str, str], token: str
) -> asyncio.subprocess.Process:
    """`openai-bot run` in a subprocess, its Discord pointed at the fake."""
    return await _run(
        {
            **env,
            "DISCORD_TOKEN": token,
            "DISCORD_API_BASE_URL": fake.api,
            "DISCORD_GATEWAY_URL": fake.gateway,
        }
    )


async def _scrape(session: Any, port: int) -> str:
    """GET /metrics from a running bot."""
    async with session.get(f"http://127.0.0.1:{port}/metrics") as scraped:
        text: str = await scraped.text()
        return text


async def _interrupt(proc: asyncio.subprocess.Process) -> bytes:
    """Ctrl-C a running bot; it must stop cleanly (exit 0). Its stderr."""
    import signal

    proc.send_signal(signal.SIGINT)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()
    return err


async def test_run_serves_discord(env: dict[str, str]) -> None:
    import socket

    import aiohttp

    from . import fake_discord as fd

    fake = fd.FakeDiscord()
    await fake.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = await _run_with_discord(
        fake, {**env, "OPENAI_BOT_HTTP_PORT": str(port)}, "tkn-never-shown"
    )
    try:
        await fake.wait_for(lambda _: any(p.get("op") == 2 for p in fake.gateway_log), 60)
        await fake.events.put(
            ("MESSAGE_CREATE", fd.message("31", "sources", channel_id="810", dm=True))
        )
        await fake.wait_for(lambda _: len(fake.posted("/channels/810/messages")) == 1, 30)
        # A Discord-only run serves /healthz and /metrics too.
        async with aiohttp.ClientSession() as session:

            async def healthy() -> dict[str, bool]:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as health:
                    body: dict[str, bool] = await health.json()
                    assert (health.status == 200) is body["ok"]
                    return body

            deadline = time.monotonic() + 20
            while not (state := await healthy())["ok"]:  # ready once the guilds have arrived
                assert time.monotonic() < deadline, state
                await asyncio.sleep(0.2)
            assert state == {"ok": True, "index": True, "discord": True}
            metrics = await _scrape(session, port)
        assert 'openai_bot_requests_total{platform="discord",verb="sources"} 1.0' in metrics
        assert "openai_bot_index_age_seconds" in metrics
        err = await _interrupt(proc)
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()
    assert b"tkn-never-shown" not in err
    assert "Semafor" in json.dumps(fake.posted("/channels/810/messages")[0])


async def test_run_in_socket_mode_serves_metrics_and_logs_json(env: dict[str, str]) -> None:
    """`openai-bot run` in Socket Mode: a mention over the fake's websocket is answered,
    /healthz and /metrics answer on the ops port, and each answer is one JSON log line with
    platform, channel, verb and latency (never the question's text)."""
    import socket

    import aiohttp

    from .fake_slack import FakeSlack

    fake = FakeSlack()
    await fake.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mention = json.loads(
        (Path(__file__).parent / "payloads" / "slack_app_mention.json").read_text()
    )
    mention["event"]["text"] = "<@U0LAN0Z89> who is sutskever"
    proc = await _run(
        {
            **env,
            "SLACK_BOT_TOKEN": "xoxb-never-shown",
            "SLACK_APP_TOKEN": "xapp-never-shown",
            "SLACK_API_BASE_URL": fake.api_url,
            "OPENAI_BOT_HTTP_PORT": str(port),
            "OPENAI_BOT_LOG_FORMAT": "json",
            "OPENAI_BOT_LOG_LEVEL": "INFO",
        }
    )
    try:
        await fake.wait_for(lambda calls: bool(fake.named("apps.connections.open")), 60)
        await fake.envelopes.put(
            {
                "envelope_id": "m1",
                "type": "events_api",
                "payload": mention,
                "accepts_response_payload": False,
                "retry_attempt": 0,
            }
        )
        await fake.wait_for_ack("m1", 30)
        await fake.wait_for(lambda calls: bool(fake.named("chat.postMessage")), 30)
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as health:
                assert health.status == 200
                assert await health.json() == {"ok": True, "index": True, "slack": True}
            metrics = await _scrape(session, port)
        assert 'openai_bot_requests_total{platform="slack",verb="who"} 1.0' in metrics
        assert 'openai_bot_answer_seconds_count{platform="slack"} 1.0' in metrics
        err = await _interrupt(proc)
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()
    logged = err.decode()
    assert "never-shown" not in logged and "sutskever" not in logged.casefold()
    records = [json.loads(line) for line in logged.splitlines() if line.startswith("{")]
    (answered,) = [r for r in records if r.get("verb") == "who"]
    assert answered["platform"] == "slack" and answered["channel"] == mention["event"]["channel"]
    assert answered["level"] == "INFO" and answered["latency_ms"] > 0
    assert {"timestamp", "logger", "message"} <= set(answered)


def test_a_port_in_use_is_a_clear_error(env: dict[str, str]) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "run"],
            cwd=ROOT,
            env={
                **os.environ,
                **env,
                "PYTHONPATH": str(ROOT),
                "SLACK_BOT_TOKEN": "xoxb-1",
                "SLACK_SIGNING_SECRET": "s",
                "OPENAI_BOT_HTTP_PORT": str(port),
            },
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2
    assert "OPENAI_BOT_HTTP_PORT" in done.stderr and "Traceback" not in done.stderr


async def test_a_rejected_discord_token_is_a_clear_error(env: dict[str, str]) -> None:
    fake = FakeDiscord()
    fake.reject_token = True
    await fake.start()
    try:
        proc = await _run_with_discord(fake, env, "bad-token")
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        await fake.stop()
    assert proc.returncode == 2
    assert b"DISCORD_TOKEN: Discord rejected this token" in err and b"Traceback" not in err


@pytest.mark.parametrize("encoding", ["utf-8:strict", "ascii:strict"])
def test_a_batch_survives_bytes_that_are_not_utf8(env: dict[str, str], encoding: str) -> None:
    # A strict locale: one bad line must not end the batch, nor an ASCII terminal a reply.
    done = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "ask", "--json", "-"],
        input=b"who altman\n\xc3\x28 bad bytes\nwho musk\n",
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["title"] for r in replies][::2] == ["Sam Altman", "Elon Musk"]
    assert len(replies) == 3 and replies[1]["ok"]  # the bad line answered like any other


@pytest.mark.parametrize(
    ("variable", "where", "says"),
    [
        ("OPENAI_BOT_STATE_PATH", "text-file", "is not a SQLite database"),
        ("OPENAI_BOT_STATE_PATH", "directory", "is a directory, not a database file"),
        ("OPENAI_BOT_STATE_PATH", "under-a-file", "cannot create"),
        ("OPENAI_BOT_INDEX_PATH", "text-file", "is not a SQLite database"),
        ("OPENAI_BOT_INDEX_PATH", "directory", "is a directory, not a database file"),
        ("OPENAI_BOT_INDEX_PATH", "under-a-file", "cannot create"),
        ("OPENAI_BOT_DATA_DIR", "under-a-file", "cannot create"),
    ],
)
@pytest.mark.parametrize("command", [["run"], ["ask", "who altman"]])
def test_a_path_the_bot_cannot_use_is_one_clear_line(
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    where: str,
    says: str,
    command: list[str],
) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    path = {
        "text-file": text_file,
        "directory": tmp_path / "folder",
        "under-a-file": text_file / "sub" / ("data" if variable.endswith("DIR") else "x.db"),
    }[where]
    monkeypatch.setenv(variable, str(path))
    result = CliRunner().invoke(main, command, input="who altman\n")
    assert result.exit_code == 2, result.output
    [line] = result.output.strip().splitlines()  # one line, naming the setting
    assert line.startswith(f"Error: {variable}: ") and says in line
    assert result.exception is None or isinstance(result.exception, SystemExit)


async def test_a_token_rejected_while_running_is_one_line_and_exit_2(env: dict[str, str]) -> None:
    from . import fake_discord as fd

    fake = fd.FakeDiscord()
    await fake.start()
    proc = await _run_with_discord(fake, env, "tkn-revoked-later")
    try:
        await fake.wait_for(lambda _: any(p.get("op") == 2 for p in fake.gateway_log), 60)
        fake.drop_code = 4004  # the token was revoked: Discord closes with 4004
        fake.drop_next.set()
        await fake.events.put(("MESSAGE_CREATE", fd.message("41", "hi", channel_id="811", dm=True)))
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()
    assert proc.returncode == 2, err.decode()
    assert b"DISCORD_TOKEN: Discord rejected this token (gateway close 4004)" in err
    assert b"Traceback" not in err and b"tkn-revoked-later" not in err


@pytest.mark.parametrize("variable", ["SLACK_BOT_TOKEN", "DISCORD_TOKEN", "SLACK_SIGNING_SECRET"])
def test_a_secret_pasted_with_a_line_break_is_named_not_shown(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for key, value in {
        "SLACK_BOT_TOKEN": "xoxb-ok",
        "SLACK_SIGNING_SECRET": "ok-secret",
        variable: "xoxb-abc\ndef" if variable == "SLACK_BOT_TOKEN" else "abc\ndef-sekrit",
    }.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(main, ["run"], input="")
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert variable in line and "line break" in line
    assert "def" not in line.replace("define", "")


def test_invite_url_without_network_is_one_line(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "tkn-offline")
    monkeypatch.setenv("DISCORD_API_BASE_URL", "http://127.0.0.1:9/api/v10")
    result = CliRunner().invoke(main, ["discord", "invite-url"])
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert "could not reach Discord" in line and "--application-id" in line
    offline = CliRunner().invoke(main, ["discord", "invite-url", "--application-id", "123"])
    assert offline.exit_code == 0 and "client_id=123" in offline.output


def test_json_logs_are_one_object_a_line_without_secrets(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BOT_LOG_FORMAT", "json")
    monkeypatch.setenv("OPENAI_BOT_LOG_LEVEL", "INFO")
    monkeypatch.setenv("DISCORD_TOKEN", "tkn-secret-json")
    monkeypatch.setenv("DISCORD_API_BASE_URL", "http://127.0.0.1:9/api/v10")
    result = CliRunner().invoke(main, ["discord", "invite-url"])
    logged = [line for line in result.stderr.splitlines() if line.startswith("{")]
    assert logged, result.stderr
    for line in logged:
        record = json.loads(line)
        assert {"timestamp", "level", "logger", "message"} <= set(record)
    assert "tkn-secret-json" not in result.output + result.stderr
    bad = CliRunner().invoke(main, ["ask", "x"], env={"OPENAI_BOT_LOG_FORMAT": "xml"})
    assert bad.exit_code == 2 and "OPENAI_BOT_LOG_FORMAT: must be text or json" in bad.output


def test_a_blank_app_token_means_http_mode(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adapters.settings import load_settings

    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "abc")
    monkeypatch.setenv("SLACK_APP_TOKEN", "")  # as an .env file often has it
    settings = load_settings()
    assert settings.slack_app_token is None and not settings.slack_socket_mode


CHAT_LIBRARIES = ("discord", "slack_bolt", "slack_sdk", "aiohttp", "apscheduler", "alembic")
STATE_LIBRARIES = ("sqlalchemy",)  # the state database's: opened when a command uses it


# What a profile needs no part of: the question pipeline and the English dictionary
QUESTION_MODULES = ("knowledge.answering.pipeline", "simplemma")


@pytest.mark.parametrize(
    ("command", "unneeded"),
    [
        (["index", "--if-stale"], ()),
        (["ask", "who altman"], QUESTION_MODULES),
        (["digest"], QUESTION_MODULES),
        (["ask", "help"], ()),
    ],
)
def test_one_off_commands_load_no_chat_library(
    env: dict[str, str], command: list[str], unneeded: tuple[str, ...]
) -> None:
    """A one-off question pays for what answers it, not for Slack, Discord, the scheduler
    or the state database, nor (asked who someone is) for the question pipeline: a fresh
    interpreter runs the command and lists what it imported (the databases made first: a
    first start migrates, which loads Alembic once)."""
    assert CliRunner().invoke(main, ["ask", "sources"]).exit_code == 0
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from adapters.cli import main\n"
        f"done = CliRunner().invoke(main, {command!r})\n"
        "assert done.exit_code == 0, done.output\n"
        "print(sorted(sys.modules))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    modules = set(ast.literal_eval(ran.stdout.strip().splitlines()[-1]))
    loaded = {m.split(".")[0] for m in modules}
    assert "knowledge.engine" in modules  # it did answer
    assert not loaded & set(CHAT_LIBRARIES), sorted(loaded & set(CHAT_LIBRARIES))
    assert not loaded & set(STATE_LIBRARIES), sorted(loaded & set(STATE_LIBRARIES))
    assert not modules & set(unneeded), sorted(modules & set(unneeded))


def test_a_one_off_command_opens_the_state_when_it_uses_it(env: dict[str, str]) -> None:
    """The state database is opened by the first command that needs it, not before: a
    digest subscribed from `openai-bot ask` is kept; a question leaves no file behind."""
    state_file = Path(env["OPENAI_BOT_DATA_DIR"]) / "state.db"
    assert CliRunner().invoke(main, ["ask", "who altman"]).exit_code == 0
    assert not state_file.exists()
    subscribed = CliRunner().invoke(main, ["ask", "digest subscribe 9:30 Europe/Paris"])
    assert subscribed.exit_code == 0 and state_file.exists(), subscribed.output
    shown = CliRunner().invoke(main, ["status", "--json"])
    assert json.loads(shown.output)["digests"] == {"active": 1, "paused": 0}


def test_an_index_is_rebuilt_when_an_article_changes_and_only_then(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question costs a look at the folder, not a reading of every article: the index
    records the folder's stamp. A touched file is read again and found unchanged; an edited
    one is indexed again, even one edited to the same size with its old time put back."""
    import shutil

    from knowledge import freshness
    from knowledge.freshness import folder_stamp, recorded
    from knowledge.indexer import stored_fingerprint

    monkeypatch.setattr(freshness, "SETTLE_SECONDS", 0.0)  # the files here are seconds old
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    monkeypatch.setenv("OPENAI_BOT_SEEDS_DIR", str(seeds))
    index = Path(env["OPENAI_BOT_DATA_DIR"]) / "index.db"
    assert CliRunner().invoke(main, ["ask", "sources"]).exit_code == 0
    built = stored_fingerprint(index)
    assert recorded(index, "folder_stamp") == folder_stamp(seeds) is not None
    first = sorted(seeds.glob("*.txt"))[0]
    past = time.time_ns() - 10**10
    os.utime(first, ns=(past, past))  # touched, not changed
    up_to_date = CliRunner().invoke(main, ["index", "--if-stale"])
    assert "up to date" in up_to_date.output
    assert stored_fingerprint(index) == built
    assert recorded(index, "folder_stamp") == folder_stamp(seeds)  # recorded again
    meta = first.with_suffix(".toml")
    kept = meta.stat()
    text = meta.read_text(encoding="utf-8")
    year = text.split('published = "')[1][:4]
    meta.write_text(text.replace(f'published = "{year}', f'published = "{int(year) - 1}'))
    os.utime(meta, ns=(kept.st_atime_ns, kept.st_mtime_ns))  # as `cp -p` or rsync would
    assert meta.stat().st_size == kept.st_size and meta.stat().st_mtime_ns == kept.st_mtime_ns
    assert CliRunner().invoke(main, ["index", "--if-stale", "-q"]).exit_code == 0
    assert stored_fingerprint(index) != built  # the status-change time told
    rebuilt = stored_fingerprint(index)
    first.write_text(first.read_text(encoding="utf-8") + "\nZyxwv Quantor joined.\n")
    answered = CliRunner().invoke(main, ["ask", "search zyxwv"])
    assert answered.exit_code == 0 and "Zyxwv" in answered.output
    assert stored_fingerprint(index) != rebuilt


def test_a_folder_changed_a_moment_ago_is_read_not_trusted(tmp_path: Path) -> None:
    """Two edits within the file system's time resolution leave the same times: while a
    file is that fresh, the folder has no stamp, and the articles are read."""
    from knowledge.freshness import folder_stamp

    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    assert folder_stamp(tmp_path) is None
    past = time.time_ns() - 10**10
    os.utime(tmp_path / "a.txt", ns=(past, past))
    # the status-change time is now too (utime sets it): still too fresh to trust
    assert folder_stamp(tmp_path) is None
