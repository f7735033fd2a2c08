"""Who holds a role: "who is the ceo of openai", "who runs deepmind", "the chief scientist".

The extractor keeps every role an article gives a person ("OpenAI CEO Sam Altman", "board
chair Helga Marsh", "the then-president of Y Combinator"). A question that asks for a role
holder, and says nothing else the role texts could not say, is answered from those roles
rather than from whichever sentence shares the most words; the same look-up turns "the chief
scientist" in "when did the chief scientist quit" into the person it means.
"""

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


def _says(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.casefold().replace("’", "'")
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lowered) for w in words)


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
    rows = _roles_saying(conn, wanted)
    org_passages: set[int] = set()
    if orgs:
        marks = ",".join("?" * len(orgs))
        org_passages = {
            r[0]
            for r in conn.execute(
                "SELECT m.passage_id FROM mentions m JOIN entities n ON n.id = m.entity "
                f"WHERE n.key IN ({marks})",
                [o.key for o in orgs],
            )
        }
    best: dict[str, Holder] = {}
    support: dict[str, float] = {}
    latest: dict[str, str] = {}
    removed: dict[str, tuple[str, int]] = {}  # person -> when they last left the role
    held: dict[str, tuple[str, int]] = {}  # person -> when an article last gave it to them
    acting = [row for row in rows if not past and _INTERIM.search(row[1])]
    confirmed = _made_permanent(conn, {row[0] for row in acting})
    for key, role, passage_id, passage, published, title in rows:
        if key in asked or key not in entities or entities[key].kind != "person":
            continue
        if not _says(role, wanted):
            continue
        when = (str(published or ""), passage_id)  # an article's date, then its order
        if _REMOVED.match(role):  # "removed as chief executive": no longer holds it...
            removed[key] = max(removed.get(key, when), when)
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
        # ("Inside Halcyra Labs: …"), is that organisation's: as good as naming it.
        named_org = named_org or (
            "|" not in normalize(_INTERIM.sub("", role))
            and any(_says(title, (o.name.casefold(), *o.aliases)) for o in orgs)
        )
        if orgs and not named_org and passage_id not in org_passages:
            continue
        if extra and not all(_says(f"{role} {passage}", (t.text, *t.forms)) for t in extra):
            continue
        weight = 2.0 if named_org else 1.0
        support[key] = support.get(key, 0.0) + weight
        latest[key] = max(latest.get(key, ""), str(published or ""))
        held[key] = max(held.get(key, when), when)
        if key not in best or weight > best[key].weight:
            best[key] = Holder(
                entity=entities[key],
                role=role,
                passage_id=passage_id,
                weight=weight,
                named_org=named_org,
            )
    if not past:  # ...unless given it again later ("fired as CEO", then "returned as CEO")
        best = {k: h for k, h in best.items() if k not in removed or held[k] > removed[k]}
    ranked = sorted(
        best.values(), key=lambda h: (-support[h.entity.key], -_date_key(latest[h.entity.key]))
    )
    if any(h.named_org for h in ranked):  # "OpenAI CEO": not "Microsoft's CEO" beside OpenAI
        ranked = [h for h in ranked if h.named_org]
    return ranked


# knowledge.roles writes a role left so: "removed as chief executive", "stepped down as …"
_REMOVED = re.compile(r"(?:removed|ousted|fired|stepped down|resigned) as\b", re.I)
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
    conn: sqlite3.Connection, wanted: tuple[str, ...]
) -> list[tuple[str, str, int, str, str, str]]:
    """Role rows (entity, role, passage, its text, published, the article's title) that may
    say one of `wanted`:
    SQLite narrows them to those containing one of the words (ASCII case aside; a role with
    other letters is always kept, since case folding may turn them into ASCII ones), so a
    question reads the roles it is about, not every role of a large index. `_says` decides."""
    if not wanted or not all(w.isascii() and "'" not in w for w in wanted):
        where, params = "1", []
    else:
        where = " OR ".join("instr(lower(r.text), ?) > 0" for _ in wanted)
        where = f"({where} OR r.text GLOB '*[^ -~]*')"
        params = [w.lower() for w in wanted]
    return [
        (r[0], r[1], r[2], r[3], r[4], r[5] or "")
        for r in conn.execute(
            "SELECT r.entity_key, r.text, r.passage_id, p.text, a.published, a.title FROM roles r "
            "JOIN passages p ON p.id = r.passage_id JOIN articles a ON a.seq = p.article "
            f"WHERE {where} ORDER BY r.id",
            params,
        )
    ]


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
