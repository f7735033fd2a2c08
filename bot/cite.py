"""Collect citations for a reply: one entry per distinct sentence, numbered in order of use."""

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
                    outlet=article.outlet,
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


def spans(marked: tuple[Marked, ...]) -> tuple[Span, ...]:
    """Engine highlights as reply spans."""
    return tuple(Span(m.text, strong=m.hit) for m in marked)


def source_label(article: ArticleInfo) -> str:
    """How an item names its article: outlet and date."""
    return f"{article.outlet}, {article.published}"
