"""When to say "the articles don't say": key terms they never use, and answers too weak.

A content word the articles never use (in any form or paraphrase) is first tried as a typo of
a word they do use ("resgin" -> "resign"); if it is none, and it is not where the question's
verb stands (people use verbs the articles don't: "bail", "ditch"), it names something the
articles don't cover (a model, a company, a person) and the question is not answered from
loosely related sentences. Otherwise the best candidate's confidence decides whether the reply
may say "Best match".
"""

import functools
import os
import re

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge import english
from knowledge.answering import lexicon
from knowledge.answering.frame import Frame, Term
from knowledge.answering.rank import Scored, asks_successor

CONFIDENT = 0.55
COMMON_ZIPF = 3.9  # wordfreq's scale: 3.9 is about once per 8,000 words of English


def edits_allowed(word: str) -> int:
    """Typos tolerated in a word: one in a short word, two from seven letters on."""
    return 0 if len(word) < 4 else (1 if len(word) < 7 else 2)


@functools.lru_cache(maxsize=4096)
def respell(word: str, vocabulary: frozenset[str]) -> str | None:
    """The word of the articles (or of the paraphrase table) `word` most likely misspells
    (remembered: a question's typo is looked up before it is read and again after; a
    frozenset keeps its hash, so the vocabulary is not hashed again)."""
    key = word.casefold()
    allowed = edits_allowed(key)
    if not allowed or not key.isascii():
        return None
    table = _paraphrase_words()
    pool = sorted(
        {w for w in (*vocabulary, *table) if abs(len(w) - len(key)) <= allowed and w[:1] == key[:1]}
    )
    close = process.extract(
        key, pool, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=None
    )
    if not close:
        return None

    # Fewest edits first; among equals, a word of the paraphrase table (what people ask
    # about), then the one sharing the longest start with what was typed, then alphabetical.
    def shared_start(word: str) -> int:  # (commonprefix compares characters: any strings)
        return len(os.path.commonprefix((key, word)))  # noqa: RUF071

    best = min(
        close,
        key=lambda c: (c[1], str(c[0]) not in table, -shared_start(str(c[0])), str(c[0])),
    )
    return str(best[0])


@functools.cache
def _paraphrase_words() -> frozenset[str]:
    return frozenset(w for group in lexicon.groups() for w in group if " " not in w)


def is_english(word: str) -> bool:
    """A word of the English dictionary (so not a typo to mend)."""
    return english.is_known(word)


@functools.cache
def is_common(word: str) -> bool:
    """An everyday English word (wordfreq), not the name of a model, company or person."""
    if _PLAIN_WORD_RE.fullmatch(word):
        return word in english.common_words()  # wordfreq's list, kept (its table is 40 MB loaded)
    from wordfreq import zipf_frequency  # only for words of other letters, or hyphenated

    return float(zipf_frequency(word, "en")) >= COMMON_ZIPF


_PLAIN_WORD_RE = re.compile(r"[a-z]+")


# What a question asks of a thing: "what was sablewick's revenue", "what is the revenue of
# sablewick" (the word asked for, everyday or not; not "how many towns …", which the
# articles may count in other words: "cities")
_ATTRIBUTE_RE = re.compile(
    r"^(?:(?:and|so|but) )?what(?:'s|’s| is| was| were| are) "
    # ("the ceos salary", "nimbrels revenue": a possessive typed without its apostrophe)
    r"(?:(?:the )?(?!(?:its|his|hers|this|is|was|has|does|ours|yours|theirs)\b)"
    r"(?P<owner>[\w.&-]+(?:['’]s|s)) (?P<owned>[a-z-]+(?: [a-z-]+){0,3})|"
    r"(?:the |its |their |his |her )"
    r"(?P<attr>[a-z-]+) of\b)",
    re.IGNORECASE,
)
# What a question asks the sum of: "how much is the delivery fee on kitewell drop" (a fee)
_HOW_MUCH_IS_RE = re.compile(
    r"^(?:(?:and|so|but) )?how much (?:is|was|are|were) (?:the |a |an |its |their |his |her )"
    r"(?P<owned>[a-z-]+(?: [a-z-]+){0,3})(?P<owner>)(?P<attr>)",
    re.IGNORECASE,
)
# Where the words a question asks of a thing end: "revenue last year", "job these days"
_AFTER_ASKED = frozenset(
    "last this next these those now today currently in of at for on by from before after "
    "during since when as so and or".split()
)


_NEGATION_RE = re.compile(r"[a-z]+n['’]t|not|never|cannot", re.IGNORECASE)


def negation(word: str) -> bool:
    """A word that says "not" ("didn't", "never")."""
    return _NEGATION_RE.fullmatch(word) is not None


def asked_of(frame: Frame) -> str:
    """The word a question asks for of a thing ("revenue" in "what was sablewick's revenue
    last year"), or ""."""
    found = _ATTRIBUTE_RE.match(frame.english.strip()) or _HOW_MUCH_IS_RE.match(
        frame.english.strip()
    )
    if found is None:
        return ""
    owner = found["owner"] or ""
    if owner and not re.search(r"['’]s$", owner) and english.is_known(owner):
        return ""  # "what was sales growth": a plural, no possessive typed without its "'"
    if found["attr"]:
        word = found["attr"].casefold()
    else:  # the noun the possessive owns, past its adjectives: "total revenue" -> "revenue"
        words = found["owned"].casefold().split()
        cut = next((i for i, w in enumerate(words) if w in _AFTER_ASKED), len(words))
        if not cut:
            return ""
        word = words[cut - 1]
    return "" if word in lexicon.VAGUE or lexicon.is_filler(word) else word


def is_key_term(term: Term, frame: Frame) -> bool:
    """True when an absent word names a thing (so its absence means "not covered"), or is
    what the question asks of one ("revenue" in "what was sablewick's revenue": an everyday
    word, but the answer is that)."""
    word = term.text.casefold()
    if term.entity is not None or word in lexicon.VAGUE or lexicon.is_filler(word):
        return False
    if word == asked_of(frame):
        return True
    if negation(word):
        return False  # "why didn't he stay": how it is asked, not what about
    if len(term.forms) > 1 and not is_common(word):
        # no word of its paraphrase group either ("cfo", "chief financial officer"); an
        # everyday word ("customers", "bought") may be said otherwise ("recalled all units")
        return True
    # (a verb is how it is asked, when it is one: "when did tessavo ipo" asks of an IPO)
    verb = word == frame.verb and is_english(word)
    # (an everyday word's inflections are everyday too: "regulars", "skippers")
    if verb or word.endswith(("ing", "ed", "ly")) or is_common(word):
        return False
    if is_common(lexicon.lemma(word)):
        return False
    return not (frame.action is not None and frame.action.key == term.key)


def confidence(frame: Frame, top: Scored) -> float:
    """How sure the best candidate answers the question (0 to 1)."""
    value = top.coverage
    if not top.relevant:
        value *= 0.6
    if frame.subject is not None and top.tier < 2:
        value *= 0.6
    if frame.subject is None and frame.objects and asks_successor(frame) and top.tier < 2:
        value *= 0.6  # "who replaced X": a sentence not naming X (see rank.score)
    if frame.action is not None and not top.action:
        # a date there is another event's ("when was it founded": "In January, Renwick
        # resurfaced as …"), so it is held to more than a sentence merely about the thing
        value *= 0.6 if frame.answer == "date" else 0.7
    if frame.answer == "reason" and top.typed < 0.5:
        value *= 0.6  # no reason in it, nor beside it: "why" is not answered
    if frame.answer == "date" and top.typed == 0:
        value *= 0.7  # an undated sentence may still say it (the date stated just before)
    elif frame.answer in ("amount", "count", "person", "place", "name", "duration", "age") and (
        top.typed == 0
    ):
        value *= 0.5  # no figure, person, place or name: not an answer to trust
    elif frame.answer == "place" and top.typed <= 0.5:
        # a place not said to be the one asked of ("where is scrivener based": "About 120
        # newsrooms in Ireland use Scrivener's tools"): a guess
        value *= 0.7
    elif frame.answer == "age" and top.typed < 1.0:
        value *= 0.5  # an age once ("was 70 when the crisis hit") asked as one now
    return min(1.0, value)
