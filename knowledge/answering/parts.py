"""Who heads a part of an organisation: "who is the head of research", "who ran research".

A head of research is not the company's head (knowledge.role_families keeps such titles out
of the head family), so a question naming a part reads the roles saying "head of <part>" in
the passages the full-text index finds with those words: bounded by the phrase, not by the
corpus.
"""

import re
import sqlite3
from collections.abc import Mapping

from knowledge.answering import lexicon
from knowledge.answering.frame import Frame
from knowledge.answering.roles import Holder, passage_dates, told_nearby
from knowledge.model import EntityInfo
from knowledge.role_families import HEAD_TRADES, INTERIM, PAST, REMOVED, folded
from knowledge.roles import FUNCTIONS

# "head of research", "the chief of policy", "ran research", "who leads engineering", and
# the head of a trade, "head brewer"
_ASKED_RE = re.compile(
    rf"\bhead (?P<trade>{HEAD_TRADES})\b"
    r"|\b(?:head|chief|leader|director) of (?P<the>the )?(?P<of>[a-z][\w-]*)"
    # (the question's own verb: not "who did halverson hire to run biosecurity")
    r"|^\W*who(?:['’]s| is| was| has| had| been| now| currently| first| then| later)* "
    r"(?:run|runs|ran|running|lead|leads|led|leading|heads|headed|heading|oversees|"
    r"oversaw|oversee|took over|take over|takes over|taking over) (?P<ran>[a-z][\w-]*)"
)
# Words after "ran" or "head of" that are no part: the whole, or what is not a post
_NOT_A_PART = frozenset(
    "the a an it its their his her things everything company lab firm show place board team "
    "side outfit operation shop joint org organisation organization foundation nonprofit "
    "startup start-up business group charity project".split()
)
_LEFT_RE = re.compile(
    r"\b(?:resigned|stepped down|quit|left|departed|was (?:fired|removed|ousted))\b"
)
# An interim post made the holder's own
_KEPT_RE = re.compile(r"\b(?:confirmed in the (?:post|job|role)|appointment made permanent)\b")
# What a part run is called ("ran research"): a head of any other is said "head of" it
_FUNCTION_RE = re.compile(FUNCTIONS)
_PASSAGES = 200  # passages saying the title that are read, at most
_AROUND = 8  # and the roles in this many passages either side of each


def asked_part(frame: Frame) -> str:
    """The title of the part's head the question asks for ("head of research", "head
    brewer"), or "" when it asks none (a title the role families know, "head of
    technology", is theirs)."""
    found = _ASKED_RE.search(frame.english.casefold())
    if found is None:
        return ""
    if found["trade"]:
        return f"head {found['trade']}"
    part = found["of"] or found["ran"]
    if (found["ran"] or found["the"]) and not _FUNCTION_RE.fullmatch(part):
        # ("who runs openi": a name misspelled; "the head of the trust": the whole)
        return ""
    named = {w for e in frame.entities for a in e.aliases for w in a.casefold().split()}
    if (
        part in _NOT_A_PART
        or part in named
        or part in lexicon.VAGUE
        or part in lexicon.QUESTION_WORDS
        or lexicon.group_of(f"head of {part}") is not None
    ):
        return ""
    return f"head of {part}"


def holders(
    conn: sqlite3.Connection,
    by_key: Mapping[str, EntityInfo],
    title: str,
    *,
    now: bool,
    interim: bool = False,
) -> list[Holder]:
    """The people a role calls by `title` (a part's head, "head of research", or a trade's,
    "head brewer"): with `now`, whoever holds it now (the latest told, a permanent one
    before an interim one, and no one told leaving it since); else everyone who held it,
    interim ones first when `interim` is asked, in the order they were told of (the date
    their sentence gives)."""
    saying = [
        int(pid)
        for (pid,) in conn.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
            (f'"{title}"', _PASSAGES),
        )
    ]
    # the roles in the sentences around each (a post its sentence calls "the post": "Kofi
    # Mensah-Doyle … held the post on an interim basis"), read by the passages' index
    spans = sorted({(max(0, pid - _AROUND), pid + _AROUND) for pid in saying})
    rows = list(
        dict.fromkeys(
            (str(key), str(text), int(pid))
            for low, high in spans
            for key, text, pid in conn.execute(
                "SELECT entity_key, text, passage_id FROM roles WHERE passage_id BETWEEN ? AND ?",
                (low, high),
            )
            if key in by_key and title in folded(str(text))
        )
    )
    # their posts left, wherever told ("He resigned the following month": "resigned (as
    # head of research)"), and made permanent ("was confirmed in the post that September")
    theirs = [
        (key, text, pid)
        for key, at in dict.fromkeys((key, pid) for key, _t, pid in rows)
        for text, pid in told_nearby(conn, key, at)
    ]
    gone = [(k, t, p) for k, t, p in theirs if REMOVED.match(t) and title in folded(t)]
    # and a sentence giving the post that has them leave it or calls it held before ("…'s
    # head of research, Lorenzo Bassi, resigned in November 2024", "The fund's head of
    # investments before him, Maria Costa, …")
    marks = ",".join("?" * len({pid for _k, _t, pid in rows}))
    texts = dict(
        conn.execute(
            f"SELECT id, text FROM passages WHERE id IN ({marks})",
            sorted({pid for _k, _t, pid in rows}),
        ).fetchall()
    )
    before = re.compile(
        rf"\b(?:former|previous|then|ex-)\s+{title}|{title} before (?:him|her|them)\b"
    )
    gone += [
        (key, f"left (as {title})", pid)
        for key, _text, pid in rows
        if _LEFT_RE.search(str(texts.get(pid, "")))
        or before.search(folded(str(texts.get(pid, ""))))
    ]
    kept = {k for k, t, _p in theirs if _KEPT_RE.search(t)}
    told = passage_dates(conn, [pid for _k, _t, pid in rows + gone])
    left: dict[str, str] = {}
    for key, _text, pid in gone:
        left[key] = max(left.get(key, ""), told.get(pid, ""))
    rows += [row for row in gone if row not in rows]
    held = [
        (key, text, pid)
        for key, text, pid in rows
        if not REMOVED.match(text)
        # (now: not one told leaving it after, "stepped down as head of research")
        and not (now and key in left and left[key] >= told.get(pid, ""))
    ]
    if not now:
        # (and those told only leaving it, who held it)
        holding = {key for key, _t, _p in held}
        held += [(k, t, p) for k, t, p in rows if REMOVED.match(t) and k not in holding]

    if now:
        # the latest told first, then a permanent holder before an interim or former one
        held.sort(key=lambda row: told.get(row[2], ""), reverse=True)
        held.sort(key=lambda row: bool(PAST.search(row[1])) and row[0] not in kept)
    else:
        # in the order told, the kind asked (interim or not) first
        held.sort(key=lambda row: told.get(row[2], ""))
        held.sort(key=lambda row: interim != bool(INTERIM.search(row[1])))
    out: list[Holder] = []
    seen: set[str] = set()
    for key, text, pid in held:
        if key not in seen:
            seen.add(key)
            # (an interim post made permanent is the post)
            role = INTERIM.sub("", text).strip() if key in kept else text
            out.append(
                Holder(entity=by_key[key], role=role, passage_id=pid, weight=1.0, named_org=False)
            )
    return out
