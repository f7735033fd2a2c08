"""Feedback on answers: 👍 / 👎 under every answer, kept in the state database for review.

Each answer shown with vote buttons is recorded (platform, channel, verb, the question and
the sources it cited), and the buttons carry only its number: they keep working after a
restart, and no platform's size limit on a button ever cuts the question short. A vote is
stored against a salted hash of the voter's id (the salt is made once per state database and
never leaves it), so votes can be counted and changed, never traced back to a person. Voting
again replaces the earlier vote.
"""

import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.message import Message
from bot.reply import Reply

if TYPE_CHECKING:
    from sqlalchemy import TextClause

    from bot.state import StateStore


def text(sql: str) -> "TextClause":
    """SQLAlchemy's `text`, imported when a vote is first stored: the router makes its
    Feedback for every run, and a one-off question loads no database library."""
    from sqlalchemy import text as sql_text

    return sql_text(sql)


ANSWER_TTL_SECONDS = 90 * 24 * 3600  # an answer nobody voted on is forgotten after this
PRUNE_EVERY = 500  # answers recorded between two prunings
VERDICTS = ("up", "down")
MAX_ANSWER_ID = 2**62  # a button's number is an SQLite integer; anything larger is forged


def rateable(reply: Reply, message: Message) -> bool:
    """Whether `reply` gets vote buttons: an answer (not an error, help or a notice) given on
    a chat platform (the console has nobody to ask)."""
    return message.platform != "console" and reply.is_answer


@dataclass(frozen=True, kw_only=True)
class Voted:
    """What a click did: the verdict now stored, and whether it replaced another one."""

    verdict: str
    changed: bool = False
    known: bool = True  # False: the answer was forgotten (older than ANSWER_TTL_SECONDS)


@dataclass(frozen=True, kw_only=True)
class Rated:
    """One question's votes, for review: how often it was voted down and up, and what the
    answer cited."""

    verb: str
    question: str
    down: int
    up: int
    citations: tuple[str, ...]
    platforms: tuple[str, ...]
    last_vote: str  # ISO time of the latest vote


class Feedback:
    """Records answers and votes in the state database; lists them worst first."""

    def __init__(self, state: "StateStore") -> None:
        self.state = state
        self._salted = ""

    def _salt(self) -> str:
        if self._salted:
            return self._salted
        self.state.run(
            "INSERT INTO meta (key, value) VALUES ('voter_salt', :salt) ON CONFLICT DO NOTHING",
            salt=secrets.token_hex(16),
        )
        rows = self.state.query("SELECT value FROM meta WHERE key = 'voter_salt'")
        self._salted = str(rows[0][0])
        return self._salted

    def voter(self, platform: str, user: str) -> str:
        """The salted hash a vote is stored under (the same person, the same hash)."""
        digest = hashlib.blake2b(f"{platform}:{user}".encode(), key=self._salt().encode()[:64])
        return digest.hexdigest()[:32]

    def record(
        self, reply: Reply, message: Message, question: str, *, now: float | None = None
    ) -> int:
        """Keep what was asked and what the answer cited; the number goes on the buttons."""
        moment = time.time() if now is None else now
        cited = json.dumps(
            [f"{c.outlet}, {c.published}: {c.title}" for c in reply.citations], ensure_ascii=False
        )
        with self.state.write() as db:
            number = int(
                db.execute(
                    text(
                        "INSERT INTO answers (platform, channel, verb, question, citations, "
                        "created_at) VALUES (:p, :c, :v, :q, :cited, :at) RETURNING id"
                    ),
                    {
                        "p": message.platform,
                        "c": message.channel,
                        "v": reply.command,
                        "q": question[:500],
                        "cited": cited,
                        "at": moment,
                    },
                ).scalar_one()
            )
            if number % PRUNE_EVERY == 0:
                db.execute(
                    text(
                        "DELETE FROM answers WHERE created_at < :before AND NOT EXISTS "
                        "(SELECT 1 FROM votes WHERE votes.answer_id = answers.id)"
                    ),
                    {"before": moment - ANSWER_TTL_SECONDS},
                )
        return number

    def vote(
        self, answer: int, platform: str, user: str, verdict: str, *, now: float | None = None
    ) -> Voted:
        """Store `user`'s verdict on `answer` ("up" or "down"), replacing an earlier one. Only
        an answer given on the voter's platform can be voted on from it."""
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        if not 0 < answer < MAX_ANSWER_ID:
            return Voted(verdict=verdict, known=False)
        voter = self.voter(platform, user)
        moment = time.time() if now is None else now
        key = {"a": answer, "voter": voter}
        with self.state.write() as db:
            found = db.execute(
                text("SELECT 1 FROM answers WHERE id = :a AND platform = :p"),
                {"a": answer, "p": platform},
            ).first()
            if found is None:
                return Voted(verdict=verdict, known=False)
            before = db.execute(
                text("SELECT verdict FROM votes WHERE answer_id = :a AND voter = :voter"), key
            ).scalar()
            db.execute(
                text(
                    "INSERT INTO votes (answer_id, voter, verdict, voted_at) VALUES "
                    "(:a, :voter, :verdict, :at) ON CONFLICT (answer_id, voter) DO UPDATE SET "
                    "verdict = excluded.verdict, voted_at = excluded.voted_at"
                ),
                {**key, "verdict": verdict, "at": moment},
            )
        return Voted(verdict=verdict, changed=before is not None and before != verdict)

    def counts(self) -> dict[str, int]:
        """Votes stored, by verdict ({"up": n, "down": m})."""
        rows = self.state.query("SELECT verdict, count(*) FROM votes GROUP BY verdict")
        found = {str(r[0]): int(r[1]) for r in rows}
        return {v: found.get(v, 0) for v in VERDICTS}

    def review(self, since: datetime | None = None) -> list[Rated]:
        """Every question voted on (since `since`), worst first: most votes down, then
        fewest up, then the latest."""
        start = since.timestamp() if since is not None else 0.0
        rows = self.state.query(
            "SELECT a.verb, a.question, a.platform, a.citations, v.verdict, v.voted_at "
            "FROM votes v JOIN answers a ON a.id = v.answer_id WHERE v.voted_at >= :start "
            "ORDER BY v.voted_at",
            start=start,
        )
        tallies: dict[tuple[str, str], _Tally] = {}
        for row in rows:
            verb, question, platform, citations, verdict, voted_at = tuple(row)
            key = (str(verb), " ".join(str(question).casefold().split()))
            tally = tallies.setdefault(key, _Tally(question=str(question)))
            if verdict == "up":
                tally.up += 1
            else:
                tally.down += 1
            tally.citations = tuple(json.loads(citations))  # what the latest answer cited
            tally.platforms[str(platform)] = None
            tally.last = float(voted_at)
        ordered = sorted(tallies.items(), key=lambda kv: (-kv[1].down, kv[1].up, -kv[1].last))
        return [
            Rated(
                verb=verb,
                question=t.question,
                down=t.down,
                up=t.up,
                citations=t.citations,
                platforms=tuple(t.platforms),
                last_vote=datetime.fromtimestamp(t.last, UTC).isoformat(timespec="seconds"),
            )
            for (verb, _), t in ordered
        ]


@dataclass
class _Tally:
    """Votes on one question while they are counted."""

    question: str
    up: int = 0
    down: int = 0
    citations: tuple[str, ...] = ()
    platforms: dict[str, None] = field(default_factory=dict)
    last: float = 0.0


def thanks(voted: Voted) -> str:
    """What the voter alone is told after a click."""
    if not voted.known:
        return "That answer is too old to rate now; ask again and rate the new one."
    mark = "👍" if voted.verdict == "up" else "👎"
    if voted.changed:
        return f"Changed your vote to {mark}. Thanks: it is kept to make answers better."
    return f"Thanks for the {mark}: it is kept (anonymously) to make answers better."
