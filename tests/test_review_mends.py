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
