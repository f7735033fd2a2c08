""" "Marr founded Kestrel in 2017 with her brother, an engineer who had spent five years …":
the "had" is the brother's past, in an aside that ends the sentence, not a look back of the
founding, so "the following year" after it counts from 2017. A made-up article, not a dev
set's."""

from pathlib import Path

import pytest

from tests.one_article import rows_over

_STORY = (
    "On Tuesday, Kestrel Drones agreed to sell itself to Hallam Freight for $61 million. The "
    "deal caps a turbulent few months that began last March, when the board forced out its "
    "founder, Tessa Marr.\n\n"
    "A garage and a hospital\n\n"
    "Marr founded Kestrel in 2017 with her younger brother, Owen Marr, {aside}. The siblings "
    "grew up in Silverbell.\n\n"
    "Kestrel designs its own cold-weather delivery drones and flies them on fixed routes "
    "between pharmacies and homes in the valley. The company made its first commercial "
    "delivery the following year, flying a box of insulin to a ranch."
)


def _dated(tmp_path: Path, aside: str, opening: str) -> str:
    """The date the index gives the sentence opening on `opening`."""
    rows = rows_over(
        tmp_path,
        _STORY.format(aside=aside),
        "SELECT e.label FROM events e JOIN passages p ON p.id = e.passage_id "
        "WHERE p.text LIKE ? || '%'",
        (opening,),
        title="Drone Maker Sold",
        published="2023-06-14",
    )
    return str(rows[0][0]) if rows else ""


@pytest.mark.parametrize(
    "aside",
    [
        "an aerospace engineer who had spent five years designing wing assemblies",
        "an aerospace engineer who designs wing assemblies",
    ],
)
def test_the_following_year_counts_from_the_founding(tmp_path: Path, aside: str) -> None:
    assert _dated(tmp_path, aside, "The company made its first") == "2018"


def test_a_date_inside_the_closing_aside_is_the_one_described_s(tmp_path: Path) -> None:
    """A date inside the closing aside ("who had joined the board in 2015") is the one
    described's: the founding keeps its own year."""
    aside = "an engineer who had joined the board in 2015"
    assert _dated(tmp_path, aside, "Marr founded Kestrel") == "2017"
