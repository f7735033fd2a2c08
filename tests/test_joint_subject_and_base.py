"""Two readings a reader makes without thinking: "Selassie and Benami resigned that spring"
tells that both resigned (not Benami alone), and "where is Faultline based" is answered by
"Faultline was founded in Vancouver", not by another company's "Zurich-based" in a sentence
naming Faultline's subsidiary, nor by a court it sued in. A made-up article, not a dev
set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import assert_best_match, reply_over

_STORY = (
    "Faultline Archive was founded in Vancouver in March 2016 by Oona Varga, Pieter Selassie "
    "and Lior Benami. Faultline's scanners read 1.8 million old seismograms, and Faultline "
    "released its first model in 2019.\n\n"
    "Through the winter, Selassie argued in meeting after meeting against selling forecasts. "
    "Selassie and Benami resigned that spring, objecting to the plan to sell risk scores to "
    'insurers. "We built it to warn people, not to price them," Selassie wrote in a '
    "resignation letter he later posted online.\n\n"
    "The product caught the attention of Aldermoor Re, the Zurich-based reinsurer, which in "
    "January 2022 invested $300 million in Faultline Risk.\n\n"
    "In August 2023, Faultline sued Benami in the Supreme Court of British Columbia."
)
_TITLE = "Faultline Archive"


def test_a_reason_told_of_two_is_each_ones(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "why did selassie quit", title=_TITLE)
    first = first_answer(reply).split("\n", 2)[2]  # the first bullet
    assert "insurers" in first, reply.text


def test_a_base_is_where_the_name_asked_was_founded(tmp_path: Path) -> None:
    assert_best_match(
        tmp_path, _STORY, "where is faultline based", "Vancouver", "Zurich", title=_TITLE
    )


_COURT_AND_CAMPUS = (
    "Ramplight was created in March 2019 by four air-traffic controllers. Yusuf Demirci ran "
    "operations from a converted grain store in Dublin that is still the company's "
    "headquarters.\n\n"
    "Within a year Ramplight claimed it cut delays by 14 per cent, a figure that researchers "
    "at the University of Galway later put closer to nine. In January a union sued Ramplight "
    "in the High Court in Dublin."
)


def test_a_base_is_no_institution(tmp_path: Path) -> None:
    """ "… in Dublin that is still the company's headquarters" says where it is based; "at
    the University of Galway" and "in the High Court" do not."""
    reply = reply_over(tmp_path, _COURT_AND_CAMPUS, "where is ramplight based", title="Ramplight")
    answer = first_answer(reply).split("\n")[1]
    assert "Dublin" in answer and "University" not in answer and "Court" not in answer, reply.text
