"""Rank candidates by what the question is about, then by how much of it they say.

The order, most important first: a passage must say enough of the question (its weighted
terms, rare words weighing more) to be considered at all; among those, the question's subject
acting (the one who left, not someone else leaving the same company) beats the subject merely
named, which beats a passage about someone else; then the answer type being present (a date
the sentence states itself, an amount, a cause, a person); then bm25.
"""

import functools
import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.answering import lexicon
from knowledge.answering.frame import HAPPENED_TO_RE, Frame, Term, alias_spans, asks_object
from knowledge.entities import COMPANY_DESCRIPTIONS, GROUP_OPENS, SUFFIXES, surname
from knowledge.model import EntityInfo, Event, Hit, Marked, Passage
from knowledge.roles import SUBJECT_AT_RE

RELEVANT = 0.45  # share of the question's weight a passage must match to be considered
TITLE_CREDIT = 0.5  # a term the article's title names counts this much in all its sentences

_AMOUNT_RE = re.compile(
    r"[$€£]\s?\d|\b\d[\d,.]*\s?(?:million|billion|trillion|thousand|percent|%)",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(r"\b\d[\d,]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\b")
_DATE_WORDS_RE = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?:\s+\d{1,2}\b)?"
)
_CAUSAL_RE = re.compile(
    r"\b(?:because|due to|so that|as a result|reasons?|in order to|to prevent|concerned|"
    r"worried|led to|caused|angered|fears?|prompted|therefore|felt|believed|frustrated|"
    r"disappointed|opposed|rejected|rejection|conflict of interest|conflicted|thanks to|"
    r"in response|it was to|was to|the aim|the goal|aimed (?:to|at [a-z]+ing)\b|to keep|"
    r"to make|to help|to avoid|"
    r"to reduce|to attract|to build|over a lack|lack of|accus\w+|alleg\w+|trouble|"
    r"related to|linked to|stems? from|stemmed from|driven by|in protest|faced with|"
    # the grounds a suit or complaint gives: "sued the foundation, claiming the gift …"
    r"claiming (?:that|the|a|an|his|her|its|their)\b|"
    # a wager on what is to come: "paid $210 million for OrbitFarm in a bet that software …"
    r"in (?:a|the) (?:bet|wager|gamble) that|betting that|"
    # what set someone going, what a gap is put down to, what a suit is for: "The clause
    # also drove away two founders", "a gap the foundation attributes to office space",
    # "The lawsuit … seeks to block that conversion"
    r"drove (?:away|out|off) (?:two|three|four|five|several|many|some|most|the|its|his|her|"
    r"their|a|an)\b(?! (?:car|road|street)\b)|"
    r"(?:attributes?|attributed|ascribes?|ascribed|puts? down) "
    r"(?:[\w'’-]+ ){0,2}?to\b|seek(?:s|ing)? to (?:block|stop|prevent|undo|force|recover|"
    r"reverse|halt)|in an effort to|"
    # a leaving's own reason, told after it: "resigned that spring, objecting to the plan
    # to sell risk scores", "stepped down, citing the board's …"
    r"object(?:ing|ed) (?:to|that)|,\s+citing|"
    # a motive of one's own: "he missed teaching", "I would like to get back to …"
    r"missed|longed|wanted to|would like to|wished|hoped to|to focus on|to pursue|"
    # left for a new post: "left in July to become finance chief at Glasswing"
    r"(?:left|quit|resigned|departed|stepped down)\b[^.;]{0,40}? to (?:become|join|run|lead|"
    r"open|start|launch|set up)|"
    # what went against them just before: "left the following April after losing an
    # argument over …" (not "left after five years")
    r"(?:left|quit|resigned|departed|stepped down)\b[^.;]{0,40}? after (?:losing|failing|"
    r"being (?:passed over|overruled|outvoted|sidelined|denied)|clashing|a (?:dispute|row|"
    r"clash|falling-out|disagreement|quarrel|fight))\b|"
    r"(?:arguing|argued|argues|saying)(?: (?:publicly|privately|repeatedly|openly))? that|"
    # "left with nine colleagues …, saying the Telvara agreement had put its forecasts
    # behind a paywall" (a leaver's own word on it; a board "saying he had not been
    # forthcoming" may be no more than what it gave out)
    r"(?:left|quit|resigned|departed|stepped down)\b[^.;]{0,80}?,\s+saying\s+(?:the|its|his|"
    r"her|their|it|he|she|they)\b[^.;]{0,80}?\b(?:had|has|was|were|would|could)\b|"
    r"on the grounds that|"
    # "I have long disagreed with the OpenAI leadership on core priorities"
    r"disagree(?:d|s|ing)? with|disagreements? (?:with|over|about)|"
    # what the ones acting had found out: "voted to remove him … after learning that he had
    # signed an agreement …"
    r"(?:after|upon|on) (?:learning|discovering|finding out|realising|realizing|hearing|"
    r"being told|it emerged) (?:that|of|about)\b|"
    # "two people … said the concern was a side letter"
    r"the (?:real |actual |main |underlying )?(?:concern|reason|cause|issue|trigger) was|"
    # "saying in a statement that she had not been candid"; "the higher price reflected
    # manufacturing costs" (not "reflected on …")
    r"saying (?:in|on|to|at) [^.;,]{1,30}? that|reflect(?:s|ed)\b(?! on\b)|"
    # "resigned from the board in February 2018, writing to his fellow directors that …"
    r"writing to (?:his|her|their|the) (?:fellow )?(?:directors|board|staff|employees|"
    r"colleagues|shareholders|members|partners|investors|donors) that|"
    r"to spend more time|to return to|to get back to|tired of|burn(?:ed|t) out|burnout|"
    r"(?:annoyed|angry|upset|unhappy|furious|irritated)\s+(?:that|because|over|about|by|with)|"
    # what those who acted had concluded, and what the act makes possible: "had concluded
    # that a charity could not build …", "the conversion would allow Nimbrel to raise money"
    # (not "a judge decided that …", nor "a state grant would allow …")
    r"had (?:concluded|reali[sz]ed) that|"
    # a finding of what someone had done: "an audit concluded that Dunmore had hidden …"
    r"(?:concluded|found|determined) that\b[^.;]{0,60}?\bhad\b|"
    r"\b(?:the|this|that) [\w-]+ (?:would|will) (?:allow|let|enable) (?:[\w'’-]+\s+){1,3}?to)\b",
    re.IGNORECASE,
)
# A sentence right after an event that explains it ("The board said … that she had not been
# candid"; "He posted that he was leaving to …").
_OUTRIGHT_RE = re.compile(
    r"\b(?:because|due to|the reason|reasons? (?:for|was|were)|in order to|so that|"
    r"as a result of|it was (?:to|because)|in response to|accus\w*\s+\w+\s+of|"
    r"alleg(?:ing|ed|es)\s+that|had (?:concluded|reali[sz]ed) that|"
    r"(?:concluded|found|determined) that\b[^.;]{0,60}?\bhad\b|"
    r"reflect(?:s|ed)\b(?! on\b)|"
    r"\b(?:the|this|that) [\w-]+ (?:would|will) (?:allow|let|enable) (?:[\w'’-]+\s+){1,3}?to\b|"
    r"(?:had grown|grew|became|had become)\s+(?:alarmed|concerned|"
    r"worried|frustrated|uneasy|convinced)|"
    # what the choice has over what it replaced: "they are far less likely to overheat"
    r"(?:are|is|were|was|be)\s+(?:far\s+|much\s+|a lot\s+)?(?:cheaper|safer|less likely|"
    r"less prone|more reliable|less expensive|more efficient|easier)|"
    # what the one who acted lacked, said as the sentence's own: "The company needed a
    # building long enough to …" (not what sources said it needed)
    r"^(?:(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+|it|they|we)\s+"
    r"(?:needed\b[^.;]{0,80}?\b(?:enough|in order)\b|had outgrown|outgrew|"
    r"ran out of (?:space|room)))\b",
    re.IGNORECASE,
)
_REPORTED_RE = re.compile(
    r"\b(?:said|says|posted|wrote|explained|statement|told \w+|signall?ed|indicated|"
    r"argued|argues|arguing|contended|contends|insisted|insists|warned|claims|claimed)\b"
    r"[^.]{0,80}?"
    # (of someone by what they are: "said the hydrologist had 'not been … forthcoming'")
    r"\b(?:that|he|she|they|it|the (?:[a-z-]+ ){1,2}(?:had|has|was|is|would))\b"
    # attributed at its end: "…, Achterberg-Nwosu said." / "…, she said in an interview."
    # or by a title: "…, its chief technology officer said."
    r"|,\s+(?:(?:(?-i:[A-Z][\w'’-]+)\s+){1,3}|(?:he|she)\s+|(?:its|the|their|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,4})(?:said|says|wrote)\b[^.,;]{0,40}\.?\s*$",
    re.IGNORECASE,
)


# A reason denied ("I didn't leave Ardent because of Priya", "not because of the money"):
# what it names is not the reason.
_DENIED_RE = re.compile(
    r"(?:n['’]t|\bnot|\bnever)\b[^.,;:]{0,50}?\b(?:because of|due to|over)\b"
    r"(?:(?!\bbut\b)[^.,;:\"”])*",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def causal(text: str) -> bool:
    """The sentence gives a reason or motive (not one it denies, nor why a source is not
    named)."""
    return _CAUSAL_RE.search(_DENIED_RE.sub(" ", _UNNAMED_RE.sub(" ", text))) is not None


# Why a source goes unnamed: the sourcing's reason, not the story's ("people who asked not to
# be named because the discussions were private")
_UNNAMED_RE = re.compile(
    r"\b(?:asked not to be (?:named|identified)|(?:spoke|speaking|spoken) on (?:the )?"
    r"condition of anonymity|(?:were|was|are|is) not authori[sz]ed to)\b[^.;]*",
    re.IGNORECASE,
)


_RESPONDS_RE = re.compile(
    r"^(?:In response|As a result|Because of this|For this reason|"
    # ("That, according to Raman and the authority's own records, is why Waypath Labs was
    # created": what the sentence before says)
    r"(?:That|This)(?:, [^,]{1,80},)? is (?:why|the reason)|(?:That|This)['’]s why|"
    r"Consequently|So|Therefore|Thus)\b"
    # what followed the sentence before, soon after it: "… opened an inquiry within days"
    r"|\b(?:within (?:hours|days|weeks|a day|a week|a month)|(?:hours|days|weeks) later|"
    r"soon after(?:ward)?|shortly after(?:ward)?)(?:\.|,|$)",
    re.IGNORECASE,
)


_HEDGE_RE = re.compile(
    r"\b(?:we don['’]t know|no one knows|nobody knows|it is unclear|it's unclear|unclear whether|"
    r"it remains unclear|perhaps|speculat\w+)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _hedged(text: str) -> bool:
    return _HEDGE_RE.search(text) is not None


def responds(text: str) -> bool:
    """The sentence acts on the one before it ("In response, he launched xAI"; "The regulator
    opened an inquiry within days.")."""
    return _RESPONDS_RE.search(text) is not None


@functools.lru_cache(maxsize=8192)
def explains(after: str, *, reported: bool = True) -> bool:
    """The sentence after an event explains it: outright ("because", "it was to"), or, with
    `reported`, by reporting what someone said of it ("the board said he had …")."""
    after = _UNNAMED_RE.sub(" ", after)
    if _OUTRIGHT_RE.search(after):
        return True
    return reported and (
        _REPORTED_RE.search(after) is not None or _BACKSTORY_RE.search(after) is not None
    )


# Pressure told just before an act, which the act answers: "212 of the company's roughly
# 240 employees had signed a letter threatening to resign" before "the board reversed
# itself and reinstated her"
_PRESSURE_RE = re.compile(
    r"\bthreat(?:en|ened|ening)\s+to\s+(?:resign|quit|leave|walk out|sue|pull)\b"
    r"|\b(?:was|were)\s+in\s+doubt\b",
    re.IGNORECASE,
)


def pressure(before: str) -> bool:
    """The sentence before an act tells the pressure that brought it about."""
    return _PRESSURE_RE.search(before) is not None


# What an act right after it answered: a lack ("Without his money, the lab could not pay for
# the computing power"), a risk ("With payroll at risk, the board made the decision …"), a
# refusal ("The board refused.")
_WANTING_RE = re.compile(
    r"^Without (?:his|her|its|their|the|that|this|such) [\w-]+(?: [\w-]+)?,"
    r"|\b(?:could not|couldn['’]t|could no longer|can no longer|was unable to|were unable to) "
    r"(?:pay|afford|cover|fund|meet|keep up)\b"
    r"|\bat risk\b|\b(?:running|ran) (?:out|low|short) of\b"
    # (a refusal said bare, of what was asked just before: not "The board refused to sue
    # the investor", a refusal of its own)
    r"|^(?:The|Its|Their) (?:board|directors|company|lab|foundation|investors?|founders) "
    r"(?:refused|declined|said no|balked|would not budge)(?: again| outright| flatly)?[.;]"
)


def wanting(before: str) -> bool:
    """The sentence before an act tells the lack, risk or refusal it answered."""
    return _WANTING_RE.search(before) is not None


def backstory(after: str) -> bool:
    """The sentence after an event tells what had gone wrong before it, naming no one's
    words ("Satellite operators charge by the square kilometre, and donations were not
    keeping pace.")."""
    return _BACKSTORY_RE.search(_UNNAMED_RE.sub(" ", after)) is not None


# What had gone wrong before it, told right after an event: the reason, said as backstory
# ("Directors had lost confidence in her after the fire"; "Ridership had never recovered")
_BACKSTORY_RE = re.compile(
    r"\bhad\s+(?:(?:never|not)\s+(?:recovered|rebounded|returned|caught on|taken off|made money|"
    r"turned a profit|been profitable|met|reached|lived up|materiali[sz]ed|improved|worked|"
    r"paid off|come back)|lost|failed|struggled|fallen|run out|"
    r"(?:grown|become)\s+(?:frustrated|tired|weary|uneasy|concerned|worried|disillusioned|"
    r"unhappy|alarmed)|been (?:losing|struggling|unhappy|running out|falling|ill|sick|"
    r"unsettled|sidelined|passed over)|kept\s+(?:him|her|them)\s+(?:out|away|off)\b)\b"
    # ("… the idea of selling something. … donations were not keeping pace.")
    r"|\b(?:was|were)\s+(?:not|no longer)\s+keeping\s+(?:up|pace)\b"
    r"|\b(?:was|were)\s+running\s+(?:out|low|short)\b",
    re.IGNORECASE,
)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_PLACE_RE = re.compile(
    rf"\b(?:in|at|near)\s+(?:the\s+)?(?!(?:{_MONTH_NAMES}|OpenAI|The)\b)[A-Z][a-z]+"
    r"|\b(?:in|at)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:stairwell|cafeteria|party|conference|event|"
    r"podcast|office|offices|meeting|court)\b"
)
_OBJECT_WORDS = frozenset(
    "to with for against from at by about on of into toward towards behind than like the a an "
    "sent told angered asked urged warned telling asking without".split()
)
_AGENT_RE = re.compile(
    # (a date or a place between: "founded in September 2012 by …", "incorporated in Leeds
    # in March 2019 by …"; who they are before the name: "by the agronomist Ottilie Brammer")
    r"[\w-]+(?:\s+(?:in|at)\s+(?:[A-Z][a-z]+,?\s+)?(?:\d{4}|[A-Z][a-z]+)){0,2}\s+by\s+"
    r"(?:the\s+(?:(?:former|retired|young|veteran|[A-Z][a-z]+)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:[a-z]{3,}(?:ier|er|or|ist|ian|ant|eur)|billionaire|heiress|heir|magnate|tycoon)\s+"
    r"(?=[A-Z][a-z]))?(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4})"
)
# The act, then who did it as a group and a colon: "started in 2018 by three friends from a
# Sheffield games café: "
_BY_LIST_RE = re.compile(r"[\w-]+(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+by\s+[^:;.]{3,100}:\s+")
# An act retold in a clause about someone: "the economist who had voted against the firing"
_RETOLD_RE = re.compile(r"\b(?:who|whom|which) had(?: [a-z]+ly)?(?: [a-z]+ed)? $")
# "The two dissenting votes came from Ruth Calloway-Baines, …, and Desmond Achterberg": whose
# they were
_CAME_FROM_RE = re.compile(
    r"[\w-]+(?:\s+(?:votes?|money|funds?|support|backing|opposition))?\s+"
    r"(?:came|come|comes|were cast)\s+(?:mostly\s+|largely\s+)?from\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4})"
)
# "The round is said to be led by Thrive Capital": who leads a round or a deal backs it.
_LED_BY_RE = re.compile(
    r"\b(?:led|backed|financed|funded|bankrolled|underwritten)\s+by\s+"
    # (past what it is: "led by the Singapore state investor Halcyon Holdings")
    r"(?:the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]+\s+){1,3}(?=[A-Z]))?(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4})"
)
_BOARD_RE = re.compile(r"\b(?:his|her|its|the|openai's|openai’s)?\s*board\b", re.IGNORECASE)


def _stem_pattern(stems: list[str], *, joined: bool = False) -> re.Pattern[str] | None:
    """A form followed by an ending ("resign" -> "resigns", "resigned", "resigning"), for one
    word at a time, or (`joined`) searched in a passage's words joined by spaces; not by any
    letters ("start" is not "startup")."""
    if not stems:
        return None
    either = "|".join(re.escape(f) for f in sorted(set(stems), key=len, reverse=True))
    ending = r"(?:e?s|d|[a-z]?ed|[a-z]?ing|e|[a-z]?ers?|ions?|ly)?"  # "admitted", "founders"
    return re.compile(rf" (?:{either}){ending} " if joined else rf"(?:{either}){ending}")


def _phrase_pattern(form: str) -> str:
    """A several-word form as a pattern: as written, or with a gap of a word or two where the
    paraphrase table says so ("cut * jobs": "cut 44 jobs")."""
    gap = rf"\W+(?:[\w$%.,'’-]+\W+){{0,{lexicon.GAP_WORDS}}}"
    return gap.join(re.escape(part) for part in form.split(lexicon.GAP))


@dataclass(frozen=True, kw_only=True)
class Forms:
    """A term's forms prepared once for matching against many passages."""

    words: frozenset[str]
    lemmas: frozenset[str]
    stems: re.Pattern[str] | None  # forms long enough to match their inflections by prefix
    initials: frozenset[str]  # first letters of every form and lemma: a cheap first test
    stems_in: re.Pattern[str] | None = None  # the stems, over a passage's joined words
    phrases: re.Pattern[str] | None  # several-word forms and names, as whole words

    @classmethod
    def of(cls, term: Term) -> "Forms":
        names = (term.entity.name, *term.entity.aliases) if term.entity else ()
        single = [f.casefold() for f in term.forms if f and " " not in f and f.isascii()]
        several = [f.casefold() for f in (*names, *term.forms) if f and f.casefold() not in single]
        pattern = "|".join(_phrase_pattern(f) for f in sorted(set(several), key=len, reverse=True))
        return cls(
            words=frozenset(single),
            lemmas=frozenset(lexicon.lemma(f) for f in single),
            stems=_stem_pattern([f for f in single if len(f) >= 5]),
            stems_in=_stem_pattern([f for f in single if len(f) >= 5], joined=True),
            initials=frozenset(f[:1] for f in (*single, *(lexicon.lemma(f) for f in single))),
            phrases=re.compile(rf"(?<![\w])(?:{pattern})(?![\w])") if pattern else None,
        )


@dataclass(frozen=True, kw_only=True)
class Weighted:
    """A term and how much it counts (rare words count more)."""

    term: Term
    weight: float
    forms: Forms


@dataclass(frozen=True, kw_only=True)
class Scored:
    """A ranked candidate, why it ranks where it does, and the short answer it gives."""

    hit: Hit
    relevant: bool
    tier: int
    score: float
    coverage: float
    typed: float
    action: bool
    answer: str
    literal: bool = False  # the action in the question's own word

    def shown(self, matcher: "Matcher") -> Hit:
        """The hit with the question's words marked (done only for what is shown)."""
        return matcher.marked(self.hit)

    @property
    def key(self) -> tuple[int, int, float, int]:
        return (-int(self.relevant), -self.tier, -self.score, self.hit.passage.id)


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """What the index knows of a candidate beyond its text."""

    mentions: dict[str, bool]  # entity key -> named explicitly (False: only a pronoun)
    event: Event | None
    roles: tuple[tuple[str, str], ...]  # (entity key, role text)
    # A neighbouring sentence that gives the answer this one lacks: the reason for a "why",
    # or, right after it and carrying the story on ("They met at Davos"), the place, amount
    # or name.
    support: Passage | None = None
    # the entities the support names (as `mentions`): a person it gives is one of them
    support_mentions: Mapping[str, bool] | None = None


# Words a question needs to be grammatical that say little of what it is about.
_FILLER_NOUNS = frozenset(
    "people person persons man woman guy guys one ones thing things lot lots way ways new "
    "old big huge top main real".split()
)
# Words of a question asking where something is, which a sentence telling it need not use
_WHERE_WORDS = frozenset({"based", "headquartered", "located", "headquarters", "hq"})
# Words that pick one of several ("the first fire", "his latest company"): they order what
# the other words find, and say less of which sentence answers than those words do.
_SELECTORS = frozenset("first last latest earliest original initial most recent".split())


def weigh(
    terms: tuple[Term, ...],
    frequencies: dict[str, int],
    total: int,
    subject: str = "",
    *,
    picking: bool = True,
) -> tuple[Weighted, ...]:
    """Inverse document frequency per term; names weigh at least as much as a rare word
    (`subject`, the key of whom the question is about, always does). With `picking`, words
    that pick one of several ("the first fire") weigh little; not when the question asks
    for the one picked ("who was the first to leave")."""
    out = []
    for term in terms:
        if not term.forms and term.entity is None:  # absent from the articles: never matches
            absent = math.log((total + 1) / 0.5) / 2
            out.append(Weighted(term=term, weight=absent, forms=Forms.of(term)))
            continue
        df = frequencies.get(term.key, 0)
        idf = math.log((total + 1) / (df + 0.5))
        weight = max(0.3, idf)
        selector = picking and term.text.casefold() in _SELECTORS
        if term.entity is None and (term.text.casefold() in _FILLER_NOUNS or selector):
            weight = min(weight, 0.5)  # "how many people", "the new round": says little
        elif term.entity is None and term.text.casefold() in _WHERE_WORDS:
            # "where is cinderlane based": a place may be told without the word ("founded a
            # rival, Cinderlane, in Zurich"); the name asked of says more than it, and a
            # sentence naming it with a place ("Tremorvault was founded in Vancouver") is as
            # close as one that says "based" of another ("Aldermoor Re, the Zurich-based
            # reinsurer, … invested … in Tremorvault Risk")
            weight = min(weight, 0.5)
        if term.entity is not None:
            # A name counts like a rare word, unless the articles name it everywhere (the
            # company they are all about says little about which sentence answers).
            everywhere = df * 4 >= total and term.entity.key != subject
            weight = max(weight, 1.0 if everywhere else 2.5)
        out.append(Weighted(term=term, weight=weight, forms=Forms.of(term)))
    return tuple(out)


_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[tuple[int, str], ...]:
    """A passage's words with their offsets (cached: the same passages answer many questions)."""
    return tuple((m.start(), m.group()) for m in _WORD_RE.finditer(text))


@functools.lru_cache(maxsize=8192)
def _bag(text: str) -> tuple[frozenset[str], frozenset[str], str]:
    """A passage's content words and their lemmas as sets, and the words joined by spaces
    (for stems): what the first pass over every candidate compares, in C, not word by word."""
    tokens: set[str] = set()
    lemmas: set[str] = set()
    for _start, word in _words(text):
        for token, lemma in _shapes(word):
            tokens.add(token)
            lemmas.add(lemma)
    return frozenset(tokens), frozenset(lemmas), " " + " ".join(sorted(tokens)) + " "


@functools.lru_cache(maxsize=16384)
def _phrase_spans(pattern: re.Pattern[str], lowered: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in pattern.finditer(lowered))


def _norm(word: str) -> str:
    token = word.casefold().replace("’", "'")
    return token[:-2] if token.endswith("'s") else token


@functools.lru_cache(maxsize=65536)
def _shapes(word: str) -> tuple[tuple[str, str], ...]:
    """(token, lemma) for a passage word and, if hyphenated, for each of its parts; nothing
    for a stop word (no question term is one, but "against" after a verb of taking sides)."""
    token = _norm(word)
    if token in lexicon.STOPWORDS and token != "against":  # (a side taken: see frame)
        return ()
    tokens = (token, *token.split("-")) if "-" in token else (token,)
    return tuple((t, lexicon.lemma(t) if t.isascii() else t) for t in tokens if t)


# Words for money a sum of it says: "when did he pledge his money" of "pledged $40 million"
_MONEY_WORDS = frozenset("money cash funds dough".split())
# A question's verb of handing money over (its forms hold one of these), and the words that
# only say a sum came on top of another ("the extra 1.1 billion"): the sum names the giving
_MONEY_ACTS = frozenset({"invest", "donate", "pay", "pledge"})
_MORE_WORDS = frozenset({"extra", "further", "additional", "another", "more", "second", "new"})
_SUM_RE = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s+(?:million|billion)?\s*(?:dollars|euros|pounds)\b")


class Matcher:
    """Which of one question's terms each passage word stands for. The same words recur in
    most candidates, so each distinct word is compared with the terms once per question."""

    def __init__(
        self, weighted: tuple[Weighted, ...], entities: Mapping[str, EntityInfo] | None = None
    ) -> None:
        self.weighted = weighted
        self.entities: Mapping[str, EntityInfo] = entities or {}  # (whose kinds it may ask)
        self._single = [(i, w.forms) for i, w in enumerate(weighted) if w.forms.words]
        self._initials = frozenset().union(*(f.initials for _i, f in self._single))
        self._terms_of: dict[str, tuple[int, ...]] = {}
        self._titles: dict[str, frozenset[int]] = {}

    def terms_of(self, word: str) -> tuple[int, ...]:
        found = self._terms_of.get(word)
        if found is not None:
            return found
        out: list[int] = []
        if word[:1].casefold() in self._initials or "-" in word:
            for token, lemma in _shapes(word):
                initial = token[:1]
                for i, forms in self._single:
                    if i in out or initial not in forms.initials:
                        continue  # irregular forms keep their first letter (told/tell)
                    if (
                        token in forms.words
                        or lemma in forms.lemmas
                        or (forms.stems is not None and forms.stems.fullmatch(token))
                    ):
                        out.append(i)
        found = self._terms_of[word] = tuple(out)
        return found

    def present(self, text: str) -> list[bool]:
        """Per term, whether the passage says it at all (set operations on the passage's
        cached words; `locate` finds where, for the few passages that need it)."""
        tokens, lemmas, joined = _bag(text)
        lowered = ""
        out = []
        for w in self.weighted:
            f = w.forms
            found = bool(f.words) and (
                not f.words.isdisjoint(tokens)
                or not f.lemmas.isdisjoint(lemmas)
                or (f.stems_in is not None and f.stems_in.search(joined) is not None)
            )
            if not found and f.phrases is not None:
                lowered = lowered or text.casefold().replace("’", "'")
                found = bool(_phrase_spans(f.phrases, lowered))
            if not found and w.term.text.casefold() in _MONEY_WORDS:
                found = _SUM_RE.search(text) is not None  # "pledged $40 million": money
            out.append(found)
        return out

    def locate_term(self, index: int, text: str, lowered: str) -> list[tuple[int, int]]:
        """Where one term occurs in a passage."""
        spans = [
            (start, start + len(word))
            for start, word in _words(text)
            if index in self.terms_of(word)
        ]
        phrases = self.weighted[index].forms.phrases
        if phrases is not None:
            spans.extend(_phrase_spans(phrases, lowered))
        return sorted(set(spans))

    def marked(self, hit: Hit) -> Hit:
        """The hit with every word of the question marked."""
        text = hit.passage.text
        located = self.locate(text, text.casefold().replace("’", "'"))
        spans = sorted({span for found in located for span in found})
        return Hit(passage=hit.passage, snippet=highlight(text, spans), score=hit.score)

    def in_title(self, article: str, title: str) -> frozenset[int]:
        """The terms an article's title names (computed once per article)."""
        found = self._titles.get(article)
        if found is None:
            located = self.locate(title, title.casefold().replace("’", "'"))
            found = self._titles[article] = frozenset(i for i, s in enumerate(located) if s)
        return found

    def locate(self, text: str, lowered: str) -> list[list[tuple[int, int]]]:
        """Per term, the character spans where it occurs: its words (same word, lemma or
        inflection) and its several-word forms and names."""
        spans: list[list[tuple[int, int]]] = [[] for _ in self.weighted]
        for start, word in _words(text):
            for i in self.terms_of(word):
                spans[i].append((start, start + len(word)))
        for i, w in enumerate(self.weighted):
            if w.forms.phrases is not None:
                spans[i].extend(_phrase_spans(w.forms.phrases, lowered))
        return spans


def highlight(text: str, spans: list[tuple[int, int]]) -> tuple[Marked, ...]:
    """Mark whole words, and join neighbours separated by a space into one phrase."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if (
            merged and start <= merged[-1][1] + 1 and text[merged[-1][1] : start].strip() == ""
        ) or (merged and start < merged[-1][1]):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[Marked] = []
    at = 0
    for start, end in merged:
        if start > at:
            pieces.append(Marked(text[at:start]))
        pieces.append(Marked(text[start:end], hit=True))
        at = end
    if at < len(text):
        pieces.append(Marked(text[at:]))
    return tuple(pieces)


def _entity_spans(
    text: str, keys: dict[str, bool], entities: Mapping[str, EntityInfo]
) -> list[tuple[int, EntityInfo]]:
    return list(_named_at(text, tuple(entities[k] for k in keys if k in entities)))


@functools.lru_cache(maxsize=8192)
def _spans_at(text: str, named: tuple[EntityInfo, ...]) -> tuple[tuple[int, int, EntityInfo], ...]:
    """Where a passage names its entities, with where each name ends (cached, as _named_at)."""
    return tuple(alias_spans(text, named))


@functools.lru_cache(maxsize=8192)
def _named_at(text: str, named: tuple[EntityInfo, ...]) -> tuple[tuple[int, EntityInfo], ...]:
    """Where a passage names its entities (cached: the same passages answer many questions
    and are looked at several times for each)."""
    return tuple((start, entity) for start, _end, entity in _spans_at(text, named))


# Between two people of a list: a comma or "and", past what the first is (", a dairy
# microbiologist, and"); or, in a list of semicolons, anything up to one ("…; and")
_LIST_GAP_RE = re.compile(
    r",?\s+and\s+|,\s+|,\s+(?:a|an)\s+[^,;]*,\s+(?:and\s+)?|(?:,[^;]*)?;\s+(?:and\s+)?"
)


def _listed_people(
    text: str,
    start: int,
    evidence: "Evidence",
    entities: Mapping[str, EntityInfo],
    asked: set[str],
) -> list[str]:
    """The people of a list that starts at `start` ("founded … by A, a dairy microbiologist;
    B, whose family …; and C"), in order; one name when no list follows it."""
    spans = sorted(
        (at, e)
        for at, e in _entity_spans(text, evidence.mentions, entities)
        if e.kind == "person" and at >= start
    )
    people: list[str] = []
    end = start
    closed = False  # past the "and" before a list's last name: a later one starts a clause
    for at, person in spans:
        gap = _LIST_GAP_RE.fullmatch(text, end, at) if people else None
        if people and (gap is None or closed):
            break
        if not people and at != start:
            break
        closed = closed or (gap is not None and " and " in f" {gap.group()} ")
        if person.key not in asked and person.name not in people:
            people.append(person.name)
        end = at + len(next(a for a in (person.name, *person.aliases) if text.startswith(a, at)))
    return people


def _and(names: list[str]) -> str:
    """ "A, B and C"."""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _object_marked(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].casefold().strip(",") in _OBJECT_WORDS


_ANAPHOR_RE = re.compile(
    r"\b(?:he|she|they|it|his|her|their|its|the (?:company|firm|start-?up|lab|pair|two|three)"
    rf"|the (?:[\w-]+ ){{0,2}}?(?:{COMPANY_DESCRIPTIONS}))\b",
    re.IGNORECASE,
)

# A description standing for a person the article named before ("the engineer", "the
# billionaire"): the extraction reads it as them (knowledge.extract)
_DESCRIBED_PERSON_RE = re.compile(
    r"\b[Tt]he (?P<noun>[a-z]{3,}(?:ier|er|or|ist|ian|ant)|billionaire|millionaire|magnate|"
    r"tycoon|mogul|heir|heiress)\b"
)

# Words of those endings that name no one: "the other", "the summer", "the letter"
_NO_ONE_NOUNS = frozenset(
    "other another order summer winter quarter letter power sector water number matter border "
    "manner center centre corner cover error factor floor motor major minor paper chapter "
    "semester character theater theatre register monitor tower river weather answer offer "
    "transfer server computer rumor rumour labor labour favor favour honor honour mirror color "
    "colour meter cluster banner barrier filter trigger ledger charter chamber grant plant "
    "giant restaurant median guardian variant warrant remainder shelter".split()
)
# Of those, what may be a subject (not "his", "its": an owner)
_SUBJECT_ANAPHOR_RE = re.compile(
    r"\b(?:he|she|they|it|the (?:company|firm|start-?up|lab)"
    rf"|the (?:[\w-]+ ){{0,2}}?(?:{COMPANY_DESCRIPTIONS}))\b(?! of\b)",
)


# Words that place an action against another one, whose date the sentence gives
# A question asking when someone took a post, and a post told as left
_BECOME_RE = re.compile(r"\b(?:become|became|becoming|made|named|appointed|take over|took over)\b")
_LEFT_AS_BEFORE_RE = re.compile(
    # (the "as" its own, no other clause between: not "stepped down in May 2019 and Wielgosz
    # replaced her as")
    r"\b(?:removed|ousted|fired|dismissed|sacked|resigned|stepped down|left|quit)\b"
    r"(?:(?!\b(?:and|but|who|which|replaced|succeeded|named)\b)[^.;,]){0,50}?"
    r"\bas\s+(?:its\s+|the\s+|their\s+)?$"
)
# An act told inside what someone argues or alleges: "arguing that the creation of …"
_ARGUED_BEFORE_RE = re.compile(
    r"\b(?:arguing|alleging|claiming|saying|writing|argued|alleged|claimed|argues|alleges|"
    r"claims|wrote)(?: (?:to|in) [^.;,\"“]{1,40}?)? "
    # ("argues that the creation of Skyledger Analytics and the Corvane deals diverted money
    # he gave": what is argued runs on; "writing to his fellow directors that he had given
    # money to a library")
    r"that\s+(?:[\w'’-]+\s+){0,14}$"
    # ("sued the foundation, claiming the gift came with a written promise")
    r"|\b(?:arguing|alleging|claiming|saying) (?:the|a|an|his|her|its|their) [^.;]*$",
    re.IGNORECASE,
)
# An act said not to be done, right before its word: "You don't fire …", "never left"
_NEGATED_BEFORE_RE = re.compile(
    r"\b(?:don['’]t|do not|didn['’]t|did not|doesn['’]t|does not|never|won['’]t|will not|"
    r"wouldn['’]t|would not|shouldn['’]t|should not|not)\s+$",
    re.IGNORECASE,
)
_TIMED_BY_OTHER_RE = re.compile(
    r"\b(?:before|after|until|since|prior to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_WHEN_AFTER_RE = re.compile(r"(?<=[a-z] )when\s+(?:[\w'’-]+\s+){1,2}$")
# ("five days after her own board had fired her")
_HAD_DONE_AFTER_RE = re.compile(
    r"\b(?:before|after|until|since)\s+(?:[\w'’-]+\s+){1,4}had\s+(?:been\s+)?$", re.IGNORECASE
)
_CLAUSE_END_RE = re.compile(r"[,;.:!?]")
_DATE_WORD_RE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def _clause_dated(text: str, at: int, *, wide: bool = False) -> bool:
    """The clause of the action at `at` gives its own date ("since she joined in May 2019");
    `wide`: in any words that date ("which fired him on Friday", "in Nov. 2023")."""
    end = _CLAUSE_END_RE.search(text, at)
    found = (_WIDE_DATE_RE if wide else _DATE_WORD_RE).search(
        text, at, end.start() if end else len(text)
    )
    return found is not None


# An action told in a relative clause: "…, whose growth was interrupted by a plant fire"
_IN_RELATIVE_RE = re.compile(r"\b(?:whose|which|who)\b[^,;:.]*$")
_COUNTED_FROM_RE = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    # (months or more: "eleven days after the board had fired him" is about the same time)
    r"a few|many) (?:months?|years?|decades?) (?:after|before)\b[^,;:.]{0,40}$"
)
_WIDE_DATE_RE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|ago|last|"
    r"earlier|later|spring|summer|fall|autumn|winter)\b"
)


# Between a name and a verb, what ends the name's clause: a clause of purpose or result with
# its own subject ("so that records never had to leave"). Not a colon ("OpenAI designed a
# structure: a for-profit company" is still OpenAI's doing) nor a semicolon ("… hired Moray in
# 2019; she resigned in 2024": the pronoun may be the one named).
_TIME_CLAUSE_OPENS_RE = re.compile(r"\b(?:after|before|since|until|once|while|when)\s+$", re.I)
# … closed, and another subject after it: ", the Dutch drugmaker Pellinor agreed to invest"
# (not ", heir to the fortune, pledged": what the subject is)
_NEW_SUBJECT_RE = re.compile(r",\s+(?:the|a|an|its|their|his|her|[A-Z])[^,]*$")
_CLAUSE_BREAK_RE = re.compile(
    r"\bso that\b|\bin order that\b"
    # what a speaker reports of something else: "X said the conversion would allow …" is
    # not X converting (but "X said he would leave" may be X leaving)
    r"|\b(?:said|says|wrote|argued|told \w+)\s+(?:that\s+)?(?:the|a|an)\s"
)


# A name, what it is between commas, and a "which" or "who" opening the act's clause
_WHICH_ACTS_RE = re.compile(r"(?:,[^,;:.()“”\"]{1,60}){0,3},\s+(?:which|who)\s+(?:[a-z]+ly\s+)?")


def _asked_named_after(
    text: str,
    starts: tuple[int, ...],
    frame: Frame,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
) -> bool:
    """Whether a company the question asks of is named right after an act (its object)."""
    asked = {e.key for e in frame.entities if e.kind == "org"}
    if not asked:
        return False
    named = _spans_at(text, tuple(entities[k] for k in evidence.mentions if k in asked))
    ends = [m.end() for a in starts if (m := _WORD_END_RE.match(text, a)) is not None]
    return any(
        re.fullmatch(r"\s+(?:the\s+)?", text[end:s]) is not None
        for end in ends
        for s, _e, _n in named
    )


_WORD_END_RE = re.compile(r"[\w-]+")
# Two people acting together, right before the act: ", and the two incorporated"
_AND_THE_TWO_RE = re.compile(r",? and (?:the two|the pair|both)\s+(?:[a-z]+ly\s+)?$")
# An aside about the one named before it, up to a name in it: ", who made his fortune with"
_WHO_ASIDE_RE = re.compile(r",\s+(?:who|which|whose)\b[^,;:]*$")
# A closed aside about the one named before it: ", who made his fortune with …, "
_CLOSED_ASIDE_RE = re.compile(r",\s+(?:(?:a|an|the)\s[^,;:]*?\s)?(?:who|which|whose)\b[^,;:]*,")


def _dated_only_aside(text: str, starts: tuple[int, ...]) -> bool:
    """Whether every date word of `text` is inside a closed aside about someone (", who
    joined Lanternfox in 2018 and …,") and no act at `starts` is."""
    asides = [m.span() for m in _CLOSED_ASIDE_RE.finditer(text)]
    if not asides:
        return False
    dated = [m.start() for m in _DATE_WORD_RE.finditer(text)]
    return (
        bool(dated)
        and all(any(a <= d < b for a, b in asides) for d in dated)
        and not any(a <= s < b for s in starts for a, b in asides)
    )


# "the company" right before the act it does
_THE_COMPANY_ACTS_RE = re.compile(
    r"\bthe (?:company|firm|startup|start-up|group|business)\s+(?:[a-z]+ly\s+)?$"
)
# What someone or something may undergo (asked "what happened to …")
_UNDERGONE_ACT_RE = re.compile(
    r"\b(?:pushed out|forced out|fired|removed|ousted|resigned|quit|stepped down|acquired|"
    r"bought|died|shut down|closed|sued|arrested|charged|suspended|reinstated|rejected|"
    r"lapsed|withdrawn|cancell?ed|scrapped|collapsed|folded into|(?:was|were|been) sold)\b"
)
# A source told in an attribution, up to its clause's end: "according to figures Harrowgate"
_ACCORDING_RE = re.compile(r"\baccording to\b[^,;.]*$", re.IGNORECASE)
# An aside between comma after a name and the act right after it: ", Ruth Calloway's niece
# and the head of engineering at Next Shelf Labs, " (then "resigned")
_APPOSED_TO_ACT_RE = re.compile(r",\s+[^,;()“”\"]+,\s+(?:[a-z]+ly\s+)?")


def actor(
    text: str,
    action_at: int | None,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
    *,
    people_only: bool = False,
) -> EntityInfo | None:
    """Who does the action at `action_at`: the last entity named before it that is not an
    object ("to Musk"), or the person a pronoun points at when no one is named before it."""
    spans = _entity_spans(text, evidence.mentions, entities)
    if people_only:
        spans = [(s, e) for s, e in spans if e.kind == "person"]
    limit = len(text) if action_at is None else action_at
    if action_at is not None and _WHICH_ACTS_RE.search(text, max(0, limit - 120), limit):
        # "an early test for Harrowgate, the Peoria maker of tractors, which paid $210
        # million": the one a "which" right before the act stands for, though an object
        spans_at = _spans_at(text, tuple(e for _s, e in spans))
        stands = [
            e
            for s, end, e in spans_at
            if end <= limit and _WHICH_ACTS_RE.fullmatch(text, end, limit)
        ]
        # the head of the asides, of the kind the word asks for: "Dermot Fairley, the former
        # boss of the yogurt maker Brindle Farm, who will replace …" is Fairley, not the farm
        kind = "person" if re.search(r"\bwho\s+(?:[a-z]+ly\s+)?$", text[:limit]) else "org"
        fitting = [e for e in stands if e.kind == kind]
        if fitting:
            return fitting[0]
    before = [
        (s, e)
        for s, e in spans
        if s < limit
        and not _object_marked(text, s)
        # (not one named in an aside about the subject: "The billionaire, who made his
        # fortune with the payments company Ledgerline and sold it in 2015, gave …")
        and not (
            _WHO_ASIDE_RE.search(text, max(0, s - 120), s) is not None and "," in text[s:limit]
        )
    ]
    if action_at is not None:
        # ("two years after Valkrantz walked out, the Dutch drugmaker agreed to invest": the
        # subject of a clause of time, closed before the act, is not its doer)
        before = [
            (s, e)
            for s, e in before
            if not (
                _TIME_CLAUSE_OPENS_RE.search(text, max(0, s - 12), s)
                and _NEW_SUBJECT_RE.search(text, s, limit)
            )
        ]
    if action_at is not None:
        # ("OrbitFarm lost $9.4 million, according to figures Harrowgate later disclosed, …
        # because it paid …": a source, not a doer)
        before = [(s, e) for s, e in before if not _ACCORDING_RE.search(text, max(0, s - 80), s)]
    if (
        before
        and action_at is not None
        and _CLAUSE_BREAK_RE.search(text, before[-1][0], limit)
        and _THE_COMPANY_ACTS_RE.search(text, max(0, limit - 40), limit)
        and len(orgs := {e.key: e for _s, e in before if e.kind == "org"}) == 1
    ):
        # "Deborah Yoon, Corvane's executive vice president, said the company invested …":
        # the one company its speaker was named with
        return next(iter(orgs.values()))
    if before and action_at is not None and _CLAUSE_BREAK_RE.search(text, before[-1][0], limit):
        # "When Solvik, Renwick and Kessling rented a loft …, their plan fit on a whiteboard:
        # build models … so that patient records never had to leave": not the doer (a
        # pronoun after the break may still be: "… hired her in 2019; she resigned in 2024")
        before = []
    implicit = [
        k
        for k, explicit in evidence.mentions.items()
        if not explicit and k in entities and not (people_only and entities[k].kind != "person")
    ]
    if before and implicit and action_at is not None:
        # "In January 2023, two years after Vance walked out, the Zurich-based drugmaker
        # agreed to invest …": a word standing for someone, past the last name, is the doer
        closer = [
            m.group().casefold()
            for m in _SUBJECT_ANAPHOR_RE.finditer(text, before[-1][0] + 1, limit)
        ]
        kinds = [("person" if w in ("he", "she") else "org") for w in closer[-1:]]
        meant = [k for k in implicit if entities[k].kind in kinds or closer[-1:] == ["they"]]
        if meant:
            return entities[meant[0]]
    if len(before) > 1 and action_at is not None:
        # "Jenna Calloway, Ruth Calloway's niece and the head of engineering at Next Shelf
        # Labs, resigned": the one the aside describes, not those it names
        for start, end, entity in _spans_at(text, tuple(e for _s, e in before)):
            if start == before[0][0]:
                if _APPOSED_TO_ACT_RE.fullmatch(text, end, limit):
                    return entity
                break
    if before:
        return before[-1][1]
    if implicit and _ANAPHOR_RE.search(_SAID_ASIDE_RE.sub(",", text[:limit])):
        return entities[implicit[0]]  # "he", "the company" before the action: its doer
    people = [k for k in implicit if entities[k].kind == "person"]
    described = _DESCRIBED_PERSON_RE.search(text[:limit]) if people else None
    if described is not None and described["noun"] not in _NO_ONE_NOUNS:
        # "Within weeks the engineer had incorporated Furrow Labs" (not "the other", "the
        # summer": everyday words, no trade)
        return entities[people[0]]
    if action_at is None and spans:
        return spans[0][1]
    return None


# Between two names of one subject: "Echeverría and Harada", "A, B and C"
_JOINT_GAP_RE = re.compile(r",?\s+and\s+|,\s+")


def _joint_doers(
    text: str,
    action_at: int,
    doer: EntityInfo,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
) -> set[str]:
    """The doer and whoever is named with it as one subject of the action ("Echeverría and
    Harada resigned that spring": both resigned, not Harada alone)."""
    if " and " not in text[:action_at]:
        return {doer.key}  # (most sentences join no names before the act)
    named = tuple(entities[k] for k in evidence.mentions if k in entities)
    spans = [s for s in _spans_at(text, named) if s[1] <= action_at]
    last = max((i for i, s in enumerate(spans) if s[2].key == doer.key), default=None)
    if last is None:
        return {doer.key}
    joint = [spans[last]]
    for i in range(last, 0, -1):
        earlier, later = spans[i - 1], spans[i]
        if not _JOINT_GAP_RE.fullmatch(text, earlier[1], later[0]):
            break
        joint.append(earlier)
    # (a list joined by "and", its first name no object: not "Without telling Altman,
    # Nadella started meeting …", nor "backing from luminaries like Musk and Reid Hoffman")
    if len(joint) < 2 or " and " not in text[joint[-1][0] : joint[0][0]]:
        return {doer.key}
    if _object_marked(text, joint[-1][0]):
        return {doer.key}
    return {span[2].key for span in joint}


_DERIVED_WORDS = "version successor rival copy clone variant offshoot spin-off descendant".split()
_DERIVED_RE = re.compile(
    rf"\b(?:{'|'.join(_DERIVED_WORDS)}) "
    r"(?:of|to) (?:the |its )?(?P<of>[A-Z][\w-]*)"
)


@functools.lru_cache(maxsize=256)
def _asked_words(question: str) -> frozenset[str]:
    """The words of three letters or more a question asks of, case folded (made once per
    question: every candidate passage is weighed against them)."""
    return frozenset(w.casefold() for w in re.findall(r"[\w-]{3,}", question))


def _names_only_another(text: str, question: str) -> bool:
    """Whether every time `text` names a word the question asks of, it names another thing
    made from it ("Beacon, a version of Lantern")."""
    if not any(word in text for word in _DERIVED_WORDS):
        return False  # (a substring test each: the pattern is tried at every position)
    asked = _asked_words(question)
    derived = [m for m in _DERIVED_RE.finditer(text) if m["of"].casefold() in asked]
    if not derived:
        return False
    named = {m["of"] for m in derived}
    # (its name inside another's counts as the other's: "Kettle Lite, a version of Kettle")
    return all(
        any(d.start("of") == at.start() for d in derived)
        for word in named
        for at in re.finditer(rf"\b{re.escape(word)}\b(?! [A-Z])", text)
    )


_CAPITALIZED_RE = re.compile(r"\b[A-Z][\w-]{2,}\b")


@functools.lru_cache(maxsize=256)
def _entity_words(entities: tuple[EntityInfo, ...]) -> frozenset[str]:
    """The words of the entities' names and aliases, case folded (once per question)."""
    return frozenset(
        w.casefold() for e in entities for a in (e.name, *e.aliases) for w in a.split()
    )


def _longer_name_only(text: str, frame: Frame) -> bool:
    """Whether the name the question asks of, a word no entity has, is said only as the
    start of a longer one ("when did dogear come out": "Dogear Circles, a book-club
    feature", another thing; not "Dogear Inc", the same one)."""
    asked = _asked_words(frame.english)
    known = _entity_words(frame.entities)
    # (only a word asked that no entity has counts: where none is in the text, none is
    # found, and the text is not read for capitalized words)
    lowered = text.casefold()
    if not any(word in lowered for word in asked - known):
        return False
    found = False
    for m in _CAPITALIZED_RE.finditer(text):
        word = m.group().casefold()
        if word not in asked or word in known or not m.start():
            continue
        after = (
            _CAPITALIZED_RE.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        )
        if after is None or after.group().casefold() in asked or after.group() in SUFFIXES:
            return False  # said alone (or as its company) somewhere
        found = True
    return found


# The act as a time ("at its founding", "since the launch"): no one doing it
_AT_THE_ACT_RE = re.compile(r"\b(?:at|since|after|before|from|until)\s+(?:its|the|their)\s+$")
# An aside telling what someone had done before, up to the act: ", a … researcher who had "
_HAD_ASIDE_BEFORE_RE = re.compile(r",\s+(?:(?:a|an|the)\s[^,;]*?\s)?who had\s+(?:[\w-]+\s+){0,2}$")


def _named_right_after(text: str, starts: tuple[int, ...], entity: EntityInfo) -> bool:
    """The entity is named just after the action, as whose it is ("the departure of key
    scientists, Ilya Sutskever, …"; "resigned, Sutskever said"), not as its object ("to
    leave Castel off the team"): the action may be theirs. Just after: within the length of
    a short noun phrase (60 characters)."""
    return any(
        start < at < start + 60 and _OWNS_THE_ACTION_RE.match(text, start, at)
        for at, _end, _e in alias_spans(text, [entity])
        for start in starts
    )


# An act named by its noun and not followed by whose it is ("the conversion would", not "the
# departure of …")
_NOT_OWNED_RE = re.compile(r"[\w-]+\s+(?!of\b|by\b)[a-z]")


_ROLE_WORDS = "|".join(re.escape(w) for w in sorted(lexicon.ROLE_WORDS, key=len, reverse=True))


# Where a sentence's clauses part: ", and …", "; …", ", but …"
CLAUSES_RE = re.compile(r",\s+(?:and|but|while|whereas|having)\b|;")


def _asked_as_object(frame: Frame) -> bool:
    """Whether the question names its subject right after the action ("why did the board
    fire laura"): the one it was done to."""
    if frame.action is None or frame.subject is None:
        return False
    spelled = "|".join(
        re.escape(a.casefold())
        for a in sorted({frame.subject.name, *frame.subject.aliases}, key=len)
    )
    said = re.escape(frame.action.text.casefold())
    if re.search(
        rf"\b{said}\w*\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:{_ROLE_WORDS})\b",
        frame.english.casefold(),
    ):
        return True  # "why did they fire the ceo": the holder the question resolved to
    first, _, rest = frame.action.text.casefold().partition(" ")
    split = (  # a phrase the name splits: "push castellvi out"
        rf"|\b{re.escape(first)}\w*\s+(?:{spelled})\s+{re.escape(rest)}\b" if rest else ""
    )
    found = re.search(rf"\b{said}\w*\s+(?:{spelled})\b{split}", frame.english.casefold())
    return found is not None


# One who does something to another, named by what they do: "donor", "investor", "backer"
_AGENT_NOUN_RE = re.compile(r"[a-z]{2,}(?:or|er)s?")


def _agent_of(frame: Frame) -> EntityInfo | None:
    """The subject (or the one organisation named) whose own agent a "who" question asks for
    ("who was lumera's first big donor", "who are openais investors"): what they acted on;
    None when the question asks no such thing."""
    if frame.answer != "person" or frame.action is None:
        return None
    orgs = [e for e in frame.entities if e.kind == "org"]
    owner = frame.subject or (orgs[0] if len(orgs) == 1 else None)
    said = frame.action.text.casefold()
    if owner is None or not _AGENT_NOUN_RE.fullmatch(said) or said in _NOT_AGENTS:
        return None
    spelled = "|".join(
        re.escape(a.casefold()) for a in sorted({owner.name, *owner.aliases}, key=len, reverse=True)
    )
    found = re.search(
        rf"\b(?:{spelled})(?:['’]s|s)?\s+(?:[a-z]+\s+){{0,3}}?{re.escape(said)}\b",
        frame.english.casefold(),
    )
    return owner if found is not None else None


# "who was lumera's biggest donor", "openais first investor": one who acted on the owner
_ASKS_AGENT_RE = re.compile(
    r"\b[\w-]+(?:['’]s|s) (?:[a-z]+ ){0,3}?(?:donors?|investors?|backers?|funders?|"
    r"benefactors?|patrons?|sponsors?|financiers?)\b",
    re.IGNORECASE,
)


def _last_named(
    text: str, at: int, evidence: Evidence, entities: Mapping[str, EntityInfo]
) -> str | None:
    """The key of the one named last before `at` (the act's doer, most often)."""
    before = [e for start, e in _entity_spans(text, evidence.mentions, entities) if start < at]
    return before[-1].key if before else None


# what a question's "X's …" names that is no one acting on X: "openai's chief officer", "its
# partner", "musk's brother"
_NOT_AGENTS = frozenset(
    "officer officers member members partner partners manager managers leader leaders "
    "brother brothers sister sisters mother father daughter daughters order orders "
    "number numbers other others".split()
)


_REMOVALS = frozenset({"fire", "oust", "remove", "sack", "dismiss", "push out"})


_WHICH_PERSON_RE = re.compile(
    # (not "which investor", "which partner": a company may be one)
    r"^\s*which\s+(?:[a-z-]+\s+)?(?:director|member|trustee|executive|founder|co-founder|"
    r"person|employee|engineer|officer)s?\b",
    re.IGNORECASE,
)


def _title_undergoes(frame: Frame) -> bool:
    """Whether the question's title is the object of its action ("who was behind ousting
    the boss", "who pushed the ceo out"): its holder is who it was done to."""
    # (the action, or a removal the action is taken on: "who voted against firing the ceo")
    removal = next(
        (
            t
            for t in (frame.action, *frame.terms)
            if t is not None and t.entity is None and _REMOVALS & set(t.forms)
        ),
        None,
    )
    if frame.action is None or removal is None:
        return False  # (not "who succeeded the chief executive": the successor holds it too)
    said = re.escape(removal.text.casefold())
    return (
        re.search(
            rf"\b{said}\w*\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:{_ROLE_WORDS})\b",
            frame.english.casefold(),
        )
        is not None
    )


def undergone(text: str, parsed: Frame) -> bool:
    """Every time the sentence names the subject outright, it is right after the asked
    action, as its object ("to leave Castel off the team"): a reason there is the doer's."""
    if parsed.subject is None or parsed.action is None:
        return False
    forms = {f.casefold() for f in parsed.action.forms}
    spans = alias_spans(text, [parsed.subject])
    before = [text[:start].split()[-1:] for start, _end, _e in spans]
    return bool(spans) and all(
        w and (w[0].casefold() in forms or lexicon.lemma(w[0].casefold()) in forms) for w in before
    )


def _done_to(text: str, starts: tuple[int, ...], entity: EntityInfo) -> bool:
    """The entity named as the action's object, right after it ("voted to remove
    Kettering-Bose as chief executive")."""
    return any(
        start < at < start + 30 and re.fullmatch(r"[\w-]+\s+(?:\w+\s+)?", text[start:at])
        for at, _end, _e in alias_spans(text, [entity])
        for start in starts
    )


# From the action to the name: "departure of (…)", or the action, then a comma
_OWNS_THE_ACTION_RE = re.compile(r"[\w-]+(?:\s+of\b|[^,]*,)")


# People someone has: "Castel's wife", "Musk's lawyers" (not "Musk's lawsuit", his own act).
_THEIR_PEOPLE_RE = re.compile(
    r"['’]s (?:(?:former|longtime|late|then|own|new) )?(?:wife|husband|son|daughter|brother|"
    r"sister|father|mother|parents|family|friend|friends|partner|girlfriend|boyfriend|fiancée?|"
    r"colleague|colleagues|lawyer|lawyers|attorney|attorneys|spokesperson|spokesman|"
    r"spokeswoman|assistant|deputy|aide|aides|adviser|advisers|advisor|advisors|children)\b"
)


_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:he|she|they|He|She|They)\b")
# Who only says it: "Waypath now has contracts …, she said, and expects to close a larger
# funding round" (she is no doer of the act)
_SAID_ASIDE_RE = re.compile(
    r",\s+(?:he|she|they)\s+(?:said|says|told [A-Z][\w.]*(?: [A-Z][\w.]*)*|added|wrote),"
)
_POSSESSIVE_RE = re.compile(r"\b(?:his|her|their|His|Her|Their)\b")


# Who came after someone, asked: "who replaced lindqvist", "who succeeded her as chair"
_ASKS_SUCCESSOR_RE = re.compile(
    r"\bwho\s+(?:(?:is|will|would|was)\s+)?(?:replac(?:ed|ing|es|e)|succeed(?:ed|ing|s)?|"
    r"took over from|tak(?:es|ing) over from|came after)\b",
    re.IGNORECASE,
)
# The successor named: "His successor as chair was …", "Her replacement was …", "…
# succeeded him", "… replaced him"
_SUCCESSOR_IS_RE = re.compile(r"\b(?:successor|replacement)\b[^.;]{0,40}?\b(?:was|is|became)\s+$")
_REPLACED_BY_ASKED_RE = re.compile(
    r"\b(?:was|were|is|had been|has been|got) (?:replaced|succeeded)(?: as [\w ]{2,40}?)?"
    r"(?: (?:in|on|that|the following) [\w ,]{1,24}?)? by $"
)
_REPLACER_RE = re.compile(
    r"(?:, [^;]{2,120}?,)? (?:had |has )?(?:replaced|succeeded|took over from) (?!him\b|her\b)"
)


def asks_successor(frame: Frame) -> bool:
    """The question asks who came after someone ("who replaced lindqvist")."""
    return _ASKS_SUCCESSOR_RE.search(frame.english) is not None


def _succeeds_asked(frame: Frame, text: str) -> bool:
    """Whether a question asking who came after someone meets a sentence naming that one
    as the successor: it tells who came before them, no answer."""
    if not asks_successor(frame):
        return False
    people = [e for e in frame.entities if e.kind == "person"]
    return any(
        _SUCCESSOR_IS_RE.search(text, max(0, start - 60), start)
        # ("He was replaced as chair by Siobhán Ferriter": whom she replaced)
        or _REPLACED_BY_ASKED_RE.search(text, max(0, start - 80), start)
        # ("Lucía Ferrández-Ortega, …, had replaced Asante-Mensah as chair": whom she
        # replaced, not who replaced her)
        # (its subject: not "Investors frustrated with Novak, …, replaced the team")
        or (_REPLACER_RE.match(text, end) and SUBJECT_AT_RE.fullmatch(text, 0, start))
        for start, end, _e in alias_spans(text, people)
    )


def _owner_asked(frame: Frame, answer: str) -> bool:
    """Whether `answer` is the person whose someone the question asks for ("X's co-founder",
    "X's lawyer"): never the answer."""
    return any(
        e.kind == "person"
        and e.name == answer
        and re.search(
            r"(?:" + "|".join(re.escape(a) for a in e.aliases) + r")['’]s\s+\w",
            frame.english,
            re.IGNORECASE,
        )
        is not None
        for e in frame.entities
    )


def _only_possessed(text: str, entity: EntityInfo) -> bool:
    """Whether every time the sentence names `entity` it is as someone's relation ("Castel's
    wife … is a partner at Halden"), so the sentence is about another person."""
    spans = alias_spans(text, [entity])
    return bool(spans) and all(_THEIR_PEOPLE_RE.match(text, end) for _s, end, _e in spans)


def _named_as_doer(text: str, entity: EntityInfo) -> bool:
    """The entity is named somewhere other than as an object ("without telling Altman")."""
    return any(not _object_marked(text, start) for start, _end, _e in alias_spans(text, [entity]))


def _typed(frame: Frame, text: str, evidence: Evidence, answer: str) -> float:
    """How well the passage has the kind of answer wanted (0 to 1)."""
    kind = frame.answer
    if kind == "date":
        event = evidence.event
        if event is None:
            return 0.0
        return 1.0 if not event.inherited else 0.4
    if kind == "reason":
        if _hedged(text):
            return 0.5  # "We don't know whether …": a guess is not the reason
        return 1.0 if causal(text) else (0.9 if evidence.support is not None else 0.2)
    if kind == "person":
        return 1.0 if answer else 0.0
    if kind == "define":
        # (by what the question calls it, or any name the articles give the one it names:
        # "what is harrowgate machinery", told of "Harrowgate, the Peoria maker of …")
        subject = frame.subject
        named = (
            subject.aliases
            if subject is not None
            and any(
                a.casefold() in frame.thing.casefold() for a in (subject.name, *subject.aliases)
            )
            else ()
        )
        return max(0.2, defines(frame.thing, text), *(defines(a, text) for a in named))
    if kind in TEXT_KINDS:
        own = has_answer(kind, text, frame)
        return own if own >= 1.0 or evidence.support is None else 0.9
    return 0.5


TEXT_KINDS = frozenset({"amount", "count", "place", "name", "duration", "age"})
_NUMBER_WORDS = (
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a few|a couple of|several|many"
)
_QUALIFIER = (
    r"(?:(?:about|around|nearly|almost|roughly|just|only|another|more than|less than|under|"
    r"over)\s+)?"
)
# "ran the company for five months", "waited 19 days", "for a year", "a three-year stint": how
# long. "One day in 2020", "for a second time", "in three years" (a forecast) and "a
# 10-year-old" are not; a gap ("19 days after the fire", "two years later") only answers
# how long something took (`_TOOK_RE` in the question).
_DURATION_RE = re.compile(
    r"(?:\b(?P<prep>for|within|took|take|takes|lasted|lasting|spent|over|than|after)\s+)?"
    rf"(?P<span>{_QUALIFIER}(?:(?P<n>{_NUMBER_WORDS})|(?P<one>a|an|one|half a))[\s-]+(?:more\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?))\b"
    r"(?P<gap>[\s-]+(?:later|earlier|before|after|on)\b)?(?![\s-]+(?:ago|old)\b)(?!-old)",
    re.IGNORECASE,
)
_TOOK_RE = re.compile(
    r"\b(?:take|took|taken|wait|waited|until|before|after|between|since|soon|late)\b", re.IGNORECASE
)
_FORECAST_RE = re.compile(
    r"\b(?:would|will|could|might|expects?|expected|plans?|planned|promised|predicted|"
    r"forecast|aims?|hopes?|hoped)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _durations(text: str, frame: Frame) -> list[re.Match[str]]:
    """The spans of time in `text` that can answer a "how long" question."""
    gaps = bool(_TOOK_RE.search(frame.english))
    asked = set(frame.english.casefold().split())
    found = []
    for m in _DURATION_RE.finditer(text):
        if m["one"] and not m["prep"]:
            continue  # "One day in 2020", "a second round": no span without "for", "took" …
        if ((m["gap"] and not m["prep"]) or m["prep"] == "after") and not gaps:
            continue  # "for three years before he was replaced" is a span all the same
        if not m["prep"] and re.search(r"\bin\s+$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "in three years" (a forecast), "the first time in five years"
        if _FORECAST_RE.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # "said Quorra would be profitable in three years"
        if _span_of_another_clause(text, m, frame):
            continue  # "had worked there for six years when the board named her CEO"
        if "-" in m["span"]:  # "a five-year lease" is the lease's; "a 20-year veteran" no one's
            after = re.match(r"\s+([\w'’-]+)", text[m.end() :])
            if after is None or after[1].casefold() not in asked:
                continue
        found.append(m)
    return found


# Where the clause a span of time belongs to ends and the next, told of another moment, starts.
_THEN_RE = re.compile(r"\s*,?\s*\b(?:when|by the time|before|until|after which)\b", re.IGNORECASE)
_CLAUSE_EDGE_RE = re.compile(r"[,;:]|\b(?:and then|but|while)\b", re.IGNORECASE)


def _span_of_another_clause(text: str, m: re.Match[str], frame: Frame) -> bool:
    """Whether the asked thing is named only in the clause after the span ("had worked there
    for six years when the board named her chief executive": the six years are not the
    chief executive's)."""
    then = _THEN_RE.match(text, m.end())
    if then is None:
        return False
    forms = {f.casefold() for t in frame.terms if t.entity is None for f in (t.text, *t.forms)}
    if not forms:
        return False
    asked = re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    edges = [e.end() for e in _CLAUSE_EDGE_RE.finditer(text, 0, m.start())]
    own = text[edges[-1] if edges else 0 : m.start()]
    rest = text[then.end() :]
    return asked.search(rest) is not None and asked.search(own) is None


# "is"/"was" define when what follows says what the thing is ("is a wheeled robot", "was
# the code name"), not where or how it is ("is now in use at 31 hospitals").
_DEFINING_VERB = (
    r"(?:(?:is|are|was|were|became|has become)\s+(?:a|an|the|one|its|their|his|her|our|what|"
    r"how|called|known|named|made|built|designed|meant|used|set|based|owned|run|[a-z]+-(?:based|owned|backed))\b"
    r"|means|meant|refers|describes|limits|caps|lets|allows|gives|works|"
    r"combines|puts|keeps|requires|sets)"
)
# What a company makes says what it is, if less plainly than what it is called: "Copperline
# now makes about 85,000 barrels of beer a year" (not a verb as often a plural noun: "the
# ReefScout designs")
_MAKING_VERB = (
    r"(?:(?:now|still|also|mainly|mostly|largely)\s+)?(?:makes|produces|manufactures|builds|"
    r"develops|brews|grows|sells|operates)\s+(?!(?:it|him|her|them|sure|up)\b)"
)

# who says something, after it: ", the people said", ", a spokeswoman told reporters"
_SAYS = r"(?:said|says|say|told|added|reported|wrote)"


_AIMS = frozenset("mission goal aim purpose vision mandate plan ambition pledge promise".split())


# "known as", "known internally as": what something is called
_KNOWN_AS = r"known(?:\s+(?:internally|publicly|informally|simply|inside the company))?\s+as"


def defines(thing: str, text: str) -> float:
    """How plainly the sentence says what `thing` is: as its subject with a defining verb or
    in apposition ("A capped-profit model limits returns …", "Lantern, the company's code
    name for …", "X, which …") 1; merely opening with it 0.6; otherwise 0."""
    if not thing:
        return 0.0
    words = [re.escape(w) for w in re.split(r"[\s\-‑–]+", thing) if w]
    name = r"[\s\-‑–“”\"']*".join(words)
    # "faulty separators, the thin membranes that …": the plural defines it as well
    # "Lumenforge Automation, a Pittsburgh rival": a company's full name may follow
    # "founded Gestura in Valencia, a rival lab": where it was founded may come between
    full = r"(?-i:(?:\s+[A-Z][\w&-]*){0,2}(?:\s+in\s+[A-Z][\w-]*)?)"
    # (not who says it: "… its rollout of the Mule, the people said")
    said = (
        rf"\b[“\"']?{name}(?:s|es)?[”\"']?{full}"
        rf"(?:,\s*which|,\s*(?:a|an|the|its|their)\s(?!(?:[\w'’-]+\s+){{0,3}}{_SAYS}\b)"
        rf"|\s+{_DEFINING_VERB}\b)"
    )
    defined = [m.start() for m in re.finditer(said, text, re.IGNORECASE)]
    quoted = _quoted(text) if defined else []
    if any(not any(a <= at < b for a, b in quoted) for at in defined):
        return 1.0
    if defined:
        # '"Vesper was the moment people stopped …," he said': someone's words about it,
        # not what it is
        return 0.6
    making = [
        m.start() for m in re.finditer(rf"\b{name}{full}\s+{_MAKING_VERB}", text, re.IGNORECASE)
    ]
    if making and any(not any(a <= at < b for a, b in _quoted(text)) for at in making):
        return 0.8
    # what an aim is, its infinitive: 'set out a mission "to connect …"', "its goal was to …"
    if thing.split()[-1] in _AIMS and re.search(
        rf"\b{name}(?:\s+(?:was|is|has been))?\s*:?\s*[“\"']?to\s+[a-z]", text, re.IGNORECASE
    ):
        return 1.0
    # "The company's first product, Earshot, went on sale …": what it is, before its name,
    # opening the sentence (not "After losing the patent lawsuit, Halvard Aero, once …")
    # "The robot, called the Ridgeback, uses …": so too what it is called
    named_after = (
        rf"^[“\"']?(?i:(?:the|a|an|its|their|his|her)\s+|[A-Z][\w&-]*['’]s\s+)"
        rf"(?:[\w'’-]+\s+){{0,4}}[a-z][\w-]*,\s*(?:(?:called|named|dubbed|{_KNOWN_AS}|code-?named|"
        rf"nicknamed)\s+)?"
        # ("The company's aircraft, the Petrel, is …")
        rf"(?:the\s+)?[“\"']?(?i:{name})[”\"']?\s*,(?=\s*[a-z])"
    )
    if re.search(named_after, text):
        return 1.0
    # "… created a for-profit subsidiary, Berthwise, to sell licences": what it is, right
    # before its name set off by commas, anywhere in the sentence
    kind_before = (
        rf"\b(?i:a|an)\s+(?:[\w'’-]+\s+){{0,3}}[a-z][\w-]*,\s*[“\"']?(?i:{name})[”\"']?\s*,"
    )
    if re.search(kind_before, text):
        return 1.0
    # "… offers free courses and an artificial-intelligence tutor called Beacon …": what it
    # is, just before what it is called, anywhere in the sentence
    called = (
        # ("a card game about competing beekeepers called Swarm")
        rf"\b(?i:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,5}}[a-z][\w-]*,?\s+"
        rf"(?:(?:its|their|the)\s+[a-z]+\s+)?(?:called|named|nicknamed|dubbed|{_KNOWN_AS}|"
        rf"code-?named)\s+"
        rf"(?:the\s+)?[“\"']?(?i:{name})\b"
    )
    if re.search(called, text):
        return 1.0
    # 'A founding document, which the company called its "open bench charter," stated …':
    # what it is, and what someone called it
    called_so = (
        rf"\b(?i:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}[a-z][\w-]*,\s*(?:which|that)\s+"
        rf"(?:[\w'’-]+\s+){{1,3}}?(?:called|calls|dubbed|named|nicknamed)\s+"
        rf"(?:(?:its|their|the|it)\s+)?[“\"']?(?i:{name})\b"
    )
    if re.search(called_so, text):
        return 1.0
    opens = rf"^(?:(?:a|an|the)\s+)?[“\"']?{name}[”\"']?\b"
    return 0.6 if re.search(opens, text, re.IGNORECASE) else 0.0


_PROPER_PLACE_RE = re.compile(
    rf"\b(?:in|at|near)\s+(?:the\s+)?(?!(?:{_MONTH_NAMES}|OpenAI|The|Mr|Mrs|Ms|Dr|Prof)\b)"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
)
# What a company may be called after its place: "the Duluth, Minnesota, battery recycler"
_SORTS = (
    "company|companies|firm|maker|manufacturer|recycler|operator|giant|startup|start-up|lab|"
    "laboratory|developer|provider|group|retailer|chain|bank|insurer|carrier|supplier|"
    "nonprofit|charity|foundation|institute|consortium|studio|publisher|cooperative|"
    "conglomerate|producer|builder|designer|platform|service"
)
# Where something is based: "the Portland, Maine-based operator", "a maker based in Tacoma"
_PLACE_NAME = (
    r"(?:(?:St|Ft|Mt)\.\s)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
)
_BASED_RE = re.compile(
    rf"(?P<place>{_PLACE_NAME})-based\b"
    rf"|\b(?:based|headquartered) in\s+(?:the\s+)?(?P<within>{_PLACE_NAME})"
    # "Brindlecoil Materials, the Duluth, Minnesota, battery recycler": a place in apposition,
    # before what the company is
    # (after "the" only: "Orrery Capital, a Nimbara portfolio company" names no place)
    rf"|(?<=, )the (?P<appos>{_PLACE_NAME}),? (?=(?:[a-z-]+ ){{0,2}}(?:{_SORTS})\b)"
    # "… a converted grain store … in Dublin that is still the company's headquarters"
    rf"|\b(?:in|outside|near) (?P<hq>{_PLACE_NAME})(?= (?:that|which) (?:is|was|remains) "
    r"(?:still |now )?"
    r"(?:the company's|its|the lab's|the firm's) (?:headquarters|home|base)\b)"
)
_ASKS_BASE_RE = re.compile(r"\b(?:based|headquartered|headquarters|hq|located)\b", re.IGNORECASE)
# The capitalised words nearest before a place: whose base it is ("Norrsund Linjer, a ferry
# company based in Gothenburg" is Norrsund Linjer's, not that of the sentence's subject) …
_LAST_NAME_RE = re.compile(r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)[^A-Z]*$")
# … or right after a "Denver-based" written before its name ("Austin-based Oakline Foods",
# "St. Paul-based roaster Northbeam")
_NAME_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*)*)")
# Where a question names what it asks the base of, when that is no known name ("where is
# tidewright yards based")
_BASE_OF_RE = re.compile(
    r"\bwhere(?:'s|’s| is| are| was| were)\s+(?:the\s+)?(?P<what>[\w&'’. -]+?)\s+"
    r"(?:based|headquartered|located)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _base_asked(frame: Frame) -> tuple[str, ...]:
    """What a base question asks of, lower-cased: the names of the entities it names, else a
    name the articles use but do not know ("where is tidewright yards based"); () for "where
    is the company based"."""
    asked = tuple(a.casefold() for e in frame.entities for a in (e.name, *e.aliases))
    named = _BASE_OF_RE.search(frame.english)
    if not asked and named and named["what"].casefold() not in _VAGUE_BASES:
        asked = (named["what"].casefold(),)
    return asked


def _bases(text: str, frame: Frame) -> list[tuple[str, bool | None]]:
    """The places `text` says something is based in, each with whether it is the base of
    what the question names (the capitalised words just before it name it; None when those
    are far before it, "Sonarchive was founded … by four WLKM colleagues, after the board
    agreed to spin it out as a separate organisation based in Milwaukee": whose, unsure).
    With nothing named ("where is the company based"), a "Portland-based" before its noun is
    taken for the one the sentence is about; "a maker based in Denver" is some other's."""
    asked = _base_asked(frame)
    found: list[tuple[str, bool | None]] = []
    for m in _BASED_RE.finditer(text):
        if m.group("hq"):
            # (the company the sentence points at: whose the question asks, if any is)
            found.append((m.group("hq"), True))
            continue
        if not asked:
            told = m.group("place") or m.group("within") or m.group("appos")
            found.append((told, bool(m.group("place") or m.group("appos"))))
            continue
        after = _NAME_AFTER_RE.match(text, m.end()) if m.group("place") else None
        told_before = text[: m.start()][-80:]
        before = _LAST_NAME_RE.search(told_before)
        named_by = after or before
        owner = named_by.group(1).casefold() if named_by else ""
        own: bool | None = any(re.search(rf"\b{re.escape(a)}\b", owner) for a in asked)
        if not own and after is None and (before is None or len(told_before) - before.end(1) > 30):
            own = None
        found.append((m.group("place") or m.group("within") or m.group("appos"), own))
    return found


_NAME_GOES_ON_RE = re.compile(r"(?:\s+[A-Z][\w&'’-]*)*")
# What may stand between a name and the place it is based: "Gestura in Valencia", "Grieta, a
# rival lab in Santiago", "Tremorvault was founded in Vancouver in March 2016"
_BETWEEN_NAME_AND_BASE_RE = re.compile(
    r"\s+(?:in|at|near|outside)\s+(?:the\s+)?"
    r"|,\s+(?:a|an|the)\s+[^,;]*?\s(?:in|at|near|outside)\s+(?:the\s+)?"
    r"|\s+(?:was|is|has been|had been)\s+(?:first\s+)?(?:founded|set up|started|registered|"
    r"created|incorporated|established|formed|based|headquartered)\b(?:\s+[a-z]+){0,3}?"
    r"\s+(?:in|at|near|outside)\s+(?:the\s+)?"
)
# A place that is an institution, where a company is no more based than anyone else
_INSTITUTION_RE = re.compile(r"\b(?:University|Court|College|School|Hospital|Parliament)$")
_AFTER_INSTITUTION_RE = re.compile(
    r"\b(?:University|Court|College|School|Hospital|Parliament)(?: of [A-Z][\w-]*)?\s+(?:in|at)\s+$"
)


def _institutional(text: str, found: re.Match[str]) -> bool:
    """A place that is an institution, or where one is: "the High Court", "the Commercial
    Court in Antwerp": where a suit was heard, not where the company is."""
    return bool(
        _INSTITUTION_RE.search(found["place"])
        or _AFTER_INSTITUTION_RE.search(text[max(0, found.start() - 60) : found.start() + 4])
    )


def _place_after_name(text: str, frame: Frame) -> str:
    """The place told just after the name a base question asks of, with no other name
    between: "Tremorvault was founded in Vancouver", "founded Grieta, a rival lab in
    Santiago, Chile" (not "sued Grieta and Harada in the Supreme Court …": a court's
    place, someone else named between; nor "sued Ramplight in the High Court in Dublin"); or
    ""."""
    named = [
        m.end()
        for a in _base_asked(frame)
        for m in re.finditer(rf"\b{re.escape(a)}\b", text, re.IGNORECASE)
    ]
    for at in sorted(named):
        goes_on = _NAME_GOES_ON_RE.match(text, at)  # ("Faultline Archive was founded …")
        end = goes_on.end() if goes_on is not None else at
        place = _PROPER_PLACE_RE.search(text, end)
        if (
            place is not None
            and place.start() - end <= 60
            and not re.search(r"[A-Z;.]", text[end : place.start("place")])
            # (founded or set up there, or so described: not "Pellmore Shipping also paid for
            # a second office in Belfast")
            and _BETWEEN_NAME_AND_BASE_RE.fullmatch(text, end, place.start("place"))
            and not text.startswith(("'", "’"), end)  # ("Grieta's forecasts are used in Chile")
            # (nor an institution: "sued Ramplight in the High Court in Dublin" is the court's)
            and not _institutional(text, place)
        ):
            return place["place"]
    return ""


# What "where is the company based" calls the one it asks of: the sentence's own then
_VAGUE_BASES = frozenset(
    "it they company firm startup start-up business group maker operator chain".split()
)


# "where did he go": a place, or where someone went ("joined Tessary", "left for Quillon").
_DESTINATION_RE = re.compile(
    r"\b(?:joined|joining|moved to|went to|left for|defected to|returned to|jumped to)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
_NAMED_RE = re.compile(
    r"\b(?:named|called|dubbed|known as|(?:referred to|dismissed|described|branded|labell?ed)"
    r" [^.]{0,40}? as)\s+"
    # "called Elon Musk a “speciesist”": someone called something, in quotes
    r"(?:(?:(?:it|him|her|them|this|that|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?"
    r"(?:(?:the|a|an)\s+)?[\"“](?P<quoted>[^\"”]{2,60})[\"”]"
    # "named Secure Super Intelligence", "called it Strawberry"
    r"|(?:(?:it|him|her|them|this|that)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}))"
)


def _asked_nouns(frame: Frame) -> set[str]:
    """The lemmas of what a "how many" question counts and of its paraphrases ("farm" in
    "how many dairy farms do they get milk from"): the words right after "how many", up to
    its verb; none for people, whom articles count in many words ("staff", "employees")."""
    m = re.search(r"\bhow many\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", frame.english.casefold())
    if m is None:
        return set()
    words = []
    for word in m.group(1).split():
        if word in _COUNT_VERBS:
            break
        words.append(word)
    if not words or any(lexicon.lemma(w) in _PEOPLE_WORDS for w in words):
        return set()
    return {lexicon.lemma(f) for w in words for f in lexicon.paraphrases(w) if " " not in f}


_COUNT_VERBS = frozenset(
    "do does did are is was were have has had will would can could got get work worked".split()
)
_PEOPLE_WORDS = frozenset("people person employee staff worker ppl folk".split())


def has_answer(kind: str, text: str, frame: Frame) -> float:
    """Whether `text` holds an answer of `kind` (1), a weak one (0.5) or none (0)."""
    if kind == "amount":
        if not _AMOUNT_RE.search(text) or _rate_untold(text, frame):
            return 0.0
        # "about 1.2 million people": a count, weakly an amount; so a valuation, unless a
        # value is asked ("a round … valued Pyrelight Reading at $9 billion", asked what
        # was put in)
        valued = _ASKS_VALUE_RE.search(frame.english) is not None
        priced = _ASKS_PRICE_RE.search(frame.english) is not None
        return 1.0 if _amount_answer(text, valued=valued, priced=priced) else 0.5
    if kind == "count":  # a number that is neither a date nor money
        bare = _DATE_WORDS_RE.sub("", _unsourced(text))
        bare = _AMOUNT_ANSWER_RE.sub(lambda m: m.group() if _counts_things(bare, m) else "", bare)
        if not _COUNT_RE.search(bare):
            return 0.0
        # what it counts is what is asked ("58 family farms" for "how many farms"), or
        # something else ("four generations")
        asked = _asked_nouns(frame)
        counted = {
            lexicon.lemma(w)
            for m in _COUNTED_RE.finditer(bare)
            for w in (m.group("noun") or "").casefold().split()[:3]
        }
        return 1.0 if not asked or asked & counted else 0.3
    if kind == "place":
        if _ASKS_BASE_RE.search(frame.english):  # "where is X based": X's own base first
            bases = _bases(text, frame)
            if any(own for _place, own in bases):
                return 1.0
            if bases:
                # another's base, its name just before it: "Aldermoor Re, the Zurich-based
                # reinsurer, … invested … in Tremorvault Risk"
                another = _base_asked(frame) and all(own is False for _place, own in bases)
                return 0.2 if another else 0.5
            base_of = set(_base_asked(frame))
            if base_of and not _place_after_name(text, frame):
                # a place told of something else the sentence names (not the name asked of:
                # "invested $85 million in Sonarchive"; no more than a guess: "About 120
                # newsrooms in Ireland use Scrivener's tools")
                places = [
                    m["place"].casefold()
                    for m in _PROPER_PLACE_RE.finditer(text)
                    if not _institutional(text, m)
                ]
                return 0.5 if any(not set(p.split()) & base_of for p in places) else 0.0
        if _PROPER_PLACE_RE.search(text) or _DESTINATION_RE.search(text):
            return 1.0
        return 0.5 if _PLACE_RE.search(text) else 0.0
    if kind == "name":
        name, of_asked = _named(text, frame)
        if not name and _company_made(text, frame):
            return 1.0  # "what company did he start": "he co-founded Halyard Motion"
        return (1.0 if of_asked else 0.6) if name else 0.0
    if kind == "duration":
        return 1.0 if _durations(text, frame) else 0.0
    if kind == "age":
        told = _age_answer(text, frame)
        if not told:
            return 0.0
        # an age once ("was 29 when she founded it", "24 at the time") asked as one now
        past = told.endswith("at the time") or told.startswith("then")
        return 0.5 if past and not _ASKS_PAST_AGE_RE.search(frame.english) else 1.0
    return 0.0


# A sum asked by the month, the year, …: "cost per month", "make a year", "pay monthly"
_RATE_ASKED_RE = re.compile(
    r"\b(?:(?:a|an|per|each|every) (?P<unit>month|year|week|day)|(?P<adj>monthly|yearly|"
    r"annually|weekly|daily))\b",
    re.IGNORECASE,
)
_RATE_ADJECTIVES = {
    "month": "monthly",
    "year": "(?:yearly|annually|annual)",
    "week": "weekly",
    "day": "daily",
}
_RATE_UNITS = {"monthly": "month", "yearly": "year", "annually": "year", "weekly": "week"}
_RATE_UNITS["daily"] = "day"


def _rate_untold(text: str, frame: Frame) -> bool:
    """Whether the question asks a sum by the month (the year, …) and `text` tells none so."""
    rate = _RATE_ASKED_RE.search(frame.english)
    if rate is None:
        return False
    unit = rate["unit"] or _RATE_UNITS[rate["adj"].casefold()]
    told = rf"\b(?:a|an|per|each|every) {unit}\b|\b{_RATE_ADJECTIVES[unit]}\b"
    return re.search(told, text, re.IGNORECASE) is None


def text_answer(kind: str, text: str, frame: Frame, near: int | None = None) -> str:
    """The short answer a sentence gives: an amount (the one nearest after `near`, where
    the action is named), a place, a name; or ""."""
    if kind == "amount":
        if _rate_untold(text, frame):
            return ""  # "how much does the app cost per month": no sum told by the month
        if _ASKS_TOTAL_RE.search(frame.english):
            total = _TOTAL_AT_RE.search(text)
            if total is not None and total["after"]:  # "bringing its total to about $13 billion"
                return _amount_answer(text, total.end())
            if total is not None:  # "has raised $480 million altogether"
                before = [
                    m
                    for m in _AMOUNT_ANSWER_RE.finditer(text, 0, total.start())
                    if not _counts_things(text, m)
                ]
                if before:
                    return before[-1].group().strip(" .,")
        own = _own_amount(text, frame)
        if own:
            return own
        return _amount_answer(
            text,
            near,
            valued=_ASKS_VALUE_RE.search(frame.english) is not None,
            priced=_ASKS_PRICE_RE.search(frame.english) is not None,
        )
    if kind == "place":
        # not a company or place the question names ("where did he go after he left Bramble")
        asked = {a.casefold() for e in frame.entities for a in (e.name, *e.aliases)}
        if _ASKS_BASE_RE.search(frame.english):
            asked |= set(_base_asked(frame))
            bases = sorted(_bases(text, frame), key=lambda b: not b[1])
            if bases and bases[0][1]:
                return bases[0][0]
            after_name = _place_after_name(text, frame)
            if after_name:
                return after_name
        places = [
            m.group("place")
            for m in (*_PROPER_PLACE_RE.finditer(text), *_DESTINATION_RE.finditer(text))
            # (no base: "the High Court in Dublin", "researchers at the University of Galway")
            if not (
                _ASKS_BASE_RE.search(frame.english)
                and "place" in m.re.groupindex
                and _institutional(text, m)
            )
        ]
        # (nor the words of what is asked of: "at Meridian AI" for "where is meridian ai
        # based", a name the articles do not know)
        said = set(frame.english.casefold().split())
        return next(
            (
                p
                for p in places
                if p.casefold() not in asked
                and not set(p.casefold().split()) <= said
                # (nor one it is part of: "in Tremorvault Risk" for "where is tremorvault based")
                and not set(p.casefold().split()) & {a for a in asked if " " not in a}
            ),
            "",
        )
    if kind == "name":
        return _named(text, frame)[0] or _company_made(text, frame)
    if kind == "count":
        return _count_answer(text, frame)
    if kind == "duration":
        return _duration_answer(text, frame, near)
    if kind == "age":
        return _age_answer(text, frame)
    return ""


# An age told beside a name or a pronoun: "Varnhagen, now 47, says", "Priya Raghunathan, 24
# at the time", "she is now 51", "aged 71", "Kowalski, who is 44,"
_AGE_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:,\s+(?:who\s+(?:is|(?P<who_was>was))\s+)?|\s+is\s+|\s+(?P<was>was)\s+)"
    r"(?P<when>now\s+|then\s+|aged\s+)?"
    r"(?P<age>\d{2})(?P<then>\s+at the time)?"
    r"(?=[,.;)]|\s+(?:and|years old|at the time)\b|(?P<when_after>\s+when\b))"
)


# "how old was she when …": an age at a time is asked
_ASKS_PAST_AGE_RE = re.compile(r"\bhow old (?:was|were)\b|\bwhen\b|\bat the time\b", re.I)


def _age_answer(text: str, frame: Frame) -> str:
    """The asked person's age as the sentence tells it ("now 47", "24 at the time"), or any
    one's when no one is asked; or ""."""
    if frame.subject is not None:
        ends = [b for _a, b, _e in alias_spans(text, [frame.subject])]
    else:
        ends = [m.end() for m in re.finditer(r"\b(?:[A-Z][\w-]+|he|she)\b", text)]
    for end in sorted(ends):
        told = _AGE_AFTER_RE.match(text, end)
        if told is not None:
            when = (told["when"] or "").strip()
            said = f"{when} {told['age']}" if when in ("now", "then") else told["age"]
            # (told with "was", or "at the time", "when …": an age once)
            once = told["then"] or told["was"] or told["who_was"] or told["when_after"]
            return f"{said} at the time" if once and when != "now" else said
    return ""


def _duration_answer(text: str, frame: Frame, near: int | None) -> str:
    """The span of time nearest after where the action is named ("ran the company for five
    months" -> "five months"), else the first; a spaced one before a hyphenated one ("19
    days after", not "the 10-day deadline")."""
    found = sorted(_durations(text, frame), key=lambda m: "-" in m["span"])
    after = [m for m in found if near is not None and m.start() >= near]
    chosen = after or found
    return chosen[0]["span"].strip() if chosen else ""


_COUNTED_RE = re.compile(
    r"(?<![\w$.,-])(?P<n>\d[\d,]*(?:\s?(?:-|–|to)\s?\d[\d,]*)?|two|three|four|five|six|seven|"
    # (not "three-year": a number that describes, not one that counts)
    r"eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of)(?![\w%$]|,\d|\.\d)"
    r"(?!-(?:year|month|week|day|hour|minute|decade)s?\b)"
    r"(?=(?P<noun>(?:\s+[A-Za-z'’-]+){1,3})?)",
    re.IGNORECASE,
)


_HEDGES_RE = re.compile(
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|approximately|over|more than|"
    r"fewer than|less than|at least|just|only))+\s*$",
    re.IGNORECASE,
)


_PLACING = frozenset("across throughout around among near within over under beyond".split())
_SPANS_OF_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)


# The whole a part is counted of: "(600) of Isobar's roughly 700 employees"
# "how many employees did Isobar have": the whole, whatever else the question says
_ASKS_WHOLE_RE = re.compile(r"\bhow many\b.*\b(?:have|has|had|employ|employs|employed)\b")
_PART_OF_RE = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:(?:roughly|about|some|nearly|almost|around|more than|over|just over)\s+)?"
    r"[\d,]+\s+(?P<noun>[a-z]+)"
)


_PEOPLE_NOUNS = frozenset(
    "people ppl persons staff staffers employees workers engineers researchers scientists "
    "members".split()
)


def _count_answer(text: str, frame: Frame) -> str:
    """ "how big was the founding team": the number counting what the question names ("11
    senior members of the founding team"), else the first that counts anything; not a year,
    a date or money."""
    return _best_count(text, frame)[1]


# Those a story is told by, counted: "According to three current and former employees",
# "two people familiar with the talks" (how many told it, not how many there are)
_SOURCING_RE = re.compile(
    r"\baccording to (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|several|a dozen|"
    r"\d+) (?:(?:current|former|current and former|senior)\s+)?(?:[a-z]+\s+)?(?:people|"
    r"employees|staff|staffers|sources|officials|executives|workers|members|engineers|"
    r"managers|directors|investors)\b"
    r"|\b(?:two|three|four|five|six|several|\d+) (?:people|sources|officials|employees|"
    r"executives) (?:familiar with|close to|briefed on|with knowledge of|who spoke)\b",
    re.IGNORECASE,
)


def _unsourced(text: str) -> str:
    """`text` with the counts of its sources blanked (the same length: places stay)."""
    if "ccording to" not in text and " people " not in text and " sources " not in text:
        return text
    return _SOURCING_RE.sub(lambda m: " " * len(m.group()), text)


def counts_asked(text: str, frame: Frame) -> bool:
    """Whether the passage counts what the question asks of (its noun, or a word of the
    question right beside the number): "1,212 ignitions" counts no employees."""
    return _best_count(text, frame)[0] >= 2


def _best_count(text: str, frame: Frame) -> tuple[int, str]:
    """The best count in `text` for the question and how well it fits: 3, it counts the
    asked noun; 2, a word of the question is beside it; 1, it counts something else; 0,
    there is none."""
    # (a sum is no count; "2 million users" is; nor are those a story is told by)
    text = _unsourced(text)
    bare = _AMOUNT_ANSWER_RE.sub(
        lambda m: m.group() if _counts_things(text, m) else " " * len(m.group()), text
    )
    bare = _DATE_WORDS_RE.sub(lambda m: " " * len(m.group()), bare)
    asked = {w.casefold() for t in frame.terms if t.entity is None for w in (t.text, *t.forms)}
    best: tuple[int, str] = (0, "")
    for m in _COUNTED_RE.finditer(bare):
        noun = (m.group("noun") or "").strip()
        whole = _PART_OF_RE.match(bare, m.end()) if noun.casefold().startswith("of ") else None
        if (
            whole is not None
            and not _ASKS_WHOLE_RE.search(frame.english)
            and (
                whole["noun"].casefold() in asked
                # ("how many people signed": "187 of DeltaWatch's 212 employees")
                or (whole["noun"].casefold() in _PEOPLE_NOUNS and asked & _PEOPLE_NOUNS)
            )
            and any(  # something the question says they did, besides being counted
                t.entity is None
                and t.text.isalpha()  # (not "in 2023": when, not what)
                and whole["noun"].casefold() not in (t.text.casefold(), *t.forms)
                for t in frame.terms
            )
        ):
            # "how many workers backed the walkout": "600 of Isobar's roughly 700 employees
            # had signed" — those who did it are the part, not the whole
            return 3, m.group("n").strip()
        if noun.casefold().split()[:1] in (["of"], ["percent"]):
            noun = ""  # "two of the 11": the part, not the whole; a share is no count
        first = noun.casefold().split()[:1]
        if first and first[0] in _SPANS_OF_TIME and first[0] not in asked:
            continue  # "for nearly five months": how long, not how many of what was asked
        kept = noun.split()
        # "41,000 units it had sold": what is counted ends where a clause of its own begins
        # ("118 employees and expects to …": nor past "and" once something is counted)
        cut = next(
            (
                i
                for i, w in enumerate(kept)
                if w.casefold() in _CLAUSE_OPENERS
                or (i and w.casefold() in ("and", "but"))
                # "5,900 riders on monthly passes": what is counted, not where
                or (i and w.casefold() in _PREPOSITIONS)
            ),
            len(kept),
        )
        kept = kept[:cut]
        while kept and kept[-1].casefold() in _NOT_NOUN | _PLACING:
            kept.pop()  # "11 senior members of": the count and what it counts
        noun = " ".join(kept)
        found = re.split(r"[,.;:](?!\d)", f"{m.group('n')} {noun}".strip())[0]  # not "1,700"
        words = {w.casefold().strip(",.;") for w in noun.split()}
        ahead = set(bare[m.end() : m.end() + 40].casefold().split())
        # "employs about 640 people": the verb saying what is counted, right before it (not
        # "employees has grown from 770 … to 1,700": what it grew from)
        behind = _HEDGES_RE.sub("", bare[max(0, m.start() - 40) : m.start()]).split()[-1:]
        fit = 3 if asked & words else 2 if asked & (ahead | {w.casefold() for w in behind}) else 1
        if fit >= best[0]:  # the nearer the counted noun, the better
            best = (fit, found)
    return best


# "The company, named …", "It was called …": the thing the sentence before was about.
_THING_RE = re.compile(
    r"^(?:The (?:new )?(?:company|firm|startup|lab|model|product|chatbot|project|plan)|It|Its)"
    r"\b[^.]{0,30}$"
)


# "what company did he start": the one a founding or a joining names
_ASKS_COMPANY_RE = re.compile(
    r"\b(?:which|what) (?:company|firm|startup|start-up|business|lab|outfit)\b", re.IGNORECASE
)
_COMPANY_MADE_RE = re.compile(
    r"\b(?P<verb>co-?founded|founded|started|launched|set up|formed|joined|went on to found)\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
# Who did it, right before the verb: "Laura Bose founded …", "he co-founded …"
_DOER_BEFORE_RE = re.compile(
    r"(?P<doer>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|\b[Hh]e|\b[Ss]he|\b[Tt]hey)"
    r"\s+(?:(?:later|then|also|soon|had|has|have|eventually)\s+)*$"
)


def _company_made(text: str, frame: Frame) -> str:
    """The company a sentence founds (or, asked who joined, joins), when the question asks
    which company: by the one asked about, not a company the question names."""
    if not _ASKS_COMPANY_RE.search(frame.english):
        return ""
    asked = frame.english.casefold()
    joins = frame.action is not None and "join" in frame.action.forms
    subject = frame.subject
    spelled = {a.casefold() for a in (subject.name, *subject.aliases)} if subject else set()
    for m in _COMPANY_MADE_RE.finditer(text):
        if (m["verb"] == "joined") != joins:
            continue  # "what company did he found": not one he joined
        doer = _DOER_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        said = doer["doer"].casefold() if doer else ""
        if said and said not in ("he", "she", "they") and not any(s in said for s in spelled):
            continue  # "Laura Bose founded Kestrel Freight … and hired Okafor-Webb"
        if m["name"].casefold() not in asked and not any(
            a.casefold() in m["name"].casefold()
            for e in frame.entities
            for a in (e.name, *e.aliases)
        ):
            return m["name"]
    return ""


def _named(text: str, frame: Frame) -> tuple[str, bool]:
    """ "The company, named Secure Super Intelligence": a name given (not the one asked
    with), and whether it names what the question is about (named just after it)."""
    asked = frame.english.casefold()
    best = ""
    for m in _NAMED_RE.finditer(text):
        found = (m.group("quoted") or m.group("name") or "").strip(" ,.")
        if not found or found.casefold() in asked:
            continue  # another name for what was asked is an answer ("YC AI"), not the same
        before = text[max(0, m.start() - 40) : m.start()]
        if any(alias_spans(before, frame.entities)) or _THING_RE.match(text[: m.start()]):
            return found, True
        best = best or found
    return best, False


# A founder who is someone's ("her former co-founder", "Dahl's co-founder"): not them
_POSSESSED_FOUNDER_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:former\s+|fellow\s+|old\s+)?"
    r"(?P<noun>co-?founders?|founders?)\b(?: (?:at|of) [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)?,?\s*"
)

_FOUNDERS_WERE_RE = re.compile(r"(?:were|was|are|is|included|includes)\s+[A-Z]")


def _person_answer(
    frame: Frame,
    text: str,
    action_at: int | None,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
    role_forms: tuple[str, ...],
) -> str:
    """The person a "who …" question is answered with by this passage, or ""."""
    who_is = _WHO_IS_RE.match(frame.english.strip().casefold())
    if (
        who_is
        and frame.action is None
        and not frame.entities
        and who_is["first"] not in lexicon.ROLE_WORDS
        and who_is["first"] not in _NOT_A_NAME_START
    ):
        # "who is cormac hale", a name the articles use but not for anyone they know: no
        # other person the sentence names is the answer
        return ""
    asked = {e.key for e in frame.entities}
    if action_at is not None:
        possessed = next(
            (
                m
                for m in _POSSESSED_FOUNDER_RE.finditer(text, max(0, action_at - 30))
                if m.start("noun") <= action_at < m.end("noun")
            ),
            None,
        )
        if possessed is not None and not _FOUNDERS_WERE_RE.match(text, possessed.end()):
            # "an adviser to Tidemark, where her former co-founder is chief executive": the
            # co-founder is another, the one named beside the word, if any (not she; but "Her
            # co-founders were …" lists who founded it with her)
            named = [
                e
                for start, e in _entity_spans(text, evidence.mentions, entities)
                if possessed.end() <= start <= possessed.end() + 2 and e.kind == "person"
            ]
            return named[0].name if named else ""
    orgs = [e for e in frame.entities if e.kind == "org"]
    owned = _OWNED_PERSON_RE.search(frame.english.casefold())
    if owned:
        # "who was the injured nurse's lawyer": the one the passage calls that, or no one
        return next(
            (
                entities[key].name
                for key, role in evidence.roles
                if key not in asked and key in entities and owned["noun"] in role.casefold()
            ),
            "",
        )
    if (
        action_at is not None
        and asks_object(frame.english)
        and _PASSIVE_BEFORE_RE.search(text, max(0, action_at - 30), action_at)
    ):
        # "who did kovačević replace": "He was replaced in August 2022 by Hana Kovačević",
        # the one it was done to, named (or pointed at) before it
        named = [
            e
            for start, e in _entity_spans(text, evidence.mentions, entities)
            if start < action_at and e.kind == "person" and e.key not in asked
        ]
        meant = [
            entities[k]
            for k, explicit in evidence.mentions.items()
            if not explicit and k in entities and entities[k].kind == "person" and k not in asked
        ]
        if named or (meant and _SUBJECT_PRONOUN_RE.match(text)):
            return (named or meant)[-1 if named else 0].name
    if action_at is not None and asks_object(frame.english):
        # "who did microsoft hire": the person the action is done to, named after it
        after = [
            (start, e)
            for start, e in _entity_spans(text, evidence.mentions, entities)
            if start > action_at and e.kind == "person" and e.key not in asked
        ]
        return after[0][1].name if after else ""
    if action_at is not None and (listing := _BY_LIST_RE.match(text, action_at)) is not None:
        # "started in 2018 by three friends from a games café: Aoife Brennan, …; Kwame
        # Mensah, …; and Luca de Rossi": the people the colon lists
        first = next(
            (
                at
                for at, e in sorted(_entity_spans(text, evidence.mentions, entities))
                if at >= listing.end() and e.kind == "person"
            ),
            None,
        )
        if first is not None and first == listing.end():
            listed = _listed_people(text, first, evidence, entities, asked)
            if listed:
                return _and(listed) if len(listed) > 1 else listed[0]
    if action_at is not None:  # "the round is led by Thrive Capital": the agent is the answer
        agent = (
            _AGENT_RE.match(text, action_at)
            or _CAME_FROM_RE.match(text, action_at)
            # (near the action, not anywhere after it)
            or _LED_BY_RE.search(text, max(0, action_at - 60), action_at + 80)
        )
        if agent is not None:
            if _other_named_thing(frame, text[max(0, agent.start() - 40) : agent.start()]):
                return ""  # "Velmora raised a Series B led by Ashgrove" answers no Series A
            listed = _listed_people(text, agent.start("name"), evidence, entities, asked)
            doer = agent.group("name").strip()
            if doer.endswith(".") and not re.search(r"\b[A-Z]\.$", doer):
                doer = doer[:-1]  # the sentence's full stop ("… by Ottilie Brammer.")
            return _and(listed) if len(listed) > 1 else doer
    # a title of several words asked ("chief design officer"): a role must say each of them
    title = _SPELLED_TITLE_RE.search(frame.english.casefold())
    if role_forms and _title_undergoes(frame):
        # "who was the ringleader behind ousting the boss": the boss is who it was done to,
        # never the answer, by the title or as the one the sentence names
        asked = asked | {
            key
            for key, role in evidence.roles
            if any(
                re.search(rf"(?<![\w-]){re.escape(f)}(?![\w])", role.casefold()) for f in role_forms
            )
        }
        role_forms = ()
    # ("Raymond Estes … said the spin-out was meant to let the company raise money": one who
    # tells of another's act)
    tellers = (
        set()
        if action_at is None
        else {
            e.key
            for start, e in _entity_spans(text, evidence.mentions, entities)
            if start < action_at and _CLAUSE_BREAK_RE.search(text, start, action_at)
        }
    )
    for key, role in evidence.roles:
        lowered = role.casefold()
        if key in asked or key not in entities or key in tellers:
            continue
        if not role_forms and entities[key].kind != "person":
            continue  # ("the yogurt maker Brindle Farm": what a company is, asked no post)
        if role_forms and not any(
            re.search(rf"(?<![\w-]){re.escape(f)}(?![\w])", lowered) for f in role_forms
        ):
            continue
        if title and not all(w in lowered for w in title.group().split()):
            continue  # "chief executive" is no "chief design officer"
        if orgs and not any(a.casefold() in lowered for o in orgs for a in o.aliases):
            continue
        return _org_doer(frame, text, action_at, evidence, entities, asked, key) or (
            entities[key].name
        )
    if (
        action_at is not None
        and _UNDERWENT_RE.match(frame.english.strip())
        and frame.action is not None
        and not _DONE_TO_ACTIONS.isdisjoint(frame.action.forms)
    ):
        # "who got pushed out as boss": the one it was done to ("the board fired her"; "Laura
        # Whitcombe was fired by the chairman"), not who did it
        if _PASSIVE_BEFORE_RE.search(text, max(0, action_at - 30), action_at):
            named = [
                e
                for start, e in _entity_spans(text, evidence.mentions, entities)
                if start < action_at and e.kind == "person" and e.key not in asked
            ]
            return named[-1].name if named else ""
        if _PRONOUN_DONE_TO_RE.match(text, action_at):
            meant = [
                entities[k]
                for k, explicit in evidence.mentions.items()
                if not explicit and k in entities and entities[k].kind == "person"
            ]
            return meant[0].name if meant and meant[0].key not in asked else ""
        done_to = [
            e
            for start, e in _entity_spans(text, evidence.mentions, entities)
            if action_at < start < action_at + 40
            and re.fullmatch(r"[\w-]+(?:\s+(?:out|off|up))?\s+", text[action_at:start])
            and e.kind == "person"
            and e.key not in asked
        ]
        if not done_to:
            # a surname two people share, said alone ("to remove Calloway"): the one the
            # extraction read it as
            done_to = [
                e
                for k, explicit in evidence.mentions.items()
                if explicit
                and (e := entities.get(k)) is not None
                and e.kind == "person"
                and k not in asked
                and re.match(
                    rf"[\w-]+(?:\s+(?:out|off|up))?\s+{re.escape(surname(e.name))}\b",
                    text[action_at : action_at + 40],
                )
            ]
        return done_to[0].name if done_to else ""
    fellows = _FELLOW_FOUNDERS_RE.match(text)
    if fellows is not None and not asks_object(frame.english):
        # "Her co-founders were Tomás Ibáñez-Roe, …, and Mireille Dufresne-Akande": she and
        # they founded it
        she = [
            entities[k]
            for k, explicit in evidence.mentions.items()
            if not explicit and k in entities and entities[k].kind == "person"
        ]
        spans = _entity_spans(text, evidence.mentions, entities)
        first = next((at for at, e in spans if at >= fellows.end() and e.kind == "person"), None)
        listed = _listed_people(text, first, evidence, entities, asked) if first is not None else []
        together = [e.name for e in she[:1] if e.key not in asked] + listed
        if together:
            return _and(together) if len(together) > 1 else together[0]
    group = GROUP_OPENS_RE.match(text)
    if (
        group
        and action_at is not None
        and not [s for s, e in _entity_spans(text, evidence.mentions, entities) if s < action_at]
    ):
        # "The two founded Tessellate": everyone the words stand for (the extraction put them
        # there, from the sentences before), but the one asked with
        together = [
            entities[k].name
            for k, explicit in evidence.mentions.items()
            if not explicit and k in entities and entities[k].kind == "person" and k not in asked
        ]
        if together:
            return _and(together) if len(together) > 1 else together[0]
    if action_at is not None and _AND_THE_TWO_RE.search(text, max(0, action_at - 30), action_at):
        # "Marchetti … joined him the following year, and the two incorporated the
        # foundation": she and the one "him" stands for (the extraction read them there)
        together = [
            entities[k].name
            for k in evidence.mentions
            if k in entities and entities[k].kind == "person" and k not in asked
        ]
        if len(together) == 2:
            return _and(together)
    acting = actor(text, action_at, evidence, entities, people_only=True)
    if acting is not None and acting.key not in asked:
        return acting.name
    if frame.action is not None and set(frame.action.forms) & {"fire", "oust", "remove"}:
        m = _BOARD_RE.search(text)
        if m:
            return "the board"
    spans = _entity_spans(text, evidence.mentions, entities)
    for _start, entity in spans:
        if entity.kind == "person" and entity.key not in asked and entity.key not in tellers:
            return _org_doer(frame, text, action_at, evidence, entities, asked, entity.key) or (
                entity.name
            )
    pointed = [
        entities[k]
        for k, explicit in evidence.mentions.items()
        if not explicit and k in entities and entities[k].kind == "person" and k not in asked
    ]
    if (
        len(pointed) == 1
        and action_at is not None
        and not _UNDERGONE_RE.match(frame.english)
        and _SUBJECT_PRONOUN_RE.search(_SAID_ASIDE_RE.sub(",", text[:action_at]))
    ):
        # "In June 2024 she and Belmonte resigned": she, the one the pronoun stands for, did
        # it with the one asked of
        return pointed[0].name
    # no one named does it: a company may, named right before the action as its subject
    # ("Redmere Capital led a $40 million Series A"; not "Quorra's chief executive resigned",
    # nor in a question of who underwent it: "who was hired")
    return _org_doer(frame, text, action_at, evidence, entities, asked)


def _org_doer(
    frame: Frame,
    text: str,
    action_at: int | None,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
    asked: set[str],
    person: str = "",
) -> str:
    """The company named as the subject of the action asked, right before it, or "". With
    `person`, only when the person a sentence would otherwise answer with is named after the
    act, not before it: "Brightwater Ventures led a $9 million funding round, and Marcus
    Hale, a Brightwater partner, joined the board"."""
    if (
        action_at is None
        or (
            person != ""
            and any(
                start < action_at
                for start, e in _entity_spans(text, evidence.mentions, entities)
                if e.key == person
            )
        )
        or frame.passive
        or _UNDERGONE_RE.match(frame.english)
        or _WHICH_PERSON_RE.match(frame.english)  # ("which director …": a person, asked so)
    ):
        return ""
    before = text[max(0, action_at - 200) : action_at]
    for key, explicit in evidence.mentions.items():
        org = entities.get(key)
        if org is None or org.kind != "org" or key in asked or not explicit:
            continue
        spelled = "|".join(re.escape(a) for a in sorted({org.name, *org.aliases}, key=len))
        # past a clause about it: "The Paloma Valley Water District, which had fitted the
        # sensors eight months earlier, sued Sablewick"
        if re.search(
            rf"(?<![\w'’])(?:{spelled})(?:,\s+(?:which|that)\s[^,;.]{{1,140}},)?\s+"
            # ("led a $9 million funding round": the round's leader)
            r"(?:[a-z]+ly\s+)?(?:(?:co-)?led\s+(?:a|an|the|its)\s+(?:[^,;.]|\.(?=\d)){0,40}?)?$",
            before,
        ):
            return org.name
    return ""


# "Her co-founders were …": the one "her" points at and those named after it
_FELLOW_FOUNDERS_RE = re.compile(r"(?:Her|His) (?:fellow )?co-?founders (?:were|included)\s")
# A sentence opening on a group the sentences before named ("The two founded …")
GROUP_OPENS_RE = re.compile(GROUP_OPENS)
# "who got pushed out", "who was fired": a verb's participle after "who was/got" (not "who was
# interim ceo")
_UNDERWENT_RE = re.compile(
    r"^who\s+(?:was|were|got|gets|has been|had been|is being)\s+(?:[a-z]+ed|[a-z]+en|let|cut|"
    r"sent|left|caught|brought|sold|told|forced|kept|put)\b",
    re.IGNORECASE,
)
# "fired her": the action done to someone a pronoun stands for (not "fired her chief of staff")
_PRONOUN_DONE_TO_RE = re.compile(
    r"[\w-]+(?:\s+(?:out|off|up))?\s+(?:him\b|her(?=[,.;:]|$|\s+(?:after|in|on|at|for|over|"
    r"because|as|and|but|with|from|last|this|that|amid|following|days|weeks|months|—)\b))"
)
# "was fired by", "had been ousted": the one it was done to named before it
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|got|is|are)\s+(?:\w+ly\s+)?$")
# What is done to someone, asked "who was …": fired, ousted, hired, sued, replaced, laid off
_DONE_TO_ACTIONS = frozenset(
    (
        "fire",
        "fired",
        "oust",
        "ousted",
        "remove",
        "removed",
        "push out",
        "pushed out",
        "hire",
        "hired",
        "sue",
        "sued",
        "replace",
        "replaced",
        "laid off",
        "lay off",
        "sack",
        "dismiss",
    )
)
# "who was hired", "who got laid off", "who is being sued": who underwent it
_UNDERGONE_RE = re.compile(
    # (not one doing it: "who is suing hale")
    r"^who\s+(?:was|were|is|are|got|gets|has been|had been|is being)\s+(?![a-z]+ing\b)",
    re.I,
)


# Whose someone a question asks for: "who was the nurse's lawyer"
_OWNED_PERSON_RE = re.compile(
    r"['’]s\s+(?P<noun>lawyer|attorney|spokes(?:man|woman|person)|adviser|advisor|assistant|"
    r"deputy|wife|husband|son|daughter|doctor|agent)\b"
)
_WHO_IS_RE = re.compile(r"^who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?P<first>[\w-]+)")
# What follows "who is" when it asks who does or holds something, not who someone is
_NOT_A_NAME_START = frozenset(
    "the a an in on at responsible running leading heading behind their its his her our "
    "this that these those now currently still".split()
)
_SPELLED_TITLE_RE = re.compile(r"\bchief(?:\s+[a-z-]+){1,2}\s+officer\b")
_OBJECT_NAME_RE = re.compile(r"\S*\s+(?:the\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")


def _acts_on_another(
    frame: Frame, text: str, starts: tuple[int, ...], named: list[EntityInfo]
) -> bool:
    """Every time the sentence names the asked action, it is done to something the question
    does not name, and no person the passage names (`named`) ("who started Kestrelmoor":
    "Quayle-Mensah co-founded Gorsefield"; not "said Tamsin Eberhardt")."""
    orgs = [a.casefold() for e in frame.entities if e.kind == "org" for a in (e.name, *e.aliases)]
    people = [a.casefold() for e in named if e.kind == "person" for a in (e.name, *e.aliases)]
    if not orgs or not starts:
        return False
    for at in starts:
        done_to = _OBJECT_NAME_RE.match(text, at)
        name = done_to["name"].casefold() if done_to else ""
        if not name or any(o in name for o in orgs) or any(p in name for p in people):
            return False
    return True


def _other_named_thing(frame: Frame, before: str) -> bool:
    """What an agent leads, said just `before` it, is another of the kind the question names
    ("Series B" where it asks about the "series a")."""
    lowered = before.casefold()
    named = [
        t.text.casefold()
        for t in frame.terms
        if t.entity is None and " " in t.text and t is not frame.action
    ]
    return any(
        re.search(rf"\b{re.escape(n.split()[0])}\s+\w", lowered) and n not in lowered for n in named
    )


_UNIT = r"(?:\s?(?:million|billion|trillion|thousand|M|B|k)\b)?"
_MONEY = rf"[$€£]\s?\d[\d.,]*{_UNIT}"
_AMOUNT_ANSWER_RE = re.compile(
    rf"{_MONEY}(?:\s?(?:-|to)\s?(?:[$€£]\s?)?\d[\d.,]*{_UNIT})?"
    r"|\b\d[\d,.]*\s?(?:million|billion|trillion|percent|%)"
)


_NOT_COUNTED = frozenset(
    "dollars dollar euros euro pounds pound yuan renminbi yen francs franc rupees rupee kronor "
    "krona kroner krone pesos peso won rand reais real lira shekels shekel dirhams riyals "
    "ringgit baht zloty in of for to and or from at a an the worth this that per by as with on "
    "over".split()
)


def _counts_things(text: str, m: re.Match[str]) -> bool:
    """ "about 1.2 million people": a number of things, no sum of money (one without a
    currency sign followed by a noun it counts)."""
    if m.group()[:1] in "$€£" or m.group().rstrip().endswith(("percent", "%")):
        return False
    noun = re.match(r"\s+([a-z]+)", text[m.end() :])
    return noun is not None and noun.group(1) not in _NOT_COUNTED


# A sum asked of as a whole, and where a sentence gives one
_ASKS_TOTAL_RE = re.compile(r"\b(?:in total|total|altogether|in all|all told|overall)\b", re.I)
_TOTAL_AT_RE = re.compile(
    r"\b(?P<after>(?:its|their|the|a) total)\b|\bin total\b|\baltogether\b|\ball told\b", re.I
)


# What comes between a giver's name and the sum they gave: "Mensah £10,000" (the verb said
# once for a list), "Ray Whitfield, a retired builder, put in £150,000"
_NAME_TO_SUM_RE = re.compile(r"(?:,[^,;.]{1,80},)?\s+(?:[a-z]+\s+){0,3}?(?=[$€£]|\d)")


def _own_amount(text: str, frame: Frame) -> str:
    """The sum told right after the asked person's name, in a sentence telling several
    people's ("Brennan put £15,000 into the company and Mensah £10,000"), or ""."""
    if frame.subject is None or frame.subject.kind != "person":
        return ""
    for _start, end, _e in alias_spans(text, [frame.subject]):
        between = _NAME_TO_SUM_RE.match(text, end)
        if between is None:
            continue
        told = _AMOUNT_ANSWER_RE.match(text, between.end())
        if told is not None and not _counts_things(text, told):
            return told.group().strip(" .,")
    return ""


def _amount_answer(
    text: str, near: int | None = None, *, valued: bool = True, priced: bool = False
) -> str:
    """The amount a sentence states closest after the action (the first one without it), a
    range kept whole ("$200 million to $1 billion"): "led a $210 million round that valued
    Halcyra at $1.4 billion" is worth $1.4 billion. Unless a value is asked (`valued`), a
    valuation is no sum given ("a $420 million round at a valuation of $5.8 billion"); when
    a price is asked (`priced`: "how much did norrvik pay for kestrel"), a share is none
    ("it supplied about 70 percent of the compressors")."""
    found = [
        m
        for m in _AMOUNT_ANSWER_RE.finditer(text)
        if not _counts_things(text, m)
        and (valued or not _VALUATION_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()))
        and not (priced and m.group().rstrip().endswith(("percent", "%")))
    ]
    if not found:
        return ""
    if near is not None:
        after = [m for m in found if m.start() >= near]
        best = min(after or found, key=lambda m: abs(m.start() - near))
    else:
        best = found[0]
    return best.group().strip(" .,")


# A sum that is what something is worth, not what anyone paid: "at a valuation of", "valuing
# the company at", "valued at" (not "a stake worth $22 million": what was paid for it)
_VALUATION_BEFORE_RE = re.compile(
    # ("valued Pyrelight Reading at", "valued the subsidiary at")
    r"\b(?:valuation of|valu(?:ed|ing)(?: (?:it|them|the [a-z-]+(?: [a-z-]+)?|"
    r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}))? at)"
    r"\s+(?:(?:about|roughly|nearly|some|more than|over|around)\s+)?$"
)
_ASKS_VALUE_RE = re.compile(r"\b(?:valu\w*|worth)\b", re.IGNORECASE)
# A price asked: what was paid, spent or charged (a share is no answer to it)
_ASKS_PRICE_RE = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|cost|costs|spen[dt]|spending|price|charge[sd]?|sold for|"
    r"bought for|buy for)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, kw_only=True)
class Coverage:
    """How much of the question a passage says, and where: the cheap first pass, done for
    every candidate; the rest of `score` runs only for those close to the best."""

    coverage: float
    action_at: int | None
    relevant: bool
    action_quoted: bool = False  # the action is only named inside quoted speech
    literal: bool = False  # the action in the question's own word ("founding", not "launch")
    action_starts: tuple[int, ...] = ()  # every place the action is named

    @property
    def action(self) -> bool:
        return self.action_at is not None


_THE_COMPANY_ASKED_RE = re.compile(
    r"\b(?:the|this|that) (?:company|firm|startup|start-up|organisation|organization)\b"
)
# What a question calls a company, which any company a passage names is
COMPANY_WORDS = frozenset("company firm startup start-up organisation organization".split())


def _matched(
    frame: Frame,
    matcher: Matcher,
    hit: Hit,
    mentions: dict[str, bool],
    found: list[bool],
) -> float:
    """The weight of the terms a passage says: names it points at with a pronoun, and
    bodies named after an asked company, count 0.8, and what its article's title names
    counts TITLE_CREDIT in every sentence."""
    titled = matcher.in_title(hit.passage.article.id, hit.passage.article.title)
    subject = frame.subject.key if frame.subject is not None else ""
    own = frame.english.casefold().split("(following", 1)[0]
    # ("the company": the article's own, as its title names it; "what company": any)
    the_company = _THE_COMPANY_ASKED_RE.search(own) is not None
    title = hit.passage.article.title.casefold()
    orgs_named = any(
        (e := matcher.entities.get(k)) is not None
        and e.kind == "org"
        and (not the_company or any(a.casefold() in title for a in (e.name, *e.aliases)))
        for k, named in mentions.items()
        if named
    )
    matched = 0.0
    for i, (w, said) in enumerate(zip(matcher.weighted, found, strict=True)):
        if w.term.entity is not None and w.term.entity.key in mentions:
            matched += w.weight if said or mentions[w.term.entity.key] else w.weight * 0.8
        elif said and w.term.entity is None:
            matched += w.weight
        elif (
            w.term.entity is None
            and w.term.text.casefold() in COMPANY_WORDS
            and orgs_named
            and w.term.text.casefold() in own
        ):
            # "when was the company started": "Skerrowlight was founded" (the question's own
            # word, not one of the earlier question it follows)
            matched += w.weight
        elif (
            w.term.entity is not None
            and w.term.entity.kind == "org"
            and any(k.startswith(f"{w.term.entity.key}-") for k in mentions)
        ):
            # a body named after it ("Skyledger Foundation was incorporated …" for
            # "skyledger"): of it, if not the whole of it
            matched += w.weight * 0.8
        elif i in titled and w.term.key != subject:
            # What the article is about (its title says so) is there in every sentence:
            # "Oyelaran resigned …" in "Inside Lumaris" says something of Lumaris.
            matched += w.weight * TITLE_CREDIT
    return matched


def quick_cover(
    frame: Frame, matcher: Matcher, hit: Hit, mentions: dict[str, bool]
) -> tuple[float, bool, bool]:
    """The first pass over every candidate: its coverage, whether it is relevant, and
    whether it names the action asked of."""
    found = matcher.present(hit.passage.text)
    total = sum(w.weight for w in matcher.weighted) or 1.0
    coverage = _matched(frame, matcher, hit, mentions, found) / total
    action = frame.action is not None and any(
        said and w.term.key == frame.action.key
        for w, said in zip(matcher.weighted, found, strict=True)
    )
    return coverage, coverage >= RELEVANT or (action and coverage >= RELEVANT * 0.6), action


# "found" as in found out: "found that …", "found no evidence", "found him guilty"
_DISCOVERED_RE = re.compile(
    r"[Ff]ound,? (?:that|no|nothing|evidence|out|it|them|him|her|itself|themselves|"
    r"(?:the|a|an) [\w-]+(?: [\w-]+)? (?:to be|guilty|liable|had|was|were|would))\b"
)


# Someone's own words giving their reason: '"I signed that letter because …'
_OWN_BECAUSE_RE = re.compile(r'[“"][^”"]{0,200}?\b(?:I|we)\b[^”"]{0,200}?\bbecause\b[^”"]*')
_SAID_BY_RE = re.compile(
    r"^[”\"]?,?\s+(?P<who>[^,.;“”\"]{2,40}?)\s+(?:said|says|told|wrote|added)\b"
)


def _said_by(after: str, entity: EntityInfo) -> bool:
    """Whether the words after a quotation give it to `entity` ('," Okafor told the
    Journal'), or to a "he" or "she" (the article's pronoun for the one asked of)."""
    found = _SAID_BY_RE.match(after)
    if found is None:
        return False
    who = found["who"].casefold()
    return who in ("he", "she") or who in {a.casefold() for a in (entity.name, *entity.aliases)}


def cover(frame: Frame, matcher: Matcher, hit: Hit, mentions: dict[str, bool]) -> Coverage:
    """The weighted share of the question's terms the passage contains (`mentions`: the
    entities the passage names, True, or points at with a pronoun, False), and where and
    how it names the action."""
    text = hit.passage.text
    total = sum(w.weight for w in matcher.weighted) or 1.0
    action_at: int | None = None
    action_quoted = False
    literal = False
    action_starts: tuple[int, ...] = ()
    said = matcher.present(text)
    matched = _matched(frame, matcher, hit, mentions, said)
    action = next(
        (
            i
            for i, w in enumerate(matcher.weighted)
            if frame.action is not None and w.term.key == frame.action.key and said[i]
        ),
        None,
    )
    if frame.action is not None and action is not None:
        found = matcher.locate_term(action, text, text.casefold().replace("’", "'"))
        # ("The review … found that Bellwether would run out of cash": found out, not founded)
        found = [(a, b) for a, b in found if not _DISCOVERED_RE.match(text, a)]
        if found and mentions:
            # the act told outside a name, if it is ("Harrowgate Capital led a round": the
            # round, not the capital of the investor's name)
            names = _spans_at(
                text, tuple(matcher.entities[k] for k in mentions if k in matcher.entities)
            )
            outside = [(a, b) for a, b in found if not any(s <= a < e for s, e, _n in names)]
            found = outside or found
            # (the companies the act is asked done to: not its doer, "who did velmora sue")
            doer = frame.subject.key if frame.subject is not None else ""
            asked_orgs = {e.key for e in frame.entities if e.kind == "org" and e.key != doer}
            if asked_orgs:
                # an act done to another company named right after it ("he founded
                # Openrow, … the product Harrowgate's board turned down" for "who founded
                # harrowgate") is not the act asked of
                found = [
                    (a, b)
                    for a, b in found
                    if not any(
                        n.kind == "org" and n.key not in asked_orgs and 0 < s - b <= 2
                        for s, _e, n in names
                    )
                ]
        if frame.answer == "date":
            # "when was openai founded": "OpenAI co-founder X" is not the founding, nor is
            # "the founding team"; "unless Kovalenko was reinstated" did not happen.
            found = [
                (a, b)
                for a, b in found
                if not _agent_noun(text[a:b])
                and not _modifier(text, a, b)
                and not _FROM_WHEN_RE.match(text, b)
                # "Brindlecoil, whose plant caught fire, said on Tuesday …": told in passing,
                # in a clause about someone, undated (the date is what the sentence says)
                and not (
                    _IN_RELATIVE_RE.search(text, max(0, a - 80), a)
                    and not _clause_dated(text, a, wide=True)
                )
                # ("In March, the board voted …, three months after the startup signed a
                # data-sharing agreement": the signing is what the time is counted from)
                and not _COUNTED_FROM_RE.search(text, max(0, a - 60), a)
                and (
                    _ASKS_AHEAD_RE.search(frame.english) is not None
                    or not _HYPOTHETICAL_RE.search(text[max(0, a - 80) : a])
                )
                and (
                    not frame.passive
                    or _undergoes(text, a, b, frame.objects)
                    # ("the board voted to remove her": the one a pronoun points at)
                    or (
                        any(mentions.get(o.key) is False for o in frame.objects)
                        and _PRONOUN_DONE_TO_RE.match(text, a) is not None
                    )
                    # ("The lab was born in March 2019": the company asked of, pointed at,
                    # and a time of its own told)
                    or (
                        any(mentions.get(o.key) is False for o in frame.objects)
                        and _THE_COMPANY_UNDERGOES_RE.fullmatch(text, 0, a) is not None
                        and _STORY_YEAR_RE.search(text, b) is not None
                    )
                )
                # ("Fenwick-Oduya did not return.": no return to date)
                and not (
                    _NOT_DONE_RE.search(text, max(0, a - 12), a)
                    and not _ASKS_NOT_DONE_RE.search(frame.english)  # ("when did it not …")
                )
            ]
        else:
            # "why did the board fire marsh", "who got fired as ceo": not "a board that can
            # fire the chief executive"
            found = [(a, b) for a, b in found if not _MAY_DO_RE.search(text, max(0, a - 20), a)]
        if found:
            action_at = found[0][0]
            action_starts = tuple(sorted({a for a, _b in found}))
            asked = frame.action.text.casefold()
            stem = asked[: max(4, len(asked) - 3)]
            literal = any(
                text[a:b].casefold().startswith(stem)
                or text[a:b].casefold().split("-")[-1].startswith(stem.split("-")[-1])
                for a, b in found
            )
            quoted = _quoted(text)
            action_quoted = bool(quoted) and all(
                any(a <= start < b for a, b in quoted) for start, _end in found
            )
    if (
        frame.action is not None
        and (frame.action.text in _DEAL_NOUNS or not _MONEY_ACTS.isdisjoint(frame.action.forms))
        and all(key in mentions for key in {e.key for e in frame.entities})
        and all(
            found
            for w, found in zip(matcher.weighted, said, strict=True)
            if w.term.key != frame.action.key
            and not _SUM_WORD_RE.fullmatch(w.term.text)
            and w.term.text.casefold() not in _MORE_WORDS
        )
    ):
        # "when was the 10 billion deal", "when did castellane put in the extra 1.1 billion":
        # the sum asked is the deal or the giving the passage tells ("committed a further $10
        # billion", "added $1.1 billion"), whatever it calls it (of whoever the question
        # names: not another's "$500 million" for "the $500 million Alpenwerk deal")
        # (the sum's clause, not the verb's, when both are told: "put $400 million into
        # Larkspur in September 2022, and added a further $1.1 billion two years later")
        sum_at = _same_sum(frame.english, text)
        if sum_at is not None and _another_gives(text, sum_at, frame):
            sum_at = None  # "…, and the rival fund Dovecote Partners added $900 million"
        if sum_at is not None:
            if action_at is None:
                matched += next(
                    (w.weight for w in matcher.weighted if w.term.key == frame.action.key), 0.0
                )
            action_at, action_starts = sum_at, (sum_at,)
    coverage = matched / total
    relevant = coverage >= RELEVANT or (action_at is not None and coverage >= RELEVANT * 0.6)
    return Coverage(
        coverage=coverage,
        action_at=action_at,
        relevant=relevant,
        action_quoted=action_quoted,
        literal=literal,
        action_starts=action_starts,
    )


# What a sum may be called in a question: the deal, not an act of its own
_DEAL_NOUNS = frozenset(
    "deal investment round funding agreement contract commitment bet stake check cheque "
    "injection infusion raise".split()
)
_SUM_RE = re.compile(
    r"\$?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>billion|million|bn|mn|b|m)\b", re.IGNORECASE
)
_SUM_WORD_RE = re.compile(r"\$?[\d.,]+[bm]?|billion|million|bn|mn", re.IGNORECASE)
_UNITS = {"b": "billion", "bn": "billion", "m": "million", "mn": "million"}


# An act said not to have happened, right before its verb: "did not return", "never left"
_NOT_DONE_RE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+$", re.IGNORECASE)
_WITHHELD_RE = re.compile(
    r"\b(?:withh(?:e|o)ld\w*|held back|holding back|(?:refused|declined|failed) to (?:pay|hand "
    r"over)|(?:did not|didn't|never|would not|wouldn't) (?:pay|hand over|deliver))"
    r"(?:\s+(?:the|its|his|her|their|a|an|final|last|remaining|rest of the|other))*\s+$",
    re.IGNORECASE,
)
_PLEDGED_RE = re.compile(
    r"\b(?:pledg\w+|promis\w+|vow\w*|offer\w*)\s+(?:(?:about|roughly|nearly|some|up to|"
    r"a total of)\s+)?$",
    re.IGNORECASE,
)
_ASKS_GIVEN_SUM_RE = re.compile(
    r"\b(?:actually|really|in the end|end(?:ed)? up|ultimately|in fact)\b", re.IGNORECASE
)
_ASKS_WITHHELD_RE = re.compile(
    r"\b(?:withh\w+|held back|hold back|refus\w+|declin\w+|not|never|owe\w*|remaining|rest|"
    r"short|left)\b|n['’]t\b",
    re.IGNORECASE,
)
_ASKS_NOT_DONE_RE = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
_SUM_CLAUSE_RE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s+|^")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday last this next".split()
)


def _another_gives(text: str, at: int, frame: Frame) -> bool:
    """Whether a later clause telling the sum at `at` names someone besides those asked of
    before it (its giver: "Corran put $300 million into Harrowgate, and the rival fund
    Dovecote Partners added $900 million"), by a capitalised word no asked name has."""
    start = max(m.end() for m in _SUM_CLAUSE_RE.finditer(text, 0, at))
    if start == 0:
        return False  # (the sentence's own subject: whether it is the one asked is weighed)
    asked = {w.casefold() for e in frame.entities for a in e.aliases for w in a.split()}
    return any(
        m.group().casefold() not in asked and m.group().casefold() not in _CALENDAR
        for m in re.finditer(r"\b[A-Z][\w'’-]*", text[start:at])
    )


def _same_sum(question: str, text: str) -> int | None:
    """Where the passage states, in dollars, a sum the question names ("10 billion", "$10bn":
    "$10 billion"), or None."""
    asked = {
        (float(m["n"]), _UNITS.get(m["unit"].lower(), m["unit"].lower()))
        for m in _SUM_RE.finditer(question)
    }
    if not asked:
        return None
    for m in _SUM_RE.finditer(text):
        unit = _UNITS.get(m["unit"].lower(), m["unit"].lower())
        if m.group().startswith("$") and (float(m["n"]), unit) in asked:
            return m.start()
    return None


# A sentence telling how things stand at publication, and a question about an earlier time
_NOW_SAID_RE = re.compile(r"\b(?:now|currently|today|as of now)\b", re.IGNORECASE)
_ASKS_BACK_RE = re.compile(
    r"\b(?:did|was|were|had|ago|then|back|before|after|first|original|initially|once|"
    r"used to|at the time|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A question about what is still to come ("when will the duo ship", "when's it shipping"):
# what a company "plans to" do answers it
_ASKS_AHEAD_RE = re.compile(
    r"\b(?:will|going to|gonna|plan(?:s|ned|ning)? to|due to|set to|expected to)\b"
    r"|^\W*(?:when\s+)?(?:is|are)\s+(?:[\w'’-]+\s+){1,4}?\w+ing\b",
    re.IGNORECASE,
)


def asks_ahead(frame: Frame) -> bool:
    """Whether a question asks of what is to come ("when will the lark ship")."""
    return _ASKS_AHEAD_RE.search(frame.english) is not None


_WILL_RE = re.compile(r"\b(?:will|going to|gonna)\b", re.IGNORECASE)
# What someone can or may do, right before the act: no act that happened
_MAY_DO_RE = re.compile(r"\b(?:can|could|would|might|may|will|should)\s+(?:\w+ly\s+)?$")
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:unless|if|whether|would|could|might|threaten\w*\s+to|plans?\s+to|planned\s+to|"
    r"consider\w*|hopes?\s+to|wants?\s+to|wanted\s+to|promised\s+to|promises\s+to)\b[^.;:]*$",
    re.IGNORECASE,
)
_CLAUSE_OPENERS = frozenset(
    "it they he she we you i had has have was were is are be been will would could can "
    "that which who whom".split()
)
_PREPOSITIONS = frozenset("in on at by for to with from into across over under per".split())
_NOT_NOUN = frozenset(
    "in on at by for to of with from into as and or but the a an its his her their this that "
    "after before since until when while".split()
)


# "beginning in the second quarter of 2026": when something else runs from, not a start
_FROM_WHEN_RE = re.compile(r"(?<=ing)\s+(?:in|on|from|with|at)\b")
_WHICH_RE = re.compile(r",?\s+(?:which|that)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,6}$")
_THE_COMPANY_RE = re.compile(r"\bthe (?:company|firm|startup|start-up|business|recycler|maker)\s*$")


# A capitalized word going on from a name, as a longer name's ("Isobar Forecast LP"), not a
# company's suffix ("OpenAI Inc.")
_LONGER_NAME_RE = re.compile(r"\s+(?!(?:Inc|Corp|Co|Ltd|LLC|PBC|Group)\b)[A-Z][a-z]")


def _undergoes(text: str, start: int, end: int, objects: tuple[EntityInfo, ...]) -> bool:
    """ "when was openai founded": the action is done to the object — "founded OpenAI",
    "OpenAI was founded", "its founding" — not merely near it."""
    if not objects:
        return True
    after = text[end : end + 40]
    # (not the start of a longer name: "Isobar created Isobar Forecast LP" made another)
    if any(
        s < 12 and not _LONGER_NAME_RE.match(after, e) for s, e, _x in alias_spans(after, objects)
    ):
        return True
    before = text[max(0, start - 40) : start]
    if re.search(r"\b(?:its|their)\s+$", before):
        return True
    # "the company, which Ysolde Karapetyan and Barnaby Oyelaran founded in 2019": done to
    # what "which" stands for, the object or the company the story is about
    which = _WHICH_RE.search(text, max(0, start - 80), start)
    if which is not None:
        # (what "which" stands for: the words right before it, and the name an appositive
        # there describes; not "For Leafline, it paid for the audiobook service, which …")
        parts = text[max(0, which.start() - 60) : which.start()].rstrip(", ").split(",")
        antecedent = parts[-1]
        if len(parts) > 1 and re.match(r"\s*(?:a|an|the)\b", antecedent):
            antecedent = f"{parts[-2]},{antecedent}"
        if alias_spans(antecedent, objects) or _THE_COMPANY_RE.search(antecedent):
            return True
    for s, e, named in alias_spans(before, objects):
        # "OpenAI's founding", "OpenAI was founded"; not "OpenAI began talks" (it acts)
        then = re.fullmatch(_UNDERGOES_AFTER, before[e:])
        # (a body named after it by its own full name: "Skyledger Foundation" of Skyledger, not
        # "The Tallis Foundation" of Tallis Instruments)
        if then and (not then["body"] or before[s:e] == named.name):
            return True
    return False


# What follows the name of one that undergoes an act before the act: "OpenAI's founding",
# "OpenAI was founded", "Skyledger Foundation was incorporated" (the body it was founded as;
# not "Skyledger Analytics was created", another company named after it)
_UNDERGOES_AFTER = (
    r"(?P<body>\s+(?:Foundation|Trust|Society|Association|Cooperative|Co-operative))?"
    r"(?:['’]s\s+|\s+(?:was|were|is|are|had been|has been|got)\s+)"
)


# "The lab was", opening the sentence: the company the story is about, undergoing the act
_STORY_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_THE_COMPANY_UNDERGOES_RE = re.compile(
    r"[Tt]he (?:company|firm|startup|start-up|lab|nonprofit|charity)"
    # (or its roots: "The company's roots go back to 2019")
    r"(?:\s+(?:was|were|had been|got)\s+|['’]s\s+)"
)


def _modifier(text: str, start: int, end: int) -> bool:
    """ "the founding team", "the leaving party": an -ing word before a noun describes it."""
    word = text[start:end].casefold()
    if not word.endswith("ing"):
        return False
    m = re.match(r"\s+([a-z]+)", text[end:])
    return m is not None and m.group(1) not in _NOT_NOUN and not m.group(1).endswith("ly")


def _agent_noun(word: str) -> bool:
    """ "founder", "investors": the one who acts, not the act."""
    return re.search(r"(?:[^e]er|or)s?$", word.casefold()) is not None and len(word) > 5


_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (an unclosed quote runs to the end of the sentence)."""
    return [m.span() for m in _QUOTED_RE.finditer(text)]


def _inside_quote(text: str, answer: str) -> bool:
    """The figure is only said inside someone's quoted words: a proposal, not the fact."""
    at = text.find(answer)
    return at >= 0 and any(a <= at < b for a, b in _quoted(text))


# A question asking which side someone took ("who voted against firing her"), and a
# passage that tells that side
def asks_side(frame: Frame) -> bool:
    """The question asks who took a side ("who voted against firing her")."""
    return _SIDE_ASKED_RE.search(frame.english) is not None


def says_a_side(text: str) -> bool:
    """The sentence tells a side taken ("The lone dissenter was …", "voted against")."""
    return _AGAINST_RE.search(text) is not None


_SIDE_ASKED_RE = re.compile(
    r"\b(?:vot|argu|spok|speak|sid|campaign|lobb|cast)\w*\s+against\b", re.IGNORECASE
)
_AGAINST_RE = re.compile(
    r"\b(?:vot\w*|vote|cast|sided|spoke|argued|lone|only|one)\b[^.;]{0,40}?\bagainst\b"
    r"|\b(?:opposed|dissent\w*|abstain\w*)\b",
    re.IGNORECASE,
)


def score(
    frame: Frame,
    covered: Coverage,
    hit: Hit,
    evidence: Evidence,
    entities: Mapping[str, EntityInfo],
    best_bm25: float,
) -> Scored:
    """Score one candidate; see the module docstring for the order."""
    text = hit.passage.text
    coverage = covered.coverage
    action_at = covered.action_at
    action_found = covered.action and not (
        frame.answer == "person"
        and covered.action_starts
        # ("pledged $40 million to the lab at its founding": when, not who founded it)
        and all(_AT_THE_ACT_RE.search(text, max(0, a - 20), a) for a in covered.action_starts)
    )
    role_forms = tuple(
        f
        for t in frame.terms
        if (t.entity is None and t.text.casefold() in lexicon.ROLE_WORDS)
        or (t.entity is None and set(t.forms) & {"ceo", "cto", "cfo", "coo", "chair", "founder"})
        for f in t.forms
    )
    answer = ""
    agent_of = _agent_of(frame)
    if (
        agent_of is not None
        and covered.action_starts
        and all(
            _last_named(text, at, evidence, entities) == agent_of.key
            for at in covered.action_starts
        )
    ):
        answer = ""  # "The Lumera Foundation, a nonprofit that funds …": its own giving
    elif frame.answer == "person":
        answer = _person_answer(frame, text, action_at, evidence, entities, role_forms)
        if answer and _succeeds_asked(frame, text):
            answer = ""  # "His successor as chair was Harriet Lindqvist": hers, not after her
        if answer and asks_successor(frame) and any(e.name == answer for e in frame.entities):
            answer = ""  # "He was replaced by Nkechi Ashworth": whom she replaced, not who did
        if answer and _ASKS_AGENT_RE.search(frame.english) and covered.action_starts:
            # "who was lumera's biggest donor": the giver is named before the giving, not
            # after it ("…, a nonprofit that funds libraries, said its director, Teresa …")
            first = text.find(answer.split(" ")[-1])
            if first > max(covered.action_starts):
                answer = ""
        if not answer and evidence.support is not None:
            before = evidence.support.text
            told = evidence
            if evidence.support_mentions is not None:
                told = Evidence(
                    mentions=dict(evidence.support_mentions),
                    event=evidence.event,
                    roles=evidence.roles,
                )
            answer = _person_answer(frame, before, None, told, entities, role_forms)
        if answer and _owner_asked(frame, answer):
            answer = ""  # "who is tshabalala-voss's co-founder": someone of hers, not she
    elif frame.answer in TEXT_KINDS:
        # "promised to donate $1 billion (he had already contributed $100 million)"
        done = [
            a
            for a in covered.action_starts
            if not _HYPOTHETICAL_RE.search(text[max(0, a - 40) : a])
        ]
        near = done[0] if done else action_at
        year_at = text.find(str(frame.year)) if frame.year is not None else -1
        if year_at >= 0 and len(done) > 1:
            # "invested $90 million in 2018, and in January 2023 it agreed to invest $700
            # million more": the act in the asked year's clause
            cuts = [0, *(m.start() for m in CLAUSES_RE.finditer(text)), len(text)]
            start, end = next((a, b) for a, b in itertools.pairwise(cuts) if a <= year_at < b)
            near = next((a for a in done if start <= a < end), near)
        answer = text_answer(frame.answer, text, frame, near)
        if not answer and evidence.support is not None:
            answer = text_answer(frame.answer, evidence.support.text, frame)
    tier = 0
    if frame.subject is not None:
        key = frame.subject.key
        if key in evidence.mentions:
            # a person a pronoun stands for ("the board fired her") is as good as named
            # (and a company "its" stands for, of what defines it: "Its founding charter set
            # out a mission …")
            tier = (
                2
                if evidence.mentions[key]
                or frame.subject.kind == "person"
                or frame.answer == "define"
                else 1
            )
            if frame.action is not None and action_found:
                # The subject acting at any mention of the action ("investors such as …
                # Khosla, who participated in the first round of funding").
                doers = [actor(text, at, evidence, entities) for at in covered.action_starts]
                together = {key, *(p.key for p in frame.partners)}
                if agent_of is not None:
                    # "who was lumera's first big donor": one acting on the subject is asked
                    # for, not the subject acting ("the company closed a funding round")
                    if any(d is not None and d.key not in together for d in doers):
                        tier = 3
                elif (
                    any(d is not None and d.key == key for d in doers)
                    or (
                        any(d is not None and d.key in together for d in doers)
                        and _named_as_doer(text, frame.subject)
                    )
                    or any(
                        d is not None and key in _joint_doers(text, at, d, evidence, entities)
                        for at, d in zip(covered.action_starts, doers, strict=True)
                    )
                ):
                    tier = 3
                elif (
                    (
                        any(d is not None and d.kind == "person" for d in doers)
                        # (not when the question asks of the subject as the one it was done
                        # to: "when did the board fire laura", "… voted to remove Laura")
                        and not (
                            _asked_as_object(frame)
                            and _done_to(text, covered.action_starts, frame.subject)
                        )
                    )
                    or (
                        frame.answer == "reason"
                        and not _named_right_after(text, covered.action_starts, frame.subject)
                        # ("the board fired her": her, the subject a pronoun stands for; "why did
                        # the board fire laura": asked of as the one it was done to)
                        and not (
                            not evidence.mentions[key]
                            and any(
                                _PRONOUN_DONE_TO_RE.match(text, a) for a in covered.action_starts
                            )
                        )
                        and not (
                            _asked_as_object(frame)
                            and _done_to(text, covered.action_starts, frame.subject)
                        )
                        # ("… said the conversion would allow Nimbrel to raise money": the thing
                        # done, by no one named, in a sentence naming the subject; not "the
                        # departure of key scientists …", whose people it names)
                        and not (
                            evidence.mentions[key]
                            and all(d is None for d in doers)
                            and any(
                                text[max(0, a - 4) : a] == "the "
                                and _NOT_OWNED_RE.match(text, a) is not None
                                for a in covered.action_starts
                            )
                        )
                    )
                ):
                    # someone else acts; or, for a reason, the subject does not (nor is the
                    # action theirs: "the departure of … Sutskever"): a reason there is for
                    # what others did ("… so that records never had to leave the building")
                    tier = min(tier, 1)
    if frame.subject is None and frame.objects and asks_successor(frame):
        # "who replaced ocampo-tate": a sentence naming her, or pointing at her, not one
        # telling who replaced someone else ("… was elected to replace him as chair")
        tier = 2 if any(o.key in evidence.mentions for o in frame.objects) else 0
    if tier >= 2 and frame.subject is not None and _only_possessed(text, frame.subject):
        tier = 1  # "Castel's wife … is a partner at Halden": about another person
    if (
        tier >= 2
        and frame.subject is not None
        and frame.subject.kind == "person"
        and not evidence.mentions.get(frame.subject.key, True)
        and action_at is not None
        and not _asked_as_object(frame)
        and not frame.passive
        and _POSSESSIVE_RE.search(_CLOSED_ASIDE_RE.sub(",", text[:action_at]))
        and not _SUBJECT_PRONOUN_RE.search(text, 0, action_at)
    ):
        # pointed at only as "his", "her" before the act: another does it ("Because of his
        # proposal, the finance chief left the board")
        tier = 1
    typed = _typed(frame, text, evidence, answer)
    if (
        frame.answer == "reason"
        and frame.subject is not None
        and frame.subject.key in evidence.mentions
        and "because" in text  # (a substring test before the pattern's search)
        and (own := _OWN_BECAUSE_RE.search(text)) is not None
        # (said by them, as the words after the quotation say: not another's reason)
        and _said_by(text[own.end() : own.end() + 60], frame.subject)
        and any(
            f.casefold() in own.group().casefold()
            for t in frame.terms
            if t.entity is None
            for f in (t.text, *t.forms)
            if len(f) > 3
        )
    ):
        # '"I signed that letter because …," Okafor told the Journal': the one asked of,
        # saying in their own words why they did what is asked, says it best
        typed = 1.25
    if (
        frame.answer == "place"
        and frame.entities
        and _ASKS_BASE_RE.search(frame.english)
        and not any(e.key in evidence.mentions for e in frame.entities)
    ):
        # "where is brindlecoil based": a sentence not naming it tells another's base
        # ("… at Cindervale Resources, a nickel exploration company based in Thunder Bay")
        typed = min(typed, 0.2)
    if (
        frame.answer == "date"
        and frame.action is not None
        and not action_found
        and evidence.event is not None
        and evidence.event.inherited
        and frame.action.text.casefold()[:5] not in text.casefold()
    ):
        # neither the act in the question's words nor a date of its own: "The company was
        # born in 1921 …" (a year the dates do not read) asked when Norvik was founded
        typed = 0.0
    if frame.answer == "date" and covered.action_quoted:
        typed = min(typed, 0.2)  # "On Feb. 17 he tweeted 'OpenAI was created…'": the tweet's date
    if (
        frame.answer == "date"
        and covered.action_starts
        and all(
            _TIMED_BY_OTHER_RE.search(text[max(0, a - 40) : a]) and not _clause_dated(text, a)
            for a in covered.action_starts
        )
    ):
        # "Velmora sued him in February, alleging he had copied documents shortly before he
        # left": the date is the suit's; the leaving is only placed before it
        typed = min(typed, 0.4)
    if (
        frame.answer == "date"
        and covered.action_starts
        and evidence.event is not None
        and not evidence.event.inherited
        and _dated_only_aside(text, covered.action_starts)
    ):
        # "Corrigan, who joined Lanternfox in 2018 and designed …, said she had left
        # because …": the year is the aside's, not the leaving's
        typed = min(typed, 0.3)
    if (
        frame.answer == "date"
        and covered.action_starts
        and all(_ARGUED_BEFORE_RE.search(text[max(0, a - 120) : a]) for a in covered.action_starts)
    ):
        # "he sued Leafline on August 22, 2024, arguing that the creation of Leafline Digital
        # betrayed …": the date is the suit's; the creation is only what it argues about
        typed = min(typed, 0.4)
    if (
        frame.answer == "duration"
        and answer
        and covered.action_starts
        and min(abs(text.find(answer) - a) for a in covered.action_starts) > 80
    ):
        typed = min(typed, 0.5)  # a span of time far from the act may be another's
    if frame.answer in ("amount", "count") and answer and _inside_quote(text, answer):
        typed = min(typed, 0.3)  # 'Musk wrote: "we will start with a $1 billion commitment"'
    if (
        frame.answer == "amount"
        and answer
        and (at := text.find(answer)) >= 0
        and _WITHHELD_RE.search(text, max(0, at - 50), at)
        and not _ASKS_WITHHELD_RE.search(frame.english)
    ):
        # "withheld the final $25 million of his pledged funding", "declined to pay the
        # remaining $35 million": a sum not given answers no "how much did he put in"
        typed = min(typed, 0.3)
        tier = min(tier, 1)
    elif (
        frame.answer == "amount"
        and answer
        and (at := text.find(answer)) >= 0
        and _PLEDGED_RE.search(text, max(0, at - 40), at)
        and _ASKS_GIVEN_SUM_RE.search(frame.english)
    ):
        # "how much did he actually hand over": not the sum he pledged, when a sentence
        # tells what he gave
        typed = min(typed, 0.5)
        tier = min(tier, 2)
    if (
        frame.answer == "date"
        and evidence.event is not None
        and evidence.event.sort_key[:7] > hit.passage.article.published[:7]
        and not asks_ahead(frame)
    ):
        # "will begin stocking … starting next January": yet to happen when told, so no
        # answer to when it happened ("when did the creamery get started")
        typed = 0.0
    elif (
        frame.answer == "date"
        and evidence.event is not None
        and evidence.event.sort_key < hit.passage.article.published
        and _WILL_RE.search(frame.english)
    ):
        # "when will their cheese show up": what had happened when told is no answer to it
        typed = min(typed, 0.4)
    if frame.answer == "person" and _acts_on_another(
        frame, text, covered.action_starts, [e for k in evidence.mentions if (e := entities.get(k))]
    ):
        typed = min(typed, 0.3)  # "who started Kestrelmoor": "X co-founded Gorsefield, …"
    if (
        frame.answer == "reason"
        and covered.action_starts
        and all(_NEGATED_BEFORE_RE.search(text, max(0, a - 16), a) for a in covered.action_starts)
    ):
        # '"You don't fire the person who built the house because …," Duarte said': the act
        # said not to be done, and a reason not to, is no reason it was
        typed = min(typed, 0.3)
    if (
        frame.answer == "reason"
        and covered.action_starts
        and all(_HAD_ASIDE_BEFORE_RE.search(text, max(0, a - 90), a) for a in covered.action_starts)
    ):
        # "Lotte Brandt, a computer-vision researcher who had left a university lab to run her
        # family's farm, became chief scientist": what she had done before, not the act asked
        tier = min(tier, 2)
    if frame.answer == "reason" and typed < 0.5:
        # the subject acting, but no word on why: below a reason; and where the act asked
        # of is not told either, no more than a reason naming the subject ("A week after
        # the vote, … Dag Sæther resigned", asked why he voted against)
        tier = min(tier, 2 if covered.action_starts or frame.action is None else 1)
    elif (
        frame.answer == "reason"
        and frame.action is not None
        and lexicon.group_of(frame.action.text.casefold()) == lexicon.group_of("leave")
        and undergone(text, frame)
    ):
        # why someone else did the act to them ("the board decided to leave Castel off the
        # new team because …"), asked why they left: below both
        tier = 0
    if (
        frame.answer == "reason"
        and covered.action_starts
        and all(
            _TIMED_BY_OTHER_RE.search(text[max(0, a - 40) : a])
            # ("alleging that Núñez took confidential data when he left": a clause placing
            # another act in time, after it)
            or _WHEN_AFTER_RE.search(text, max(0, a - 30), a)
            for a in covered.action_starts
        )
    ):
        # "Faced with the loss of its staff, the board gave in, and Okafor was reinstated …
        # five days after he was fired": the firing only places another act in time
        tier = min(tier, 1)
    elif (
        frame.answer == "reason"
        and covered.action_starts
        and all(_HAD_DONE_AFTER_RE.search(text, max(0, a - 50), a) for a in covered.action_starts)
        and not causal(text)
    ):
        # "When she walked back in, five days after her own board had fired her, …": a
        # sentence the act only places in time (whose reason, told beside it, is the other
        # act's) is below one that gives its own
        typed = min(typed, 0.2)
    if frame.answer == "date" and typed < 1.0:
        tier = min(tier, 2)  # the subject acting, but the date is not the sentence's own
    if (
        frame.answer == "date"
        and _BECOME_RE.search(frame.english)
        and covered.action_starts
        and all(_LEFT_AS_BEFORE_RE.search(text[max(0, a - 80) : a]) for a in covered.action_starts)
    ):
        # "when did wielgosz become ceo": "removed Wielgosz as chief executive" is the post
        # left, not taken
        tier = min(tier, 1)
        typed = min(typed, 0.3)
    if frame.answer == "date" and frame.action is not None and not action_found:
        # "threatening to resign unless Raghunathan was reinstated": dated, but the act
        # asked of is not told there (nor in other words)
        tier = min(tier, 1)
    if (frame.answer in TEXT_KINDS or frame.answer == "date") and typed == 0:
        # "how much", "where": a sentence without one cannot answer it (nor, for "when did",
        # one whose date was still to come when told: "the last installment is due in 2027")
        tier = min(tier, 1)
    elif frame.answer == "person" and typed == 0:
        # "which board member led the push to fire laura": '"Firing her was a mistake"'
        # names no one but her
        tier = min(tier, 2)
    bm25 = abs(hit.score) / best_bm25 if best_bm25 else 0.0
    strength = (
        1.2
        if frame.answer
        in ("amount", "count", "place", "reason", "person", "name", "define", "duration")
        else 0.6
    )
    value = coverage * (1.0 + strength * typed) * (1.0 + 0.15 * bm25)
    if (
        frame.action is not None
        and not action_found
        # ("where is X based": a place told without the word, "X was founded in Vancouver")
        and not (frame.answer == "place" and frame.action.text.casefold() in _WHERE_WORDS)
    ):
        value *= 0.75
        if _SIDE_ASKED_RE.search(frame.english) and _AGAINST_RE.search(text):
            value /= 0.75  # "The lone vote against her removal": the side asked, in a noun
    elif _SIDE_ASKED_RE.search(frame.english) and not _AGAINST_RE.search(text):
        # "who voted against removing her": a vote told without the side asked for tells who
        # voted for it, not against
        value *= 0.6
    elif covered.literal:
        value *= 1.15
    if (
        frame.answer == "person"
        and frame.subject is None
        and frame.action is not None
        and lexicon.group_of(frame.action.text.casefold()) == lexicon.group_of("found")
        and covered.action_starts
        and _asked_named_after(text, covered.action_starts, frame, evidence, entities)
    ):
        # "the two incorporated the OpenBoard Foundation": the founding of the very company
        # asked of, named right after the act (not "co-founded the project", said of it)
        value *= 1.3
    if (
        frame.answer == "any"
        and HAPPENED_TO_RE.match(frame.english)
        and _UNDERGONE_ACT_RE.search(text)
    ):
        # "what happened to brandt": a sentence telling what he underwent ("was pushed out
        # on February 7", "the board removed Pryce") before others naming him
        value *= 1.4
    if hit.passage.kind == "heading":
        value *= 0.6
    if (
        frame.answer == "person"
        and covered.action_starts
        and all(_RETOLD_RE.search(text, max(0, a - 40), a) for a in covered.action_starts)
    ):
        # "Calloway-Baines, the economist who had voted against the firing, was elected …":
        # the act retold of someone in passing, below a sentence telling it
        value *= 0.85
    if frame.answer == "date" and evidence.event is not None:
        value *= {"day": 1.1, "month": 1.08, "season": 1.04}.get(evidence.event.precision, 1.0)
    if (frame.answer == "date" and _names_only_another(text, frame.english)) or (
        frame.answer in ("date", "define") and _longer_name_only(text, frame)
    ):
        # "when did lantern come out": not "the company released Beacon, a version of
        # Lantern", another thing named after it
        value *= 0.8
    if frame.year is not None:
        value *= 1.2 if str(frame.year) in text else 0.85
    elif (
        frame.answer in ("count", "amount")
        and _NOW_SAID_RE.search(text)
        and not _ASKS_BACK_RE.search(frame.english)
    ):
        value *= 1.1  # "how many people work there": what it "now has", before what it had
    return Scored(
        hit=hit,
        relevant=covered.relevant,
        tier=tier,
        score=value,
        coverage=coverage,
        typed=typed,
        action=action_found,
        answer=answer,
        literal=covered.literal,
    )
