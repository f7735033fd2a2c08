"""The state database's tables, as SQLAlchemy Core metadata: one description for SQLite and
PostgreSQL, used by the migrations and by `openai-bot state copy`."""

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
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
