"""Readings a stranger's articles showed too broad, each kept to its case: an article whose
title names someone is not taken to be about the company it names most; the backer "at the
beginning" is the one a sentence tells as the start's; a surname two people share, once both
are named in full, is neither; and no place is read from "a Corvix portfolio company" or
from the name asked of. Made-up
articles, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_HALVERN = (
    "Corvix, the cloud giant that has poured $2 billion into Halvern since 2021, has spent two "
    "years insisting it had no say in the lab's boardroom.\n\n"
    "Halvern was founded in 2018 by Nadia Okafor, a former quant. The money came from Bertrand "
    "Lusk, a Geneva hedge fund manager, who put $25 million into the lab in its first year.\n\n"
    "That same year, Okafor hired her younger brother, Emeka Okafor, a former banker. Okafor, "
    "the chief executive, said she had hired him for his contacts.\n\n"
    "In 2023 Corvix appointed a new head of AI: Lucas Varga, who had spent four years as "
    "Halvern's chief technology officer. Orrery Capital, a Corvix portfolio company, bought "
    "a stake in Halvern. Ibrahim Sato, Halvern's chief scientist, was replaced at Meridian AI "
    "by Dana Whitlock."
)
_HALVERN_TITLE = "Seven Days in November"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("who put up the cash at the beginning", "Lusk", "Corvix"),
        ("who is emeka okafor", "banker", "chief executive"),
        ("where is orrery capital based", "", "Corvix"),
        ("where is meridian ai based", "", "Meridian"),
    ],
)
def test_a_reading_kept_to_its_case(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _HALVERN, question, title=_HALVERN_TITLE)
    seen = first_answer(reply)
    assert said in seen and wrong not in seen.split("\n")[1], reply.text


_LUMEN = (
    "When Priya Anand, a retired semiconductor executive, set up the Lumen Trust in 2019, she "
    "described it as a library rather than a company. Anand put up $30 million of her own "
    "money and became its first chair.\n\n"
    "In 2022 the cloud giant Nimbara agreed to invest $2 billion in Lumen Systems, the "
    "trust's for-profit arm. Nimbara, the Seattle company whose servers host the trust's "
    "models, also took a seat on the subsidiary's board. Nimbara later added $500 million.\n\n"
    "In 2024 the board appointed a permanent chief executive: Hana Ilves, a former banker."
)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # the title names the Lumen Trust (whatever it is taken for): the article is not
        # Nimbara's, the investor it names most
        ("who runs nimbara", "Best match: Hana Ilves"),
        ("who chairs nimbara", "Best match: Priya Anand"),
    ],
)
def test_an_article_whose_title_names_someone_is_not_another_s(
    tmp_path: Path, question: str, wrong: str
) -> None:
    title = "Inside the Lumen Trust, the Charity That Became a Business"
    reply = reply_over(tmp_path, _LUMEN, question, title=title)
    assert wrong not in first_answer(reply), reply.text


_SCRIVENER = (
    "Scrivener was registered in Galway in January 2018. Its founders were José Luis "
    "Arriaga, Mary Beth Okoro and Priya Raman. Managing director José Luis Arriaga said the "
    "deal left the members in control.\n\n"
    "Kettle was released in May 2018. A year later the cooperative released Kettle Lite, a "
    "version of Kettle for student newspapers. The company's first sensor, Rootline, went on "
    "sale in September 2019. Two months later Scrivener released Sproutlight, a cheaper "
    "version of Rootline.\n\n"
    "In September 2020 Scrivener accepted €9 million in funding from Pellmore Shipping, a "
    "family-owned freight company in Cork. Pellmore Shipping also paid for a second office "
    "in Belfast. In 2021 Scrivener was sued in the Commercial Court in Antwerp. About 120 "
    "newsrooms in Ireland and Scotland now use Scrivener's tools, the cooperative said.\n\n"
    "In spring 2023 Arriaga stepped down. The board asked Anne Marie Fenwick, Scrivener's "
    "head of product, to run the company on an interim basis. Three months later the "
    "members chose Conor Delaney, a former editor, as permanent managing director."
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        # two given names and a surname, whichever list a given name is on
        ("who is mary beth okoro", "Mary Beth Okoro", "articles don't mention"),
        ("who is jose luis arriaga", "José Luis Arriaga", "articles don't mention"),
        # a thing, not another named after it or made from it
        ("when did kettle come out", "May 2018", "2019"),
        ("when did rootline come out", "September 2019", "November"),
        # a base is where it was set up or is described to be, not a second office's place
        ("where is pellmore shipping based", "Cork", "Belfast"),
        # a court's city is no base, and a place the company's tools are used is a guess
        ("where is scrivener based", "", "Best match"),
        ("where is scrivener based", "", "Antwerp"),
        # the permanent head by another title, not the stand-in
        ("who became the permanent boss", "Delaney", "Fenwick"),
    ],
)
def test_a_second_strangers_findings(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _SCRIVENER, question, title="Scrivener", published="2025-06-20")
    seen = first_answer(reply)
    assert said in seen and wrong not in seen.split("\n")[1], reply.text


def test_a_base_outside_a_town_not_a_courts_city(tmp_path: Path) -> None:
    story = (
        "Quillmarsh was founded in March 2018 in a converted dairy barn outside Ghent that is "
        "still the company's headquarters.\n\n"
        "In 2024 Quillmarsh was sued in the Commercial Court in Antwerp by a former supplier."
    )
    reply = reply_over(tmp_path, story, "where is quillmarsh based", title="Quillmarsh")
    assert "Ghent" in first_answer(reply).split("\n")[1], reply.text
