"""Questions about what someone said: "what did nadella call the agi claim", "how did musk
respond to …", "what did marsh tell the ledger", "what did hassabis tell musk in 2012", and
when they said it ("when did musk say i'm done with this").

The answer is the speaker's own words from the quotes table (quoted, or reported in the
article's words), the one whose sentence, with the sentence before it ("Kovalenko called it
…" after the deal it calls), says most of the rest of the question. A dramatised line
("Helga Marsh: …", a scene an article reconstructs) is never given as what was said: a real
quote comes first and the reply says the scene exists; when a scene is all the articles have,
the reply says so before showing it.
"""

import calendar
import functools
import re
import sqlite3
from dataclasses import dataclass

from knowledge import facts
from knowledge.answering.frame import Frame, alias_spans
from knowledge.answering.rank import Matcher
from knowledge.dates import MONTHS
from knowledge.dialogue import is_dialogue
from knowledge.model import EntityInfo, Passage, QuoteInfo

# "what did X say/tell/call …", "how did X respond/react", "what was X's reaction".
_ASKS_RE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)*(?:(?:(?:what|how|when)\s+)?(?:did|does|do|has|had|"
    r"have|was|is|were|would)\s+(?P<who>.+?)\s+(?P<verb>say|said|tell|told|call|called|write|"
    r"wrote|reply|"
    r"replied|respond|responded|react|reacted|answer|answered|post|posted|tweet|tweeted|"
    r"think of|thought of|make of|argue|argued|warn|warned|describe|described|have to say|"
    r"announce|announced|claim|claimed)\b|what\s+(?:was|is|were)\s+(?P<whose>.+?)['’]s?\s+"
    r"(?:response|reaction|reply|answer|comment|verdict|view|take)\b)",
    re.IGNORECASE,
)
# Words of the question that ask for speech rather than say what it was about.
_SPEECH_WORDS = frozenset(
    "say said says tell told call called reply replied respond responded react reacted "
    "response reaction quote quoted word words think thought make".split()
)
# A month the question names: "in may", "on may 17", "last february" (not "he may do").
_MONTH_RE = re.compile(
    r"\b(?:in|on|during|since|by|last|early|late|mid)[\s-]+(?P<month>"
    + "|".join(m for m in MONTHS if len(m) > 3 or m == "may")
    + r")\b",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(r"\bafter [“\"](?P<words>[^”\"]{3,})")
_NAMING_VERBS = frozenset("call called describe described".split())
_NAMING_RE = re.compile(
    r"\b(?:called|calls|dismissed|described|labell?ed|branded|dubbed|referred to)\b[^\"“”]{0,40}"
    r"[\"“]"
)
_POSTING_VERBS = frozenset("post posted tweet tweeted".split())
_POSTED_RE = re.compile(
    r"\b(?:posted|posts|tweeted|tweets|an? (?:\w+ )?post|on (?:X|Twitter|LinkedIn|Threads|"
    r"Bluesky|Facebook|Instagram|social media|his blog|her blog|a blog))\b"
)
ENOUGH = 0.6  # the share of the question's topic a quote (with what leads to it) must say
SCENE = 0.5  # a scene, read with its narration, is about the question
FAR_BETTER = 0.25  # a scene this much more about the question than any quote answers it
_BEFORE = 5  # sentences before words or a scene that set them
_SCENE_SPAN = 30  # how far a scene's section is looked through, each way


@dataclass(frozen=True, kw_only=True)
class Said:
    """One candidate: what was said, where, and how much of the question it is about."""

    passage: Passage
    text: str
    reported: bool
    cover: float
    own: float = 0.0  # how much of the question the sentence itself says
    dialogue: bool = False


@dataclass(frozen=True, kw_only=True)
class Sayings:
    """The speaker's words that answer the question, best first, and any dramatised scene
    about the same thing (`scene`: its best line)."""

    speakers: tuple[EntityInfo, ...]
    real: tuple[Said, ...]
    scene: Said | None
    told: Passage | None = None  # the narration beside the scene that answers it best
    topical: bool = True  # the question says what the words were about ("what did X say"
    # alone does not: any of X's words fits it as well as another)


def asks_speech(parsed: Frame) -> bool:
    """The question asks what someone said, and the one it names is the one speaking ("what
    did employees say about altman" asks about Altman, not for his words)."""
    asked = _ASKS_RE.search(parsed.english)
    if parsed.subject is None or asked is None:
        return False
    speaker = asked.group("who") or asked.group("whose") or ""
    return any(e.key == parsed.subject.key for _s, _e, e in alias_spans(speaker, parsed.entities))


# A follow-up carries the question before it in parentheses ("what did leike say (following
# “when did leike leave openai”)"): that says what the talk is about, not what the words were.
_EARLIER_RE = re.compile(r"\s*\(following “.*”\)\s*$")


def _topic(matcher: Matcher, speakers: set[str], english: str = "") -> list[int]:
    """Indexes of the weighted terms that say what the words were about (not the speaker,
    not the word asking for speech, not a word only the earlier question of a follow-up
    says)."""
    own = _EARLIER_RE.sub("", english).casefold() if english else ""
    # "tweet", "wrote", "posted" say how the words came: they stay, and favour such quotes
    return [
        i
        for i, w in enumerate(matcher.weighted)
        if (w.term.entity is None or w.term.entity.key not in speakers)
        and w.term.text.casefold() not in _SPEECH_WORDS
        and (not own or w.term.entity is not None or w.term.text.casefold() in own)
    ]


# A sentence that leans on the one before: a reply, or words about "it", "the idea", "the suit".
_LEANS_RE = re.compile(
    r"\b(?:replied|responded|answered|reacted|countered|retorted|(?:called|dismissed|"
    r"described|labell?ed|branded|dubbed|saying|said) it|this|"
    r"the (?:idea|claim|suit|lawsuit|deal|plan|move|proposal|offer|decision|email|letter|"
    r"report|statement|news|request))\b",
    re.IGNORECASE,
)
# A sentence saying how someone spoke, the words following it: "was blunt in public", "did
# not hold back", "put it plainly", "was scathing"
_ABOUT_TO_SPEAK_RE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:blunt|candid|frank|scathing|defiant|unapologetic|"
    r"unrepentant|furious|angry|measured|diplomatic|direct|forthright|dismissive)\b"
    r"|\b(?:did not|didn't|do not|does not)\s+(?:hold back|mince (?:words|her words|his "
    r"words))\b|\bput it (?:bluntly|plainly|simply|this way)\b|\bspoke (?:out|up)\b",
    re.IGNORECASE,
)
# A sentence telling what someone was asked: the words after it answer that
_ASKED_RE = re.compile(r"\basked (?:whether|if|about|what|why|how|when)\b")
# … unless the one asked answered something else: "changed the subject to the new camera"
_DODGED_RE = re.compile(
    r"\b(?:changed the subject|declined|refused|would not|wouldn't|did not answer|dodged)\b"
)
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]?")
# How much of the question the sentences before may say for a quote: by distance (1, 2, more),
# for a sentence that leans on them and for one that does not.
_LEANING_SHARE = (0.9, 0.6, 0.4)
_PLAIN_SHARE = (0.5, 0.35, 0.25)


def _cover(
    matcher: Matcher,
    topic: list[int],
    line: Passage,
    context: list[tuple[int, Passage]],
    named: dict[int, set[str]],
    *,
    leans: bool = False,
) -> float:
    """The weighted share of the topic the sentence says. The sentences before it count too:
    nearly fully when it leans on them (a reply, "it", "the idea", a scene's narration),
    half otherwise, less the further back. A name counts where a pronoun points at it."""
    total = sum(matcher.weighted[i].weight for i in topic)
    if not total:
        return 1.0
    narrated = _QUOTED_RE.sub(" ", line.text)  # "it" inside the quote is not the topic
    shares = _LEANING_SHARE if leans or _LEANS_RE.search(narrated) else _PLAIN_SHARE
    best = dict.fromkeys(topic, 0.0)
    for distance, passage in [(0, line), *context]:
        share = 1.0 if distance == 0 else shares[min(distance, 3) - 1]
        present = matcher.present(passage.text)
        keys = named.get(passage.id, set())
        for i in topic:
            entity = matcher.weighted[i].term.entity
            if present[i] or (entity is not None and entity.key in keys):
                best[i] = max(best[i], share)
    return sum(matcher.weighted[i].weight * best[i] for i in topic) / total


class _Neighbours:
    """The sentences around many passages, read in one go: a speaker's quotes are judged by
    what leads to them, and a question should cost a few queries, not a few per quote."""

    def __init__(self, conn: sqlite3.Connection, wanted: list[tuple[Passage, int, int]]) -> None:
        self._by_article: dict[str, dict[int, Passage]] = {}
        self._read: set[int] = set()
        self.named: dict[int, set[str]] = {}
        self.add(conn, wanted)

    def add(self, conn: sqlite3.Connection, wanted: list[tuple[Passage, int, int]]) -> None:
        """Read the sentences around more passages (those not read already)."""
        # An article's passages have consecutive ids in order (see knowledge.indexer), so
        # the sentences around one are an id range; a range may reach into the next
        # article, whose passages are kept apart by their own article.
        ids = sorted({i for p, b, a in wanted for i in range(p.id - b, p.id + a + 1)} - self._read)
        self._read.update(ids)
        for passage in facts.passages(conn, ids).values():
            self._by_article.setdefault(passage.article.id, {})[passage.seq] = passage
        self.named.update(facts.mentioned(conn, ids))

    def around(self, passage: Passage, before: int, after: int) -> list[Passage]:
        """The sentences of the same article just before and after `passage`, in order."""
        seqs = self._by_article.get(passage.article.id, {})
        return [
            seqs[k]
            for k in range(passage.seq - before, passage.seq + after + 1)
            if k in seqs and k != passage.seq
        ]


_HEADINGS_SKIPPED = 6  # headings a step back may pass over (see _context)


def _leading(conn: sqlite3.Connection, lines: list[Passage]) -> _Neighbours:
    """The sentences that may lead to each of `lines` (see _context): the _BEFORE + 1 just
    before it, and further back only where a heading is among those. (A speaker's latest
    quotes, each with the _BEFORE + _HEADINGS_SKIPPED sentences before it, were read in
    twice the rows, most of them never reached: a heading is rare.)"""
    near = _Neighbours(conn, [(line, _BEFORE + 1, 0) for line in lines])
    near.add(
        conn,
        [
            (line, _BEFORE + _HEADINGS_SKIPPED, 0)
            for line in lines
            if any(p.kind == "heading" for p in near.around(line, _BEFORE + 1, 0))
        ],
    )
    return near


def _context(near: _Neighbours, passage: Passage, before: int) -> list[tuple[int, Passage]]:
    """The sentences before `passage` with their distance from it (a heading is no step
    back)."""
    earlier = near.around(passage, before + _HEADINGS_SKIPPED, 0)
    out: list[tuple[int, Passage]] = []
    distance = 0
    for p in reversed(earlier):
        distance += p.kind != "heading"
        if distance > before:
            break
        out.append((max(distance, 1), p))
    return out


def _scene_context(near: _Neighbours, line: Passage) -> list[tuple[int, Passage]]:
    """A scripted line's scene: its section, from the heading to the next one, the other
    lines no step away, the narration by how far it is from the scene."""
    around = near.around(line, _SCENE_SPAN, _SCENE_SPAN)
    out: list[tuple[int, Passage]] = []
    for passages in (
        list(reversed([p for p in around if p.seq < line.seq])),
        [p for p in around if p.seq > line.seq],
    ):
        distance = 0
        for p in passages:
            if p.kind == "heading":
                if passages[0].seq < line.seq:
                    out.append((1, p))  # the scene's own heading ("Founding of OpenAI")
                break
            distance += not is_dialogue(p.text)
            out.append((max(distance, 1), p))
    return out


def _when_fits(parsed: Frame, sort_key: str, text: str) -> bool:
    """The words are of the year (and month) the question names, or it names none."""
    if parsed.year is not None and not (
        sort_key.startswith(str(parsed.year)) or str(parsed.year) in text
    ):
        return False
    asked = {MONTHS[m.group("month").casefold()] for m in _MONTH_RE.finditer(parsed.english)}
    return not asked or any(
        sort_key[5:7] == f"{month:02d}"
        or re.search(rf"\b{calendar.month_name[month]}\b", text) is not None  # "May", not "may"
        for month in asked
    )


def _plain(text: str) -> str:
    """Words only, lower case, one apostrophe: for finding the question's words in a quote."""
    return " ".join(re.findall(r"[\w']+", text.casefold().replace("’", "'")))


# A quote's words made plain, kept: a busy speaker's latest quotes are read so for every
# question about them. (Only the articles' own words: a question's, up to 4,000 characters
# of anyone's typing, are never kept.)
_plain_quote = functools.lru_cache(maxsize=8192)(_plain)


def _real(
    conn: sqlite3.Connection, parsed: Frame, matcher: Matcher, speakers: tuple[EntityInfo, ...]
) -> tuple[list[Said], bool]:
    """The speaker's words, best first, and whether the question said what they were about
    (a topic, the words themselves, or the words they came after)."""
    topic = _topic(matcher, {s.key for s in speakers}, parsed.english)
    asked = _ASKS_RE.search(parsed.english)
    naming = asked is not None and (asked.group("verb") or "").casefold() in _NAMING_VERBS
    posting = asked is not None and (asked.group("verb") or "").casefold() in _POSTING_VERBS
    # "when did musk say i'm done with this": the words themselves, stop words and all
    words = _plain(parsed.english[asked.end() :]) if asked is not None else ""
    # "what did marsh say after “acted on the information…”": the speaker's next words
    earlier = _AFTER_RE.search(parsed.english)
    start = _plain(earlier["words"]) if earlier else ""
    sought = _Sought(
        phrases=tuple(w for w in (words, start) if w),
        words=tuple(_hints(matcher, topic)),
        year=parsed.year,
        months=frozenset(MONTHS[m["month"].casefold()] for m in _MONTH_RE.finditer(parsed.english)),
    )
    read = {speaker.key: _read(conn, speaker, sought) for speaker in speakers}
    quotes = [q for speaker in speakers for q in read[speaker.key][0]]
    anchor = (
        next((q for q in quotes if _plain_quote(q.text).startswith(start)), None) if start else None
    )
    if anchor is not None:
        if read[anchor.speaker.key][1]:  # read in part: the words after it, read as well
            quotes = [
                *quotes,
                *facts.quotes_among(conn, anchor.speaker, after=(anchor.passage.id, _AFTER_SPAN)),
            ]
        following = sorted(
            (
                q
                for q in quotes
                if q.passage.article.id == anchor.passage.article.id
                and q.passage.seq > anchor.passage.seq
                and not q.reported
            ),
            key=lambda q: q.passage.seq,
        )
        return [
            Said(passage=q.passage, text=q.text, reported=q.reported, cover=1.0)
            for q in following[:1]
        ], True
    near = _leading(conn, [q.passage for q in quotes])
    found: list[Said] = []
    literal = False
    for speaker in speakers:
        for quote in (q for q in quotes if q.speaker.key == speaker.key):
            context = _context(near, quote.passage, _BEFORE)
            # ("Solvang-Reyes, asked whether she regretted the restructuring, did not
            # hesitate. "Not for a second," she said.": the answer to what she was asked)
            answers = (
                bool(context)
                and _ASKED_RE.search(context[0][1].text) is not None
                and _DODGED_RE.search(context[0][1].text) is None
            ) or (
                # ("Fauconnier, whose two directors had voted against the firing, was blunt
                # in public. "We were not consulted …," Fauconnier said.": the sentence
                # right before is about the speaker, and leads to the words)
                bool(context)
                and context[0][0] == 1
                and _ABOUT_TO_SPEAK_RE.search(context[0][1].text) is not None
                and speaker.key in near.named.get(context[0][1].id, set())
            )
            cover = _cover(matcher, topic, quote.passage, context, near.named, leans=answers)
            spoken = _plain_quote(quote.text)
            if words and ((len(words.split()) >= 2 and words in spoken) or words == spoken):
                cover = max(cover, 1.0) + 0.5  # the question quotes the words ("say okay")
                literal = True
            if not _when_fits(parsed, quote.sort_key, quote.passage.text):
                cover *= 0.5
            if naming:  # "what did X call Y": what X called it, not what X said near it
                cover *= 1.25 if _NAMING_RE.search(quote.passage.text) else 0.8
            elif posting:  # "what did X post": what X posted, before what X said aloud
                cover *= 1.25 if _POSTED_RE.search(quote.passage.text) else 0.8
            own = _cover(matcher, topic, quote.passage, [], near.named)
            found.append(
                Said(
                    passage=quote.passage,
                    text=quote.text,
                    reported=quote.reported,
                    cover=cover,
                    own=own,
                )
            )
    # best cover; then the sentence saying it itself, not the ones before it; the speaker's
    # own words before the article's report of them; in text order
    found.sort(key=lambda s: (-round(s.cover, 3), -round(s.own, 3), s.reported, s.passage.id))
    unique: dict[int, Said] = {}
    for said in found:
        unique.setdefault(said.passage.id, said)
    return list(unique.values()), bool(topic) or literal


QUOTES_READ = 60  # a speaker quoted more often than this is read in part (see _read)
QUOTES_SCANNED = 500  # of them, the latest looked through for the question's words
LINES_READ = 1000  # the sentences naming a speaker read for their scripted lines
_AFTER_SPAN = 400  # passages after words "after" which the next ones are looked for


@dataclass(frozen=True)
class _Sought:
    """What a busy speaker's quotes are looked through for: the question's words as said
    (`phrases`: the words asked about, the words asked after), its topic's words, and its
    year and months."""

    phrases: tuple[str, ...]
    words: tuple[str, ...]
    year: int | None
    months: frozenset[int]


def _read(
    conn: sqlite3.Connection, speaker: EntityInfo, sought: _Sought
) -> tuple[tuple[QuoteInfo, ...], bool]:
    """The speaker's quotes, and whether they were read in part: every one, up to
    QUOTES_READ of them. Past that (a busy person at 100,000 articles is quoted 7,000 times:
    reading each one's sentences and those around them took over a second), among their
    latest QUOTES_SCANNED, up to QUOTES_READ saying the question's own words, as many its
    topic's words, as many of its year or month, and the first QUOTES_READ they are quoted
    saying: a bounded sample, like the full-text windows, that may miss words whose topic
    only the sentences around them say."""
    if facts.quote_count(conn, speaker) <= QUOTES_READ:
        return facts.quotes(conn, speaker), False
    if not (sought.phrases or sought.words or sought.year is not None or sought.months):
        return facts.quotes_among(conn, speaker, first=QUOTES_READ), True
    latest = [
        (i, f" {_plain_quote(text)} ", key)
        for i, text, key in facts.latest_quotes(conn, speaker, QUOTES_SCANNED)
    ]
    words = [f" {w} " for w in sought.words]
    year = str(sought.year) if sought.year is not None else ""
    months = {f"{m:02d}" for m in sought.months}
    picked: dict[int, None] = {}
    for fits in (
        (lambda said, _key: any(p in said for p in sought.phrases)) if sought.phrases else None,
        (lambda said, _key: any(w in said for w in words)) if words else None,
        (
            (
                lambda said, key: (
                    (not year or key.startswith(year) or f" {year} " in said)
                    and (not months or key[5:7] in months)
                )
            )
            if year or months
            else None
        ),
    ):
        if fits is None:
            continue
        chosen = [i for i, said, key in latest if i not in picked and fits(said, key)]
        picked.update(dict.fromkeys(chosen[:QUOTES_READ]))
    return facts.quotes_among(conn, speaker, picked, first=QUOTES_READ), True


def _hints(matcher: Matcher, topic: list[int]) -> list[str]:
    """The topic's words as a quote may say them, plain (see `_plain`; three letters or
    more)."""
    found: list[str] = []
    for i in topic:
        term = matcher.weighted[i].term
        forms = (term.entity.name, *term.entity.aliases) if term.entity else term.forms
        found += [p for f in forms if len(p := _plain(f)) >= 3]
    return found


def _scene(
    conn: sqlite3.Connection, parsed: Frame, matcher: Matcher, speakers: tuple[EntityInfo, ...]
) -> tuple[Said, Passage | None] | None:
    """The speaker's best line in a dramatised scene, judged with the narration around it,
    and the narrated sentence of that scene that answers best."""
    topic = _topic(matcher, {s.key for s in speakers}, parsed.english)
    best: tuple[Said, Passage | None] | None = None
    for speaker in speakers:
        names = {a.casefold() for a in (speaker.name, *speaker.aliases) if len(a) >= 2}
        # (the first LINES_READ sentences naming them: a busy person is named in thousands,
        # each read for its opening "Name: " at 5 µs)
        rows = conn.execute(
            "SELECT m.passage_id FROM (SELECT passage_id FROM mentions WHERE entity = "
            "(SELECT id FROM entities WHERE key = ?) AND implicit = 0 ORDER BY passage_id "
            "LIMIT ?) m "
            "JOIN passages p ON p.id = m.passage_id WHERE instr(p.text, ': ') BETWEEN 2 AND 42",
            (speaker.key, LINES_READ),
        ).fetchall()
        lines = [
            line
            for line in facts.passages(conn, (r[0] for r in rows)).values()
            if is_dialogue(line.text)
            # named in someone else's line is not speaking
            and line.text.split(":", 1)[0].strip().casefold() in names
        ]
        near = _Neighbours(conn, [(line, _SCENE_SPAN, _SCENE_SPAN) for line in lines])
        for line in lines:
            context = _scene_context(near, line)
            named = near.named
            cover = _cover(matcher, topic, line, context, named, leans=True)
            if not _when_fits(parsed, "", " ".join(p.text for _d, p in context) + line.text):
                continue  # a scene of another time is no answer at all
            if best is None or cover > best[0].cover:
                said = line.text.split(":", 1)[1].strip()
                told = _narration(matcher, topic, context, named)
                best = (
                    Said(passage=line, text=said, reported=False, cover=cover, dialogue=True),
                    told,
                )
    return best


def _narration(
    matcher: Matcher,
    topic: list[int],
    context: list[tuple[int, Passage]],
    named: dict[int, set[str]],
) -> Passage | None:
    """The scene's narrated sentence that says most of the question (nearest on a tie): what
    the article tells as having happened, beside what it dramatises."""
    best: tuple[float, int, Passage] | None = None
    for distance, passage in context:
        if passage.kind == "heading" or is_dialogue(passage.text):
            continue
        cover = _cover(matcher, topic, passage, [], named)
        if cover > 0 and (best is None or (cover, -distance) > best[:2]):
            best = (cover, -distance, passage)
    return best[2] if best is not None else None


_SPOKES = ("spokesman", "spokeswoman", "spokesperson", "spokespeople")
_SPOKEN_FOR = 50  # sentences saying so that are read (an organisation's few spokespeople)


def _spokespeople(conn: sqlite3.Connection, org: EntityInfo) -> tuple[EntityInfo, ...]:
    """Who speaks for an organisation, as a role says ("an Orbitale spokeswoman", "a
    spokesman for Telvara"): what they say, the organisation says. Found from the sentences
    naming both (the full-text index), not from every role."""
    names = " OR ".join(f'"{a}"' for a in dict.fromkeys((org.name, *org.aliases)) if '"' not in a)
    if not names:
        return ()
    spokes = " OR ".join(_SPOKES)
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
            (f"({names}) AND ({spokes})", _SPOKEN_FOR),
        )
    ]
    spelled = [a.casefold() for a in (org.name, *org.aliases)]
    keys = dict.fromkeys(
        str(key)
        for pid in ids
        for key, text in conn.execute(
            "SELECT entity_key, text FROM roles WHERE passage_id = ?", (pid,)
        )
        if "spokes" in str(text).casefold() and any(a in str(text).casefold() for a in spelled)
    )
    if not keys:
        return ()
    rows = conn.execute(
        f"SELECT key, name, kind, aliases FROM entities WHERE key IN ({','.join('?' * len(keys))})",
        list(keys),
    )
    return tuple(facts.entity_from_row(r) for r in rows)


def find(conn: sqlite3.Connection, parsed: Frame, matcher: Matcher) -> Sayings | None:
    """What the question's speaker said about its topic, or None when it is not such a
    question."""
    if not asks_speech(parsed) or parsed.subject is None:
        return None
    speakers = (parsed.subject, *parsed.partners)
    if parsed.subject.kind == "org":
        speakers += _spokespeople(conn, parsed.subject)
    scene = _scene(conn, parsed, matcher, speakers)
    real, topical = _real(conn, parsed, matcher, speakers)
    return Sayings(
        topical=topical,
        speakers=speakers,
        real=tuple(real),
        scene=scene[0] if scene else None,
        told=scene[1] if scene else None,
    )
