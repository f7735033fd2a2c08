"""Verb benchmarks: per-verb latency through the router at seed scale, and extraction speed.

Latency is measured in-process (router.handle on the seed index), so it is the engine and
handler cost a chat adapter adds nothing to but its own I/O.
"""

import statistics
import tempfile
import time
from pathlib import Path

from bench.answers import DEVSET, load
from bench.corpus import SEEDS, CorpusGenerator
from bench.search import Latency
from bot.router import Router
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.extract import extract
from knowledge.indexer import build_index, passages_of

SAMPLES: dict[str, list[str]] = {
    "search": ["search azure batch", "search speciesist", "search 创始团队", "search openai"],
    "ask": ["how much did sutskever earn in 2016", "why did musk leave openai"],
    "who": ["who is greg brockman", "who altmann", "who sutskevar"],
    "when": ["when did sutskever resign", "when did musk leave"],
    "timeline": ["timeline 2018", "timeline sutskever", "timeline"],
    "onthisday": ["onthisday 09-27", "onthisday 07-04", "onthisday"],
    "quote": ["quote altman", "quote musk"],
    "sources": ["sources"],
    "help": ["help", "help search"],
}


def devset_questions() -> list[str]:
    """Every question of the seeds dev set that is asked on its own (not a follow-up)."""
    return [q.ask for q in load(DEVSET / "seeds.toml") if not q.before]


def _timed(router: Router, texts: list[str], passes: int) -> Latency:
    samples: list[float] = []
    for _ in range(passes):
        for text in texts:
            started = time.perf_counter()
            router.handle_text(text)
            samples.append((time.perf_counter() - started) * 1000)
    return Latency.of(samples)


def verb_latency(repeat: int, rounds: int = 5) -> dict[str, Latency]:
    """Per verb, the median over `rounds` of each round's p50 and p99: one busy moment on a
    shared machine moves one round's p99, not the figure."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.db"
        build_index(load_articles(SEEDS), path)
        router = Router(Engine(path))
        for texts in SAMPLES.values():  # warm caches once
            for text in texts:
                router.handle_text(text)
        # The questions people type, each asked as a new question (caches stay warm, as in
        # a running bot; every question is different, so little of the work repeats).
        mix = {**SAMPLES, "dev set": devset_questions()}
        per_round: dict[str, list[Latency]] = {verb: [] for verb in mix}
        for _ in range(rounds):
            for verb, texts in mix.items():
                passes = max(1, repeat // 10) if verb == "dev set" else repeat
                per_round[verb].append(_timed(router, texts, passes))
        return {
            verb: Latency(
                p50=statistics.median(r.p50 for r in runs),
                p99=statistics.median(r.p99 for r in runs),
            )
            for verb, runs in per_round.items()
        }


def extraction_speed(size: int, seed: int) -> tuple[float, float, int]:
    """(articles/s of cleaning and splitting, articles/s of extraction, passages)."""
    articles = list(CorpusGenerator(seed).articles(size))
    started = time.perf_counter()
    by_article: dict[str, list[dict[str, object]]] = {}
    next_id = 0
    for article in articles:
        rows = passages_of(article)
        for row in rows:
            next_id += 1
            row["id"] = next_id
        by_article[article.id] = rows
    split_seconds = time.perf_counter() - started
    started = time.perf_counter()
    extract(articles, by_article)
    extract_seconds = time.perf_counter() - started
    return size / split_seconds, size / extract_seconds, next_id


def run(repeat: int, size: int, seed: int, rounds: int = 5) -> None:
    print(
        f"verb latency at seed scale (5 articles), in-process, {repeat} passes per round; "
        f"median of {rounds} rounds; ms"
    )
    print("  {:<10} {:>8} {:>8}".format("verb", "p50", "p99"))
    for verb, lat in verb_latency(repeat, rounds).items():
        print(f"  {verb:<10} {lat.p50:>8.2f} {lat.p99:>8.2f}")
    split_rate, extract_rate, passages = extraction_speed(size, seed)
    print(
        f"\nextraction at {size:,} synthetic articles ({passages:,} passages): "
        f"cleaning + sentences {split_rate:,.0f} articles/s; "
        f"people, roles, events, quotes {extract_rate:,.0f} articles/s"
    )
