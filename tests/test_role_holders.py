"""Who holds a role, on an index with many people: weighing the likeliest people first
(knowledge.role_families counts) gives exactly the holders weighing every role gives."""

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.corpus import CorpusGenerator
from knowledge.answering import roles
from knowledge.answering.frame import Term
from knowledge.engine import Engine
from knowledge.indexer import build_index
from knowledge.role_families import FAMILIES, FAMILY_IDS, REMOVED, may_count, says
from tests.one_article import reply_over, router_over

QUESTIONS = (
    "who is the ceo",
    "who is the ceo of openai",
    "who runs openai",
    "who is the boss of microsoft",
    "who was the cto of openai",
    "who is the chief scientist",
    "who was the chief scientist",
    "who is the president of openai",
    "who is the chair of the board",
    "who heads anthropic",
    "who was the interim ceo",
    "when did the chief scientist leave",
    # words besides the role, that the role's passage must say
    "which ceo discussed the risks",
    "who was the ceo in san francisco",
    "who was the ceo planning to acquire",
    "which ceo was shocked",
)

# questions no role of this corpus answers ("former Chief Scientist", "board member"; its
# "Google CEO" in a sentence naming Anthropic is Google's)
NO_HOLDER = {
    "who is the chief scientist",
    "who is the chair of the board",
    "who was the interim ceo",
    "who heads anthropic",
}


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The benchmark's corpus, 600 articles: hundreds of people with the same titles."""
    path = tmp_path_factory.mktemp("crowded") / "index.db"
    build_index(list(CorpusGenerator(11).articles(600)), path)
    engine = Engine(path)
    yield engine
    engine.close()


original_holders = roles.holders
Call = tuple[sqlite3.Connection, Any, Any, dict[str, Any], list[roles.Holder]]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Every holders() call an answer makes, with what it returned."""
    made: list[Call] = []
    original = roles.holders

    def spy(conn: sqlite3.Connection, frame: Any, entities: Any, **kw: Any) -> list[roles.Holder]:
        found = original(conn, frame, entities, **kw)
        made.append((conn, frame, entities, kw, found))
        return found

    monkeypatch.setattr(roles, "holders", spy)
    return made


def _weighed(monkeypatch: pytest.MonkeyPatch) -> list[list[str] | None]:
    """The people each weighing of an answer was given (None: everyone not yet weighed)."""
    given_: list[list[str] | None] = []
    original = roles._Weighing.__call__

    def spy(self: roles._Weighing, keys: Any, **kw: Any) -> Any:
        given_.append(None if keys is None else list(keys))
        return original(self, keys, **kw)

    monkeypatch.setattr(roles._Weighing, "__call__", spy)
    return given_


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_likeliest_first_give_the_holders_weighing_everyone_gives(
    crowded: Engine, calls: list[Call], question: str
) -> None:
    crowded.ask(question)
    assert calls, "a role question asks for holders"
    for conn, frame, entities, kw, found in calls:
        assert kw.get("top") is not None
        everyone = original_holders(conn, frame, entities, **{**kw, "top": None})
        for top in (1, 2, 3, 5, 12):
            assert original_holders(conn, frame, entities, **{**kw, "top": top}) == (everyone[:top])
        assert found == everyone[: kw["top"]]


@pytest.mark.parametrize("question", QUESTIONS)
def test_after_a_first_batch_the_rest_are_weighed_at_once_to_the_same_holders(
    crowded: Engine, calls: list[Call], monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Told the family has no rows (so the first batch is half of them), most questions
    weigh their first batch, then everyone else in one pass: the holders are still those
    weighing everyone gives."""
    monkeypatch.setattr(roles, "_family_rows", lambda _conn, _family: 0)
    weighed = _weighed(monkeypatch)
    crowded.ask(question)
    weighed = list(weighed)  # the answer's weighings (not those below)
    for conn, frame, entities, kw, found in calls:
        everyone = original_holders(conn, frame, entities, **{**kw, "top": None})
        assert found == everyone[: kw["top"]]
    if question in ("who is the ceo of openai", "who runs openai", "who heads anthropic"):
        # a batch, the rest at once (then, when no one holds it now, the stand-ins' pass:
        # a batch and the rest again)
        assert weighed[0] is not None and weighed[1] is None, weighed
        assert weighed[2:] == [] or (weighed[2] is not None and weighed[3:] == [None]), weighed


def test_a_common_title_weighs_a_few_people_not_everyone(
    crowded: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts let the answer stop early: it weighs a batch of people, not all."""
    weighed = _weighed(monkeypatch)
    answer = crowded.ask("who is the ceo")
    assert answer.answers
    assert weighed and None not in weighed
    people = sum(len(keys or ()) for keys in weighed)
    conn = sqlite3.connect(crowded.index_path)
    family = FAMILY_IDS[FAMILIES["ceo"]]
    counted = conn.execute(
        "SELECT count(*) FROM role_families WHERE family = ? AND past = 0", (family,)
    ).fetchone()[0]
    conn.close()
    assert people < counted / 3, (people, counted)


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_role_gives_more_than_its_count_allows(
    crowded: Engine, calls: list[Call], question: str
) -> None:
    """The bound the early stop rests on: a person's support is at most 2 (1 with no
    organisation asked) times the role rows the build counted for them."""
    crowded.ask(question)
    conn = sqlite3.connect(crowded.index_path)
    supports = 0
    for call_conn, frame, entities, kw, _found in calls:
        weigh = roles._Weighing(
            call_conn,
            frame,
            entities,
            roles=kw["roles"],
            extra=kw.get("extra", ()),
            former=kw.get("former", False),
            family=None,
        )
        (family,) = {FAMILY_IDS[FAMILIES[roles._lemma(t)]] for t in kw["roles"]}
        counts = dict(
            conn.execute(
                "SELECT entity_key, n FROM role_families WHERE family = ? AND past = ?",
                (family, int(weigh.past)),
            )
        )
        ceiling = 2 if weigh.orgs else 1
        for key, w in weigh(None).items():
            assert w.support <= ceiling * counts.get(key, 0), (key, w.support)
            supports += 1
    conn.close()
    assert supports or question in NO_HOLDER


def test_an_index_without_the_counts_answers_the_same(
    crowded: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index built before the counts existed weighs everyone, to the same answers."""
    copy = tmp_path / "index.db"
    shutil.copyfile(crowded.index_path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE role_families")
    conn.commit()
    conn.close()
    older = Engine(copy)
    weighed = _weighed(monkeypatch)
    try:
        for question in QUESTIONS:
            assert older.ask(question) == crowded.ask(question), question
    finally:
        older.close()
    assert None in weighed


def test_may_count_is_what_a_question_counts() -> None:
    assert may_count("OpenAI CEO", FAMILIES["ceo"], past=False)
    assert not may_count("former CEO", FAMILIES["ceo"], past=False)
    assert may_count("former CEO", FAMILIES["ceo"], past=True)
    assert may_count("interim chief executive", FAMILIES["ceo"], past=False)  # made permanent
    # a post left was held: of the past, not now
    assert may_count("removed as chief executive", FAMILIES["ceo"], past=True)
    assert not may_count("removed as chief executive", FAMILIES["ceo"], past=False)
    assert not may_count("Vice President", FAMILIES["president"], past=True)
    assert may_count("President and Vice President", FAMILIES["president"], past=False)
    assert not may_count("CTO", FAMILIES["ceo"], past=True)


@given(
    st.text(alphabet=st.sampled_from("ceo CEO-’'xı İ\u212a chief executive."), max_size=30),
    st.lists(st.sampled_from(["ceo", "chief executive", "co-founder", "x"]), max_size=3),
)
def test_says_is_the_whole_word_pattern(text: str, words: list[str]) -> None:
    """The substring test before the pattern changes nothing."""
    folded = text.casefold().replace("’", "'")
    expected = bool(words) and any(
        re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", folded) for w in words
    )
    assert says(text, tuple(words)) == expected


FIRST = ["Maria", "David", "Laura", "Peter", "Nadia", "Simon", "Clara", "Hugo", "Irene", "Oscar"]
LAST = ["Brill", "Tarn", "Vosk", "Lenz", "Morrow", "Quade"]
TOPICS = ["its rivals", "the chip shortage", "hiring", "the new office", "its debt"]


def test_a_holder_naming_the_organisation_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dozens of chief executives in passages that name Zorvex, with more rows than the
    one "Zorvex CEO" has: the first people weighed settle the order among themselves, but
    the one whose role names Zorvex puts them all out, so the weighing goes on to find it."""
    people = [f"{f} {last}" for last in LAST for f in FIRST][:44]
    paragraphs = []
    for number, name in enumerate(people):
        for topic in TOPICS[: 5 if number < 32 else 2]:
            paragraphs.append(f"CEO {name} spoke about Zorvex Labs and {topic}.")
    paragraphs.append("Zorvex Labs CEO Bruno Kestel said the company would grow.")
    # (a title naming another company: an article whose title names none is about the one
    # it names most, Zorvex, and every chief executive in it would be Zorvex's)
    router = router_over(tmp_path, "\n\n".join(paragraphs), title="Microsoft this week")
    weighed = _weighed(monkeypatch)
    try:
        answer = router.engine.ask("who is the ceo of zorvex labs")
    finally:
        router.engine.close()
    assert list(answer.answers.values())[:1] == ["Bruno Kestel"]
    assert len(weighed) > 1  # it went on after the first batch (here, the rest at once)


@pytest.mark.parametrize("past", [False, True])
@pytest.mark.parametrize("titles", list(FAMILY_IDS))
def test_a_family_s_role_texts_are_the_ones_that_may_count(
    crowded: Engine, titles: tuple[str, ...], past: bool
) -> None:
    """Rows read by their family's texts are the rows whose text says one of its titles and
    may count (or is a role left), and their passages naming OpenAI are the same as when
    every row is read."""
    conn = sqlite3.connect(crowded.index_path)
    try:
        every, every_here = roles._roles_saying(conn, (), ["openai"])
        by_family, here = roles._roles_saying(
            conn, titles, ["openai"], family=FAMILY_IDS[titles], past=past
        )
        assert by_family == [
            r
            for r in every
            if says(r[1], titles) and (may_count(r[1], titles, past=past) or REMOVED.match(r[1]))
        ]
        assert here == every_here & {r[2] for r in by_family}
    finally:
        conn.close()


def test_other_words_weigh_only_the_people_whose_passages_say_them(
    crowded: Engine, calls: list[Call], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "which ceo was shocked": the people whose role's passage says "shocked" are found
    through the full-text index and weighed at once; no one else is weighed."""
    weighed = _weighed(monkeypatch)
    crowded.ask("which ceo was shocked")
    assert len(weighed) == 1 and weighed[0] is not None
    conn = sqlite3.connect(crowded.index_path)
    family = FAMILY_IDS[FAMILIES["ceo"]]
    rows = conn.execute(
        "SELECT r.entity_key, p.text FROM roles r JOIN passages p ON p.id = r.passage_id "
        "JOIN entities e ON e.key = r.entity_key AND e.kind = 'person' "
        "JOIN role_family_texts f ON f.text = r.text AND f.family = ? AND f.ever",  # "was"
        (family,),
    ).fetchall()
    conn.close()
    saying = {k for k, text in rows if re.search(r"(?<!\w)shock(?:ed)?(?!\w)", text.casefold())}
    near = {k for k, text in rows if "shock" in text.casefold()}  # as the index stems it
    assert saying and saying <= set(weighed[0]) <= near  # all who may hold it, no others
    assert len(near) < len({k for k, _text in rows}) / 2  # a few of the family's people
    everyone = original_holders(*calls[0][:3], **{**calls[0][3], "top": None})
    assert calls[0][4] == everyone[: calls[0][3]["top"]] and everyone


@pytest.mark.parametrize(
    ("change", "question"),
    [
        ("_EXTRA_PASSAGES", "which ceo was shocked"),  # too common a word
        ("_EXTRA_PEOPLE", "who was the ceo in san francisco"),  # too many people
    ],
)
def test_other_words_too_common_for_the_index_are_weighed_by_the_counts(
    crowded: Engine,
    calls: list[Call],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
    question: str,
) -> None:
    monkeypatch.setattr(roles, change, 0)
    weighed = _weighed(monkeypatch)
    crowded.ask(question)
    assert len(weighed) > 1 or None in weighed  # the likeliest first, as with no words
    for conn, frame, entities, kw, found in calls:
        assert found == original_holders(conn, frame, entities, **{**kw, "top": None})[: kw["top"]]


def test_weighing_everyone_reads_the_roles_people_left(tmp_path: Path, calls: list[Call]) -> None:
    """Everyone's rows are read by the family's numbers: a role left is among them, so
    one who was removed as chief executive is not given the title."""
    router = router_over(
        tmp_path,
        "In 2019 Dana Whitfield was named chief executive of Quorra. In 2023 the board voted "
        "to remove Dana Whitfield as chief executive. Omar Castel is chief executive of Quorra.",
        title="Quorra news",
    )
    try:
        router.handle_text("who is the ceo of quorra")
        assert calls
        for conn, frame, entities, kw, _found in calls:
            everyone = original_holders(conn, frame, entities, **{**kw, "top": None})
            assert [h.entity.key for h in everyone] == ["omar-castel"]
    finally:
        router.engine.close()


def _index_of(tmp_path: Path, text: str, title: str) -> sqlite3.Connection:
    """A connection to an index of one article (the caller closes it)."""
    router = router_over(tmp_path, text, title=title)
    router.engine.close()
    return sqlite3.connect(router.engine.index_path)


def test_other_words_are_all_said_where_a_holder_is_found(tmp_path: Path) -> None:
    """Two other words: the people found are those whose passage says both, not either."""
    conn = _index_of(
        tmp_path,
        "CEO Dana Whitfield spoke in Boston. CEO Omar Castel was shocked. CEO Priya "
        "Lindqvist was shocked in Boston.",
        "Quorra news",
    )
    try:
        family = FAMILY_IDS[FAMILIES["ceo"]]
        words = (Term(text="shocked", forms=("shocked",)), Term(text="boston", forms=("boston",)))
        assert roles._saying_extras(conn, family, words, past=True) == ["priya-lindqvist"]
    finally:
        conn.close()


def test_other_words_the_index_cannot_tell_are_weighed_by_the_counts(tmp_path: Path) -> None:
    """A word not plain ASCII (even one whose case folding is), or a role text whose
    parenthesis says the word (the role's words there may not be its passage's): the
    full-text index is not asked."""
    conn = _index_of(
        tmp_path,
        "Musk praised his co-founder (Sam Altman) at the event. OpenAI CEO Sam Altman spoke.",
        "OpenAI this week",
    )
    try:
        family = FAMILY_IDS[FAMILIES["founder"]]
        conn.execute(
            "INSERT INTO role_family_texts VALUES (?, 'co-founder (Sam Altman)', 1, 1, 0)",
            (family,),
        )
        altman = Term(text="altman", forms=("altman",))
        event = Term(text="event", forms=("event",))
        assert roles._saying_extras(conn, family, (altman,), past=True) is None
        assert roles._saying_extras(conn, family, (event,), past=True) is not None
        cafe = Term(text="café", forms=("café",))
        assert roles._saying_extras(conn, family, (cafe,), past=True) is None
        street = Term(text="straße", forms=("straße",))  # folds to plain "strasse"
        assert roles._saying_extras(conn, family, (street,), past=True) is None
    finally:
        conn.close()


def test_few_holders_among_the_likeliest_weigh_the_rest_at_once(
    crowded: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "who heads anthropic": hardly any of the likeliest chiefs' roles name Anthropic, so
    after the first batches everyone else is weighed in one pass, not batch after batch."""
    weighed = _weighed(monkeypatch)
    crowded.ask("who heads anthropic")
    assert None in weighed
    assert sum(len(keys) for keys in weighed[: weighed.index(None)] if keys) == roles._SCARCE


def test_batches_grow_with_the_people_weighed(
    crowded: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Later batches take more people at once (half as many as weighed so far): fewer
    queries when many must be weighed before the order is settled. (The last may hold
    fewer: the people gathered when no one after them could even tie.)"""
    weighed = _weighed(monkeypatch)
    crowded.ask("who runs openai")
    sizes = [len(keys) for keys in weighed if keys is not None]
    assert sizes[:3] == [roles._BATCH] * 3 and len(sizes) > 3
    grown = [int(sum(sizes[:i]) * roles._GROWTH) for i in range(len(sizes))]
    assert all(size == grown[i] for i, size in enumerate(sizes[:-1]) if i > 2)
    assert 0 < sizes[-1] <= max(roles._BATCH, grown[-1])


def test_another_company_s_chief_is_no_answer_for_the_asked_one(tmp_path: Path) -> None:
    """ "Lucia Varga, Glimmerbox's chief executive, called Leafline's customers loyal": a
    sentence naming Leafline, but the title is Glimmerbox's; not offered, even as a guess."""
    text = (
        "Leafline, a cooperative of bookstores, sells e-books. Leafline's board sued "
        "Glimmerbox in 2024. Lucia Varga, Glimmerbox's chief executive, called Leafline's "
        "customers the most loyal in publishing."
    )
    reply = reply_over(tmp_path, text, "who was running leafline as ceo")
    assert not reply.intro.startswith("Best match"), reply.text
    assert "Varga" not in reply.intro, reply.text


def test_a_busy_persons_first_rows_and_roles_left_are_read_by_number(crowded: Engine) -> None:
    """One busy person is weighed from their first rows and every role they left: the roles
    left are kept by person (`role_family_gone`), so their other rows are not all read to
    find them, and the rows are those the roles' texts say."""
    conn = sqlite3.connect(crowded.index_path)
    left = conn.execute(
        "SELECT f.family, r.entity_key, r.id FROM roles r JOIN role_family_texts f "
        "ON f.text = r.text WHERE f.gone ORDER BY 1, 2, 3"
    ).fetchall()
    assert left
    assert conn.execute("SELECT * FROM role_family_gone ORDER BY 1, 2, 3").fetchall() == left
    checked = 0
    for family, key in sorted({(f, k) for f, k, _id in left})[:12]:
        for past in (True, False):
            counts = "ever" if past else "now"
            for head in (1, 3, 512):
                rows, _named = roles._roles_saying(
                    conn, (), [], [key], family, past=past, with_text=False, head=head
                )
                texts = f"SELECT text FROM role_family_texts WHERE family = {family} AND"
                expected = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT r.id FROM roles r WHERE (r.id IN (SELECT r.id FROM roles r "
                        f"WHERE r.entity_key = ? AND r.text IN ({texts} {counts}) ORDER BY "
                        f"r.id LIMIT ?) OR r.text IN ({texts} gone)) AND r.entity_key = ? "
                        "ORDER BY r.id",
                        (key, head, key),
                    )
                ]
                assert [row[6] for row in rows] == expected, (family, key, past, head)
                checked += bool(expected)
    conn.close()
    assert checked
