"""The state database's tables, as SQLAlchemy Core metadata: one description for SQLite and
PostgreSQL, used by the migrations and by `openai-bot state copy`."""

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("platform", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("post_time", Text, nullable=False),
    Column("timezone", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("paused_reason", Text),
    # the Slack workspace (team id) whose token posts it, when the bot is installed in many
    Column("workspace", Text, nullable=False, server_default=""),
)
digest_ledger = Table(
    "digest_ledger",
    metadata,
    Column("platform", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("local_date", Text, primary_key=True),
    Column("status", Text, nullable=False),
    Column("message_ref", Text),
    Column("claimed_at", Text, nullable=False),
    Column("posted_at", Text),
    Column("owner", Text, nullable=False, server_default=""),
    Column("lease_until", Float, nullable=False, server_default="0"),
    CheckConstraint("status IN ('claimed', 'posted', 'missed')", name="ledger_status"),
)
seen_events = Table(
    "seen_events",
    metadata,
    Column("key", Text, primary_key=True),
    Column("expires_at", Float, nullable=False),
    Index("seen_events_expiry", "expires_at"),
)
threads = Table(
    "threads",
    metadata,
    Column("platform", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("thread", Text, primary_key=True),
    Column("created_at", Float, nullable=False),
)
digest_archive = Table(
    "digest_archive",
    metadata,
    Column("platform", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("event_id", Integer, primary_key=True, autoincrement=False),
    Column("local_date", Text, nullable=False),
)
conversations = Table(
    "conversations",
    metadata,
    Column("scope", Text, primary_key=True),
    Column("question", Text, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("answer", Text, nullable=False, server_default=""),
    Index("conversations_expiry", "expires_at"),
)
meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)
answers = Table(
    "answers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("channel", Text, nullable=False),
    Column("verb", Text, nullable=False),
    Column("question", Text, nullable=False),
    Column("citations", Text, nullable=False),
    Column("created_at", Float, nullable=False),
)
votes = Table(
    "votes",
    metadata,
    Column(
        "answer_id",
        Integer,
        ForeignKey("answers.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("voter", Text, primary_key=True),
    Column("verdict", Text, nullable=False),
    Column("voted_at", Float, nullable=False),
    CheckConstraint("verdict IN ('up', 'down')", name="vote_verdict"),
    Index("votes_time", "voted_at"),
)
channel_settings = Table(
    "channel_settings",
    metadata,
    Column("platform", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("answers", Text, nullable=False, server_default="auto"),
    Column("followups", Integer, nullable=False, server_default="1"),
    Column("mention_only", Integer, nullable=False, server_default="0"),
    Column("digest", Integer, nullable=False, server_default="1"),
    Column("changed_by", Text, nullable=False),
    Column("changed_at", Float, nullable=False),
    CheckConstraint("answers IN ('auto', 'private', 'public')", name="settings_answers"),
)
cooldowns = Table(
    "cooldowns",
    metadata,
    # "user:<platform>:<id>" or "channel:<platform>:<id>": a token bucket shared by instances
    Column("key", Text, primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("at", Float, nullable=False),
    Column("granted", Integer, nullable=False, server_default="0"),
    Column("told_until", Float, nullable=False, server_default="0"),
    Index("cooldowns_at", "at"),
)

# Slack installations (one per workspace that added the app) and the OAuth flow's states, in
# the layout slack_sdk's SQLAlchemy stores read and write (tests/test_slack_oauth.py keeps the
# two in step; `bot` knows no chat library, so the shape is written out here).
slack_installations = Table(
    "slack_installations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(32), nullable=False),
    Column("app_id", String(32), nullable=False),
    Column("enterprise_id", String(32)),
    Column("enterprise_name", String(200)),
    Column("enterprise_url", String(200)),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    Column("bot_token", String(200)),
    Column("bot_id", String(32)),
    Column("bot_user_id", String(32)),
    Column("bot_scopes", String(1000)),
    Column("bot_refresh_token", String(200)),
    Column("bot_token_expires_at", DateTime),
    Column("user_id", String(32), nullable=False),
    Column("user_token", String(200)),
    Column("user_scopes", String(1000)),
    Column("user_refresh_token", String(200)),
    Column("user_token_expires_at", DateTime),
    Column("incoming_webhook_url", String(200)),
    Column("incoming_webhook_channel", String(200)),
    Column("incoming_webhook_channel_id", String(200)),
    Column("incoming_webhook_configuration_url", String(200)),
    Column("is_enterprise_install", Boolean, default=False, nullable=False),
    Column("token_type", String(32)),
    Column("installed_at", DateTime, nullable=False, default=func.now()),
    Index(
        "slack_installations_idx",
        "client_id",
        "enterprise_id",
        "team_id",
        "user_id",
        "installed_at",
    ),
)
slack_bots = Table(
    "slack_bots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(32), nullable=False),
    Column("app_id", String(32), nullable=False),
    Column("enterprise_id", String(32)),
    Column("enterprise_name", String(200)),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    Column("bot_token", String(200)),
    Column("bot_id", String(32)),
    Column("bot_user_id", String(32)),
    Column("bot_scopes", String(1000)),
    Column("bot_refresh_token", String(200)),
    Column("bot_token_expires_at", DateTime),
    Column("is_enterprise_install", Boolean, default=False, nullable=False),
    Column("installed_at", DateTime, nullable=False, default=func.now()),
    Index("slack_bots_idx", "client_id", "enterprise_id", "team_id", "installed_at"),
)
slack_oauth_states = Table(
    "slack_oauth_states",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("state", String(200), nullable=False),
    Column("expire_at", DateTime, nullable=False),
)
