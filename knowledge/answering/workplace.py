"""Where someone works: "where does renwick work now", "where did albrecht go after he was
pushed out", "who does she work for these days".

The answer is a company, and the articles say it in the person's roles, not in a sentence
that uses the question's words ("Renwick resurfaced as chief technology officer of Tallgrass
Compute"; "Albrecht joined Tessary … as president"). So the extracted roles are read: of the
person's titles that name a company, and the companies they joined, the latest one they have
not been said to leave since. Nothing found is no answer here: the question then takes the
general path.
"""

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.answering.frame import Frame, alias_spans
from knowledge.model import EntityInfo

# The question: where (or for whom) its subject works or went, and at most when that is.
_ASKS_RE = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:where|who|whom|which (?:company|firm|startup|lab|outfit))\s+"
    r"(?:does|did|do|is|was|has|had)\s+(?P<who>.+?)\s+"
    r"(?:work(?:ing)?(?:\s+(?:at|for))?|employed(?:\s+(?:at|by))?|end(?:ed)?\s+up(?:\s+at)?|"
    r"land(?:ed)?(?:\s+at)?|go(?:ne)?(?:\s+to)?|went(?:\s+to)?|jump(?:ed)?\s+ship(?:\s+to)?|"
    r"head(?:ed)?(?:\s+to)?|move(?:d)?(?:\s+to)?|defect(?:ed)?(?:\s+to)?)"
    r"(?P<rest>(?:\s+(?:now|these days|today|currently|next|then|afterwards|after that|"
    r"in the end|eventually|nowadays))*(?:\s+(?:after|when|once)\b.*)?)[\s?!.]*$",
    re.IGNORECASE,
)
# Roles that say the person is gone from where they were.
_GONE_RE = re.compile(
    r"^(?:resigned|stepped down|left|quit|was removed|removed|was ousted|ousted|was fired|"
    r"fired|retired|departed)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Workplace:
    """A company someone works at, and the passage that says so; or (`org` None) the
    passage saying they left the last one their roles name."""

    org: EntityInfo | None
    person: EntityInfo
    passage_id: int
    role: str


def asks_workplace(parsed: Frame) -> bool:
    """ "where does renwick work now": a person asked where they work or went."""
    return (
        parsed.subject is not None
        and parsed.subject.kind == "person"
        and _ASKS_RE.match(parsed.english.strip()) is not None
    )


def workplace(
    conn: sqlite3.Connection, parsed: Frame, by_key: Mapping[str, EntityInfo]
) -> Workplace | None:
    """The latest company the subject's roles place them at, that they have not left since;
    not one the question says they left ("after he left velmora"). With every one left, the
    latest departure (a workplace with no company); with none named, None."""
    person = parsed.subject
    if not asks_workplace(parsed) or person is None:
        return None
    asked = _ASKS_RE.match(parsed.english.strip())
    left = (
        {e.key for _s, _e, e in alias_spans(asked["rest"], tuple(by_key.values()))}
        if asked
        else set()
    )
    orgs = tuple(e for e in by_key.values() if e.kind == "org")
    rows = conn.execute(
        "SELECT r.text, r.status, r.kind, r.passage_id,"
        " (SELECT max(e.sort_key) FROM events e WHERE e.passage_id = r.passage_id)"
        " FROM roles r WHERE r.entity_key = ? ORDER BY r.passage_id, r.id",
        (person.key,),
    ).fetchall()
    held: list[tuple[str, int, Workplace]] = []
    gone: list[tuple[str, int, frozenset[str]]] = []
    for text, status, kind, passage_id, when in rows:
        named = frozenset(e.key for _s, _e, e in alias_spans(text, orgs))
        order = str(when or "")
        if kind == "change" and _GONE_RE.match(text):
            gone.append((order, passage_id, named))
            continue
        if status == "former" or kind not in ("title", "appositive", "change") or not named:
            continue
        if kind == "change" and not text.casefold().startswith(("joined", "joining")):
            continue
        org = next(e for _s, _e, e in alias_spans(text, orgs))
        if org.key not in left:
            place = Workplace(org=org, person=person, passage_id=passage_id, role=text)
            held.append((order, passage_id, place))
    still = [
        (order, pid, place) for order, pid, place in held if not _left(order, pid, place, gone)
    ]
    if still:
        return max(still, key=lambda h: (h[0], h[1]))[2]
    if held and gone:
        _order, passage_id, _named = max(gone, key=lambda g: (g[0], g[1]))
        return Workplace(org=None, person=person, passage_id=passage_id, role="")
    return None


def _left(
    order: str, passage_id: int, place: Workplace, gone: list[tuple[str, int, frozenset[str]]]
) -> bool:
    """Whether a departure after the role (or in its sentence: "OpenAI's CTO Mira Murati
    resigned") ends it: one naming its company, or naming none; in the role's own sentence,
    one naming none does not end a company joined ("resigned and joined Tallgrass")."""
    for g_order, g_pid, g_named in gone:
        if (
            place.org is not None
            and place.org.key in g_named
            and (g_order, g_pid) >= (order, passage_id)
        ):
            return True
        if not g_named and (g_order, g_pid) > (order, passage_id):
            return True
        if not g_named and g_pid == passage_id and not place.role.startswith("join"):
            return True
    return False
