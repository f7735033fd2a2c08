"""What an operator watches: `/healthz` and `/metrics` (Prometheus), in every mode.

Slack HTTP mode serves them beside `/slack/events`; Socket Mode and Discord-only runs serve
them on their own at `OPENAI_BOT_HTTP_HOST:OPENAI_BOT_HTTP_PORT`. Healthy means the index is
open and every configured platform is connected. The metrics: questions by platform and verb,
answer latency, answers that failed, cooldown refusals, digest runs by result, index age.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from bot.reply import Reply


@dataclass
class Metrics:
    """One registry per process (a test builds its own)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.requests = Counter(
            "openai_bot_requests",
            "Messages answered, by platform and verb",
            ["platform", "verb"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "openai_bot_answer_seconds",
            "Time to compute an answer",
            ["platform"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )
        self.errors = Counter(
            "openai_bot_errors", "Answers that failed", ["platform"], registry=self.registry
        )
        self.cooldowns = Counter(
            "openai_bot_cooldowns",
            "Questions refused by a cooldown",
            ["platform"],
            registry=self.registry,
        )
        self.digests = Counter(
            "openai_bot_digests",
            "Digest runs, by platform and what happened",
            ["platform", "result"],
            registry=self.registry,
        )
        self.votes = Counter(
            "openai_bot_feedback_votes",
            "👍 / 👎 clicks on answers, by platform and verdict",
            ["platform", "verdict"],
            registry=self.registry,
        )
        self.index_age = Gauge(
            "openai_bot_index_age_seconds",
            "Seconds since the article index was built",
            registry=self.registry,
        )

    def answered(self, platform: str, reply: Reply, seconds: float) -> None:
        """Count one answer."""
        self.requests.labels(platform, reply.command or "none").inc()
        self.latency.labels(platform).observe(seconds)
        if not reply.ok:
            self.errors.labels(platform).inc()
        if reply.command == "cooldown":
            self.cooldowns.labels(platform).inc()


METRICS = Metrics()


def add_routes(
    app: web.Application,
    health: Callable[[], dict[str, bool]],
    *,
    metrics: Metrics = METRICS,
    index_built: Callable[[], float] | None = None,
) -> None:
    """Add GET /healthz (200 when every check passes, 503 otherwise, with the checks) and
    GET /metrics to `app`."""

    async def healthz(_request: web.Request) -> web.Response:
        checks = health()
        ok = all(checks.values())
        return web.json_response({"ok": ok, **checks}, status=200 if ok else 503)

    async def scrape(_request: web.Request) -> web.Response:
        if index_built is not None:
            metrics.index_age.set(max(0.0, time.time() - index_built()))
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", scrape)


async def serve(
    host: str,
    port: int,
    health: Callable[[], dict[str, bool]],
    *,
    metrics: Metrics = METRICS,
    index_built: Callable[[], float] | None = None,
) -> web.AppRunner:
    """Serve /healthz and /metrics on their own (Socket Mode, Discord-only)."""
    app = web.Application()
    add_routes(app, health, metrics=metrics, index_built=index_built)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
