"""Ingest cleaning: clutter goes, article text stays, offsets point at the original characters."""

import re

import pytest

from knowledge.articles import Article
from knowledge.clean import clean, is_clutter
from knowledge.indexer import passages_of

CLUTTER = [
    "avatar",
    "Like",
    "Add to Favorites",
    "Comments",
    "Comments(0)",
    "No comments yet",
    "2 days ago",
    "16h ago",
    "This article is machine translated",
    "Show original",
    "Open the app to read the full article",
    "Write a comment",
    "share_log",
    "Newsletter",
    "The translation is provided by third-party software.",
]


@pytest.mark.parametrize("line", CLUTTER)
def test_page_furniture_lines_are_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Musk approved the raise proposal.",
        "Founding team departing",
        "Google acquires DeepMind (2014)",
        "Source of the dispute was the CEO title, people said, and it was never resolved.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_clutter(line)


def _all_text(articles: tuple[Article, ...]) -> str:
    return "\n".join(str(p["text"]) for a in articles for p in passages_of(a))


def test_seed_clutter_is_gone(seed_articles: tuple[Article, ...]) -> None:
    text = _all_text(seed_articles)
    for gone in (
        "Add to Favorites",
        "Disclaimer",
        "investment advice",
        "Open the app",
        "Register Now",
        "machine translated",
        "$Microsoft (MSFT.US)$",
        "币圈狂人",
        "Editor/Rocky",
        "Be the first to get news",
        "16h ago",
        "2 days ago",
    ):
        assert gone not in text, gone


def test_story_text_survives(seed_articles: tuple[Article, ...]) -> None:
    text = _all_text(seed_articles)
    for kept in (
        "Azure Batch",
        "speciesist",
        "创始团队出走殆尽",
        "Altman mentioned that the company's CTO previously reported to Murati",
        "The nonprofit had launched in 2015 to great fanfare with backing",  # hard-wrapped
        "Google acquires DeepMind (2014)",
    ):
        assert kept in text, kept


def test_offsets_point_at_the_original_characters(seed_articles: tuple[Article, ...]) -> None:
    for article in seed_articles:
        for row in passages_of(article):
            start, end = int(str(row["start"])), int(str(row["end"]))
            original = " ".join(article.text[start:end].split())
            # Inline clutter (cashtags, photo credits) is cut out of the passage but not the file.
            assert original.startswith(str(row["text"])[:20]), (article.id, row["text"])
            assert original.endswith(str(row["text"])[-10:]), (article.id, row["text"])


def test_cleaning_never_edits_the_text() -> None:
    text = "Title line\nLike\nA sentence here.\n"
    paragraphs = clean(text)
    kept = [text[s.start : s.end] for p in paragraphs for s in p.spans]
    assert kept == ["Title line", "A sentence here."]
    assert paragraphs[0].heading and not paragraphs[1].heading


def test_inline_cashtag_is_cut_but_offsets_hold() -> None:
    text = "Altman spoke.$Microsoft (MSFT.US)$Altman mentioned the CTO.\n"
    (paragraph,) = clean(text)
    pieces = [text[s.start : s.end] for s in paragraph.spans]
    assert pieces == ["Altman spoke.", "Altman mentioned the CTO."]
    assert not any(re.search(r"MSFT", p) for p in pieces)
