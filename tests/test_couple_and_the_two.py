""" "The couple" is the two people named as married ("Nora Lindahl and her husband, Bo Quist"),
and "both" or "they" after it are they; ", and the two incorporated …" is the one the
sentence names and the one the sentence before named; the founding of the very company
asked of ranks above a founding said of "the project". Made-up articles, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_COUPLE = (
    "When Nora Lindahl and her husband, Bo Quist, sold their soil-sensing company to Marrow "
    "Tractors last year, they told staff little would change.\n\n"
    "Vellum Soil began in a university lab, where the couple met as students in 2011. Both "
    "worked under Carl Whitby, the lab's director. In March 2018, they spun the work out of "
    "the lab and founded Vellum Soil.\n\n"
    "Bo Quist, meanwhile, has told friends he is considering a new company."
)
_THE_TWO = (
    "Quillboard began in 2014 as a side project of Owen Fairley, then a student.\n\n"
    "Elena Rusk, a former product manager, joined him the following year, and the two "
    "incorporated the Quillboard Trust in March 2016.\n\n"
    '"We wanted the engine free," said Elena Rusk, who co-founded the project and now runs '
    "the Quillboard Trust."
)


def test_the_couple_founded_it(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _COUPLE, "who founded vellum soil", title="Vellum Soil")
    answer = first_answer(reply).split("\n")[1]
    assert answer == "Best match: Nora Lindahl and Bo Quist.", reply.text


def test_the_two_incorporated_it(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _THE_TWO, "who founded the quillboard trust", title="Quillboard")
    answer = first_answer(reply).split("\n")[1]
    assert answer == "Best match: Elena Rusk and Owen Fairley.", reply.text


def test_the_two_things_are_no_pair_of_people() -> None:
    from knowledge.extract import _AND_THE_TWO_RE

    assert _AND_THE_TWO_RE.search("Lind met Quist in Oslo, and the two companies merged") is None
    assert _AND_THE_TWO_RE.search("joined him, and the two incorporated the trust") is not None
