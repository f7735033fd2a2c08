"""Who holds a role: "who is the ceo of openai", "who runs deepmind", "the chief scientist".

The extractor keeps every role an article gives a person ("OpenAI CEO Sam Altman", "board
chair Helga Marsh", "the then-president of Y Combinator"). A question that asks for a role
holder, and says nothing else the role texts could not say, is answered from those roles
rather than from whichever sentence shares the most words; the same look-up turns "the chief
scientist" in "when did the chief scientist quit" into the person it means.
"""

import functools
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from knowledge.answering import lexicon
from knowledge.answering.frame import Frame, Term
from knowledge.model import EntityInfo
from knowledge.role_families import FAMILIES as _FAMILIES
from knowledge.role_families import FAMILY_IDS
from knowledge.role_families import INTERIM as _INTERIM
from knowledge.role_families import PAST as _PAST
from knowledge.role_families import REMOVED as _REMOVED
from knowledge.role_families import VICE as _VICE
from knowledge.role_families import folded as _folded
from knowledge.role_families import says as _says
from knowledge.role_families import words_re as _words_re
from knowledge.roles import BODIES, normalize

_PAST_QUESTION = re.compile(
    r"\b(?:was|were|used to|back then|at the time|first|originally|"
    # ("who ran the place temporarily": a past holder)
    r"ran|led|headed|chaired)\b"
)
# Words of a role question that ask when, not what ("these days"; "original", "founding":
# the first holder, which knowledge.answering.pipeline reads them as)
_IGNORED = frozenset(
    "back then now currently today still days nowadays presently anymore original "
    "originally initial initially founding inaugural".split()
)


@dataclass(frozen=True, kw_only=True)
class Holder:
    """A person holding the asked role, the passage that says so, and how sure that is."""

    entity: EntityInfo
    role: str
    passage_id: int
    weight: float
    named_org: bool
    # what all their roles give it and the latest publication among those roles, set when
    # ranked (of their first rows only, for a busy holder settled from them: see `leading`)
    support: float = field(default=0.0, compare=False)
    latest: str = field(default="", compare=False)


def asks_past(frame: Frame) -> bool:
    """Whether the question asks of a role held before ("who was the cto", "the former
    ceo"), not of who holds it now."""
    lowered = frame.english.casefold()
    return bool(_PAST_QUESTION.search(lowered) or _PAST.search(lowered))


# Titles a question may spell out, by the family word they are
_SPELLED_OUT = {
    "chief executive officer": "ceo",
    "chief technology officer": "cto",
    "tech chief": "cto",
    "technology chief": "cto",
    "in charge": "ceo",
    "running the show": "run",
    "run the show": "run",
    "runs the show": "run",
    "ran the show": "run",
    "calling the shots": "run",
    "calls the shots": "run",
    "chief financial officer": "cfo",
    "chief product officer": "cpo",
    "chief operating officer": "coo",
    # ("who ran the tech side": the chief technology officer)
    "tech side": "cto",
    "technical side": "cto",
    "technology side": "cto",
    "tech team": "cto",
    "technology team": "cto",
    "head of tech": "cto",
    "head of technology": "cto",
    # ("who took over the money side", "who was running the board"; not "led the board", as
    # in "who led the board vote")
    "money side": "cfo",
    "finance side": "cfo",
    "financial side": "cfo",
    "finance chief": "cfo",
    "head of finance": "cfo",
    "run the board": "chair",
}


def _lemma(term: Term) -> str:
    """The family word a term stands for: itself or its lemma, or the short form of a title
    spelled out ("chief financial officer" is the "cfo" family's)."""
    word = term.text.casefold()
    if word in _FAMILIES:
        return word
    spelled = _SPELLED_OUT.get(word)
    return spelled if spelled is not None else lexicon.lemma(word)


# Role words that are nouns: they can stand for a person ("the chief scientist").
_TITLES = frozenset(
    "ceo cto cfo cpo boss head scientist chair chairman president founder co-founder".split()
) | {"chief scientist", "chief executive", "executive director", *_SPELLED_OUT}


# Verbs of a founding are events with actors ("Musk co-founded OpenAI with Sam Altman"):
# "who founded X" is answered from the sentences that tell it, not from role titles.
_EVENT_VERBS = frozenset("found co-found start create".split())


def role_terms(frame: Frame, *, titles_only: bool = False, held: bool = False) -> tuple[Term, ...]:
    """The question's terms that name a role ("ceo", "runs", "founder"); with `titles_only`,
    only the nouns that can stand for the person ("the ceo", not "founding"); with `held`,
    not the verbs of an event ("founded")."""
    found = tuple(
        t
        for t in frame.terms
        if t.entity is None
        and _lemma(t) in _FAMILIES
        and (not titles_only or t.text.casefold() in _TITLES)
        and (not held or _lemma(t) not in _EVENT_VERBS)
    )
    if any(t.text.casefold() in _SPELLED_OUT or t.text.casefold() in _TITLES for t in found):
        # "who ran the tech side": "ran" says only that the post was held
        return tuple(t for t in found if t.text.casefold() not in _RUN_VERBS) or found
    return found


# Verbs that say a post is held, not which: "ran", "led"
_RUN_VERBS = frozenset("run runs ran running lead leads led heads headed".split())


def holds_a_post(term: Term) -> bool:
    """A verb saying only that a post is held ("running" in "who was running leafline as
    ceo"), which a title beside it names."""
    return term.text.casefold() in _RUN_VERBS


def titles(terms: tuple[Term, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for term in terms:
        out.extend(_FAMILIES[_lemma(term)])
    return tuple(dict.fromkeys(out))


def holders(
    conn: sqlite3.Connection,
    frame: Frame,
    entities: Mapping[str, EntityInfo],
    *,
    roles: tuple[Term, ...],
    extra: tuple[Term, ...] = (),
    former: bool = False,
    top: int | None = None,
    stand_ins: bool = False,
) -> list[Holder]:
    """People whose roles match `roles` (and name the question's organisation and every word
    of `extra`), best supported first; with `top`, the first `top` of them. Present-tense
    questions skip former and interim roles unless `former` ("when did the chief scientist
    quit" is about whoever held it)."""
    families = {FAMILY_IDS[_FAMILIES[_lemma(t)]] for t in roles}
    family = families.pop() if len(families) == 1 and _counted(conn) else None
    weigh = _Weighing(
        conn,
        frame,
        entities,
        roles=roles,
        extra=extra,
        former=former,
        family=family,
        stand_ins=stand_ins,
    )
    if top is None or family is None:
        return _ranked(weigh(None), top)
    saying = _saying_extras(conn, family, extra, past=weigh.gathered_past) if extra else None
    if saying is not None:  # only they may hold it: weighed at once
        people = [key for key in saying if weigh.may_hold(key)]
        return _ranked(weigh(people) if people else {}, top)
    return _ranked(_likeliest(conn, weigh, family, top, past=weigh.gathered_past), top)


_PLAIN_WORDS_RE = re.compile(r"[a-z0-9]+(?:[ '-][a-z0-9]+)*")
_EXTRA_PASSAGES = 20_000  # more passages with a word than this: the counts are the quicker
_EXTRA_PEOPLE = 2_000  # more people than this in them: likewise


def _saying_extras(
    conn: sqlite3.Connection, family: int, extra: tuple[Term, ...], *, past: bool
) -> list[str] | None:
    """The people with a role of the family (that may count) in a passage saying every one of
    the question's other words ("who was the interim ceo"), found through the full-text
    index: a role only counts when it or its passage says them, and a role's words are its
    passage's (but for a name in parentheses: "his co-founder (Musk)"). None when the index
    cannot tell (a word not plain ASCII as asked, a role text with parentheses saying one)
    or a word is too common for this to be the quicker way. (A passage spelling a word with
    a ligature or a long s is not found by the index, though case folding would read it;
    nor is "straße" by "strasse", its case folding: the index keeps "straße".)"""
    if not all(f.isascii() for t in extra for f in (t.text, *t.forms)):
        return None
    said = [tuple(dict.fromkeys(f.casefold() for f in (t.text, *t.forms))) for t in extra]
    if not all(_PLAIN_WORDS_RE.fullmatch(f) for forms in said for f in forms):
        return None
    counts = "ever" if past else "now"
    for (text,) in conn.execute(
        f"SELECT text FROM role_family_texts WHERE family = ? AND {counts} "
        "AND instr(text, '(') > 0",
        (family,),
    ):
        if any(_says(text, forms) for forms in said):
            return None
    for forms in said:
        marks = ",".join("?" * len(forms))
        (passages,) = conn.execute(
            f"SELECT coalesce(sum(passages), 0) FROM vocabulary WHERE word IN ({marks})", forms
        ).fetchone()
        if passages > _EXTRA_PASSAGES:
            return None
    match = " AND ".join(
        "(" + " OR ".join('"' + f.replace("'", " ").replace("-", " ") + '"' for f in forms) + ")"
        for forms in said
    )
    people = [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT r.entity_key FROM (SELECT rowid AS id FROM passages_fts "
            "WHERE passages_fts MATCH ?) p JOIN roles r ON r.passage_id = p.id "
            f"WHERE r.text IN (SELECT text FROM role_family_texts WHERE family = ? AND {counts}) "
            f"LIMIT {_EXTRA_PEOPLE + 1}",
            (match, family),
        )
    ]
    return sorted(people) if len(people) <= _EXTRA_PEOPLE else None


@dataclass(frozen=True, kw_only=True)
class _Weighed:
    """A person's best role for the question, with the support all their roles give it."""

    holder: Holder
    support: float
    latest: str  # the latest publication among those roles
    first: int  # the role row that first gave it: ties keep the rows' order


_BATCH = 32  # people weighed at a time at first, likeliest first (a batch is one query)
_GROWTH = 0.5  # later batches: half as many people as weighed so far (fewer queries)
_SCARCE = 3 * _BATCH  # people weighed before few holders among them means few in all
_HEAVY = 512  # a person with more rows than this is weighed from their first ones …
_ROW_CAP = 512  # … this many, when that settles their rank


def _likeliest(
    conn: sqlite3.Connection, weigh: "_Weighing", family: int, top: int, *, past: bool
) -> dict[str, _Weighed]:
    """The people weighed, likeliest first, until no one left could be among the `top`:
    the build counts each person's role rows that may count towards the family's titles
    (`role_families`, knowledge.role_families.may_count), and a row gives at most 2 (1
    when no organisation is asked), so a person with n such rows can give no more than
    that many times n. Reading the counts in falling order, the weighing stops once `top`
    people beat the next count's ceiling.
    With an organisation asked, people whose roles name it push out all others, so the
    stop waits for one of them. Once half the family's rows are weighed unsettled (many
    people with few roles), or the first _SCARCE people hold fewer than `top` (none naming
    the organisation, or saying the question's other words), everyone not yet weighed is
    weighed at once: one pass over the rest costs less than batches of a few people."""
    ceiling = 2.0 if weigh.orgs else 1.0
    weighed: dict[str, _Weighed] = {}
    done: list[str] = []
    batch: list[str] = []
    rows = batch_rows = 0  # role rows of the people weighed, and of those in `batch`
    total: int | None = None  # the family's rows, read when first needed
    people: Iterator[_Count] = (
        c for c in _counts(conn, family, past=past) if weigh.may_hold(c.key)
    )
    # the busiest holders first, each from their first rows alone while that settles them
    lead = next(people, None)
    while lead is not None and lead.n > _HEAVY:
        after = next(people, None)
        settled = weigh.leading(lead.key, beat=ceiling * (after.n if after else 0))
        if settled is None:
            people = itertools.chain([lead] if after is None else [lead, after], people)
            break
        weighed.update(settled)
        done.append(lead.key)
        rows += lead.n
        lead = after
    else:
        people = itertools.chain([] if lead is None else [lead], people)
    bar = _bar(weighed, top, wait_for_named=bool(weigh.orgs))
    for count in people:
        n, key = count.n, count.key
        if bar is not None and -ceiling * n > bar[0]:
            break  # no one from here on can even tie on support (the counts only fall)
        if bar is not None and not _may_beat(count, ceiling, bar):
            continue  # at best a tie on support, lost on the date or the row order
        if len(batch) >= max(_BATCH, int(len(done) * _GROWTH)):
            weighed.update(weigh(batch))
            done += batch
            rows, batch, batch_rows = rows + batch_rows, [], 0
            if _settled(weighed, top, ceiling * n, wait_for_named=bool(weigh.orgs)):
                return weighed
            bar = _bar(weighed, top, wait_for_named=bool(weigh.orgs))
            if bar is not None and not _may_beat(count, ceiling, bar):
                continue
            # few of the likeliest hold it (the title is said of others, or the organisation
            # or the question's other words seldom with it): the rest at once
            scarce = (
                len(done) >= _SCARCE
                and len(_contenders(weighed, wait_for_named=bool(weigh.orgs))) < top
            )
            total = _family_rows(conn, family) if total is None else total
            if scarce or rows * 2 >= total:
                return {**weighed, **weigh(None, besides=done)}
        batch.append(key)
        batch_rows += n
    if batch:
        weighed.update(weigh(batch))
    return weighed


def _family_rows(conn: sqlite3.Connection, family: int) -> int:
    """How many role rows the family has (of either tense, and roles left)."""
    (found,) = conn.execute(
        "SELECT count(*) FROM role_family_rows WHERE family = ?", (family,)
    ).fetchone()
    return int(found)


@dataclass(frozen=True, kw_only=True, slots=True)
class _Count:
    """A person's role rows that may count towards a family's titles: how many, the latest
    publication among them and the first row's number (what a tie on support is decided by:
    bounds on those of the rows that count for a question)."""

    n: int
    key: str
    latest: str
    first: int


def _counts(conn: sqlite3.Connection, family: int, *, past: bool) -> Iterator[_Count]:
    """Each person's count for the family, most rows first; people with none are not
    there."""
    for n, key, latest, first in conn.execute(
        "SELECT n, entity_key, latest, first FROM role_families WHERE family = ? AND past = ? "
        "ORDER BY n DESC, entity_key DESC",
        (family, int(past)),
    ):
        yield _Count(n=int(n), key=str(key), latest=str(latest), first=int(first))


def _rank_key(support: float, latest: str, first: int) -> tuple[float, int, int]:
    """The order of `_ranked`: best supported, then the latest, then the first row."""
    return (-support, -date_key(latest), first)


def _bar(
    weighed: Mapping[str, _Weighed], top: int, *, wait_for_named: bool
) -> tuple[float, int, int] | None:
    """The rank key of the `top`-th of those who may be among the holders, once there are
    that many: anyone not yet weighed must be able to beat it to matter. (With an
    organisation asked, only those naming it may be; else everyone: so the pool never
    changes its kind, and the bar only rises.)"""
    pool = _contenders(weighed, wait_for_named=wait_for_named)
    if len(pool) < top:
        return None
    keys = sorted(_rank_key(w.support, w.latest, w.first) for w in pool)
    return keys[top - 1]


def _may_beat(count: _Count, ceiling: float, bar: tuple[float, int, int]) -> bool:
    """Whether a person not yet weighed could rank before `bar`: the most their rows can
    give, their latest publication and their first row bound their own."""
    return _rank_key(ceiling * count.n, count.latest, count.first) < bar


def _counted(conn: sqlite3.Connection) -> bool:
    """Whether this index keeps role rows by family (an index built before it does not)."""
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name IN ('role_families', 'role_family_texts', 'role_family_rows', "
        "'role_family_gone')"
    ).fetchone()
    return bool(found == 4)


def _contenders(weighed: Mapping[str, _Weighed], *, wait_for_named: bool) -> list[_Weighed]:
    """The people weighed who may be among the holders: those naming the organisation when
    any does (or must, with `wait_for_named`), else all."""
    named = [w for w in weighed.values() if w.holder.named_org]
    return named if named or wait_for_named else list(weighed.values())


def _settled(
    weighed: Mapping[str, _Weighed], top: int, next_most: float, *, wait_for_named: bool
) -> bool:
    """Whether no one not yet weighed, giving at most `next_most`, can be among the `top`."""
    pool = _contenders(weighed, wait_for_named=wait_for_named)
    if len(pool) < top:
        return False
    supports = sorted((w.support for w in pool), reverse=True)
    return next_most < supports[top - 1]


def _ranked(weighed: Mapping[str, _Weighed], top: int | None) -> list[Holder]:
    """Best supported first, then the latest, then in the rows' order; only the ones naming
    the asked organisation when any does ("OpenAI CEO", not "Microsoft's CEO" beside it)."""
    ranked = sorted(weighed.values(), key=lambda w: (-w.support, -date_key(w.latest), w.first))
    if any(w.holder.named_org for w in ranked):
        ranked = [w for w in ranked if w.holder.named_org]
    return [replace(w.holder, support=w.support, latest=w.latest) for w in ranked[:top]]


@dataclass(frozen=True, kw_only=True)
class _Reading:
    """What a role's text says for a question: the role as it counts (an interim title made
    permanent is the title), or the title left (`left`); whether it names an asked
    organisation, or (`plain`) none at all."""

    role: str
    left: bool
    named: bool
    plain: bool
    # a title the question's words reach only by the way ("president" for "who runs it"),
    # where the family's own ("chief executive") is asked too: counted at half
    aside: bool = False


# The titles a company's head is asked by first: the others of a family with them ("who
# runs it": also a president, a head) count less
_HEAD_TITLES = ("ceo", "chief executive")
_ASIDE_WEIGHT = 0.5


class _Weighing:
    """Weighs the roles of some people (or of everyone) for one question."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        frame: Frame,
        entities: Mapping[str, EntityInfo],
        *,
        roles: tuple[Term, ...],
        extra: tuple[Term, ...],
        former: bool,
        family: int | None,
        stand_ins: bool = False,
    ) -> None:
        self.conn = conn
        # a stand-in's title counts as held now (asked who runs it now when no one holds it
        # but an interim chief executive); the rows are then read as for a past question
        self.family = family
        self.entities = entities
        self.extra = extra
        self.wanted = titles(roles)
        head = tuple(t for t in self.wanted if t in _HEAD_TITLES)
        self.head = head if head and len(head) < len(self.wanted) else ()
        self.orgs = [e for e in frame.entities if e.kind == "org"]
        # each organisation's spellings as `_says` reads them (lower case)
        self.spellings = [
            tuple(dict.fromkeys(a.casefold() for a in (o.name, *o.aliases))) for o in self.orgs
        ]
        # every spelling at once, for the thousands of article titles a question reads
        self.any_spelling = tuple(dict.fromkeys(w for spelled in self.spellings for w in spelled))
        self.asked = {e.key for e in frame.entities}
        self.past = former or asks_past(frame)
        self.stand_ins = stand_ins and not self.past
        self.gathered_past = self.past or self.stand_ins
        # the bodies the question asks about ("who chairs the ethics committee"): a post at
        # another body is not the company's ("new chair of Tessel's works council")
        self.bodies = frozenset(_BODY_RE.findall(frame.english.casefold()))
        self.about: dict[str, bool] = {}  # article title -> it names the asked organisation
        self.readings: dict[tuple[str, bool], _Reading | None] = {}

    def may_hold(self, key: str) -> bool:
        """Whether `key` is a person the question does not name."""
        entity = self.entities.get(key)
        return entity is not None and entity.kind == "person" and key not in self.asked

    def read(self, text: str, confirmed: bool) -> "_Reading | None":
        """What a role's text alone says for the question (once per text: a title is said in
        thousands of rows); None when it does not count."""
        if (text, confirmed) not in self.readings:
            self.readings[text, confirmed] = self._read(text, confirmed)
        return self.readings[text, confirmed]

    def _read(self, role: str, confirmed: bool) -> "_Reading | None":
        if not _says(role, self.wanted):
            return None
        if not set(_BODY_RE.findall(role.casefold())) <= self.bodies:
            return None
        gone = _REMOVED.match(role)
        if gone:
            title = role[gone.end() :].removesuffix(")")
            return _Reading(
                role=title,
                left=True,
                named=any(_names(title, spelled) for spelled in self.spellings),
                plain=bool(self.orgs) and not _names_an_org(title),
            )
        if confirmed:  # an interim title made permanent is the title
            role = _INTERIM.sub("", role).strip()
        if (
            not self.past
            and _PAST.search(role)
            and not (self.stand_ins and not _PAST.search(_INTERIM.sub("", role)))
        ):
            return None
        vice = _VICE.sub("", role)
        if vice != role and not _says(vice, self.wanted):
            return None  # a vice president is not the president
        return _Reading(
            role=role,
            left=False,
            named=any(_names(role, spelled) for spelled in self.spellings),
            plain=bool(self.orgs) and not _names_an_org(role),
            aside=bool(self.head) and not _says(role, self.head),
        )

    def titled(self, title: str) -> bool:
        """Whether an article's title names an asked organisation (one test of every
        spelling, as naming any one of them is)."""
        found = self.about.get(title)
        if found is None:
            found = self.about[title] = bool(self.any_spelling) and _named_not_aside(
                title, self.any_spelling
            )
        return found

    def leading(self, key: str, *, beat: float) -> dict[str, _Weighed] | None:
        """One busy person weighed from their first _ROW_CAP rows that may count (and every
        role they left), when that settles where they rank: their best role is already one
        naming the asked organisation (no later row can be better), they still hold it, and
        the support of those rows alone is more than `beat`, the most anyone after them can
        have. Their ranking is then that of all their rows (the support only grows), and so
        are the role and passage shown; else None, and they are weighed in full."""
        if self.family is None:
            return None
        found = self([key], head=_ROW_CAP).get(key)
        if found is None or found.holder.weight < (2.0 if self.orgs else 1.0):
            return None  # a later row might name the organisation, or was it all left?
        return {key: found} if found.support > beat else None

    def __call__(
        self, keys: Sequence[str] | None, *, besides: Sequence[str] = (), head: int = 0
    ) -> dict[str, _Weighed]:
        """The roles of `keys` (of everyone but `besides` when None) weighed: each person's
        best role and the support all of theirs give it (with `head`, of their first `head`
        rows that may count, and all the roles they left)."""
        conn, orgs, wanted, past, extra = self.conn, self.orgs, self.wanted, self.past, self.extra
        entities, titled = self.entities, self.titled
        # each row says whether its passage names an asked organisation (looked up row by
        # row in the mentions, by passage: not every passage naming a large one, read in)
        rows, org_here = _roles_saying(
            conn,
            wanted,
            [o.key for o in orgs],
            keys,
            self.family,
            past=self.gathered_past,
            with_text=bool(extra),
            besides=besides,
            head=head,
        )
        best: dict[str, Holder] = {}
        support: dict[str, float] = {}
        latest: dict[str, str] = {}
        first: dict[str, int] = {}
        # (role text, passage): the roles each person left, and the ones they held
        left: dict[str, list[tuple[str, int]]] = {}
        held: dict[str, list[tuple[str, int]]] = {}
        published_of: dict[int, str] = {}
        title_of: dict[int, str] = {}  # (the passages of one article: its title and date)
        best_text: dict[str, str] = {}  # the role text each best holder's row says
        acting = [row for row in rows if not past and _INTERIM.search(row[1])]
        confirmed = _made_permanent(conn, {row[0] for row in acting})
        reads = [self.read(r[1], r[0] in confirmed) if self.may_hold(r[0]) else None for r in rows]
        asked_orgs = {o.key for o in orgs}
        for (key, text, passage_id, passage, published, title, row_id, near), read in zip(
            rows, reads, strict=True
        ):
            if read is None:
                continue
            published_of[passage_id] = str(published or "")
            title_of[passage_id] = str(title or "")
            role = read.role
            if read.left:  # "removed as chief executive": no longer holds it...
                left.setdefault(key, []).append((role, passage_id))
                if not past:
                    continue  # (but held it before: "who was the first ceo")
            # A role naming no organisation, in an article whose title names the asked one
            # ("Inside Halcyra Labs: …"), is that organisation's: as good as naming it,
            # unless another is named near the holder, as the build found (the one before
            # the holder, in the sentence or (the holder opening it) the one before: "Its
            # rival is Bramble. Chief executive Lucien Pardoe said …"; not "CTO Greg
            # Brockman (now president) … giants like Google")
            named_org = read.named or (
                read.plain
                and titled(title)
                and all(k in asked_orgs for k in near.split())  # (knowledge.holder_orgs)
            )
            if orgs and not named_org and (passage_id not in org_here or not read.plain):
                # (a role saying whose it is, another's: "Glimmerbox's chief executive" in a
                # sentence about Leafline's customers)
                continue
            if extra and not all(
                # a stand-in's word is the role's own ("the board removed Bose, and Fenn was
                # named interim chief executive": not Bose's)
                _says(
                    role if t.text.casefold() in lexicon.STANDING_IN else f"{role} {passage}",
                    (t.text, *t.forms),
                )
                for t in extra
            ):
                continue
            weight = (2.0 if named_org else 1.0) * (_ASIDE_WEIGHT if read.aside else 1.0)
            support[key] = support.get(key, 0.0) + weight
            latest[key] = max(latest.get(key, ""), str(published or ""))
            held.setdefault(key, []).append((role, passage_id))
            first.setdefault(key, row_id)
            if (
                key not in best
                or weight > best[key].weight
                # asked who holds it now, the sentence saying so is the one to show ("Baptiste,
                # who is now president, …", not "… and Baptiste came back as president")
                or (
                    not past
                    and weight == best[key].weight
                    and _NOW_RE.search(text) is not None
                    and _NOW_RE.search(best[key].role) is None
                    and best[key].passage_id != passage_id
                    and not _NOW_RE.search(best_text.get(key, ""))
                )
            ):
                best_text[key] = text
                best[key] = Holder(
                    entity=entities[key],
                    role=role,
                    passage_id=passage_id,
                    weight=weight,
                    named_org=named_org,
                )
        gone_from = {k: v for k, v in left.items() if k in best}
        if not past and gone_from:  # ...unless given it again later ("fired", "returned")
            dated = passage_dates(conn, [p for k in gone_from for _r, p in (*held[k], *left[k])])

            def timed(roles: list[tuple[str, int]]) -> list[tuple[str, tuple[str, int]]]:
                # when it happened (the passage's own date, else its article's), text order
                return [
                    (_title_key(r), (dated.get(p) or published_of.get(p, ""), p)) for r, p in roles
                ]

            def told_before(since: int, then: int) -> bool:
                # an undated post told earlier in the article than its leaving, which the
                # article dates ("X became chief scientist. … He resigned as chief scientist
                # in the summer of 2021"): given before it was left
                return (
                    since not in dated
                    and then in dated
                    and since < then
                    and title_of.get(since) == title_of.get(then)
                    and published_of.get(since) == published_of.get(then)
                )

            best = {
                k: h
                for k, h in best.items()
                if k not in gone_from
                or not _all_left(timed(held[k]), timed(gone_from[k]), told_before)
            }
        return {
            k: _Weighed(holder=h, support=support[k], latest=latest[k], first=first[k])
            for k, h in best.items()
        }


# A role said of the present: "who is now president", "remains chief executive"
_NOW_RE = re.compile(r"\b(?:now|currently|remains|still)\b")
# Bodies a post may be at besides the company's board and management (and a union)
_BODY_RE = re.compile(rf"\b(?:works council|{BODIES}|union)\b")
# A title naming an organisation only beside its subject: "Quillwater raises $6.5 billion in
# Marrowgate-led round", "… after talks with Halden", "… sues Velmora"
_ASIDE_BEFORE_RE = re.compile(r"\b(?:by|with|from|against|sues|sued|vs\.?|versus)\s+$")
_ASIDE_AFTER_RE = re.compile(r"^[-‐](?:led|backed|funded|owned|based)\b")


def _names(role: str, spellings: tuple[str, ...]) -> bool:
    """Whether a role names the organisation (one of its `spellings`, its full name first),
    not another whose longer name opens on one of its short ones ("Tessera" in "the
    foundation's executive director (Tessera Foundation)" is not Tessera Labs; its full name
    opening one is a part of it: "Kitewell Foundation" of Kitewell)."""
    if not _says(role, spellings):
        return False
    folded = _folded(role)
    return any(
        m.group() == spellings[0]
        or (longer := _LONGER_NAME_RE.match(role, m.end())) is None
        or _TITLE_WORDS_RE.fullmatch(longer["word"])  # ("DeepMind CEO Demis Hassabis")
        for m in _words_re(spellings).finditer(folded)
    )


_LONGER_NAME_RE = re.compile(r" (?P<word>[A-Z][\w&-]*)")


def _named_not_aside(title: str, spellings: tuple[str, ...]) -> bool:
    """Whether the title names the organisation (one of its `spellings`) at least once
    other than as an aside to its subject. (One compiled pattern for every spelling: a
    question at 100,000 articles reads hundreds of titles.)"""
    folded = _folded(title)
    if not any(spelled in folded for spelled in spellings):
        return False
    return any(
        not _ASIDE_BEFORE_RE.search(folded, 0, m.start())
        and not _ASIDE_AFTER_RE.match(folded[m.end() :])
        for m in _words_re(spellings).finditer(folded)
    )


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
    held: list[tuple[str, tuple[str, int]]],
    left: list[tuple[str, tuple[str, int]]],
    told_before: Callable[[int, int], bool] = lambda _since, _then: False,
) -> bool:
    """Every role held was left at or after the time it was given (or told before its
    leaving in the same article, undated: `told_before` of the two passages)."""
    return all(
        any(
            _same_title(title, gone) and (then >= since or told_before(since[1], then[1]))
            for gone, then in left
        )
        for title, since in held
    )


_TITLE_WORDS_RE = re.compile(
    r"\b(?:Chief|Executive|Officer|Technology|Financial|Operating|Product|Scientist|"
    r"President|Vice|Chair|Chairman|Chairwoman|Head|Director|Founder|Co-founder|Board|"
    r"Interim|Acting|Former|CEO|CTO|CFO|COO|CPO)\b"
)
_NAMES_AN_ORG_RE = re.compile(r"\b[A-Z][\w&-]+")
# Capitalized words of a date ("chief executive on March 16, 2026"): no organisation's
_DATE_WORDS_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _names_an_org(role: str) -> bool:
    """Whether a role's text names an organisation: a capitalized word not of a title or a
    date ("Sablewick's chief executive", not "Chief Executive on March 16, 2026")."""
    return (
        _NAMES_AN_ORG_RE.search(_DATE_WORDS_RE.sub("", _TITLE_WORDS_RE.sub("", role))) is not None
    )


_NEARBY = 120  # passages either side of a holder's own in which their other roles are read


def told_nearby(conn: sqlite3.Connection, key: str, passage_id: int) -> list[tuple[str, int]]:
    """A person's roles (text, passage) in the article the passage is in, near it: read by the
    passages' index, so a person with thousands of roles across a large index costs no more
    than one with a few."""
    rows = conn.execute(
        "SELECT text, passage_id, article FROM roles WHERE passage_id BETWEEN ? AND ? "
        "AND +entity_key = ?",  # (the unary plus: by passage, not the person's every row)
        (passage_id - _NEARBY, passage_id + _NEARBY, key),
    ).fetchall()
    article = next((a for _t, pid, a in rows if pid == passage_id), None)
    return [(str(text), int(pid)) for text, pid, a in rows if a == article]


def passage_dates(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
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


_RoleRow = tuple[str, str, int, str, str, str, int, str, str]


def _roles_saying(
    conn: sqlite3.Connection,
    wanted: tuple[str, ...],
    orgs: list[str] | None = None,
    people: Sequence[str] | None = None,
    family: int | None = None,
    *,
    past: bool = True,
    with_text: bool = True,
    besides: Sequence[str] = (),
    head: int = 0,
) -> tuple[list[tuple[str, str, int, str, str, str, int, str]], set[int]]:
    """Role rows (entity, role, passage, its text, published, the article's title, row id,
    the organisations named near its holder and in its passage: knowledge.holder_orgs)
    of `people` (of everyone but `besides` when None) that may say one of `wanted`, in the
    rows' order,
    and the rows' passages that name one of `orgs` (entity keys); the passage's text is ""
    unless `with_text`.
    With `family` (`wanted` is that family's titles), the rows are those whose text the
    build found saying one (`role_family_texts`) and that may count (of the `past` too) or
    are roles left: the others count for no one (everyone's are read by their numbers,
    `role_family_rows`; some people's through the people); else SQLite narrows them to those
    containing one of the words (ASCII case aside; a role with other letters is always
    kept, since case folding may turn them into ASCII ones). Either way a question reads the
    roles it is about, not every role of a large index; `_says` decides."""
    params: list[object] = []
    rows_of, order = "roles r", "r.id"
    if family is not None and people is None:  # everyone's: the family's rows, by number
        counts = "ever" if past else "now"
        rows_of = (
            "role_family_rows x JOIN roles r ON r.id = x.id JOIN role_family_texts f "
            "ON f.family = x.family AND f.text = r.text"
        )
        where = f"x.family = ? AND (f.{counts} OR f.gone)"
        params, order = [family], "x.id"  # the key's order: no sort
    elif family is not None and head and people:  # their first rows that may count
        counts = "ever" if past else "now"
        people_in = ",".join("?" * len(people))
        # (their roles left by number too: read by their text, every row of a busy person's
        # was, 6,000 for one at 100,000 articles, to find the few left)
        rows_of = (
            "(SELECT id FROM (SELECT r.id FROM roles r WHERE r.entity_key IN "
            f"({people_in}) AND r.text IN (SELECT text FROM role_family_texts WHERE family = ? "
            f"AND {counts}) ORDER BY r.id LIMIT {int(head)}) UNION SELECT id FROM "
            f"role_family_gone WHERE family = ? AND entity_key IN ({people_in})) h "
            "JOIN roles r ON r.id = h.id"
        )
        where = "1"
        params = [*people, family, family, *people]
    elif family is not None:  # some people's (by their index): the family's texts
        counts = "ever" if past else "now"
        where = (
            "r.text IN (SELECT text FROM role_family_texts "
            f"WHERE family = ? AND ({counts} OR gone))"
        )
        params = [family]
    elif not wanted or not all(w.isascii() and "'" not in w for w in wanted):
        where = "1"
    else:
        where = " OR ".join("instr(lower(r.text), ?) > 0" for _ in wanted)
        where = f"({where} OR r.text GLOB '*[^ -~]*')"
        params = [w.lower() for w in wanted]
    if people is not None:
        where = f"({where}) AND r.entity_key IN ({','.join('?' * len(people)) or 'NULL'})"
        params = [*params, *people]
    elif besides:
        where += f" AND r.entity_key NOT IN ({','.join('?' * len(besides))})"
        params = [*params, *besides]
    # the passage's text only when asked for (a role question reads thousands of rows; its
    # passage would be a read of its own for each)
    passage = "(SELECT text FROM passages WHERE id = r.passage_id)" if with_text else "''"
    # (the title, and after it the organisation the article is about when its title names
    # none: knowledge.extract._most_named_org; a role naming none counts as that one's, as
    # it would in an article whose title named it)
    found = conn.execute(
        f"SELECT r.entity_key, r.text, r.passage_id, {passage}, a.published, {_TITLE_SQL}, "
        f"r.id, r.near, r.here FROM {rows_of} JOIN articles a ON a.seq = r.article "
        f"WHERE {where} ORDER BY {order}",
        params,
    ).fetchall()
    sets = _org_sets(conn, {n for r in found for n in r[7:] if n is not None})
    asked = set(orgs or ())
    rows = [(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], sets.get(r[7], "")) for r in found]
    # the passages naming an asked organisation (knowledge.holder_orgs: `here`)
    named = {r[2] for r in found if asked and not asked.isdisjoint(sets.get(r[8], "").split())}
    return rows, named


_TITLE_SQL = (
    "a.title || CASE WHEN a.about IS NULL THEN '' ELSE ' ' || char(31) || ' ' || "
    "(SELECT name FROM entities WHERE id = a.about) END"
)


def _org_sets(conn: sqlite3.Connection, numbers: set[int]) -> dict[int, str]:
    """The sets of organisations (keys, space-separated) the build numbered so."""
    wanted = sorted(numbers)
    return {
        int(n): str(o)
        for n, o in conn.execute(
            f"SELECT id, orgs FROM org_sets WHERE id IN ({','.join('?' * len(wanted))})", wanted
        )
    }


@functools.lru_cache(maxsize=65536)
def date_key(published: str) -> int:
    """A date as a number that sorts like it ("2024-02-06" -> 20240206; "2024" ->
    20240000): kept per date, as a role question compares thousands of them."""
    digits = _NOT_DIGIT_RE.sub("", published)[:8]
    return int(digits.ljust(8, "0")) if digits else 0


_NOT_DIGIT_RE = re.compile(r"\D")


# What "ran the place", "ran things", "ran the shop" run: the company, said of no one
_THE_PLACE = frozenset("place things shop outfit operation joint".split())
_SINCE_YEAR_RE = re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def extras(frame: Frame, roles: tuple[Term, ...]) -> tuple[Term, ...]:
    """Words besides the role, the names and the verbs ("combinator", "interim"): the role or
    its sentence must say them too."""
    skip = {t.key for t in roles}
    # ("who has been ceo since 2020": since when, which the holding now says)
    since = {m.group(1) for m in _SINCE_YEAR_RE.finditer(frame.english)}
    return tuple(
        t
        for t in frame.terms
        if t.entity is None
        and t.key not in skip
        and t.text not in since
        and lexicon.group_of(t.text.casefold()) is None
        and t.text.casefold() not in _IGNORED
        and t.text.casefold() not in _THE_PLACE
        and t.text.casefold() not in lexicon.QUESTION_WORDS
        and t.text.casefold() not in lexicon.VAGUE
    )
