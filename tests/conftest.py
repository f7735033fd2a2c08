"""Shared fixtures: the seed index built once per session, and a network that ends at loopback."""

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.router import Router
from knowledge.articles import Article, load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index

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
