"""Replies that read well: highlights on word boundaries, captions that are not events, a
sentence told twice in one article dated once."""

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot.highlight import spans
from bot.router import Router
from knowledge.articles import load_articles
from knowledge.clean import clean
from knowledge.engine import Engine
from knowledge.extract import RETOLD
from knowledge.indexer import build_index
from knowledge.model import Marked
from knowledge.sentences import is_caption


def _shown(*pieces: tuple[str, bool]) -> str:
    marked = tuple(Marked(text=t, hit=h) for t, h in pieces)
    return "".join(f"**{s.text}**" if s.strong else s.text for s in spans(marked))


@pytest.mark.parametrize(
    ("pieces", "shown"),
    [
        ((("a new model ", False), ("GPT", True), ("-", False), ("4o", True), (".", False)),
         "a new model **GPT-4o**."),
        ((("on the ", False), ("Lex", True), (" ", False), ("Fridman", True), (" show", False)),
         "on the **Lex Fridman** show"),
        ((("OpenAI'", False), ("s", True), (" board", False)), "OpenAI's board"),
        ((("Open", False), ("AI", True), (" said", False)), "**OpenAI** said"),
        ((("Musk", True), (" and then ", False), ("Altman", True)), "**Musk** and then **Altman**"),
        ((("马斯克在2018年离开了", False), ("OpenAI", True), ("董事会，后来", False)),
         "马斯克在2018年离开了**OpenAI**董事会，后来"),
        # a long text before a highlight, a word of it running on (looked for at its end
        # first, and further back when it is longer than that)
        ((("x " * 200 + "Open", False), ("AI", True), (" said", False)),
         "x " * 200 + "**OpenAI** said"),
        ((("x " * 200 + "y" * 70, False), ("AI", True),), "x " * 200 + "**" + "y" * 70 + "AI**"),
        ((("z" * 150, False), ("AI", True),), "**" + "z" * 150 + "AI**"),
    ],
)  # fmt: skip
def test_highlights_are_whole_words_and_phrases(
    pieces: tuple[tuple[str, bool], ...], shown: str
) -> None:
    assert _shown(*pieces) == shown


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Dara Kovalenko and Tobias Renn at an event in Berlin in 2022.", True),
        ("Altman, Brockman and Sutskever at OpenAI offices in San Francisco, 2016.", True),
        ("Musk invested $5 million in DeepMind in 2014.", False),
        ("Google in 2014 acquired DeepMind.", False),
        ("Google in 2014 bought DeepMind for $500 million.", False),
        ("Musk on Tuesday sues OpenAI.", False),
        ("Kovalenko returned as chief executive.", False),
    ],
)
def test_captions(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


def test_a_caption_is_no_event(router: Router) -> None:
    timeline = router.handle_text("timeline 2023").text
    assert "at an event in San Francisco in 2023" not in timeline
    assert "Altman" in timeline  # the year's real events are there


def test_a_retold_sentence_is_one_event(engine: Engine) -> None:
    # "The departure of OpenAI's core scientists … this year" and, later in the same
    # translated article, "This year, the departure of key scientists at OpenAI …"
    events, _more = engine.timeline(limit=1000)
    texts = [e.passage.text for e in events]
    assert sum("departure of" in t and "Jan Leike" in t for t in texts) == 1
    for i, text in enumerate(texts):
        for other in texts[i + 1 :]:
            assert fuzz.token_sort_ratio(text, other) < RETOLD, (text, other)


def test_two_happenings_told_alike_are_both_events(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "970_alike.txt").write_text(
        "Microsoft and OpenAI\n\nMicrosoft invested $1 billion in OpenAI in 2019.\n\n"
        "Microsoft invested $10 billion in OpenAI in 2023.\n",
        encoding="utf-8",
    )
    (folder / "970_alike.toml").write_text(
        'title = "Microsoft and OpenAI"\noutlet = "Test Wire"\npublished = "2024-01-05"\n'
        'precision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    engine = Engine(tmp_path / "index.db")
    try:
        events, _more = engine.timeline(limit=10)
        assert [e.label for e in events] == ["2019", "2023"]
    finally:
        engine.close()


def test_a_label_line_keeps_its_paragraph_apart() -> None:
    text = "Background:\n\nIn 2018 Musk left the board.\n"
    assert len(clean(text)) == 2
    quoted = 'Leike posted on X:\n\n"We are done."\n'
    assert len(clean(quoted)) == 1  # an introduction stays with the quotation it introduces
