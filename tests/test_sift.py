"""Sifting a pattern by its words (knowledge.sift) changes no match: the words are in every
match, and the texts a substring test cannot judge are tried whole."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import SyntheticArticles
from knowledge import clean, dates, differ, extract, orgs
from knowledge.articles import Article
from knowledge.indexer import passages_of
from knowledge.sift import Sifted, as_ascii, siftable

SIFTED = {
    "own time": extract._OWN_TIME_RE,
    "reconstructed": extract._RECONSTRUCTED_RE,
    "period": extract._PERIOD_RE,
    "company": extract._COMPANY_RE,
    "another": differ._ANOTHER_RE,
    **{f"action {name}": sifted for name, sifted in differ._ACTION_RES},
}


def test_the_characters_sifting_cannot_see_are_every_case_insensitive_look_alike() -> None:
    """re matches no character beyond ASCII as an ASCII letter when ignoring case but these
    four, and a digit beyond ASCII (which `\\d` matches) is caught too."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    alike = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert alike == {"\u0130", "\u0131", "\u017f", "\u212a"}
    for ch in alike:
        assert not siftable(f"the {ch} word")
    assert not siftable("in \u0662\u0660\u0661\u0669")  # Arabic-Indic digits
    assert siftable("“Altman’s” firing — in 2023")
    assert siftable("plain ASCII")


@pytest.mark.parametrize("name", sorted(SIFTED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_match_of_a_sifted_pattern_is_still_found(name: str, data: st.DataObject) -> None:
    sifted = SIFTED[name]
    text = data.draw(st.from_regex(sifted.pattern))
    assert sifted.pattern.search(text)
    assert sifted.search(text), text


def test_a_text_without_the_words_is_not_tried_and_one_with_a_look_alike_is() -> None:
    # words that the pattern's matches lack, on purpose: the pattern is not tried at all
    misled = Sifted(re.compile(r"\bstart\b", re.IGNORECASE), ("finish",))
    assert misled.search("from the start") is None
    assert misled.search("from the finish to the start") is not None
    # "ſ" matches "s" ignoring case, so no word test is exact: the pattern is tried
    assert misled.search("from the ſtart") is not None
    assert as_ascii("ſpring") == "spring" and as_ascii("WINTER") == "winter"


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_date_a_pattern_matches_has_a_word_its_kind_needs(data: st.DataObject) -> None:
    """The date finder tries a kind only on a sentence with one of its words (a month name
    as written, the others lowered): every match of every kind has one."""
    kind, pattern = data.draw(st.sampled_from(dates._PATTERNS))
    text = data.draw(st.from_regex(pattern))
    if siftable(text):
        lowered = text.lower()
        needs = dates._NEEDS[kind]
        assert any(w in (text if w[0].isupper() else lowered) for w in needs), (kind, text)
        assert not dates._HINT_WORDS.isdisjoint(
            w for w in dates._SIFTING if w in (text if w[0].isupper() else lowered)
        ) or dates._DIGIT_RE.search(text), (kind, text)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_clutter_line_a_pattern_matches_has_its_words(data: st.DataObject) -> None:
    pattern, needs = data.draw(st.sampled_from([p for p in clean._CLUTTER_PATTERNS if p[1]]))
    text = data.draw(st.from_regex(pattern))
    assert not siftable(text) or needs in text.lower(), text


def test_sifting_changes_nothing_over_the_seed_and_synthetic_sentences(
    seed_articles: tuple[Article, ...],
) -> None:
    articles = (*seed_articles, *SyntheticArticles(7, 200))
    sentences = [str(row["text"]) for a in articles for row in passages_of(a)]
    assert len(sentences) > 3000
    for sifted in SIFTED.values():
        for text in sentences:
            assert bool(sifted.search(text)) == bool(sifted.pattern.search(text)), text


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_what_comes_before_a_name_is_tested_only_when_it_ends_in_a_word_of_the_patterns(
    data: st.DataObject,
) -> None:
    """The organisation counts test the text before a name against two patterns only when
    it ends in one of their last words and a space: every match does."""
    pattern = data.draw(st.sampled_from([orgs._DESCRIBED_BEFORE, orgs._PLACED]))
    text = data.draw(st.from_regex(pattern))
    ending = text.rstrip()
    assert ending != text and ending.endswith(orgs._BEFORE_LAST), text
