"""The two "exactly once" decisions, each one atomic statement on the state database.

- An event delivery (a Slack event id, a Discord message id, a slash command's trigger id)
  is answered by whoever inserts its key first; redeliveries within a day find it there.
- A day's digest for a channel is posted by whoever holds the ledger's claim: the first to
  insert it, or its owner renewing it, or anyone once the owner's lease has run out.

`INSERT … ON CONFLICT DO NOTHING` and a conditional `UPDATE` are atomic in SQLite and in
PostgreSQL alike: any number of processes may race for the same key. The caller passes the
connection of an open transaction.
"""

from sqlalchemy import Connection, text

SEEN_TTL_SECONDS = 24 * 3600
# The statements, named once at module level (the queries are the contract; the functions
# only decide what their results mean).
_FORGET_SEEN = text("DELETE FROM seen_events WHERE expires_at < :now")
_SEE = text(
    "INSERT INTO seen_events (key, expires_at) VALUES (:key, :until) ON CONFLICT DO NOTHING"
)
_CLAIM = text(
    "INSERT INTO digest_ledger (platform, channel, local_date, status, claimed_at, owner, "
    "lease_until) VALUES (:p, :c, :d, 'claimed', :at, :owner, :until) ON CONFLICT DO NOTHING"
)
_TAKE = text(
    "UPDATE digest_ledger SET owner = :owner, lease_until = :until WHERE platform = :p AND "
    "channel = :c AND local_date = :d AND status = 'claimed' AND "
    "(owner = :owner OR lease_until <= :now)"
)
_STATUS = text(
    "SELECT status FROM digest_ledger WHERE platform = :p AND channel = :c AND local_date = :d"
)


def first_delivery(db: Connection, key: str, now: float) -> bool:
    """True the first time `key` is seen (within SEEN_TTL_SECONDS); False for a redelivery."""
    db.execute(_FORGET_SEEN, {"now": now})
    inserted = db.execute(_SEE, {"key": key, "until": now + SEEN_TTL_SECONDS})
    return inserted.rowcount == 1


def digest_claim(
    db: Connection,
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
    key = {"p": where[0], "c": where[1], "d": where[2]}
    until = now + lease
    while True:
        made = db.execute(_CLAIM, {**key, "at": claimed_at, "owner": owner, "until": until})
        if made.rowcount == 1:
            return "new"
        taken = db.execute(_TAKE, {**key, "owner": owner, "until": until, "now": now})
        if taken.rowcount == 1:
            return "claimed"
        status = db.execute(_STATUS, key).scalar()
        if status is not None:
            return "busy" if status == "claimed" else str(status)
        # released by its owner between our statements (READ COMMITTED): claim it anew
