"""The everyday words kept in knowledge/data/common_words.txt are wordfreq's own: telling an
everyday word from a name gives the same answer as asking wordfreq, without loading it."""

import wordfreq

from knowledge.answering.abstain import COMMON_ZIPF, is_common
from knowledge.english import common_words


def test_the_kept_words_are_wordfreqs_list() -> None:
    words = set()
    for word in wordfreq.iter_wordlist("en"):
        if wordfreq.zipf_frequency(word, "en") < COMMON_ZIPF:
            break
        if word.isalpha() and word.isascii() and word == word.lower():
            words.add(word)
    assert common_words() == words


def test_everyday_words_and_names() -> None:
    for word in ("company", "bought", "first", "job", "original"):
        assert is_common(word), word
    for word in ("sutskever", "gemini", "lumenforge", "penalize"):
        assert not is_common(word), word
    # hyphenated: still asked of wordfreq
    assert is_common("open-source") == (wordfreq.zipf_frequency("open-source", "en") >= COMMON_ZIPF)
