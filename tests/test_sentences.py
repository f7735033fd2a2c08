"""Sentence splitting: abbreviations, quotations and list numbers are not boundaries."""

from knowledge.clean import clean
from knowledge.sentences import split


def sentences(text: str) -> list[str]:
    return [s.text for s in split(text, clean(text))]


def test_plain_sentences() -> None:
    assert sentences("Musk left. Altman stayed! Why? Nobody knows.") == [
        "Musk left.",
        "Altman stayed!",
        "Why?",
        "Nobody knows.",
    ]


def test_abbreviations_and_initials() -> None:
    text = "On Feb. 17, he tweeted. They met at Allen & Co. in Idaho. J. Smith agreed."
    assert sentences(text) == [
        "On Feb. 17, he tweeted.",
        "They met at Allen & Co. in Idaho.",
        "J. Smith agreed.",
    ]


def test_quotation_stays_whole() -> None:
    text = 'Musk responded: "This is so annoying. Please stop. I\'m done." Then he left.'
    assert sentences(text) == [
        'Musk responded: "This is so annoying. Please stop. I\'m done."',
        "Then he left.",
    ]


def test_list_number_is_not_a_sentence() -> None:
    assert sentences("1. Caught between two forces\nThe text.") == [
        "1. Caught between two forces",
        "The text.",
    ]


def test_cjk_punctuation_splits() -> None:
    assert sentences("创始团队出走。Altman孤家寡人。") == ["创始团队出走。", "Altman孤家寡人。"]


def test_hard_wrapped_lines_join() -> None:
    text = "The nonprofit had launched in 2015 to great\nfanfare with backing. Next one."
    assert sentences(text) == [
        "The nonprofit had launched in 2015 to great fanfare with backing.",
        "Next one.",
    ]


def test_offsets_cover_the_sentence() -> None:
    text = "First one.  Second\none."
    found = split(text, clean(text))
    assert [(text[s.start : s.end]) for s in found] == ["First one.", "Second\none."]


def test_the_letter_of_a_series_ends_a_sentence() -> None:
    text = "Redmere Capital led a $40 million Series A. Clement Haverly joined the board."
    assert sentences(text) == [
        "Redmere Capital led a $40 million Series A.",
        "Clement Haverly joined the board.",
    ]
    assert sentences("John F. Kennedy spoke.") == ["John F. Kennedy spoke."]


def test_an_initial_after_a_lowercase_word_is_still_an_initial() -> None:
    text = "The team J. R. Smith had assembled won."
    assert sentences(text) == [text]


def test_a_possessive_s_ends_a_sentence() -> None:
    """ "…was Lindqvist's." ends there: the "s" of a possessive is no initial."""
    text = 'One of the names on it was Lindqvist\'s. "I deeply regret it," she posted.'
    assert sentences(text) == [
        "One of the names on it was Lindqvist's.",
        '"I deeply regret it," she posted.',
    ]


def test_no_ends_a_sentence_unless_a_number_follows() -> None:
    text = 'It was "told no." Last month it sued. It ranked No. 5 in May.'
    assert sentences(text) == [
        'It was "told no."',
        "Last month it sued.",
        "It ranked No. 5 in May.",
    ]
