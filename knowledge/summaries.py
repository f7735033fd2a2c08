"""Per-entity summaries made once, when the index is built: what a profile would otherwise
work out from every row about a person on every `who`.

A person named everywhere has thousands of role rows, mentions and events; a profile shows
eight roles, eight events and six companions. So the build stores, per entity:
- `entity_roles`: the role rows merged ("CTO" said in forty articles is one role), in the
  order a profile lists them, with every passage each one is said in;
- `entity_summary`: how many roles and quotes it has, and its fullest current description
  (what a profile's first line says of it), so a busy person's profile reads none of them;
- `related`: the people most often named in the same passages, with how often (top
  RELATED_KEPT);
- `entity_events`: the events of passages that name it (headings excluded), keyed by entity
  then date, so a profile or `timeline NAME` reads its first events in order from an index
  instead of sorting all of them;
- `profile_leads`: for a person or organisation with many events (facts.BUSY), the events
  its profile leads with, how many it counts and the mentions it shows, worked out by the
  very function a profile uses (facts.profile_lead), so its `who` weighs none of its events;
- `role_families` (knowledge.role_families): per role family and person, how many role rows
  say one of its titles, so "who is the ceo" weighs its likeliest holders first;
- `roles.near` and `roles.here` (knowledge.holder_orgs): per role row, the organisations
  named near its holder and in its passage, so a role question reads no passage's mentions;
- `meta.covered`: the people and organisations the articles name most, so a question about
  something they never mention can be told what they do cover.
"""

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from knowledge import facts, holder_orgs, role_families
from knowledge.entities import ROLE_WORDS
from knowledge.model import HEADING
from knowledge.roles import normalize

RELATED_KEPT = 10
DESCRIBING = 90  # a role longer than this (in characters) is no description for a first line
# How a profile orders its roles: titles, then appositives ("a co-founder"), then changes
# ("left the board"), then clauses.
_ROLE_ORDER = {"title": 0, "appositive": 1, "change": 2, "clause": 3}

RoleRow = tuple[str, str, str, int, str]  # text, status, kind, passage id, published
MergedRole = tuple[str, str, str, tuple[int, ...]]  # text, status, kind, passage ids


def merge_roles(rows: Iterable[RoleRow]) -> list[MergedRole]:
    """One entity's role rows (in extraction order) merged and ordered as a profile shows
    them: the same words are one role, with the fullest spelling and the status the latest
    article gives; "then-CTO" said bare joins the one organisation's CTO the articles name."""
    merged: dict[str, tuple[str, str, str, list[int]]] = {}
    newest: dict[str, str] = {}  # per role, the latest publication date among its passages
    for text, status, kind, passage_id, published in rows:
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
    # "CTO" beside "now president": a title with no status is the earlier one (not one the
    # current one says again: "chair" beside "who still chairs the board").
    # (a clause of what they still do is one only when it tells a post: not "who still
    # answers support tickets himself on weekends" beside "co-founder and chief technology
    # officer")
    current = [
        t
        for t, s, k, _ps in merged.values()
        if s == "current" and k != "change" and (k != "clause" or _HOLDS_POST_RE.search(t))
    ]
    # an interim post made permanent is held no more as interim ("interim chief executive"
    # beside "permanent chief executive")
    made = {m["post"].casefold() for t, *_r in merged.values() if (m := _PERMANENT_RE.match(t))}
    for key, (t, _status, k, ids) in list(merged.items()):
        stand_in = _STAND_IN_RE.match(t)
        if stand_in and stand_in["post"].casefold() in made and k in ("title", "appositive"):
            merged[key] = (t, "former", k, ids)
    return sorted(
        (
            (
                t,
                "former"
                if current and not s and k in ("title", "appositive") and not _again(t, current)
                else s,
                k,
                tuple(ids),
            )
            for t, s, k, ids in merged.values()
        ),
        # (of one kind, what is held before what was: "permanent chief executive" before
        # the "interim chief executive" it was)
        key=lambda role: (_ROLE_ORDER.get(role[2], 4), role[1] == "former"),
    )


def _again(title: str, current: list[str]) -> bool:
    """Whether one of the `current` roles says `title`'s post again, in any form ("chair" in
    "who still chairs the board")."""
    words = title.casefold().split()
    if not words or len(words[-1]) < 3:
        return False
    head = re.escape(words[-1][:5])
    if _RUNS_IT_RE.search(title) and any(_LEADS_IT_RE.search(said) for said in current):
        return True  # "permanent chief executive" beside "who still leads the company"
    return any(re.search(rf"\b{head}", said.casefold()) for said in current)


_HOLDS_POST_RE = re.compile(
    rf"\b(?:{ROLE_WORDS})\b|\b(?:chairs|leads|runs|heads|directs|manages|serves|works|teaches)\b",
    re.IGNORECASE,
)
# The post at the top, and saying one holds it now in other words
_RUNS_IT_RE = re.compile(r"\b(?:chief executive|CEO|managing director)\b", re.IGNORECASE)
_LEADS_IT_RE = re.compile(
    r"\b(?:leads|runs|heads)\s+(?:the|its)\s+(?:company|firm|lab|organisation|organization|"
    r"business|startup|nonprofit|foundation|cooperative)\b"
)


def build(conn: sqlite3.Connection) -> None:
    """Create and fill the summary tables from the extraction tables."""
    _entity_roles(conn)
    _related(conn)
    _entity_events(conn)
    _profile_leads(conn)
    role_families.build(conn)
    holder_orgs.build(conn)
    _covered(conn)


COVERED = 4  # names kept of what the articles are most about


def _covered(conn: sqlite3.Connection) -> None:
    """The COVERED people and organisations named outright in the most passages, most first."""
    names = [
        str(name)
        for (name,) in conn.execute(
            "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity "
            "WHERE m.implicit = 0 GROUP BY m.entity ORDER BY count(*) DESC, e.name LIMIT ?",
            (COVERED,),
        )
    ]
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('covered', ?)", (json.dumps(names),)
    )


def _entity_roles(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE entity_roles (entity_key TEXT NOT NULL, ord INTEGER NOT NULL, "
        "text TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL, passage_ids TEXT NOT NULL, "
        "PRIMARY KEY (entity_key, ord)) WITHOUT ROWID"
    )
    by_entity: dict[str, list[RoleRow]] = defaultdict(list)
    for key, *row in conn.execute(
        "SELECT r.entity_key, r.text, r.status, r.kind, r.passage_id, a.published FROM roles r "
        "JOIN passages p ON p.id = r.passage_id JOIN articles a ON a.seq = p.article "
        "ORDER BY r.id"
    ):
        by_entity[key].append((row[0], row[1], row[2], row[3], row[4]))
    merged = {key: merge_roles(rows) for key, rows in by_entity.items()}
    conn.executemany(
        "INSERT INTO entity_roles VALUES (?, ?, ?, ?, ?, ?)",
        (
            (key, ord_, text, status, kind, json.dumps(ids))
            for key, rows in sorted(by_entity.items())
            for ord_, (text, status, kind, ids) in enumerate(merged[key])
        ),
    )
    conn.execute(
        "CREATE TABLE entity_summary (entity_key TEXT PRIMARY KEY, roles INTEGER NOT NULL, "
        "described TEXT NOT NULL, quotes INTEGER NOT NULL) WITHOUT ROWID"
    )
    quotes = dict(conn.execute("SELECT entity_key, count(*) FROM quotes GROUP BY entity_key"))
    conn.executemany(
        "INSERT INTO entity_summary VALUES (?, ?, ?, ?)",
        (
            (key, len(merged.get(key, ())), described(merged.get(key, [])), quotes.get(key, 0))
            for key in sorted(merged.keys() | quotes.keys())
        ),
    )


# A post at an organisation, as a first line names one
_POST_RE = re.compile(
    r"\b(?:chief|CEO|CTO|CFO|COO|CPO|president|chair(?:man|woman)?|director|(?:co-?)?founder|"
    r"head of|board member|general counsel|managing partner)\b"
)
_NAMES_AN_ORG_RE = re.compile(r"\b(?:of|at) (?:the )?[A-Z]")
# A post and nothing else ("chief scientist", "the chief scientist", "head of research")
_BARE_POST_RE = re.compile(
    r"(?:the )?(?:chief [a-z]+(?: officer)?|CEO|CTO|CFO|COO|president|chair(?:man|woman)?|"
    r"head of [a-z]+)$"
)


_PERMANENT_RE = re.compile(r"^(?:the |its )?permanent (?P<post>.+)$", re.IGNORECASE)
_STAND_IN_RE = re.compile(r"^(?:the |its )?(?:interim|acting) (?P<post>.+)$", re.IGNORECASE)
# What a bare post may say of itself: "permanent chief executive" is a post and no more
_QUALIFIER_RE = re.compile(r"^(?:permanent|interim|acting|new|first) ")


def described(roles: list[MergedRole]) -> str:
    """The fullest current description among merged roles, for a profile's first line: a
    title or appositive, current before former, the most words first (then in order); with
    none, the first clause ("who left in 2018"); none longer than DESCRIBING characters.
    A description naming no post gets the person's post beside it ("a Norwegian computer
    scientist; chief scientist"), and a bare post the fullest description naming where
    they were ("chair; a former chief executive of Norvik Telecom")."""
    fitting = [r for r in roles if len(r[0]) <= DESCRIBING]
    told = [r for r in fitting if r[2] in ("title", "appositive") and not r[0].startswith("(")]
    if not told:
        return next((r[0] for r in fitting if r[2] == "clause"), "")

    def fullest(some: list[MergedRole]) -> MergedRole:
        # (a post made permanent first: the one held at last, "permanent chief executive"
        # before "SkyHaul's chief operating officer", held until then)
        return min(
            some,
            key=lambda r: (r[1] == "former", not _PERMANENT_RE.match(r[0]), -len(r[0].split())),
        )

    first = fullest(told)
    # (of a known tense: a post the merge could not place, "previously chief technology
    # officer at Kestrel" told of "She", is left out rather than shown as held now)
    rest = [
        r
        for r in told
        if r is not first
        and r[0].casefold() not in first[0].casefold()
        and r[1] in ("current", "former")
    ]
    if not _POST_RE.search(first[0]):
        # (and a bare post of no known tense beside a description naming none: "a
        # German-born roboticist; chief scientist", of one "who served as chief scientist")
        untold = [
            r
            for r in told
            if not r[1] and r[0].casefold() not in first[0].casefold() and _BARE_POST_RE.match(r[0])
        ]
        more = [r for r in rest if _POST_RE.search(r[0])] or untold
    elif len(first[0].split()) <= 2 or _BARE_POST_RE.match(_QUALIFIER_RE.sub("", first[0])):
        more = [r for r in rest if _NAMES_AN_ORG_RE.search(r[0])]
        # (what they are is timeless: "a Brazilian engineer", told with no tense)
        plain = [
            r
            for r in told
            if r is not first
            and r[2] == "appositive"
            and not _POST_RE.search(r[0])
            and r[0].casefold() not in first[0].casefold()
        ]
        if not more and plain:
            # a bare post beside what they are: "a former Dutch minister of economic
            # affairs; chair"
            joined = f"{fullest(plain)[0]}; {first[0]}"
            return joined if len(joined) <= DESCRIBING else first[0]
    else:
        more = []
    if not more:
        return first[0]
    second = fullest(more)
    said = second[0]
    if second[1] == "former" and not re.match(r"(?:a |an |the )?(?:former|ex-)", said):
        said = f"formerly {said}"  # a post left, said as one ("formerly chief scientist")
    joined = f"{first[0]}; {said}"
    return joined if len(joined) <= DESCRIBING else first[0]


def _related(conn: sqlite3.Connection) -> None:
    """The people named in the most passages with each entity, most first (ties by key)."""
    conn.execute(
        "CREATE TABLE related (entity_key TEXT NOT NULL, ord INTEGER NOT NULL, "
        "other_key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity_key, ord)) "
        "WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO related SELECT entity_key, ord, other_key, n FROM ("
        " SELECT entity_key, other_key, n, row_number() OVER ("
        "  PARTITION BY entity_key ORDER BY n DESC, other_key) - 1 AS ord FROM ("
        "   SELECT e.key AS entity_key, x.key AS other_key, n FROM ("
        "    SELECT me.entity AS entity, other.entity AS other, count(*) AS n "
        "    FROM mentions me JOIN mentions other ON other.passage_id = me.passage_id "
        "    AND other.entity != me.entity "
        "    GROUP BY me.entity, other.entity) "
        "   JOIN entities e ON e.id = entity "
        "   JOIN entities x ON x.id = other AND x.kind = 'person')"
        ") WHERE ord < ? ORDER BY entity_key, ord",  # in key order: appended
        (RELATED_KEPT,),
    )


def _entity_events(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE entity_events (entity INTEGER NOT NULL, sort_key TEXT NOT NULL, "
        "inherited INTEGER NOT NULL, passage_id INTEGER NOT NULL, "
        "PRIMARY KEY (entity, sort_key, inherited, passage_id)) WITHOUT ROWID"
    )
    # A heading dates its section; it is not an event of its own ("Musk walks away (2018)").
    # An event is found by its passage (a passage states one at most: see the unique index).
    conn.execute(
        "INSERT INTO entity_events SELECT m.entity, e.sort_key, e.inherited, e.passage_id "
        "FROM mentions m JOIN events e ON e.passage_id = m.passage_id "
        f"JOIN passages p ON p.id = e.passage_id AND p.kind != {HEADING} "
        "ORDER BY 1, 2, 3, 4"  # in key order: each row appended, none inserted mid-tree
    )


def _profile_leads(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE profile_leads (entity INTEGER PRIMARY KEY, event_ids TEXT NOT NULL, "
        "event_count INTEGER NOT NULL, mention_ids TEXT NOT NULL)"
    )
    busy = conn.cursor()
    busy.row_factory = sqlite3.Row
    busy.execute(
        "SELECT e.id, e.key, e.name, e.kind, e.aliases FROM entities e WHERE e.id IN ("
        " SELECT entity FROM entity_events WHERE inherited = 0 GROUP BY entity"
        " HAVING count(*) >= ?) ORDER BY e.id",
        (facts.BUSY,),
    )
    for row in busy.fetchall():
        entity = facts.entity_from_row(row)
        lead = facts.profile_lead(conn, entity, facts.role_passage_ids(conn, entity.key))
        conn.execute(
            "INSERT INTO profile_leads VALUES (?, ?, ?, ?)",
            (
                row["id"],
                json.dumps(lead.event_ids),
                lead.event_count,
                json.dumps(lead.mention_ids),
            ),
        )
