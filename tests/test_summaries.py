"""The per-entity summaries the build makes say what the extraction tables say: a profile
read from them is the profile worked out from every row."""

import sqlite3
from pathlib import Path

import pytest

from bot.router import Router
from knowledge import facts
from knowledge.articles import Article
from knowledge.engine import Engine
from knowledge.indexer import build_index
from knowledge.sqlite import connect
from knowledge.summaries import merge_roles


def _people(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT key FROM entities WHERE kind = 'person'")]


def test_roles_related_and_events_agree_with_the_rows(seed_index: Path) -> None:
    conn = sqlite3.connect(seed_index)
    checked = 0
    for key in _people(conn):
        rows = conn.execute(
            "SELECT r.text, r.status, r.kind, r.passage_id, a.published FROM roles r "
            "JOIN passages p ON p.id = r.passage_id JOIN articles a ON a.seq = p.article "
            "WHERE r.entity_key = ? ORDER BY r.id",
            (key,),
        ).fetchall()
        stored = conn.execute(
            "SELECT text, status, kind, passage_ids FROM entity_roles WHERE entity_key = ? "
            "ORDER BY ord",
            (key,),
        ).fetchall()
        assert [
            (t, s, k, str(list(ids)).replace(" ", "")) for t, s, k, ids in merge_roles(rows)
        ] == [(t, s, k, ids.replace(" ", "")) for t, s, k, ids in stored]
        co = conn.execute(
            "SELECT x.key, count(*) AS n FROM mentions me "
            "JOIN entities e ON e.id = me.entity "
            "JOIN mentions other ON other.passage_id = me.passage_id "
            "AND other.entity != me.entity "
            "JOIN entities x ON x.id = other.entity AND x.kind = 'person' "
            "WHERE e.key = ? GROUP BY x.key "
            "ORDER BY n DESC, x.key LIMIT 10",
            (key,),
        ).fetchall()
        assert (
            co
            == conn.execute(
                "SELECT other_key, n FROM related WHERE entity_key = ? ORDER BY ord", (key,)
            ).fetchall()
        )
        events = conn.execute(
            "SELECT e.id FROM events e JOIN passages p ON p.id = e.passage_id "
            "AND p.kind != 1 JOIN mentions m ON m.passage_id = e.passage_id "
            "AND m.entity = (SELECT id FROM entities WHERE key = ?) "
            "ORDER BY e.sort_key, e.inherited, e.passage_id",
            (key,),
        ).fetchall()
        assert (
            events
            == conn.execute(
                "SELECT e.id FROM entity_events ee JOIN events e ON e.passage_id = ee.passage_id "
                "WHERE ee.entity = (SELECT id FROM entities WHERE key = ?)",
                (key,),
            ).fetchall()
        )
        checked += bool(rows) and bool(co) and bool(events)
    conn.close()
    assert checked >= 5  # the check saw people with roles, companions and events


def test_a_profile_counts_every_event_beyond_those_it_weighs(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine(seed_index)
    altman = engine.lookup("altman").match
    assert altman is not None
    every = engine.profile(altman).event_count
    assert every > 8
    monkeypatch.setattr(facts, "PROFILE_LIMIT", 5)
    profile = engine.profile(altman)
    assert profile.event_count == every and len(profile.events) == 5
    reply = Router(engine).handle_text("who altman")
    assert f"for all {every} events" in reply.footer + reply.intro + str(reply.sections)
    engine.close()


def test_everyone_is_scored_only_when_it_can_change_the_answer(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person found by a typo is the answer: every organisation's name is not scored too.
    A name that is exactly an organisation's is looked up among everyone."""
    engine = Engine(seed_index)
    wide: list[str] = []
    narrow = engine.lookup

    def counted(name: str, *, people_only: bool = True) -> object:
        if not people_only:
            wide.append(name)
        return narrow(name, people_only=people_only)

    monkeypatch.setattr(engine, "lookup", counted)
    router = Router(engine)
    assert router.handle_text("who altmn").title.startswith("Sam Altman")
    assert wide == []
    router.handle_text("who microsoft")
    assert wide == ["microsoft"]
    engine.close()


def test_a_warmed_engine_loads_nothing_on_its_first_questions(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`openai-bot run` warms the engine before serving: the first question (a typo, a
    name in a question) finds the people, their names and the vocabulary made."""
    from knowledge import lookup
    from knowledge.answering import frame

    engine = Engine(seed_index)
    engine.warm()
    made: list[str] = []
    names_init, frame_init = lookup.NameIndex.__init__, frame._Names.__init__

    def counted_names(self: lookup.NameIndex, *args: object) -> None:
        made.append("names")
        names_init(self, *args)  # type: ignore[arg-type]

    def counted_frame(self: frame._Names, *args: object) -> None:
        made.append("arranged")
        frame_init(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lookup.NameIndex, "__init__", counted_names)
    monkeypatch.setattr(frame._Names, "__init__", counted_frame)
    router = Router(engine)
    for text in ("who is altmn", "when did sutskevar leave", "tell me about openai"):
        assert router.handle_text(text).ok
    assert made == []
    engine.close()


def test_a_busy_persons_profile_is_the_one_worked_out_live(
    seed_articles: tuple[Article, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build stores the lead of a busy person's profile (facts.BUSY stated events or
    more). Built with everyone busy, every person's profile is the one built with no one
    busy, and reading a stored one weighs none of the person's events."""
    monkeypatch.setattr(facts, "BUSY", 1)
    build_index(seed_articles, tmp_path / "busy.db")
    monkeypatch.setattr(facts, "BUSY", 10**9)
    build_index(seed_articles, tmp_path / "idle.db")
    busy, idle = connect(tmp_path / "busy.db"), connect(tmp_path / "idle.db")
    assert idle.execute("SELECT count(*) FROM profile_leads").fetchone()[0] == 0
    people = [e for e in facts.entities(busy) if e.kind == "person"]
    stored = [e for e in people if facts._stored_lead(busy, e.key) is not None]
    assert len(stored) >= 10
    for person in people:
        assert facts.profile(busy, person) == facts.profile(idle, person), person.key

    def weighed(*_args: object, **_kwargs: object) -> list[facts.Light]:
        raise AssertionError("a stored lead was worked out again")

    monkeypatch.setattr(facts, "_entity_events", weighed)
    assert all(facts.profile(busy, person).events for person in stored)
    busy.close()
    idle.close()


def _described_from_every_role(conn: sqlite3.Connection, key: str) -> str:
    """The first line's description, worked out from every role as a profile once did:
    titles and appositives of 90 characters or fewer, current before former, the most
    words first; else the first such clause."""
    roles = conn.execute(
        "SELECT text, status, kind FROM entity_roles WHERE entity_key = ? ORDER BY ord", (key,)
    ).fetchall()
    told = [r for r in roles if r[2] in ("title", "appositive") and len(r[0]) <= 90]
    told.sort(key=lambda r: (r[1] == "former", -len(r[0].split())))
    told = told or [r for r in roles if r[2] == "clause" and len(r[0]) <= 90]
    return str(told[0][0]) if told else ""


def test_a_profile_reads_its_counts_and_description_from_the_summary(seed_index: Path) -> None:
    """A profile reads the roles it shows, and takes its count of roles and quotes and its
    first line's description from `entity_summary`: each is what every row says."""
    conn = connect(seed_index)
    described = 0
    for entity in facts.entities(conn):
        profile = facts.profile(conn, entity)
        every = conn.execute(
            "SELECT text, kind FROM entity_roles WHERE entity_key = ? ORDER BY ord",
            (entity.key,),
        ).fetchall()
        assert profile.role_count == len(every), entity.key
        assert [r.text for r in profile.roles] == [r[0] for r in every[: facts.ROLES_CITED]]
        assert profile.described == _described_from_every_role(conn, entity.key), entity.key
        assert profile.changes == tuple(dict.fromkeys(t for t, k in every if k == "change"))
        quotes = conn.execute(
            "SELECT count(*) FROM quotes WHERE entity_key = ?", (entity.key,)
        ).fetchone()[0]
        assert profile.quotes == quotes, entity.key
        described += bool(profile.described)
    assert described >= 15  # the people the seeds describe (18)
    conn.close()
