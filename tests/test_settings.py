"""Settings from the environment and `.env`: converted, range-checked, every problem named."""

from pathlib import Path

import pytest

from adapters.settings import Secret, Settings, SettingsError, env_name, load_settings


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No variable of the bot's set, and a working directory of the test's own (its .env)."""
    monkeypatch.chdir(tmp_path)
    for field in Settings.__struct_fields__:
        monkeypatch.delenv(env_name(field), raising=False)
    return tmp_path


def test_defaults_without_any_variable() -> None:
    settings = load_settings()
    assert settings.index_file == Path("data") / "index.db"
    assert (settings.http_port, settings.user_rate, settings.digest_lease) == (3000, 10, 120.0)
    assert settings.platforms == () and settings.discord_shard_count is None


def test_the_env_file_is_read_and_the_environment_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text(
        "OPENAI_BOT_HTTP_PORT=4000\nOPENAI_BOT_DATA_DIR=from-file\n"
        "openai_bot_digest_time=7:5\nOPENAI_BOT_DISCORD_MESSAGE_CONTENT=true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OPENAI_BOT_HTTP_PORT", "4001")
    settings = load_settings()
    assert settings.http_port == 4001  # the environment's
    assert settings.data_dir == Path("from-file") == settings.state_file.parent
    assert settings.digest_time == "07:05"  # any case of name; the time in its one form
    assert settings.discord_message_content is True


def test_every_problem_is_named_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong zone, a word for a number and a number out of range: all three are said."""
    monkeypatch.setenv("OPENAI_BOT_TIMEZONE", "Mars/Olympus")
    monkeypatch.setenv("OPENAI_BOT_LOG_FORMAT", "xml")
    monkeypatch.setenv("OPENAI_BOT_HTTP_PORT", "x")
    monkeypatch.setenv("OPENAI_BOT_USER_RATE", "-1")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    said = str(raised.value)
    assert "OPENAI_BOT_TIMEZONE: unknown IANA timezone 'Mars/Olympus'" in said
    assert "OPENAI_BOT_LOG_FORMAT: must be text or json" in said
    assert "OPENAI_BOT_HTTP_PORT: must be a whole number" in said
    assert "OPENAI_BOT_USER_RATE: must be >= 0" in said


@pytest.mark.parametrize(
    ("variable", "value", "read"),
    [
        ("OPENAI_BOT_HTTP_PORT", " 3001 ", 3001),
        ("OPENAI_BOT_HTTP_PORT", "3_002", 3002),
        ("OPENAI_BOT_HTTP_PORT", "+3003", 3003),
        ("OPENAI_BOT_DIGEST_LEASE", " 60", 60.0),
        ("OPENAI_BOT_DISCORD_MESSAGE_CONTENT", "Yes", True),
        ("OPENAI_BOT_DISCORD_MESSAGE_CONTENT", "on", True),
        ("OPENAI_BOT_DISCORD_MESSAGE_CONTENT", "off", False),
        ("OPENAI_BOT_DISCORD_MESSAGE_CONTENT", "0", False),
    ],
)
def test_numbers_and_booleans_as_people_write_them(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, read: object
) -> None:
    monkeypatch.setenv(variable, value)
    settings = load_settings()
    field = variable.removeprefix("OPENAI_BOT_").lower()
    assert getattr(settings, field) == read and type(getattr(settings, field)) is type(read)


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("OPENAI_BOT_HTTP_PORT", "70000", "<= 65535"),
        ("OPENAI_BOT_HTTP_PORT", "port", "must be a whole number"),
        ("OPENAI_BOT_USER_RATE", "-1", "must be >= 0"),
        ("OPENAI_BOT_DIGEST_LEASE", "0.5", "must be >= 1.0"),
        ("OPENAI_BOT_DIGEST_LEASE", "nan", "must be >= 1.0"),
        ("OPENAI_BOT_DIGEST_LEASE", "soon", "must be a number"),
        ("OPENAI_BOT_DISCORD_SHARD_COUNT", "0", "must be >= 1"),
        ("OPENAI_BOT_DISCORD_SHARD_COUNT", "null", "must be a whole number"),
        ("OPENAI_BOT_DISCORD_MESSAGE_CONTENT", "maybe", "must be true or false"),
    ],
)
def test_a_value_of_the_wrong_kind_or_range_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, says: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert str(raised.value).startswith(f"{variable}: ") and says in str(raised.value)


def test_secrets_never_print_and_an_empty_one_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-sekrit-value")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "signing-sekrit")
    monkeypatch.setenv("SLACK_APP_TOKEN", "")
    settings = load_settings()
    assert isinstance(settings.slack_bot_token, Secret)
    assert settings.slack_bot_token.get_secret_value() == "xoxb-sekrit-value"
    assert settings.slack_app_token is None and not settings.slack_socket_mode
    shown = f"{settings!r} {settings.slack_bot_token} {settings.slack_signing_secret!r}"
    assert "sekrit" not in shown
    assert settings.platforms == ("slack",)


def test_the_project_prefix_does_not_reach_a_platform_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Slack's and Discord's variables keep the names their documentation gives."""
    monkeypatch.setenv("OPENAI_BOT_DISCORD_TOKEN", "not-read")
    assert load_settings().discord_token is None
    monkeypatch.setenv("DISCORD_TOKEN", "tkn")
    assert load_settings().platforms == ("discord",)


def test_a_sqlite_state_url_is_read_as_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its path is percent-escaped, as in any URL ("%3F" is "?")."""
    monkeypatch.setenv("OPENAI_BOT_STATE_URL", "sqlite:///kept/state%3Fv2.db")
    assert load_settings().state_target == Path("kept/state?v2.db")
