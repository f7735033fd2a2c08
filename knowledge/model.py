"""The engine's answer types: plain frozen dataclasses, no chat concepts."""

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, slots=True)
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
    kind: str = "news"  # "news", "opinion" or "dramatised", as the sidecar declares


@dataclass(frozen=True, slots=True)
class Marked:
    """A piece of text; `hit` when it matched the query (rendered bold by the adapters)."""

    text: str
    hit: bool = False


# What a passage is, stored as its place in this tuple (a byte less than the word on each
# of a hundred passages an article); a `Passage` carries the word.
PASSAGE_KINDS = ("sentence", "heading", "caption")
SENTENCE, HEADING = 0, 1


@dataclass(frozen=True, kw_only=True, slots=True)
class Passage:
    """One sentence or heading of an article, with its offsets in the original file."""

    id: int
    article: ArticleInfo
    seq: int
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True, slots=True)
class Hit:
    """A passage that matched, its highlighted snippet and its bm25 score (lower is better)."""

    passage: Passage
    snippet: tuple[Marked, ...]
    score: float

    @property
    def matched_terms(self) -> frozenset[str]:
        return frozenset(m.text.casefold() for m in self.snippet if m.hit)


@dataclass(frozen=True, kw_only=True, slots=True)
class SearchResult:
    """Hits for a query; `mode` says how they were found.

    "all" (every term, bm25), "common" (every term, too many to rank: most recent first),
    "substring" (trigram), "any" (some terms) or "none".
    """

    query: str
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    mode: str
    offset: int = 0
    has_more: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class EntityInfo:
    """A person or organisation and the spellings that name it."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Lookup:
    """The result of looking a name up: a match, or candidates to choose from."""

    query: str
    status: str  # "match", "ambiguous" (did you mean one of the candidates?) or "none"
    match: EntityInfo | None = None
    candidates: tuple[EntityInfo, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Event:
    """A sentence that states when something happened, with its date at its precision.

    `inherited` when the date comes from context (the sentence before, or the section
    heading) rather than the sentence itself.
    """

    id: int
    label: str
    precision: str
    sort_key: str
    year: int
    month: int
    day: int
    inherited: bool
    passage: Passage
    # What other articles say of the same happening, where they differ: (date or sum, outlet)
    others: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class RoleInfo:
    """A descriptor of a person; the same words in several places are merged."""

    text: str
    status: str
    kind: str
    # the one it is cited by; a profile reads it for the roles it shows first, not all
    passages: tuple[Passage, ...]
    passage_ids: tuple[int, ...] = ()  # every passage it is said in


@dataclass(frozen=True, kw_only=True, slots=True)
class QuoteInfo:
    """A quotation, its speaker, its date label (may be empty) and where it is."""

    text: str
    label: str
    sort_key: str
    speaker: EntityInfo
    passage: Passage
    reported: bool = False  # the article's words for what was said, not the speaker's


@dataclass(frozen=True, kw_only=True, slots=True)
class Profile:
    """What the articles say about one entity."""

    entity: EntityInfo
    roles: tuple[RoleInfo, ...]  # the first ones, in the order a profile lists them
    role_count: int
    described: str  # the fullest current description ("" for none)
    changes: tuple[str, ...]  # what changed, in the roles' words ("left the board")
    events: tuple[Event, ...]  # the first ones, most salient first
    event_count: int  # how many events name it
    related: tuple[tuple[EntityInfo, int], ...]
    mentions: tuple[Passage, ...]
    quotes: int
    highlights: tuple[str, ...] = ()  # what they did at their turning points, dated
