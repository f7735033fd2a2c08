"""Where someone works and what their job is: "where does renwick work now", "where did
albrecht go after he was pushed out", "what's odunsi's job these days".

The articles say it in the person's roles, not in a sentence that uses the question's words
("Renwick resurfaced as chief technology officer of Tallgrass Compute"; "Albrecht joined
Tessary … as president"; "was named chief scientist"). So the extracted roles are read: the
latest one (naming a company, for "where") that the person has not been said to leave
since. Nothing found is no answer here: the question then takes the general path.
"""

import re
import sqlite3
from dataclasses import dataclass

from knowledge.answering.frame import Frame, named_in
from knowledge.model import EntityInfo

_NOW = r"now|these days|today|currently|nowadays|next|then|afterwards|after that|in the end"
# Where (or for whom) the subject works or went, and at most when that is.
_WHERE_RE = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:where|who|whom|which (?:company|firm|startup|lab|outfit))\s+"
    r"(?:does|did|do|is|was|has|had)\s+(?P<who>.+?)\s+"
    r"(?:work(?:ing)?(?:\s+(?:at|for))?|employed(?:\s+(?:at|by))?|end(?:ed)?\s+up(?:\s+at)?|"
    r"land(?:ed)?(?:\s+at)?|go(?:ne)?(?:\s+to)?|went(?:\s+to)?|jump(?:ed)?\s+ship(?:\s+to)?|"
    r"head(?:ed)?(?:\s+to)?|move(?:d)?(?:\s+to)?|defect(?:ed)?(?:\s+to)?)"
    rf"(?P<rest>(?:\s+(?:{_NOW}|eventually))*(?:\s+(?:after|once)\b.*)?)[\s?!.]*$",
    re.IGNORECASE,
)
# What the subject's job is: "what's odunsi's job these days", "what does murati do now".
_JOB_RE = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:what(?:'s|’s|\s+is|\s+was)\s+(?P<who>.+?)['’]s?\s+"
    r"(?:job|role|title|position|post)|what\s+(?:does|is)\s+(?P<doer>.+?)\s+(?:do|doing))"
    rf"(?P<rest>(?:\s+(?:{_NOW}|for a living))*)[\s?!.]*$",
    re.IGNORECASE,
)
_NOW_RE = re.compile(r"^(?:now|currently|today) ", re.IGNORECASE)
# A sentence telling a move: "resurfaced as …", "joined …", "was hired as …".
_MOVE_RE = re.compile(
    r"\b(?:resurfaced|re-?emerged|returned|rejoined|joined|took over|came back|signed on|"
    r"was hired|was brought (?:in|on|back)|moved to|defected to|left for)\b"
)
# A post someone holds ("chief technology officer of Tallgrass", "a partner at Northgate"),
# not what they once did or are to a company ("a DeepMind co-founder", "an early investor").
_POST_RE = re.compile(
    r"\b(?:chief|ceo|cto|cfo|coo|cpo|president|director|head|officer|engineer|scientist|"
    r"researcher|partner|chair\w*|manager|executive|employee|lead|leader|vp|analyst|"
    r"counsel|editor|professor|member)\b",
    re.IGNORECASE,
)
# A stint the text closes: "for six years", "from 2010 to 2016", "until 2019".
_ENDED_RE = re.compile(
    r"\b(?:for (?:\w+ ){0,2}(?:years?|months?|decades?)|from \d{4}|until|till|through \d{4}|"
    r"between \d{4}|in the past|once|previously|formerly)\b",
    re.IGNORECASE,
)
# Roles that say the person is gone from where they were ("resigned as chief technology
# officer": from that title only).
_GONE_RE = re.compile(
    r"^(?:resigned|stepped down|left|quit|was removed|removed|was ousted|ousted|was fired|"
    r"fired|retired|departed)\b(?: (?:as|from) (?P<title>[^,;.]+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Workplace:
    """Where someone works (`org`) and as what (`role`), the passage that says so, and the
    short answer to the question (the company for "where", the role for "job"); with no
    answer, the passage saying they left the last one."""

    org: EntityInfo | None
    person: EntityInfo
    passage_id: int
    role: str
    answer: str


@dataclass(frozen=True)
class _Gone:
    order: tuple[str, int]  # (the passage's date, the passage)
    orgs: frozenset[str]
    title: str  # the title left, lower case ("" when the text names none)


def asks(parsed: Frame) -> str:
    """ "where" (a person asked where they work or went), "job" (what their job is), or ""."""
    if parsed.subject is None or parsed.subject.kind != "person":
        return ""
    said = parsed.english.strip()
    if _WHERE_RE.match(said):
        return "where"
    return "job" if _JOB_RE.match(said) else ""


def workplace(
    conn: sqlite3.Connection, parsed: Frame, entities: tuple[EntityInfo, ...]
) -> Workplace | None:
    """The latest role of the subject's (naming a company, for "where") that they have not
    left since; not a company the question says they left ("after he left velmora"). With
    every one left, the latest departure (a Workplace with no company and no role); with no
    role of the kind, None."""
    person, kind = parsed.subject, asks(parsed)
    if person is None or not kind:
        return None
    asked_of = _WHERE_RE.match(parsed.english.strip()) or _JOB_RE.match(parsed.english.strip())
    named = asked_of.groupdict() if asked_of else {}
    who = named.get("who") or named.get("doer") or ""
    if not _only_them(who, person, entities):
        return None  # "where does castel's wife work", "where did castel refuse to work"
    asked = _WHERE_RE.match(parsed.english.strip())
    left = {e.key for _s, _e, e in named_in(asked["rest"], entities)} if asked else set()
    moved = bool(asked and re.search(r"\b(?:after|once)\b", asked["rest"], re.IGNORECASE))
    rows = conn.execute(
        "SELECT r.text, r.status, r.kind, r.passage_id,"
        " (SELECT max(e.sort_key) FROM events e WHERE e.passage_id = r.passage_id), p.text"
        " FROM roles r JOIN passages p ON p.id = r.passage_id"
        " WHERE r.entity_key = ? ORDER BY r.passage_id, r.id",
        (person.key,),
    ).fetchall()
    held: list[tuple[tuple[str, int], Workplace, bool]] = []
    gone: list[_Gone] = []
    for text, status, role_kind, passage_id, when, sentence in rows:
        orgs = [e for _s, _e, e in named_in(text, entities) if e.kind == "org"]
        order = (str(when or ""), int(passage_id))
        away = _GONE_RE.match(text) if role_kind == "change" else None
        if away:
            title = (away["title"] or "").strip().casefold()
            gone.append(_Gone(order, frozenset(e.key for e in orgs), title))
            continue
        if status == "former" or role_kind not in ("title", "appositive", "change"):
            continue
        if _ENDED_RE.search(text) or (role_kind != "change" and not _POST_RE.search(text)):
            continue
        joined = text.casefold().startswith(("joined", "joining"))
        if (role_kind == "change" and not joined) or (kind == "where" and not orgs):
            continue
        if moved and not (joined or _MOVE_RE.search(sentence)):
            continue  # "where did he go after he was fired": a move, not a title held before
        org = orgs[-1] if orgs else None  # "OpenAI employee and current CTO of … Cresta"
        if org is None or org.key not in left:
            said = org.name if kind == "where" and org else _NOW_RE.sub("", text)
            place = Workplace(org=org, person=person, passage_id=passage_id, role=text, answer=said)
            held.append((order, place, status == "current"))
    still = [(order, place, now) for order, place, now in held if not _left(order, place, gone)]
    if still:  # the latest; one the text calls current ("(now president)") before others
        return max(still, key=lambda h: (h[2], h[0]))[1]
    if held and gone:
        last = max(gone, key=lambda g: g.order)
        return Workplace(org=None, person=person, passage_id=last.order[1], role="", answer="")
    return None


def _only_them(said: str, person: EntityInfo, entities: tuple[EntityInfo, ...]) -> bool:
    """Whether the words the question asks about are the person's name and nothing more."""
    spans = named_in(said, entities)
    words = said.strip()
    return (
        len(spans) == 1
        and spans[0][2].key == person.key
        and spans[0][0] == len(said) - len(said.lstrip())
        and spans[0][1] == len(said.rstrip())
        and bool(words)
    )


def _left(order: tuple[str, int], place: Workplace, gone: list[_Gone]) -> bool:
    """Whether a departure ends the role: one from its company or its title, at or after it;
    a bare one ("resigned") dated after it, or on its date unless the role is a company
    joined then ("OpenAI's CTO Mira Murati resigned"; not "resigned and joined Tallgrass")."""
    for g in gone:
        if place.org is not None and place.org.key in g.orgs and g.order >= order:
            return True
        if g.title and g.title in place.role.casefold() and g.order >= order:
            return True
        # a bare one: after the role's date; on the same date, unless a company was joined
        # then ("resigned and joined Tallgrass")
        bare = not g.orgs and not g.title
        if bare and (
            g.order[0] > order[0] or (g.order[0] == order[0] and not place.role.startswith("join"))
        ):
            return True
    return False
