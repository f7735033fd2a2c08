"""Collect citations for a reply: one entry per distinct sentence, numbered in order of use."""

import re

from bot.reply import Citation, Span
from knowledge.model import ArticleInfo, Marked, Passage


class CitationList:
    """Numbers citations as items ask for them; the same sentence keeps its number."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._citations: list[Citation] = []

    def cite(self, article: ArticleInfo, quote: str) -> int:
        key = (article.id, quote)
        if key not in self._numbers:
            self._citations.append(
                Citation(
                    article=article.id,
                    title=article.title,
                    outlet=article.outlet + _kind(article),
                    published=article.published,
                    quote=quote,
                )
            )
            self._numbers[key] = len(self._citations)
        return self._numbers[key]

    def cite_passage(self, passage: Passage) -> int:
        return self.cite(passage.article, passage.text)

    def all(self) -> tuple[Citation, ...]:
        return tuple(self._citations)


# Letters of a word that runs on past a highlight; not CJK, where a "word" is a whole clause.
_LETTER = r"(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])\w)"
_WORD_END_RE = re.compile(rf"{_LETTER}+$")
_WORD_START_RE = re.compile(rf"{_LETTER}+")
_JOINER_RE = re.compile(r"[\s\-–/]{1,2}")
_SUFFIXES = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})


def spans(marked: tuple[Marked, ...]) -> tuple[Span, ...]:
    """Engine highlights as reply spans, on word boundaries: a highlight inside a word
    takes the whole word ("Open**AI**" → "**OpenAI**"), an "'s" alone is not one, and
    highlights only a space or hyphen apart are one phrase ("**GPT-4o**", "**Lex Fridman**")."""
    pieces = [[m.text, m.hit] for m in marked if m.text]
    for i, piece in enumerate(pieces):
        if not piece[1]:
            continue
        before = pieces[i - 1] if i and not pieces[i - 1][1] else None
        if (
            before is not None
            and str(piece[0]).casefold() in _SUFFIXES
            and str(before[0]).endswith(("'", "’"))
        ):
            piece[1] = False  # "OpenAI'**s**": a possessive ending is not a word of its own
            continue
        if before is not None:
            head = _WORD_END_RE.search(str(before[0]))
            if head:
                before[0] = str(before[0])[: head.start()]
                piece[0] = head.group() + str(piece[0])
        after = pieces[i + 1] if i + 1 < len(pieces) and not pieces[i + 1][1] else None
        if after is not None:
            tail = _WORD_START_RE.match(str(after[0]))
            if tail:
                after[0] = str(after[0])[tail.end() :]
                piece[0] = str(piece[0]) + tail.group()
    out: list[Span] = []
    for i, (text, strong) in enumerate(pieces):
        if not text:
            continue
        joins = (
            not strong
            and _JOINER_RE.fullmatch(str(text))
            and out
            and out[-1].strong
            and i + 1 < len(pieces)
            and pieces[i + 1][1]
        )
        if joins or (out and out[-1].strong and strong and out[-1].text):
            out[-1] = Span(out[-1].text + str(text), strong=True)
        else:
            out.append(Span(str(text), strong=bool(strong)))
    return tuple(out)


def source_label(article: ArticleInfo) -> str:
    """How an item names its article: outlet and date, and what it is when not reporting
    ("opinion", "dramatised")."""
    return f"{article.outlet}{_kind(article)}, {article.published}"


def _kind(article: ArticleInfo) -> str:
    """ " (opinion)", " (dramatised)": what an article is when it is not reporting."""
    return f" ({article.kind})" if article.kind != "news" else ""
