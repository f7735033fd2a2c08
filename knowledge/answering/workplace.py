"""Where someone works and what their job is: "where does renwick work now", "where did
albrecht go after he was pushed out", "what's odunsi's job these days", and before: "where
was she before that", "what did he do before".

The articles say it in the person's roles, not in a sentence that uses the question's words
("Renwick resurfaced as chief technology officer of Tallgrass Compute"; "Albrecht joined
Tessary … as president"; "was named chief scientist"). So the extracted roles are read: the
latest one (naming a company, for "where") that the person has not been said to leave
since. Nothing found is no answer here: the question then takes the general path.
"""

import operator
import re
import sqlite3
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from knowledge.answering.frame import EARLIER_QUESTION_RE, Frame, named_in
from knowledge.model import EntityInfo
from knowledge.roles import DOES_NOW_VERBS

_NOW = r"now|these days|today|currently|nowadays|next|then|afterwards|after that|in the end"
# Asked of the job before: "where did she work before", "where did he come from", "what was
# his job before that"
# (before a company: "where did she work before casewell")
_BEFORE = (
    r"before(?: that| this| then| joining| coming)?(?: (?:to )?[a-z][\w'’-]*)?|previously|"
    r"earlier|prior|originally"
)
# Where (or for whom) the subject works or went, and at most when that is.
_WHERE_RE = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:where|who|whom|which (?:company|firm|startup|lab|outfit))\s+"
    r"(?:does|did|do|is|was|has|had)\s+(?P<who>.+?)\s+"
    r"(?:work(?:ing)?(?:\s+(?:at|for))?|employed(?:\s+(?:at|by))?|end(?:ed)?\s+up(?:\s+at)?|"
    r"land(?:ed)?(?:\s+at)?|go(?:ne)?(?:\s+to)?|went(?:\s+to)?|jump(?:ed)?\s+ship(?:\s+to)?|"
    r"head(?:ed)?(?:\s+to)?|move(?:d)?(?:\s+to)?|defect(?:ed)?(?:\s+to)?|"
    r"(?P<came>come|came)\s+from)"
    rf"(?P<rest>(?:\s+(?:{_NOW}|{_BEFORE}|eventually))*(?:\s+(?:after|once)\b.*)?)[\s?!.]*$",
    re.IGNORECASE,
)
# What the subject's job is: "what's odunsi's job these days", "what does murati do now",
# "what job does strand have".
_JOB_RE = re.compile(
    # (a possessive typed without its apostrophe too: "whats rostamis job")
    r"^(?:(?:and|so|but)\s+)?(?:what(?:'s|’s|\s+is|\s+was)\s+(?P<who>.+?)(?:['’]s?)?\s+"
    r"(?:job|role|title|position|post)|what\s+(?:does|is)\s+(?P<doer>.+?)\s+(?:do|doing|up to)|"
    r"(?:what|which)\s+(?:job|role|title|position|post)\s+(?:does|is)\s+(?P<holder>.+?)\s+"
    r"(?:have|hold|holding|in|got))"
    rf"(?P<rest>(?:\s+(?:{_NOW}|{_BEFORE}|for a living|there|at the company))*)[\s?!.]*$",
    re.IGNORECASE,
)
# Asked of the job before with no verb of working: "where was she before that", "what did
# he do before joining": the place, or the job, held before (not where someone was, or what
# they did, at some time: "where was she before dinner", "the night before", "earlier")
_EARLIER_RE = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:where\s+(?:was|were)\s+(?P<who>.+?)|"
    r"what\s+did\s+(?P<doer>.+?)\s+do)\s+"
    r"(?P<rest>before(?: (?:that|then|this))?|before (?:joining|coming to) [\w'’ -]+|"
    r"previously)[\s?!.]*$",
    re.IGNORECASE,
)
_BEFORE_RE = re.compile(rf"\b(?:{_BEFORE})\b", re.IGNORECASE)
# A role the text says is an earlier one: "previously treasurer at …", "a former airline
# treasurer", "was most recently head of operations at …"
_EARLIER_ROLE_RE = re.compile(
    # (past where they are from: "a Québécois former executive at a legal publishing house")
    r"^(?:previously|formerly|most recently|until recently|once|"
    r"(?:an? |the )?(?:[A-Z][\w'’-]+ )?former|"
    r"an? (?:[a-z]+ )?veteran)\b",
    re.IGNORECASE,
)
# A clause telling what the person had done before: "who had run operations at …"
_HAD_DONE_RE = re.compile(
    r"^(?P<lead>who had )(?:been|run|led|headed|managed|overseen|worked|spent|built|directed|"
    r"served)\b",
    re.IGNORECASE,
)
# Where, told as what the place is: "at a Nashville logistics-software company"
_DESCRIBED_AT_RE = re.compile(
    # (a word in "-ing" only right before the noun: "a legal publishing house")
    r"\b(?:at|for|with) (?P<d>(?:a|an) (?:(?![\w-]+ing\b)[\w'’-]+ ){0,4}"
    r"(?:[a-z-]+ing (?=(?:house|company|firm|business|group|giant)\b))?(?:company|firm|"
    r"startup|start-up|"
    r"maker|manufacturer|lab|laboratory|bank|fund|agency|group|chain|retailer|operator|"
    r"provider|developer|studio|publisher|insurer|carrier|airline|hospital|university|"
    r"school|network|giant|conglomerate|business|supplier|distributor|consultancy|utility|"
    r"house|practice|platform|service))\b"
)
# … or by a name the articles know nothing else of: "the payments company Tillbrook"
_NAMED_AT_RE = re.compile(
    r"\b(?:of|at) (?:the |a |an )?(?:[a-z-]+ ){0,3}?"
    r"(?P<d>(?!(?:Europe|Asia|Africa|America|North|South|East|West|Latin)\b)[A-Z][\w&'’-]*"
    r"(?: (?:of |and |de )?[A-Z][\w&'’-]*){0,3})"
)
_LATEST_EARLIER_RE = re.compile(r"^(?:most recently|until recently)\b", re.IGNORECASE)
_NOW_RE = re.compile(r"^(?:now|currently|today) ", re.IGNORECASE)
# What a question's "after …" must be about to ask where someone went: their leaving.
_LEAVING_RE = re.compile(
    r"\b(?:left|leaving|leave|quit|quitting|resign\w*|stepp\w* down|fired|ousted|pushed out|"
    r"kicked out|forced out|removed|departure|exit|was let go|got let go|retired|sacked)\b",
    re.IGNORECASE,
)
# Words before a role in its sentence that make it a past one.
_PAST_IN_RE = re.compile(
    r"\b(?:formerly|former|had been|was once|once|previously|ex-|used to be|until)\b[^.;]*$",
    re.IGNORECASE,
)
# A change of job told in a sentence of its own, the roles' extraction or not.
_CHANGE_RE = re.compile(
    r"\b(?:retired|retires|fired|replaced|left|leaves|quit|resigned|stepped down|stepped "
    r"aside|ousted|removed|departed|moved to|joined|joins|now works|has worked|works at|works "
    r"for|is now|became|was named|was appointed|returned to|founded|co-founded|launched|"
    r"until|let go|laid off|dismissed|terminated|sacked|pushed out|forced out|exited|exits|"
    r"stepped away|steps away|parted ways|departure|handed (?:\w+ ){0,2}(?:job|role|reins|post)|"
    r"succeeded by|took over)\b",
    re.IGNORECASE,
)
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
# What someone does now, as knowledge.roles keeps it ("now teaches hydrology at …")
_DOES_NOW_RE = re.compile(rf"^now (?:{DOES_NOW_VERBS})\b")
# A stint the text closes: "for six years", "from 2010 to 2016", "until 2019".
_ENDED_RE = re.compile(
    r"\b(?:for (?:\w+ ){0,2}(?:years?|months?|decades?)|from \d{4}|until|till|through \d{4}|"
    r"between \d{4}|in the past|once|previously|formerly|before (?:\w+ )?(?:founding|joining|"
    r"starting|leaving|launching|moving))\b",
    re.IGNORECASE,
)
# Roles that say the person is gone from where they were ("resigned as chief technology
# officer": from that title only).
_GONE_RE = re.compile(
    r"^(?:resigned|stepped down|left|quit|was removed|removed|was ousted|ousted|was fired|"
    r"fired|retired|departed)\b(?: \(?(?:as|from) (?P<title>[^,;.()]+)\)?)?",
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
    sure: bool = True


@dataclass(frozen=True)
class _Gone:
    order: tuple[str, int]  # (the passage's date, the passage)
    orgs: frozenset[str]
    title: str  # the title left, lower case ("" when the text names none)


def own_words(parsed: Frame) -> str:
    """The question as asked, without the earlier one a follow-up carries (bot.followup)."""
    return EARLIER_QUESTION_RE.sub("", parsed.english).strip()


def asks(parsed: Frame) -> str:
    """ "where" (a person asked where they work or went), "job" (what their job is), or ""."""
    if parsed.subject is None or parsed.subject.kind != "person":
        return ""
    said = own_words(parsed)
    earlier = _EARLIER_RE.match(said)
    if earlier and not _only_them(
        earlier["who"] or earlier["doer"], parsed.subject, (parsed.subject,)
    ):
        earlier = None  # "where was okafor born before", "where was she the day before"
    if _WHERE_RE.match(said) or (earlier and earlier["who"]):
        return "where"
    return "job" if _JOB_RE.match(said) or earlier else ""


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
    asked_of = (
        _WHERE_RE.match(own_words(parsed))
        or _JOB_RE.match(own_words(parsed))
        or _EARLIER_RE.match(own_words(parsed))
    )
    named = asked_of.groupdict() if asked_of else {}
    who = named.get("who") or named.get("doer") or named.get("holder") or ""
    if not _only_them(who, person, entities):
        return None  # "where does castel's wife work", "where did castel refuse to work"
    asked = _WHERE_RE.match(own_words(parsed))
    rest = asked["rest"] if asked else ""
    before = bool(named.get("came")) or bool(_BEFORE_RE.search(named.get("rest") or ""))
    if before:
        return _earlier(conn, parsed, person, kind, entities)
    moved = bool(re.search(r"\b(?:after|once)\b", rest, re.IGNORECASE))
    if moved and not _LEAVING_RE.search(rest):
        return None  # "where did he go after the conference": not where he works
    left = {e.key for _s, _e, e in named_in(rest, entities)}
    # a busy person has thousands of role rows saying a few hundred things: each thing said
    # is read once, at its latest telling (by the date kept on each row, `at`, its passage's
    # as a number, 0 for none; then the later passage), which is all the order below needs
    # of it; the sentences are read only for the latest few that may answer
    rows = [
        (text, status, role_kind, latest % _PASSAGES, latest // _PASSAGES)
        for text, status, role_kind, latest in conn.execute(
            f"SELECT text, status, kind, max(at * {_PASSAGES} + passage_id) FROM roles "
            "WHERE entity_key = ? GROUP BY text, status, kind",
            (person.key,),
        )
    ]
    read = _readings(entities, kind)
    # (current, (when, passage), text, reading): a Workplace is made only for those looked at
    held: list[tuple[bool, tuple[str, int], str, _Read]] = []
    gone: list[_Gone] = []
    for text, status, role_kind, passage_id, when in rows:
        said = (text, status, role_kind)
        if said not in read:
            read[said] = _read(text, status, role_kind, kind, entities)
        reading = read[said]
        if reading is None:
            continue
        order = (str(when) if when else "", int(passage_id))
        if reading.gone is not None:
            gone.append(_Gone(order, reading.gone[0], reading.gone[1]))
        elif reading.org is None or reading.org.key not in left:
            held.append((status == "current", order, text, reading))
    # the latest; one the text calls current ("(now president)") before others
    held.sort(key=_BY_TIME, reverse=True)
    ranked = [
        (
            now,
            order,
            Workplace(org=r.org, person=person, passage_id=order[1], role=text, answer=r.answer),
            r.joined,
        )
        for now, order, text, r in held[:_LOOKED_AT]
    ]
    for start in range(0, len(ranked), _BATCH):
        batch = ranked[start : start + _BATCH]
        sentences = _sentences(conn, [p.passage_id for _n, _o, p, _j in batch])
        for _now, order, place, joined in batch:
            sentence = sentences.get(place.passage_id, "")
            if moved and not joined and not _MOVE_RE.search(sentence):
                continue  # "where did he go after he was fired": a move, not a title held
            if _PAST_IN_RE.search(_before_role(sentence, place.role)):
                continue  # "was formerly chief operating officer of …", "had been CTO"
            if not _left(order, place, gone):
                # what the person did later that the roles do not say ("He retired in
                # 2023", "now works for Nvidia") makes it a guess
                later = _later_news(conn, person, place.passage_id, sentence, place.role)
                return replace(place, sure=not later)
    if held and gone:
        last = max(gone, key=lambda g: g.order)
        return Workplace(org=None, person=person, passage_id=last.order[1], role="", answer="")
    return None


_BY_TIME = operator.itemgetter(0, 1)  # (current, (when, passage)): the latest last
_PASSAGES = 10**9  # more passages than an index holds: (date, passage) as one number


def _earlier(
    conn: sqlite3.Connection,
    parsed: Frame,
    person: EntityInfo,
    kind: str,
    entities: tuple[EntityInfo, ...],
) -> Workplace | None:
    """ "where did she work before", "what was his job before that": the last role the
    articles call an earlier one ("previously treasurer at Calloway", "a former airline
    treasurer", "was most recently head of operations at Cascadia"), the text's last first."""
    rows = conn.execute(
        "SELECT text, status, kind, passage_id FROM roles WHERE entity_key = ? "
        "AND kind IN ('title', 'appositive', 'clause') ORDER BY passage_id DESC, id DESC",
        (person.key,),
    ).fetchall()
    # the one called the latest ("was most recently head of payments at Zentra") first
    rows.sort(key=lambda r: not _LATEST_EARLIER_RE.match(str(r[0])))
    for text, _status, role_kind, passage_id in rows:
        said = str(text)
        earlier = (_HAD_DONE_RE if role_kind == "clause" else _EARLIER_ROLE_RE).match(said)
        if earlier is None:
            continue
        # (a clause's verb stays: "run operations at …"; not the company a noun of it was
        # read as, "(Quorra Robotics)": the one that hired them)
        role = said[earlier.end("lead") if role_kind == "clause" else earlier.end() :].strip()
        if role_kind == "clause":
            role = re.sub(r"\s*\([^()]*\)$", "", role)
        if kind == "job":
            # (what a clause says they had done is the job: "had run operations at …")
            plain = _POST_RE.search(role) or _describes(role) or role_kind == "clause"
            answer = role if plain else ""
            org = None
        else:
            orgs = [e for _s, _e, e in named_in(role, entities) if e.kind == "org"]
            org = orgs[-1] if orgs else None
            # "who had run the supply chain for a Cleveland appliance maker": the one it
            # describes, when it names none
            # (the last name: "head of Sales at Acme Freight" was at Acme Freight)
            named = list(_NAMED_AT_RE.finditer(role))
            described = _DESCRIBED_AT_RE.search(role) or (named[-1] if named else None)
            answer = org.name if org is not None else described["d"] if described else ""
        if answer:
            return Workplace(
                org=org, person=person, passage_id=int(passage_id), role=said, answer=answer
            )
    return None


def _describes(role: str) -> bool:
    """ "airline treasurer", "marine engineer": a trade, said without an article."""
    return re.search(r"\b[a-z-]+(?:er|or|ist|ian|ant)\b", role) is not None


@dataclass(frozen=True)
class _Read:
    """What one role's text says for the question: a departure (`gone`: companies, title),
    or a role held (its company, whether it is a company joined, the short answer)."""

    gone: tuple[frozenset[str], str] | None
    org: EntityInfo | None = None
    joined: bool = False
    answer: str = ""


_READINGS: list[
    tuple[tuple[EntityInfo, ...], dict[str, dict[tuple[str, str, str], _Read | None]]]
] = []


def _readings(
    entities: tuple[EntityInfo, ...], kind: str
) -> dict[tuple[str, str, str], _Read | None]:
    """The role texts read so far for this kind of question, kept per entity list (one
    index build): a text reads the same every time."""
    if not _READINGS or _READINGS[0][0] is not entities:
        _READINGS[:] = [(entities, {})]
    kept = _READINGS[0][1].setdefault(kind, {})
    if len(kept) > 50_000:
        kept.clear()
    return kept


def _bare_title(title: str) -> str:
    """A title left, as another role would say it: "resigned as OpenAI's Chief Technology
    Officer since 2020" left "chief technology officer"."""
    title = re.sub(r"^[\w.&'’ -]+?['’]s\s+", "", title.strip())
    return re.sub(r"\s+(?:since|from|until|in)\b.*$", "", title).casefold()


def _read(
    text: str, status: str, role_kind: str, kind: str, entities: tuple[EntityInfo, ...]
) -> _Read | None:
    now = _WHO_IS_NOW_RE.match(text) if role_kind == "clause" else None
    if now:  # "who remains chief technology officer": the post, held now (or "who now
        # teaches logistics at a university": what they do now)
        text, role_kind = now["post"] or now["does"], "title"
    orgs = [e for _s, _e, e in named_in(text, entities) if e.kind == "org"]
    away = _GONE_RE.match(text) if role_kind == "change" else None
    if away:
        return _Read(gone=(frozenset(e.key for e in orgs), _bare_title(away["title"] or "")))
    if status == "former" or role_kind not in ("title", "appositive", "change"):
        return None
    if _ENDED_RE.search(text) or (
        role_kind != "change" and not _POST_RE.search(text) and not _DOES_NOW_RE.match(text)
    ):
        return None
    joined = text.casefold().startswith(("joined", "joining"))
    if joined and re.match(r"join(?:ed|ing) from\b", text, re.IGNORECASE):
        return None  # "had joined from Harrowgate Systems": where they were before, no longer
    if role_kind == "change" and (not joined or kind == "job"):
        return None  # a job is a post ("joined Anthropic" says where, not as what)
    if kind == "where" and not orgs:
        return None
    org = orgs[-1] if orgs else None  # "OpenAI employee and current CTO of … Cresta"
    answer = org.name if kind == "where" and org else _NOW_RE.sub("", text)
    # a post read from a sentence ("(took over as chief technology officer of Quorra)"): the
    # post itself is the answer, the sentence beside it says how it was taken
    answer = _TOOK_OVER_RE.sub(r"\g<post>", answer)
    return _Read(gone=None, org=org, joined=joined, answer=answer)


_TOOK_OVER_RE = re.compile(r"^\(took over as (?P<post>[^()]+)\)$")
# A clause saying what someone is now: "who remains chief technology officer", "who is now
# chief operating officer of a medical-device maker"
_WHO_IS_NOW_RE = re.compile(
    r"^who (?:(?:remains|is now|is still|is currently|now serves as|still serves as) "
    rf"(?P<post>.+)|(?P<does>now (?:{DOES_NOW_VERBS}) .+))$"
)


_BATCH = 64  # roles looked at a time, latest first (their sentences read in one query)
_LOOKED_AT = 512  # the latest this many: past them, the answer is not worth the wait


def _sentences(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    """The passages' texts, by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, text FROM passages WHERE id IN ({marks})", ids)
    return {int(pid): str(text) for pid, text in rows}


def _before_role(sentence: str, role: str) -> str:
    """The sentence's words before the role (all of it when the role is not found as is)."""
    at = sentence.find(role.split(" (")[0])
    return sentence[:at] if at >= 0 else sentence


_LATER_LOOKED_AT = 40  # sentences after the role's, in its article, read for later news


def _later_news(
    conn: sqlite3.Connection, person: EntityInfo, passage_id: int, sentence: str, role: str
) -> bool:
    """Whether the article tells the person changing jobs after the role: later in the role's
    sentence ("…, and he stayed there until 2022, when he returned to Corvid") or in a later
    sentence naming them, by name or pronoun ("He retired in 2023")."""
    at = sentence.find(role.split(" (")[0])
    if at >= 0 and _CHANGE_RE.search(sentence, at + len(role)):
        return True
    rows = conn.execute(
        "SELECT p.text FROM passages p"
        " JOIN passages here ON here.id = ? AND p.article = here.article AND p.id > here.id"
        " JOIN mentions m ON m.passage_id = p.id"
        " JOIN entities e ON e.id = m.entity AND e.key = ?"
        " ORDER BY p.id LIMIT ?",
        (passage_id, person.key, _LATER_LOOKED_AT),
    )
    return any(_CHANGE_RE.search(str(text)) for (text,) in rows)


_NEAR_NAME = 85  # rapidfuzz's ratio of a mistyped name to the person's nearest spelling


def _only_them(said: str, person: EntityInfo, entities: tuple[EntityInfo, ...]) -> bool:
    """Whether the words the question asks about are the person's name and nothing more."""
    spans = named_in(said, entities)
    words = said.strip()
    if not spans and words:  # mistyped: the name it is nearest ("adeyemi-stand")
        names = (person.name, *person.aliases)
        return max(fuzz.ratio(words.casefold(), n.casefold()) for n in names) >= _NEAR_NAME
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
        # (told on the same date, whichever sentence comes first: "OpenAI's Chief
        # Technology Officer Mira Murati resigned" and later "Chief Technology Officer …")
        if place.org is not None and place.org.key in g.orgs and g.order[0] >= order[0]:
            return True
        if g.title and g.title in place.role.casefold() and g.order[0] >= order[0]:
            return True
        # a bare one: after the role's date; on the same date, unless a company was joined
        # then ("resigned and joined Tallgrass")
        bare = not g.orgs and not g.title
        if bare and (
            g.order[0] > order[0] or (g.order[0] == order[0] and not place.role.startswith("join"))
        ):
            return True
    return False
