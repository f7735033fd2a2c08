"""Words of questions: stop words and chat filler, lemmas, paraphrase groups, Chinese terms.

Lemmas come from simplemma (through `knowledge.english`), so "left", "met" and
"bought" reach "leave", "meet" and "buy" without hand-written suffix rules. The paraphrase
groups and the Chinese terms are curated data in `knowledge/data/paraphrases.toml`.
"""

import functools
import re
import tomllib
from pathlib import Path

from knowledge import english

DATA = Path(__file__).resolve().parent.parent / "data"

# Function words, and the words people wrap a question in when they chat.
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing done for from had
    has have having he her hers him his how i if in into is it its itself me my of on or our
    ours she so than that the their theirs them then there these they this those to was we
    were what when where which who whom whose why will with would you your yours about after
    before also any all both each few more most much many other some such only own same too
    very just should now over under again further once here out up down off between through
    during without within among toward towards upon via per shall may might must
    tell show please pls plz know like want wanna gonna hey hi hello um uh so ok okay yeah
    yes no lol can't cannot couldn't thanks thank explain give me us quick question
    anyone someone something thing things stuff really actually basically kind sort
    bot guys folks i'd i'm i've you're let let's exactly ever even still already
    get got happen happened happening happens go goes going went become became against
    since until while ago around across along beside besides behind beyond near
    agree agrees disagree disagrees differ differs contradict consistent
    latest newest recent recently though tho ngl tbh imo anyway anyways curious wondering
    wonder late early mid big huge actual they'd they're they've you'd didn't doesn't don't
    wasn't weren't isn't aren't wouldn't shouldn't hasn't haven't hadn't""".split()
)

# Words that say what kind of answer is wanted; they are not searched for.
QUESTION_WORDS = frozenset(
    "when what which who whom whose why how where did does do was were is are year date day "
    "month time long ago".split()
)

# Titles a question may ask about ("who is the ceo", "who was cto").
ROLE_WORDS = frozenset(
    "ceo cto cfo cpo coo president chairman chair founder co-founder cofounder scientist "
    "director officer head boss chief".split()
)

# Words too vague to be a question's key term on their own ("the company", "a person").
VAGUE = frozenset(
    """company companies firm startup organisation organization person people man woman
    guy guys one ones new old first last next previous current currently former formerly
    big huge biggest largest top main real true false other another whole part bit lot lots way ways
    thing reason reasons story history today yesterday tomorrow news article articles source sources
    say said think thought mean means
    mixup mix-up screwup screw-up snafu fiasco debacle blunder mishap kerfuffle""".split()
)

_TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


@functools.cache
def _data() -> dict[str, object]:
    return tomllib.loads((DATA / "paraphrases.toml").read_text(encoding="utf-8"))


@functools.cache
def groups() -> tuple[tuple[str, ...], ...]:
    """Every paraphrase group, lower case, in file order: the two-way groups, then the one-way
    ones (see _group_index)."""
    raw, one_way = _data()["groups"], _data().get("one_way", [])
    assert isinstance(raw, list) and isinstance(one_way, list)
    return tuple(tuple(str(w).casefold() for w in group) for group in [*raw, *one_way])


@functools.cache
def _group_index() -> dict[str, tuple[int, ...]]:
    """Each word's groups. A one-way group is reached by its first word alone: "pull out" of
    a market may be said "shut", but a "shut down" asked of is no agreement pulled out of."""
    two_way = len(_data()["groups"])  # type: ignore[arg-type]
    index: dict[str, list[int]] = {}
    for number, group in enumerate(groups()):
        for word in group if number < two_way else group[:1]:
            # (a one-way group's word as written: "cuts" asked of, not any "cut")
            for key in {word, lemma(word)} if number < two_way else {word}:
                index.setdefault(key, [])
                if number not in index[key]:
                    index[key].append(number)
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("left" -> "leave"); lower case."""
    lowered = word.casefold().replace("’", "'")
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    head, dash, last = lowered.rpartition("-")
    if dash and head.replace("-", "").isalpha() and last.isascii() and last.isalpha():
        return f"{head}-{english.lemma(last) or last}"  # "co-founders" -> "co-founder"
    if not lowered.isascii() or not lowered.isalpha():
        return lowered
    found = english.lemma(lowered)
    return found or lowered


GAP = " * "  # in a paraphrase: up to GAP_WORDS words between ("cut * jobs": "cut 44 jobs")
GAP_WORDS = 4  # "cut 12 percent of its staff"

# Words for a post held for a while: each may stand for the others, and, unlike a paraphrase
# group's, each stays a word the role must say ("who was the stopgap ceo": the interim one).
STANDING_IN = (
    "interim",
    "acting",
    "stopgap",
    "temporary",
    "temporarily",
    "temp",
    "caretaker",
    "meantime",
    "stand-in",
    "fill-in",
)


def paraphrases(word: str) -> tuple[str, ...]:
    """The word and every word that may stand for it in the articles."""
    key = word.casefold()
    if key in STANDING_IN:
        return (key, *(w for w in STANDING_IN if w != key))
    if key == "altogether":  # "how much have they raised altogether": the total, if said so
        return (key, "total", "in total")
    numbers = _group_index().get(key) or _group_index().get(lemma(key)) or ()
    found: dict[str, None] = {key: None}
    for number in numbers:
        for other in groups()[number]:
            found[other] = None
    return tuple(found)


def group_of(word: str) -> int | None:
    """The first paraphrase group a word belongs to, if any."""
    numbers = _group_index().get(word.casefold()) or _group_index().get(lemma(word)) or ()
    return numbers[0] if numbers else None


def tokens(text: str) -> list[str]:
    """Words of `text`, possessives dropped ("OpenAI's" -> "OpenAI"), CJK runs kept whole."""
    out = []
    for token in _TOKEN_RE.findall(text):
        token = re.sub(r"['’]s$", "", token)
        token = token.strip("'’")
        if token:
            out.append(token)
    return out


def is_filler(word: str) -> bool:
    key = word.casefold()
    return key in STOPWORDS or key in QUESTION_WORDS


@functools.cache
def _zh() -> dict[str, str]:
    raw = _data().get("zh", {})
    assert isinstance(raw, dict)
    return {str(k): str(v) for k, v in raw.items()}


def translate_cjk(text: str) -> tuple[str, tuple[str, ...]]:
    """Chinese words a question uses, in English, and the CJK runs no entry covers.

    Forward maximum matching over the curated terms: "Murati什么时候辞职" -> "Murati when
    resign". Runs that match no entry are returned for the trigram index.
    """
    table = _zh()
    longest = max((len(k) for k in table), default=1)
    rest: list[str] = []

    def convert(match: re.Match[str]) -> str:
        run = match.group()
        out: list[str] = []
        unknown = ""
        i = 0
        while i < len(run):
            for size in range(min(longest, len(run) - i), 0, -1):
                piece = run[i : i + size]
                if piece in table:
                    if unknown:
                        rest.append(unknown)
                        unknown = ""
                    out.append(table[piece])
                    i += size
                    break
            else:
                unknown += run[i]
                i += 1
        if unknown:
            rest.append(unknown)
        return " " + " ".join(w for w in out if w) + " "

    english = _CJK_RUN_RE.sub(convert, text)
    return " ".join(english.split()), tuple(rest)


def warm() -> None:
    """Load the lemma dictionary and the data files now rather than on the first question."""
    lemma("warmed")
    _group_index()
    _zh()
