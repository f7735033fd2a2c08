"""The deployment files say what the README says: a slim non-root image that runs the bot and
checks /healthz; two instances sharing PostgreSQL, migrated once before they start."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_the_image_runs_the_bot_as_a_user_and_checks_health() -> None:
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("FROM python:3.11-slim") for line in lines)
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users == ["openai-bot"]  # and the bot is started after it
    cmd = next(line for line in lines if line.startswith("CMD "))
    assert cmd == 'CMD ["openai-bot", "run"]' and lines.index(cmd) > lines.index("USER openai-bot")
    health = "\n".join(lines[next(i for i, x in enumerate(lines) if x.startswith("HEALTHCHECK")) :])
    assert "/healthz" in health and "3000" in health


def test_compose_runs_two_instances_on_one_migrated_database() -> None:
    services = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))["services"]
    bots = {name: s for name, s in services.items() if name.startswith("bot-")}
    assert len(bots) == 2
    urls = {s["environment"]["OPENAI_BOT_STATE_URL"] for s in bots.values()}
    (url,) = urls  # one database for both
    assert url.startswith("postgresql://") and "@postgres:5432/" in url
    assert services["migrate"]["command"] == ["openai-bot", "migrate"]
    assert services["migrate"]["environment"]["OPENAI_BOT_STATE_URL"] == url
    for bot in bots.values():
        assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    ports = sorted(p for s in bots.values() for p in s["ports"])
    assert ports == ["3001:3000", "3002:3000"]
