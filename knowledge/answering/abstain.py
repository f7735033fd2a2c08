"""When to say "the articles don't say": key terms they never use, and answers too weak.

A content word the articles never use (in any form or paraphrase) is first tried as a typo of
a word they do use ("resgin" -> "resign"); if it is none, and it is not where the question's
verb stands (people use verbs the articles don't: "bail", "ditch"), it names something the
articles don't cover (a model, a company, a person) and the question is not answered from
loosely related sentences. Otherwise the best candidate's confidence decides whether the reply
may say "Best match".
"""

from rapidfuzz import fuzz, process

from knowledge.answering import lexicon
from knowledge.answering.frame import Frame, Term
from knowledge.answering.rank import Scored

CONFIDENT = 0.55
TYPO_SCORE = 80.0


def respell(word: str, vocabulary: frozenset[str]) -> str | None:
    """The word of the articles `word` most likely misspells, if one is close enough."""
    if len(word) < 4 or not word.isascii():
        return None
    pool = [w for w in vocabulary if abs(len(w) - len(word)) <= 2 and w[:1] == word[:1].casefold()]
    best = process.extractOne(word.casefold(), pool, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
    return str(best[0]) if best else None


def is_key_term(term: Term, frame: Frame) -> bool:
    """True when an absent word names a thing (so its absence means "not covered")."""
    word = term.text.casefold()
    if term.entity is not None or word in lexicon.VAGUE or lexicon.is_filler(word):
        return False
    if word == frame.verb or word.endswith(("ing", "ed", "ly")):
        return False
    return not (frame.action is not None and frame.action.key == term.key)


def confidence(frame: Frame, top: Scored) -> float:
    """How sure the best candidate answers the question (0 to 1)."""
    value = top.coverage
    if not top.relevant:
        value *= 0.6
    if frame.subject is not None and top.tier < 2:
        value *= 0.6
    if frame.action is not None and not top.action:
        value *= 0.7
    if frame.answer in ("date", "amount", "count", "person", "place") and top.typed == 0:
        value *= 0.7
    return min(1.0, value)
