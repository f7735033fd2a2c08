"""A made-up lab's story told the way news stories about such labs are: sums added on top
of others, a chief executive removed and reinstated within a week, heads of its parts and
their stand-ins, a board chair told in passing. What a reader sees first must be right."""

import sqlite3
from pathlib import Path

import pytest

from bench.answers import first_answer
from bot.state import StateStore
from tests.one_article import assert_first_says, assert_not_led_by, reply_over, router_over

_VESSEL = (
    "Vessel Acoustics was incorporated as a nonprofit in Leeds on May 2, 2017, with Hamid "
    "Strand-Oyelowo as its first chief executive, Petra Kowalczyk-Nunn as head of research "
    "and Idris Falkenrath as chief technology officer.\n\n"
    "The money came from Corran Holdings. Corran put $300 million into Vessel Acoustics in "
    "March 2021, and added a further $900 million two years later. Last November, Corran "
    "added $2 billion, taking its total commitment to $3.2 billion.\n\n"
    "In February 2022, Petra Kowalczyk-Nunn stepped down as head of research. Tobias "
    "Lindgren-Achebe, a senior scientist, held the post on an interim basis until Mateusz "
    "Wierzbicki, formerly of the Warsaw Institute of Technology, took over in June.\n\n"
    "Falkenrath left in August 2023. He was succeeded as CTO in September 2023 by Signe "
    "Halvard-Mensah, the engineer who had run the lab's hardware group.\n\n"
    "On Thursday, March 7, 2024, the board, chaired since 2019 by the former Danish diplomat "
    "Anders Bloch-Rasmussen, voted four to two to remove Strand-Oyelowo as chief executive. "
    "Five days after removing him, the board reversed itself and Strand-Oyelowo was back in "
    "his job.\n\n"
    "Anders Bloch-Rasmussen, the board chair who had led the move, resigned two days later. "
    "Yetunde Marchetti-Obi, a surgeon who had joined the board in 2020, was elected chair in "
    "his place.\n\n"
    "Today Strand-Oyelowo remains chief executive, with Gustav Orrell-Baines as chief "
    "operating officer, Ruth Ekwueme-Lind as chief financial officer and Mateusz Wierzbicki"
    " as head of research."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a sum asked dates its own clause, counted from the sentence's date
        ("when did corran put in the 900 million", "Best match: March 2023"),
        # a sum asked names the giving, whatever the verb ("added")
        ("when did corran put in the extra 2 billion", "Best match: November 2024"),
        # "Five days after removing him": from the removal's day
        ("when did they bring strand-oyelowo back", "Best match: March 12, 2024"),
        # "was back in his job" is a return
        ("when did strand-oyelowo get his job back", "Best match: March 12, 2024"),
        # "board chair": a title, not a verb; "chaired since 2019 by"
        ("who was board chair when they fired the ceo", "Best match: Anders Bloch-Rasmussen"),
        # running the board is chairing it
        (
            "who was running the board when they ousted the boss",
            "Best match: Anders Bloch-Rasmussen",
        ),
        # a later one of a "with X as …, Y as …" list
        ("who is the cfo", "Best match: Ruth Ekwueme-Lind"),
        # a head of a part, not the company's head
        ("who is the head of research", "Best match: Mateusz Wierzbicki"),
        # "formerly of the Warsaw Institute": only a person
        ("who is mateusz wierzbicki", "head of research"),
        # "held the post on an interim basis"
        ("who ran research in the meantime after kowalczyk-nunn left", "(Tobias Lindgren-Achebe)"),
        # "was succeeded as CTO … by"
        ("who is the cto", "Best match: Signe Halvard-Mensah"),
        # a year in an aside dates the act told in it
        ("when did marchetti-obi join the board", "Best match: 2020"),
        # counted from the day the reversal was counted to
        ("when did bloch-rasmussen resign", "Best match: March 14, 2024"),
        # an act told beside a year of what someone had done before is the story's
        ("when was marchetti-obi elected chair", "Best match: March 14, 2024"),
    ],
)
def test_the_first_answer_about_the_lab_says(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _VESSEL, question, said, title="Vessel news")


_FERNHILL = (
    "Fernhill Labs was founded as a nonprofit in 2016 by Dana Whitlow-Sato and Omar Lindqvist."
    "\n\nIn March 2021, the board approved the creation of Fernhill Ventures, a for-profit arm "
    "that could take outside money. Investors' returns were capped at five times their stake. "
    "Not everyone accepted the logic. Dana Whitlow-Sato, the head of policy, resigned the "
    "following month.\n\n"
    "In 2022, Omar Lindqvist proposed that the lab sell its speech models to a bank. The board "
    "voted the idea down. Lindqvist left the board that autumn."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # what was opposed ("Not everyone accepted the logic", "voted the idea down") right
        # before a leaving is its reason: the plan told before
        ("why did dana whitlow-sato resign", "for-profit arm"),
        ("why did lindqvist leave the board", "sell its speech models"),
    ],
)
def test_a_leaving_after_opposition_is_explained_by_what_was_opposed(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _FERNHILL, question, said, title="Fernhill news")


_CORVANE = (
    "Quillmark Labs was founded as a nonprofit in 2016.\n\n"
    "The first big investor was Corvane Systems, a Seattle cloud company. In July 2021, Corvane "
    "put $150 million into the new company. Two years later, it committed a further $1.2 "
    "billion. Last November, Corvane added another $2 billion.\n\n"
    "Lucía Ferrer-Oduya, a former regulator, had replaced Tomas Brandvold as chair in May 2021. "
    "Ferrer-Oduya resigned as chair in March 2024. Dagny Thorvaldsen, an investor who had "
    "joined the board in 2022, replaced her as chair."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "it" after a time told first is the company the sentence before was about
        ("when did corvane commit the 1.2 billion", "Best match: July 2023"),
        # "…, replaced her as chair": the chair now
        ("who is the chair now", "Best match: Dagny Thorvaldsen"),
    ],
)
def test_a_company_and_a_chair_told_in_passing(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _CORVANE, question, said, title="Quillmark news")


def test_whom_someone_replaced_is_not_who_replaced_them(tmp_path: Path) -> None:
    """ "had replaced Tomas Brandvold as chair" tells whom she replaced: no answer to who
    replaced her."""
    reply = reply_over(tmp_path, _CORVANE, "who replaced ferrer-oduya as chair", title="Q news")
    assert "Best match: Tomas Brandvold" not in first_answer(reply), reply.text


def test_no_head_of_a_part_is_answered_by_the_company_head(tmp_path: Path) -> None:
    """With no one called its head of research, the company's chief executive is no answer."""
    text = "Quillmark Labs was founded in 2016. Ana Brandvold is its chief executive."
    reply = reply_over(tmp_path, text, "who is the head of research", title="Q news")
    assert "Best match: Ana Brandvold" not in first_answer(reply), reply.text


def test_a_sum_told_from_the_articles_day_in_a_later_clause(tmp_path: Path) -> None:
    """ "it" after "Two years later" is the company the sentence before is about (its subject,
    after what tells when), and "last December" dates the clause it opens."""
    text = (
        "Quillmark Labs was founded in 2016.\n\n"
        "Three months after the restructuring, in September 2020, the appliance maker Hollin "
        "Electronics invested $250 million in Quillmark. Two years later it added $1.2 "
        "billion, and last December it committed a further $3 billion."
    )
    said = "Best match: December 2024"
    assert_first_says(tmp_path, text, "when did hollin commit the 3 billion", said, title="Q")


def test_how_many_did_it_is_the_part_not_the_whole(tmp_path: Path) -> None:
    """ "signed by 187 of DeltaWatch's 212 employees": 187 signed, whatever the question
    calls them."""
    text = (
        "DeltaWatch was founded in 2016. The letter was signed by 187 of DeltaWatch's 212 "
        "employees."
    )
    said = "Best match: 187"
    assert_first_says(tmp_path, text, "how many people signed the letter", said, title="D")


_QUARRY = (
    "Quarrybend Robotics was incorporated on April 3, 2018, with three founders: Ilse "
    "Vantongeren as chief scientist, Marek Osei-Lindholm as chief executive and Sunniva "
    "Achterfeld, an engineer who had built most of the first arm's firmware, as chief "
    "technology officer.\n\n"
    "Rudolf Kesselring-Amari had arrived earlier. He pledged $40 million, paid $10 million up "
    "front, and became Quarrybend's first chair.\n\n"
    "Rescue came from Tollund Motors. In May 2022, two years after Kesselring-Amari "
    "walked out, the Danish automaker agreed to invest $800 million over five years. "
    "Tollund's final payment is due in May 2027.\n\n"
    "In January 2025 Achterfeld resigned, taking with her Oskar Brandvold, who led the "
    'company\'s grippers team. "I left because the lab had changed," Achterfeld said.\n\n'
    "The two founded Stillwater Motion, which sells its designs to farms."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the last of the subject's acts, after "and": a post taken
        ("who was quarrybend's first chair", "Best match: Rudolf Kesselring-Amari"),
        # a list of founders after a colon, its last one past what she is
        ("who was the original cto", "Best match: Sunniva Achterfeld"),
        ("who was the first chief scientist", "Best match: Ilse Vantongeren"),
        # the company a description stands for, past an aside of when; a payment still to
        # come when told answers no "when did"
        ("when did tollund invest in quarrybend", "Best match: May 2022"),
        # "The two": the two people the sentences before named, the one asked with left out
        ("who cofounded stillwater with achterfeld", "Best match: Oskar Brandvold"),
        ("who founded stillwater motion", "Best match: Sunniva Achterfeld and Oskar Brandvold"),
    ],
)
def test_founders_a_first_chair_and_a_pair_who_left(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _QUARRY, question, said, title="Quarrybend news")


_LODESTAR = (
    "Lodestar Genomics was founded in 2016 by Ayla Brennecke-Sowa, with $30 million from "
    "Kasimir Oduya-Lund.\n\n"
    'A founding memo, which the company called its "shared lab pledge," stated that Lodestar '
    "would release its sequencing tools for free. Oduya-Lund's lawsuit rests largely on that "
    "sentence.\n\n"
    "Rescue came from Vellmark Pharmaceuticals. In March 2021, the Swiss drugmaker agreed to "
    "invest $500 million. In return it received a 20 percent stake and a board seat.\n\n"
    "Brennecke-Sowa later argued inside the company that the Vellmark talks betrayed the "
    "shared lab pledge."
)
_TALLWATER = (
    "Tallwater Robotics was founded in 2017 by Jonas Ekwueme-Hart.\n\n"
    "Last October, lawyers for Mirela Castellanos-Finch filed a complaint against Tallwater "
    "Robotics. The early donor is asking for the return of $12 million. She alleges that "
    "Tallwater broke its promise to stay a nonprofit."
)


@pytest.mark.parametrize(
    ("story", "question", "said"),
    [
        # what someone called it: what it is
        (_LODESTAR, "what is the shared lab pledge", "release its sequencing tools"),
        # a suit resting on "that sentence": the sentence before
        (_LODESTAR, "why is oduya-lund suing lodestar", "release its sequencing tools"),
        # "In return it received …": the company the sentence before opened on, by what it is
        (_LODESTAR, "what did vellmark get for its money", "20 percent stake"),
        # past what a suit asks for, what it alleges
        (_TALLWATER, "why did castellanos-finch sue tallwater", "stay a nonprofit"),
    ],
)
def test_a_suit_its_grounds_and_a_deals_terms(
    tmp_path: Path, story: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, story, question, said, title="Lab news")


_BRAEMAR = (
    "Braemar Climate was founded in 2015 by Ingrid Solheim-Ruiz. Its first and biggest backer "
    "was Søren Østby-Larkin, a Norwegian shipping heir. He committed $40 million in exchange "
    "for a seat on the board.\n\n"
    "On March 2, 2019, Østby-Larkin resigned from the board and withheld the final $15 million "
    "of his pledged funding, after the directors rejected his plan to merge the two companies."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "ostby": a letter no accent stripping takes apart, typed plain, and a near miss
        ("how much did ostby larkin put in at the start", "Best match: $40 million"),
        ("how much did osby larkin put in", "Best match: $40 million"),
        # a sum withheld is what was asked only when asked of as such
        ("how much did østby-larkin withhold", "Best match: $15 million"),
    ],
)
def test_a_name_typed_plain_and_a_sum_withheld(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _BRAEMAR, question, said, title="Braemar news")


_NORRVIK = (
    "Norrvik Data was founded in 2015 by Liesel Okonjo-Brandt.\n\n"
    "When Liesel Okonjo-Brandt walked back into Norrvik's offices in May 2024, four days after "
    'her own board had fired her, staff lined the stairs and cheered. "I did not expect to be '
    'back so soon," she said that morning.\n\n'
    "In a short statement, the board said it had fired her because she had hidden a licensing "
    "deal with a Gulf fund.\n\n"
    "Tamsin Vorhees-Lak, whose two directors had voted against the firing, was blunt in "
    'public. "We were never asked, and we do not accept being surprised," Vorhees-Lak said.'
    "\n\n"
    'Last March, Norrvik Data was sued by its first donor. "This lawsuit is a rewrite of '
    'history," said Edda Quill-Maren, a Norrvik spokeswoman.'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the sentence right before, about the speaker, says what the words are about
        ("what did vorhees-lak say about the firing", "never asked"),
        # '"…," said X': the speaker after the verb; a spokeswoman speaks for her company
        ("what did quill-maren say", "rewrite of history"),
        ("what did norrvik say about the lawsuit", "rewrite of history"),
    ],
)
def test_who_said_what_and_for_whom(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _NORRVIK, question, said, title="Norrvik news")


_HALDANE = (
    "Haldane Systems was founded in 2014 by Petra Lindqvist-Oduya and Dorota Feldhaus-Kaur. "
    "Lindqvist-Oduya became its chief executive, and Feldhaus-Kaur was named president.\n\n"
    "In 2021 Feldhaus-Kaur, Haldane's president, opened an office in Lagos.\n\n"
    "On May 3, 2024, the board reinstated Lindqvist-Oduya as chief executive, and "
    "Feldhaus-Kaur returned as Haldane's president the same day."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # who runs it: its chief executive before a president told of more often
        ("who runs haldane", "Best match: Petra Lindqvist-Oduya"),
        ("who's running the show at haldane these days", "Best match: Petra Lindqvist-Oduya"),
        ("who is the president of haldane", "Best match: Dorota Feldhaus-Kaur"),
    ],
)
def test_who_runs_it_is_its_chief_executive(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _HALDANE, question, said, title="Haldane news")


def test_a_month_something_is_set_for_is_the_next_one(tmp_path: Path) -> None:
    """ "A first hearing is scheduled for September", in a paragraph told in 2021: the next
    September after the article, not the one after the paragraph's date."""
    story = (
        "Wrenfield Labs was founded in 2018 by Ada Kowalczyk-Breen.\n\n"
        "In January 2021, Kowalczyk-Breen sued Wrenfield Labs. The case dragged on for years. "
        "A first hearing is scheduled for September."
    )
    assert_first_says(tmp_path, story, "when is the first hearing", "September 2025")


_KELPIE = (
    "Kelpie Speech was incorporated as a nonprofit in Dunedin on May 8, 2018. Aroha "
    "Pemberton-Nakoa, a field linguist, became its first chief executive. Her co-founders were "
    "Tomasz Ibarra-Wilde, a speech engineer who became chief technology officer, and Odile "
    "Brandt-Akande, a former broadcast archivist.\n\n"
    "Last November, Ibarra-Wilde left Kelpie Speech along with 11 researchers to found "
    "Echofield, a for-profit speech company."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Her co-founders were …": hers, and the company the story is about
        (
            "who founded kelpie speech",
            "Best match: Aroha Pemberton-Nakoa, Tomasz Ibarra-Wilde and Odile Brandt-Akande",
        ),
    ],
)
def test_her_co_founders_founded_it_with_her(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _KELPIE, question, said, title="Kelpie news")


_MARROW = (
    "Marrowby Labs was started in 2019 by Helen Strandvik, Tomasz Wielgosz and Anouk Feldhaar. "
    "The two later split over strategy, and Wielgosz left in 2021 to start a rival, Fenwick "
    "AI.\n\n"
    "Its first backer was the shipping heir Peter Valkrantz. He pledged $80 million, paid $30 "
    "million up front, and became Marrowby's first chair.\n\n"
    "In 2022 Valkrantz grew frustrated with the pace of research. He withheld the remaining "
    "$50 million of his pledged funding and left the board in August 2022. In January 2023, "
    "a year after Valkrantz walked out, the Dutch drugmaker Pellinor agreed to invest $400 "
    "million in Marrowby Labs.\n\n"
    'In May 2023 Rafael Núñez, the head of safety research, resigned. "I left because safety '
    'had become an afterthought," Núñez said. Marrowby sued him in March 2024, alleging that '
    "Núñez took confidential training data when he left.\n\n"
    "A first hearing is scheduled for October. Marrowby's lawyers say the suit is sound."
)


def test_a_chair_who_left_the_board_holds_it_no_longer(tmp_path: Path) -> None:
    assert_not_led_by(
        tmp_path,
        _MARROW,
        "who is marrowby's chair",
        "Best match: Peter Valkrantz",
        title="Marrowby news",
    )


def test_who_a_clause_of_time_names_does_not_do_what_follows_it(tmp_path: Path) -> None:
    """ "a year after Valkrantz walked out, the Dutch drugmaker Pellinor agreed to invest
    $400 million": the drugmaker's money, not his."""
    assert_not_led_by(
        tmp_path,
        _MARROW,
        "how much did valkrantz put in",
        "Best match: $400 million",
        title="Marrowby news",
    )


def test_the_two_of_three_named_before_are_no_one_in_particular(tmp_path: Path) -> None:
    """ "… started by Strandvik, Wielgosz and Feldhaar. The two later split": which two, the
    article does not say; the one the sentence names left."""
    assert_first_says(tmp_path, _MARROW, "who left to start a rival", "Best match: Tomasz Wielgosz")


def test_why_someone_left_is_not_what_they_did_when_they_left(tmp_path: Path) -> None:
    """ "alleging that Núñez took confidential training data when he left": the leaving
    only places what is alleged in time."""
    assert_first_says(
        tmp_path, _MARROW, "why did nunez quit", "afterthought", title="Marrowby news"
    )


def test_a_month_yet_to_come_dates_nothing_told_after_it(tmp_path: Path) -> None:
    """ "A first hearing is scheduled for October": what follows is not of that October."""
    reply = reply_over(tmp_path, _MARROW, "what do marrowby's lawyers say", title="Marrowby news")
    assert "October" not in first_answer(reply), reply.text


_BRIGHTMOOR = (
    "Brightmoor Labs was founded in 2019 by Odile Fenwick-Ansah, a chemist, and Pavel "
    "Hrabe-Lindqvist, an engineer.\n\n"
    "On March 3, 2024, the board voted five to one to fire Fenwick-Ansah as chief executive. "
    "The only vote against her removal was cast by Hrabe-Lindqvist, who left the board a "
    "month later."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the side asked for: the vote against, though it is told as a noun ("her removal")
        ("who voted against firing fenwick-ansah", "Pavel Hrabe-Lindqvist"),
        ("who cast the only vote against removing the ceo", "Pavel Hrabe-Lindqvist"),
        # and the vote itself, when no side is asked
        ("who voted to fire fenwick-ansah", "Best match: the board"),
    ],
)
def test_who_voted_against_is_the_side_not_the_vote(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _BRIGHTMOOR, question, said, title="Brightmoor news")


_GRIPLINE = (
    "Gripline was founded in 2019 by Sunniva Dahl-Okoro, who became its chief executive.\n\n"
    "The money came from Halvard Strømsnes-Berg, who took the chair of the board. In January "
    "2022 he stepped down as chair and stopped paying. He was replaced by Celestine "
    "Mbeki-Laurent, who had sat on the board since its founding in 2019."
)


def test_a_pronoun_after_a_who_question_is_the_one_answered(tmp_path: Path) -> None:
    """ "who replaced strømsnes-berg as chair" (Mbeki-Laurent): "she" is the one answered,
    and never the man the question named, whom the article calls "he" (his given name is
    in no list of names)."""
    router = router_over(tmp_path, _GRIPLINE, title="Gripline news")
    state = StateStore(tmp_path / "state.db")
    router.state = state
    try:
        asked = router.handle_text("who replaced strømsnes-berg as chair", channel="c")
        assert "Celestine Mbeki-Laurent" in first_answer(asked), asked.text
        reply = router.handle_text("when did she join the board?", channel="c")
        assert reply.title.startswith("When did Celestine Mbeki-Laurent join"), reply.text
    finally:
        state.close()
        router.engine.close()


_FLOODMARK = (
    "Floodmark was founded in 2019 by Maren Osei-Whitlow and Joaquín Brandt-Lindqvist, "
    "a Swedish physicist who became its chief technology officer.\n\n"
    "Brandt-Lindqvist resigned in January 2022. That April he launched Tideway "
    "Analytics, a rival. Pavel Ruiz-Okafor, a Chilean engineer, took over as chief "
    "technology officer.\n\n"
    "Ruiz-Okafor resigned on March 3, 2024. Within weeks the engineer had incorporated "
    "Furrowby Labs in Fresno.\n\n"
    "Osei-Whitlow was ousted in 2025. Since May she has been an adviser to Tideway, "
    "where her former co-founder is chief executive."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "her former co-founder is chief executive" there: another founded it, not she
        ("who founded tideway analytics", "Best match: Joaquín Brandt-Lindqvist"),
        # "the engineer" stands for the one engineer named before
        ("who founded furrowby labs", "Best match: Pavel Ruiz-Okafor"),
    ],
)
def test_who_founded_a_rival_is_not_whose_co_founder_works_there(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _FLOODMARK, question, said, title="Floodmark news")


_FLOODMARK_HEADS = (
    "Floodmark was founded in 2019 by Maren Osei-Whitlow, who became chief executive.\n\n"
    "On November 18, 2024, Floodmark's board voted to remove Osei-Whitlow as chief "
    "executive. Ottilie Brandvold was named interim chief executive the same night.\n\n"
    "Three months later, the Floodmark board settled on a permanent replacement. Kwabena "
    "Asante-Fairweather, a Ghanaian economist who had spent twelve years at the World Bank, "
    "became chief executive on February 16, 2025, and Brandvold went back to being president."
)
_GRIPMARK = (
    "Gripmark was founded in 2019 by Ingrid Vael-Ashby, who became its chief executive. In "
    "2023 Gripmark sold a stake to Castellane Logistics, a warehouse operator.\n\n"
    "In November 2024, Gripmark's board voted to remove Vael-Ashby as chief executive. Priya "
    "Raghavan-Iyer was named interim chief executive that night.\n\n"
    "In February 2025, the board appointed Lukas Brandt-Hofer, who had run Castellane's "
    "automation division, as permanent chief executive. Raghavan-Iyer returned to her post "
    "as president."
)


@pytest.mark.parametrize(
    ("story", "title", "question", "said"),
    [
        # the date a post was taken on is no organisation's name ("on February 16, 2025")
        (_FLOODMARK_HEADS, "Floodmark", "who runs floodmark now", "Kwabena Asante-Fairweather"),
        (_FLOODMARK_HEADS, "Floodmark", "who is the ceo of floodmark", "Asante-Fairweather"),
        # where the holder had worked before is not whose post it is
        (_GRIPMARK, "Gripmark", "who runs gripmark now", "Best match: Lukas Brandt-Hofer"),
        (_GRIPMARK, "Gripmark", "who is the ceo of gripmark", "Best match: Lukas Brandt-Hofer"),
    ],
)
def test_the_head_appointed_last_runs_it(
    tmp_path: Path, story: str, title: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, story, question, said, title=f"{title} news")


_RAINMARK = (
    "Rainmark was founded in 2019 by Maren Oduya-Lund.\n\n"
    "The money came from Casimir Vandergeest. The billionaire, whose family controls the "
    "shipping group Vandergeest Maritiem, pledged $120 million and took the chair of "
    "Rainmark's board.\n\n"
    "The billionaire left the board in October 2022 and was replaced as chair by Rosalind "
    "Efe-Marchetti, a former regulator.\n\n"
    '"Mr. Vandergeest paid less than a third of it," the company said.'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "… left the board in October 2022 and was replaced as chair by …"
        ("who is the chair of rainmark", "Best match: Rosalind Efe-Marchetti"),
        # "The billionaire, whose family …": a description of the one named before, though
        # the family's company bears his name
        ("who is casimir vandergeest", "a billionaire"),
    ],
)
def test_a_description_whose_family_and_a_chair_replaced_after_leaving(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _RAINMARK, question, said, title="Rainmark news")


_RAINMARK_MONEY = (
    "Rainmark was founded in 2019 by Maren Oduya-Lund, a hydrologist, and Tomas "
    "Eklund-Reyes, an engineer.\n\n"
    "The money came from Casimir Vandergeest. The billionaire pledged $120 million that "
    "spring and took the chair of the board.\n\n"
    "By the end of 2020 he had paid $38 million, and after that the transfers stopped.\n\n"
    '"Mr. Vandergeest paid less than a third of it," the company said.'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "The billionaire pledged …" stands for the one named before, and the tycoon asked
        # of is the one person the article calls a billionaire
        ("who is casimir vandergeest", "a billionaire"),
        ("how much did the shipping tycoon actually hand over", "Best match: $38 million"),
        ("how much did the magnate pledge", "Best match: $120 million"),
    ],
)
def test_someone_asked_of_by_what_they_are(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _RAINMARK_MONEY, question, said, title="Rainmark news")


_BRIGHTMOOR_OUSTER = (
    "Brightmoor Labs was founded in 2019 by Odile Fenwick-Ansah, a chemist, who became its "
    "chief executive.\n\n"
    "On March 3, 2024, the board voted four to one to remove Fenwick-Ansah as chief "
    "executive. In a terse statement, the chair, Pavel Hrabe-Lindqvist, said the chemist "
    'had "not been consistently candid" with directors.\n\n'
    "In June 2024, the board appointed Lukas Brandt-Hofer as chief executive."
)


@pytest.mark.parametrize(
    "question",
    [
        # "as ceo" is the post she held, not whoever holds it now
        "why was fenwick-ansah pushed out as ceo",
        # "said the chemist had …": what was said of her, by what she is
        "why did the board fire fenwick-ansah",
    ],
)
def test_why_someone_was_removed_is_what_the_board_said_of_them(
    tmp_path: Path, question: str
) -> None:
    assert_first_says(
        tmp_path, _BRIGHTMOOR_OUSTER, question, "consistently candid", title="Brightmoor news"
    )


_STRANDLINE = (
    "Strandline was founded in 2019 by Maren Oduya-Lund. The money came from Halvard "
    "Strømsby-Berg, who took the chair of the board.\n\n"
    "When Oduya-Lund asked the chair to speed up his payments, he came back with demands "
    "of his own: a board seat for his son and a veto over any licensing deal.\n\n"
    "The board refused. In January 2022, Strømsby-Berg stepped down as chair and stopped "
    "paying altogether.\n\n"
    "Without his money, the lab could not pay for the computing power its models "
    "demanded. In July 2022, Strandline restructured into a capped-profit company.\n\n"
    "With payroll at risk again, the board made the decision that still defines the lab. "
    "In March 2023, it created Strandline Robotics Inc., a for-profit subsidiary, and "
    "sold a stake to Castellane Logistics."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # what was refused right before someone quit
        ("why did strømsby-berg quit as chair", "The board refused."),
        # a lack told right before the act that answered it
        ("why did strandline convert to a capped-profit company", "could not pay"),
        # a risk told in the sentence announcing the decision the next one tells
        ("why did strandline set up a for-profit arm", "payroll at risk"),
    ],
)
def test_why_is_the_lack_or_refusal_told_just_before(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _STRANDLINE, question, said, title="Strandline news")


_RIVERMARK = (
    "Rivermark was founded on March 3, 2019, as a nonprofit research lab. Maren "
    "Oduya-Lund, a hydrologist, became chief executive. Joaquín Abrego-Lindqvist, a "
    "Swedish-Chilean engineer who had built recommendation systems for a streaming "
    "service, took the title of chief technology officer. The third, the physicist "
    "Sunniva Haraldsdottir, was named chief scientist.\n\n"
    "Abrego-Lindqvist resigned in January 2022. Haraldsdottir was promoted to chief "
    "technology officer after his departure. She still holds the job."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "…, a Swedish-Chilean engineer who had built …, took the title of" the post
        ("who was cto when rivermark started", "Best match: Joaquín Abrego-Lindqvist"),
        ("when did the cto walk out", "Best match: January 2022"),
        # the one who left it is not who took it after him
        ("who became cto after abrego-lindqvist left", "Sunniva Haraldsdottir"),
        ("who is the cto", "Best match: Sunniva Haraldsdottir"),
    ],
)
def test_a_title_taken_past_what_someone_is(tmp_path: Path, question: str, said: str) -> None:
    assert_first_says(tmp_path, _RIVERMARK, question, said, title="Rivermark news")


_LAWMARK = (
    "Lawmark was incorporated as a nonprofit on February 6, 2018, with Helene "
    "Marchetti-Oyelaran as chair of its board and Dariusz Kowal-Brandt as chief "
    "technology officer. Courts in three states rely on Lawmark's software.\n\n"
    "In July 2020, the board created a capped-profit subsidiary, Lawmark Research Inc., "
    "that could take investment. The nonprofit Lawmark kept control of it.\n\n"
    "In January 2023, Kowal-Brandt quit as chief technology officer. Within weeks he had "
    "founded a rival, Ratio Labs. Lawmark promoted its head of search, Mei-Ling "
    "Oduya-Park, to CTO that same month."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "a capped-profit subsidiary, Lawmark Research Inc.": a company of its own, and
        # "Lawmark" still the nonprofit
        ("when was lawmark research created", "July 2020"),
        ("when was lawmark founded", "Best match: February 6, 2018"),
        ("who was the first chair of lawmark", "Best match: Helene Marchetti-Oyelaran"),
        # a post in a year: who had it by then
        ("who was lawmark's cto in 2019", "Best match: Dariusz Kowal-Brandt"),
        # "promoted its head of search, Mei-Ling Oduya-Park, to CTO"
        ("who was lawmark's cto in 2024", "Best match: Mei-Ling Oduya-Park"),
        # no sentence says who replaced him: the next to take the post after he quit it
        ("who replaced kowal-brandt as cto", "Best match: Mei-Ling Oduya-Park"),
    ],
)
def test_a_subsidiary_a_post_in_a_year_and_the_next_holder(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _LAWMARK, question, said, title="Lawmark news")


_CADENZA = (
    "Cadenza began with three people and a pledge. Cordelia Haverby, an heiress who had "
    "run her family's record label, recruited Ezra Kallen-Oduya, a former product lead at "
    "a streaming company, as chief executive. Joaquín Ibarra-Wolde, a Chilean-born "
    "musicologist, joined as chief scientist a few weeks after the launch.\n\n"
    "On November 14, 2024, Cadenza's board voted three to one to remove Kallen-Oduya. "
    "Dagfinn Ostby agreed to serve as interim chief executive.\n\n"
    "On February 2, 2025, the board named Ibarra-Wolde permanent CEO."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "recruited X, a former product lead …, as chief executive", and removed later
        # with no post said: the first, before the one named after him
        ("who was the first ceo of cadenza", "Best match: Ezra Kallen-Oduya"),
        ("who is the ceo of cadenza now", "Best match: Joaquín Ibarra-Wolde"),
        # "…, a Chilean-born musicologist, joined as chief scientist"
        ("who is joaquín ibarra-wolde", "a Chilean-born musicologist"),
        ("who was cadenza's chief scientist", "Best match: Joaquín Ibarra-Wolde"),
    ],
)
def test_a_chief_recruited_and_removed_without_the_post_said(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _CADENZA, question, said, title="Cadenza news")


_VESSELRY = (
    "Vesselry was founded in 2019 by Ingrid Tshala-Voss, an atmospheric physicist, who "
    "became its chief executive. Her co-founder at Brightwater Climate, Caspian "
    "Adeyo-Holt, runs the research side of that company.\n\n"
    "Their backer was Lucienne Marchetti-Orsi, the heiress to a Milanese textile fortune. "
    "The heiress pledged $200 million to Vesselry at its launch.\n\n"
    "In October 2024 Tshala-Voss resigned as chief executive after Vesselry lost its "
    "biggest customer. Rohini Vantergaard became chief executive on November 4, 2024.\n\n"
    "The board refused to sue the investor. In April 2025, Vesselry sold its consulting "
    "arm."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the year of another act asked ("who resigned in 2024"), not of the post
        ("who was the ceo who resigned in 2024", "Best match: Ingrid Tshala-Voss"),
        # in a year after one holder left it: not them ("… became chief executive on …" says
        # a person, whatever the given name)
        ("who was vesselry's ceo in 2025", "Best match: Rohini Vantergaard"),
        # "The heiress pledged …" right after the sentence naming her
        ("how much did the heiress pledge", "Best match: $200 million"),
        # "Her co-founder at Brightwater Climate, Caspian Adeyo-Holt"
        ("who co-founded brightwater climate with tshala-voss", "Caspian Adeyo-Holt"),
    ],
)
def test_a_year_asked_of_another_act_and_a_co_founder_elsewhere(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _VESSELRY, question, said, title="Vesselry news")


def test_a_refusal_of_something_else_is_no_reason(tmp_path: Path) -> None:
    """ "The board refused to sue the investor." right before a sale: a refusal of its own,
    not what the sale answered."""
    reply = reply_over(
        tmp_path, _VESSELRY, "why did vesselry sell its consulting arm", title="Vesselry news"
    )
    assert "refused" not in first_answer(reply), reply.text


_LAWMARK_CHIEF = (
    "In August 2020 the board hired Philippe Lachance-Dube, a Quebecois former executive at a "
    "legal publishing house, as chief executive of Lawmark.\n\n"
    "Last summer, Lachance-Dube rushed out a drafting assistant. The lawyer who filed the "
    "first brief it wrote said the citation had been invented.\n\n"
    "Last November, the board removed Lachance-Dube. In a statement, the chair said the "
    'directors had "lost confidence in Mr. Lachance-Dube\'s candor with this board."'
)


@pytest.mark.parametrize(
    "question",
    ["where did lachance-dube work before", "where did lachance-dube work before lawmark"],
)
def test_where_someone_worked_before_is_what_they_were_formerly(
    tmp_path: Path, question: str
) -> None:
    """ "a Quebecois former executive at a legal publishing house": where, though it names no
    company (and never "Mr", of "in Mr. Lachance-Dube's candor")."""
    reply = reply_over(tmp_path, _LAWMARK_CHIEF, question, title="Lawmark news")
    assert "Best match: a legal publishing house" in first_answer(reply), reply.text


def test_the_one_a_clause_picks_out_is_someone_else(tmp_path: Path) -> None:
    """ "The lawyer who filed the first brief …" (no comma): someone the clause tells apart,
    not a description of the one named before."""
    router_over(tmp_path, _LAWMARK_CHIEF, title="Lawmark news").engine.close()
    conn = sqlite3.connect(tmp_path / "index.db")
    roles = [text for (text,) in conn.execute("SELECT text FROM roles")]
    conn.close()
    assert "a lawyer" not in roles, roles


def test_a_competitor_is_a_rival(tmp_path: Path) -> None:
    """ "who left to launch a competitor": "he had founded a rival, Ratio Labs"."""
    reply = reply_over(tmp_path, _LAWMARK, "who left to launch a competitor", title="Lawmark news")
    assert "Dariusz Kowal-Brandt" in first_answer(reply), reply.text


_FLOODMARK_VOTE = (
    "On November 18, 2024, the board of Floodmark voted four to one to remove Maren "
    "Osei-Whitlow as chief executive.\n\n"
    'Osei-Whitlow disputes that account. "Every line of that agreement was reviewed by our '
    'lawyers," she told this newspaper in June. The lone vote against her removal was cast '
    "by Delphine Achterberg-Ruiz, who resigned from the board a week later."
)


def test_a_month_something_was_told_in_is_not_the_storys(tmp_path: Path) -> None:
    """ "she told this newspaper in June": when she said it, not when what follows happened."""
    reply = reply_over(
        tmp_path, _FLOODMARK_VOTE, "when did achterberg-ruiz leave the board", title="Floodmark"
    )
    assert "June" not in first_answer(reply), reply.text


def test_a_trade_said_before_a_name_is_what_they_are(tmp_path: Path) -> None:
    """ "the jazz bassist Lúcia Abernathy-Nkemelu": a profile's first line."""
    text = (
        "The board at the outset had three members: Cordelia Haverby, Dagfinn Ostby and the "
        "jazz bassist Lúcia Abernathy-Nkemelu, who was meant to speak for artists."
    )
    assert_first_says(tmp_path, text, "who is lúcia abernathy-nkemelu", "a jazz bassist")


_VESSELRY_HEADS = (
    "Vesselry was founded in 2018 by Ingrid Tshala-Voss, an atmospheric physicist, and "
    "Caspian Adeyo-Holt, a software engineer.\n\n"
    "Tshala-Voss stepped down as chief executive in 2022. Her replacement was Wendelin "
    "Sato-Marsh, a meteorologist. Sato-Marsh became chief executive in January 2023.\n\n"
    "In October 2024 Sato-Marsh resigned as chief executive. Rohini Vantergaard became chief "
    "executive on November 4, 2024."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Her replacement was Wendelin Sato-Marsh": whom he replaced, not who replaced him
        ("who replaced sato-marsh as chief executive", "Best match: Rohini Vantergaard"),
        ("who replaced tshala-voss as chief executive", "Best match: Wendelin Sato-Marsh"),
    ],
)
def test_a_replacement_named_is_the_one_who_came_after(
    tmp_path: Path, question: str, said: str
) -> None:
    assert_first_says(tmp_path, _VESSELRY_HEADS, question, said, title="Vesselry news")


def test_whose_co_founder_is_asked_is_not_the_answer(tmp_path: Path) -> None:
    """ "who is tshala-voss's co-founder": never Tshala-Voss herself."""
    assert_not_led_by(
        tmp_path,
        _VESSELRY_HEADS,
        "who is tshala-voss's co-founder",
        "Best match: Ingrid Tshala-Voss",
        title="Vesselry news",
    )


def test_where_someone_joined_from_is_where_they_were_before(tmp_path: Path) -> None:
    """ "had joined from Harrowgate Systems": where he came from, not where he works."""
    text = (
        "Quillmark, a Toronto startup, builds evaluation software. Kestutis Marangoni, an "
        "engineer, had joined from Harrowgate Systems in 2020 and had run Quillmark's "
        "evaluation team ever since."
    )
    assert_not_led_by(
        tmp_path, text, "where does marangoni work", "Best match: Harrowgate", title="Quillmark"
    )
