"""Who holds a post now, when the article says it in ways the first rules missed: a title
that names no company (the article is then about the company its sentences name most), "the
board chose X, who had …, as permanent chief executive", "appointed a permanent chief
executive: X, a …", and "In April 2023 its chair, X, …". Made-up articles, not a dev set's."""

from pathlib import Path

import pytest

from knowledge.roles import normalize
from tests.one_article import assert_best_match, reply_over

_UNTITLED = (
    "Corvel Optics was founded in 2017 in Porto. Henrik Aas, a glass engineer, became chief "
    "executive.\n\n"
    "In 2020, Corvel Optics raised $40 million from Bramwell Capital. By 2022 Corvel Optics "
    "sold lenses in nine countries.\n\n"
    "In March 2023 the board voted to remove Aas as chief executive after learning that he "
    "had hidden losses. The board named Dora Pike, the company's chief financial officer, as "
    "interim chief executive.\n\n"
    "Pike ran the company for six months. In October 2023, the board chose Ilse Varga, who "
    "had run a lens factory in Graz, as permanent chief executive."
)
_UNTITLED_TITLE = "The Lamp Makers: How a Glassworks Lab Grew Up"

_COLON = (
    "Tidebrook, a Cape Town satellite-imaging company, was founded in 2019. By 2022 "
    "Tidebrook sold its images to nine governments.\n\n"
    "In April 2023 its chair, Pieter Aalst, a former diplomat, stepped down. He was "
    "succeeded by Mirela Ruud, a former insurance executive.\n\n"
    "In November 2023 the directors voted to remove Noor Adeyemi as chief executive. Two "
    "months later, the board appointed a permanent chief executive: Sanne Kort, a Dutch-born "
    "underwriter."
)
_COLON_TITLE = "Harbor Lights: Tidebrook's long year"


@pytest.mark.parametrize(
    ("story", "title", "question", "said", "wrong"),
    [
        # the title names no company: the one the sentences name most is the one meant
        (_UNTITLED, _UNTITLED_TITLE, "who runs corvel optics now", "Varga", "Pike"),
        (_UNTITLED, _UNTITLED_TITLE, "who is the ceo of corvel optics", "Varga", "Aas"),
        # each post told without a company is its, not only the last one's
        (_UNTITLED, _UNTITLED_TITLE, "who was the first ceo of corvel optics", "Aas", "Varga"),
        (_COLON, _COLON_TITLE, "who runs tidebrook now", "Kort", "Adeyemi"),
        (_COLON, _COLON_TITLE, "who chairs tidebrook", "Ruud", "Aalst"),
    ],
)
def test_who_holds_it_now(
    tmp_path: Path, story: str, title: str, question: str, said: str, wrong: str
) -> None:
    assert_best_match(tmp_path, story, question, said, wrong, title=title)


def test_a_post_owned_by_a_word_is_the_company_meant() -> None:
    # "the institute's first chief executive (Pyrelight Institute)": the title is the
    # chief executive's, so that a removal "as chief executive" ends it
    assert normalize("the institute's first chief executive (Corvel Optics)") == (
        "corvel optics|chief executive officer"
    )
    assert normalize("Corvel's first chief executive") == "corvel|chief executive officer"


def test_a_date_opening_is_no_part_of_a_title(tmp_path: Path) -> None:
    # "In April 2023 its chair, Pieter Aalst, …": his post is the chair, not "In April 2023
    # its chair"
    reply = reply_over(tmp_path, _COLON, "who is pieter aalst", title=_COLON_TITLE)
    assert "its chair" in reply.intro and "In April" not in reply.intro, reply.text
