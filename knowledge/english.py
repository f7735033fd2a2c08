"""English words, from simplemma's dictionary (a lemmatizer that ships its data).

simplemma is imported on first use, not with this module: importing it loads every
language's rules (about 60 ms), which a one-off command that never needs a word's lemma
(`openai-bot ask "who altman"`) should not pay.
"""

import functools
from types import ModuleType


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
