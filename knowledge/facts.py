"""Queries over the extracted tables: entities, profiles, events, quotes; typed results."""

import json
import re
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from knowledge.model import (
    HEADING,
    PASSAGE_KINDS,
    ArticleInfo,
    EntityInfo,
    Event,
    Passage,
    Profile,
    QuoteInfo,
    RoleInfo,
)
from knowledge.search import article_from_row

_PASSAGE_SQL = (
    "SELECT p.id, p.seq, p.kind, p.text, p.start, p.end, a.id, a.title, a.outlet, "
    "a.original_source, a.published, a.precision, a.language, a.kind FROM passages p "
    "JOIN articles a ON a.seq = p.article WHERE p.id IN ({})"
)
_EVENT_COLUMNS = (
    "e.id, e.label, e.precision, e.sort_key, e.year, e.month, e.day, e.inherited, e.passage_id"
)
_EVENT_ORDER = "ORDER BY e.sort_key, e.inherited, e.passage_id"
_ENTITY = "(SELECT id FROM entities WHERE key = ?)"  # the number an entity key is stored as
PROFILE_EVENTS = 4  # a profile with fewer stated events than this adds ones dated by context
PROFILE_LIMIT = 500  # the events a profile weighs (in date order) to choose what leads
MENTIONS = 4  # a profile's mentions beyond its roles and events ("Also mentioned")
# A person or organisation with this many stated events has the lead of its profile chosen
# once, by the build (knowledge.summaries): weighing its first PROFILE_LIMIT events on every
# `who` is what made a busy person's profile cost more as the articles grew.
BUSY = 64
# An event as a profile weighs it: (event id, sort key, inherited, passage id, precision, text)
Light = tuple[int, str, int, int, str, str]
ROLES_CITED = 8  # the roles a profile reads, each with its citing passage (what `who` shows)


def entity_from_row(row: sqlite3.Row) -> EntityInfo:
    name = row["name"]
    return EntityInfo(
        key=row["key"],
        name=name,
        kind=sys.intern(row["kind"]),
        # most people's one alias is their name: one string, not two (100,000 articles
        # name some 60,000 people, all held while the index is open)
        aliases=tuple(name if a == name else a for a in json.loads(row["aliases"])),
    )


def entities(conn: sqlite3.Connection) -> tuple[EntityInfo, ...]:
    # read row by row: a list of every row first would double the peak
    rows = conn.execute("SELECT key, name, kind, aliases FROM entities ORDER BY name")
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
                kind=PASSAGE_KINDS[row[2]],
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
            f"JOIN articles a ON a.seq = p.article WHERE d.event_id IN ({marks}) "
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
    # An entity's events are read in date order from its own index (knowledge.summaries),
    # which holds no heading: a heading dates its section, it is not an event of its own
    # ("Musk walks away (2018)").
    t = "ee" if entity is not None else "e"
    where, params = ["1" if from_context else f"{t}.inherited = 0"], list[object]()
    # A sort key starts with its event's four-digit year: years are a range of the sort-key
    # index, read from its first row in the range (filtering on `year` would walk every
    # earlier event in sort-key order to find the first one).
    if year_from is not None:
        where.append(f"{t}.sort_key >= ?")
        params.append(f"{max(year_from, 0):04d}")
    if year_to is not None:
        where.append(f"{t}.sort_key < ?")
        params.append(f"{max(year_to + 1, 0):04d}")
    if entity is not None:
        source = "entity_events ee JOIN events e ON e.passage_id = ee.passage_id"
        where.insert(0, f"ee.entity = {_ENTITY}")
        params.insert(0, entity)
        order = "ORDER BY ee.sort_key, ee.inherited, ee.passage_id"
    else:
        source = f"events e JOIN passages hp ON hp.id = e.passage_id AND hp.kind != {HEADING}"
        order = _EVENT_ORDER
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM {source} WHERE {' AND '.join(where)} "
        f"{order} LIMIT ? OFFSET ?",
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
        f"JOIN passages hp ON hp.id = e.passage_id AND hp.kind != {HEADING} "
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
        f"SELECT m.passage_id, n.key FROM mentions m JOIN entities n ON n.id = m.entity "
        f"WHERE m.passage_id IN ({','.join('?' * len(wanted))})",
        wanted,
    )
    for passage_id, key in rows:
        found.setdefault(passage_id, set()).add(key)
    return found


def _quote_infos(
    conn: sqlite3.Connection, entity: EntityInfo, rows: Iterable[Sequence[Any]]
) -> tuple[QuoteInfo, ...]:
    """QuoteInfos from (text, label, sort_key, passage_id, reported) rows, their passages read
    in one go."""
    rows = list(rows)
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


def quotes(
    conn: sqlite3.Connection, entity: EntityInfo, *, limit: int = -1, offset: int = 0
) -> tuple[QuoteInfo, ...]:
    """What `entity` is quoted saying: their own words first, dated ones by date, then as
    told; with `limit`, a page of them (only its passages are read: a busy person at
    100,000 articles is quoted 7,000 times)."""
    rows = conn.execute(
        "SELECT text, label, sort_key, passage_id, reported FROM quotes WHERE entity_key = ? "
        "ORDER BY reported, sort_key = '', sort_key, passage_id, id LIMIT ? OFFSET ?",
        (entity.key, limit, offset),
    ).fetchall()
    return _quote_infos(conn, entity, rows)


def latest_quotes(
    conn: sqlite3.Connection, entity: EntityInfo, count: int
) -> list[tuple[int, str, str]]:
    """The last `count` quotes of `entity`'s in index order: (id, words, sort key), nothing
    else read."""
    return [
        (int(r[0]), str(r[1]), str(r[2] or ""))
        for r in conn.execute(
            "SELECT id, text, sort_key FROM quotes WHERE entity_key = ? ORDER BY id DESC LIMIT ?",
            (entity.key, count),
        )
    ]


def quotes_among(
    conn: sqlite3.Connection,
    entity: EntityInfo,
    ids: Iterable[int] = (),
    *,
    first: int = 0,
    after: tuple[int, int] | None = None,
) -> tuple[QuoteInfo, ...]:
    """Some of `entity`'s quotes, in `quotes`' order: those with these ids, their `first` in
    index order, and with `after` (a passage id and a span), those of the passages just
    after that one."""
    wanted = sorted(set(ids))
    parts = [f"SELECT id FROM quotes WHERE id IN ({','.join('?' * len(wanted)) or 'NULL'})"]
    params: list[object] = [*wanted]
    if first:
        parts.append(
            "SELECT id FROM (SELECT id FROM quotes WHERE entity_key = ? ORDER BY id LIMIT ?)"
        )
        params += [entity.key, first]
    if after is not None:  # (a walk through all of theirs: only when asked)
        parts.append(
            "SELECT id FROM quotes WHERE entity_key = ? AND passage_id > ? AND passage_id <= ?"
        )
        params += [entity.key, after[0], after[0] + after[1]]
    rows = conn.execute(
        "SELECT text, label, sort_key, passage_id, reported FROM quotes WHERE id IN ("
        f"{' UNION '.join(parts)}) AND entity_key = ? "
        "ORDER BY reported, sort_key = '', sort_key, passage_id, id",
        (*params, entity.key),
    ).fetchall()
    return _quote_infos(conn, entity, rows)


def quote_count(conn: sqlite3.Connection, entity: EntityInfo) -> int:
    """How many times `entity` is quoted."""
    row = conn.execute("SELECT count(*) FROM quotes WHERE entity_key = ?", (entity.key,))
    return int(row.fetchone()[0])


# What the articles are about: a profile leads with these, not with passing mentions.
# (Searched in case-folded text: three times faster than IGNORECASE over a profile's 500.)
_TURNING_POINTS = re.compile(
    r"\b(?:resign\w*|left|leav\w+|quit|depart\w*|stepped down|fired|ousted|removed|"
    r"returned|reinstated|co-?founded|founded|launched|joined|hired|invested|pledged|donated|"
    r"sued|suing|"
    r"acquired|named|appointed|became|promoted|announced)\b"
)
SALIENT = 8  # a profile's first events: the turning points, in date order


def _salient_first(found: list[Light], entity: EntityInfo) -> list[Light]:
    """The events that matter most for `entity` first (in date order), then the rest: a
    turning point (resigned, fired, founded, returned, invested …) in a sentence that names
    them outweighs a passing mention, and a date the sentence states outweighs one from
    context."""
    names = [a.casefold() for a in (entity.name, *entity.aliases)]

    def weight(event: Light) -> float:
        text = event[5].casefold()
        named = any(a in text for a in names)
        return (
            2.0 * bool(_TURNING_POINTS.search(text))
            + 1.0 * named
            + 0.5 * (not event[2])
            + 0.25 * (event[4] in ("day", "month"))
        )

    if len(found) <= SALIENT:
        return found
    ranked = sorted(range(len(found)), key=lambda i: (-weight(found[i]), i))
    first = sorted(ranked[:SALIENT])
    rest = sorted(ranked[SALIENT:])
    return [found[i] for i in (*first, *rest)]


# What someone did at a turning point, said right after their name: "co-found Quillon",
# "sued Lumaris and Kovalenko", "left the board", "was fired".
_DID_RE = re.compile(
    r"^(?:,[^,]{1,60},|\s+(?:then|later|also|briefly|abruptly|formally|publicly|went on to|"
    r"who|who then|who later|had|has|was|were))*\s+"
    r"(?P<did>(?:resigned|left|quit|departed|stepped down|was fired|was ousted|was removed|"
    r"returned|was reinstated|co-?found(?:ed)?|founded|joined|invested|pledged|donated|sued)\b"
    r"(?P<rest>(?:\s+(?!(?:in|on|after|before|because|when|while|but|which|who|to|over|"
    r"following|amid|since)\b)[\w$’'.-]+){0,4}))",
    re.IGNORECASE,
)
HIGHLIGHTS = 3
# (and a preposition left hanging: "stepped down as chair of the nonprofit on Thursday" is
# "stepped down as chair", not "… chair of")
_LOOSE_END_RE = re.compile(
    r"(?:\s+(?:the|a|an|that|this|his|her|its|their|last|next|of|at|for|from|with|by|and|or|as|"
    # a date's words: "left that August" is "left"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|year|month|week))+$"
)
# The one a passage naming none of a person's names is about, as its subject: "in May of
# last year she resigned" (the passage is theirs by a pronoun read as them: see
# knowledge.pronouns)
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_ANY_PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


TOLD_AS_READ = 40  # passages read to learn what the articles call someone


def told_as(conn: sqlite3.Connection, key: str) -> str | None:
    """ "he" or "she": what the articles call a person, by the pronouns of the passages that
    name them only by one (or another word for them); None when those say neither more.
    (A given name says it only as often as not: "Halvard" is in no list, "Sam" in both.)"""
    rows = conn.execute(
        "SELECT p.text FROM entities e JOIN mentions m ON m.entity = e.id AND m.implicit = 1 "
        "JOIN passages p ON p.id = m.passage_id WHERE e.key = ? LIMIT ?",
        (key, TOLD_AS_READ),
    ).fetchall()
    from knowledge.entities import pronoun_of  # (only here, as below)

    said = Counter(
        pronoun_of(m.group()) for (text,) in rows for m in _ANY_PRONOUN_RE.finditer(text)
    )
    he, she = said["he"], said["she"]
    # (two to one at least, of two or more: a passage read as theirs may be another's)
    if he + she < 2:
        return None
    return "he" if he >= 2 * she else "she" if she >= 2 * he else None


def _their_pronouns(text: str, entity: EntityInfo) -> list[re.Match[str]]:
    """The he/she of a passage naming none of a person's names that may be theirs: the
    one their given name is borne with, else the only one the passage uses ("When he cut
    her budget, she resigned" tells of neither for certain)."""
    from knowledge import pronouns  # (only here: a one-off answer need not load it)
    from knowledge.entities import pronoun_of

    found = list(_SUBJECT_PRONOUN_RE.finditer(text))
    said = {pronoun_of(m.group()) for m in _ANY_PRONOUN_RE.finditer(text)}
    theirs = pronouns.by_given_name().get(entity.name.split(" ")[0])
    if theirs is not None:
        return [m for m in found if pronoun_of(m.group()) == theirs]
    return found if len(said) == 1 else []


_ENDS_ON_SOMEONE_RE = re.compile(r"\b(?:him|her|them|us|me)$")
_CALLED_RE = re.compile(r"an? (?P<noun>[a-z]{4,})")


_WORD_BEFORE_RE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")


def _in_another_name(text: str, at: int) -> bool:
    """Whether the name at `at` ends another's: a given name before it, or a capitalised
    word that is no everyday word ("Samuel Okafor" is not Nadia Okafor, whose "Okafor" it
    says; "When Okafor" is hers)."""
    from knowledge import english  # (only here, as below)
    from knowledge.entities import is_given

    before = _WORD_BEFORE_RE.search(text, max(0, at - 30), at)
    if before is None or before.group(1).isupper():
        return False  # ("CEO Okafor": her title)
    word = before.group(1)
    return is_given(word) or word.casefold() not in english.common_words()


def _highlights(
    events: tuple[Event, ...],
    entity: EntityInfo,
    changes: tuple[str, ...] = (),
    described: str = "",
) -> tuple[str, ...]:
    """What the person did at their turning points, in date order ("co-found Quillon
    (2022)"), from the first events of a profile; one phrase per happening. A passage
    naming them by a pronoun alone gives one only when no change of their roles tells the
    same act (`changes`: "quit (as chairman)" says more than "quit (2022)")."""
    told = {c.split()[0].casefold() for c in changes if c}
    names = sorted({a for a in (entity.name, *entity.aliases) if len(a) >= 2}, key=len)
    # (and what the article calls them for short: "a financier" is "the financier")
    calling = _CALLED_RE.fullmatch(described)
    if calling is not None:
        names.append(f"the {calling['noun']}")
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in reversed(names)) + r")\b(?:['’]s)?"
    )
    found: dict[str, str] = {}
    for event in events[:SALIENT]:
        text = event.passage.text
        named = list(pattern.finditer(text))
        for m in named or _their_pronouns(text, entity):
            if named and _in_another_name(text, m.start()):
                continue  # "Her younger brother, Samuel Okafor, … joined": his, not hers
            did = _DID_RE.match(text[m.end() :])
            if did is None or re.search(r"\b(?:unless|if|whether)\s+$", text[: m.start()]):
                continue  # "threatening to leave unless Kovalenko was reinstated"
            at = m.end() + did.start("did")
            years = [(abs(y.start() - at), y.group()) for y in _YEAR_RE.finditer(text)]
            if len({y for _d, y in years}) > 1 and min(years)[1] != str(event.year):
                continue  # "who co-founded OpenAI in 2015, left the board in 2018"
            phrase = re.sub(r"^co-?found\b", "co-founded", did.group("did").rstrip(".,;:"))
            # (its words up to the date, without a word of the date: "resigned from the board
            # the following February" is "resigned from the board")
            phrase = _LOOSE_END_RE.sub("", phrase)
            if _ENDS_ON_SOMEONE_RE.search(phrase):
                continue  # "joined him": whom, the profile's reader cannot tell
            key = phrase.split()[0].casefold()
            if not named and key in told:
                continue  # said by a pronoun, and better by the change it made
            if key not in found:
                found[key] = f"{phrase} ({event.label})"
            break
        if len(found) == HIGHLIGHTS:
            break
    return tuple(found.values())


def profile(
    conn: sqlite3.Connection,
    entity: EntityInfo,
    *,
    related: int = 6,
    mentions: int = MENTIONS,
    shown: int = SALIENT,
) -> Profile:
    """Roles (merged), the first `shown` events (most salient first), the entities most often
    named alongside, mentions. Reads the summaries the build made (knowledge.summaries): a
    person named everywhere costs what a profile shows, not what the articles hold."""
    # the roles shown, each with the passage it is cited by (a busy person has hundreds:
    # reading and parsing them all took 3 ms at 100,000 articles, for eight)
    role_rows = conn.execute(
        "SELECT text, status, kind, passage_ids FROM entity_roles WHERE entity_key = ? "
        "ORDER BY ord LIMIT ?",
        (entity.key, ROLES_CITED),
    ).fetchall()
    ids_of = [tuple(ids) for ids in json.loads(f"[{','.join(r[3] for r in role_rows)}]")]
    cited_by = passages(conn, (ids[0] for ids in ids_of))
    roles = tuple(
        RoleInfo(
            text=text,
            status=status,
            kind=kind,
            passages=(cited_by[ids[0]],) if ids[0] in cited_by else (),
            passage_ids=ids,
        )
        for (text, status, kind, _ids), ids in zip(role_rows, ids_of, strict=True)
    )
    lead = _stored_lead(conn, entity.key) if (mentions, shown) == (MENTIONS, SALIENT) else None
    if lead is None:
        lead = profile_lead(
            conn, entity, role_passage_ids(conn, entity.key), mentions=mentions, shown=shown
        )
    first = _events_by_id(conn, list(lead.event_ids))
    event_list = tuple(first[i] for i in lead.event_ids)
    co_rows = conn.execute(
        "SELECT other_key, n FROM related WHERE entity_key = ? ORDER BY ord LIMIT ?",
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
    extra_passages = passages(conn, lead.mention_ids)
    summary = conn.execute(
        "SELECT roles, described, quotes FROM entity_summary WHERE entity_key = ?",
        (entity.key,),
    ).fetchone() or (0, "", 0)
    changes = tuple(
        dict.fromkeys(
            r[0]
            for r in conn.execute(
                "SELECT text FROM entity_roles WHERE entity_key = ? AND kind = 'change' "
                "ORDER BY ord",
                (entity.key,),
            )
        )
    )
    return Profile(
        entity=entity,
        roles=roles,
        role_count=int(summary[0]),
        described=str(summary[1]),
        changes=changes,
        events=event_list,
        event_count=lead.event_count,
        related=tuple((people[k], n) for k, n in co_rows if k in people),
        mentions=tuple(extra_passages[i] for i in lead.mention_ids),
        quotes=int(summary[2]),
        highlights=_highlights(event_list, entity, changes, str(summary[1])),
    )


def role_passage_ids(conn: sqlite3.Connection, key: str) -> set[int]:
    """Every passage any of the entity's roles is said in."""
    cited = [
        r[0]
        for r in conn.execute("SELECT passage_ids FROM entity_roles WHERE entity_key = ?", (key,))
    ]
    return {i for ids in json.loads(f"[{','.join(cited)}]") for i in ids}


@dataclass(frozen=True)
class Lead:
    """What a profile shows beyond roles: the events it leads with (most salient first), how
    many events it counts, and the passages naming the person that it shows besides."""

    event_ids: tuple[int, ...]
    event_count: int
    mention_ids: tuple[int, ...]


def profile_lead(
    conn: sqlite3.Connection,
    entity: EntityInfo,
    role_ids: set[int],
    *,
    mentions: int = MENTIONS,
    shown: int = SALIENT,
) -> Lead:
    """A profile's lead, worked out from the entity's first PROFILE_LIMIT events: which lead
    is weighed on their text alone, and only the ones shown are read whole (by the caller).
    `role_ids`: the passages its roles are said in (a mention shown there is not repeated)."""
    light = _entity_events(conn, entity.key, from_context=False)
    if len(light) < PROFILE_EVENTS:  # few stated: the ones dated by context help
        by_context = [e for e in _entity_events(conn, entity.key, from_context=True) if e[2]]
        light = sorted([*light, *by_context[: PROFILE_EVENTS - len(light)]], key=lambda e: e[1:3])
    ordered = _salient_first(light, entity)
    seen = role_ids | {e[3] for e in light}
    # the first mentions not shown already, read one by one until there are enough (each
    # row read checks its `implicit` in the table: a busy person has thousands)
    extra: list[int] = []
    for (passage_id,) in conn.execute(
        f"SELECT passage_id FROM mentions WHERE entity = {_ENTITY} AND implicit = 0 "
        "ORDER BY passage_id LIMIT ?",
        (entity.key, len(seen) + mentions),
    ):
        if len(extra) == mentions:
            break
        if passage_id not in seen:
            extra.append(passage_id)
    return Lead(
        event_ids=tuple(e[0] for e in ordered[:shown]),
        event_count=len(light) if len(light) < PROFILE_LIMIT else _stated_count(conn, entity.key),
        mention_ids=tuple(extra),
    )


def _stored_lead(conn: sqlite3.Connection, key: str) -> Lead | None:
    row = conn.execute(
        f"SELECT event_ids, event_count, mention_ids FROM profile_leads WHERE entity = {_ENTITY}",
        (key,),
    ).fetchone()
    if row is None:
        return None
    return Lead(tuple(json.loads(row[0])), int(row[1]), tuple(json.loads(row[2])))


def _entity_events(conn: sqlite3.Connection, key: str, *, from_context: bool) -> list[Light]:
    """The first PROFILE_LIMIT events of passages naming `key`, in date order (see
    knowledge.summaries: read in order from the entity's own index)."""
    return [
        (r[0], r[1], r[2], r[3], r[4], r[5])
        for r in conn.execute(
            "SELECT e.id, ee.sort_key, ee.inherited, ee.passage_id, e.precision, p.text "
            "FROM entity_events ee JOIN events e ON e.passage_id = ee.passage_id "
            "JOIN passages p ON p.id = ee.passage_id "
            f"WHERE ee.entity = {_ENTITY} {'' if from_context else 'AND ee.inherited = 0'} "
            "ORDER BY ee.sort_key, ee.inherited, ee.passage_id LIMIT ?",
            (key, PROFILE_LIMIT),
        )
    ]


def _stated_count(conn: sqlite3.Connection, key: str) -> int:
    return int(
        conn.execute(
            f"SELECT count(*) FROM entity_events WHERE entity = {_ENTITY} AND inherited = 0",
            (key,),
        ).fetchone()[0]
    )


def _events_by_id(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Event]:
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    return {event.id: event for event in _events(conn, rows)}


def event_before(conn: sqlite3.Connection, passage: Passage, *, window: int = 3) -> Event | None:
    """The nearest stated event at most `window` passages before `passage` in its article."""
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN passages p ON p.id = e.passage_id "
        "WHERE p.id BETWEEN ? AND ? AND p.article = (SELECT seq FROM articles WHERE id = ?) "
        "AND e.inherited = 0 ORDER BY p.id DESC LIMIT 1",  # (an article's ids are in order)
        (passage.id - window, passage.id - 1, passage.article.id),
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
