"""The two "exactly once" decisions, each one atomic statement on the state database.

- An event delivery (a Slack event id, a Discord message id, a slash command's trigger id)
  is answered by whoever inserts its key first; redeliveries within a day find it there.
- A day's digest for a channel is posted by whoever holds the ledger's claim: the first to
  insert it, or its owner renewing it, or anyone once the owner's lease has run out.

The caller holds the connection's lock and a transaction (`with lock, conn:`).
"""

import sqlite3

SEEN_TTL_SECONDS = 24 * 3600
# The statements, named once at module level (the queries are the contract; the functions
# only decide what their results mean).
_FORGET_SEEN = "DELETE FROM seen_events WHERE expires_at < ?"
_SEE = "INSERT OR IGNORE INTO seen_events (key, expires_at) VALUES (?, ?)"
_CLAIM = (
    "INSERT OR IGNORE INTO digest_ledger (platform, channel, local_date, status, claimed_at, "
    "owner, lease_until) VALUES (?, ?, ?, 'claimed', ?, ?, ?)"
)
_TAKE = (
    "UPDATE digest_ledger SET owner = ?, lease_until = ? WHERE platform = ? AND channel = ? "
    "AND local_date = ? AND status = 'claimed' AND (owner = ? OR lease_until <= ?)"
)
_STATUS = "SELECT status FROM digest_ledger WHERE platform = ? AND channel = ? AND local_date = ?"


def first_delivery(conn: sqlite3.Connection, key: str, now: float) -> bool:
    """True the first time `key` is seen (within SEEN_TTL_SECONDS); False for a redelivery."""
    conn.execute(_FORGET_SEEN, (now,))
    cursor = conn.execute(_SEE, (key, now + SEEN_TTL_SECONDS))
    return cursor.rowcount == 1


def digest_claim(
    conn: sqlite3.Connection,
    where: tuple[str, str, str],
    *,
    owner: str,
    lease: float,
    now: float,
    claimed_at: str,
) -> str:
    """Who may post the digest for `where` (platform, channel, local date). "new": this
    owner, first; "claimed": this owner, after an earlier claim of its own or one whose lease
    ran out (a post may have got out: look first); "busy": another owner's live claim;
    "posted"; "missed"."""
    cursor = conn.execute(_CLAIM, (*where, claimed_at, owner, now + lease))
    if cursor.rowcount == 1:
        return "new"
    taken = conn.execute(_TAKE, (owner, now + lease, *where, owner, now))
    if taken.rowcount == 1:
        return "claimed"
    row = conn.execute(_STATUS, where).fetchone()
    return "busy" if row[0] == "claimed" else str(row[0])
