"""Which organisations are named near a title's holder, worked out once per role row when
the index is built.

A role naming no organisation ("chief executive Lucien Pardoe said …"), in an article whose
title names the one a question asks about, counts as that organisation's unless another is
named near the holder: before them in the passage, in their own clause after them, or, when
they are the first the passage names outright, in the passage before ("Its rival is
Bramble. Chief executive Lucien Pardoe said …"). Reading every such row's passages and
mentions on every question cost a role question at 100,000 articles a third of its time
(16 of 47 ms for "who is the president of openai"), and whether the passage names the
asked organisation a tenth; so the build keeps, per role row, the organisations near its
holder and those its passage names (`roles.near`, `roles.here`), and a question only
checks the asked one against them.

"Chief executive Satya Nadella, whose company Microsoft …" is Microsoft's; "CTO Greg
Brockman … to seek funding, warning them that … Google" is not Google's: past the end of
the holder's clause, a company is what the sentence goes on to talk about.
"""

import functools
import re
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from knowledge.facts import entity_from_row
from knowledge.model import EntityInfo

_CHUNK = 500  # role rows read at a time (their passages' mentions in one query)


@dataclass(frozen=True, slots=True)
class Named:
    """One entity a passage names, in text order: whether it is an organisation, and whether
    the passage only points at it ("the company")."""

    key: str
    org: bool
    implicit: bool


def orgs_near(
    order: list[Named],
    before: list[Named],
    holder: str,
    text: str,
    entities: Mapping[str, EntityInfo],
    before_text: str = "",
) -> set[str]:
    """The organisations near `holder` in a passage naming `order` (with `text`) whose
    previous passage names `before` (with `before_text`, when known): named before the
    holder; in the passage before, when the holder is the first the passage names outright,
    near its start (not one that passage names only as another party, "funding from
    Foxmoor Partners"); named after the holder, in the holder's own clause. A holder not
    among the passage's mentions has every organisation in either passage near."""
    earlier = {
        n.key for n in before if n.org and not _other_party(before_text, entities.get(n.key))
    }
    at = next((i for i, n in enumerate(order) if n.key == holder), -1)
    if at < 0:
        return {n.key for n in order if n.org} | earlier
    near = {n.key for n in order[:at] if n.org}
    if all(n.implicit for n in order[:at]) and _opens(text, entities.get(holder)):
        near |= earlier
    for later in dict.fromkeys(n.key for n in order[at + 1 :] if n.org and n.key not in near):
        if in_clause(text, entities.get(holder), entities.get(later)) and not _formerly(
            text, entities.get(later)
        ):
            near.add(later)
    return near


# Where the sentence before names an organisation as the other party to what it tells: "had
# secured $120 million in new funding from Foxmoor Partners", "a deal with Orinda"
_OTHER_PARTY_BEFORE_RE = re.compile(r"\b(?:from|with|by|through|to|against)\s+(?:the\s+)?$")


def _other_party(text: str, org: EntityInfo | None) -> bool:
    """Whether `text` names `org` only after a word making it the other party ("funding from
    Foxmoor Partners"): not the company a title's holder, opening the next sentence
    ("Chief executive Imogen Tazewell called the deal …"), carries on from."""
    if not text or org is None:
        return False
    folded, at, named = text.casefold(), 0, False
    while (found := _first_named(folded, _spellings(org), at)) is not None:
        named = True
        if not _OTHER_PARTY_BEFORE_RE.search(folded, max(0, found[0] - 12), found[0]):
            return False
        at = found[1]
    return named


_FORMER_BEFORE_RE = re.compile(
    r"\b(?:former|ex|previously|formerly|once)\W+(?:[\w-]+\s+)?$"
    # ("a former deputy administrator at the National Oceanic and Atmospheric
    # Administration": where the title the holder had was, up to the body's name)
    r"|\b(?:former|ex|previously|formerly)\W+(?:(?!who\b|which\b|that\b)[\w-]+\s+){1,4}"
    r"(?:at|of|with|from)\s+(?:the\s+)?(?:[\w&'’-]+\s+(?:and\s+|of\s+)?){0,4}$"
)


# "…, who had run Castellane's automation division," "who had spent twelve years at the
# World Bank": a clause of what the holder had done before, up to the organisation
_HAD_BEFORE_RE = re.compile(r"\bwho had (?!been (?:named|appointed|elected)\b)[^,;:.()]*$")


def _formerly(text: str, other: EntityInfo | None) -> bool:
    """Whether `other` is named as where someone was before ("a former Calloway finance
    executive who had joined the board …, was elected chair", "…, who had run Castellane's
    automation division, as permanent chief executive"): not the post's organisation."""
    folded = text.casefold()
    at = None if other is None else _first_named(folded, _spellings(other))
    return at is not None and (
        _FORMER_BEFORE_RE.search(folded, max(0, at[0] - 100), at[0]) is not None
        or _HAD_BEFORE_RE.search(folded, max(0, at[0] - 90), at[0]) is not None
    )


def in_clause(text: str, holder: EntityInfo | None, other: EntityInfo | None) -> bool:
    """Whether `other` (named after `holder` in `text`) is named in the holder's own clause.
    A holder named by a pronoun, or another only pointed at ("the company"), counts as in
    it: where the clause ends, or where the other is, is not known."""
    folded = text.casefold()
    placed = None if holder is None else _first_named(folded, _spellings(holder))
    if placed is None:
        return True
    ends = _clause_end(text if len(text) == len(folded) else folded, placed[1])
    at = None if other is None else _first_named(folded, _spellings(other), placed[1])
    return at is None or at[0] < ends


def _clause_end(text: str, after: int) -> int:
    """Where the clause of a holder named just before `after` ends (the text's end if it
    does not). A participle right after the holder is theirs (", speaking for Bramble,"),
    one after what the sentence says of them someone else's (", warning them that …")."""
    for end in _CLAUSE_END_RE.finditer(text, after):
        between = _PARENTHESES_RE.sub("", text[after : end.start()]).strip()
        if end.group("ing") and not between:
            continue
        return end.start()
    return len(text)


_PARENTHESES_RE = re.compile(r"\([^)]*\)")
# Where the clause naming a title's holder ends, after the holder: a clause of its own
# (", warning them that …", "; …", " — …", ", while …") or a comparison ("more than
# giants like Google": others, set against). A relative clause (", whose company …",
# ", who runs …", " — who runs …"), an apposition (", a former …") or what the holder does
# ("said Bramble would …") is still the holder's: a company there may be theirs. Read on the
# text as written: "-ing" words in lower case ("Sterling Robotics" is no participle).
_CLAUSE_END_RE = re.compile(  # each alternative opens on punctuation or a space: quick to scan
    r"[;:!?]|,\s+(?:(?P<ing>[a-z]+ing)|and|but|or|so|yet|while|whereas|as|after|before|because|"
    r"since|when|although|though|if|unless|until|according)\b"
    r"|\s(?:(?:[\u2013\u2014]|--?)(?!\s*(?:who|whose|which|whom)\b)|than\s|like\s|such as\s)"
)


def _first_named(text: str, spellings: tuple[str, ...], start: int = 0) -> tuple[int, int] | None:
    """Where (start, end) `text` (casefolded) first names one of `spellings` as a whole word,
    from `start` on (the longest where two start alike)."""
    best: tuple[int, int] | None = None
    for spelled in spellings:
        at = text.find(spelled, start)
        while at >= 0 and not _whole(text, at, at + len(spelled)):
            at = text.find(spelled, at + 1)
        if at >= 0 and (
            best is None or at < best[0] or (at == best[0] and at + len(spelled) > best[1])
        ):
            best = (at, at + len(spelled))
    return best


def _whole(text: str, start: int, end: int) -> bool:
    r"""Whether text[start:end] is no part of a longer word (as a pattern's (?<!\w), (?!\w))."""
    return not (start > 0 and _word_char(text[start - 1])) and not (
        end < len(text) and _word_char(text[end])
    )


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_OPENING = 40  # characters: a holder named this early opens the passage


def _opens(text: str, holder: EntityInfo | None) -> bool:
    """Whether the holder is named where the passage opens ("Chief executive Lucien Pardoe
    said …", carrying on from the passage before), not late in it ("… the board reversed
    itself and reinstated Solvang-Reyes", a sentence of its own)."""
    if holder is None:
        return True
    folded = text.casefold()
    placed = _first_named(folded, _spellings(holder))
    # (not one named as who did what the sentence opens on: "The five-member board was
    # completed by Helen Ashdown, … who became chair")
    return placed is None or (
        placed[0] < _OPENING and not _AGENT_BEFORE_RE.search(folded, 0, placed[0])
    )


_AGENT_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+\s+){0,2}?[a-z]+ed\s+by\s+$")


@functools.lru_cache(maxsize=65536)
def _spellings(entity: EntityInfo) -> tuple[str, ...]:
    """The entity's spellings, casefolded (a pattern compiled per entity cost the build
    more than the rest of this module's work)."""
    return tuple(sorted({entity.name.casefold(), *(a.casefold() for a in entity.aliases)} - {""}))


def build(conn: sqlite3.Connection) -> None:
    """Fill each role row's `near` and `here`: the organisations named near its holder and
    those its passage names, each a number in `org_sets` (a set of organisation keys,
    space-separated; a few thousand sets serve every row, where the keys themselves took
    20 bytes a row). NULL for none."""
    conn.execute("CREATE TABLE org_sets (id INTEGER PRIMARY KEY, orgs TEXT NOT NULL)")
    numbers: dict[str, int] = {}
    entities: dict[str, EntityInfo] = {}
    rows = conn.execute("SELECT id, entity_key, passage_id FROM roles ORDER BY passage_id, id")
    while chunk := [(int(i), str(k), int(p)) for i, k, p in rows.fetchmany(_CHUNK)]:
        found = list(_orgs_of(conn, chunk, entities))
        conn.executemany(
            "UPDATE roles SET near = ?, here = ? WHERE id = ?",
            [
                (_number(near, numbers), _number(here, numbers), row_id)
                for row_id, near, here in found
            ],
        )
    conn.executemany("INSERT INTO org_sets VALUES (?, ?)", ((n, o) for o, n in numbers.items()))


def _number(orgs: set[str], numbers: dict[str, int]) -> int | None:
    if not orgs:
        return None
    said = " ".join(sorted(orgs))
    return numbers.setdefault(said, len(numbers) + 1)


def _orgs_of(
    conn: sqlite3.Connection, chunk: list[tuple[int, str, int]], entities: dict[str, EntityInfo]
) -> Iterator[tuple[int, set[str], set[str]]]:
    """Each role row's organisations near its holder and in its passage, for rows with any."""
    passages = sorted({p for _i, _k, p in chunk} | {p - 1 for _i, _k, p in chunk})
    marks = ",".join("?" * len(passages))
    named: dict[int, list[Named]] = {}
    for passage_id, key, kind, implicit in conn.execute(
        "SELECT m.passage_id, n.key, n.kind, m.implicit FROM mentions m "
        f"JOIN entities n ON n.id = m.entity WHERE m.passage_id IN ({marks}) "
        "ORDER BY m.passage_id, m.ord",
        passages,
    ):
        named.setdefault(int(passage_id), []).append(
            Named(key=str(key), org=kind == "org", implicit=bool(implicit))
        )
    # a passage's words are read only when an organisation is named after the holder, or
    # the one before it names one the holder may carry on from
    wanted = sorted(
        {
            p
            for _i, k, p in chunk
            if _org_after(named.get(p, []), k)
            or (_named_first(named.get(p, []), k) and any(n.org for n in named.get(p - 1, [])))
        }
    )
    # (and the one before, for the organisations it names as another party)
    texts = _texts(conn, sorted({*wanted, *(p - 1 for p in wanted)}))
    _load(
        conn,
        {k for _i, k, p in chunk if p in texts}
        | _later_orgs(named, [*wanted, *(p - 1 for p in wanted)]),
        entities,
    )
    for row_id, key, passage_id in chunk:
        order = named.get(passage_id, [])
        here = {n.key for n in order if n.org}
        near = orgs_near(
            order,
            named.get(passage_id - 1, []),
            key,
            texts.get(passage_id, ""),
            entities,
            texts.get(passage_id - 1, ""),
        )
        if near or here:
            yield row_id, near, here


def _named_first(order: list[Named], holder: str) -> bool:
    at = next((i for i, n in enumerate(order) if n.key == holder), -1)
    return at >= 0 and all(n.implicit for n in order[:at])


def _org_after(order: list[Named], holder: str) -> bool:
    at = next((i for i, n in enumerate(order) if n.key == holder), -1)
    return at >= 0 and any(n.org for n in order[at + 1 :])


def _later_orgs(named: Mapping[int, list[Named]], passages: list[int]) -> set[str]:
    return {n.key for p in passages for n in named.get(p, []) if n.org}


def _texts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        int(i): str(t)
        for i, t in conn.execute(f"SELECT id, text FROM passages WHERE id IN ({marks})", ids)
    }


def _load(conn: sqlite3.Connection, keys: set[str], entities: dict[str, EntityInfo]) -> None:
    """The entities of `keys` not read yet, into `entities` (by key)."""
    missing = sorted(keys - entities.keys())
    for start in range(0, len(missing), _CHUNK):
        part = missing[start : start + _CHUNK]
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        for row in cursor.execute(
            "SELECT key, name, kind, aliases FROM entities "
            f"WHERE key IN ({','.join('?' * len(part))})",
            part,
        ):
            entities[str(row["key"])] = entity_from_row(row)
