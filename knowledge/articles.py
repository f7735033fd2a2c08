"""Articles and their metadata: a `NAME.txt` beside a `NAME.toml`, loaded and validated.

The text files are never edited; everything known about an article that is not in its text
(outlet, publication date and its precision, page clutter to strip) lives in the sidecar.
"""

import hashlib
import re
import tomllib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from knowledge.errors import ArticleMetaError

PRECISIONS = ("day", "month", "year")
# What an article is: reporting, an opinion, or a dramatised account (its lines are no quotes).
KINDS = ("news", "opinion", "dramatised")
_PUBLISHED_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


@dataclass(frozen=True, kw_only=True)
class ArticleMeta:
    """What is known about an article beyond its text."""

    title: str
    outlet: str
    original_source: str
    published: str
    precision: str
    language: str = "en"
    author: str = ""
    translated_from: str = ""
    reference_date: date
    strip: tuple[str, ...] = ()
    kind: str = "news"


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article: an id (the file's stem), its metadata and its raw text."""

    id: str
    meta: ArticleMeta
    text: str
    path: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def reference_date(published: str, precision: str) -> date:
    """The day relative dates resolve against when the sidecar gives none."""
    if precision == "day":
        return date.fromisoformat(published)
    if precision == "month":
        year, month = (int(p) for p in published.split("-"))
        return date(year, month, 15)
    return date(int(published), 7, 1)


def parse_meta(raw: dict[str, object], *, source: str) -> ArticleMeta:
    """Validate a sidecar's fields; every problem names the file and the field."""

    def text(name: str, *, required: bool = True) -> str:
        value = raw.get(name, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise ArticleMetaError(f"{source}: field '{name}' must be a non-empty string")
        return value.strip()

    precision = text("precision")
    if precision not in PRECISIONS:
        raise ArticleMetaError(
            f"{source}: field 'precision' must be one of {', '.join(PRECISIONS)}"
        )
    published = text("published")
    if not _PUBLISHED_RE[precision].match(published):
        raise ArticleMetaError(
            f"{source}: field 'published' must look like "
            f"{ {'day': 'YYYY-MM-DD', 'month': 'YYYY-MM', 'year': 'YYYY'}[precision] } "
            f"for precision '{precision}'"
        )
    try:
        reference_raw = raw.get("reference_date")
        if isinstance(reference_raw, date):
            reference = reference_raw
        elif isinstance(reference_raw, str) and reference_raw:
            reference = date.fromisoformat(reference_raw)
        else:
            reference = reference_date(published, precision)
    except ValueError as exc:
        raise ArticleMetaError(f"{source}: a date field is not a real date ({exc})") from exc
    kind = text("kind", required=False) or "news"
    if kind not in KINDS:
        raise ArticleMetaError(f"{source}: field 'kind' must be one of {', '.join(KINDS)}")
    strip = raw.get("strip", [])
    if not isinstance(strip, list) or not all(isinstance(s, str) for s in strip):
        raise ArticleMetaError(f"{source}: field 'strip' must be a list of strings")
    return ArticleMeta(
        title=text("title"),
        outlet=text("outlet"),
        original_source=text("original_source", required=False) or text("outlet"),
        published=published,
        precision=precision,
        language=text("language", required=False) or "en",
        author=text("author", required=False),
        translated_from=text("translated_from", required=False),
        reference_date=reference,
        strip=tuple(s.strip() for s in strip if s.strip()),
        kind=kind,
    )


def load_article(text_path: Path) -> Article:
    """Load one `NAME.txt` and its `NAME.toml`."""
    meta_path = text_path.with_suffix(".toml")
    if not meta_path.exists():
        raise ArticleMetaError(f"{text_path.name}: no metadata file {meta_path.name} beside it")
    try:
        raw = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ArticleMetaError(f"{meta_path.name}: not valid TOML ({exc})") from exc
    except OSError as exc:  # removed or unreadable since the folder was listed
        raise ArticleMetaError(f"{meta_path.name}: cannot read it ({exc.strerror})") from exc
    try:
        body = text_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleMetaError(f"{text_path.name}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise ArticleMetaError(f"{text_path.name}: cannot read it ({exc.strerror})") from exc
    return Article(
        id=text_path.stem,
        meta=parse_meta(raw, source=meta_path.name),
        text=body,
        path=str(text_path),
    )


class ArticleFolder(Collection[Article]):
    """The `*.txt` articles of a folder, sorted by name, read from disk each time they are
    iterated: a large folder need not be held in memory. Files are listed once, when it is
    made; a file that cannot be read raises ArticleMetaError when it is reached."""

    def __init__(self, directory: Path) -> None:
        if not directory.is_dir():
            raise ArticleMetaError(f"articles folder {directory} does not exist")
        self.paths = tuple(sorted(directory.glob("*.txt")))

    def __iter__(self) -> Iterator[Article]:
        return (load_article(p) for p in self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __contains__(self, item: object) -> bool:
        return any(article == item for article in self)


def load_articles(directory: Path) -> tuple[Article, ...]:
    """Every `*.txt` article in `directory`, sorted by name (the order is part of determinism)."""
    if not directory.is_dir():
        raise ArticleMetaError(f"articles folder {directory} does not exist")
    return tuple(ArticleFolder(directory))
