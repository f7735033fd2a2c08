"""Which pronoun an article uses for each person it names, learnt before the article is read
in order: so "He resigned" after a sentence naming a woman last and a man before her is his,
and a "she" is never taken for the man named last.

A given name most often borne by one of the two decides (data/pronouns.toml: names borne by
both are not there). For the other names the article's own words are the evidence: a
reflexive in a sentence naming no one else ("described herself as"), and a sentence opening
on a pronoun right after one in the same paragraph that named one person only
("Delgado-Fenn stayed on … He left …"). A pronoun after someone's "said" is no evidence:
"Bose said he had misled investors" is about another man."""

import functools
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge.entities import DATA, Mention, pronoun_of

# what a sentence naming one person says of them: "described herself as"
_OF_THEM_RE = re.compile(r"\b(?P<s>him|her)self\b", re.IGNORECASE)
_OPENS_ON_RE = re.compile(r"(?:He|She)\b")
_OWN_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Told:
    """One sentence as the pronouns' reading needs it: its text, whether it opens a
    paragraph, and the people it names (by name, not by pronoun)."""

    text: str
    opens: bool
    people: list[Mention]


@functools.cache
def by_given_name() -> dict[str, str]:
    """ "she" or "he" by given name, for the names the data gives one of the two."""
    raw = tomllib.loads((DATA / "pronouns.toml").read_text(encoding="utf-8"))
    return {name: pronoun for pronoun in ("she", "he") for name in str(raw[pronoun]).split()}


def _unquoted(text: str, at: int) -> bool:
    """Whether `at` is outside quotation marks (a quote's "he" is the speaker's subject)."""
    before = text[:at]
    return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")


def _votes(sentences: Iterable[Told]) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    alone: str | None = None  # the one person the sentence before named, in this paragraph
    for sentence in sentences:
        text = sentence.text
        named = {m.key for m in sentence.people}
        if sentence.opens:
            alone = None
        if alone is not None and not named and _OPENS_ON_RE.match(text):
            votes[alone][pronoun_of(text.split(None, 1)[0])] += 1
        if len(named) == 1:
            (key,) = named
            after = min(m.end for m in sentence.people)
            for found in _OF_THEM_RE.finditer(text, after):
                if _unquoted(text, found.start()):
                    votes[key][pronoun_of(found["s"])] += 1
        # (the one person a sentence names, with no pronoun before them: "In March he sued
        # Quillwater, Delacroix-Onyango and …" names her, but "He" next is him)
        alone = (
            next(iter(named))
            if len(named) == 1
            and not _OWN_PRONOUN_RE.search(text, 0, min(m.start for m in sentence.people))
            else None
        )
    return votes


def told_pronouns(sentences: Iterable[Told], names: Mapping[str, str]) -> dict[str, str]:
    """ "he" or "she" by person key, for the people whose given name (the first word of
    their name in `names`) the data knows, or the article shows one of them for."""
    votes = _votes(sentences)
    given = by_given_name()
    told: dict[str, str] = {}
    for key, name in names.items():
        counts = votes.get(key, Counter()).most_common()
        if name.split(" ")[0] in given:
            told[key] = given[name.split(" ")[0]]
        elif counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            told[key] = counts[0][0]
    return told
