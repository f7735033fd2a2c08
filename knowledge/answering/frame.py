"""What a question asks: its answer type, who it is about, the action, and the words to find.

"when did murati leave openai" -> answer "date", subject Mira Murati (the one acting), action
"leave", object OpenAI. "who fired altman" -> answer "person", no subject (that is what is
asked), action "fire", object Sam Altman. "when was openai founded" is passive: OpenAI is
what was founded, not who founded. Names are found typo-tolerantly; Chinese words are put into
the English the articles use first.
"""

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import DamerauLevenshtein

from knowledge import english, lasting
from knowledge.answering import lexicon
from knowledge.lookup import plain
from knowledge.model import EntityInfo

# Words before a name that make it an object ("to musk", "with altman", "for anthropic").
_OBJECT_MARKERS = frozenset(
    "to with for against from at by about on of into toward towards behind than like in "
    "fired ousted hire hired join joined left leave quit sued sue call called meet met "
    "acquire acquired buy bought".split()
)
_AUX = frozenset("did does do was were is are has have had will would can could".split())
_PASSIVE_AUX = frozenset("was were is are been".split())
_ANSWER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"\bhow (?:big|large|small) (?:was|is|were|are) (?:[\w'’-]+ ){0,3}"
        r"(?:team|teams|staff|board|workforce|headcount|group|crew)\b",
        "count",
    ),
    (
        r"\b(?:when|what (?:year|date|day|month|time)|which (?:year|date|day|month)|"
        r"how long ago)\b",
        "date",
    ),
    # "how long did he run it", "for how long": a span of time, not a date
    (r"\bhow long\b(?! ago)", "duration"),
    (r"\b(?:how old|what age|(?:his|her|their) age)\b", "age"),
    (
        r"\b(?:\$?\d[\d,.]*\s*(?:or|vs\.?|versus)\s*\$?\d[\d,.]*\s*(?:million|billion)|"
        r"how much|how (?:big|large|expensive)|what (?:did|does|do|was|is|were) "
        r"(?:\w+ ){1,3}(?:pay|paid|earn|earned|cost|charge|spend|spent|raise|raised|worth)|"
        r"^\W*(?:did|does|do|was|is|were)\b.*\$?\d[\d,.]*\s*(?:million|billion|m|bn))\b",
        "amount",
    ),
    (
        r"\b(?:(?:which|what) (?:company|firm|startup|lab|organi[sz]ation|business|product|"
        r"model|chatbot|name)|what (?:was|is|were|did|does) (?:[\w'’-]+ ){1,4}"
        r"(?:called|call|named|name|known as))\b",
        "name",
    ),
    (r"\bhow many\b", "count"),
    (r"\b(?:why|how come|for what reason|what (?:caused|made|led to)|reason)\b", "reason"),
    (r"\bwhere\b", "place"),
    (
        # (not "which investor", "which partner": a firm may be one)
        r"\b(?:who|whom|whose|(?:which|what) (?:person|people|execs?|executives?|"
        r"founders?|co-?founders?|directors?|board members?|officials?|"
        r"employees?|engineers?|scientists?|researchers?|analysts?|spokes(?:person|man|woman)|"
        r"lawyers?|managers?|leaders?|billionaires?))\b",
        "person",
    ),
)
# "what is the capped-profit model (exactly)": what a thing is, not what happened.
_DEFINE_RE = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what|wat)(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?P<thing>[\w\s'’“”\"-]+?)"
    r"(?:\s+(?:exactly|again|anyway|then|actually))?\s*[?!.]*$",
    re.IGNORECASE,
)
# "what does tessavo actually sell": what a company is (its description says what it makes)
_MAKES_RE = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what|wat)\s+(?:does|do|did)\s+(?P<thing>[\w'’&. -]{2,40}?)\s+"
    r"(?:actually\s+|really\s+|even\s+|exactly\s+)?"
    # (not "sell": what it sells may be said in so many words, "sells card readers")
    r"(?:make|makes|produce|manufacture|build|do for a living)"
    r"(?:\s+(?:exactly|again|anyway|actually))?\s*[?!.]*$",
    re.IGNORECASE,
)
_RIGHT_NOW_RE = re.compile(r"\bright now\b", re.IGNORECASE)
# "get his job back": a return to the post
_JOB_BACK_RE = re.compile(
    r"\b(?:get|got|gets|getting|win|won) (?:his|her|their|the) (?:old )?(?:job|post|position|"
    r"seat|role|title) back\b",
    re.IGNORECASE,
)
# Taking over a post after someone left it is replacing them: "who took over the tech side
# after daniel got pushed out" asks who replaced Daniel as the one in charge of it
# "what happened to brandt", "whatever became of the lab": what it underwent is asked
# (knowledge.answering.rank weighs a sentence telling that first)
HAPPENED_TO_RE = re.compile(
    r"^(?:what|waht|wat) ?(?:ever )?(?:(?:has |had )?happened|became) (?:to|of) (?=\S)",
    re.IGNORECASE,
)
_TOOK_OVER_AFTER_RE = re.compile(
    r"^(?P<who>who|which [a-z]+) (?:took over|stepped in|stepped up|took charge)(?: as| of| at)? "
    # (a post, not how: "who stepped in temporarily after the ceo got the boot")
    r"(?P<post>(?:the |his |her |their )?(?![a-z]+ly )[\w -]{2,40}?) after "
    r"(?P<gone>[\w'’ -]{2,40}?) "
    r"(?:left|quit|resigned|departed|stepped down|walked out|(?:got|was|were) (?:pushed out|"
    r"fired|ousted|axed|sacked|canned|booted|removed|kicked out|forced out|the boot|the axe))\b",
    re.IGNORECASE,
)
# A passive said with "get": "when did quillwater get started" is when it was started
_GOT_DONE_RE = re.compile(
    r"\b(?:did|does|do) (?P<x>[\w&'’. -]{2,40}?) (?:get|got) "
    r"(?P<done>started|founded|created|set up|launched|acquired|bought|sold|sued|fired|hired)\b",
    re.IGNORECASE,
)
# ... and asked of whom it was done to: "who got the boot", "who got fired" is who was fired
_WHO_GOT_RE = re.compile(
    r"\b(?P<who>who|which (?:[a-z]+ )?[a-z]+) (?:got|gets|get) (?:(?P<idiom>the (?:boot|axe|ax|"
    r"sack|chop|push|heave-ho))|(?P<done>fired|sacked|axed|canned|booted|dumped|ousted|"
    r"kicked out|pushed out|let go|hired|promoted|demoted|sued|removed|replaced|named|"
    r"appointed|elected|poached))\b",
    re.IGNORECASE,
)


def _was_done(m: re.Match[str]) -> str:
    return f"{m['who']} was {'fired' if m['idiom'] else m['done']}"


# Opposing said by what was not done: "which director didn't go along with firing her"
_DID_NOT_BACK_RE = re.compile(
    r"\b(?:didn['’]t|did not|wouldn['’]t|would not|refused to) (?:go along with|"
    r"back(?! (?:down|off|out|away|up)\b)|support|agree with|agree to|sign off on|vote for)\b",
    re.IGNORECASE,
)
# How soon, said of "after" or "before": "right after lindqvist got the boot" is after it
_SOON_RE = re.compile(
    r"\b(?:right|just|soon|shortly|immediately|straight) (?=after\b|before\b)", re.IGNORECASE
)
# Suing in so many words: "file the lawsuit", "bring a suit" (no filing asked of apart from it)
_FILED_SUIT_RE = re.compile(
    r"\b(?:file|bring|launch)\s+(?:a|the|this|that|its|his|her|their)?\s*(?:law)?suit\b",
    re.IGNORECASE,
)
# A post held meanwhile: "who filled in as ceo", "who stood in as chief executive" (not
# "stepped in as", which may be for good)
_FILLED_IN_RE = re.compile(r"\b(?:filled|fill|fills|stood|stand|stands) in as\b", re.IGNORECASE)
# A stand-in said in other words: "who ran research in the meantime"
_MEANTIME_RE = re.compile(r"\b(?:in the meantime|in the interim|for the time being)\b", re.I)
_DETERMINERS = frozenset("the a an its their his her our this that".split())
_ASPECT_VERBS = frozenset(
    "start begin end finish happen close fail collapse last stop go get come".split()
)
# "what does the ridgeback do": what a thing (or a company, not a person) is for
_THING_DOES_RE = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what|wat)\s+(?:does|do)\s+(?P<thing>[\w'’&. -]{2,40}?)"
    r"\s+(?:actually\s+|really\s+|even\s+|exactly\s+)?do(?:\s+(?:exactly|again|anyway))?\s*[?!.]*$",
    re.IGNORECASE,
)
# "who's in charge of the tech side": the post over that part of a company, by its title
_IN_CHARGE = tuple(
    (
        re.compile(
            rf"\b(?:in charge of|responsible for|running|runs|heads|head of) (?:the |its |their )?"
            rf"(?:{area})(?: side| team| department| stuff| part| operation)?"
            # (the area ends it: "in charge of the product recall" asks of a recall)
            r"(?=\s*$|\s*[?.!,]|\s+(?:these|now|today|nowadays|currently|at|for|in|there|"
            r"anymore|right now)\b)",
            re.IGNORECASE,
        ),
        title,
    )
    for area, title in (
        ("tech|technology|engineering", "the chief technology officer"),
        ("money|finances?|the books|books", "the chief financial officer"),
        ("operations|day-to-day operations", "the chief operating officer"),
        ("product|products", "the chief product officer"),
    )
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_HOW_WORDS = frozenset("big large small long far old tall many much often soon".split())
_OK = frozenset({"ok", "okay", "okd", "okayed", "oked"})
_FIGURE_WORDS = frozenset("million millions billion billions thousand less more fewer".split())
# "do the sources disagree about how much musk gave": a question about what the articles say,
# wrapped around the real one (disagreements are shown whenever the articles differ).
_META_RE = re.compile(
    r"^\W*(?:(?:do|did|does|don't|are|is)\s+)?(?:the\s+|these\s+|all\s+|both\s+)?"
    r"(?:sources|articles|reports|outlets|accounts|stories)\s+"
    r"(?:(?:all|both|even|really)\s+)?(?:disagree|differ|agree|conflict|contradict each other|"
    r"say different things|give different (?:figures|numbers|dates|answers))\s+"
    r"(?:about|on|over|as to|regarding)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, kw_only=True)
class Term:
    """A word of the question to look for, with the words that may stand for it."""

    text: str
    forms: tuple[str, ...]
    entity: EntityInfo | None = None

    @property
    def key(self) -> str:
        return self.entity.key if self.entity else self.text.casefold()


@dataclass(frozen=True, kw_only=True)
class Frame:
    """A question taken apart. `terms` hold one Term per content word or named entity."""

    question: str
    english: str
    answer: str
    entities: tuple[EntityInfo, ...]
    subject: EntityInfo | None
    action: Term | None
    terms: tuple[Term, ...]
    cjk: tuple[str, ...] = ()
    passive: bool = False
    year: int | None = None
    verb: str = ""
    thing: str = ""  # what a "what is X" question asks to define
    partners: tuple[EntityInfo, ...] = ()  # named with the subject: "sutskever and brockman"

    @property
    def objects(self) -> tuple[EntityInfo, ...]:
        return tuple(e for e in self.entities if self.subject is None or e.key != self.subject.key)


def answer_type(text: str) -> str:
    """The kind of answer a question wants: date, duration, age, amount, count, reason,
    place, person, any."""
    own = EARLIER_QUESTION_RE.sub("", text)
    if own != text and _YES_NO_RE.match(own.casefold()):
        # "did other people go with him? (following “when did he join tessary”)": a yes or
        # no asked of its own; the question before gives it its words, not its kind
        text = own
    lowered = text.casefold()
    defined = _DEFINE_RE.match(text)
    if (
        defined
        and len(defined.group("thing").split()) <= 4
        and not re.search(
            r"\b(?:called|named|known|worth|happening|going on|deal with)\b", defined.group("thing")
        )
    ):
        return "define"
    best: tuple[int, str] | None = None
    for pattern, kind in _ANSWER_PATTERNS:
        m = re.search(pattern, lowered)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    opening = _OPENING_RE.match(lowered)
    if best is not None and opening and best[0] > opening.end():
        # "what did marsh say when she fired her": the question is the "what"; the "when"
        # belongs to a clause inside it
        return "any"
    return best[1] if best else "any"


EARLIER_QUESTION_RE = re.compile(r"\s*\(following “.*”\)\s*$")  # bot.followup's context
_YES_NO_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but)\W+)*(?:did|does|do|is|was|were|has|have|had|can|could|"
    r"will|would)\b"
)
# A question opened by "what did", "how did": what comes after it belongs to clauses inside.
_OPENING_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|hey)\W+)*(?:what|how)\s+(?:did|does|do|was|were|is|are|has|had)\b"
)


@functools.lru_cache(maxsize=4096)
def _alias_pattern(entity: EntityInfo) -> re.Pattern[str] | None:
    aliases = sorted({a.casefold() for a in (entity.name, *entity.aliases) if len(a) >= 2}, key=len)
    if not aliases:
        return None
    either = "|".join(re.escape(a) for a in reversed(aliases))
    return re.compile(rf"(?<![\w])(?:{either})(?![\w])")


def alias_spans(text: str, entities: Iterable[EntityInfo]) -> list[tuple[int, int, EntityInfo]]:
    """Where the entities are named in `text` (case-insensitive, whole words), in text order;
    where two names overlap the longer wins ("Sam Altman" over "Sam")."""
    lowered = text.casefold()
    spans: list[tuple[int, int, EntityInfo]] = []
    for entity in entities:
        pattern = _alias_pattern(entity)
        if pattern is not None:
            spans.extend((m.start(), m.end(), entity) for m in pattern.finditer(lowered))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, EntityInfo]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


_FIRST_WORD_RE = re.compile(r"\w+")


def _starting(
    aliases: list[tuple[str, int]], text: str, *, whole: bool
) -> Iterator[tuple[str, int]]:
    """Of sorted (alias, entity number) pairs, those whose alias is `text` (`whole`) or
    starts with it."""
    at = bisect.bisect_left(aliases, (text,))
    while at < len(aliases) and aliases[at][0].startswith(text):
        if not whole or aliases[at][0] == text:
            yield aliases[at]
        elif whole:
            break
        at += 1


class _Names:
    """Every entity's aliases, arranged once per entity list (an index build) so that a
    question is matched against them in time that grows with the question, not with the
    entities: aliases by their first word, and the name parts typos are matched against.

    `spans` finds what `alias_spans` finds. Each entity's pattern requires a non-word
    character (or nothing) before an alias, so an alias that starts with a word character
    can only start where a word of the text starts, and that word is the alias's first
    word; each entity then takes, position by position, its longest alias there and skips
    what overlaps it, as a regular expression's scan does. Entities with an alias that
    starts otherwise are matched by their pattern, as before."""

    def __init__(self, entities: tuple[EntityInfo, ...]) -> None:
        self.entities = entities
        self.by_key = MappingProxyType({e.key: e for e in entities})
        self.by_first: dict[str, list[tuple[str, int]]] = {}
        self.odd: list[int] = []  # entities matched by their own pattern
        for number, entity in enumerate(entities):
            aliases = {a.casefold() for a in (entity.name, *entity.aliases) if len(a) >= 2}
            firsts = {a: _FIRST_WORD_RE.match(a) for a in aliases}
            if any(m is None or m.start() != 0 for m in firsts.values()):
                self.odd.append(number)
                continue
            for alias, first in firsts.items():
                assert first is not None
                self.by_first.setdefault(first.group(), []).append((alias, number))
        # each first word's aliases in order: a question's "tim shi" is found among those
        # starting so by bisection, not compared with every "Tim …" of a large index
        for bucket in self.by_first.values():
            bucket.sort()
        # name parts of four letters or more, normalised once (typos are matched to them),
        # each once with the first entity it is part of: the nearest part decides, and among
        # equally near ones the first, so a part many share ("Andrej") needs no repeats
        # (not an everyday word: "libarys" is "libraries" mistyped, not the "Library
        # Consortium")
        owner: dict[str, EntityInfo] = {}
        everyday = english.common_words()
        # (a part that is someone's whole alias is theirs before it is a word of a longer
        # name: "Achterberg" is Cornelis Achterberg's, not "Achterberg Maritime"'s)
        ordered = [(e, a) for e in entities for a in (e.name, *e.aliases) if " " not in a]
        ordered += [(e, a) for e in entities for a in (e.name, *e.aliases) if " " in a]
        for entity, alias in ordered:
            for part in alias.split():
                said = utils.default_process(part)
                if len(part) >= 4 and said not in everyday:
                    owner.setdefault(said, entity)
                    # and as typed without its accents ("vahi": Vähi)
                    if (typed := plain(part)) != said and typed not in everyday:
                        owner.setdefault(typed, entity)
        # the first piece of a person's hyphenated surname, typed apart ("montalvo brandt"):
        # theirs when no other name has it
        pieces: dict[str, EntityInfo | None] = {}
        for entity in entities:
            if entity.kind != "person":
                continue
            for part in {p for a in (entity.name, *entity.aliases) for p in a.split() if "-" in p}:
                piece = part.split("-")[0].casefold()
                for typed in {piece, plain(piece)}:  # ("ostergaard": Østergaard-Vance)
                    if len(typed) >= 4 and typed not in everyday:
                        pieces[typed] = entity if pieces.get(typed, entity) is entity else None
        self.pieces = {k: e for k, e in pieces.items() if e is not None and k not in owner}
        self.piece_list = list(self.pieces)
        self.parts: list[str] = list(owner)
        self.owners: list[EntityInfo] = list(owner.values())

    def spans(self, text: str) -> list[tuple[int, int, EntityInfo]]:
        lowered = text.casefold()
        found: dict[int, list[tuple[int, int]]] = {}  # entity -> (start, end) in text order
        words = list(_FIRST_WORD_RE.finditer(lowered))
        for i, word in enumerate(words):
            aliases = self.by_first.get(word.group(), [])
            # the word alone, and what starts with it and the word after it as written
            two = lowered[word.start() : words[i + 1].end()] if i + 1 < len(words) else ""
            for alias, number in itertools.chain(
                _starting(aliases, word.group(), whole=True),
                _starting(aliases, two, whole=False) if two else (),
                # ("saltmarsh foundations first chair": see below)
                _starting(aliases, two[:-1], whole=True) if two.endswith("s") else (),
            ):
                end = word.start() + len(alias)
                if not lowered.startswith(alias, word.start()):
                    continue
                if end < len(lowered) and _is_word_char(lowered[end]):
                    # an organisation's possessive typed without its apostrophe ("the
                    # saltmarsh foundations first chair"), the "s" a word's own end
                    if not (
                        lowered[end] == "s"
                        and self.entities[number].kind == "org"
                        and len(alias) >= 4
                        and (end + 1 == len(lowered) or not _is_word_char(lowered[end + 1]))
                    ):
                        continue
                    end += 1
                found.setdefault(number, []).append((word.start(), end))
        spans: list[tuple[int, int, int]] = []
        for number, matches in found.items():
            last_end = -1
            for start, end in sorted(matches, key=lambda m: (m[0], -m[1])):
                if start >= last_end:  # the longest at this position, nothing overlapping
                    spans.append((start, end, number))
                    last_end = end
        for number in self.odd:
            pattern = _alias_pattern(self.entities[number])
            if pattern is not None:
                spans.extend((m.start(), m.end(), number) for m in pattern.finditer(lowered))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
        kept: list[tuple[int, int, EntityInfo]] = []
        for start, end, number in spans:
            if kept and start < kept[-1][1]:
                continue
            kept.append((start, end, self.entities[number]))
        return kept


def _is_word_char(char: str) -> bool:
    return _FIRST_WORD_RE.match(char) is not None


_ARRANGED: list[_Names] = []  # the entity list last arranged (one index build at a time)


def _names(entities: tuple[EntityInfo, ...]) -> _Names:
    if _ARRANGED and _ARRANGED[0].entities is entities:
        return _ARRANGED[0]
    arranged = _Names(entities)
    _ARRANGED[:] = [arranged]
    lasting.made()
    return arranged


def named_in(text: str, entities: tuple[EntityInfo, ...]) -> list[tuple[int, int, EntityInfo]]:
    """What `alias_spans(text, entities)` finds, in time that grows with the text, not with
    the entities (the whole list, arranged once per index build)."""
    return _names(entities).spans(text)


def entity_map(entities: tuple[EntityInfo, ...]) -> Mapping[str, EntityInfo]:
    """Every entity by its key (read only), made once per entity list."""
    return _names(entities).by_key


_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)


def _fuzzy_entities(
    words: list[tuple[int, str]], names: _Names, known: frozenset[str]
) -> list[tuple[int, int, EntityInfo]]:
    """Misspelled names ("sutskevar", "nadela"): words close to an alias, not ordinary words."""
    found = []
    for start, said in words:
        word = _POSSESSIVE_RE.sub("", said)  # "kestarne's": the name is "kestarne"
        key = word.casefold()
        if (whole := names.pieces.get(key)) is not None:
            # "montalvo brandt": the start of Montalvo-Brandt, typed apart (the rest of it
            # after: see _with_name_parts)
            found.append((start, start + len(word), whole))
            continue
        if len(word) < 4 or lexicon.is_filler(key) or key in known or lexicon.group_of(key):
            continue
        if key in english.common_words():
            continue  # "how many people work at …": a word, not "Kettleby Works" mistyped
        allowed = 1 if len(word) < 7 else 2
        near_piece = _nearest(word, names.piece_list, allowed)
        if near_piece is not None:  # "ostergard vance": Østergaard-Vance, the rest after
            found.append((start, start + len(word), names.pieces[str(near_piece[0])]))
            continue
        best = _nearest(word, names.parts, allowed)
        if best is not None:
            found.append((start, start + len(word), names.owners[int(best[2])]))
    return found


def _nearest(word: str, choices: list[str], allowed: int) -> tuple[str, float, int] | None:
    """The choice fewest edits from `word` (as typed, case folded), within `allowed`."""
    found = process.extractOne(
        utils.default_process(word),
        choices,
        scorer=DamerauLevenshtein.distance,
        processor=None,
        score_cutoff=allowed,
    )
    return None if found is None else (str(found[0]), float(found[1]), int(found[2]))


_NEXT_WORD_RE = re.compile(r"[\s-]+([^\W\d_]{3,})")
NAME_PART_SCORE = 70  # how close a word after a name must be to a part of it


def _with_name_parts(
    text: str, spans: list[tuple[int, int, EntityInfo]]
) -> list[tuple[int, int, EntityInfo]]:
    """Each name found, with the words right after it that are parts of the same name, as
    typed ("teodor maloof renner": Teodor Maalouf-Renner, all three words): not words of
    the question the articles never use."""
    grown = []
    for start, end, entity in spans:
        parts = {
            p.casefold() for a in (entity.name, *entity.aliases) for p in re.split(r"[\s-]+", a)
        }
        while (
            (m := _NEXT_WORD_RE.match(text, end))
            and (
                (word := m.group(1).casefold()) in parts
                # (a possessive typed without its apostrophe: "the tessera foundations first
                # chair", the Tessera Foundation's)
                or (
                    word.endswith("s") and word[:-1] in parts and not text[end : m.start(1)].strip()
                )
                # (a misspelling: no English word, "join" after "Schulman" asks what he joined)
                or (
                    not english.is_known(word)
                    and any(fuzz.ratio(word, part) >= NAME_PART_SCORE for part in parts)
                )
            )
        ):
            if any(s <= m.start(1) < e for s, e, _x in spans if (s, e) != (start, end)):
                break  # another name's
            end = m.end(1)
        # and the word right before it, so typed ("lin pham": Linh Phạm)
        before = _WORD_BEFORE_RE.search(text, 0, start)
        if (
            before is not None
            # (no everyday word: "where did lin pham go", not "when did sam join")
            and (word := before.group(1).casefold()) not in english.common_words()
            and not lexicon.is_filler(word)
            and any(fuzz.ratio(word, part) >= NAME_PART_SCORE for part in parts)
            and not any(s <= before.start(1) < e for s, e, _x in spans)
        ):
            start = before.start(1)
        grown.append((start, end, entity))
    return grown


_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,})[\s-]+$")


def near_name(word: str, entities: tuple[EntityInfo, ...]) -> bool:
    """The word is a name's part, or a typo of one ("openi", "renwik"): for the name matcher,
    not a misspelled ordinary word."""
    word = _POSSESSIVE_RE.sub("", word)
    if len(word) < 4:
        return False
    allowed = 1 if len(word) < 7 else 2
    return (
        process.extractOne(
            utils.default_process(word),
            _names(entities).parts,
            scorer=DamerauLevenshtein.distance,
            processor=None,
            score_cutoff=allowed,
        )
        is not None
    )


_FOR_RE = re.compile(r"[^.?!;]*?\b(?:for|to)\s+(?:the\s+)?", re.IGNORECASE)
_WHERE_TO_RE = re.compile(r"\s+to\b", re.IGNORECASE)


def _left_for(term: Term, key: str, english: str, at: int, covered: list[tuple[int, int]]) -> Term:
    """ "who left openai for tesla", "where did he jump ship to": leaving one for another is
    joining the other, and the articles may tell it so ("Tesla poached … Andrej Karpathy",
    "Albrecht joined Tessary"): the action is either."""
    if lexicon.group_of(key) != lexicon.group_of("leave"):
        return term
    end = at + len(term.text)
    after = _FOR_RE.match(english, end)
    named = after is not None and any(s == after.end() for s, _e in covered)
    asked = english.casefold().startswith("where") and _WHERE_TO_RE.match(english, end)
    if not named and not asked:
        return term  # "left for good", "quit for family reasons": no one joined
    joined = dict.fromkeys((*term.forms, *lexicon.paraphrases("join")))
    return Term(text=term.text, forms=tuple(joined))


def _object_marked(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].casefold().strip(",") in _OBJECT_MARKERS


# Verbs that only say when another one happens ("start investigating", "stopped paying").
_ASPECT = frozenset("start started starts begin began begins".split())
# Verbs that say nothing but with the noun after them: "make his pledge", "take a stake"
_LIGHT_VERBS = frozenset("make made makes making".split())
# Verbs whose "against" says which side someone took: "who voted against removing her" asks
# for the one vote against, not for the vote (a suit is against someone whatever it says)
_SIDE_VERBS = frozenset("vote argue speak side campaign lobby cast".split())


def _takes_a_side(lowered: list[str], i: int) -> bool:
    """Whether the word at `i` is an "against" that says the side taken ("voted against")."""
    return lowered[i] == "against" and i > 0 and lexicon.lemma(lowered[i - 1]) in _SIDE_VERBS


def _doing(word: str) -> bool:
    """A verb's -ing form ("investigating"), not a name that ends so ("Kling", "Boeing")."""
    base = lexicon.lemma(word)
    return word.endswith("ing") and base != word and english.is_known(base)


def parse(
    question: str,
    entities: tuple[EntityInfo, ...],
    known: frozenset[str] = frozenset(),
    *,
    kind: str = "",
) -> Frame:
    """Take `question` apart. `known` holds words the articles use (they are not misspelled
    names); `kind`, the kind of answer wanted when the command says it (`when …`: a date,
    so "was the 10 billion deal" keeps its sum as words to find, not the answer)."""
    english, cjk = lexicon.translate_cjk(question)
    english = re.sub(r"\s+", " ", english).strip()
    english = _META_RE.sub("", english, count=1) or english
    english = _MAKES_RE.sub(r"what is \g<thing>", english, count=1)
    does = _THING_DOES_RE.match(english)
    if does and (
        does["thing"].casefold().startswith("the ")
        or {e.kind for _s, _e, e in named_in(does["thing"], entities)} == {"org"}
    ):  # "what does the ridgeback do", "what does nimbrel actually do"; not a person's job
        english = f"what is {does['thing']}"
    english = _RIGHT_NOW_RE.sub("now", english)  # "who runs it right now": no right asked of
    english = _FILLED_IN_RE.sub("was interim", english)  # "who filled in as ceo"
    english = _MEANTIME_RE.sub("as interim", english)
    english = _FILED_SUIT_RE.sub("sue", english)  # "when did he file the lawsuit"
    english = _GOT_DONE_RE.sub(r"was \g<x> \g<done>", english)  # "when did x get started"
    english = _WHO_GOT_RE.sub(_was_done, english)  # "who got the boot"
    english = _DID_NOT_BACK_RE.sub("voted against", english)  # "didn't go along with"
    english = _SOON_RE.sub("", english)  # "right after"
    english = _JOB_BACK_RE.sub("return", english)  # "when did he get his job back"
    english = _TOOK_OVER_AFTER_RE.sub(r"\g<who> replaced \g<gone> as \g<post>", english)
    for area, title in _IN_CHARGE:
        english = area.sub(title, english)
    answer = kind or answer_type(english)
    names = _names(entities)
    spans = names.spans(english)
    covered = [(s, e) for s, e, _ in spans]
    words = [
        (m.start(), m.group())
        for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", english)
        if not any(s <= m.start() < e for s, e in covered)
    ]
    spans = _with_name_parts(
        english, sorted([*spans, *_fuzzy_entities(words, names, known)], key=lambda s: s[0])
    )
    named: dict[str, tuple[int, EntityInfo]] = {}
    for start, _end, entity in spans:
        named.setdefault(entity.key, (start, entity))
    ordered = [entity for _start, entity in sorted(named.values(), key=lambda p: p[0])]
    covered = [(s, e) for s, e, _ in spans]
    tokens = [
        (m.start(), re.sub(r"['’]s$", "", m.group()))
        for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", english)
        if not any(s <= m.start() < e for s, e in covered)
    ]
    lowered = [t.casefold() for _s, t in tokens]

    subject: EntityInfo | None = None
    passive = False
    if answer != "person" or not _who_acts(english):
        for start, _end, entity in spans:
            if _object_marked(english, start):
                continue
            if entity.kind == "org" and re.match(r"['’]s\s+\w", english[_end:]):
                continue  # "openai's founding team": whose thing is asked about, not who acts
            before = english[:start].split()
            if before and before[-1].casefold() in ("the", "a", "an"):
                before = before[:-1]  # "when was the openboard foundation founded"
            if (
                before
                and before[-1].casefold() in _PASSIVE_AUX
                and _participle_after(english, _end)
            ):
                passive = True
                continue
            subject = entity
            break
        if subject is None and not passive and ordered and answer not in ("person",):
            people = [e for e in ordered if e.kind == "person"]
            subject = people[0] if people else None

    terms: list[Term] = []
    action: Term | None = None
    earlier = EARLIER_QUESTION_RE.search(english)
    pairs = _phrases(lowered)
    # "how much dough did the rich founder promise": the verb's object and subject
    counted = _counted_words(lowered)
    inside = {j for i, p in pairs.items() for j in range(i + 1, i + len(p.split(" ")))}
    for i, ((_start, word), key) in enumerate(zip(tokens, lowered, strict=True)):
        if i in inside:
            continue  # a later word of a phrase ("come back", "go on sale")
        if i in pairs:
            word = key = pairs[i]
        elif key in _OK and any(e <= _start and not english[e:_start].strip() for _s, e in covered):
            key = word = "approve"  # "did musk ok the raises": a verb right after a name
        elif (lexicon.is_filler(key) and not _takes_a_side(lowered, i)) or (
            len(key) == 1 and key.isascii()
        ):
            continue
        elif earlier is not None and earlier.start() <= _start < earlier.start() + 12:
            continue  # "(following “who is …”)": the word saying what came before
        elif key in ("first", "all") and i and lowered[i - 1] == "at":
            continue  # "at first", "at all": how it is said, not what it is about
        elif (
            key in ("start", "beginning", "outset")
            and i >= 2
            and lowered[i - 1] == "the"
            and lowered[i - 2] in ("at", "in")  # (not "been at corvid from the start")
        ):
            continue  # "who bankrolled the lab at the start": when, not a founding
        elif (
            key in ("started", "began", "begun", "launched", "founded", "set up")
            and i >= 2
            and lowered[i - 2] == "when"
            and lowered[i - 1] in ("it", "they", "he", "she", "we")
            and action is not None
        ):
            continue  # "who funded tidewarden when it started": when, as "at the start" is
        elif key in _ASPECT and i + 1 < len(lowered) and _doing(lowered[i + 1]):
            continue  # "start investigating": the investigating is what it is about
        elif (
            key in _LIGHT_VERBS
            and i + 2 < len(lowered)
            and lowered[i + 1] in _DETERMINERS
            and lexicon.group_of(lowered[i + 2]) is not None
        ):
            continue  # "make his pledge": the pledging is what it is about (not "make money")
        elif key in _HOW_WORDS and i and lowered[i - 1] == "how":
            continue  # "how big", "how large": the question word, not what it is about
        elif answer == "amount" and (
            key in _FIGURE_WORDS
            or (re.fullmatch(r"\$?[\d,.]+[mbk]?", key) and not _YEAR_RE.fullmatch(key))
        ):
            continue  # "did elon put in 100 million or less": the figure asked about
        term = Term(text=word, forms=lexicon.paraphrases(key))
        modifier = (
            key.endswith("ing")
            and i + 1 < len(lowered)
            and not lexicon.is_filler(lowered[i + 1])
            and lexicon.group_of(lowered[i + 1]) is None
        ) or (
            i + 1 < len(lowered)
            and lowered[i + 1] in lexicon.ROLE_WORDS
            and lowered[i + 1] in lexicon.paraphrases(key)
        )  # "the founding charter": "founding" describes the charter; no action; nor does
        # "board" in "who was board chair", a word of the title after it
        if (
            action is None
            and not modifier
            and lexicon.group_of(key) is not None
            and key not in lexicon.VAGUE
        ):
            # (not a noun a later verb acts on: "why did the board fire her")
            determined = (
                i in counted
                or (
                    i
                    and lowered[i - 1] in _DETERMINERS
                    and key not in lexicon.ROLE_WORDS  # "who is the chair of the board"
                    # (right before it: not "the Halcyon contract", a name between)
                    and not english[tokens[i - 1][0] + len(tokens[i - 1][1]) : _start].strip()
                )
            )
            if (
                not determined
                or not any(
                    lexicon.group_of(w) is not None
                    and w not in lexicon.VAGUE
                    and lexicon.lemma(w) not in _ASPECT_VERBS  # "when did the merger start"
                    for w in (*lowered[i + 1 :], *(p for j, p in pairs.items() if j > i))
                )
            ):
                action = term = _left_for(term, key, english, _start, covered)
        terms.append(term)
    for entity in ordered:
        terms.append(Term(text=entity.name, forms=(), entity=entity))
    partners = _partners(english, spans, subject)
    year = next((int(m.group()) for m in _YEAR_RE.finditer(english)), None)
    verb = _verb_slot(english, spans, subject)
    unique: dict[str, Term] = {}
    for term in terms:
        unique.setdefault(term.key, term)
    return Frame(
        question=question,
        english=english,
        answer=answer,
        entities=tuple(ordered),
        subject=subject,
        action=action,
        terms=tuple(unique.values()),
        cjk=cjk,
        passive=passive,
        year=year,
        verb=verb,
        partners=partners,
        thing=_own_thing(_thing(english), spans) if answer == "define" else "",
    )


# Words that pick which of a thing's versions is asked ("its original mission"): not the
# thing's own name
_WHICH_ONE = frozenset("original initial first current actual real official stated".split())


def _own_thing(thing: str, spans: list[tuple[int, int, EntityInfo]]) -> str:
    """What a "what is X's Y" asks to define, without its owner (named, with or without an
    apostrophe: "nimbrels original mission") or the word picking its version: "mission"."""
    words = thing.split()
    whole = {a.casefold() for _s, _e, e in spans for a in (e.name, *e.aliases)}
    if len(words) > 1 and spans and thing.casefold() not in whole:  # (not "harrowgate machinery")
        owner = re.sub(r"(?:['’]s|s['’]?)$", "", words[0])
        if any(
            owner == a.casefold() or words[0] == a.casefold()
            for _s, _e, e in spans
            for a in (e.name, *e.aliases)
        ):
            words = words[1:]
    while len(words) > 1 and words[0] in _WHICH_ONE:
        words = words[1:]
    return " ".join(words)


_COUNTED_UNTIL = frozenset("did does do has have had was were is are will would could".split())


def _counted_words(lowered: list[str]) -> set[int]:
    """The places of words a later verb acts on or has as its subject: between "how much"
    or "how many" and the auxiliary ("dough" in "how much dough did he promise"), and
    after one and a determiner ("cofounder" in "… did the rich cofounder promise")."""
    found: set[int] = set()
    for i in range(len(lowered) - 2):
        if lowered[i] == "how" and lowered[i + 1] in ("much", "many"):
            ends = [j for j in range(i + 2, len(lowered)) if lowered[j] in _COUNTED_UNTIL]
            found.update(range(i + 2, ends[0]) if ends else ())
        if lowered[i] in ("did", "does", "do") and lowered[i + 1] in _DETERMINERS:
            found.update(range(i + 2, len(lowered)))
    return found


def _thing(text: str) -> str:
    m = _DEFINE_RE.match(text)
    return m.group("thing").strip(" '’“”\"").casefold() if m else ""


def _partners(
    text: str, spans: list[tuple[int, int, EntityInfo]], subject: EntityInfo | None
) -> tuple[EntityInfo, ...]:
    """Entities joined to the subject by "and" ("when did sutskever and brockman email"):
    they act together."""
    if subject is None:
        return ()
    found: list[EntityInfo] = []
    chained = False
    for (_s, end, entity), (start, _e, other) in itertools.pairwise(spans):
        if entity.key == subject.key:
            chained = True
        if chained and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[end:start]):
            if other.key != subject.key:
                found.append(other)
        elif chained:
            break
    return tuple(dict.fromkeys(found))


_LETTERED = frozenset("series class round phase type plan model version tier stage".split())


def _phrases(lowered: list[str]) -> dict[int, str]:
    """Phrases of two or three words of the paraphrase table ("come back", "step down", "go
    on sale"), by the index of their first word; the first word may be inflected ("came
    back"). A letter after "series" or "class" is part of a name ("series b")."""
    found: dict[int, str] = {}
    covered = -1  # the last word inside a phrase found
    for i in range(len(lowered) - 1):
        if i <= covered:
            continue
        if lowered[i] in _LETTERED and re.fullmatch(r"[a-z]|\d{1,2}", lowered[i + 1]):
            found[i], covered = f"{lowered[i]} {lowered[i + 1]}", i + 1
            continue
        for size in (4, 3, 2):  # ("put up the cash")
            rest = lowered[i + 1 : i + size]
            if len(rest) < size - 1:
                continue
            phrase = next(
                (
                    p
                    for first in (lowered[i], lexicon.lemma(lowered[i]))
                    if lexicon.group_of(p := " ".join([first, *rest])) is not None
                ),
                None,
            )
            if phrase is not None:
                found[i], covered = phrase, i + size - 1
                break
    return found


def _verb_slot(
    text: str, spans: list[tuple[int, int, EntityInfo]], subject: EntityInfo | None
) -> str:
    """The word where the question's verb stands: after "who", or after "did <subject>"."""
    lowered = text.casefold()
    m = re.search(r"\bwho\s+([a-z-]+)", lowered)
    if m and m.group(1) not in _AUX:
        return m.group(1)
    for _start, end, entity in spans:
        if subject is not None and entity.key == subject.key:
            nxt = re.match(r"\W*([a-z-]+)", lowered[end:])
            return nxt.group(1) if nxt else ""
    return ""


def _who_acts(text: str) -> bool:
    """ "who fired altman" (the asked person acts) vs "who is altman" (a name is asked)."""
    m = re.search(r"\b(?:who|whom)\s+(\S+)(?:\s+(\S+))?", text.casefold())
    if m is None:
        return False
    if m.group(1) in ("is", "was", "are", "were", "'s", "’s"):
        return (m.group(2) or "").endswith("ing")  # "who is bankrolling the round"
    return m.group(1) not in _OBJECT_AUX  # "who did microsoft hire": microsoft acts


_OBJECT_AUX = frozenset("did does do will would has have had could can".split())


def asks_object(text: str) -> bool:
    """ "who did microsoft hire": the person asked is the one the action is done to."""
    m = re.search(r"\b(?:who|whom)\s+(\S+)", text.casefold())
    return m is not None and m.group(1) in _OBJECT_AUX


def _participle_after(text: str, end: int) -> bool:
    nxt = text[end:].split()
    word = nxt[0].casefold().strip("?!.,;:") if nxt else ""
    return (
        re.fullmatch(r"[a-z-]+(?:ed|en|wn|ght|nt|ld)", word) is not None or word in _IRREGULAR_DONE
    )


# Past participles no ending gives: "when was it set up", "was she let go", "was it spun out"
_IRREGULAR_DONE = frozenset("set put cut shut spun begun let split struck".split())
