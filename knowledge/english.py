"""English words, from simplemma's dictionary (a lemmatizer that ships its data).

simplemma is imported on first use, not with this module: importing it loads every
language's rules (about 60 ms), which a one-off command that never needs a word's lemma
(`openai-bot ask "who altman"`) should not pay.

Its dictionary is read in its low-memory form: the English one, decoded into a dict, is
about 26 MB of a serving process (a sixth of all it holds at 100,000 articles), while
the front-coded stream read in place is 3 MB and loads in half the time. A lookup there
costs about 40 µs instead of 2 µs, so each word's answer is kept: a question asks of a
few dozen words, and a build of the same few thousand again and again.
"""

import functools
from pathlib import Path
from types import ModuleType

COMMON_WORDS = Path(__file__).resolve().parent / "data" / "common_words.txt"


@functools.cache
def _simplemma() -> ModuleType:
    import simplemma

    return simplemma


_KEPT = 1 << 16  # words whose answer is kept (a few MB at most)


def is_known(word: str) -> bool:
    """A word of the English dictionary, in any case ("Apple", "apple")."""
    return _known(word.casefold())


@functools.lru_cache(maxsize=_KEPT)
def _known(word: str) -> bool:
    return bool(_simplemma().is_known(word, lang="en", low_memory=True))


@functools.lru_cache(maxsize=_KEPT)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("left" -> "leave"); lower case, or empty
    where the dictionary has none."""
    return str(_simplemma().lemmatize(word, lang="en", low_memory=True)).casefold()


@functools.cache
def common_words() -> frozenset[str]:
    """wordfreq's English words of a Zipf frequency of 3.9 or more (about once per 8,000
    words), letters a-z: everyday words, told from names without loading wordfreq."""
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
