"""Search benchmark: the engine against a raw FTS5 query on the same database, in the same run.

Raw baseline: `SELECT rowid, snippet(...) FROM passages_fts WHERE passages_fts MATCH ? ORDER BY
rank LIMIT 10` with the same quoted expression. The engine adds query parsing, fallbacks, the
join to passages and articles, and snippet parsing: the ratio says what that costs.
"""

import math
import random
import re
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import indexing, machine
from bench.corpus import CorpusGenerator, written
from knowledge.engine import Engine
from knowledge.extract import workers_for
from knowledge.query import parse_query
from knowledge.sqlite import connect

CACHE = Path(__file__).resolve().parent / ".cache"
RAW_SQL = (
    "SELECT rowid, snippet(passages_fts, 0, '[', ']', '…', 40) FROM passages_fts "
    "WHERE passages_fts MATCH ? ORDER BY rank LIMIT 10"
)


@dataclass(frozen=True)
class Build:
    """How long indexing took, and its peak memory (bench.indexing; nan when cached)."""

    articles: int
    passages: int
    seconds: float
    cached: bool
    peak_mb: float = math.nan
    workers: int = 0  # the extracting processes it started (0: cached, or one process)


@dataclass(frozen=True)
class Latency:
    """p50 and p99 in milliseconds over repeated queries."""

    p50: float
    p99: float
    worst: float = 0.0
    over_3s: int = 0  # samples beyond a platform's three-second limit

    @classmethod
    def of(cls, samples_ms: list[float]) -> "Latency":
        ordered = sorted(samples_ms)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        return cls(
            p50=statistics.median(ordered),
            p99=p99,
            worst=ordered[-1],
            over_3s=sum(1 for s in ordered if s > 3000),
        )


def build(size: int, seed: int, *, rebuild: bool = False) -> tuple[Path, Build]:
    """The synthetic index of `size` articles, from the cache unless `rebuild`."""
    path = CACHE / f"index-{size}-{seed}.db"
    if path.exists() and not rebuild:
        conn = connect(path)
        passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        conn.close()
        return path, Build(articles=size, passages=passages, seconds=0.0, cached=True)
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(f"index-{size}-{seed}.db*"):
        stale.unlink()
    # not timed; written afresh on a rebuild, as the generator may have changed
    folder = CACHE / f"articles-{size}-{seed}"
    written(seed, size, folder, again=rebuild)
    workers = workers_for(size)
    built = indexing.build(folder, path, workers)
    return path, Build(
        articles=size,
        passages=built.passages,
        seconds=built.seconds,
        cached=False,
        peak_mb=built.peak_mb,
        workers=workers if workers > 1 else 0,
    )


def queries(path: Path, seed: int, per_kind: int = 40) -> dict[str, list[str]]:
    """Query mix drawn from the index itself, so every kind except "no match" finds something."""
    rng = random.Random(seed)
    conn = connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, passages_fts, 'row')"
    )

    def terms(low: int, high: int) -> list[str]:
        rows = conn.execute(
            "SELECT term FROM temp.vocab WHERE doc BETWEEN ? AND ? AND term GLOB '[a-z]*' "
            "ORDER BY term",
            (low, high),
        ).fetchall()
        return rng.sample([r[0] for r in rows], min(per_kind, len(rows)))

    top = [
        r[0]
        for r in conn.execute("SELECT term FROM temp.vocab ORDER BY doc DESC LIMIT 4").fetchall()
    ]
    count = conn.execute("SELECT max(id) FROM passages").fetchone()[0]
    sampled: list[list[str]] = []
    phrases: list[str] = []
    for _ in range(per_kind):
        text = conn.execute(
            "SELECT text FROM passages WHERE id = ?", (rng.randint(1, count),)
        ).fetchone()[0]
        tokens = re.findall(r"[A-Za-z]+", text)
        at = rng.randint(0, max(0, len(tokens) - 3))
        phrases.append('"' + " ".join(tokens[at : at + 3]) + '"')
        words = [t for t in tokens if len(t) >= 4]
        sampled.append(words if len(words) >= 2 else ["openai", "board"])
    rare, mid = terms(1, 5), terms(100, 1000)
    conn.close()
    gen = CorpusGenerator(seed)
    return {
        "rare term": rare,
        "mid term": mid,
        "name": list(gen.surnames[:per_kind]),
        "two words": [" ".join(rng.sample(w, 2)) for w in sampled],
        "phrase": phrases,
        "no match": [
            f"zq{rng.randint(0, 10**6)}x ql{rng.randint(0, 10**6)}" for _ in range(per_kind)
        ],
        "common term": sorted({"openai", *top}),
    }


def _time(fn: Callable[[str], object], items: list[str], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for q in items:
            started = time.perf_counter()
            fn(q)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def _time_both(
    first: Callable[[str], object], second: Callable[[str], object], items: list[str], repeat: int
) -> tuple[list[float], list[float]]:
    """`first` and `second` timed on each query in turn, which going first by round: a
    tail made by the machine (another process, the kernel) falls on either alike, and
    neither always finds the pages the other has just read. (Timed one kind after the
    other, a query of 0.05 ms showed a p99 three times its own in one and not the other.)"""
    one: list[float] = []
    two: list[float] = []
    for round_ in range(repeat):
        for q in items:
            pair = ((first, one), (second, two))
            for fn, samples in pair if round_ % 2 == 0 else pair[::-1]:
                started = time.perf_counter()
                fn(q)
                samples.append((time.perf_counter() - started) * 1000)
    return one, two


def measure(path: Path, seed: int, repeat: int) -> dict[str, tuple[Latency, Latency]]:
    """Engine and raw latency per query kind."""
    engine = Engine(path)
    raw_conn = connect(path)

    def raw(q: str) -> object:
        return raw_conn.execute(RAW_SQL, (parse_query(q).match_all(),)).fetchall()

    def eng(q: str) -> object:
        return engine.search(q, limit=10)

    results = {}
    for kind, items in queries(path, seed).items():
        n = repeat if kind != "common term" else max(1, repeat // 5)
        eng(items[0]), raw(items[0])  # warm the page cache
        if kind == "common term":
            # (each raw query ranks every match, reading much of the index: taken in turn,
            # it would leave the engine a cold cache for the next one)
            engine_ms, raw_ms = _time(eng, items, n), _time(raw, items, n)
        else:
            engine_ms, raw_ms = _time_both(eng, raw, items, n)
        results[kind] = (Latency.of(engine_ms), Latency.of(raw_ms))
    engine.close()
    raw_conn.close()
    return results


def run(sizes: list[int], seed: int, repeat: int, rebuild: bool) -> None:
    print(f"search benchmark (seed {seed}); latency in ms, engine vs raw FTS5 on the same db")
    print(machine.line())
    for size in sizes:
        path, built = build(size, seed, rebuild=rebuild)
        if built.cached:
            print(f"\n{size:,} articles, {built.passages:,} passages (index from cache)")
        else:
            print(
                f"\n{size:,} articles, {built.passages:,} passages: built in {built.seconds:.1f} s "
                f"({size / built.seconds:,.0f} articles/s, "
                f"{built.passages / built.seconds:,.0f} passages/s), "
                f"{path.stat().st_size / 1e6:,.0f} MB; peak memory {built.peak_mb:,.0f} MB, "
                + (
                    f"the building process and its {built.workers} extracting ones together"
                    if built.workers
                    else "the building process alone (it extracts itself)"
                )
            )
        header = ("query kind", "engine p50", "p99", "raw p50", "p99", "ratio")
        print("  {:<12} {:>10} {:>8} {:>9} {:>8} {:>6}".format(*header))
        for kind, (eng, raw) in measure(path, seed, repeat).items():
            ratio = eng.p50 / raw.p50 if raw.p50 else float("nan")
            print(
                f"  {kind:<12} {eng.p50:>10.2f} {eng.p99:>8.2f} {raw.p50:>9.2f} "
                f"{raw.p99:>8.2f} {ratio:>6.2f}"
            )


def clear_cache() -> None:
    shutil.rmtree(CACHE, ignore_errors=True)
