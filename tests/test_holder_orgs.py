"""The organisations the build finds near a title's holder (knowledge.holder_orgs)."""

import re

import pytest

from knowledge.holder_orgs import Named, _first_named, _spellings, in_clause, orgs_near
from knowledge.model import EntityInfo


def _entity(key: str, name: str, kind: str, *aliases: str) -> EntityInfo:
    return EntityInfo(key=key, name=name, kind=kind, aliases=(name, *aliases))


PARDOE = _entity("lucien-pardoe", "Lucien Pardoe", "person", "Pardoe")
BRAMBLE = _entity("bramble", "Bramble", "org")
HALCYRA = _entity("halcyra", "Halcyra Labs", "org", "Halcyra")
ENTITIES = {e.key: e for e in (PARDOE, BRAMBLE, HALCYRA)}


def _named(*keys: str, implicit: tuple[str, ...] = ()) -> list[Named]:
    return [Named(key=k, org=ENTITIES[k].kind == "org", implicit=k in implicit) for k in keys]


def test_an_organisation_before_the_holder_is_near() -> None:
    order = _named("bramble", "lucien-pardoe")
    text = "At Bramble, chief executive Lucien Pardoe said the plan was sound."
    assert orgs_near(order, [], "lucien-pardoe", text, ENTITIES) == {"bramble"}


def test_the_passage_before_counts_only_for_a_holder_opening_the_passage() -> None:
    before = _named("bramble")
    opening = "Chief executive Lucien Pardoe said the plan was sound."
    assert orgs_near(_named("lucien-pardoe"), before, "lucien-pardoe", opening, ENTITIES) == {
        "bramble"
    }
    later = "Halcyra's rival, chief executive Lucien Pardoe said."
    assert orgs_near(
        _named("halcyra", "lucien-pardoe"), before, "lucien-pardoe", later, ENTITIES
    ) == {"halcyra"}


def test_an_organisation_after_the_holder_is_near_only_in_their_clause() -> None:
    order = _named("lucien-pardoe", "bramble")
    theirs = "Chief executive Lucien Pardoe, whose company Bramble makes drones, spoke."
    assert orgs_near(order, [], "lucien-pardoe", theirs, ENTITIES) == {"bramble"}
    others = "Chief executive Lucien Pardoe spoke first, warning that Bramble was ahead."
    assert orgs_near(order, [], "lucien-pardoe", others, ENTITIES) == set()


def test_a_holder_named_by_a_pronoun_has_every_later_organisation_near() -> None:
    assert in_clause("He said Bramble was ahead, and left.", PARDOE, BRAMBLE)
    assert orgs_near(_named("halcyra"), _named("bramble"), "lucien-pardoe", "x", ENTITIES) == {
        "halcyra",
        "bramble",
    }


@pytest.mark.parametrize(
    "text",
    [
        "pardoe said bramble would grow, and bramblewood would not.",
        "bramblewood and pardoe; then bramble.",
        "lucien pardoe — of bramble — said",
        "pardoes and bramble_x, bramble.",
        "lucien pardoe of brambleé, then bramble",
    ],
)
def test_spellings_are_found_as_a_whole_word_pattern_finds_them(text: str) -> None:
    def pattern(entity: EntityInfo) -> re.Pattern[str]:
        spelled = sorted({entity.name.casefold(), *(a.casefold() for a in entity.aliases)})
        ordered = sorted(spelled, key=lambda s: (-len(s), s))
        return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})(?!\w)")

    holder = pattern(PARDOE).search(text)
    after = holder.end() if holder else 0
    other = pattern(BRAMBLE).search(text, after)
    assert _first_named(text, _spellings(PARDOE)) == (holder.span() if holder else None)
    assert _first_named(text, _spellings(BRAMBLE), after) == (other.span() if other else None)
