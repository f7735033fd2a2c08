"""Answers from the articles: each question's reply must contain facts the articles state."""

import re
from datetime import date
from pathlib import Path

import pytest

from bench.answers import first_answer
from bot.router import Router
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index
from tests.one_article import assert_first_says, assert_not_led_by, reply_over, router_over

TODAY = date(2026, 11, 24)

# (question, facts the plain-text reply must contain)
ANSWERS: list[tuple[str, list[str]]] = [
    # who: roles in the articles' words, typo-tolerant names
    ("who is greg brockman", ["Greg Brockman", "CTO", "president"]),
    ("who mustafa suleyman", ["DeepMind co-founder", "Inflection"]),
    ("who luke nosek", ["block the acquisition", "Musk"]),
    ("who altmann", ["Sam Altman", "CEO"]),
    ("who sutskevar", ["Ilya Sutskever", "Chief Scientist"]),
    ("who nadela", ["Satya Nadella", "CEO"]),
    ("who zilis", ["former OpenAI board member", "Neuralink"]),
    ("who mira murati", ["Chief Technology Officer", "resigned"]),
    ("who demis hassabis", ["DeepMind CEO"]),
    ("who reid hoffman", ["LinkedIn co-founder"]),
    ("who vinod khosla", ["venture capitalist"]),
    ("who andrej karpathy", ["architect of Tesla's autonomous driving program"]),
    ("who tim shi", ["CTO of AI startup Cresta"]),
    ("who john schulman", ["Anthropic", "Co-founder"]),
    ("who jan leike", ["safety team", "Anthropic"]),
    ("who bob mcgrew", ["Chief Research Officer"]),
    ("who barret zoph", ["Vice President"]),
    ("who larry page", ["Google CEO"]),
    ("who is elon musk", ["co-founders"]),
    ("who microsoft", ["Microsoft", "2019"]),
    ("who banana split", ["No one by that name"]),
    ("who fired altman", ["Best match: the board", "kicked out"]),
    ("who runs microsoft", ["Best match: Satya Nadella"]),
    ("who left for anthropic", ["Best match: John Schulman"]),
    # leaving one for another is joining it: "Tesla had already poached … Andrej Karpathy"
    ("who left openai for tesla", ["Best match: Andrej Karpathy"]),
    # when: dates at their precision
    ("when did sutskever resign", ["May 2024"]),
    ("when did larry page call musk a speciesist", ["2013"]),
    ("when did musk leave the board", ["February 2018"]),
    ("when did altman and nadella first meet", ["summer 2018", "Sun Valley"]),
    ("when did murati resign", ["2024-09-25"]),
    ("when did microsoft invest $1 billion in openai", ["2019"]),
    ("when did schulman join anthropic", ["August 2024"]),
    ("when was altman ousted", ["November 2023"]),
    ("when did google acquire deepmind", ["2014"]),
    ("when did chatgpt launch", ["November 2022"]),
    ("when did leike post on x", ["2024-05-17"]),
    ("when did musk meet hassabis", ["2012"]),
    ("when did musk found xai", ["2023"]),
    ("when did microsoft put another $10 billion into openai", ["early 2023"]),
    ("when did the wall street journal report the for-profit plan", ["2024-09-27"]),
    ("when did musk pull twitter access", ["December 2022"]),
    ("when did openai introduce the capped-profit model", ["2019"]),
    # talks are negotiations: "in 2016, OpenAI began negotiations with Microsoft"
    ("when did openai start talking to microsoft", ["Best match: 2016"]),
    # undated sentences: the date stated just before them, said as such
    ("when did microsoft hire suleyman", ["$650 million", "early 2024 (from context)"]),
    ("when did zilis write to musk", ["August 2017 (from context)"]),
    # timeline
    ("timeline 2018", ["2018-02-20", "Musk's departure", "summer 2018", "Sun Valley"]),
    ("timeline 2015..2016", ["Timeline 2015–2016", "In 2015", "February 2016"]),
    ("timeline 2016", ["February 2016", "September 2016"]),
    ("timeline sutskever", ["May 2024", "2016"]),
    # onthisday
    (
        "onthisday 09-27",
        ["September 27", "The Wall Street Journal reported", "for-profit", "2 years ago"],
    ),
    ("onthisday 02-20", ["2018", "Musk's departure", "8 years ago"]),
    ("onthisday 09-25", ["Murati"]),
    ("onthisday 05-01", ["This month in OpenAI history", "Sutskever"]),
    ("onthisday 07-04", ["From the archive"]),
    ("onthisday 02-30", ["not a calendar day"]),
    # quote
    ("quote altman", ["“", "DeepMind plans to make lucrative offers"]),
    ("quote leike", ["I have long disagreed with the OpenAI leadership"]),
    ("quote larry page", ["speciesist"]),
    ("quote musk", ["We need to do our utmost to attract top talent"]),
    # ask: the question's shape
    ("ask how much did sutskever earn in 2016", ["$1.9 million"]),
    ("ask what raise did altman propose against deepmind", ["$100,000 to $200,000"]),
    ("how much did microsoft pay to hire suleyman", ["$650 million"]),
    ("how many users does chatgpt have", ["500 million"]),
    ("how much did musk invest in deepmind", ["$5 million"]),
    ("how many employees does openai have", ["1700"]),
    ("who founded openai", ["co-founded OpenAI with Sam Altman"]),
    ("sources", ["Semafor", "2023-03-24", "The Wall Street Journal"]),
]


@pytest.fixture(scope="module")
def fixed_router(engine: Engine) -> Router:
    return Router(engine, today=lambda: TODAY)


@pytest.mark.parametrize(("question", "facts"), ANSWERS, ids=[q for q, _ in ANSWERS])
def test_answer_contains_the_facts(fixed_router: Router, question: str, facts: list[str]) -> None:
    reply = fixed_router.handle_text(question)
    text = reply.text.replace("**", "")
    for fact in facts:
        assert fact in text, f"{question!r}: {fact!r} missing from\n{text}"


def test_there_are_at_least_forty() -> None:
    assert len(ANSWERS) >= 40


@pytest.mark.parametrize(
    "question", [q for q, facts in ANSWERS if not any("No one" in f or "not a" in f for f in facts)]
)
def test_every_answer_is_cited(fixed_router: Router, question: str) -> None:
    reply = fixed_router.handle_text(question)
    assert reply.citations, question
    for citation in reply.citations:
        assert citation.quote and citation.published and citation.outlet


@pytest.mark.parametrize("question", ["timeline", "timeline 2015..2024", "timeline altman"])
def test_a_timeline_page_fits_one_slack_section_and_one_embed(
    fixed_router: Router, question: str
) -> None:
    reply = fixed_router.handle_text(question)
    (section,) = reply.sections
    body = "\n".join(f"• {i.label} — {i.text} [{i.citation}]" for i in section.items)
    assert len(body) <= 3000  # Slack section text limit; a Discord embed allows 4096
    assert reply.buttons and reply.buttons[-1].label == "Next"
    assert "page:2" in reply.footer


@pytest.mark.parametrize(
    ("question", "joins"),
    [
        ("who left openai for tesla", True),
        ("who quit google for the startup openai", False),  # "for" then no name: not one
        ("why did he quit for good", False),
        ("who resigned for family reasons", False),
        ("where did sutskever jump ship to", True),  # where to: the one joined is asked
        ("why did he quit to spend time with family", False),
    ],
)
def test_leaving_for_someone_is_joining_them(engine: Engine, question: str, joins: bool) -> None:
    from knowledge.answering.frame import parse

    found = parse(question, engine.entities())
    assert found.action is not None
    assert ("joined" in found.action.forms) is joins
    assert "left" in found.action.forms or "quit" in found.action.forms


WHY_ARTICLE = (
    "When Dana Whitfield and Omar Castel rented an office in 2019, their plan was simple: "
    "build models small enough to run inside a hospital, so that records never had to leave "
    "the building.\n\nCastel had long said he missed teaching. In 2021 he left Quorra for a "
    "professorship in Edinburgh."
)


@pytest.mark.parametrize("between", [" The team shipped its model in May.", ""])
def test_a_reason_for_acting_on_the_subject_is_not_theirs(tmp_path: Path, between: str) -> None:
    """ "the board decided to leave Castel off the new team because …": a reason, for the
    board's act; Castel, its object, did not leave there (nor is it the motive of his
    leaving told in the sentence after)."""
    router = router_over(
        tmp_path,
        "In 2023 the board decided to leave Castel off the new team because investors wanted "
        f"a fresh start.{between} In 2024 Omar Castel left Quorra for Bramble.",
        title="Inside Quorra",
    )
    try:
        seen = first_answer(router.handle_text("why did castel leave"))
    finally:
        router.engine.close()
    assert "fresh start" not in seen, seen


def test_a_reason_is_for_the_subject_s_own_action(tmp_path: Path) -> None:
    """ "why did castel leave": not the sentence where records "never had to leave" (a
    reason, but for what others do), but the motive he gave, then his leaving."""
    router = router_over(tmp_path, WHY_ARTICLE, title="Inside Quorra: the departures")
    try:
        seen = first_answer(router.handle_text("why did castel leave"))
    finally:
        router.engine.close()
    assert "missed teaching" in seen, seen


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # named right after it, the departure is his: "the departure of … Ilya Sutskever, …
        # is also related to the company's change in operational philosophy"
        ("why did sutskever resign", "philosophy"),
        # Leike's own words on leaving come first, not that sentence (third name of three)
        ("why did leike quit", "disagreed"),
    ],
)
def test_a_reason_given_for_a_departure_is_its_people_s(
    router: Router, question: str, reason: str
) -> None:
    seen = first_answer(router.handle_text(question))
    assert reason in seen, seen


@pytest.mark.parametrize(
    ("question", "sure"), [("when was openai founded", False), ("why was openai founded", True)]
)
def test_a_date_of_another_event_is_no_answer_to_trust(
    engine: Engine, question: str, sure: bool
) -> None:
    """ "when was openai founded" and a sentence about OpenAI, fully covered but for the
    founding: its date is another event's, offered as the closest found, not as the
    answer (a reason there is still read)."""
    from knowledge import facts
    from knowledge.answering import abstain
    from knowledge.answering.frame import parse
    from knowledge.answering.rank import Scored
    from knowledge.model import Hit

    frame = parse(question, engine.entities())
    assert frame.action is not None
    passage = facts.passages(engine._conn(), [1])[1]
    top = Scored(
        hit=Hit(passage=passage, snippet=(), score=-1.0),
        relevant=True,
        tier=0,
        score=1.0,
        coverage=0.84,
        typed=1.0,
        action=False,
        answer="",
    )
    assert (abstain.confidence(frame, top) >= abstain.CONFIDENT) is sure


@pytest.mark.parametrize(
    ("question", "text", "count"),
    [
        (  # the verb before the number says what it counts
            "how big is their workforce",
            "Quorra employs about 640 people, sells its software to more than 300 hospitals "
            "and is worth $7.2 billion.",
            "640 people",
        ),
        (  # what a number grew from is not the count
            "how many people work at quorra now",
            "The number of employees has grown from 770 last year to 1,700.",
            "1,700",
        ),
    ],
)
def test_a_count_is_the_number_the_question_counts(question: str, text: str, count: str) -> None:
    from knowledge.answering.frame import parse
    from knowledge.answering.rank import text_answer

    assert text_answer("count", text, parse(question, ())) == count


def test_an_agent_answers_for_what_it_leads(tmp_path: Path) -> None:
    """ "who led the series a": not the firm that led the Series B named after it ("Two
    years after the Series A, Quorra raised a Series B led by Ashgrove Partners")."""
    router = router_over(
        tmp_path,
        "Dana Whitfield founded Quorra in 2019. Two years after the Series A, with contracts "
        "in 14 states, Quorra raised a $180 million Series B led by Ashgrove Partners.",
        title="Inside Quorra",
    )
    try:
        a = router.handle_text("who led the series a")
        b = router.handle_text("who led the series b")
    finally:
        router.engine.close()
    assert "Ashgrove" not in a.intro, a.text
    assert "Best match: Ashgrove Partners" in b.intro, b.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a yes or no of its own: the question before lends it words, not its kind
        ("did other people go with albrecht (following “when did albrecht join tessary”)", "any"),
        # a question saying too little alone is still read as asked
        ("where did albrecht go (following “when did albrecht leave halcyra”)", "place"),
        ("when did albrecht join tessary", "date"),
    ],
)
def test_a_follow_up_asks_for_its_own_kind_of_answer(question: str, kind: str) -> None:
    from knowledge.answering.frame import answer_type

    assert answer_type(question) == kind


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("She ended the practice, arguing that customers wanted assurance.", True),
        ("Kessling had long said he missed teaching.", True),
        ('"I would like to get back to doing my own," she wrote.', True),
        ("In January 2021 he left Velmora for a professorship in Edinburgh.", False),
        ("He argued publicly that keeping the toolkits closed would split the community.", True),
        ("The clause also drove away two founders.", True),
        ("It is a gap the foundation attributes to office space he lent the project.", True),
        ("His lawsuit, now pending in an Oslo court, seeks to block that conversion.", True),
        ("She drove to Oslo and back.", False),
        ("Eide drove away from the court without speaking to reporters.", False),
    ],
)
def test_a_motive_or_an_argument_is_a_reason(sentence: str, gives: bool) -> None:
    from knowledge.answering.rank import causal

    assert causal(sentence) is gives


DURATION_ARTICLE = (
    "In March 2024 the board asked Dominic Latchford, the chief financial officer, to serve as "
    "interim chief executive. Latchford ran the company for five months. Two years later the "
    "company opened its first office abroad, with a 10-day launch. The regulator was told 19 "
    "days after the fire, five years ago."
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how long did he run it", "duration"),
        ("for how long was she ceo", "duration"),
        ("how long ago did he leave", "date"),
        ("how long?", "duration"),
    ],
)
def test_how_long_asks_for_a_span_of_time(question: str, kind: str) -> None:
    from knowledge.answering.frame import answer_type

    assert answer_type(question) == kind


def test_a_span_of_time_answers_how_long(tmp_path: Path) -> None:
    router = router_over(tmp_path, DURATION_ARTICLE)
    try:
        ran = router.handle_text("how long did latchford run the company")
        told = router.handle_text("how long did it take to tell the regulator")
    finally:
        router.engine.close()
    assert ran.intro.startswith("Best match: five months"), ran.text
    # a spaced span before a hyphenated one; "five years ago" places a moment
    assert "19 days" in told.intro and "10-day" not in told.intro, told.intro


def test_a_word_that_picks_one_of_several_weighs_little(tmp_path: Path) -> None:
    """ "the first fire": "fire" says which sentence answers; "first" only which fire."""
    text = (
        "Quorra was first a lamp maker. At first the founders sold lamps in Reno. A lamp caught "
        "fire in a garage in Boise, Idaho. Two more fires followed. A fire drill was held. "
        "The fire marshal visited."
    )
    seen = first_answer(reply_over(tmp_path, text, "where did the first blaze happen"))
    assert "Boise" in seen, seen


def test_a_day_is_answered_as_people_write_it(fixed_router: Router) -> None:
    """ "Best match: September 25, 2024." (the bullets keep the sortable label)."""
    from bot.commands.answering import spoken_date

    reply = fixed_router.handle_text("when did murati resign")
    assert reply.intro == "Best match: September 25, 2024.", reply.text
    assert spoken_date("2018-02-20") == "February 20, 2018"
    assert spoken_date("summer 2018") == "summer 2018"
    assert spoken_date("2018-13-01") == "2018-13-01"  # not a day: left as it is


def test_an_everyday_word_the_articles_never_use_is_no_reason_to_say_nothing(
    tmp_path: Path,
) -> None:
    """ "customers" (and its group) appears nowhere, but "recalled all 41,000 units" answers;
    a word no one says otherwise ("cfo") still means the articles do not cover it."""
    router = router_over(
        tmp_path,
        "In November 2023 Quorra recalled all 41,000 units it had sold. The recall cost "
        "$62 million.",
    )
    try:
        units = router.handle_text("how many units did quorra take back from customers")
        cfo = router.handle_text("who is the cfo of quorra")
    finally:
        router.engine.close()
    assert not units.title.startswith("The articles don't mention"), units.text
    assert "(41,000 units)" in units.intro, units.text
    assert "don't mention “cfo”" in cfo.title + cfo.intro, cfo.text


@pytest.mark.parametrize(
    "question",
    [
        "how long was castel ceo",  # "returned for a second time" is no span
        "how long was castel gone",  # "One day in 2020" opens a story
        "how long did castel stay",  # "a 20-year veteran"; "profitable in three years" a forecast
    ],
)
def test_a_span_of_time_that_is_not_how_long_is_no_answer(tmp_path: Path, question: str) -> None:
    text = (
        "Omar Castel became chief executive of Quorra in 2018. One day in 2020, Castel walked "
        "out of a board meeting. Castel, a 20-year veteran of the chip industry, returned for "
        "a second time as chief executive in 2023. In 2021 Castel said Quorra would be "
        "profitable in three years. Two years later the board met again."
    )
    reply = reply_over(tmp_path, text, question)
    assert not reply.intro.startswith("Best match"), reply.text


def test_a_word_that_picks_the_person_asked_for_still_counts(engine: Engine) -> None:
    """ "who was the first person to leave openai": "first" is what is asked (Musk left in
    2018), not a word to weigh lightly (Murati's 2024 resignation)."""
    found = engine.ask("who was the first person to leave openai")
    assert not (found.confident and found.answers.get(found.hits[0].passage.id) == "Mira Murati")


def test_a_sentence_about_someone_s_wife_is_not_about_them(tmp_path: Path) -> None:
    """ "Castel's wife, Lena Ostrova, is a partner at Halden Capital" does not say where
    Castel works; "Castel's lawsuit" would still be his own."""
    text = (
        "Omar Castel left Quorra in 2019. Castel's wife, Lena Ostrova, is a partner at Halden "
        "Capital."
    )
    reply = reply_over(tmp_path, text, "where is castel working")
    assert not reply.intro.startswith("Best match: Halden"), reply.text


def test_a_plural_in_apposition_defines_the_thing(tmp_path: Path) -> None:
    text = (
        "Quorra blamed a batch of faulty separators, the thin membranes that keep a battery's "
        'electrodes apart. "The problem was never the separator," Castel said.'
    )
    seen = first_answer(reply_over(tmp_path, text, "what is a separator"))
    assert "membranes" in seen, seen


def test_the_first_of_several_sums_is_the_one_asked(engine: Engine) -> None:
    """ "first" decides which investment ($1 billion in 2019), so it keeps its weight."""
    found = engine.ask("how much was microsoft's first investment")
    said = found.answers.get(found.hits[0].passage.id, "") if found.hits else ""
    assert not (found.confident and "10 billion" in said), said


@pytest.mark.parametrize(
    ("text", "question", "span"),
    [
        (
            "Bramble posted a profit in 2024 for the first time in five years.",
            "how long was bramble unprofitable",
            None,
        ),
        (
            "Hollis Grey ran the company for three years before he was replaced.",
            "how long did grey run the company",
            "three years",
        ),
        # the six years are before she was named: not how long she was chief executive
        (
            "Lena Ostrova had worked at Quorra for six years when the board named her chief "
            "executive in 2022.",
            "how long was ostrova ceo",
            None,
        ),
        (
            "Lena Ostrova was chief executive of Quorra for six years until the board replaced "
            "her as chief executive in 2022.",
            "how long was ostrova ceo",
            "six years",
        ),
    ],
)
def test_a_span_is_how_long_only_when_it_says_so(
    tmp_path: Path, text: str, question: str, span: str | None
) -> None:
    reply = reply_over(tmp_path, text, question)
    if span is None:
        assert not re.search(r"(five|six) years", reply.intro), reply.text
    else:
        assert reply.intro.startswith(f"Best match: {span}"), reply.text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the sentence after goes on about the one asked of: its span answers
        (
            "Ada Odunsi joined Quorra in 2019. In 2022 the board asked Odunsi, the finance "
            "chief, to serve as acting director of the Quorra lab while it searched for a "
            "successor. Odunsi ran the lab for seven months.",
            "seven months",
        ),
        # not when it goes on about someone else
        (
            "Ada Odunsi joined Quorra in 2019. Omar Castel joined Quorra in 2020. In 2022 the "
            "board asked Odunsi, the finance chief, to serve as acting director of the Quorra "
            "lab while it searched for a successor. Castel ran the lab for seven months.",
            None,
        ),
    ],
)
def test_the_next_sentence_about_the_same_person_gives_the_span(
    tmp_path: Path, text: str, span: str | None
) -> None:
    reply = reply_over(tmp_path, text, "how long did odunsi serve as acting director of the lab")
    if span is None:
        assert not reply.intro.startswith("Best match: seven months"), reply.text
    else:
        assert reply.intro.startswith(f"Best match: {span}"), reply.text


def test_a_reason_denied_is_no_reason() -> None:
    from knowledge.answering import rank

    assert not rank.causal('"I didn\'t leave Ardent because of Priya," Herrold said.')
    assert not rank.causal("She left, not because of the money.")
    assert rank.causal('"I left because I wanted to build the thing properly," he said.')
    # the reason given after the one denied is one
    assert rank.causal("Quill left Ardent not because of the lawsuit but because of his health.")


def test_what_had_grown_on_the_deciders_explains_what_they_did(tmp_path: Path) -> None:
    text = (
        "Priya Valdane founded Ardent in 2018. Last November, Ardent's board voted 4 to 2 to "
        "remove Valdane as chief executive. Directors had grown alarmed that the company was "
        "burning about $6 million a month."
    )
    seen = first_answer(reply_over(tmp_path, text, "why was valdane ousted"))
    assert "$6 million a month" in seen, seen


@pytest.mark.parametrize(
    ("thing", "text", "says"),
    [
        ("courier", "Ardent unveiled Courier, a wheeled robot with one arm.", 1.0),
        ("courier", "Courier is a wheeled robot with one arm.", 1.0),
        # where or how it is, not what it is
        ("courier", "Courier is now in use at 31 hospitals in six states.", 0.6),
        # a company's full name before what it is
        ("lumenforge", "He joined Lumenforge Automation, a Pittsburgh rival, in 2024.", 1.0),
        ("lumenforge", "The lawsuit with Lumenforge was settled in August.", 0.0),
    ],
)
def test_what_defines_a_thing(thing: str, text: str, says: float) -> None:
    from knowledge.answering.rank import defines

    assert defines(thing, text) == says


def test_starting_to_do_something_is_asked_of_the_doing(tmp_path: Path) -> None:
    """ "start investigating": when the investigating began (an inquiry opened), not when
    anything was started or founded."""
    text = (
        "Omar Castel founded Quorra in 2015. In February 2024 the state regulator opened an "
        "inquiry into Quorra's battery plant."
    )
    reply = reply_over(tmp_path, text, "when did the regulator start investigating quorra")
    assert reply.intro.startswith("Best match: February 2024"), reply.text


def test_a_company_can_be_who_did_it(tmp_path: Path) -> None:
    """No person leads the round: the company that did is the answer."""
    text = (
        "Velmora raised $3.5 million in 2019. In June 2020 Redmere Capital led a $40 million "
        "Series A. Clement Haverly, a Redmere partner, joined the board that month."
    )
    reply = reply_over(tmp_path, text, "who led the series a")
    assert reply.intro.startswith("Best match: Redmere Capital"), reply.text


@pytest.mark.parametrize(
    ("text", "question", "wrong"),
    [
        # "WHO" spelled out is no alias every "who" question would name
        (
            "The World Health Organization tested many kits. In 2020 a WHO official, Tom Reyes, "
            "resigned over the kits. In 2022 Ines Marr resigned as chief executive of Quorra.",
            "who resigned from quorra",
            "Best match: Tom Reyes",
        ),
        # a company is who did it only as the subject right before the action
        (
            "Quorra's chief executive resigned after a dispute with Zentek Systems.",
            "who resigned",
            "Best match: Quorra",
        ),
        (
            "In 2021 Quorra hired a chief technology officer from Halcyra Labs.",
            "who was hired as cto",
            "Best match: Quorra",
        ),
        (
            "In 2023, Quorra laid off 200 workers after Zentek Systems cancelled a contract.",
            "who was laid off",
            "Best match: Zentek",
        ),
        # "Kling" is a name, not a verb's -ing form after "started"
        (
            "Omar Castel started Kling in 2015. In 2018 Kling raised $20 million from Redmere "
            "Capital.",
            "who started kling",
            "Best match: Redmere",
        ),
        # "wound down" is no wound
        (
            "In 2020 Quorra wound down its Ohio battery lab.",
            "when was someone injured",
            "Best match",
        ),
    ],
)
def test_new_readings_keep_to_their_own_sense(
    tmp_path: Path, text: str, question: str, wrong: str
) -> None:
    assert_not_led_by(tmp_path, text, question, wrong, title="News")


_SABLE_DEAL = (
    "Sablewick makes leak sensors.\n\n"
    "In June 2024, Halloran Meter Works offered about $310 million for Sablewick. The talks "
    "collapsed that August, after Halloran cut its offer to $205 million. That spring, "
    "Sablewick also laid off 45 employees to stretch the cash left from the Series B."
)


def test_a_hyphenated_plural_is_its_word() -> None:
    from knowledge.answering.lexicon import lemma, paraphrases

    assert lemma("co-founders") == "co-founder"
    assert "founded" in paraphrases("co-founders")
    assert lemma("state-of-the-art") == "state-of-the-art"


def test_the_co_founders_are_who_founded_it(tmp_path: Path) -> None:
    text = (
        "Sablewick was founded in 2017 by Anna Marchbank and David Farrow.\n\n"
        "Last year Sablewick lost its co-founder as chief executive; Sablewick's board "
        "said little."
    )
    reply = reply_over(tmp_path, text, "who are the co-founders of sablewick", title="Sablewick")
    assert reply.intro.startswith("Best match: Anna Marchbank"), reply.text


def test_what_a_thing_is_said_before_its_name_defines_it() -> None:
    from knowledge.answering.rank import defines

    text = "The company's first product, Earshot, went on sale in 2020: a palm-sized sensor."
    assert defines("earshot", text) == 1.0
    assert defines("sablewick", "In 2019, the three firms, Sablewick, Halloran and Okapi met.") == 0


@pytest.mark.parametrize(
    "question", ["when did earshot go on the market", "when did earshot hit the market"]
)
def test_a_phrase_of_three_words_is_one_term(tmp_path: Path, question: str) -> None:
    text = (
        "Sablewick makes sensors. The company's first product, Earshot, went on sale on March "
        "10, 2020. Its marketing budget doubled in 2023."
    )
    reply = reply_over(tmp_path, text, question, title="Sablewick")
    assert reply.intro.startswith("Best match: March 10, 2020"), reply.text


def test_a_reason_set_off_by_another_leads_not_the_sentence_before(tmp_path: Path) -> None:
    question = "why did the halloran sale fall through"
    assert_first_says(tmp_path, _SABLE_DEAL, question, "The talks collapsed", title="Sablewick")


def test_a_negation_is_not_a_word_the_articles_lack(tmp_path: Path) -> None:
    text = "Lucian Farrow was named interim chief executive of Sablewick in 2024."
    reply = reply_over(tmp_path, text, "why didn't farrow stay on as ceo", title="Sablewick")
    assert "didn't" not in reply.intro, reply.text
    assert reply.intro.startswith("The closest I found"), reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("wher is voltmer based", "Best match: Austin"),  # not the command `when`
        ("who is voltmre's ceo", "Best match: Lucia Fernandez"),  # a name's typo, possessive
    ],
)
def test_a_mistyped_question_word_or_name_with_a_possessive(
    tmp_path: Path, question: str, said: str
) -> None:
    text = (
        "Voltmere Systems is a battery maker based in Austin. Voltmere chief executive Lucia "
        "Fernandez said sales doubled."
    )
    reply = reply_over(tmp_path, text, question, title="Voltmere news")
    assert reply.intro.startswith(said), reply.text


def test_a_mistyped_first_word_nearer_a_question_word_is_no_command_typo() -> None:
    from bot.intent import classify

    assert classify("wher is voltmer based").kind == "question"
    assert classify("timline 2018").kind == "typo"


def test_the_high_point_is_what_it_grew_to(tmp_path: Path) -> None:
    text = (
        "Ardent makes warehouse arms. By the end of 2022 the company had grown to 380 "
        "employees. It now employs 120 people after two rounds of layoffs."
    )
    question = "how big did the staff get at the high point"
    assert_first_says(tmp_path, text, question, "380", title="Ardent news")


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("what was corvane's total revenue", "The articles don't mention"),
        ("when did corvane first make money", "Best match: 2024"),
    ],
)
def test_an_adjective_is_not_what_is_asked_and_making_money_is_not_selling(
    tmp_path: Path, question: str, wrong: str
) -> None:
    text = (
        "Corvane reported revenue of $90 million for 2024. It made a profit for the first "
        "time in 2023, and it sells its robots to 40 warehouses."
    )
    reply = reply_over(tmp_path, text, question, title="Corvane news")
    assert not reply.title.startswith(wrong) and not reply.intro.startswith(wrong), reply.text


def test_a_fronted_clause_before_a_name_does_not_define_it() -> None:
    from knowledge.answering.rank import defines

    text = "After losing the patent lawsuit, Halvard Aero, once a favourite of investors, cut jobs."
    assert defines("halvard aero", text) < 1.0


def test_a_june_named_after_that_is_a_person_not_a_month() -> None:
    from knowledge.dates import When, story_month

    said = "Executives said that June Okafor, the plant's manager, hired 200 workers."
    assert story_month(said, When(2023, "month", 2), date(2025, 3, 7)) is None


def test_a_company_acting_past_a_clause_about_it_is_who_did_it(tmp_path: Path) -> None:
    text = (
        "In July 2023 a main burst. The Paloma Valley Water District, which had fitted the "
        "sensors eight months earlier, sued Sablewick in state court that August.\n\n"
        "Documents later produced in the lawsuit showed that engineers had warned Odette "
        "Marchbank not to use the figure."
    )
    reply = reply_over(tmp_path, text, "who sued sablewick", title="Sablewick news")
    assert reply.intro.startswith("Best match: Paloma Valley Water District"), reply.text


def test_pushed_out_is_not_any_resignation(tmp_path: Path) -> None:
    text = "Priya Okafor resigned from Corvane Utilities in March 2021 to join a startup in Denver."
    reply = reply_over(tmp_path, text, "who was pushed out of corvane", title="Corvane news")
    assert not reply.intro.startswith("Best match: Priya Okafor"), reply.text


def test_a_sentence_with_until_now_keeps_the_date_before_it(tmp_path: Path) -> None:
    text = (
        "In 2017, Tomas Reyka became chief executive of Corvane. He closed the Denver plant, "
        "which until now had been the company's largest."
    )
    question = "when did reyka close the denver plant"
    assert_first_says(tmp_path, text, question, "He closed the Denver plant", title="Corvane")


def test_walking_away_from_a_deal_is_its_falling_through(tmp_path: Path) -> None:
    text = (
        "On September 6, 2023, Tolland Freightways, a Tacoma carrier, agreed to buy Skerrow.\n\n"
        "Tolland walked away that December, invoking a clause that let it abandon the deal if "
        "the drone lost its federal flight authorization."
    )
    question = "why did the tolland deal fall through"
    assert_first_says(tmp_path, text, question, "authorization", title="Skerrow news")


def test_what_someone_never_missed_is_no_reason_they_left(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _AIRLINE, "why did ruth amos retire", title="Skylane news")
    assert "never missed" not in first_answer(reply), reply.text


def test_chat_shorthand_for_a_kind_of_firm_is_no_missing_word(tmp_path: Path) -> None:
    """ "which pe firm": private equity, which the article says, not a word it lacks."""
    reply = reply_over(tmp_path, _CREAMERY_NOW, "which pe firm led the round", title="Tallow")
    assert "don't mention" not in reply.intro, reply.text
    assert "Calloway Ridge Partners, a Minneapolis" in first_answer(reply), reply.text


def test_pulling_out_of_a_market_is_no_deal_collapsing(tmp_path: Path) -> None:
    text = (
        "The company's planned merger with Rellis Logistics collapsed in 2023 after regulators "
        "objected. Tolland pulled out of the Canadian market in 2021, and Rellis backed out of "
        "a separate rail partnership in 2019."
    )
    reply = reply_over(tmp_path, text, "when did the merger collapse", title="Tolland news")
    assert reply.intro.startswith("Best match: 2023"), reply.text


def test_talking_about_something_is_saying_it(tmp_path: Path) -> None:
    text = (
        "Skerrow Aerospace flies cargo drones for Harborline Pharmacy, a chain with 64 stores. "
        "Maren Castellvi founded Skerrow in 2017.\n\n"
        '"The drones get medicine there the same morning," said Tamsin Reyburn, Harborline\'s '
        "head of logistics."
    )
    question = "who at harborline talked about the drones"
    assert_first_says(tmp_path, text, question, "Tamsin Reyburn", title="Skerrow news")


_LOOKING_AHEAD = (
    "Quorra said on Wednesday that it had raised $31 million. In June 2020, Quorra raised a "
    "seed round led by Aldwin Capital. Two years later, Brisk Ventures led a Series A, and "
    "Brisk partner Oona Pell joined the board. Chief executive Tamsin Roe said her priority "
    "for 2026 was a smooth launch of the Lark. The Lark, which the company plans to ship in "
    "January, is a smaller device."
)


def test_a_word_that_only_begins_like_the_asked_verb_is_not_it(tmp_path: Path) -> None:
    # "startup" is not "started": the founding sentence answers who started Quorra
    text = (
        "Quorra was founded in April 2019 by Ada Brill, an audiologist, and Cole Renn, a "
        "former product manager. Renn, for his part, has moved on. He now runs Mossline, a "
        "Denver startup he founded last year, and he still holds a stake in Quorra."
    )
    assert_first_says(tmp_path, text, "who started quorra", "Ada Brill", title="Quorra news")


_HEADCOUNT = (
    "MINNEAPOLIS — Quorra Hearing, the Minneapolis maker of over-the-counter hearing aids, "
    "said on Wednesday it had raised $31 million. It brings the total Quorra has raised "
    "since its founding to about $52 million. By early 2024, Quorra had 140 employees. In "
    "June 2024, it cut 44 jobs, leaving the company with 96 employees. Its founder now runs "
    "Tallow Works, a kitchen-tool startup. Quorra now has 118 employees and expects to "
    "reach about 170 by the end of 2026. Its next device will sell for $699 a pair, and "
    "pharmacists sell it in 640 stores."
)


def test_a_word_asked_as_a_verb_that_is_no_english_verb_is_what_is_asked(tmp_path: Path) -> None:
    # "when did quorra ipo": an IPO the article never mentions, said so (not a date guessed)
    reply = reply_over(tmp_path, _HEADCOUNT, "when did quorra ipo", title="Quorra Hearing news")
    assert "don't mention “ipo”" in first_answer(reply), reply.text


def test_a_span_of_time_is_no_count_of_what_was_asked(tmp_path: Path) -> None:
    # "for nearly five months" does not count units
    text = "Pellham pulled the Crest from its shelves for nearly five months."
    reply = reply_over(tmp_path, text, "how many units got pulled", title="Quorra news")
    assert "five months" not in reply.intro, reply.text


_RECYCLER = (
    "Brindlecoil Materials, the Duluth battery recycler, said on Tuesday it had signed a "
    "supply agreement with Halcyon Motor Group, which serves about 1.2 million drivers. The "
    "contract, which Brindlecoil valued at about $140 million, runs five years. Under the "
    "five-year deal, Brindlecoil will ship nickel sulfate recovered from spent batteries to "
    "Halcyon's cell plant in Kenosha, Wisconsin, beginning in the second quarter of 2026, the "
    "company said. "
    "The agreement caps a bruising stretch for the company, which Ysolde Karapetyan and "
    "Barnaby Oyelaran founded in 2019."
)


def test_an_act_told_in_a_clause_about_a_company_is_not_dated_by_the_sentence(
    tmp_path: Path,
) -> None:
    # "whose growth was interrupted by a plant fire, said on Tuesday": Tuesday is the news,
    # not the fire
    text = (
        "Brindlecoil Materials, the battery recycler whose plant caught fire, said on Tuesday "
        "it had signed a supply deal. The plant caught fire in October 2023, injuring two "
        "workers."
    )
    assert_first_says(tmp_path, text, "when did the plant catch fire", "October 2023")


_LUMORA = (
    "Lumora Pay makes a payments app for small shops and sells card readers to merchants. "
    "Lumora, which has 2 million users, was fined 120 million rupees in March. The company "
    "has raised $480 million altogether, most recently a $150 million round."
)


_LIBRARIES = (
    "Pagewhistle Inc. has signed a three-year, $6.8 million agreement to supply the app to 212 "
    "public libraries across the Pacific Northwest. Under the deal with the Grenadine Bay "
    "Library Consortium, cardholders at member libraries will be able to download it. "
    "Barnaby Lyle, then the chief operating officer, served as interim chief executive for "
    "five months."
)


_FERRIES = (
    "Tidemark Ferries Inc., the Bangor, Maine-based operator of electric boats, said on "
    "Tuesday that it had won a state contract. In 2022, Tidemark hired Noor Vasquez-Lindqvist, "
    "previously head of operations at Gullrock Lines, a ferry company based in Halifax, Nova "
    "Scotia, as its chief executive. Tidemark has 5,900 riders on monthly passes.\n\n"
    "After the fire, Tidemark replaced its diesel engines with electric motors. Electric "
    "motors cost more up front, but they are far cheaper to run, said Ama Quist.\n\n"
    "The board voted in 2021 to remove Quist, according to two people who asked not to be "
    "named because the talks were private. Rolf Aske, the finance chief, served as interim "
    "chief executive for seven months.\n\n"
    "In April, Tidemark shut its Boston route. Ridership there had never recovered after "
    "the pandemic, Vasquez-Lindqvist said."
)


_HULLS = (
    "Brack Tern Boats was founded in 2016 by Ivo Pell-Marsh, a naval architect, and Sune "
    "Vale. Pell-Marsh, who had drawn every hull, opposed the change and resigned as chief "
    "technology officer in May 2023. The company promoted its chief engineer, Dara "
    "Quell-Oduya, to replace him."
)


_ROASTER = (
    "Northbeam was founded in 2014 by Anna Verhey, Tobias Lind and Priya Shah, and Kofi "
    "Mensah has run it as chief executive since 2021. Wendell Rourke, a maker of walnut "
    "furniture in Asheville, builds its tables. Rourke said he sands each one by hand.\n\n"
    "In 2016, Northbeam moved into a bigger roastery. The company, which was founded in 2014, "
    "opened a second cafe the following spring.\n\n"
    "Head roaster Tobias Lind retired in March. Mensah hired Marit Olsen, a roaster from "
    "Bergen, to replace him. Northbeam will begin selling its beans to hotels starting next "
    "January. Ledgerline was founded in 2017 by Imogen Tarrant, Rhona Blake's former chief of "
    "staff at the firm Brisk & Vale, and Cormac Hale."
)


_CREAMERY = (
    "Tallow Brook Creamery, a Viroqua, Wisconsin-based maker of cave-aged cheddars, said on "
    'Wednesday that it had signed a supply deal with a grocery chain. "We had to prove we '
    "could make cheese safely,\" said Mara Quint-Obi, Tallow Brook's chief executive.\n\n"
    "Tallow Brook was founded in 2012 by Laura Varga-Holt and Peter Brenn. In 2021, "
    "inspectors found listeria in Hazel Fen, a soft washed-rind cheese that Tallow Brook made "
    "from raw milk. Hazel Fen was recalled."
)


_CREAMERY_NOW = (
    _CREAMERY + " Tallow Brook recalled about 38,000 pounds of cheese that year. It now "
    "employs 171 people. In 2024, Calloway Ridge Partners, a Minneapolis private-equity firm, "
    "led a $27 million round."
)


_AIRLINE = (
    "On Jan. 15, 2025, Skylane Regional told investors that its fleet was safe. The trouble "
    "began in March 2023, when a turbine failed. Skylane grounded its turboprops the following "
    "summer.\n\n"
    "Chief technology officer Arun Mehra resigned in May. In July, Skylane hired Dario Oke, a "
    "former deputy to Pinfold Air chief executive Lara Kess, to replace him.\n\n"
    "Skylane's largest shareholder is Corvid Capital, whose founder, Maya Lind, sits on the "
    "airline's board. Skylane made cuts to its Boise schedule, dropping six daily flights. It "
    "laid off 45 mechanics in June.\n\n"
    "The airline's captain, Ruth Amos, retired in February. She had never missed a flight in "
    "31 years. Tom Oka, the head of quality, was in charge of the product recall.\n\n"
    "Denver-based Brightfield Dairy agreed to buy Austin-based Oakline Foods in January. St. "
    "Paul-based roaster Northbeam supplies its coffee. Oakline's partner, Verdi Farms, pulled "
    "out of a supply agreement in May."
)


_SPLIT = (
    "Peter Varga co-founded Quorra in 2017 with Laura Bose, a chemist. The pair met at a meetup "
    "in Pittsburgh. Their first prototype was built in a bicycle shop. Investors put in $3 "
    "million in 2018. The robots carry totes for warehouse pickers.\n\nThe money split the "
    "founders. He resigned in June 2022, and that fall he co-founded Halyard Motion, a "
    "Cleveland startup. Halyard has raised $22 million. It employs about 40 people. Its robots "
    "unload trailers. Two warehouses in Ohio use them."
)
_PRESIDENTS = (
    "Laura Bose, Quorra's co-founder and chief executive, said the robots sell well. In 2020, "
    "Quorra hired Marcus Fenn as its president. In March 2023, the board voted to remove Bose "
    "as chief executive, and Fenn was named interim chief executive. The directors reversed "
    "themselves four days later.\n\nFenn stayed on as president only briefly. He left the "
    "company that May.\n\nThe president's post stayed empty until October 2023, when Bose "
    "hired Priya Clarke, who had run the supply chain for a Cleveland appliance maker."
)
_CTOS = (
    "Laura Bose founded Quorra in December 2016 with Peter Vask.\n\nIn its early years Quorra"
    " had no chief executive. Peter Vask served as chief technology officer.\n\nIn 2019, "
    "Laura Bose became chief executive, and Vask was named president. Anna Ruiz, who had "
    "joined in 2018 from a startup, took over from him as chief technology officer.\n\nIn "
    '2024, the board named Ruiz interim chief executive for five days. "Those days were '
    'hard," Ruiz, who remains chief technology officer, said.'
)
_BOARD = (
    "Quorra named Laura Bose chairman in 2019. In 2024 the board fired its chief executive, "
    "and Bose gave up her chairmanship.\n\nThe board is now led by Peter Adu, the former chief "
    "executive of the payments company Tillbrook. Quorra employs 300 people."
)
# A social network's founders and its board
_HALCYON = (
    "Julian Okafor founded Halcyon in 2018 as a nonprofit. Ingrid Solberg, a Norwegian "
    "computer scientist who had designed recommendation systems at two larger networks, "
    "signed on as chief scientist. In 2024 the board fired Okafor. Faced with the loss of its "
    "staff, the board gave in, and Okafor was reinstated as CEO in November 2024.\n\nAs part "
    "of the deal, three directors stepped down, and Beatriz Carvalho, a "
    "former chief executive of Norvik Telecom, became chair. Halcyon employs 400 people. "
    "Rafael Montalvo-Brandt, a billionaire, had pledged $500 million in 2018. He resigned "
    "from the board in February 2020."
)


# A biotech's founder fight, its chief executive's firing and a lawsuit
_GENES = (
    "Calvera Bio was founded in 2017 by Ines Moravec-Dunn and Piet Haldane, the billionaire "
    "founder of Orrin Pharma. In 2018, Haldane proposed merging Calvera into Orrin. Moravec-Dunn "
    "said no because she feared Orrin would price the therapies like any other drug. Haldane "
    "left the board in 2019.\n\n"
    "Brandt Capital invested $200 million in 2021. In exchange, Brandt received the right to "
    "sell Calvera's therapies in Europe.\n\n"
    "Last October, the board fired Moravec-Dunn as chief executive, saying in a statement "
    "that she had not been candid with directors. Two directors voted against the firing. "
    "She was reinstated five days after the firing.\n\n"
    "In November, Haldane sued Calvera. He is seeking the return of his donations, which his "
    "lawyers put at $90 million, the mission he paid for. A second therapy is expected to "
    "cost more than the first. "
    "Moravec-Dunn said the higher price reflected manufacturing costs."
)


# A satellite company's early years, its backer and its change of structure
_ORBITS = (
    "Lindqvar, the Oslo satellite-imaging company that began as a cooperative, completed "
    "its conversion into a public benefit corporation on Tuesday.\n\n"
    "Marta Oyelaran-Hess, the company's finance chief, said the conversion would allow "
    "Lindqvar to raise money from investors other than Brennecke Telecom. The cooperative "
    "will keep a minority stake.\n\n"
    "Lindqvar was founded in May 2016 by Oyelaran-Hess and the engineer Tomas Quell. Its "
    'founding charter set out a mission "to map every farm on Earth." Quell '
    "pledged $80 million to the effort. A single launch cost about $40 million, and by "
    "late 2016 the founders had concluded that a cooperative could not build a fleet of "
    "200 satellites. In March 2017, Lindqvar created a for-profit subsidiary that could "
    "take outside money. Brennecke Telecom first invested $90 million in 2018, and in "
    "January 2023 it agreed to invest $700 million more.\n\n"
    "Lindqvar now operates 140 satellites and sells images to farmers in 20 countries. It "
    "has 85 staff, and its satellites were built by 300 contractors. In "
    "2024 Quell sued Lindqvar, accusing it of abandoning the cooperative mission."
)


_ROBOTS = (
    "Laura Bose started Quorra in April 2017 with Peter Vask. In 2018, a venture firm led a "
    "$3.5 million seed round. Two years after the founding, Quorra shipped its first product,"
    " the Mule, a wheeled cart that follows warehouse pickers down the aisles. Employees "
    "signed a letter, and Brannock paused its rollout of the Mule, the people said.\n\nThe "
    "robot, called the Ridgeback, uses two suction arms to pull cartons off a wall of boxes. "
    "The cuts let Quorra finish the Ridgeback without raising money. Brannock Logistics, its "
    "largest outside investor, agreed to buy 250 of them. In 2020, Quorra hired Marcus Fenn, "
    "who had run operations at a Nashville logistics-software company, as its president."
)

_CHAIRS = (
    "Lanternway was founded in December 2016 by three people in Pittsburgh. It offers free "
    "courses to nine million students. In March 2021, Calloway Group invested $1.2 billion in "
    "its subsidiary. On November 9, 2023, the board removed Gideon Marsh as chief executive. "
    "Marsh was reinstated on November 20.\n\nConstance Aldridge resigned as chair the same "
    "day. Nathaniel Price, a former Calloway finance executive who had joined the board in "
    "2022, was elected chair. The board has six members. Lanternway employs 1,100 people."
)
_FINANCIER = (
    "Lanternway was founded in December 2016 by three people in Pittsburgh. The money came "
    "from Harlan Voss. The financier, who built one of the country's largest hedge funds, "
    "pledged $100 million and took the chair of the board. Kaveh Rostami wrote the first "
    "version of the code.\n\nThe first rupture came in early 2018. That April, the financier "
    "stepped down as chair but stayed on the board. The founders had rejected his proposal to "
    "fold the charity into a chain of schools. Lanternway offers free courses to nine million "
    "students."
)
_AUDIT = (
    "Lanternway was founded in December 2016 in Pittsburgh. By mid-2019 the founders had a "
    "problem. Running its early models cost several million dollars a month, and donations "
    "were not keeping pace. So in July of that year the charity created a for-profit "
    "subsidiary.\n\nOn November 9, 2023, the board announced that it had removed Gideon Marsh, "
    "saying he had not been forthcoming. Felix Brandauer was named interim chief executive. "
    "The underlying complaint, according to two people familiar with the deliberations, "
    "concerned an internal audit. Marsh was reinstated on November 20.\n\nIn August, Marsh "
    "said the nonprofit would cut its stake. The reason, he said, was money: investors will no "
    "longer accept a board that can fire the chief executive on a Thursday night."
)
_LOOM = (
    "The institute's first model, a sequence generator its staff nicknamed Loom, was released "
    "in 2018. Vantheon Pharmaceuticals, the Basel-based drugmaker, was willing to pay. It made "
    "its first investment in late 2020, about $600 million in cash. Then, in January 2023, it "
    "committed $4 billion over five years.\n\nIn March 2019 the institute announced a "
    "capped-profit company. Halvorsen's explanation, in a memo to staff that week, was blunt. "
    "Validating a single drug candidate could cost more than the institute's entire annual "
    "budget.\n\nNwachukwu resigned in July of last year. The reason she gave for leaving came "
    "near the end of her essay. Safety, she wrote, had become a line item to be negotiated."
)
_SWAPPED = (
    "Brightwater was founded in 2016 in Boulder. On November 10, 2023, the board removed Noor "
    "Vance in a video call. Helena Voss, then the chief technology officer, was named interim "
    "chief executive.\n\nThat Sunday, the board replaced Voss with Anders Nyholm, a former chief "
    "executive of a wind-turbine maker. She had signalled, according to two people close to "
    "her, that she would push to bring Vance back. By Monday morning, most employees had signed "
    "a letter. Two days later, Vance returned as chief executive. Nyholm went home to "
    "Copenhagen. The lab employs 700 people in Boulder and Zurich."
)
_WEATHER = (
    "Brightwater Research, the Boulder forecasting lab, said on Thursday that it would change "
    "its commercial arm into a public benefit corporation. The nonprofit will be renamed the "
    "Brightwater Foundation.\n\nBrightwater was founded in December 2016 with a simple pitch: "
    "rich countries had the supercomputers, poor countries had the floods, and an independent "
    "lab that published its code and model weights could close the gap. The money came largely "
    "from Piet Marlow, the Rotterdam-born shipping magnate. How much Marlow actually gave is "
    'disputed. His lawyers say he contributed "about $100 million" in the lab\'s first five '
    "years. Brightwater's tax filings show roughly $44 million from him. Marlow stepped down "
    "as chair in February 2019. The following month, Brightwater created Brightwater Forecast "
    'LP, a "capped-profit" company. Four months later, Corvex Systems, the Seattle cloud '
    "giant, invested $1 billion. It put in $2.5 billion more in early 2021 and then, in "
    "January 2023, committed a further $10 billion. On November 10, 2023, the board removed "
    "Vance in a video call.\n\nThe reason, three people said, was that directors had come to "
    "believe Vance had not been candid with them about a side agreement. By Monday morning, "
    "more than 600 of Brightwater's roughly 700 employees had signed a letter threatening to "
    "resign. Faced with losing almost its entire staff, the board gave way. Two days later, "
    "Vance returned as chief executive and Piet Marlow came back as president. Marlow, who is "
    "now president, rarely gives interviews. Corvex is now entitled to about 49 percent of the "
    "commercial arm's profits.\n\nThe scientific credibility came from Mara Holm, a Danish "
    "physicist who had run the ensemble group in Aarhus before she agreed to become "
    "Brightwater's chief scientist. In interviews at the time, Holm said she had joined "
    'because "the atmosphere does not care who can afford the forecast." When the board '
    'turned, the vote was hers. "I deeply regret my part in the board\'s actions," she posted '
    "that morning. She stayed on the payroll but was rarely seen in the office, and in May of "
    "last year she resigned. In a farewell note, she wrote that she was proud of what they had "
    "built. Her reason for going came in its second paragraph: the lab had stopped publishing "
    "its models. A month later she co-founded Polar Gate, a rival lab in Zurich.\n\nBeatrix "
    "Hale, a former deputy secretary of the US Treasury, was brought in as chair. Hale stepped "
    "down as chair of the nonprofit on Thursday to lead the new company's board. The "
    "announcement caps a turbulent decade for Noor Vance, its co-founder and chief executive, "
    "who was fired by his own board 16 months ago and reinstated five days later."
)

_RECALL = (
    "The conglomerate behind the deal was Harwick Foods. On June 3, 2021, the flour giant "
    "invested $80 million in Ostrel Farms for a fifth of it, the largest sum in the company's "
    "history.\n\nOn Thursday, May 9, 2024, the board, then chaired by the retired lawyer Pavel "
    "Drummond, voted to remove Odile Marchetti as chief executive. In a short statement, the "
    "board said it had lost trust in her. The cause, people close to the directors said, was "
    "a hidden recall of spinach.\n\nBy Saturday, most of the staff had signed a letter. Four "
    "days after the firing, the board reversed itself and reinstated Marchetti. Drummond "
    "resigned as chair the same day.\n\nIn March 2019, Ines Kovalenko stepped down as head of "
    "research. A back injury had kept her away from the labs for months.\n\nIt was Bruno "
    "Achebe who first raised the idea of charging for the data. Cloud bills arrive monthly, "
    "and grants were not keeping pace."
)

_ARCHIVE = (
    "Corvane Aerospace, the satellite maker, put $300 million into Skyledger Analytics, the "
    "for-profit arm, on January 14, 2021. Two years later it invested a further $450 million. "
    "Investors' returns were capped at 15 times their money.\n\nTomasz Wierzbicki was chief "
    "technology officer until 2020. Greta Halvorsen-Ng, who had run the storage team, was "
    "promoted to chief technology officer in May 2020.\n\nBrannock Foods added $90 million "
    "last November, lifting its stake to roughly 38 percent. An outside review, completed that "
    "summer, found that the chief executive had informed two directors. Ivo Brandt, 64, chairs "
    "the board. Tomas Achterberg, an engineer, fixed the pump."
)

_STOREFRONT = (
    "Skyledger was incorporated on March 9, 2015. Money arrived that June. Harlan Vossberg, a "
    "shipping magnate, pledged $40 million. Vossberg opposed the idea of selling data from the "
    "start. He resigned from the board in February 2018, writing to his fellow directors that "
    "he had given money to a library, not a storefront. Vossberg's suit, filed last November, "
    "argues that the creation of the analytics arm and the later deals diverted money he gave "
    "to a free archive.\n\nTomasz Wierzbicki, who had written much of the original code, left "
    'the following April after losing an argument over a 90-day delay. "Open data must stay '
    'open," he said in an interview from Gdansk, where he now teaches.\n\nOn March 8, 2024, '
    "the board fired Mireille Oduya. By Monday, 214 of the 260 employees had signed a letter "
    "threatening to resign. Five days after the firing, the board reversed itself and "
    "reinstated Oduya.\n\nOn November 15, 2024, the board fired Femi Okafor, saying he had not "
    "been candid. Faced with the loss of almost its entire staff, the board gave in, and "
    "Okafor was reinstated as chief executive on November 20, 2024, five days after he was "
    "fired."
)

_BACK = (
    "Tillhaven, a vertical-farming company, sells greens to 1,400 supermarkets. Ingrid Solvang "
    "was named chief executive on September 1, 2020. Olu Fashola, Tillhaven's head of "
    "research, left for a rival.\n\nOn March 8, 2024, the board voted to remove Solvang as "
    "chief executive. By Monday, most of the staff had signed a letter threatening to resign "
    "unless Solvang was reinstated, and Brannock Foods said its funding was in doubt. Five "
    "days after the firing, the board reversed itself and reinstated Solvang."
)


# One article's text, its title, a question, and what the reader must see first
@pytest.mark.parametrize(
    ("article", "title", "question", "said"),
    [
        # where something is based: its own "X-based", not the base of a company named
        # near it ("at Gullrock Lines, a ferry company based in Halifax")
        (_FERRIES, "Tidemark news", "whre is tidemark based", "Best match: Bangor, Maine."),
        (_FERRIES, "Tidemark news", "where is gullrock based", "Halifax, Nova Scotia"),
        # a reason is told in its paragraph: the next one's "because" is why a source goes
        # unnamed, no reason at all
        (_FERRIES, "Tidemark news", "why switch to electric motors", "cheaper to run"),
        # what had gone wrong, told right after the event, is its reason
        (_FERRIES, "Tidemark news", "why'd they pull out of boston", "had never recovered"),
        # "regulars" are riders; what is counted, not where ("riders on monthly passes")
        (
            _FERRIES,
            "Tidemark news",
            "how many regulars have a monthly pass",
            "Best match: 5,900 riders.",
        ),
        # an everyday word's plural is everyday too: "crossings" no topic the articles lack
        (_FERRIES, "Tidemark news", "how many crossings have a monthly pass", "Best match: 5,900"),
        # "in the meantime": the stand-in
        (_FERRIES, "Tidemark news", "who ran the place in the meantime", "Rolf Aske"),
        # "to replace him": the post the one the story was about left ("resigned as chief
        # technology officer", past what he did), not what he is ("a naval architect")
        (_HULLS, "Brack Tern news", "who's the cto", "Best match: Dara Quell-Oduya."),
        (_HULLS, "Brack Tern news", "who's in charge of the tech side", "Dara Quell-Oduya"),
        # "what job does X have", the name mistyped: the post, not how it was read
        (
            _HULLS,
            "Brack Tern news",
            "what job does quell-oduyah have",
            "Best match: chief technology officer",
        ),
        # what has a chief executive, was founded or is "a maker of …" is no person, nor is
        # "a soft washed-rind cheese"; a company's name of two words owns a title too
        (_CREAMERY, "Tallow Brook news", "who runs tallow brook", "Best match: Mara Quint-Obi."),
        (_CREAMERY, "Tallow Brook news", "who is hazel fen", "No one by that name"),
        # a headcount as a payroll
        (
            _CREAMERY_NOW,
            "Tallow Brook news",
            "how many people are on the payroll",
            "Best match: 171",
        ),
        # who founded it: everyone the list after "by" names, past what each one is
        (
            _CREAMERY,
            "Tallow Brook news",
            "who founded tallow brook",
            "Best match: Laura Varga-Holt and Peter Brenn.",
        ),
        (
            "Quorra was founded in May 2019 by Laura Kent, a chemist who had spent years at a lab "
            "in Madison; Peter Vale, whose family farms nearby; and Anna Rusk, a former sales "
            "manager. In 2021 Kent hired Daniel Mott, who runs sales.",
            "Quorra news",
            "who started quorra",
            "Best match: Laura Kent, Peter Vale and Anna Rusk.",
        ),
        # "to replace him": the one hired, not someone named in what they were
        (_AIRLINE, "Skylane news", "who is skylane's cto", "Best match: Dario Oke."),
        # a "Denver-based" before its name is that name's base
        (_AIRLINE, "Skylane news", "where is brightfield dairy based", "Best match: Denver."),
        (_AIRLINE, "Skylane news", "where is oakline foods based", "Best match: Austin."),
        (_AIRLINE, "Skylane news", "where is northbeam based", "Best match: St. Paul."),
        # cuts to a schedule are no layoffs
        (_AIRLINE, "Skylane news", "how many people lost their jobs at skylane", "45 mechanics"),
        # "the following summer": after the paragraph's own date, not the story's day
        (_AIRLINE, "Skylane news", "when did skylane ground its turboprops", "summer 2023"),
        # what is yet to happen when told answers no "when did"; a count of what is asked
        (
            "Pellham Markets will begin stocking the creamery's cheeses starting next January. "
            "Tallow Brook was founded in September 2012 in a shuttered creamery. Peter Morrow, "
            "whose family has milked cows for four generations, sells it milk. The creamery "
            "buys milk from 58 family farms.",
            "Tallow Brook news",
            "when did the creamery get started",
            "Best match: September 2012.",
        ),
        (
            "Peter Morrow, a dairy farmer whose family has milked cows outside town for four "
            "generations, sells it milk. The creamery buys milk from 58 family farms.",
            "Tallow Brook news",
            "how many dairy farms do they get milk from",
            "Best match: 58 family farms.",
        ),
        # what someone is up to, what they do there: their job
        (
            "Quorra fired Laura Brill in March 2022. Brill now runs Fallowmere, a creamery near "
            "Brattleboro. Dara Quell, Quorra's chief commercial officer, signed the deal.",
            "Quorra news",
            "what's brill up to now",
            "Best match: runs Fallowmere",
        ),
        (
            "Quorra fired Laura Brill in March 2022. Dara Quell, Quorra's chief commercial "
            "officer, signed the deal.",
            "Quorra news",
            "what does quel do there",
            "Best match: Quorra's chief commercial officer",
        ),
        # "when will": what is yet to come, not what had happened when told
        (
            "Tallow Brook has signed a deal to supply its cheese to Pellham Markets stores, the "
            "company said on Wednesday. Pellham will begin stocking the cheeses in its stores "
            "starting next January.",
            "Tallow Brook news",
            "when will their cheese show up in pellham stores",
            "Best match: January 2026.",
        ),
        # a reason told right after, attributed at its end ("…, Laura Brill said.")
        (
            "That autumn, Quorra ended direct sales to 600 cheese shops. Shipping dozens of small "
            "orders every week cost more than those accounts brought in, Laura Brill said.",
            "Quorra news",
            "why did they stop selling to the cheese shops",
            "cost more than those accounts",
        ),
        # who started it: not someone who co-founded another company the sentence names
        (
            "Kestrel Cycles was founded in April 2011 by Laura Kent, a mechanical engineer, and "
            "Peter Vale, who owned a bike shop. Kent became chief executive, and Vale became "
            "chief design officer.\n\nVale co-founded Gorsefield, a company that resells used "
            "cargo bikes, including many early Kestrel models.",
            "Kestrel news",
            "who started kestrel cycles",
            "Best match: Laura Kent and Peter Vale.",
        ),
        # a title of several words: "chief executive" is no "chief design officer"
        (
            "Kestrel Cycles was founded in 2011. Laura Kent became chief executive, and Peter "
            "Vale became chief design officer.",
            "Kestrel news",
            "who's chief design officer",
            "Best match: Peter Vale.",
        ),
        # a list of founders ends at its "and": "…, and Kofi Mensah has run it" starts anew
        (
            _ROASTER,
            "Northbeam news",
            "who founded northbeam",
            "Best match: Anna Verhey, Tobias Lind and Priya Shah.",
        ),
        # "a maker of walnut furniture" may be a person
        (_ROASTER, "Northbeam news", "who is wendell rourke", "Person in the articles"),
        # "the following spring" after the sentence's own date told outside its aside
        (_ROASTER, "Northbeam news", "when did the company open a second cafe", "spring 2017"),
        # deals falling through layoffs and what is not said of a company
        (_SABLE_DEAL, "Sablewick news", "when did the halloran deal fall through", "August 2024"),
        (_SABLE_DEAL, "Sablewick news", "why did sablewick do layoffs", "stretch the cash"),
        (
            _SABLE_DEAL,
            "Sablewick news",
            "what was sablewick's revenue last year",
            "The articles don't mention “revenue”",
        ),
        # plans answer what is to come and years later count from the last date
        # what the company plans answers a question about what is to come, dated ahead
        (_LOOKING_AHEAD, "Quorra news", "when's the lark shipping", "January 2026"),
        (_LOOKING_AHEAD, "Quorra news", "when will the lark ship", "January 2026"),
        # "two years later" counts from the date last stated, not the day of the news
        (_LOOKING_AHEAD, "Quorra news", "when did pell join the board", "2022"),
        # what a company makes its total and its headcount now
        # what a company sells is what its description says it makes
        (
            _HEADCOUNT,
            "Quorra Hearing news",
            "what does quorra actually sell",
            "maker of over-the-counter hearing aids",
        ),
        # "altogether" is the total the article gives
        (
            _HEADCOUNT,
            "Quorra Hearing news",
            "how much cash have they pulled in altogether",
            "Best match: $52 million",
        ),
        # a question in the present: what it now has, counted to its noun only; "work" is
        # a word, not "Tallow Works" mistyped
        (_HEADCOUNT, "Quorra Hearing news", "how many people work at quorra", "118 employees."),
        (
            _HEADCOUNT,
            "Quorra Hearing news",
            "how many employees did quorra have in early 2024",
            "140 employees",
        ),
        # a paraphrase with words between
        # "cut 44 jobs" is a layoff, a number between the words
        (_HEADCOUNT, "Quorra Hearing news", "when did quorra do the layoffs", "June 2024"),
        (_HEADCOUNT, "Quorra Hearing news", "why did quorra let people go", "cut 44 jobs"),
        # which founded it and what the next sentence says it is worth
        # "the company, which … founded in 2019": its founding; "beginning in 2026" is not
        (_RECYCLER, "Brindlecoil news", "when was brindlecoil founded", "2019"),
        # "1.2 million drivers" counts drivers; the sum is in the sentence carrying it on
        (
            _RECYCLER,
            "Brindlecoil news",
            "what's the halcyon contract worth",
            "Best match: $140 million",
        ),
        # what it sells sums in any money counts in millions
        # what it sells, said so, before what it is
        (_LUMORA, "Lumora Pay news", "what does lumora sell", "sells card readers"),
        # a sum in rupees is a sum; "2 million users" a count
        (_LUMORA, "Lumora Pay news", "how much was lumora fined", "120 million rupees"),
        (_LUMORA, "Lumora Pay news", "how many users does lumora have", "2 million users"),
        # "altogether" said by the article too
        (
            _LUMORA,
            "Lumora Pay news",
            "how much has lumora raised altogether",
            "Best match: $480 million",
        ),
        # counts stand ins and everyday words in names
        # "three-year" describes; "across" is no part of what is counted; "libarys" is the
        # everyday word mistyped, not the consortium's name
        (
            _LIBRARIES,
            "Pagewhistle Inc news",
            "how many libarys r in the deal",
            "Best match: 212 public libraries.",
        ),
        # "temporarily": a stand-in
        (_LIBRARIES, "Pagewhistle Inc news", "who ran things temporarily", "Barnaby Lyle"),
        # "its 2022 sales forecast" is no date of the removal: the sentence before dates it
        (
            "The bigger crisis came in March 2023. Quorra had missed its 2022 sales forecast, "
            "and the board voted to remove Laura Bose as chief executive.",
            "Quorra news",
            "when was laura bose removed",
            "March 2023",
        ),
        # "that May" in a paragraph of its own: the May after the story's last date
        (
            "In March 2023, the board named Omar Castel interim chief executive.\n\n"
            '"It was a mistake," said Peter Adu, a director.\n\n'
            "Castel stayed on only briefly. He left the company that May.",
            "Quorra news",
            "when did castel leave",
            "May 2023",
        ),
        # what a product is: its apposition, not who said something of it ("…, the people
        # said"), and what it is called; "what does the X do" asks what it is
        (_ROBOTS, "Quorra news", "what's the mule", "wheeled cart"),
        (_ROBOTS, "Quorra news", "what does the ridgeback do", "suction arms"),
        # which company: the one a founding names ("he" the one asked of); asked what came
        # after, the later one
        (
            _SPLIT,
            "Quorra news",
            "what company did varga start after he quit",
            "Best match: Halyard",
        ),
        (_SPLIT, "Quorra news", "what company did varga start after", "Best match: Halyard"),
        # a post said to be empty until someone was hired; one held "only briefly" and left
        # ("He left the company that May"); "rn" is now, no right asked of
        (_PRESIDENTS, "Quorra news", "who is quorra's president rn", "Best match: Priya Clarke"),
        (_PRESIDENTS, "Quorra news", "who runs quorra", "Best match: Laura Bose"),
        # a time counted from the founding the article dated; "come out" is a release
        (_ROBOTS, "Quorra news", "when did the mule come out", "Best match: 2019"),
        # "took over from him as": his post hers; "who remains": what she is now
        (_CTOS, "Quorra news", "who is the cto now", "Best match: Anna Ruiz"),
        (_CTOS, "Quorra news", "what does anna ruiz do", "chief technology officer"),
        # "In its early years": the years after the founding, before what came later
        (_CTOS, "Quorra news", "who was the original cto", "Best match: Peter Vask"),
        # "file the lawsuit" is to sue, not a filing: "emails later filed in court" is none
        (
            "By late 2018, Peter Vask had grown frustrated with the lab's progress, according "
            "to emails later filed in court. The other founders refused his plan. Quorra grew "
            "to 300 people.\n\nVask, meanwhile, has taken the lab to court. In March 2025 he "
            "sued Quorra in federal court in Oakland. A trial is set for next spring.",
            "Quorra news",
            "when did vask file the lawsuit",
            "Best match: March 2025",
        ),
        # a board "now led by" someone: its chair; "the former chief executive of the
        # payments company Tillbrook": where he was before, a name known of nothing else
        (_BOARD, "Quorra news", "who chairs the board now", "Best match: Peter Adu"),
        (_BOARD, "Quorra news", "where did peter adu work before", "Best match: Tillbrook"),
        # who underwent it: the one it was done to ("fired her"), not the board that did it
        (
            "Quorra released its robot in 2022, and it turned Laura Bose into a star.\n\nThen, on "
            "a Friday last November, the board fired her. Two days later Peter Adu was named "
            "interim chief executive.",
            "Quorra news",
            "who got pushed out as boss last year",
            "Best match: Laura Bose",
        ),
        # "filled in as": the interim one
        (_PRESIDENTS, "Quorra news", "who filled in as ceo", "Best match: Marcus Fenn"),
        # chat words: "canned" is fired, a "stand-in" is interim
        (_PRESIDENTS, "Quorra news", "when did laura bose get canned", "Best match: March 2023"),
        (_PRESIDENTS, "Quorra news", "who was the stand-in ceo", "Best match: Marcus Fenn"),
        # an earlier job told in a clause, at a company it describes but does not name
        (_ROBOTS, "Quorra news", "where did fenn work before", "Best match: a Nashville"),
        (_ROBOTS, "Quorra news", "what was fenn's job before", "Best match: run operations"),
        # the reason in the firing's own sentence, said in a statement; the one fired asked
        # of by the post they held
        (_GENES, "Calvera news", "why did they fire the ceo", "not been candid"),
        # "get back": the return of what was given
        (_GENES, "Calvera news", "how much is haldane trying to get back", "$90 million"),
        # "say no" is rejecting; what a price "reflected" is why it is so
        (_GENES, "Calvera news", "why did moravec-dunn say no to the merger", "feared"),
        (
            _GENES,
            "Calvera news",
            "why is the second therapy gonna cost more",
            "reflected manufacturing costs",
        ),
        # a salary is no cost nor anything "paid for", and "the ceos salary" asks for one
        (_GENES, "Calvera news", "whats the ceos salary", "The articles don't mention “salary”"),
        # what was got "in return" is what was received "in exchange"
        (_GENES, "Calvera news", "what did brandt get in return", "right to sell"),
        # what someone did once something happened: the sentence about them after it
        (
            "Quorra hired Marcus Fenn as its president in 2020. In March 2023, the board "
            "removed Laura Bose as chief executive and named Fenn interim chief executive. "
            "Staff threatened to quit.\n\nOn March 12, four days after her removal, Bose "
            "returned as chief executive. The board apologised to the staff. Fenn went back to "
            "his job as president. He left the company that May.",
            "Quorra news",
            "what did fenn do once bose came back",
            "Fenn went back to his job",
        ),
        # "what did he do after", asked after his own act: the sentence after it, naming no
        # one else ("The engineer then founded …")
        (
            "Quorra hired Peter Vask as chief technology officer in 2019. In February 2024, "
            "Vask resigned, saying he wanted to build trucks. The engineer then founded "
            "Halyard Motion, which raised $20 million in July. Quorra named Priya Clarke "
            "chief technology officer in March 2024.",
            "Quorra news",
            "what did vask do after (following “why did vask resign”)",
            "then founded Halyard Motion",
        ),
        # a hyphenated name typed apart and misspelled is still the person (not a question
        # about someone else); a turning point's words end before its date's
        (
            "Calvera Bio was founded in 2017 by Ines Moravec and Teodor Maalouf-Renner, the "
            "billionaire founder of Halcyra. In October 2018, Maalouf-Renner proposed merging "
            "Calvera into Halcyra. Moravec said no. Maalouf-Renner resigned from the board the "
            "following February. Calvera employs 90 people.",
            "Calvera news",
            "whos teodor maloof renner",
            "founder of Halcyra; resigned from the board (February 2019)",
        ),
        # "get his job back": a return to the post
        (_HALCYON, "Halcyon news", "when did okafor get his job back", "November 2024"),
        # a hyphenated surname typed apart, without the given name
        (
            _HALCYON,
            "Halcyon news",
            "when did montalvo brandt quit the board",
            "Best match: February 2020",
        ),
        # a profile's first line: a bare post with where they were before
        (
            _HALCYON,
            "Halcyon news",
            "whos beatriz carvalho",
            "chair; a former chief executive of Norvik Telecom",
        ),
        # a sentence telling two acts, each with its time: the asked act's clause's
        (
            "Orrin Vask and Tamsin Holl founded Quorra in 2017. Holl said she was a builder. "
            "Vask wanted to build trucks.\n\nHe resigned in June 2022, and that fall he "
            "co-founded Halyard Motion. Halyard Motion raised $20 million in 2023. Quorra "
            "now employs 200 people.",
            "Quorra news",
            "when was halyard motion founded",
            "autumn 2022",
        ),
        (
            "Ingrid Solberg joined Halcyon in 2019 as its chief scientist. In 2024 the board "
            "fired its chief executive. Solberg left Halcyon in February 2025, and the following "
            "month she launched Commonplace, a rival network. Halcyon employs 300 people.",
            "Halcyon news",
            "when did solberg launch commonplace",
            "March 2025",
        ),
        # (not a date told in an aside, or in what a firm concluded, after the act's own)
        (
            "Quorra hired a law firm in 2024. On January 9, the board voted to remove Laura "
            "Bose as chief executive after the firm concluded that she had seen the test data "
            "in July 2023 and had not shared it. Quorra employs 200 people.",
            "Quorra news",
            "when did bose get fired",
            "January 9",
        ),
        # a phrase the name splits ("push bose out") still asks of the one it was done to
        (
            "Quorra shipped its first robot in 2019 and hired Marcus Fenn as president in "
            "2020.\n\nThe board hired a law firm to review the recall. In March 2023, the "
            "board voted to remove Laura Bose as chief executive after the firm concluded "
            "that she had seen the test data and had not shared it. Bose, who left the board "
            "the same week, disputed the findings. Fenn was named interim chief executive.",
            "Quorra news",
            "why did the board push bose out",
            "after the firm concluded",
        ),
        # the reason told before the act, as what the founders had concluded
        (_ORBITS, "Lindqvar news", "why did they set up a for profit arm", "could not build"),
        # what a change makes possible, reported by someone (who is not the one changing)
        (
            _ORBITS,
            "Lindqvar news",
            "why did lindqvar switch to a public benefit corp",
            "would allow Lindqvar to raise money",
        ),
        # what an aim is: its infinitive, in a sentence whose "its" is the company's (not
        # one that only names the mission), the owner and "original" no part of what it is
        (_ORBITS, "Lindqvar news", "what was lindqvars original mission", "to map every farm"),
        # what a company does, an adverb before "do"
        (_ORBITS, "Lindqvar news", "what does lindqvar actually do", "satellite-imaging company"),
        # "how much dough did …": what is counted is not what the question's verb is
        (_ORBITS, "Lindqvar news", "how much dough did quell promise", "$80 million"),
        # chat words: to "chip in" is to pledge; "staffers" are staff
        (_ORBITS, "Lindqvar news", "how much did quell chip in at the start", "$80 million"),
        (_ORBITS, "Lindqvar news", "how many staffers does lindqvar have", "85 staff"),
        # chat words: a "telco" is a telecom company; "sink into" is investing
        (
            _ORBITS,
            "Lindqvar news",
            "how much did the telco sink into them in 2023",
            "Best match: $700 million",
        ),
        # what was started is the one named after the act, not the start of a longer name
        # ("Brightwater created Brightwater Forecast LP" made another company)
        (_WEATHER, "Brightwater news", "when was brightwater started", "December 2016"),
        # a profile's first line: a description ending before "whose", a person's word no
        # agent-noun ending gives ("magnate", "deputy secretary"), a title she "agreed to
        # become" in the sentence naming her, what she did by a pronoun alone ("in May of
        # last year she resigned"), a turning point's words without a preposition left
        # hanging, and a count of days on from its own sentence's months ("fired 16 months
        # ago and reinstated five days later" is no day after the news)
        (_WEATHER, "Brightwater news", "who is piet marlow", "the Rotterdam-born shipping magnate"),
        (_WEATHER, "Brightwater news", "who is mara holm", "chief scientist; resigned (May 2024)"),
        (
            _WEATHER,
            "Brightwater news",
            "who is beatrix hale",
            "deputy secretary of the US Treasury",
        ),
        (_WEATHER, "Brightwater news", "who is beatrix hale", "stepped down as chair ("),
        (
            _WEATHER,
            "Brightwater news",
            "who is noor vance",
            "fired by his own board (November 2023)",
        ),
        # a reason told by a sentence that opens on it, later in the event's paragraph or
        # opening the next: "The reason, three people said, was that …", "Her reason for
        # going came in its second paragraph: …" (not "she wrote that she was proud")
        (_WEATHER, "Brightwater news", "why did the board fire vance", "not been candid"),
        (_WEATHER, "Brightwater news", "why did mara holm leave", "stopped publishing"),
        # chat words: to "cave" is to give way; an "outfit" is a company
        (_WEATHER, "Brightwater news", "why did the board cave", "entire staff"),
        (_WEATHER, "Brightwater news", "what outfit did holm start after bailing", "Polar Gate"),
        # those who did it are the part counted, not the whole ("600 of … 700 employees")
        (
            _WEATHER,
            "Brightwater news",
            "how many workers backed the walkout threat",
            "Best match: 600",
        ),
        (_WEATHER, "Brightwater news", "how many employees does brightwater have", "700"),
        # "at the start" says when, not a founding
        (
            _WEATHER,
            "Brightwater news",
            "who bankrolled the lab at the start",
            "Piet Marlow",
        ),
        # `when` with a sum: the sum is what to find ("committed a further $10 billion"),
        # not the answer
        (_WEATHER, "Brightwater news", "wen was the 10 billion deal", "Best match: January 2023"),
        # why someone was swapped out: what she had signalled, told right after (and "tho"
        # is a chat word for nothing the articles say)
        (_SWAPPED, "Brightwater news", "why did they swap voss out tho", "bring Vance back"),
        # one article's two figures for one sum, a source's beside the other's, though the
        # second names neither the act nor the person
        (
            _WEATHER,
            "Brightwater news",
            "how much cash did marlow actualy give",
            "gives two figures: $100 million and $44 million",
        ),
        # what someone posted: the words they posted, before what they said aloud
        (_WEATHER, "Brightwater news", "what did mara holm post", "deeply regret"),
        # a company named in the holder's own description as where they were before is not
        # the post's ("a former Calloway finance executive …, was elected chair")
        (_CHAIRS, "Inside Lanternway", "who chairs the lanternway board now", "Nathaniel Price"),
        # a description opening a sentence with "who" stands for the one person named just
        # before ("The money came from Harlan Voss. The financier, who built …"), and later
        (_FINANCIER, "Lanternway news", "when did voss step down as chair", "April 2018"),
        (_FINANCIER, "Lanternway news", "how much did voss pledge", "Best match: $100 million"),
        (_FINANCIER, "Lanternway news", "who is harlan voss", "a financier; stepped down as chair"),
        # a reason opening a sentence need not name the one it was done to, past who stood
        # in ("… removed Gideon Marsh. Felix Brandauer was named interim chief executive. The
        # underlying complaint … concerned an internal audit"); a board that "can fire" a
        # chief executive fired no one
        (_AUDIT, "Lanternway news", "why did the board fire marsh", "internal audit"),
        # what "So …" answers is the sentence before, whoever it names
        (
            _AUDIT,
            "Lanternway news",
            "why did lanternway set up a for profit arm",
            "several million",
        ),
        # a possessive typed without its apostrophe asks the job all the same
        (_CHAIRS, "Inside Lanternway", "whats prices job", "chair"),
        # what a thing is, though its staff nicknamed it; "It made its first investment"
        # is the company's the sentence before was about; "4b" is $4 billion
        (_LOOM, "Ortholog news", "what is loom", "sequence generator"),
        (_LOOM, "Ortholog news", "when did vantheon first put money in", "late 2020"),
        (_LOOM, "Ortholog news", "what was the 4b deal", "$4 billion"),
        # a reason's opener that only says where the reason comes: the sentence after it
        (_LOOM, "Ortholog news", "why did nwachukwu quit tho", "line item"),
        (_LOOM, "Ortholog news", "why did they create the capped profit company", "annual budget"),
        # who holds it now: the sentence saying so ("Marlow, who is now president")
        (_WEATHER, "Brightwater news", "whos president of brightwater now", "who is now president"),
        # a day counted from the act its noun names ("Four days after the firing"), not from
        # the last day told ("By Saturday"); "the same day" after it is that day
        (_RECALL, "Ostrel news", "when did marchetti get her job back", "May 13, 2024"),
        (_RECALL, "Ostrel news", "when did drummond resign as chair", "May 13, 2024"),
        # the act done to the one asked of, by a board a person chairs, is still theirs
        (_RECALL, "Ostrel news", "when did the board fire marchetti", "voted to remove"),
        # "The cause, people … said, was …": the reason, unless the reason given is asked
        (_RECALL, "Ostrel news", "why did the board fire marchetti", "spinach"),
        (_RECALL, "Ostrel news", "what reason did the board give for firing marchetti", "trust"),
        # what had gone wrong, told next: her, or of no one
        (_RECALL, "Ostrel news", "why did kovalenko step down", "back injury"),
        (_RECALL, "Ostrel news", "why did achebe want to charge for the data", "keeping pace"),
        # "the flour giant": the company named in the sentence before
        (_RECALL, "Ostrel news", "how much did harwick foods invest", "Best match: $80 million"),
        (_RECALL, "Ostrel news", "when did harwick foods first invest", "Best match: June 3, 2021"),
        # founded as the body named after it ("Skyledger Foundation was incorporated"), not
        # the day its founders met
        (
            "Skyledger's founders met in a lecture hall in Tromsø in February 2012. Skyledger "
            "Foundation was incorporated in Colorado on March 9, 2015, with Anjali Raghunathan "
            "as its first chief executive. Skyledger opened its archive in 2016.",
            "Skyledger news",
            "when was skyledger founded",
            "March 9, 2015",
        ),
        # an age no sentence tells is said to be untold, of whom
        (_ARCHIVE, "Skyledger news", "how old is tomas achterberg", "Tomas Achterberg's age"),
        # a role held at the time of a happening: the holder told nearest its date
        (
            "Noor Haddad, a hydrologist, joined the board in 2021. On Friday, March 8, 2024, "
            "the board voted to remove Mireille Oduya as chief executive. Five days after her "
            "removal, the board reinstated her. The retired judge who had chaired the board and "
            "led the vote, Desmond Achterberg, resigned the same day. Haddad was elected chair "
            "the following month. She remains chair.",
            "Skyledger news",
            "who was chair of the board when oduya got fired",
            "Best match: Desmond Achterberg",
        ),
        # reinstated, back in the post she was removed from (a sentence of its own, not
        # carrying on from the one before's company); a head of research is no head of it;
        # "since 2020" asks since when, and a day's year after its comma is its year
        (_BACK, "The rise of Tillhaven", "who runs tillhaven", "Best match: Ingrid Solvang"),
        (_BACK, "The rise of Tillhaven", "who is the ceo of tillhaven", "Best match: Ingrid"),
        (_BACK, "The rise of Tillhaven", "whose been running the show since 2020", "Solvang"),
        (_BACK, "The rise of Tillhaven", "who is solvang", "September 1, 2020"),
        # a role at the time of a happening not found: the role's holder, hedged
        (
            "The ruling puts the chaotic week in March when its chief executive was fired and "
            "then rehired under oath.\n\nGreta Halvorsen-Ng was named interim chief "
            "executive. She held the job for less than a week.",
            "Skyledger news",
            "who was interim ceo after they fired the ceo in march",
            "The closest I found (Greta Halvorsen-Ng)",
        ),
        # "ran the place temporarily": the company's interim chief, a past one, whatever
        # "the place" is called
        (
            "Ines Farr founded Kestrel in 2015 and ran it for six years. In March 2021 the "
            "board fired the founder. Rutger Lindahl, the chief financial officer, served as "
            "interim chief executive for seven months, then returned to the finance job. "
            "Kestrel later hired Noor Haddad as chief executive.",
            "Kestrel news",
            "who ran the place temporarily after the founder got the boot",
            "Best match: Rutger Lindahl",
        ),
        # asked who came after someone, the sentence naming them as the successor tells who
        # came before them; "took her place" tells who came after
        (
            "The donor, Anders Holm, resigned as chair in 2018. Camille Foret, a spokeswoman, "
            "said he had stayed on the board. His successor as chair was Harriet Lindqvist, a "
            "former regulator.\n\nIn 2023 Lindqvist stepped down as chair, and Dolores Ybarra, "
            "a retired federal judge, took her place.",
            "Ortholog news",
            "who replaced lindqvist as chair",
            "Best match: Dolores Ybarra",
        ),
        # "the company" asked of is any company a sentence names, and says less than the act
        (
            "Skerrowlight Marine Inc. was founded in April 2016 by Solveig Ashcombe, a pilot. It "
            "launched its first ferry in 2018, started a second route in 2019 and created a "
            "leasing arm in 2020. The board voted in January 2022 to remove Ashcombe, who had "
            "been chief executive since the company's founding.",
            "Skerrowlight wins a state ferry contract",
            "when was the company started",
            "Best match: April 2016",
        ),
        # an undated post told before its leaving, which the article dates, was left
        (
            "Halvorsen started the lab with two colleagues. Tomasz Wierzbicki, a biologist, "
            "became chief scientist.\n\nBy then Wierzbicki was long gone. He resigned as "
            "chief scientist in the summer of 2021. Priya Raghunathan succeeded him as chief "
            "scientist, a post she still holds.",
            "Ortholog news",
            "who's their chief scientist now",
            "Best match: Priya Raghunathan",
        ),
        # a pledge is a turning point a profile's first line tells
        (_STOREFRONT, "Skyledger news", "who is harlan vossberg", "pledged $40 million"),
        # an instalment of money put into a company
        (_ARCHIVE, "Skyledger news", "when did corvane put in the first chunk", "January 14, 2021"),
        # what went against someone just before they left; what they wrote as they went
        (_STOREFRONT, "Skyledger news", "why did wierzbicki leave", "losing an argument"),
        (_STOREFRONT, "Skyledger news", "why did vossberg quit the board", "storefront"),
        # what a suit argues was done ("diverted money he gave") is no date of the giving
        (_STOREFRONT, "Skyledger news", "when did vossberg pledge his money", "June 2015"),
        # the pressure told just before an act, whoever it names; "faced with" is a reason,
        # and a firing that only places a return in time is not the firing asked of
        (_STOREFRONT, "Skyledger news", "why did the board reinstate oduya", "threatening"),
        (_STOREFRONT, "Skyledger news", "why did the board fire okafor", "not been candid"),
        (_STOREFRONT, "Skyledger news", "why was okafor reinstated", "entire staff"),
        # the reason told after the move, as what the company needed, by a title
        (
            "The following spring, Quorra moved its headquarters from Lawrenceville to a former "
            "steel-mill building at Hazelwood Green. The company needed a building long and "
            "tall enough to park full-size trailers indoors, its chief technology officer said.",
            "Quorra news",
            "why did they move to hazelwood",
            "long and tall",
        ),
    ],
)
def test_the_first_answer_says(
    tmp_path: Path, article: str, title: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, article, question, said, title=title)


# One article's text, its title, a question, and the confident answer it must not open with
@pytest.mark.parametrize(
    ("article", "title", "question", "wrong"),
    [
        # the title the action is done to is who it was done to, not the answer
        (
            _WEATHER,
            "Brightwater news",
            "who was the ringleader behind ousting the boss",
            "Best match: Noor Vance",
        ),
        # pulling out of an agreement is no shutting down
        (_AIRLINE, "Skylane news", "when did verdi farms shut down", "Best match"),
        # an investor may be a firm: no person forced on it
        (
            _AIRLINE,
            "Skylane news",
            "which investor owns the largest stake in skylane",
            "Best match: Maya Lind",
        ),
        # "in charge of the product recall" asks of a recall, not of a chief product officer
        (
            _AIRLINE,
            "Skylane news",
            "who was in charge of the product recall",
            "The articles don't mention",
        ),
        # "to replace him": him is not the one who hired her
        (_ROASTER, "Northbeam news", "who did marit olsen replace", "Best match: Kofi Mensah"),
        # still to come when told: no sure answer to when it happened
        (_ROASTER, "Northbeam news", "when did northbeam start selling beans to hotels", "Best"),
        # a name the articles use for no one they know is not another person in its sentence
        (_ROASTER, "Northbeam news", "who is cormac hale", "Best match: Imogen Tarrant"),
        # whose lawyer is asked: the nurse is not her own lawyer
        (
            "One of the injured riders, Maria Quinn, a nurse from Knoxville who broke her wrist, "
            "sued Kestrel the following spring. Her lawyer, Peter Adu, said his client was glad.",
            "Kestrel news",
            "who was the injured nurse's lawyer",
            "Best match: Maria Quinn",
        ),
    ],
)
def test_the_first_answer_is_not(
    tmp_path: Path, article: str, title: str, question: str, wrong: str
) -> None:
    assert_not_led_by(tmp_path, article, question, wrong, title=title)


# A dev-set article, a question, and what the reader must see first: rules whose cases need
# an article's length (a one-sentence article makes every word common)
@pytest.mark.parametrize(
    ("folder", "question", "said"),
    [
        # '"Firing her was a mistake …"' says the action in the question's own word, and
        # names only the one fired: below the sentence naming who led the board that voted
        ("fresh13", "which board member led the push to fire laura", "Lindgren-Abara"),
        # "When she walked back in …, five days after her own board had fired her": a
        # sentence the firing only places in time is below the one saying why it was done
        # "Inside Cathodica, the Battery Lab That Fired Its Founder": the lab, no person;
        # who runs it is its chief executive, not another company's
        # "Her co-founders were Tomás Ibáñez-Roe, …, and Mireille Dufresne-Akande": she and
        # they, of the company the story is about, not the one he left it to found
        (
            "fresh33",
            "who cofounded tonguecraft with whitcombe-tawhiri",
            "Best match: Tomás Ibáñez-Roe and Mireille Dufresne-Akande",
        ),
        ("fresh34", "who runs cathodica", "Best match: Ingrid Solvang-Achebe"),
        # "the board voted four to two to remove her": done to the one "her" points at
        ("fresh34", "when was solvang-achebe fired", "Best match: November 18, 2025"),
        # '"Vesper was the moment people stopped …," he said': words about it, below what it is
        ("fresh34", "what is vesper", "a machine-learning model"),
        # "actually": what he handed over, not what he pledged
        ("fresh34", "how much did marchetti-brandt actually hand over", "($38 million)"),
        ("fresh32", "why was duchâtel-okafor fired", "Almaraj"),
        ("fresh32", "why did the board fire mireille", "Almaraj"),
        # "the four-member board": a typo of one the articles use, not a word they lack
        ("fresh32", "wen did the bord take mireille back", "Best match: November 19, 2025"),
        # a board that "can fire" a chief executive fired no one: the one it removed is
        ("fresh19", "who got fired as ceo in 2023", "(Gideon Marsh)"),
        # someone declining to discuss it gives no reason, nor does what they say next
        ("fresh20", "why did wierzbicki leave ortholog", "had concluded"),
        # "He explained the decision at an all-hands meeting.": the next sentence says how
        ("fresh18", "why did they even set up the capped profit thing", "supercomputing time"),
        # the title names Marrowgate only as "Marrowgate-led": a post told plainly is not its
        ("fresh14", "who runs marrowgate", "Best match: Rosalind Haverkamp"),
        # "why did the board fire her": the board is who fired, firing the action; she is the
        # one it was done to, by name or as "her" ("the board fired her. … the directors said
        # she had not told them …")
        ("fresh13", "why did the board fire laura", "sales forecast"),
        ("fresh14", "why did the board fire delacroix-onyango", "safety tests"),
        # "catch on": how it became popular ("reached 100 million users within two months")
        ("fresh14", "how fast did parley catch on", "two months"),
        # asked the total, the sum the sentence calls that ("bringing its total to about $13
        # billion"), in a sentence about the investor as "It"
        ("fresh14", "how much has marrowgate put in total", "$13 billion"),
        # "get started": when it was started, not when someone started another company
        ("fresh14", "when did quillwater get started", "Best match: December 2016"),
        # "He left Quillwater the following May": his act, found though only "He" names him
        ("fresh14", "when did szabo-lindqvist bail", "Best match: May 2025"),
        # a name written with accents, found as a name and typed without them
        ("fresh22", "whos konrad vahi", "Konrad Vähi"),
        ("fresh22", "who is margit esterhazy kolb", "a retired telecoms executive"),
        # "lumera's donor" gave to Lumera: not the company closing a funding round itself
        ("fresh21", "who was lumeras first big donor", "Best match: Halvor Brekke"),
        # chat words: "temp", a donor's "put in", "stop paying" as the payments stopping
        ("fresh22", "who was the temp boss while priya was out", "Best match: Konrad Vähi"),
        ("fresh21", "how much did brekke actually put in", "Best match: $86 million"),
        ("fresh22", "why did ostrowe actually stop paying", "personal veto"),
        # "returned as chief executive on September 13", in a story at September 2023
        ("fresh21", "when did varga-holm get reinstated as ceo", "September 13, 2023"),
        # "The statement did not mention the real argument. According to three people …":
        # the other account, said to be the real one, unless the reason given is asked for
        ("fresh21", "why did the board actually fire varga-holm", "load fuel at Kallvik"),
        ("fresh22", "why was raghunathan fired", "source-available licence"),
        ("fresh22", "what reason did the board give for removing raghunathan", "lost confidence"),
        # who someone is, as written around their name: bare ("heir to …", "one of …"), a
        # company's post before it ("its head of developer platforms, Sunniva Rask,": the
        # company named, not one a noun stood for), the post first ("The new chair of both
        # boards is …"), a post handed over ("handed the foundation's executive directorship
        # to Joost Demirci"; the foundation by its name), two role words as one
        ("fresh22", "who is harlan ostrowe", "heir to the Ostrowe Maritime shipping fortune"),
        ("fresh22", "who is oskar lindqvist-amadi", "one of the project's earliest contributors"),
        ("fresh22", "who is sunniva rask", "head of developer platforms (Meridian Systems)"),
        ("fresh22", "who's adaeze nwosu-hartley?", "new chair of both boards"),
        ("fresh22", "who is joost demirchi", "executive director (Tessera Foundation)"),
        ("fresh22", "who is ilse varnhagen", "stepped down as the foundation's executive"),
        ("fresh22", "who is ilse varnhagen", "— executive director"),
        ("fresh22", "who is the foundation's executive director", "Best match: Joost Demirci"),
        # "five days after her own board had fired her", on November 20: the 15th
        ("fresh22", "when was the ceo ouster at tessera labs", "Best match: November 15, 2024"),
        # "threatening to resign unless Raghunathan was reinstated" tells no reinstating
        ("fresh22", "when did the board reinstate raghunathan", "Best match: November 20, 2024"),
        # an age, told beside the name: "Ferreira Lund, now 44,", "24 at the time"
        ("fresh22", "how old is ferreira lund", "Best match: now 44."),
        ("fresh22", "how old was raghunathan when it started", "Best match: 24 at the time."),
        ("fresh21", "how old is brekke", "Best match: now 71."),
        ("fresh22", "how old is joost demirci", "The closest I found"),  # (no age told)
        # a follow-up's "(following …)" is no word asked ("The following spring he quit")
        (
            "fresh22",
            "how old is ilse varnhagen now (following “who is ilse varnhagen”)",
            "Best match: now 47.",
        ),
        # what a gap is put down to: "a gap the foundation attributes to office space"
        ("fresh22", "why do the foundation and ostrowe disagree on how much he gave", "office"),
        # "approved the creation of Tessera Labs on April 9, 2019": its creating
        ("fresh22", "when was tessera labs created", "Best match: April 9, 2019"),
        # "became chair" beside "who still chairs the board": no former post; a bare post
        # after what she is
        ("fresh21", "who is kroon", "a former Dutch minister of economic affairs; chair."),
        # the sum of a thing the articles never name: no sum of another
        ("fresh23", "how much is the delivery fee on kitewell drop", "don't mention “fee”"),
        ("fresh23", "how much was the harrowgate investment", "Best match: $750 million"),
        # "signed that December. A month later, … resigned, …, and the following month they
        # launched Wren": counted on from the month the paragraph's year gives, clause by clause
        ("fresh23", "when did okonjo resign", "Best match: January 2024"),
        ("fresh23", "when did okonjo launch wren", "Best match: February 2024"),
        # "What the statement left out … was the cause: …" opens on the reason
        ("fresh23", "why was quintero fired", "letter of intent with Brannock"),
        # "a nonprofit with Solberg as its first chief executive", Kitewell's by name; she
        # "handed him the chief executive's job" later, so holds it no more
        ("fresh23", "who was kitewell's first chief exec", "Best match: Ingrid Solberg"),
        ("fresh23", "who is kitewells ceo rn", "The closest I found"),
        # "Brandt stepped down last June": the chair she had, left; "Varadarajan, …, has
        # chaired it since": the chair now
        ("fresh23", "whos the chair of kitewell's board now", "Best match: Sunil Varadarajan"),
        ("fresh23", "who is sunil varadarajan", "current chair"),
        # what a thing is: "the routing software, nicknamed Murmur"; "The programme,
        # code-named Project Lantern, …" after the sentence telling what the programme is
        ("fresh23", "what's murmur", "routing software"),
        ("fresh23", "what is project lantern", "Brannock Defence Systems approached"),
        # a day without a year after a paragraph that went back to 2019 only by carrying the
        # story's last date on ("Then came November. On … Thursday, November 14"): the
        # latest before publication
        ("fresh24", "when did the board fire wielgosz", "Best match: November 14, 2024"),
        # "The real reason emerged over the next few days." only says the next sentence
        # gives it; "coop" is a cooperative
        ("fresh24", "why was wielgosz fired", "secretly negotiating"),
        ("fresh24", "what did fairweather-lamb pledge to the coop", "$10 million"),
        # the reason given is the statement's, not what the statement left out
        ("fresh23", "what reason did the board give for firing quintero", "withheld material"),
        # "make his pledge": the pledging is asked of ("gifts he made" is another thing)
        ("fresh22", "when did ostrowe make his pledge", "Best match: June 2016"),
        # a chair at the time: the sentence giving her the chair nearest the firing ("with
        # Aldridge still in the chair" on the day), not her first; a change told undated
        # inside the story ("…, succeeded him as chair") before a later dated one
        ("fresh19", "who was board chair when marsh got fired", "Best match: Constance Aldridge"),
        ("fresh22", "who chairs the board now", "Best match: Adaeze Nwosu-Hartley"),
        # the head of a part: the one a role calls so now, and the stand-in the question asks
        ("fresh27", "who is the head of research", "Best match: Mateusz Wróblewski"),
        ("fresh28", "who is the head of research", "Best match: Émile Brousseau"),
        ("fresh28", "who was running the board when they ousted the boss", "Henrik Aasgaard"),
        # the first: "its first chief executive" of the company the sentence before opens
        # with, and a holder by the sentence calling them the first; a stand-in named in the
        # days after a firing held the post at it
        ("fresh27", "who was the first ceo of larkspur", "Best match: Tomás Echeverría"),
        # the holder now by the latest sentence giving them the title
        ("fresh21", "who is the ceo of lumera rn", "Varga-Holm returned as chief executive"),
        ("fresh28", "who was the first ceo", "Best match: Amara Okonkwo-Reyes"),
        (
            "fresh28",
            "who was interim ceo when okonkwo-reyes got fired",
            "Best match: Priya Venkataraman",
        ),
        # "which company": a company a sentence names, not one it gave to unnamed ("The money
        # came from …, who pledged $40 million to the cooperative")
        ("fresh46", "which big tech company poured money in and how much", "$1.2 billion"),
        # a year in an aside about someone (", who joined Lanternfox in 2018 and …, said she
        # had left because …") is no date of the leaving
        ("fresh62", "when did corrigan quit lanternfox", "Best match: June 3, 2024"),
        # "Quillmark Games": a company by the word ending its name, found by its short name
        ("fresh62", "when did niamh corrigan join quillmark", "(July 1, 2024)"),
        # a maker named after its trade ("Ironkettle Brewing") is a company
        ("fresh66", "why is ironkettle suing copperline", "confused drinkers"),
    ],
)
def test_the_first_answer_over_a_dev_set_article_says(
    tmp_path: Path, folder: str, question: str, said: str
) -> None:
    build_index(load_articles(Path(__file__).parent / "devset" / folder), tmp_path / "index.db")
    router = Router(Engine(tmp_path / "index.db"))
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert said in first_answer(reply), reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who ran the tech side", "Halvorsen-Ng"),
        ("whats the limit on investors returns from the for-profit bit", "15 times"),
        ("how big a slice does brannock own", "38 percent"),
        ("what did the investigation find", "two directors"),
    ],
)
def test_everyday_words_for_a_post_a_cap_a_stake_and_a_review(
    tmp_path: Path, question: str, said: str
) -> None:
    """ "the tech side" is the chief technology officer's (not a chief executive's, whom
    "ran" would ask of), a "limit" a cap, a "slice" a stake, an "investigation" a review, and
    "the for-profit bit" asks of no word "bit": none is a word the articles lack."""
    text = f"{_ARCHIVE} Elif Demir, Corvane's chief executive, said so."
    reply = reply_over(tmp_path, text, question, title="Skyledger news")
    assert "don't mention" not in reply.intro, reply.text
    assert said in first_answer(reply), reply.text


def test_a_backer_is_an_investor(tmp_path: Path) -> None:
    # "biggest backer": the articles' "largest outside investor", mentioned after all
    reply = reply_over(tmp_path, _ROBOTS, "how many is their biggest backer buying")
    assert "don't mention" not in reply.title and "250" in first_answer(reply), reply.text


def test_a_past_participle_without_an_ending_is_asked_in_the_passive() -> None:
    from knowledge.answering.frame import _participle_after

    said = "when was leafline digital set up"
    assert _participle_after(said, said.index(" set"))
    said = "how much was whitlock paid in 2022"  # (paid: what he earned, not done to him)
    assert not _participle_after(said, said.index(" paid"))


def test_an_act_is_undergone_by_what_which_stands_for() -> None:
    from knowledge.answering.rank import _ARGUED_BEFORE_RE, _undergoes
    from knowledge.model import EntityInfo

    kestrel = EntityInfo(key="kg", name="Kestrel Group", kind="org", aliases=("Kestrel Group",))
    said = "For Kestrel Group, it paid for the app, which Ysolde Karapetyan founded in 2019."
    at = said.index("founded")
    assert not _undergoes(said, at, at + 7, (kestrel,))
    said = "It bought Kestrel Group, a parts maker, which Ysolde Karapetyan founded in 2019."
    at = said.index("founded")
    assert _undergoes(said, at, at + 7, (kestrel,))
    # an act someone argues about is not dated by the arguing
    assert _ARGUED_BEFORE_RE.search("he sued Leafline on August 22, 2024, arguing that the ")


def test_a_post_taken_is_not_one_left(tmp_path: Path) -> None:
    """ "when did wielgosz become ceo": not the day the board removed him as chief executive."""
    text = (
        "Etxeberria stepped down in May 2019 and Wielgosz replaced her as chief executive. On "
        "November 14, 2024, the board removed Wielgosz as chief executive."
    )
    assert_not_led_by(
        tmp_path, text, "when did wielgosz become ceo", "Best match: November 14, 2024"
    )


def test_an_act_dated_by_the_step_another_clause_takes_from_it(tmp_path: Path) -> None:
    """ "… returned as chief executive …; Glimmerbox was given a seat the following month":
    the return is in the month the step is taken from, not the month after."""
    text = (
        "The board removed Wielgosz on November 14, 2024. Wielgosz returned as chief "
        "executive; Glimmerbox was given a non-voting observer seat the following month."
    )
    assert_first_says(tmp_path, text, "when did wielgosz return", "November 2024")


def test_a_sentence_only_pointing_at_someone_by_a_possessive_is_not_their_act(
    tmp_path: Path,
) -> None:
    """The passages that only point at the one asked of are read for the act when it opens
    on them ("She stepped down …"), not when another does it ("Because of his proposal,
    the finance chief left the board")."""
    text = (
        "Tim Shi, the chief technology officer, joined in 2019. The board rejected his "
        "proposal. Because of his proposal, the finance chief left the board in September 2022."
    )
    assert_not_led_by(tmp_path, text, "when did tim shi leave", "Best match: September 2022")
