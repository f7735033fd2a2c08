"""Sources that disagree are shown side by side: two test-only articles give different
amounts for one investment and different years for one founding."""

import dataclasses

import pytest

from bot.router import Router
from knowledge import differ
from knowledge.engine import Engine


@pytest.fixture
def two_sources(test_only: Engine) -> Engine:
    return test_only


def test_two_amounts_for_one_investment(two_sources: Engine) -> None:
    found = two_sources.ask("how much did aster cloud invest in lumaris")
    assert {answer for answer, _ in found.differ} == {"$450 million", "$400 million"}
    shown = {h.passage.id for h in found.hits}
    assert all(passage in shown for _, passage in found.differ)  # both sentences are cited
    reply = Router(two_sources).handle_text("how much did aster cloud invest in lumaris")
    assert "The sources differ: $450 million (The Meridian Ledger)" in reply.intro
    assert "$400 million (Pacific Circuit)" in reply.intro


def test_two_years_for_one_founding(two_sources: Engine) -> None:
    found = two_sources.when("was lumaris founded")
    assert {answer for answer, _ in found.differ} == {"2019-09-09", "2020"}


def test_different_events_are_no_disagreement(engine: Engine) -> None:
    # Microsoft invested several times, years apart: not one fact told two ways.
    assert engine.ask("how much did microsoft invest in openai").differ == ()
    assert engine.when("did sutskever resign").differ == ()
    # "OpenAI began negotiations with Microsoft" in 2016 is not OpenAI being founded.
    assert engine.when("was openai founded").differ == ()


def test_timeline_shows_both_dates_and_both_sums(two_sources: Engine) -> None:
    text = Router(two_sources).handle_text("timeline lumaris").text
    assert "2019-09-09 · Pacific Circuit says 2020 — Lumaris was founded on September 9" in text
    assert "2020 · The Meridian Ledger says 2019-09-09 — Lumaris was founded in 2020" in text
    assert "October 2022 · Pacific Circuit says $400 million — In October 2022" in text


def test_who_shows_the_other_date_too(two_sources: Engine) -> None:
    text = Router(two_sources).handle_text("who kovalenko").text
    assert "Pacific Circuit says 2020" in text


def test_a_date_belongs_to_the_action_told_beside_it() -> None:
    # "who left Lumaris in 2021 and later co-founded the rival Quillon": 2021 is the leaving,
    # so it is no other date for "went on to co-found Quillon … in 2022".
    left = differ.Told(
        event_id=1,
        article=2,
        text="Oyelaran, who left Lumaris in 2021 and later co-founded the rival Quillon, sued.",
        entities=frozenset({"idris-oyelaran", "quillon", "lumaris"}),
        year=2021,
        month=0,
        precision="year",
        label="2021",
    )
    founded = dataclasses.replace(
        left,
        event_id=2,
        article=1,
        text="Oyelaran went on to co-found Quillon, a smaller rival, in 2022.",
        year=2022,
        label="2022",
    )
    assert differ.dated_action(left) == {"leave"}
    assert differ.disagreements([left, founded]) == []
    earlier = dataclasses.replace(founded, event_id=3, year=2021, label="2021", article=3)
    assert differ.disagreements([founded, earlier]) == [(2, 3, "2021"), (3, 2, "2022")]


def test_two_people_doing_the_same_thing_are_two_happenings() -> None:
    murati = differ.Told(
        event_id=1,
        article=1,
        text="Mira Murati left OpenAI in September 2024, four months after Ilya Sutskever.",
        entities=frozenset({"mira-murati", "openai", "ilya-sutskever"}),
        year=2024,
        month=9,
        precision="month",
        label="September 2024",
        subject="mira-murati",
    )
    sutskever = dataclasses.replace(
        murati,
        event_id=2,
        article=2,
        text="Ilya Sutskever left OpenAI in May 2024.",
        month=5,
        label="May 2024",
        subject="ilya-sutskever",
    )
    assert differ.disagreements([murati, sutskever]) == []


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("Altman left OpenAI in 2019.", {"altman", "openai"}),  # two named: compared
        ("Altman left in 2019.", {"altman"}),  # one, no sum: never compared
        ("Aster invested $450 million in 2021.", {"aster"}),  # one, with a sum
        ("Aster invested another $50 million in 2021.", {"aster", "lumaris"}),  # "another"
        ("Altman spoke at OpenAI in 2019.", {"altman", "openai"}),  # no action word
        ("It was founded in 2019.", set()),  # no one named
        ("Musk co-founded OpenAI and then Left it in 2018.", {"musk", "openai"}),
    ],
)
def test_the_cheap_tests_first_keep_the_same_events(text: str, entities: set[str]) -> None:
    """Deciding on entities, sums, "another" and any action word before reading the action
    nearest the date keeps exactly the events the full reading keeps, read the same."""
    told = differ.Told(
        event_id=1,
        article=1,
        text=text,
        entities=frozenset(entities),
        year=2019,
        month=0,
        precision="year",
        label="2019",
    )
    read = differ._read(told)
    assert differ._read_comparable(told) == (read if differ._comparable(read) else None)


def _every_pair(told: list[differ.Told]) -> list[tuple[int, int, str]]:
    """The finder's result worked out the plain way: every two readable events of a bucket
    judged, every other one read in event order (the reference the grouped work must match)."""
    import itertools
    from collections import defaultdict

    reads = [r for r in map(differ._read, told) if differ._comparable(r)]
    others: dict[int, dict[int, str]] = defaultdict(dict)
    for action, _words, _sifting in differ._ACTIONS:
        for bucket in differ._buckets(reads, action):
            ordered = sorted(bucket, key=lambda r: r.told.event_id)
            for a, b in itertools.permutations(ordered, 2):
                if b.told.article == a.told.article or not differ._verdict(a, b):
                    continue
                if a.told.subject != b.told.subject and not (a.sums & b.sums):
                    continue
                kind = differ._verdict(a, b)
                said = b.told.label if kind == "date" else ", ".join(sorted(b.sums))
                others[a.told.event_id][b.told.event_id] = said
    return [
        (event, other, said)
        for event, found in sorted(others.items())
        for other, said in sorted(found.items())[: differ.MAX_OTHERS]
    ]


@pytest.mark.parametrize("seed", range(6))
def test_grouped_comparison_finds_what_every_pair_would(seed: int) -> None:
    """Many tellings of a few happenings, by a few subjects, some with sums: the grouped,
    looked-up comparison keeps the same others for every event as judging every pair."""
    import random

    rng = random.Random(seed)
    people = ["altman", "musk", "sutskever", "murati"]
    verbs = ["left", "founded", "invested $%d million in", "joined", "sued"]
    told = []
    for number in range(1, 240):
        subject, other = rng.sample(people, 2)
        verb = rng.choice(verbs)
        if "%d" in verb:
            verb = verb % rng.choice((10, 50, 450))
        year = rng.choice((2018, 2019, 2020))
        month = rng.choice((0, 3, 9))
        label = f"{year}-{month:02d}" if month else str(year)
        told.append(
            differ.Told(
                event_id=number,
                article=rng.randrange(12),
                text=f"{subject.title()} {verb} OpenAI with {other.title()} in {year}.",
                entities=frozenset({subject, other, "openai"}),
                year=year,
                month=month,
                precision="month" if month else "year",
                label=label,
                subject=subject,
            )
        )
    found = differ.disagreements(told)
    assert found and found == _every_pair(told)
