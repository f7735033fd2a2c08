"""The state database's schema history before Alembic: SQLite scripts run by `PRAGMA
user_version`. A file made by them is brought to the last one, then handed to Alembic at
its baseline revision (the same tables), so no subscription or vote is lost on the way."""

LEGACY_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE subscriptions (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        post_time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        paused_reason TEXT,
        PRIMARY KEY (platform, channel)
    );
    CREATE TABLE digest_ledger (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted')),
        message_ref TEXT,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        PRIMARY KEY (platform, channel, local_date)
    );
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        user TEXT NOT NULL,
        command TEXT NOT NULL,
        verdict TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE seen_events (
        key TEXT PRIMARY KEY,
        expires_at REAL NOT NULL
    );
    """,
    """
    CREATE TABLE threads (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        thread TEXT NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (platform, channel, thread)
    );
    """,
    """
    CREATE TABLE digest_archive (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        local_date TEXT NOT NULL,
        PRIMARY KEY (platform, channel, event_id)
    );
    """,
    """
    CREATE TABLE conversations (
        scope TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    """,
    """
    ALTER TABLE conversations ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    """,
    # A claim has an owner and a lease (only the owner posts while it lasts); a day the
    # platform never accepted the post is recorded as missed.
    """
    CREATE TABLE digest_ledger_new (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'missed')),
        message_ref TEXT,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        owner TEXT NOT NULL DEFAULT '',
        lease_until REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (platform, channel, local_date)
    );
    INSERT INTO digest_ledger_new (platform, channel, local_date, status, message_ref,
        claimed_at, posted_at)
        SELECT platform, channel, local_date, status, message_ref, claimed_at, posted_at
        FROM digest_ledger;
    DROP TABLE digest_ledger;
    ALTER TABLE digest_ledger_new RENAME TO digest_ledger;
    """,
    # Feedback: each answer shown with vote buttons is recorded (what was asked, what it
    # cited); a vote is one row per answer and (salted, hashed) voter. Channel settings.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        verb TEXT NOT NULL,
        question TEXT NOT NULL,
        citations TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE votes (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        voter TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
        voted_at REAL NOT NULL,
        PRIMARY KEY (answer_id, voter)
    );
    CREATE INDEX votes_time ON votes (voted_at);
    CREATE TABLE channel_settings (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        answers TEXT NOT NULL DEFAULT 'auto' CHECK (answers IN ('auto', 'private', 'public')),
        followups INTEGER NOT NULL DEFAULT 1,
        mention_only INTEGER NOT NULL DEFAULT 0,
        digest INTEGER NOT NULL DEFAULT 1,
        changed_by TEXT NOT NULL,
        changed_at REAL NOT NULL,
        PRIMARY KEY (platform, channel)
    );
    """,
)
