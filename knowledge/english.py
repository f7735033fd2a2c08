"""English words, from simplemma's dictionary (a lemmatizer that ships its data).

simplemma is imported on first use, not with this module: importing it loads every
language's rules (about 60 ms), which a one-off command that never needs a word's lemma
(`openai-bot ask "who altman"`) should not pay.
"""

import functools
from pathlib import Path
from types import ModuleType

COMMON_WORDS = Path(__file__).resolve().parent / "data" / "common_words.txt"


@functools.cache
def _simplemma() -> ModuleType:
    import simplemma

    return simplemma


def is_known(word: str) -> bool:
    """A word of the English dictionary, in any case ("Apple", "apple")."""
    return bool(_simplemma().is_known(word.casefold(), lang="en"))


def lemma(word: str) -> str:
    """The dictionary form of an English word ("left" -> "leave"); lower case, or empty
    where the dictionary has none."""
    return str(_simplemma().lemmatize(word, lang="en")).casefold()


@functools.cache
def common_words() -> frozenset[str]:
    """wordfreq's English words of a Zipf frequency of 3.9 or more (about once per 8,000
    words), letters a-z: everyday words, told from names without loading wordfreq."""
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
