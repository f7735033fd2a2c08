"""Role questions are answered from the roles the articles give people, and a role named
in place of a person ("the ceo") stands for the person who holds it."""

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.reply import Reply
from bot.router import Router
from knowledge.engine import Engine
from knowledge.roles import normalize
from tests.one_article import assert_first_says, assert_not_led_by, reply_over, router_over


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("who is the ceo of openai", "Sam Altman"),
        ("hey who runs deepmind", "Demis Hassabis"),
        ("who was openai's cto", "Mira Murati"),
        ("Who runs Microsoft?", "Satya Nadella"),
        # "CTO Greg Brockman (now president)" in an article about OpenAI; Google and
        # Facebook named later in the sentence are not his
        ("who is the president of openai", "Greg Brockman"),
    ],
)
def test_role_question_names_the_holder_first(engine: Engine, question: str, holder: str) -> None:
    found = engine.ask(question)
    assert found.confident
    assert found.answers[found.hits[0].passage.id] == holder
    # The passage shown first says so in its own words.
    assert holder.split()[-1] in found.hits[0].passage.text


def test_present_tense_skips_former_holders(engine: Engine) -> None:
    # The only chief scientist the articles name is "the former Chief Scientist": no one is
    # said to hold the role now, so nothing is a "Best match"; asked in the past, he is.
    assert not engine.ask("who is the chief scientist").confident
    when = engine.when("did the chief scientist quit")
    assert when.frame is not None and when.frame.subject is not None
    assert when.frame.subject.name == "Ilya Sutskever"


def test_a_vice_president_is_not_the_president(engine: Engine) -> None:
    found = engine.ask("who is the president of openai")
    assert not found.confident or found.answers.get(found.hits[0].passage.id) != "Barret Zoph"


def test_a_role_at_another_company_is_no_answer(engine: Engine) -> None:
    found = engine.ask("who is the ceo of openai")
    assert set(found.answers.values()) == {"Sam Altman"}  # not "Microsoft's CEO" beside it


def test_founding_is_answered_from_the_sentence_that_tells_it(engine: Engine) -> None:
    found = engine.ask("who founded openai")
    assert "co-founded OpenAI with Sam Altman" in found.hits[0].passage.text


def test_a_role_stands_for_its_holder(engine: Engine) -> None:
    found = engine.when("did the ceo come back")
    assert found.frame is not None and found.frame.subject is not None
    assert found.frame.subject.name == "Sam Altman"
    assert found.events[found.hits[0].passage.id].label == "November 2023"


def test_a_question_asking_more_than_a_role_is_not_a_role_lookup(engine: Engine) -> None:
    # "led" is not a title here: the round's leader is the agent of a passive sentence.
    found = engine.ask("who led the funding round")
    assert found.answers[found.hits[0].passage.id] == "Thrive Capital"


def test_a_profile_says_who_they_are_and_what_they_did_first(router: Router) -> None:
    reply = router.handle_text("who is murati")
    assert reply.title == "Mira Murati"
    assert "OpenAI's Chief Technology Officer" in reply.intro
    assert "resigned" in reply.intro


def test_a_profile_leads_with_turning_points(engine: Engine) -> None:
    musk = next(e for e in engine.entities() if e.name == "Elon Musk")
    shown = [e.passage.text for e in engine.profile(musk).events[:8]]
    assert any("left the board in February 2018" in t for t in shown)
    assert any("founded his own AI startup xAI" in t for t in shown)


def test_a_title_beside_a_current_one_is_the_earlier_one(engine: Engine) -> None:
    brockman = next(e for e in engine.entities() if e.name == "Greg Brockman")
    status = {r.text: r.status for r in engine.profile(brockman).roles}
    assert status["now president"] == "current" and status["CTO"] == "former"


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (
            ("OpenAI's Chief Technology Officer", "OpenAI CTO", "the CTO of OpenAI",
             "chief technology officer (OpenAI)"),
            "openai|chief technology officer",
        ),
        (("then-CTO", "Chief Technology Officer", "CTO"), "chief technology officer"),
        # when it was held is not whose it is
        (
            ("chief executive of Quorra in 2019", "Quorra CEO since March 2021",
             "chief executive of Quorra"),
            "quorra|chief executive officer",
        ),
    ],
)  # fmt: skip
def test_spellings_of_one_title_merge(spellings: tuple[str, ...], key: str) -> None:
    assert {normalize(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the then-president of Y Combinator", "OpenAI's president"),
        ("Y Combinator's president", "OpenAI's president"),
        ("Tesla CEO", "SpaceX CEO"),
    ],
)
def test_a_title_at_another_organisation_stays_apart(one: str, other: str) -> None:
    assert normalize(one) != normalize(other)


def test_a_title_left_later_is_no_longer_held(tmp_path: Path) -> None:
    """ "became chief executive of Quorra in 2019" and "stepped down as chief executive of
    Quorra" are one title: he is not the chief executive now."""
    text = (
        "Omar Castel became chief executive of Quorra in 2019.\n\nIn 2023 Omar Castel "
        "stepped down as chief executive of Quorra."
    )
    reply = reply_over(tmp_path, text, "who is the ceo of quorra")
    assert not reply.intro.startswith("Best match: Omar Castel"), reply.text


def test_a_relative_date_in_a_role_is_resolved(router: Router) -> None:
    profile = router.handle_text("who musk").text
    assert "founded his own AI startup xAI last year (2023)" in profile


def test_role_rows_narrowed_in_sql_are_the_ones_a_title_matches(
    seed_index: Path, tmp_path: Path
) -> None:
    """SQLite narrows the role rows a "who is the CEO" question reads; every row the words
    match is still among them, and a role in other letters is never dropped."""
    from knowledge.answering.roles import _roles_saying
    from knowledge.role_families import says as _says

    copy = tmp_path / "index.db"
    shutil.copyfile(seed_index, copy)
    conn = sqlite3.connect(copy)
    for wanted in (("ceo", "chief executive"), ("cto",), ("president",), ("founder",)):
        every, _named = _roles_saying(conn, ())
        narrowed, _named = _roles_saying(conn, wanted)
        assert len(narrowed) < len(every)
        assert [r for r in every if _says(r[1], wanted)] == [
            r for r in narrowed if _says(r[1], wanted)
        ]
        assert [r for r in every if _says(r[1], wanted)]
    conn.execute("UPDATE roles SET text = 'ＣＥＯ of Lumaris' WHERE id = 1")
    assert any(r[1].startswith("ＣＥＯ") for r in _roles_saying(conn, ("ceo",))[0])
    # the passages among them that name an asked organisation: exactly the ones the mentions say
    rows, named = _roles_saying(conn, ("ceo", "chief executive"), ["openai"])
    mentioned = {
        r[0]
        for r in conn.execute(
            "SELECT m.passage_id FROM mentions m JOIN entities n ON n.id = m.entity "
            "WHERE n.key = 'openai'"
        )
    }
    assert named == {r[2] for r in rows} & mentioned and named
    conn.close()


QUORRA = """Quorra was founded in 2019 by Dana Whitfield and Omar Castel. Whitfield became chief
executive. As chief executive, Dana Whitfield raised $40 million in 2021.

In October 2024, the board voted to remove Dana Whitfield as chief executive. The next day,
the board named chief financial officer Priya Lindqvist interim chief executive.

On Monday, the board made Priya Lindqvist's appointment permanent. Omar Castel said the
company was "in good hands".
"""


def test_appointments_and_removals_decide_who_holds_a_role_now(tmp_path: Path) -> None:
    """Named interim chief executive, then made permanent: she runs it now; the founder
    removed as chief executive does not, though he held it before. A role given
    in an article about the company is the company's, though the sentence does not name it."""
    router = router_over(
        tmp_path, QUORRA, title="Inside Quorra: the founders and the fight for the company"
    )
    try:
        for question in (
            "who runs quorra now",
            "who is the current ceo",
            "who is the ceo of quorra",
        ):
            reply = router.handle_text(question)
            assert "Best match: Priya Lindqvist" in reply.intro, (question, reply.text)
        before = router.handle_text("who was the ceo of quorra in 2019")
        assert "Whitfield" in before.text, before.text  # asked in the past, he is a holder
    finally:
        router.engine.close()


def _asked(tmp_path: Path, text: str, title: str, question: str) -> Reply:
    """The reply to `question` from an index of one article."""
    router = router_over(tmp_path, text, title=title)
    try:
        return router.handle_text(question)
    finally:
        router.engine.close()


def test_a_role_given_again_after_a_removal_is_held(tmp_path: Path) -> None:
    """Removed as chief executive, then named chief executive again: holds it now."""
    reply = _asked(
        tmp_path,
        "In 2023 the board voted to remove Dana Whitfield as chief executive. In 2024 Dana "
        "Whitfield was named chief executive again.",
        "Inside Quorra: a comeback",
        "who is the current ceo",
    )
    assert "Best match: Dana Whitfield" in reply.intro, reply.text


@pytest.mark.parametrize(
    ("text", "question", "holder", "not_holder"),
    [
        (  # a role left at another company leaves this one's alone
            "Dana Whitfield is the chief executive of Quorra. Before Quorra, Dana Whitfield "
            "resigned as chief executive of Bramble Foods in 2021.",
            "who is the ceo of quorra",
            "Dana Whitfield",
            "",
        ),
        (  # a removal that did not happen is none
            "Dana Whitfield, a former banker, became chief executive of Quorra in 2019. In 2024 "
            "investors tried "
            "to oust Dana Whitfield as chief executive, but the board backed her.",
            "who is the ceo of quorra",
            "Dana Whitfield",
            "",
        ),
        (  # "he" after a sentence naming two people is not given a title
            "Dana Whitfield founded Quorra in 2019 and hired Omar Castel as its first engineer "
            "in 2020. In 2024 he was named chief executive.",
            "who is the ceo of quorra",
            "",
            "Dana Whitfield",
        ),
        (  # a chief named after another company, in an article about this one, is not its
            "Quorra sells robots. Its main rival is Bramble Robotics. Chief executive Lucien "
            "Pardoe said Bramble would cut prices.",
            "who is the ceo of quorra",
            "",
            "Lucien Pardoe",
        ),
        (  # named to succeed someone: the title is the successor's
            "The board named Omar Castel to succeed Dana Whitfield as chief executive of Quorra.",
            "who is the current ceo of quorra",
            "",
            "Dana Whitfield",
        ),
    ],
)
def test_who_holds_a_role_reads_what_happened_to_whom(
    tmp_path: Path, text: str, question: str, holder: str, not_holder: str
) -> None:
    router = router_over(tmp_path, text, title="Inside Quorra: the people")
    try:
        reply = router.handle_text(question)
        if holder:
            assert f"Best match: {holder}" in reply.intro, reply.text
        if not_holder:
            assert f"Best match: {not_holder}" not in reply.intro, reply.text
    finally:
        router.engine.close()


@pytest.mark.parametrize(
    ("text", "question", "holder"),
    [
        (  # an organisation named after the holder is not the one the title is of
            "Quorra Labs hired Omar Castel in 2019. Dana Whitfield urged Omar Castel and CTO "
            "Priya Lindqvist (now president) to raise more money than giants like Bramble "
            "Robotics.",
            "who is the president of quorra labs",
            "Priya Lindqvist",
        ),
        (  # past the end of the holder's clause, it is what the sentence goes on to
            "Quorra Labs hired Omar Castel in 2019. Dana Whitfield urged Omar Castel and CTO "
            "Priya Lindqvist (now president) to raise money, warning them that Bramble "
            "Robotics had more.",
            "who is the president of quorra labs",
            "Priya Lindqvist",
        ),
        (  # one named before the holder, in the same sentence, is
            "Quorra Labs sells robots. Rival Bramble Robotics struggled, and chief executive "
            "Lucien Pardoe cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # so is one in the holder's own relative clause
            "Quorra Labs sells robots. Chief executive Lucien Pardoe, who runs Bramble "
            "Robotics, backed the lab.",
            "who is the ceo of quorra labs",
            "",
        ),
        (
            "Quorra Labs sells robots. Chief executive Lucien Pardoe, whose company Bramble "
            "Robotics invested billions, called the move a mistake.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # a sentence opening with the holder takes its company from the one before...
            "Its main rival is Bramble Robotics. Chief executive Lucien Pardoe cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # ...which may be the asked one
            "Quorra Labs sells robots. Chief executive Lucien Pardoe cut prices.",
            "who is the ceo of quorra labs",
            "Lucien Pardoe",
        ),
        (  # "the company" before the holder is a guess: the sentence before still counts
            "Quorra Labs makes robots for warehouses.\n\nLast week Bramble Robotics announced "
            "layoffs. At the company, chief executive Lucien Pardoe cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # a relative clause between dashes is the holder's too
            "Quorra Labs sells robots. Chief executive Lucien Pardoe — who runs Bramble "
            "Robotics — cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # and so is a participle right after the holder
            "Quorra Labs sells robots. Chief executive Lucien Pardoe, speaking for Bramble "
            "Robotics, cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # a company whose name ends in "-ing" is no participle
            "Quorra Labs sells robots. Chief executive Lucien Pardoe, Sterling Robotics' "
            "former head of research, cut prices.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # nor later in the clause ("…, Sterling Robotics said": the sentence goes on)
            "Quorra Labs sells robots. Chief executive Lucien Pardoe cut prices at the plant, "
            "Sterling Robotics said.",
            "who is the ceo of quorra labs",
            "",
        ),
        (  # two holders: each by what comes before them and in their own clause
            "Quorra Labs sells robots. Chief executive Dana Whitfield cut prices, saying "
            "Bramble Robotics and its chief executive Lucien Pardoe had forced the move.",
            "who is the ceo of quorra labs",
            "Dana Whitfield",
        ),
    ],
)
def test_a_plain_title_is_the_articles_unless_another_company_comes_before_it(
    tmp_path: Path, text: str, question: str, holder: str
) -> None:
    """A title naming no company, in an article about one, is that company's, unless
    another is named before the holder (in the sentence, or the one before when the
    sentence opens with the holder)."""
    router = router_over(tmp_path, text, title="Inside Quorra Labs: the people")
    try:
        reply = router.handle_text(question)
        if holder:
            assert f"Best match: {holder}" in reply.intro, reply.text
        else:
            assert "Best match" not in reply.intro, reply.text
            assert "Pardoe" in reply.text, reply.text  # read, and not taken for the holder
    finally:
        router.engine.close()


def test_a_past_role_in_a_passage_saying_the_other_words_holds_it(tmp_path: Path) -> None:
    """ "who was the ceo in boston": a former chief executive, in the sentence saying
    Boston, held it (asked in the past, a former title counts)."""
    reply = _asked(
        tmp_path,
        "Former CEO Dana Whitfield spoke in Boston about Quorra Labs. Quorra Labs CEO Omar "
        "Castel said the acquisition would close.",
        "Quorra Labs news",
        "who was the ceo in boston",
    )
    assert "Best match: Dana Whitfield" in reply.intro, reply.text


@pytest.mark.parametrize("question", ["who was the interim ceo", "who is the cfo"])
def test_a_role_no_one_is_given_is_answered_as_a_question_not_looked_up_as_a_name(
    router: Router, question: str
) -> None:
    """No article names an interim CEO or a CFO: the reply says what the articles come
    closest to, hedged, instead of "no one by that name" or an organisation whose name
    looks like "cfo" ("Allen & Co.")."""
    reply = router.handle_text(question)
    assert reply.title.startswith("“"), reply.text  # the question answered
    assert "by that name" not in reply.text and "Organisation" not in reply.text, reply.text
    assert "Best match" not in reply.intro, reply.text


def test_a_company_the_article_points_at_counts_where_it_is_said(tmp_path: Path) -> None:
    """ "At the company, chief executive Lucien Pardoe …" in an article about two companies:
    "the company" (the first the title names) comes before the holder, so the title is not
    the other one's."""
    reply = _asked(
        tmp_path,
        "The deal was signed on Friday. At the company, chief executive Lucien Pardoe cut prices.",
        "Quorra Labs and Bramble Robotics sign a deal",
        "who is the ceo of bramble robotics",
    )
    assert "Best match: Lucien Pardoe" not in reply.intro, reply.text
    # offered as the closest, a person: "the company" before the title is no chief
    assert "(Lucien Pardoe)" in reply.intro, reply.text


def test_mentions_are_numbered_in_text_order(tmp_path: Path) -> None:
    """ "the company" is placed where it is said, before the chief it comes before (what a
    title's holder reads as named before them is read from the numbering)."""
    router = router_over(
        tmp_path,
        "The deal was signed on Friday. At the company, chief executive Lucien Pardoe cut prices.",
        title="Quorra Labs and Bramble Robotics sign a deal",
    )
    try:
        named = router.engine._conn().execute(
            "SELECT n.key FROM mentions m JOIN entities n ON n.id = m.entity "
            "JOIN passages p ON p.id = m.passage_id WHERE p.text LIKE 'At the company%' "
            "ORDER BY m.ord"
        )
        assert [str(r[0]) for r in named] == ["quorra-labs", "lucien-pardoe"]
    finally:
        router.engine.close()


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("who cto muratti", "Mira Murati"),
        ("who is cto mira murati", "Mira Murati"),
        ("who ceo sam altmn", "Sam Altman"),
        ("who former cto murati", "Mira Murati"),
    ],
)
def test_a_title_and_a_name_ask_about_that_person(
    router: Router, question: str, person: str
) -> None:
    """The title is how the asker knows them: the reply is that person's, not the title's
    other holders' (it was "Best match: Satya Nadella" to "who ceo sam altmn")."""
    reply = router.handle_text(question)
    assert reply.title == person, reply.text
    assert "Best match" not in reply.intro, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who was ceo before altman",
        "who is the ceo of openai",
        "who ceo at openai",
        "who is altman's cto",  # his CTO: someone else
        "who is the chair bret",  # Barret Zoph is close to "bret", and no chair
    ],
)
def test_a_title_with_more_than_a_name_is_asked(router: Router, question: str) -> None:
    """ "before altman", "of openai": the title's holder is asked for, not Altman's page."""
    reply = router.handle_text(question)
    assert "Person in the articles" not in reply.intro, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who was ceo before altman",
        "who was the ceo after altman",
        "who was the openai ceo before the current one",
    ],
)
def test_a_holder_tied_to_someone_named_is_a_guess(router: Router, question: str) -> None:
    """Who came before or after a person is not in the roles: a chief executive is offered
    as the closest found, never as the answer."""
    reply = router.handle_text(question)
    assert "Best match" not in reply.intro, reply.text
    assert reply.citations, reply.text


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (
            " resurfaced as chief technology officer of Tallgrass Compute, a start-up",
            "chief technology officer of Tallgrass Compute",
        ),
        (
            " joined Tessary, a Boston rival backed by Alder Point Capital, as president.",
            "president (Tessary)",
        ),
        (" returned as chief executive five days later.", "chief executive"),
        (" was described as a genius by his peers.", None),
        (" worked as a nurse.", None),  # no title
        # another clause before "as" is another's role; a stint told is no role taken up
        (" joined Halden Labs, where her brother worked as chief financial officer.", None),
        (" joined Quorra Labs in 2015 and later left to co-found Bramble as its CEO.", None),
        (" served as chief executive of Quorra Systems from 2010 to 2016.", None),
        (" joined the call as the chief executive spoke.", None),
        (" joined Quorra, which the press described as a founder's dream.", None),
    ],
)
def test_a_role_taken_up_is_the_subjects(after: str, role: str | None) -> None:
    from knowledge.roles import _took_up

    took = _took_up(after, [])
    assert (took[0] if took else None) == role
    # someone named before "as" is the one taking it up
    assert _took_up(" left, and then Dana Wu joined as CTO.", [len(" left, and then ")]) is None


WORKPLACE_ARTICLE = (
    "Omar Castel was chief technology officer of Quorra for six years. In March 2023 Castel "
    "resigned. In January 2024 Castel resurfaced as chief technology officer of Bramble "
    "Robotics, a rival. Lena Ostrova joined Halden Labs as president in 2022. In 2025 Ostrova "
    "left Halden Labs. On March 11, 2024, Ines Marlow stepped down as chief executive and was "
    "named chief scientist."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("where does castel work now", "Best match: Bramble Robotics"),
        ("who does castel work for these days", "Best match: Bramble Robotics"),
        ("where did castel go after he left quorra", "Best match: Bramble Robotics"),
        # she left the only company her roles name: no workplace now, her leaving first
        ("where does ostrova work now", None),
        # a job: the latest role not left since (leaving one title is not leaving the next)
        ("whats marlow's job these days", "Best match: chief scientist"),
        ("what does castel do now", "Best match: chief technology officer of Bramble Robotics"),
    ],
)
def test_where_someone_works_is_read_from_their_roles(
    tmp_path: Path, question: str, said: str | None
) -> None:
    reply = reply_over(tmp_path, WORKPLACE_ARTICLE, question, title="Quorra's founders scatter")
    if said is None:
        assert reply.intro.startswith("The closest I found —"), reply.text
        assert "left Halden Labs" in reply.sections[0].items[0].text, reply.text
    else:
        assert reply.intro.startswith(said), reply.text


EARLIER_ARTICLE = (
    "In August 2022, the board of Ormsby Hollow hired Marguerite Achterberg-Nwosu, previously "
    "chief operating officer of Belvane Dairy Foods, as chief executive. On the night before "
    "the vote, Achterberg-Nwosu was in Green Bay."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # asked with no verb of working, "before that" still asks of the job before
        ("where was achterberg-nwosu before that", "Best match: Belvane Dairy Foods"),
        (
            "what did achterberg-nwosu do before",
            "Best match: chief operating officer of Belvane Dairy Foods",
        ),
        # not where she was at a time, nor what she did
        ("where was achterberg-nwosu in 2022", "The closest I found"),
        ("what did achterberg-nwosu do", "What the articles say"),
        ("where was achterberg-nwosu before dinner", "Best match: Green Bay"),
        ("where was achterberg-nwosu the night before", "Best match: Green Bay"),
        ("where was achterberg-nwosu earlier", "Best match: Green Bay"),
    ],
)
def test_where_someone_was_before_is_their_job_before(
    tmp_path: Path, question: str, said: str
) -> None:
    reply = reply_over(tmp_path, EARLIER_ARTICLE, question, title="Ormsby Hollow's new chief")
    assert reply.intro.startswith(said), reply.text


def test_a_job_left_the_day_it_is_named_is_no_job_now(engine: Engine) -> None:
    """ "OpenAI's Chief Technology Officer Mira Murati resigned": asked her job, the bot
    is not sure of one (the resignation shown); Brockman's "(now president)" is his."""
    murati = engine.ask("what is murati's role")
    assert not murati.confident
    assert "resign" in murati.hits[0].passage.text
    brockman = engine.ask("what's brockman's job")
    assert brockman.confident and brockman.answers[brockman.hits[0].passage.id] == "president"


TRICKY_WORKPLACE_ARTICLE = (
    "Omar Castel joined Bramble Robotics as chief executive in 2020. Castel's wife, Lena "
    "Ostrova, is a partner at Halden Capital. Alder Point Ventures offered Castel a job in "
    "2021, but Castel turned it down. In 2023 Quorra co-founder Hollis Grey spoke at a "
    "conference. Grey served as chief executive of Quorra Systems from 2010 to 2016."
)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("where does castel's wife work", "Best match: Bramble"),  # not Castel's own roles
        ("where did castel refuse to work", "Best match: Bramble"),
        ("where did castel work when he was at bramble robotics", "Best match: Halden"),
        # a co-founder is not where someone works; a stint with an end is over
        ("where does grey work now", "Best match: Quorra"),
        ("who is the ceo of quorra systems", "Best match: Hollis Grey"),
    ],
)
def test_where_someone_works_is_only_what_their_roles_say_of_now(
    tmp_path: Path, question: str, wrong: str
) -> None:
    assert_not_led_by(
        tmp_path, TRICKY_WORKPLACE_ARTICLE, question, wrong, title="Quorra's founders scatter"
    )


@pytest.mark.parametrize(
    ("text", "question", "wrong"),
    [
        # what the person did later, told in words the roles do not keep, makes it a guess
        (
            "Dario Brandt joined Apple as a director in 2020. He retired in 2023.",
            "whats brandt's job",
            "Best match: a director",
        ),
        (
            "Omar Castel joined Meta as a vice president in 2019. Since 2023 Castel has worked "
            "at Stanford University.",
            "where does castel work now",
            "Best match: Meta",
        ),
        (
            "Lena Ostrova joined Helix Bio as chief financial officer in 2020. In 2021 Ostrova "
            "was replaced by Ada Sorensen.",
            "what is ostrova's role",
            "Best match: chief financial officer",
        ),
        # other wordings of a departure
        (
            "Dario Brandt joined Apple as a director in 2020. In 2023 Brandt was dismissed.",
            "whats brandt's job",
            "Best match: a director",
        ),
        (
            "Omar Castel joined Meta as a vice president in 2019. Meta and Castel parted ways "
            "in 2022.",
            "where does castel work now",
            "Best match: Meta",
        ),
        (
            "Lena Ostrova joined Helix Bio as chief financial officer in 2020. Ostrova stepped "
            "away last spring and handed the job to Ada Sorensen.",
            "what is ostrova's role",
            "Best match: chief financial officer",
        ),
        (
            "Ada Odunsi, a researcher at Google before founding Kestrel AI, spoke on Monday.",
            "where does odunsi work now",
            "Best match: Google",
        ),
        # the sentence makes the role a past one
        (
            "Lena Ostrova was formerly chief operating officer of Brightwave Labs.",
            "what's ostrova's role",
            "Best match: chief operating officer",
        ),
        # "after the conference" does not ask where she works
        (
            "Ada Odunsi joined Northgate Ventures as a partner in 2021. After the conference, "
            "Odunsi flew to Lagos.",
            "where did odunsi go after the conference",
            "Best match: Northgate",
        ),
        # "head of product" is no bare "head"; "joined Corvid" is where, not a job
        (
            "Gita Rao joined Corvid Systems as head of product.",
            "what's rao's job",
            "Best match: head.",
        ),
    ],
)
def test_a_role_the_article_later_undoes_is_no_sure_answer(
    tmp_path: Path, text: str, question: str, wrong: str
) -> None:
    assert_not_led_by(tmp_path, text, question, wrong, title="People on the move")


def test_where_someone_works_that_their_roles_cannot_say_is_a_guess(tmp_path: Path) -> None:
    text = "Sam Ito, a partner at Northgate Ventures, said Priya Renwick had moved to Fernway."
    reply = reply_over(tmp_path, text, "where does renwick work now")
    assert not reply.intro.startswith("Best match: Northgate"), reply.text


def test_a_pronoun_the_article_never_used_for_someone_is_not_theirs(tmp_path: Path) -> None:
    """The article calls Castel "he": "She returned as chief scientist" is someone else's
    news, not Castel's role."""
    text = (
        "Omar Castel joined Quorra in 2019. He led its chip team for two years. In 2023 "
        "Castel spoke at a conference in Austin. She returned as chief scientist in 2024."
    )
    reply = reply_over(tmp_path, text, "what is castel's job", title="Quorra's people")
    assert not reply.intro.startswith("Best match: chief scientist"), reply.text


@pytest.mark.parametrize("cap", [1, 3])
@pytest.mark.parametrize(
    "question",
    [
        "who is the ceo",
        "who is the ceo of openai",
        "who was the ceo of openai",
        "who runs openai",
        "who was the cto of openai",
        "who is the president of openai",
        "who is the chief scientist",
        "who was the chief scientist of openai",
        "who is the ceo of microsoft",
    ],
)
def test_the_busiest_holders_weighed_from_their_first_rows_answer_the_same(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, question: str, cap: int
) -> None:
    """A person with thousands of rows of a title is weighed from the first few when those
    already settle their rank; the reply is the one weighing every row gives. Here everyone
    is "busy" and the first few are `cap` rows, so that the seed articles' holders take that
    path (with 3 rows, every question naming OpenAI settles its holder from them)."""
    from knowledge.answering import roles

    router = Router(engine)
    whole = router.handle_text(question).text
    settled: list[str] = []
    leading = roles._Weighing.leading

    def spied(self: roles._Weighing, key: str, *, beat: float) -> object:
        found = leading(self, key, beat=beat)
        if found is not None:
            settled.append(key)
        return found

    monkeypatch.setattr(roles, "_HEAVY", 0)
    monkeypatch.setattr(roles, "_ROW_CAP", cap)
    monkeypatch.setattr(roles._Weighing, "leading", spied)
    assert router.handle_text(question).text == whole
    if cap == 3 and "openai" in question:
        assert settled, "the path from the first rows was not taken"


@pytest.mark.parametrize(
    "text",
    [
        # the first row only sits beside OpenAI's name (and Microsoft's, near him), a later
        # one names it in the title: weighed from the first row alone, the reply would show
        # the weaker one
        "OpenAI and Microsoft met in Austin in 2020. Chief technology officer Omar Castel spoke "
        "for OpenAI at the meeting.\n\nIn 2021 OpenAI named Omar Castel as chief technology "
        "officer of OpenAI Systems.",
        # a role left after the rows read still ends it
        "Omar Castel became chief technology officer of OpenAI in 2019.\n\nIn 2023 Omar "
        "Castel stepped down as chief technology officer of OpenAI.",
        # the first row names OpenAI: settled from it, the same holder, role and passage
        "Omar Castel became chief technology officer of OpenAI in 2019.\n\nIn 2021 Omar "
        "Castel, OpenAI's chief technology officer, spoke in Austin.",
    ],
)
def test_a_busy_holder_s_first_rows_settle_nothing_a_later_one_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Weighed from their first row, a holder (the role and passage shown, and whether they
    hold it still) is the one all their rows give, and so is the reply."""
    from knowledge.answering import roles

    found: list[list[roles.Holder]] = []
    holders = roles.holders

    def spied(*args: Any, **kwargs: Any) -> list[roles.Holder]:
        found.append(holders(*args, **kwargs))
        return found[-1]

    monkeypatch.setattr(roles, "holders", spied)
    router = router_over(tmp_path, text, title="A meeting in Austin")
    try:
        whole = router.handle_text("who is the cto of openai").text
        held = list(found)
        monkeypatch.setattr(roles, "_HEAVY", 0)
        monkeypatch.setattr(roles, "_ROW_CAP", 1)
        settled: list[object] = []
        leading = roles._Weighing.leading

        def settling(self: roles._Weighing, key: str, *, beat: float) -> object:
            settled.append(leading(self, key, beat=beat))
            return settled[-1]

        monkeypatch.setattr(roles._Weighing, "leading", settling)
        found.clear()
        assert router.handle_text("who is the cto of openai").text == whole
        assert found == held
        # the last text is settled from the first row; the others cannot be
        assert any(s is not None for s in settled) == ("spoke in Austin" in text), settled
    finally:
        router.engine.close()


def test_people_who_can_at_best_lose_a_tie_are_not_weighed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forty presidents of OpenAI with a row each: once three are weighed, the rest can at
    best tie them, and a tie goes to the latest, then the earliest row; those whose latest
    and first row cannot win it are passed over, and the reply is the one weighing them all
    gives."""
    from knowledge.answering import roles

    firsts = ["Ada", "Bram", "Cora", "Dev", "Elin", "Finn", "Gia", "Hugo", "Ines", "Jon"]
    names = [f"{f} {last}" for last in ["Abbot", "Barrow", "Colter", "Dunmore"] for f in firsts]
    text = "\n\n".join(
        f"OpenAI president {name} spoke in Austin in {2000 + i % 20}."
        for i, name in enumerate(names)
    )
    passed_over: list[str] = []
    may_beat = roles._may_beat

    def spied(count: roles._Count, ceiling: float, bar: tuple[float, int, int]) -> bool:
        beats = may_beat(count, ceiling, bar)
        if not beats:
            passed_over.append(count.key)
        return beats

    router = router_over(tmp_path, text, title="OpenAI's presidents")
    try:
        monkeypatch.setattr(roles, "_may_beat", spied)
        quick = router.handle_text("who is the president of openai").text
        monkeypatch.setattr(roles, "_may_beat", lambda *_args: True)
        whole = router.handle_text("who is the president of openai").text
    finally:
        router.engine.close()
    assert passed_over
    assert quick == whole
    assert whole.count("OpenAI president") == 3, whole


ARDENT_ARTICLE = (
    "Priya Valdane and Tomasz Herrold founded Ardent Robotics on February 12, 2018. Valdane "
    "became chief executive and Herrold took the title of chief technology officer.\n\n"
    "On July 14, 2025, the board named Naomi Achterberg, previously chief operating officer "
    "of Lakeshore Health, a hospital network, as permanent chief executive. Achterberg said "
    "the company was growing again.\n\nIn June 2024, Herrold resigned to become chief "
    "scientist at Lumenforge Automation, a Pittsburgh rival. That September, Ardent sued "
    "Lumenforge. Lumenforge denied the claims."
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        # the first is the earliest holder, not the best known
        ("who was the first ceo", "Best match: Priya Valdane", None),
        ("who was ardent's first chief executive", "Best match: Priya Valdane", None),
        ("who is the ceo of ardent", "Best match: Naomi Achterberg", None),
        # no one runs Lumenforge in the article: never Ardent's chief, never a profile
        ("who runs lumenforge", None, "Best match: Naomi Achterberg"),
        ("who heads lumenforge", None, "Organisation in the articles"),
    ],
)
def test_who_held_a_title_first_and_who_runs_a_company_unnamed(
    tmp_path: Path, question: str, said: str | None, wrong: str | None
) -> None:
    reply = reply_over(tmp_path, ARDENT_ARTICLE, question, title="Ardent's long slide")
    if said is not None:
        assert reply.intro.startswith(said), reply.text
    if wrong is not None:
        assert wrong not in reply.text and not reply.intro.startswith("Best match"), reply.text


@pytest.mark.parametrize(
    ("text", "question", "said", "wrong"),
    [
        # the next sentence about him says something else he did
        (
            "David Quill became chief executive of Ardent Robotics in 2015. Quill had spent "
            "eight years at Google as an engineer.",
            "how long was quill ceo of ardent robotics",
            None,
            "Best match: eight years",
        ),
        # a role that says it was the first, whatever the dates
        (
            "Laura Venn, the first chief executive of Ardent Robotics, still sits on its board. "
            "David Quill became chief executive of Ardent Robotics in 2021.",
            "who was the first ceo of ardent robotics",
            "Best match: Laura Venn",
            None,
        ),
        # "First Harbor Bank" is a name, not a first holder asked for
        (
            "James Sato, the chief executive of First Harbor Bank, said profits rose. Maria Hale "
            "became chief executive of First Harbor Bank in 2009.",
            "who is the ceo of first harbor bank",
            "Best match: James Sato",
            None,
        ),
        # a sentence with no date of its own tells what held when the article came out
        (
            "Laura Venn, the chief executive of Ardent Robotics, said sales had doubled. In 2012 "
            "the board made David Quill chief executive of Ardent Robotics.",
            "who is the ceo of ardent robotics",
            "Best match: Laura Venn",
            None,
        ),
        # among more tied holders than are shown, the latest
        (
            "Ana Ruiz became chief executive of Ardent Robotics in 2010. James Sato became chief "
            "executive of Ardent Robotics in 2013. Maria Hale became chief executive of Ardent "
            "Robotics in 2016. Laura Venn became chief executive of Ardent Robotics in 2021.",
            "who is the ceo of ardent robotics",
            "Best match: Laura Venn",
            None,
        ),
        # a title kept until a year is over
        (
            "David Quill kept the title of chief executive of Ardent Robotics until 2019, when "
            "the board replaced him.",
            "who is the ceo of ardent robotics",
            None,
            "Best match: David Quill",
        ),
        # "chief executive at" is the same title as "chief executive of"
        (
            "David Quill became chief executive of Ardent Robotics in 2015. In 2020 Quill "
            "stepped down as chief executive at Ardent Robotics.",
            "who is the ceo of ardent robotics",
            None,
            "Best match: David Quill",
        ),
    ],
)
def test_who_holds_a_title_now_or_held_it_first(
    tmp_path: Path, text: str, question: str, said: str | None, wrong: str | None
) -> None:
    reply = reply_over(tmp_path, text, question, title="Ardent news")
    if said is not None:
        assert reply.intro.startswith(said), reply.text
    if wrong is not None:
        assert not reply.intro.startswith(wrong), reply.text


_SABLE = (
    "Sablewick was founded on June 19, 2017, by Odette Marchbank and Lucian Farrow. "
    "Marchbank became chief executive, and Farrow took the title of chief technology "
    "officer.\n\n"
    "Marchbank resigned as chief executive on February 6, 2024. Farrow was named interim "
    "chief executive. To free him up, the board promoted Imogen Trask, who had led the "
    "signal-processing team since 2019, to chief technology officer.\n\n"
    '"We are back," said Celeste Amadou, Sablewick\'s chief executive since last November.'
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("who is cto now", "Best match: Imogen Trask", "Best match: Lucian Farrow"),
        ("who's running sablewick these days", "Best match: Celeste Amadou", None),
        ("who was sablewick's original ceo", "Best match: Odette Marchbank", "Celeste Amadou"),
    ],
)
def test_a_title_raised_to_and_questions_of_now_or_the_first(
    tmp_path: Path, question: str, said: str, wrong: str | None
) -> None:
    reply = reply_over(tmp_path, _SABLE, question, title="Sablewick news")
    assert said in reply.intro.split(" — ")[0].split("\n")[0], reply.text
    if wrong is not None:
        assert not reply.intro.startswith(wrong), reply.text


def test_to_is_a_title_only_after_a_promotion() -> None:
    from knowledge.entities import Mention
    from knowledge.roles import roles_in

    text = "The board named Imogen Trask, a longtime engineer, to the safety committee."
    start = text.index("Imogen Trask")
    found = roles_in(text, [Mention("imogen-trask", start, start + 12)])
    assert all("committee" not in r.text for r in found), found


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("where does marchbank work now", "Best match: Northern Arizona University"),
        ("what is marchbank's job", "Best match: teaches hydrology at Northern Arizona University"),
    ],
)
def test_what_someone_does_now_is_their_job(tmp_path: Path, question: str, said: str) -> None:
    text = (
        "Odette Marchbank resigned as chief executive of Sablewick in 2024.\n\n"
        "Marchbank, who still owns about 9 percent of Sablewick, now teaches hydrology at "
        "Northern Arizona University."
    )
    reply = reply_over(tmp_path, text, question, title="Sablewick news")
    assert reply.intro.startswith(said), reply.text


def test_what_she_is_doing_now_follows_up_a_question_of_who(tmp_path: Path) -> None:
    from bot.message import Message
    from bot.state import StateStore

    text = (
        "Sablewick was founded by Odette Marchbank in 2017, and Marchbank became its chief "
        "executive.\n\nMarchbank, who still owns about 9 percent of Sablewick, now teaches "
        "hydrology at Northern Arizona University."
    )
    router = router_over(tmp_path, text, title="Sablewick news")
    state = StateStore(tmp_path / "state.db")
    router = Router(router.engine, state=state)
    try:
        router.handle(Message(text="who was sablewick's first ceo", channel="C", thread="T"))
        reply = router.handle(Message(text="what's she doing now", channel="C", thread="T"))
        assert reply.intro.startswith("Best match: teaches hydrology"), reply.text
        assert "2017" not in reply.text  # what she does now is not dated by the founding
    finally:
        state.close()
        router.engine.close()


def test_a_title_no_one_holds_at_the_asked_company_is_said_to_be_untold(
    tmp_path: Path,
) -> None:
    text = (
        "Celeste Amadou is the chief executive of Sablewick. In June 2024, Halloran Meter "
        "Works, an Omaha company, offered $310 million for Sablewick; Halloran later cut it."
    )
    reply = reply_over(tmp_path, text, "who is the ceo of halloran", title="Sablewick news")
    assert reply.intro.startswith("The articles don't mention “ceo of Halloran Meter Works”")
    assert "Amadou" not in reply.intro


@pytest.mark.parametrize("question", ["who is the ceo of corvane", "who runs corvane now"])
def test_the_newest_change_a_story_leads_with_holds_the_title_now(
    tmp_path: Path, question: str
) -> None:
    text = (
        "Corvane Systems, the Denver maker of warehouse robots, has promoted Priya Halvorsen "
        "to chief executive.\n\nHalvorsen succeeds Tomas Reyka, the company's chief "
        "executive since 2019, who is retiring to spend more time with his family."
    )
    reply = reply_over(tmp_path, text, question, title="Corvane news")
    assert "Priya Halvorsen" in reply.intro, reply.text


def test_what_a_company_does_now_is_not_the_job_of_a_name_before_it() -> None:
    from knowledge.entities import Mention
    from knowledge.roles import roles_in

    text = "Under Tomas Reyka, the company, which was tiny at the time, now runs 12 plants."
    start = text.index("Tomas Reyka")
    found = roles_in(text, [Mention("tomas-reyka", start, start + 11)])
    assert all("runs" not in r.text for r in found), found


def test_what_someone_else_now_runs_is_not_the_founders_job() -> None:
    from knowledge.entities import Mention
    from knowledge.roles import roles_in

    text = (
        "Tomas Reyka, who founded Corvane Utilities in 2009, stepped down in 2019, and his "
        "daughter, who trained as an engineer in Denver, now runs the company."
    )
    found = roles_in(text, [Mention("tomas-reyka", 0, 11)])
    assert all("runs" not in r.text for r in found), found


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is the chief financial officer", "Best match: Anneliese Droste"),
        ("who was the first cfo", "Best match: Felix Marchbanks"),
    ],
)
def test_a_title_spelled_out_and_one_joined_past_what_someone_is(
    tmp_path: Path, question: str, said: str
) -> None:
    text = (
        "Skerrow builds cargo drones.\n\nFelix Marchbanks, a former airline treasurer, joined as "
        "chief financial officer in 2019.\n\nThat February 2025, Anneliese Droste, the company's "
        "controller, was promoted to chief financial officer."
    )
    reply = reply_over(tmp_path, text, question, title="Skerrow news")
    assert reply.intro.startswith(said), reply.text


def test_what_someone_now_manages_is_their_job(tmp_path: Path) -> None:
    text = (
        "Odette Marchbank resigned as chief executive of Sablewick in 2024.\n\n"
        "Marchbank, who still owns part of Sablewick, now manages the water lab at Northern "
        "Arizona University."
    )
    reply = reply_over(tmp_path, text, "where does marchbank work now", title="Sablewick news")
    assert reply.intro.startswith("Best match: Northern Arizona University"), reply.text


_BRAMBLE = (
    "Brambleton Foods, a Duluth maker of oat milk, said on Tuesday it had hired a new finance "
    "chief. Last May, chief financial officer Corwin Tallis, who had been with the company "
    "since 2020, left to run a bakery. He was replaced by Ysolde Kember, previously controller "
    "at Harwick Dairy, a cheese company. Ingram Falk, the chief operating officer, served as "
    "interim chief executive for five months while the board searched. He now runs Falk "
    'Orchards, an apple farm. "We are fine," said Petra Lindqvist, senior vice president of '
    "sales at Northmere Grocers."
)


def test_a_stand_in_for_a_while_is_not_who_holds_it_now(tmp_path: Path) -> None:
    assert_not_led_by(
        tmp_path,
        _BRAMBLE,
        "who is the ceo of brambleton",
        "Best match: Ingram Falk",
        title="Brambleton Foods news",
    )


def test_one_who_resigned_a_post_held_it_before_the_one_who_has_it(tmp_path: Path) -> None:
    # "resigned as chief executive" in 2024: the first chief executive, before the one the
    # story quotes now; still not who holds it now
    text = (
        '"We are back," said Femi Garrow, Brambleton\'s chief executive. Brambleton was '
        "founded in 2019 by Osric Renn, a baker. Renn resigned as chief executive on April 22, "
        "2024, and left the board that summer."
    )
    title = "Brambleton Foods news"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert_first_says(
        tmp_path / "a", text, "who was the first ceo of brambleton", "Osric Renn", title=title
    )
    assert_first_says(
        tmp_path / "b", text, "who is the ceo of brambleton", "Femi Garrow", title=title
    )


_BEFORE = (
    "Brambleton Foods said on Monday that it had hired Renata Ostrowicz as chief executive. "
    "Ostrowicz, 51, was most recently head of operations at Cascadia Parcel Air, a cargo "
    "carrier. She takes over from Felix Marchbanks, who ran Brambleton on an interim basis. "
    "Marchbanks, a former airline treasurer, joined as chief financial officer in 2019."
)


_NOT_THEIRS = (
    "Corvessa Robotics on Monday named Devin Hallstrom chief executive. Hallstrom, 49, spent "
    "a decade at Tenbrook Logistics. At Tenbrook, he was replaced by Priya Nandakumar, a "
    "longtime planner. Earlier this year Ardent Health denied a report that it was hiring "
    "Conrad Vale as chief executive. Last year some investors pushed for a merger with "
    "Brenton Dental, with Sofia Marchetti as chief executive of the combined company. "
    "Priya Lal has served as chief financial officer for the past four years. The letter was "
    "signed by Marguerite Okafor, chief operating officer Ines Barrow and two directors."
)


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # a successor at another company ("At Tenbrook, …") takes no post of the story's
        ("who is the ceo of corvessa", "Best match: Priya Nandakumar"),
        # a denied report of a hiring, and a post in a merger that was only pushed for
        ("who is the ceo of ardent health", "Best match: Conrad Vale"),
        ("who is the ceo of corvessa", "Best match: Sofia Marchetti"),
    ],
)
def test_a_post_elsewhere_reported_or_proposed_is_no_one_s(
    tmp_path: Path, question: str, wrong: str
) -> None:
    assert_not_led_by(tmp_path, _NOT_THEIRS, question, wrong, title="Corvessa news")


def test_a_post_held_for_the_past_years_is_held_and_a_list_s_title_the_next_one_s(
    tmp_path: Path,
) -> None:
    router = router_over(tmp_path, _NOT_THEIRS, title="Corvessa news")
    try:
        lal = router.handle_text("who is priya lal").text
        okafor = router.handle_text("who is okafor").text
    finally:
        router.engine.close()
    assert "chief financial officer" in lal and "formerly" not in lal
    assert "Barrow" not in okafor.splitlines()[1]


def test_the_job_called_the_latest_earlier_one_comes_first(tmp_path: Path) -> None:
    text = (
        "Lumora Pay hired Arjun Mehta as chief executive. Mehta was most recently head of "
        "payments at Zentra Bank. Mehta, a former Orrin Systems engineer, said he was glad."
    )
    assert_first_says(
        tmp_path, text, "where did mehta work before", "Best match: Zentra Bank", title="Lumora"
    )


_OUSTED = (
    "The board voted in February 2023 to remove Odile Fenn, who had been chief executive "
    "since the company's founding. That July, the company named Ysolde Marr, previously "
    "chief product officer at Kestrelyn Learning, an online tutoring company, as its CEO. "
    "Dashiell Nakamura, Pagewhistle's chief financial officer since 2020, resigned in April "
    "2024 to become finance chief at Pallworth Freight. In November 2022, the Federal Trade "
    "Commission opened an investigation into Pagewhistle."
)


def test_a_post_the_sentence_gives_is_the_one_resigned(tmp_path: Path) -> None:
    assert_not_led_by(
        tmp_path,
        _OUSTED,
        "who is the cfo of pagewhistle",
        "Best match: Dashiell Nakamura",
        title="Pagewhistle Inc news",
    )


_STILL_THERE = (
    "Marlow Pharmacy, a chain of 40 stores, said on Tuesday that Carebridge Holdings, which owns "
    "14 chains, named Ruth Ambler as its chief operating officer last month. Ben Okoro, "
    "Marlow's chief executive since 2018, resigned from the board of the National Pharmacists "
    "Association on Tuesday. He remains chief executive of Marlow. Marisol Quin, who had "
    "been chief executive since the company's founding, announced a grant from the Colorado "
    "Energy Office. Marlow now has a 300-strong workforce and a 12-member board."
)


def test_its_post_named_by_another_company_is_not_the_story_s(tmp_path: Path) -> None:
    assert_not_led_by(
        tmp_path,
        _STILL_THERE,
        "who is the coo of marlow",
        "Best match: Ruth Ambler",
        title="Marlow Pharmacy news",
    )


# One article's text, its title, a question, and what the reader must see first
@pytest.mark.parametrize(
    ("article", "title", "question", "said"),
    [
        # posts passed on held for a while or written bare
        # "He was replaced by Kember": she took his post, told after his leaving
        (_BRAMBLE, "Brambleton Foods news", "who is the cfo now", "Kember"),
        (_BRAMBLE, "Brambleton Foods news", "who's the cfo at brambleton", "Kember"),
        # "served as interim chief executive for five months": a stand-in, by any word for one
        (_BRAMBLE, "Brambleton Foods news", "who was the stopgap ceo", "Falk"),
        (_BRAMBLE, "Brambleton Foods news", "who's the coo", "Falk"),
        # a bare title after a speaker's name ("said Petra Lindqvist, senior vice president …")
        (
            _BRAMBLE,
            "Brambleton Foods news",
            "who is petra lindqvist",
            "senior vice president of sales",
        ),
        # the job before is the one the text calls earlier
        # the post the articles call an earlier one, not the one held now
        (
            _BEFORE,
            "Brambleton Foods news",
            "where did ostrowicz work before",
            "Best match: Cascadia Parcel Air",
        ),
        (
            _BEFORE,
            "Brambleton Foods news",
            "where did ostrowicz come from",
            "Best match: Cascadia Parcel Air",
        ),
        (
            _BEFORE,
            "Brambleton Foods news",
            "what was marchbanks's job before that",
            "Best match: airline treasurer",
        ),
        # a post had a post named by its and a body by its initials
        # "who had been chief executive": no longer; "as its CEO": the company's that named her
        (
            _OUSTED,
            "Pagewhistle Inc news",
            "who's the ceo of pagewhistle now",
            "Best match: Ysolde Marr",
        ),
        (_OUSTED, "Pagewhistle Inc news", "who was the og ceo", "Odile Fenn"),
        # a body known by its initials, as people type it
        (
            _OUSTED,
            "Pagewhistle Inc news",
            "when did the ftc open its investigation",
            "November 2022",
        ),
        # whose post a board seat and a past perfect
        # "its" is the company that named her, named last before her
        (
            _STILL_THERE,
            "Marlow Pharmacy news",
            "who is the coo of carebridge",
            "Best match: Ruth Ambler",
        ),
        # a board seat left is no job left
        (
            _STILL_THERE,
            "Marlow Pharmacy news",
            "what is okoro's job now",
            "Best match: chief executive of Marlow",
        ),
        # "who had been chief executive since …" says nothing of her leaving; an office's
        # initials that spell a title are no name for it
        (_STILL_THERE, "Marlow Pharmacy news", "who is the ceo of marlow", "Best match: Ben Okoro"),
        # "300-strong", "12-member": counts
        (_STILL_THERE, "Marlow Pharmacy news", "how big is marlow's board", "Best match: 12"),
    ],
)
def test_the_first_answer_says(
    tmp_path: Path, article: str, title: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, article, question, said, title=title)


def test_a_role_names_its_company_not_a_longer_name_opening_on_its_name() -> None:
    """ "Tessera" is both companies' short name: the foundation's executive director (Tessera
    Foundation) is no post at Tessera Labs; "DeepMind CEO" names DeepMind."""
    from knowledge.answering.roles import _names

    labs = ("tessera labs", "tessera")
    assert not _names("the foundation's executive director (Tessera Foundation)", labs)
    assert _names("chief executive of Tessera", labs)
    assert _names("Tessera Labs chief executive", labs)
    assert _names("DeepMind CEO", ("deepmind",))
    assert _names("its first chief executive (Kitewell Foundation)", ("kitewell",))


def test_a_post_handed_to_him_is_his_and_no_longer_hers() -> None:
    from knowledge.entities import Mention
    from knowledge.roles import roles_in

    said = (
        'Solberg, who has said she "never wanted to spend my days inside spreadsheets", '
        "handed him the chief executive's job in September 2018 and became chief scientist."
    )
    him = said.index("him")
    found = roles_in(said, [Mention("is", 0, 7), Mention("rq", him, him + 3, implicit=True)])
    assert ("rq", "chief executive") in [(r.key, r.text) for r in found]
    assert ("is", "stepped down as chief executive") in [(r.key, r.text) for r in found]
    # "its first chief executive" is the post "chief executive" (left when it is)
    assert normalize("its first chief executive (Kitewell Foundation)") == normalize(
        "chief executive (Kitewell Foundation)"
    )


def test_a_board_chaired_by_someone_and_a_post_taken_by_its_title() -> None:
    from knowledge.entities import Mention
    from knowledge.roles import roles_in

    said = "The members approved a new board chaired by Harriet Nwosu-Fenwick, 61."
    at = said.index("Harriet")
    found = roles_in(said, [Mention("hn", at, at + len("Harriet Nwosu-Fenwick"))])
    assert [r.text for r in found if r.key == "hn"][:1] == ["chair of the new board"]
    said = "Etxeberria, the better recruiter of the two, took the chief executive's title."
    found = roles_in(said, [Mention("me", 0, len("Etxeberria"))])
    assert "chief executive" in [r.text for r in found]
    # a seat chaired by no one named after it; a title not taken
    said = "The board chaired its meeting online, and Ana Ruiz took the train home."
    at = said.index("Ana")
    assert roles_in(said, [Mention("ar", at, at + 8)]) == []
