"""What someone said: their own words on the question's topic, reported speech marked as
the article's wording, and a dramatised scene never passed off as a quote."""

from pathlib import Path

import pytest

from bot.followup import resolve
from bot.records import Turn
from bot.router import Router
from knowledge.engine import Engine
from knowledge.entities import Mention
from knowledge.quotes import quotes_in, reported_in
from tests.one_article import reply_over


@pytest.fixture
def lumaris(test_only: Engine) -> Engine:
    return test_only


def test_reported_speech_keeps_its_speaker_and_clause() -> None:
    text = "During this conversation, Hassabis warned Musk that advances in AI could be a threat."
    hassabis = Mention("demis-hassabis", text.index("Hassabis"), text.index("Hassabis") + 8)
    musk = Mention("elon-musk", text.index("Musk"), text.index("Musk") + 4)
    [said] = reported_in(text, [hassabis, musk])
    assert (said.key, said.text, said.reported) == (
        "demis-hassabis",
        "advances in AI could be a threat",
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Murati announced her resignation on X.",  # a thing announced, not words
        "Asked whether Renn might return, a company spokesperson said the door is open.",
        "He told the story many times.",  # no one told, no clause
    ],
)
def test_not_reported_speech(text: str) -> None:
    renn = Mention("tobias-renn", text.find("Renn"), text.find("Renn") + 4)
    he = Mention("tobias-renn", 0, 2, implicit=True)
    murati = Mention("mira-murati", 0, 6)
    assert reported_in(text, [m for m in (renn, he, murati) if m.start >= 0]) == []


def test_they_speak_for_everyone_they_stand_for() -> None:
    text = 'They continued, "We are also concerned about an AGI hegemony."'
    both = [
        Mention("ilya-sutskever", 0, 4, implicit=True),
        Mention("greg-brockman", 0, 4, implicit=True),
    ]
    assert {q.key for q in quotes_in(text, both)} == {"ilya-sutskever", "greg-brockman"}


def test_a_spokesperson_is_not_the_person_named_before() -> None:
    text = 'Asked whether Renn might return, a company spokesperson said the door "is open".'
    renn = Mention("tobias-renn", text.index("Renn"), text.index("Renn") + 4)
    assert quotes_in(text, [renn]) == []


def test_what_someone_called_a_thing_is_their_words(lumaris: Engine) -> None:
    found = lumaris.ask("what did kovalenko call the lawsuit")
    assert found.confident
    assert (
        found.answers[found.hits[0].passage.id]
        == "“a rival's marketing campaign with a filing fee”"
    )


def test_a_real_quote_comes_before_a_scene_and_the_scene_is_named(lumaris: Engine) -> None:
    reply = Router(lumaris).handle_text("what did marsh say to kovalenko when she fired her")
    assert reply.intro.startswith("Best match: she was fired (reported).")
    assert "dramatised scene in The Meridian Ledger" in reply.intro
    assert "lost confidence" not in reply.intro + str(reply.sections[0].items[0])


def test_a_scene_alone_is_never_a_quote(lumaris: Engine) -> None:
    found = lumaris.ask("what did kovalenko say in the meeting where she got fired")
    assert found.scene_only and not found.confident
    told, scripted = found.hits[:2]
    assert "told her she was fired" in told.passage.text  # what the article reports first
    assert scripted.passage.text.startswith("Dara Kovalenko:")
    reply = Router(lumaris).handle_text("what did kovalenko say in the meeting where she got fired")
    assert reply.intro.startswith("The articles don't quote Dara Kovalenko on this")
    assert reply.sections[0].items[1].label == "dramatised in The Meridian Ledger, not a quote"


def test_quote_lists_real_quotes_before_reported_speech(lumaris: Engine) -> None:
    reply = Router(lumaris).handle_text("quote helga marsh")
    items = reply.sections[0].items
    assert "acted on the information it had" in str(items[0])
    assert "reported speech" in items[-1].label and "“" not in str(items[-1].spans)
    assert not any("lost confidence" in str(i) for i in items)


def test_what_she_said_after_that_is_her_next_words(lumaris: Engine) -> None:
    first = lumaris.ask("what did marsh tell the ledger")
    said = first.answers[first.hits[0].passage.id]
    assert said.startswith("“acted on the information it had")
    asked = resolve(
        "what did marsh say after that",
        Turn(question=first.question, answer=said),
        lumaris.entities(),
    )
    assert asked == "what did marsh say after “acted on the information it had, and I”"
    found = lumaris.ask(asked)
    assert (
        found.answers[found.hits[0].passage.id]
        == "“What I did not have was a company willing to hear it.”"
    )


@pytest.mark.parametrize(
    ("text", "named", "speakers"),
    [
        ("Asked about Musk, Altman said he was not worried.", ("Musk", "Altman"), {"Altman"}),
        ("Critics of Altman said he had misled the board.", ("Altman",), set()),
        ("People close to Renn said he had turned down an offer.", ("Renn",), set()),
        ("Page, Brin and Schmidt said they would wait.", ("Page", "Brin", "Schmidt"),
         {"Page", "Brin", "Schmidt"}),
    ],
)  # fmt: skip
def test_who_speaks_in_reported_speech(
    text: str, named: tuple[str, ...], speakers: set[str]
) -> None:
    mentions = [Mention(n, text.index(n), text.index(n) + len(n)) for n in named]
    assert {q.key for q in reported_in(text, mentions)} == speakers


def test_a_clause_ends_where_the_article_takes_over() -> None:
    text = "Altman said the company would grow, but it did not."
    mentions = [Mention("altman", 0, 6)]
    assert [q.text for q in reported_in(text, mentions)] == ["the company would grow"]


def test_words_about_someone_are_not_their_words(engine: Engine) -> None:
    found = engine.ask("what did employees say about altman")
    first = found.answers.get(found.hits[0].passage.id, "") if found.hits else ""
    assert not first.startswith("“")  # not a quote of Altman's offered as the answer


def test_a_question_without_a_topic_is_not_sure_of_one_quote(engine: Engine) -> None:
    assert not engine.ask("what did musk say").confident
    assert not engine.ask("what did musk say after “...”").confident
    dated = engine.when("did altman say okay")  # his one-word reply, quoted
    assert dated.events[dated.hits[0].passage.id].label == "2019"


def test_a_month_is_a_month_and_a_scene_of_another_time_no_answer(engine: Engine) -> None:
    in_may = engine.ask("what did altman say in may")
    assert not in_may.scene_only and not in_may.dramatised
    modal = engine.ask("what did musk say he may do")
    assert not modal.scene_only


def test_words_answering_what_someone_was_asked_are_about_it(tmp_path: Path) -> None:
    """ "Solvang-Reyes, asked whether she regretted the restructuring, did not hesitate.
    "Not for a second," she said.": her words on the restructuring."""
    text = (
        "Ingrid Solvang-Reyes pushed through the restructuring in 2021. Solvang-Reyes, asked "
        'whether she regretted the restructuring, did not hesitate. "Not for a second," she '
        'said. "This company feeds a region."'
    )
    reply = reply_over(
        tmp_path, text, "what did solvang-reyes say about regretting the restructuring"
    )
    assert reply.intro.startswith("Best match: “Not for a second”"), reply.text


def test_another_speaker_after_a_conjunction_is_not_the_one_pointed_at() -> None:
    """ "… $5.5 million in gifts from him, and the company says the remainder was never
    received": the company's words, not his."""
    text = "The accounts record $5.5 million from him, and the company says the rest never came."
    him = Mention("reginald-vautrin", text.index("him"), text.index("him") + 3, implicit=True)
    assert reported_in(text, [him]) == []


@pytest.mark.parametrize(
    ("question", "cap"),
    [
        # the words asked after, written with other punctuation: the next ones are read too
        ("what did marsh say after “acted on the information it had, and I”", 1),
        ("what did musk say after “This is so annoying”", 3),
        # the words themselves, among broad ones ("company", "start")
        ("when did musk say this is so annoying, please encourage them to start a company", 3),
        ("what did musk tweet on march 15", 3),  # a month asked
        ("what did musk say about google", 3),
        ("what did altman say in 2023", 2),  # a year asked
    ],
)
def test_a_busy_speaker_read_in_part_answers_as_read_whole(
    router: Router, test_only: Engine, monkeypatch: pytest.MonkeyPatch, question: str, cap: int
) -> None:
    """A speaker quoted more than QUOTES_READ times (thousands, for a busy person at 100,000
    articles) is read in part: the quotes saying the question's own words, its topic's, of
    its year or month, and the first ones; with words asked "after", the ones following
    them. Here, with the cap made small, the answer is the one every quote gives."""
    from knowledge.answering import sayings

    asked = Router(test_only) if "marsh" in question else router
    whole = asked.handle_text(question)
    monkeypatch.setattr(sayings, "QUOTES_READ", cap)
    calls: list[bool] = []
    original = sayings._read

    def spy(*args: object) -> tuple[object, bool]:
        found = original(*args)  # type: ignore[arg-type]
        calls.append(found[1])
        return found

    monkeypatch.setattr(sayings, "_read", spy)
    part = asked.handle_text(question)
    assert any(calls), "read in part"
    assert (part.title, part.intro, part.sections[:1]) == (
        whole.title,
        whole.intro,
        whole.sections[:1],
    )


def test_only_the_articles_words_are_kept_plain(
    router: Router, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy speaker's quotes are made plain once and kept; the question's own words, up to
    4,000 characters of anyone's typing, never are (a cache of them would grow with what
    people type)."""
    from knowledge.answering import sayings

    monkeypatch.setattr(sayings, "QUOTES_READ", 2)
    sayings._plain_quote.cache_clear()
    asked = "when did musk say " + "this is so annoying and " * 120
    router.handle_text(asked)
    kept = sayings._plain_quote.cache_info().currsize
    assert kept
    missed = sayings._plain_quote.cache_info().misses
    sayings._plain_quote(sayings._plain(asked[len("when did musk say ") :]))
    assert sayings._plain_quote.cache_info().misses == missed + 1  # never kept before


@pytest.mark.parametrize("index", ["seed", "test_only"])
def test_the_sentences_leading_to_words_are_read_only_as_far_as_they_reach(
    index: str, engine: Engine, test_only: Engine
) -> None:
    """Each quote is judged with the sentences before it, a heading being no step back: the
    _BEFORE + 1 before it are read, and the ones further back only where a heading is
    among those. Every quote of every speaker gets the context, and the names in it, that
    reading every sentence a heading could leave in reach gives."""
    from knowledge import facts
    from knowledge.answering import sayings

    conn = (engine if index == "seed" else test_only)._conn()
    lines = list(
        facts.passages(conn, (r[0] for r in conn.execute("SELECT passage_id FROM quotes"))).values()
    )
    assert len(lines) > 10
    near = sayings._leading(conn, lines)
    whole = sayings._Neighbours(
        conn, [(line, sayings._BEFORE + sayings._HEADINGS_SKIPPED, 0) for line in lines]
    )
    further = 0
    for line in lines:
        context = sayings._context(near, line, sayings._BEFORE)
        assert context == sayings._context(whole, line, sayings._BEFORE)
        assert {p.id: near.named.get(p.id) for _d, p in context} == {
            p.id: whole.named.get(p.id) for _d, p in context
        }
        headed = any(p.kind == "heading" for p in near.around(line, sayings._BEFORE + 1, 0))
        reached = line.id - sayings._BEFORE - sayings._HEADINGS_SKIPPED in near._read
        further += headed
        assert reached or not headed
    assert len(near._read) < len(whole._read)
    assert 0 < further < len(lines)  # both kinds of reach are read
