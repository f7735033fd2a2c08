"""`settings`: per-channel choices, changed only by admins, kept in the state database."""

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from bot.channel_settings import (
    DEFAULTS,
    FRESH_SECONDS,
    ChannelSettings,
    ChannelSettingsStore,
    answers_in_channel,
)
from bot.message import Message
from bot.router import Router
from bot.state import StateStore
from knowledge.engine import Engine


@pytest.fixture
def router(engine: Engine, state_target: Path | str) -> Router:
    return Router(engine, state=StateStore(state_target))


def _say(router: Router, text: str, *, admin: bool = True, platform: str = "slack") -> str:
    reply = router.handle(
        Message(text=text, platform=platform, channel="C1", user="U1", can_configure=admin)
    )
    return reply.text


def test_show_change_and_refuse(router: Router) -> None:
    shown = _say(router, "settings", admin=False)  # anyone may look
    assert "answers auto" in shown and "followups on" in shown and "digest on" in shown
    refused = _say(router, "settings followups off", admin=False)
    assert "Only workspace admins (or the users in OPENAI_BOT_SLACK_ADMIN_USERS)" in refused
    discord = _say(router, "settings followups off", admin=False, platform="discord")
    assert "Only people who may manage this channel" in discord
    assert router.state is not None
    store = ChannelSettingsStore(router.state)
    assert store.get("slack", "C1") == DEFAULTS  # nothing changed by a refusal
    changed = _say(router, "settings follow-ups off")
    assert "Settings changed" in changed and "followups off" in changed
    _say(router, "settings answers channel")
    _say(router, "settings mention-only yes")
    now = store.get("slack", "C1")
    assert (now.answers, now.followups, now.mention_only, now.digest) == (
        "public",
        False,
        True,
        True,
    )
    assert not now.answers_followups
    assert store.get("slack", "C2") == DEFAULTS  # per channel
    assert store.get("discord", "C1") == DEFAULTS  # and per platform
    assert "neither on nor off" in _say(router, "settings digest maybe")
    assert "is not an answers mode" in _say(router, "settings answers loud")
    assert "is not a setting" in _say(router, "settings volume 11")
    assert "Say what to set" in _say(router, "settings digest")


def test_digest_off_pauses_and_refuses_until_on(router: Router) -> None:
    assert "Subscribed" in _say(router, "digest subscribe 09:00 UTC")
    assert router.state is not None
    _say(router, "settings digest off")
    sub = router.state.subscription("slack", "C1")
    assert sub is not None and sub.paused_reason == "turned off in this channel's settings"
    status = _say(router, "digest status")
    assert "Paused: turned off in this channel's settings. `settings digest on` resumes" in status
    assert "turned off in this channel's settings" in _say(router, "digest subscribe 10:00 UTC")
    _say(router, "settings digest on")
    sub = router.state.subscription("slack", "C1")
    assert sub is not None and not sub.paused_reason and sub.post_time == "09:00"


def test_a_pause_for_another_reason_is_not_lifted(router: Router) -> None:
    _say(router, "digest subscribe 09:00 UTC")
    assert router.state is not None
    _say(router, "settings digest off")
    router.state.pause("slack", "C1", "Slack: channel_not_found")
    _say(router, "settings digest on")
    sub = router.state.subscription("slack", "C1")
    assert sub is not None and sub.paused_reason == "Slack: channel_not_found"


def test_settings_survive_a_restart(state_target: Path | str) -> None:
    state = StateStore(state_target)
    ChannelSettingsStore(state).change("discord", "400", "U1", {"answers": "private"})
    state.close()
    again = ChannelSettingsStore(StateStore(state_target))
    assert again.get("discord", "400").answers == "private"
    assert again.configured() == 1


def test_only_questions_are_answered_in_channel() -> None:
    public = ChannelSettings(answers="public")
    assert answers_in_channel(public, "who is altman")
    assert answers_in_channel(public, "when did musk leave")
    assert not answers_in_channel(public, "help")
    assert not answers_in_channel(public, "settings answers private")
    assert not answers_in_channel(public, "digest subscribe")
    assert not answers_in_channel(DEFAULTS, "who is altman")


def test_two_changes_at_once_both_stay(state_target: Path | str) -> None:
    """Two admins, two settings, two stores on one database (two workers or processes):
    each change writes only its own setting, so neither is lost."""
    first = ChannelSettingsStore(StateStore(state_target))
    second = ChannelSettingsStore(StateStore(state_target))
    first.get("slack", "C1"), second.get("slack", "C1")  # both read the defaults first
    first.change("slack", "C1", "U1", {"followups": False})
    second.change("slack", "C1", "U2", {"mention_only": True})
    now = ChannelSettingsStore(StateStore(state_target)).get("slack", "C1")  # a third process
    assert (now.followups, now.mention_only) == (False, True)


def test_a_change_is_seen_at_once_here_and_soon_by_other_processes(
    state_target: Path | str,
) -> None:
    """Settings are read at most every FRESH_SECONDS per channel and process: a change made
    here is seen at once (by every store of this state database), one made by another
    process once that time has passed, and a read in between asks the database nothing."""
    clock = [100.0]
    here_state = StateStore(state_target)
    here = ChannelSettingsStore(here_state, clock=lambda: clock[0])
    also_here = ChannelSettingsStore(here_state, clock=lambda: clock[0])
    elsewhere = ChannelSettingsStore(StateStore(state_target))
    assert here.get("slack", "C1") == DEFAULTS
    also_here.change("slack", "C1", "U1", {"answers": "private"})
    assert here.get("slack", "C1").answers == "private"  # at once, in this process
    elsewhere.change("slack", "C1", "U2", {"answers": "public"})
    here_state.engine.dispose()
    statements: list[str] = []
    event.listen(here_state.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    clock[0] += FRESH_SECONDS - 0.1
    assert here.get("slack", "C1").answers == "private"  # read a moment ago
    assert statements == []
    clock[0] += 0.2
    assert here.get("slack", "C1").answers == "public"  # the other process's change
    assert any("channel_settings" in sql for sql in statements)


def test_digest_off_keeps_an_earlier_pause(router: Router) -> None:
    _say(router, "digest subscribe 09:00 UTC")
    assert router.state is not None
    router.state.pause("slack", "C1", "Slack: channel_not_found")
    _say(router, "settings digest off")
    _say(router, "settings digest on")
    sub = router.state.subscription("slack", "C1")
    assert sub is not None and sub.paused_reason == "Slack: channel_not_found"


def test_a_thread_follows_its_channels_digest_setting(router: Router) -> None:
    assert router.state is not None
    ChannelSettingsStore(router.state).change("discord", "P1", "1", {"digest": False})
    reply = router.handle(
        Message(text="digest subscribe 09:00 UTC", platform="discord", channel="T1", parent="P1")
    )
    assert "turned off in this channel's settings" in reply.title
    assert router.state.subscription("discord", "T1") is None


def test_a_read_that_began_before_a_change_never_hides_it(
    state_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read on the acknowledging thread may be under way while a worker changes the
    setting: what it read before the change is returned to it, but never kept over the
    change (this process would otherwise answer in the channel for five more seconds)."""
    from bot import channel_settings

    state = StateStore(state_target)
    reader, changer = ChannelSettingsStore(state), ChannelSettingsStore(state)
    real = channel_settings._read
    calls: list[str] = []

    def read_then_change(db: Any, platform: str, channel: str) -> ChannelSettings:
        found = real(db, platform, channel)
        if not calls:
            calls.append("changed")
            changer.change(platform, channel, "U1", {"answers": "private"})
        return found

    monkeypatch.setattr(channel_settings, "_read", read_then_change)
    assert reader.get("slack", "C1").answers == "auto"  # read before the change committed
    assert reader.get("slack", "C1").answers == "private"
    assert calls == ["changed"]
