"""Shared fixtures: the seed index built once per session, and a network that ends at loopback."""

import functools
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from bot.database import engine_for, state_url, upgrade
from bot.router import Router
from knowledge.articles import Article, load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index

from .fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "", None})

_real_getaddrinfo = socket.getaddrinfo


def _loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host not in LOOPBACK and not str(host).startswith("127."):
        raise OSError(f"tests may only reach loopback, not {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse to resolve any host but loopback, and keep proxies and real credentials out."""
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "DISCORD_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)


# PostgreSQL for the shared-state tests: this machine's, or OPENAI_BOT_TEST_POSTGRES_URL.
POSTGRES = os.environ.get(
    "OPENAI_BOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


@functools.cache
def _postgres_missing() -> str:
    """Why PostgreSQL cannot be used here ("" when it can)."""
    try:
        engine = engine_for(POSTGRES)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        engine.dispose()
    except Exception as exc:  # any reason at all: those tests skip, saying why
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        shown = make_url(state_url(POSTGRES)).render_as_string(hide_password=True)
        return f"PostgreSQL not reachable at {shown}: {first}"
    return ""


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, migrated schema of its own in PostgreSQL, dropped afterwards (skips, saying
    why, where no PostgreSQL is reachable)."""
    missing = _postgres_missing()
    if missing:
        pytest.skip(missing)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = engine_for(POSTGRES)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    engine = engine_for(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def state_target(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a state store lives, once per backend: the suite of the state store runs on
    both."""
    if request.param == "sqlite":
        return tmp_path / "state.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    """A fake Slack on 127.0.0.1 (Web API, response URLs, Socket Mode), for one test."""
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
def seed_articles() -> tuple[Article, ...]:
    return load_articles(SEEDS)


@pytest.fixture(scope="session")
def seed_index(
    tmp_path_factory: pytest.TempPathFactory, seed_articles: tuple[Article, ...]
) -> Path:
    path = tmp_path_factory.mktemp("index") / "index.db"
    build_index(seed_articles, path)
    return path


@pytest.fixture(scope="session")
def engine(seed_index: Path) -> Iterator[Engine]:
    eng = Engine(seed_index)
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def router(engine: Engine) -> Router:
    return Router(engine)


@pytest.fixture(scope="session")
def test_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The engine over the two test-only articles (tests/devset/articles), built once."""
    path = tmp_path_factory.mktemp("test-only") / "index.db"
    build_index(load_articles(Path(__file__).resolve().parent / "devset" / "articles"), path)
    eng = Engine(path)
    yield eng
    eng.close()
