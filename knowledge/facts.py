"""Queries over the extracted tables: entities, profiles, events, quotes; typed results."""

import json
import re
import sqlite3
from collections.abc import Iterable

from knowledge.model import (
    ArticleInfo,
    EntityInfo,
    Event,
    Passage,
    Profile,
    QuoteInfo,
    RoleInfo,
)
from knowledge.roles import normalize
from knowledge.search import article_from_row

_PASSAGE_SQL = (
    "SELECT p.id, p.seq, p.kind, p.text, p.start, p.end, a.id, a.title, a.outlet, "
    "a.original_source, a.published, a.precision, a.language, a.kind FROM passages p "
    "JOIN articles a ON a.id = p.article_id WHERE p.id IN ({})"
)
_EVENT_COLUMNS = (
    "e.id, e.label, e.precision, e.sort_key, e.year, e.month, e.day, e.inherited, e.passage_id"
)
_EVENT_ORDER = "ORDER BY e.sort_key, e.inherited, e.passage_id"
PROFILE_EVENTS = 4  # a profile with fewer stated events than this adds ones dated by context


def entity_from_row(row: sqlite3.Row) -> EntityInfo:
    return EntityInfo(
        key=row["key"],
        name=row["name"],
        kind=row["kind"],
        aliases=tuple(json.loads(row["aliases"])),
    )


def entities(conn: sqlite3.Connection) -> tuple[EntityInfo, ...]:
    rows = conn.execute("SELECT key, name, kind, aliases FROM entities ORDER BY name").fetchall()
    return tuple(entity_from_row(r) for r in rows)


def passages(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Passage]:
    """Passages by id, with their articles."""
    wanted = sorted(set(ids))
    found: dict[int, Passage] = {}
    articles: dict[str, ArticleInfo] = {}  # an article's passages share one ArticleInfo
    for chunk in range(0, len(wanted), 500):
        batch = wanted[chunk : chunk + 500]
        sql = _PASSAGE_SQL.format(",".join("?" * len(batch)))
        for row in conn.execute(sql, batch):
            article = articles.get(row[6])
            if article is None:
                article = articles[row[6]] = article_from_row(row, 6)
            found[row[0]] = Passage(
                id=row[0],
                article=article,
                seq=row[1],
                kind=row[2],
                text=row[3],
                start=row[4],
                end=row[5],
            )
    return found


def _others(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    """Per event, what other articles say of the same happening: (date or sum, outlet)."""
    found: dict[int, list[tuple[str, str]]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for event_id, said, outlet in conn.execute(
            "SELECT d.event_id, d.said, a.outlet FROM differs d "
            "JOIN events e ON e.id = d.other_id JOIN passages p ON p.id = e.passage_id "
            f"JOIN articles a ON a.id = p.article_id WHERE d.event_id IN ({marks}) "
            "ORDER BY d.event_id, d.other_id",
            ids,
        ):
            found.setdefault(event_id, []).append((said, outlet))
    return {k: tuple(v) for k, v in found.items()}


def _events(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> tuple[Event, ...]:
    by_id = passages(conn, (r[8] for r in rows))
    others = _others(conn, [r[0] for r in rows])
    return tuple(
        Event(
            id=r[0],
            label=r[1],
            precision=r[2],
            sort_key=r[3],
            year=r[4],
            month=r[5],
            day=r[6],
            inherited=bool(r[7]),
            passage=by_id[r[8]],
            others=others.get(r[0], ()),
        )
        for r in rows
    )


def events(
    conn: sqlite3.Connection,
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    entity: str | None = None,
    limit: int = 8,
    offset: int = 0,
    from_context: bool = False,
) -> tuple[tuple[Event, ...], bool]:
    """Events in date order, filtered by years and/or an entity; and whether more follow.
    Only dates a sentence states itself unless `from_context`: one that takes its date from
    the sentence before says when, but is seldom an event worth listing."""
    where, params = ["1" if from_context else "e.inherited = 0"], list[object]()
    # A sort key starts with its event's four-digit year: years are a range of the sort-key
    # index, read from its first row in the range (filtering on `year` would walk every
    # earlier event in sort-key order to find the first one).
    if year_from is not None:
        where.append("e.sort_key >= ?")
        params.append(f"{max(year_from, 0):04d}")
    if year_to is not None:
        where.append("e.sort_key < ?")
        params.append(f"{max(year_to + 1, 0):04d}")
    # A heading dates its section; it is not an event of its own ("Musk walks away (2018)").
    join = "JOIN passages hp ON hp.id = e.passage_id AND hp.kind != 'heading'"
    if entity is not None:
        join += " JOIN mentions m ON m.passage_id = e.passage_id AND m.entity_key = ?"
        params.insert(0, entity)
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e {join} WHERE {' AND '.join(where)} "
        f"{_EVENT_ORDER} LIMIT ? OFFSET ?",
        (*params, limit + 1, offset),
    ).fetchall()
    return _events(conn, rows[:limit]), len(rows) > limit


def events_on(conn: sqlite3.Connection, month: int, day: int | None) -> tuple[Event, ...]:
    """Events on a calendar day (day precision), or in a month (day or month precision)."""
    params: tuple[int, ...]
    if day is not None:
        where, params = "e.precision = 'day' AND e.month = ? AND e.day = ?", (month, day)
    else:
        where, params = "e.precision IN ('day', 'month') AND e.month = ?", (month,)
    where += " AND e.inherited = 0"
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events e "
        f"JOIN passages hp ON hp.id = e.passage_id AND hp.kind != 'heading' "
        f"WHERE {where} {_EVENT_ORDER}"
    )
    rows = conn.execute(sql, params).fetchall()
    return _events(conn, rows)


def event_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM events WHERE inherited = 0").fetchone()[0])


def event_at(conn: sqlite3.Connection, index: int) -> Event | None:
    """The index-th stated (not inherited) event in date order."""
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.inherited = 0 {_EVENT_ORDER} "
        "LIMIT 1 OFFSET ?",
        (index,),
    ).fetchall()
    found = _events(conn, rows)
    return found[0] if found else None


def events_for_passages(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Event]:
    """The event stated by each of these passages, if any."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.passage_id IN "
        f"({','.join('?' * len(wanted))})",
        wanted,
    ).fetchall()
    return {event.passage.id: event for event in _events(conn, rows)}


def mentioned(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, set[str]]:
    """Entity keys named (or pointed at) in each passage."""
    wanted = sorted(set(ids))
    found: dict[int, set[str]] = {}
    if not wanted:
        return found
    rows = conn.execute(
        f"SELECT passage_id, entity_key FROM mentions WHERE passage_id IN "
        f"({','.join('?' * len(wanted))})",
        wanted,
    )
    for passage_id, key in rows:
        found.setdefault(passage_id, set()).add(key)
    return found


def quotes(conn: sqlite3.Connection, entity: EntityInfo) -> tuple[QuoteInfo, ...]:
    rows = conn.execute(
        "SELECT text, label, sort_key, passage_id, reported FROM quotes WHERE entity_key = ? "
        "ORDER BY reported, sort_key = '', sort_key, passage_id, id",
        (entity.key,),
    ).fetchall()
    by_id = passages(conn, (r[3] for r in rows))
    return tuple(
        QuoteInfo(
            text=r[0],
            label=r[1],
            sort_key=r[2],
            speaker=entity,
            passage=by_id[r[3]],
            reported=bool(r[4]),
        )
        for r in rows
    )


# What the articles are about: a profile leads with these, not with passing mentions.
_TURNING_POINTS = re.compile(
    r"\b(?:resign\w*|left|leav\w+|quit|depart\w*|stepped down|fired|ousted|removed|"
    r"returned|reinstated|co-?founded|founded|launched|joined|hired|invested|sued|suing|"
    r"acquired|named|appointed|became|promoted|announced)\b",
    re.IGNORECASE,
)
SALIENT = 8  # a profile's first events: the turning points, in date order


def _salient_first(found: tuple[Event, ...], entity: EntityInfo) -> tuple[Event, ...]:
    """The events that matter most for `entity` first (in date order), then the rest: a
    turning point (resigned, fired, founded, returned, invested …) in a sentence that names
    them outweighs a passing mention, and a date the sentence states outweighs one from
    context."""

    def weight(event: Event) -> float:
        text = event.passage.text
        named = any(a.casefold() in text.casefold() for a in (entity.name, *entity.aliases))
        return (
            2.0 * bool(_TURNING_POINTS.search(text))
            + 1.0 * named
            + 0.5 * (not event.inherited)
            + 0.25 * (event.precision in ("day", "month"))
        )

    if len(found) <= SALIENT:
        return found
    ranked = sorted(range(len(found)), key=lambda i: (-weight(found[i]), i))
    first = sorted(ranked[:SALIENT])
    rest = sorted(ranked[SALIENT:])
    return tuple(found[i] for i in (*first, *rest))


# What someone did at a turning point, said right after their name: "co-found Quillon",
# "sued Lumaris and Kovalenko", "left the board", "was fired".
_DID_RE = re.compile(
    r"^(?:,[^,]{1,60},|\s+(?:then|later|also|briefly|abruptly|formally|publicly|went on to|"
    r"who|who then|who later|had|has|was|were))*\s+"
    r"(?P<did>(?:resigned|left|quit|departed|stepped down|was fired|was ousted|was removed|"
    r"returned|was reinstated|co-?found(?:ed)?|founded|joined|invested|sued)\b"
    r"(?P<rest>(?:\s+(?!(?:in|on|after|before|because|when|while|but|which|who|to|over|"
    r"following|amid|since)\b)[\w$’'.-]+){0,4}))",
    re.IGNORECASE,
)
HIGHLIGHTS = 3
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _highlights(events: tuple[Event, ...], entity: EntityInfo) -> tuple[str, ...]:
    """What the person did at their turning points, in date order ("co-found Quillon
    (2022)"), from the first events of a profile; one phrase per happening."""
    names = sorted({a for a in (entity.name, *entity.aliases) if len(a) >= 2}, key=len)
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in reversed(names)) + r")\b(?:['’]s)?"
    )
    found: dict[str, str] = {}
    for event in events[:SALIENT]:
        text = event.passage.text
        for m in pattern.finditer(text):
            did = _DID_RE.match(text[m.end() :])
            if did is None or re.search(r"\b(?:unless|if|whether)\s+$", text[: m.start()]):
                continue  # "threatening to leave unless Kovalenko was reinstated"
            at = m.end() + did.start("did")
            years = [(abs(y.start() - at), y.group()) for y in _YEAR_RE.finditer(text)]
            if len({y for _d, y in years}) > 1 and min(years)[1] != str(event.year):
                continue  # "who co-founded OpenAI in 2015, left the board in 2018"
            phrase = re.sub(r"^co-?found\b", "co-founded", did.group("did").rstrip(".,;:"))
            key = phrase.split()[0].casefold()
            if key not in found:
                found[key] = f"{phrase} ({event.label})"
            break
        if len(found) == HIGHLIGHTS:
            break
    return tuple(found.values())


def profile(
    conn: sqlite3.Connection, entity: EntityInfo, *, related: int = 6, mentions: int = 4
) -> Profile:
    """Roles (merged), events in order, the entities most often named alongside, mentions."""
    # Merging needs each role row's publication date; a Passage (its text) is read only for
    # the one each merged role is cited by: a person named everywhere has thousands of rows.
    role_rows = conn.execute(
        "SELECT r.text, r.status, r.kind, r.passage_id, a.published FROM roles r "
        "JOIN passages p ON p.id = r.passage_id JOIN articles a ON a.id = p.article_id "
        "WHERE r.entity_key = ? ORDER BY r.id",
        (entity.key,),
    ).fetchall()
    merged: dict[str, tuple[str, str, str, list[int]]] = {}
    newest: dict[str, str] = {}  # per role, the latest publication date among its passages
    for text, status, kind, passage_id, published in role_rows:
        key = normalize(text) if kind in ("title", "appositive") else text.casefold()
        if key not in merged:
            merged[key] = (text, status, kind, [passage_id])
            newest[key] = published
            continue
        spelled, was, kind_was, cited = merged[key]
        latest = published >= newest[key]
        newest[key] = max(newest[key], published)
        merged[key] = (
            max(spelled, text, key=len),  # the fullest spelling
            status if latest else was,  # as the latest article has it
            kind_was,
            [*cited, passage_id],
        )
    # "then-CTO" said bare is the organisation's CTO when the articles name only one
    for key in [k for k in merged if "|" not in k]:
        qualified = [k for k in merged if k.endswith("|" + key)]
        if len(qualified) == 1:
            text, status, kind, cited = merged.pop(key)
            spelled, was, kind_was, others = merged[qualified[0]]
            newer = newest[key] > newest[qualified[0]]
            newest[qualified[0]] = max(newest[key], newest[qualified[0]])
            merged[qualified[0]] = (spelled, status if newer else was, kind_was, [*others, *cited])
    order = {"title": 0, "appositive": 1, "change": 2, "clause": 3}
    # "CTO" beside "now president": a title with no status is the earlier one.
    current = any(s == "current" for _t, s, k, _ps in merged.values() if k != "change")
    cited_by = passages(conn, (ids[0] for _t, _s, _k, ids in merged.values()))
    roles = tuple(
        sorted(
            (
                RoleInfo(
                    text=t,
                    status="former" if current and not s and k in ("title", "appositive") else s,
                    kind=k,
                    passages=(cited_by[ids[0]],),
                    passage_ids=tuple(ids),
                )
                for t, s, k, ids in merged.values()
            ),
            key=lambda role: order.get(role.kind, 4),
        )
    )
    event_list, _ = events(conn, entity=entity.key, limit=500)
    if len(event_list) < PROFILE_EVENTS:  # few stated: the ones dated by context help
        every, _ = events(conn, entity=entity.key, limit=500, from_context=True)
        by_context = [e for e in every if e.inherited][: PROFILE_EVENTS - len(event_list)]
        event_list = tuple(
            sorted((*event_list, *by_context), key=lambda e: (e.sort_key, e.inherited))
        )
    event_list = _salient_first(event_list, entity)
    co_rows = conn.execute(
        "SELECT other.entity_key, count(*) AS n FROM mentions me "
        "JOIN mentions other ON other.passage_id = me.passage_id "
        "AND other.entity_key != me.entity_key "
        "JOIN entities x ON x.key = other.entity_key AND x.kind = 'person' "
        "WHERE me.entity_key = ? GROUP BY other.entity_key "
        "ORDER BY n DESC, other.entity_key LIMIT ?",
        (entity.key, related),
    ).fetchall()
    keys = [r[0] for r in co_rows]
    people = {
        r["key"]: entity_from_row(r)
        for r in conn.execute(
            "SELECT key, name, kind, aliases FROM entities WHERE kind = 'person' AND key IN "
            f"({','.join('?' * len(keys))})",
            keys,
        ).fetchall()
    }
    shown = {i for r in roles for i in r.passage_ids} | {e.passage.id for e in event_list}
    # at most len(shown) of the first mentions are skipped: no more are read than that
    mention_rows = conn.execute(
        "SELECT passage_id FROM mentions WHERE entity_key = ? AND implicit = 0 "
        "ORDER BY passage_id LIMIT ?",
        (entity.key, len(shown) + mentions),
    ).fetchall()
    extra = [r[0] for r in mention_rows if r[0] not in shown][:mentions]
    extra_passages = passages(conn, extra)
    quote_count = conn.execute(
        "SELECT count(*) FROM quotes WHERE entity_key = ?", (entity.key,)
    ).fetchone()[0]
    return Profile(
        entity=entity,
        roles=roles,
        events=event_list,
        related=tuple((people[k], n) for k, n in co_rows if k in people),
        mentions=tuple(extra_passages[i] for i in extra),
        quotes=int(quote_count),
        highlights=_highlights(event_list, entity),
    )


def event_before(conn: sqlite3.Connection, passage: Passage, *, window: int = 3) -> Event | None:
    """The nearest stated event at most `window` passages before `passage` in its article."""
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN passages p ON p.id = e.passage_id "
        "WHERE p.article_id = ? AND p.seq < ? AND p.seq >= ? AND e.inherited = 0 "
        "ORDER BY p.seq DESC LIMIT 1",
        (passage.article.id, passage.seq, passage.seq - window),
    ).fetchall()
    found = _events(conn, rows)
    return found[0] if found else None


def stated_event_ids(conn: sqlite3.Connection) -> list[int]:
    """Ids of the events a sentence states itself (not a heading's date), in date order."""
    rows = conn.execute(f"SELECT e.id FROM events e WHERE e.inherited = 0 {_EVENT_ORDER}")
    return [int(r[0]) for r in rows]


def event_by_id(conn: sqlite3.Connection, event_id: int) -> Event | None:
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (event_id,)
    ).fetchall()
    found = _events(conn, rows)
    return found[0] if found else None
