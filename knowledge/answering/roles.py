"""Who holds a role: "who is the ceo of openai", "who runs deepmind", "the chief scientist".

The extractor keeps every role an article gives a person ("OpenAI CEO Sam Altman", "board
chair Helga Marsh", "the then-president of Y Combinator"). A question that asks for a role
holder, and says nothing else the role texts could not say, is answered from those roles
rather than from whichever sentence shares the most words; the same look-up turns "the chief
scientist" in "when did the chief scientist quit" into the person it means.
"""

import functools
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.answering import lexicon
from knowledge.answering.frame import Frame, Term
from knowledge.model import EntityInfo
from knowledge.roles import normalize

# Question words -> the role titles they ask about.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "ceo": ("ceo", "chief executive"),
    "chief executive": ("ceo", "chief executive"),
    "boss": ("ceo", "chief executive", "president", "head"),
    "run": ("ceo", "chief executive", "president", "head", "leads"),
    "head": ("ceo", "chief executive", "president", "head"),
    "cto": ("cto", "chief technology officer"),
    "cfo": ("cfo", "chief financial officer"),
    "cpo": ("cpo", "chief product officer"),
    "chief scientist": ("chief scientist",),
    "scientist": ("chief scientist", "top scientist", "scientist"),
    "chair": ("chair", "chairman", "chairwoman"),
    "chairman": ("chair", "chairman", "chairwoman"),
    "president": ("president",),
    "founder": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "found": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "co-found": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "start": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "create": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
}
_PAST = re.compile(
    r"\b(?:former|formerly|then|ex|once|previous|previously|interim|acting|until)\b", re.I
)
_PAST_QUESTION = re.compile(r"\b(?:was|were|used to|back then|at the time|first|originally)\b")
_IGNORED = frozenset("back then now currently today still".split())


@dataclass(frozen=True, kw_only=True)
class Holder:
    """A person holding the asked role, the passage that says so, and how sure that is."""

    entity: EntityInfo
    role: str
    passage_id: int
    weight: float
    named_org: bool


def _lemma(term: Term) -> str:
    word = term.text.casefold()
    return word if word in _FAMILIES else lexicon.lemma(word)


# Role words that are nouns: they can stand for a person ("the chief scientist").
_TITLES = frozenset(
    "ceo cto cfo cpo boss head scientist chair chairman president founder co-founder".split()
) | {"chief scientist", "chief executive"}


# Verbs of a founding are events with actors ("Musk co-founded OpenAI with Sam Altman"):
# "who founded X" is answered from the sentences that tell it, not from role titles.
_EVENT_VERBS = frozenset("found co-found start create".split())


def role_terms(frame: Frame, *, titles_only: bool = False, held: bool = False) -> tuple[Term, ...]:
    """The question's terms that name a role ("ceo", "runs", "founder"); with `titles_only`,
    only the nouns that can stand for the person ("the ceo", not "founding"); with `held`,
    not the verbs of an event ("founded")."""
    return tuple(
        t
        for t in frame.terms
        if t.entity is None
        and _lemma(t) in _FAMILIES
        and (not titles_only or t.text.casefold() in _TITLES)
        and (not held or _lemma(t) not in _EVENT_VERBS)
    )


def titles(terms: tuple[Term, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for term in terms:
        out.extend(_FAMILIES[_lemma(term)])
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=1024)
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of `words`, each whole (compiled once: a role question at 100,000
    articles checks tens of thousands of roles)."""
    return re.compile("|".join(rf"(?<![\w]){re.escape(w)}(?![\w])" for w in words))


def _says(text: str, words: tuple[str, ...]) -> bool:
    return bool(words) and _words_re(words).search(text.casefold().replace("’", "'")) is not None


def holders(
    conn: sqlite3.Connection,
    frame: Frame,
    entities: Mapping[str, EntityInfo],
    *,
    roles: tuple[Term, ...],
    extra: tuple[Term, ...] = (),
    former: bool = False,
) -> list[Holder]:
    """People whose roles match `roles` (and name the question's organisation and every word
    of `extra`), best supported first. Present-tense questions skip former and interim roles
    unless `former` ("when did the chief scientist quit" is about whoever held it)."""
    wanted = titles(roles)
    orgs = [e for e in frame.entities if e.kind == "org"]
    asked = {e.key for e in frame.entities}
    lowered = frame.english.casefold()
    past = former or bool(_PAST_QUESTION.search(lowered) or _PAST.search(lowered))
    # each row says whether its passage names an asked organisation (looked up row by row
    # in the mentions, by passage: not every passage naming a large one, read into a set)
    rows, org_here = _roles_saying(conn, wanted, [o.key for o in orgs])
    best: dict[str, Holder] = {}
    support: dict[str, float] = {}
    latest: dict[str, str] = {}
    # (role text, passage): the roles each person left, and the ones they held
    left: dict[str, list[tuple[str, int]]] = {}
    held: dict[str, list[tuple[str, int]]] = {}
    published_of: dict[int, str] = {}
    acting = [row for row in rows if not past and _INTERIM.search(row[1])]
    confirmed = _made_permanent(conn, {row[0] for row in acting})
    about: dict[str, bool] = {}  # article title -> it names the asked organisation

    def titled(title: str) -> bool:
        if title not in about:
            about[title] = any(_says(title, (o.name.casefold(), *o.aliases)) for o in orgs)
        return about[title]

    elsewhere = (
        _other_orgs_near(conn, orgs, sorted({r[2] for r in rows if titled(r[5])}))
        if orgs
        else set()
    )
    for key, role, passage_id, passage, published, title in rows:
        if key in asked or key not in entities or entities[key].kind != "person":
            continue
        if not _says(role, wanted):
            continue
        published_of[passage_id] = str(published or "")
        gone = _REMOVED.match(role)
        if gone:  # "removed as chief executive": no longer holds it...
            left.setdefault(key, []).append((role[gone.end() :], passage_id))
            continue
        if key in confirmed:  # an interim title made permanent is the title
            role = _INTERIM.sub("", role).strip()
        if not past and _PAST.search(role):
            continue
        vice = re.sub(r"\bvice[\s-]+president\b", "", role, flags=re.IGNORECASE)
        if vice != role and not _says(vice, wanted):
            continue  # a vice president is not the president
        named_org = any(_says(role, (o.name.casefold(), *o.aliases)) for o in orgs)
        # A role naming no organisation, in an article whose title names the asked one
        # ("Inside Halcyra Labs: …"), is that organisation's: as good as naming it, unless
        # its sentence or the one before names another ("Its rival is Bramble. Chief
        # executive Lucien Pardoe said …").
        named_org = named_org or (
            bool(orgs)
            and titled(title)
            and passage_id not in elsewhere
            and not _NAMES_AN_ORG_RE.search(_TITLE_WORDS_RE.sub("", role))
        )
        if orgs and not named_org and passage_id not in org_here:
            continue
        if extra and not all(_says(f"{role} {passage}", (t.text, *t.forms)) for t in extra):
            continue
        weight = 2.0 if named_org else 1.0
        support[key] = support.get(key, 0.0) + weight
        latest[key] = max(latest.get(key, ""), str(published or ""))
        held.setdefault(key, []).append((role, passage_id))
        if key not in best or weight > best[key].weight:
            best[key] = Holder(
                entity=entities[key],
                role=role,
                passage_id=passage_id,
                weight=weight,
                named_org=named_org,
            )
    gone_from = {k: v for k, v in left.items() if k in best}
    if not past and gone_from:  # ...unless given it again later ("fired", then "returned")
        dated = _passage_dates(conn, [p for k in gone_from for _r, p in (*held[k], *left[k])])

        def timed(roles: list[tuple[str, int]]) -> list[tuple[str, tuple[str, int]]]:
            # when it happened (the passage's own date, else its article's), then text order
            return [(_title_key(r), (dated.get(p) or published_of.get(p, ""), p)) for r, p in roles]

        best = {
            k: h
            for k, h in best.items()
            if k not in gone_from or not _all_left(timed(held[k]), timed(gone_from[k]))
        }
    ranked = sorted(
        best.values(), key=lambda h: (-support[h.entity.key], -_date_key(latest[h.entity.key]))
    )
    if any(h.named_org for h in ranked):  # "OpenAI CEO": not "Microsoft's CEO" beside OpenAI
        ranked = [h for h in ranked if h.named_org]
    return ranked


def _title_key(role: str) -> str:
    """A role's title as normalised ("quorra|chief executive officer", "head")."""
    return normalize(_INTERIM.sub("", role).strip())


def _same_title(a: str, b: str) -> bool:
    """Two normalised titles that are the same job: the same title, at the same organisation
    or with one of them naming none."""
    org_a, _, title_a = a.rpartition("|")
    org_b, _, title_b = b.rpartition("|")
    return title_a == title_b and (org_a == org_b or not org_a or not org_b)


def _all_left(
    held: list[tuple[str, tuple[str, int]]], left: list[tuple[str, tuple[str, int]]]
) -> bool:
    """Every role held was left at or after the time it was given."""
    return all(
        any(_same_title(title, gone) and then >= since for gone, then in left)
        for title, since in held
    )


_TITLE_WORDS_RE = re.compile(
    r"\b(?:Chief|Executive|Officer|Technology|Financial|Operating|Product|Scientist|"
    r"President|Vice|Chair|Chairman|Chairwoman|Head|Director|Founder|Co-founder|Board|"
    r"Interim|Acting|Former|CEO|CTO|CFO|COO|CPO)\b"
)
_NAMES_AN_ORG_RE = re.compile(r"\b[A-Z][\w&-]+")


def _other_orgs_near(conn: sqlite3.Connection, orgs: list[EntityInfo], ids: list[int]) -> set[int]:
    """Of these passages, those where an organisation other than the asked ones is named, in
    the passage or the one before it."""
    if not ids:
        return set()
    near = sorted({*ids, *(i - 1 for i in ids)})
    marks = ",".join("?" * len(near))
    asked = ",".join("?" * len(orgs))
    named = {
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT m.passage_id FROM mentions m JOIN entities n ON n.id = m.entity "
            f"WHERE n.kind = 'org' AND n.key NOT IN ({asked}) AND m.passage_id IN ({marks})",
            [*(o.key for o in orgs), *near],
        )
    }
    return {i for i in ids if i in named or i - 1 in named}


def _passage_dates(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    """Each passage's own (earliest) event date, where it states one."""
    unique = sorted(set(ids))
    marks = ",".join("?" * len(unique))
    return {
        int(r[0]): str(r[1])
        for r in conn.execute(
            f"SELECT passage_id, min(sort_key) FROM events WHERE passage_id IN ({marks}) "
            "GROUP BY passage_id",
            unique,
        )
    }


# knowledge.roles writes a role left so: "removed as chief executive", "stepped down as …"
_REMOVED = re.compile(r"(?:removed|ousted|fired|stepped down|resigned) as ", re.I)
_INTERIM = re.compile(r"\b(?:interim|acting)\b\s*", re.I)
_PERMANENT = "appointment made permanent"  # knowledge.roles: "made X's appointment permanent"


def _made_permanent(conn: sqlite3.Connection, keys: set[str]) -> set[str]:
    """Of these people (each with an interim title), the ones whose appointment an article
    says was made permanent."""
    if not keys:
        return set()
    marks = ",".join("?" * len(keys))
    return {
        str(r[0])
        for r in conn.execute(
            f"SELECT DISTINCT entity_key FROM roles WHERE entity_key IN ({marks}) AND text = ?",
            [*sorted(keys), _PERMANENT],
        )
    }


def _roles_saying(
    conn: sqlite3.Connection, wanted: tuple[str, ...], orgs: list[str] | None = None
) -> tuple[list[tuple[str, str, int, str, str, str]], set[int]]:
    """Role rows (entity, role, passage, its text, published, the article's title) that may
    say one of `wanted`, and the rows' passages that name one of `orgs` (entity keys).
    SQLite narrows them to those containing one of the words (ASCII case aside; a role with
    other letters is always kept, since case folding may turn them into ASCII ones), so a
    question reads the roles it is about, not every role of a large index. `_says` decides."""
    if not wanted or not all(w.isascii() and "'" not in w for w in wanted):
        where, params = "1", []
    else:
        where = " OR ".join("instr(lower(r.text), ?) > 0" for _ in wanted)
        where = f"({where} OR r.text GLOB '*[^ -~]*')"
        params = [w.lower() for w in wanted]
    keys = orgs or []
    marks = ",".join("?" * len(keys)) or "NULL"
    org_here = (
        "EXISTS (SELECT 1 FROM mentions m JOIN entities n ON n.id = m.entity "
        f"WHERE m.passage_id = r.passage_id AND n.key IN ({marks}))"
        if keys
        else "0"
    )
    rows: list[tuple[str, str, int, str, str, str]] = []
    named: set[int] = set()
    for r in conn.execute(
        "SELECT r.entity_key, r.text, r.passage_id, p.text, a.published, a.title, "
        f"{org_here} FROM roles r "
        "JOIN passages p ON p.id = r.passage_id JOIN articles a ON a.seq = p.article "
        f"WHERE {where} ORDER BY r.id",
        [*keys, *params],
    ):
        rows.append((r[0], r[1], r[2], r[3], r[4], r[5] or ""))
        if r[6]:
            named.add(r[2])
    return rows, named


def _date_key(published: str) -> int:
    digits = re.sub(r"\D", "", published)[:8]
    return int(digits.ljust(8, "0")) if digits else 0


def extras(frame: Frame, roles: tuple[Term, ...]) -> tuple[Term, ...]:
    """Words besides the role, the names and the verbs ("combinator", "interim"): the role or
    its sentence must say them too."""
    skip = {t.key for t in roles}
    return tuple(
        t
        for t in frame.terms
        if t.entity is None
        and t.key not in skip
        and lexicon.group_of(t.text.casefold()) is None
        and t.text.casefold() not in _IGNORED
        and t.text.casefold() not in lexicon.QUESTION_WORDS
        and t.text.casefold() not in lexicon.VAGUE
    )
