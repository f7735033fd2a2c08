"""A seeded synthetic corpus: seed sentences recombined with varied names, dates and vocabulary.

Real sentences keep the bench honest about sentence length and punctuation; swapping names,
years and months, and sprinkling words drawn from a Zipf-distributed synthetic vocabulary, gives
a realistic long tail of rare terms next to very common ones ("openai", "the").
"""

import itertools
import random
import re
import shutil
from collections.abc import Collection, Iterator
from datetime import date
from pathlib import Path

from knowledge.articles import Article, ArticleFolder, ArticleMeta, load_articles
from knowledge.indexer import passages_of

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PEOPLE = (
    "Musk Altman Brockman Sutskever Nadella Murati Hassabis Zilis Suleyman Leike Schulman "
    "McGrew Zoph Hoffman Khosla Karpathy Nosek Page"
).split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PEOPLE_RE = re.compile(r"\b(" + "|".join(PEOPLE) + r")\b")
_YEAR_RE = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_SYLLABLES = (
    "ka ri to na mi sa lo ve du pe zan tor mel vik ash bel cor den fal gur hil jun "
    "kes lom nor pra quin ros sul tev ur wen xan yor zel"
).split()


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(low, high)))


class CorpusGenerator:
    """Deterministic for a given seed: the same seed gives the same articles."""

    def __init__(self, seed: int = 7, *, vocabulary: int = 50_000, surnames: int = 5_000) -> None:
        self.rng = random.Random(seed)
        templates = [
            str(row["text"]) for article in load_articles(SEEDS) for row in passages_of(article)
        ]
        self.sentences = [t for t in templates if len(t) > 40]
        self.headings = [t for t in templates if len(t) <= 80]
        self.surnames = sorted({_word(self.rng, 2, 3).capitalize() for _ in range(surnames)})
        self.vocabulary = sorted({_word(self.rng, 2, 4) for _ in range(vocabulary)})
        # Zipf (s = 1.07): word k is drawn with weight 1 / k^s.
        self._vocab_weights = list(
            itertools.accumulate(1.0 / (k**1.07) for k in range(1, len(self.vocabulary) + 1))
        )

    def zipf_words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self._vocab_weights, k=n)

    def _vary(self, sentence: str) -> str:
        rng = self.rng
        text = _PEOPLE_RE.sub(lambda _m: rng.choice(self.surnames), sentence)
        text = _YEAR_RE.sub(lambda _m: str(rng.randint(1990, 2030)), text)
        text = _MONTH_RE.sub(lambda _m: rng.choice(MONTHS), text)
        words = text.split(" ")
        for extra in self.zipf_words(rng.randint(0, 3)):
            words.insert(rng.randint(1, len(words)), extra)
        return " ".join(words)

    def article(self, number: int) -> Article:
        rng = self.rng
        body = [self._vary(rng.choice(self.sentences)) for _ in range(rng.randint(8, 30))]
        paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
        title = self._vary(rng.choice(self.headings)).rstrip(".")
        published = date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
        meta = ArticleMeta(
            title=title,
            outlet=f"Outlet {rng.randint(1, 300)}",
            original_source="Synthetic",
            published=published.isoformat(),
            precision="day",
            reference_date=published,
        )
        return Article(id=f"syn_{number:07d}", meta=meta, text=title + "\n" + "\n".join(paragraphs))

    def articles(self, count: int) -> Iterator[Article]:
        for number in range(count):
            yield self.article(number)


class SyntheticArticles(Collection[Article]):
    """The first `count` articles of the corpus with this seed, made afresh each time they
    are read: an index build reads its articles more than once, and 100,000 of them held
    at once would be most of what the build's memory is measured at."""

    def __init__(self, seed: int, count: int) -> None:
        self.seed, self.count = seed, count

    def __iter__(self) -> Iterator[Article]:
        return CorpusGenerator(self.seed).articles(self.count)

    def __len__(self) -> int:
        return self.count

    def __contains__(self, item: object) -> bool:
        return any(article == item for article in self)


def _toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = "".join(
        f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else "\\" + c if c in '"\\' else c
        for c in value
    )
    return f'"{escaped}"'


def written(seed: int, count: int, folder: Path, *, again: bool = False) -> ArticleFolder:
    """The first `count` articles of the corpus with this seed as files in `folder` (each
    `NAME.txt` beside its `NAME.toml`, as `openai-bot index` reads them), written once
    (`again`: written afresh, as after a change to the generator): a build is timed
    reading files, as it reads an articles folder, not making them up. A folder left
    half-written, or of another count, is written again."""
    done = folder / ".complete"
    if not again and done.exists() and done.read_text(encoding="utf-8") == f"{count}\n":
        return ArticleFolder(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for article in SyntheticArticles(seed, count):
        meta = article.meta
        fields = {
            "title": meta.title,
            "outlet": meta.outlet,
            "original_source": meta.original_source,
            "published": meta.published,
            "precision": meta.precision,
        }
        sidecar = "".join(f"{key} = {_toml_string(value)}\n" for key, value in fields.items())
        (folder / f"{article.id}.toml").write_text(sidecar, encoding="utf-8")
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    done.write_text(f"{count}\n", encoding="utf-8")
    return ArticleFolder(folder)
