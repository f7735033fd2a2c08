"""The engine's answer types: plain frozen dataclasses, no chat concepts."""

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class ArticleInfo:
    """An article as a citation needs it."""

    id: str
    title: str
    outlet: str
    original_source: str
    published: str
    precision: str
    language: str
    passages: int = 0


@dataclass(frozen=True)
class Marked:
    """A piece of text; `hit` when it matched the query (rendered bold by the adapters)."""

    text: str
    hit: bool = False


@dataclass(frozen=True, kw_only=True)
class Passage:
    """One sentence or heading of an article, with its offsets in the original file."""

    id: int
    article: ArticleInfo
    seq: int
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Hit:
    """A passage that matched, its highlighted snippet and its bm25 score (lower is better)."""

    passage: Passage
    snippet: tuple[Marked, ...]
    score: float

    @property
    def matched_terms(self) -> frozenset[str]:
        return frozenset(m.text.casefold() for m in self.snippet if m.hit)


@dataclass(frozen=True, kw_only=True)
class SearchResult:
    """Hits for a query; `mode` says how they were found ("all", "substring", "any" or "none")."""

    query: str
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    mode: str
    offset: int = 0
    has_more: bool = False
