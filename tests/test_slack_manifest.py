"""The Slack manifest asks for what the adapter handles, and nothing more."""

from pathlib import Path

import yaml

from adapters.slack_install import BOT_SCOPES

MANIFEST = Path(__file__).resolve().parent.parent / "slack-manifest.yml"


def test_manifest_matches_the_adapter() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/openai"
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == set(BOT_SCOPES)  # what the OAuth flow asks each workspace for
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {
        "app_home_opened",
        "app_mention",
        "app_uninstalled",
        "tokens_revoked",
        "message.channels",
        "message.groups",
        "message.im",
    }
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
