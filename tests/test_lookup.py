"""Typo-tolerant lookup among many names: a typo is scored against the names sharing most of
its letter trigrams, and finds what scoring every name would."""

import itertools
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge import lookup as names_lookup
from knowledge.answering.frame import _Names, alias_spans
from knowledge.lookup import NameIndex, lookup
from knowledge.model import EntityInfo

FIRST = ("Andrej", "Bob", "Demis", "Elon", "Greg", "Ilya", "Jan", "Mira", "Sam", "Tim")
SYLLABLES = ("ash", "bel", "cor", "dut", "fal", "hil", "mel", "nor", "pra", "quin", "sah", "tev")


def _many() -> NameIndex:
    """More people than POOL_FROM, with surnames of three syllables."""
    people = []
    surnames = itertools.product(SYLLABLES, repeat=3)
    for number, first in enumerate(itertools.islice(itertools.cycle(FIRST), 6000)):
        a, b, c = next(surnames) if number < len(SYLLABLES) ** 3 else (FIRST[number % 7], "", "")
        name = f"{first} {(a + b + c).capitalize()}{number}"
        key = name.lower().replace(" ", "-")
        people.append(EntityInfo(key=key, name=name, kind="person", aliases=(name,)))
    people.append(
        EntityInfo(key="sam-altman", name="Sam Altman", kind="person", aliases=("Sam Altman",))
    )
    return NameIndex(tuple(people))


def test_a_large_index_scores_a_pool_and_finds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    names = _many()
    assert len(names.choices) > names_lookup.POOL_FROM
    typos = ("sam altmn", "sam prahimel1218", "jan pracorsa1186", "jan pracrosah1186")
    pooled = [lookup(typed, names) for typed in typos]
    assert all(0 < len(names.pool(typed)) <= names_lookup.POOL for typed in typos)
    monkeypatch.setattr(names_lookup, "POOL_FROM", 10**9)  # every name scored
    assert [lookup(typed, names) for typed in typos] == pooled
    assert [p.match.name if p.match else p.status for p in pooled] == [
        "Sam Altman",
        "Sam Prahilmel1218",
        "Jan Pracorsah1186",
        "Jan Pracorsah1186",
    ]


def test_the_pool_is_the_names_sharing_most_trigrams() -> None:
    names = _many()
    pool = names.pool("sam altmn")
    assert names.choices[pool[0]] == "sam altman"
    assert names.pool("zzz qqq") == []  # shares nothing with any name


def test_a_small_index_scores_every_name() -> None:
    small = NameIndex(_many().source[:100])
    assert small.pool("anything") == list(range(len(small.choices)))


@given(
    st.lists(
        st.sets(st.integers(0, 1999), max_size=900),
        max_size=12,
    )
)
def test_the_most_shared_are_the_full_ordering_cut(sets: list[set[int]]) -> None:
    """The pool's selection equals counting every choice in every set and sorting them all
    by (most shared, choice order)."""
    shared = Counter(n for members in sets for n in members)
    full = sorted(shared, key=lambda n: (-shared[n], n))[: names_lookup.POOL]
    bits = [names_lookup._bits(members, 2000) for members in sets]
    assert names_lookup.most_shared(bits, 2000) == full


_NAMED = (
    EntityInfo(key="tim-shi", name="Tim Shi", kind="person", aliases=("Shi", "Tim Shi")),
    EntityInfo(key="tim-cook", name="Tim Cook", kind="person", aliases=("Cook",)),
    EntityInfo(key="jp", name="J.P. Morgan", kind="org", aliases=("JPMorgan",)),
    EntityInfo(key="open-ai", name="OpenAI", kind="org", aliases=("Open AI", "OpenAI's")),
    EntityInfo(key="att", name="AT&T", kind="org", aliases=()),
    EntityInfo(key="tim", name="Tim", kind="person", aliases=()),
)


@pytest.mark.parametrize(
    "text",
    [
        "did tim shi leave open ai for j.p. morgan",
        "tim cook and tim met at&t, then shi-tim",
        "timshi and tim shih are no one; openai's tim shi is",
        "",
    ],
)
def test_a_questions_names_are_found_by_their_first_two_words_as_by_every_alias(
    text: str,
) -> None:
    """Names of two words and more looked up by their first two (a question's "tim" is not
    compared with every "Tim …" of a large index) find what trying every alias finds."""
    assert _Names(_NAMED).spans(text) == alias_spans(text, _NAMED)


def test_a_name_with_accents_is_found_typed_without_them() -> None:
    vahi = EntityInfo(
        key="konrad-v-hi", name="Konrad Vähi", kind="person", aliases=("Konrad Vähi", "Vähi")
    )
    lund = EntityInfo(key="ferreira-lund", name="Ferreira Lund", kind="person", aliases=())
    names = NameIndex((vahi, lund))
    for typed in ("konrad vahi", "vahi", "Konrad Vähi"):
        found = lookup(typed, names)
        assert (found.status, found.match) == ("match", vahi), typed
    assert names.spells("vahi")
    assert "vahi" in names.words and "vähi" in names.words
