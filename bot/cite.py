"""Collect citations for a reply: one entry per distinct sentence, numbered in order of use."""

from bot.reply import Citation
from knowledge.model import ArticleInfo, Passage


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


def source_label(article: ArticleInfo) -> str:
    """How an item names its article: outlet and date, and what it is when not reporting
    ("opinion", "dramatised")."""
    return f"{article.outlet}{_kind(article)}, {article.published}"


def _kind(article: ArticleInfo) -> str:
    """ " (opinion)", " (dramatised)": what an article is when it is not reporting."""
    return f" ({article.kind})" if article.kind != "news" else ""
