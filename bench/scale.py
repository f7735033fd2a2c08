"""How each verb's latency grows with the corpus: the same kinds of questions, through the
router, on synthetic indexes of 1k, 10k and 100k articles (built once, cached with the
search benchmark's).

The questions are drawn from each index itself (its most and least mentioned people, its
years), so every size is asked what it can answer. A verb whose cost follows the answer,
not the corpus, grows little per 10x articles; one that ranks or walks everything grows
with it.
"""

import math
import random
import sqlite3
import statistics
import time
from pathlib import Path

from bench.search import Latency, build
from bot.router import Router
from knowledge.engine import Engine

GOAL_P99_MS = 30.0
GOAL_GROWTH = 2.0  # per 10x articles


def questions(path: Path, seed: int) -> dict[str, list[str]]:
    """Per verb, questions this index can answer: its busiest people, some from the long
    tail, and years it has events in."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    people = [
        str(r[0])
        for r in conn.execute(
            "SELECT e.name FROM entities e JOIN mentions m ON m.entity = e.id "
            "WHERE e.kind = 'person' GROUP BY e.key ORDER BY count(*) DESC, e.key"
        )
    ]
    years = [int(r[0]) for r in conn.execute("SELECT DISTINCT year FROM events ORDER BY year")]
    conn.close()
    busy = people[:3]
    tail = rng.sample(people[len(people) // 2 :], min(3, len(people) // 2))
    names = busy + tail
    some_years = rng.sample(years, min(3, len(years)))
    return {
        "who": [f"who is {n}" for n in names] + [f"who {n.lower()[:-1]}" for n in tail[:2]],
        "when": [f"when did {n} leave" for n in names],
        "timeline": [f"timeline {y}" for y in some_years] + [f"timeline {busy[0]}"],
        "ask": [f"why did {n} leave openai" for n in names[:4]]
        + [f"how much did {n} invest" for n in names[4:]],
        "ask common": ["what is openai", "what did the company say"],
        # a role's holder: the titles and the companies every size of the corpus names
        "who role": [
            "who is the ceo",
            "who is the ceo of openai",
            "who runs openai",
            "who was the cto of openai",
            "who is the president of openai",
            "who is the chief scientist",
        ],
        # where someone works and what their job is, read from all their roles
        "work": [f"where does {n} work now" for n in names[:4]]
        + [f"what is {n}'s job" for n in names[4:]],
        "search": [f"search {n}" for n in names[:3]] + ["search openai board"],
        # what someone said: a busy person is quoted thousands of times at 100,000 articles
        "said": [f"when did {n} say" for n in names[:3]]
        + [f"what did {busy[0]} say about openai", f"quote {busy[0]}", f"quote {tail[0]}"],
    }


PASSES = 5  # each question asked this many times a round


def measure(path: Path, seed: int, repeat: int) -> dict[str, Latency]:
    """Per verb, the median over `repeat` rounds of each round's p50 and p99 (a round asks
    each question PASSES times): one round's p99 is its slowest sample or two, so a single
    pause of the machine would otherwise set the figure."""
    router = Router(Engine(path))
    router.engine.warm()  # as `openai-bot run` does before serving
    asked = questions(path, seed)
    for texts in asked.values():  # warm: the page cache, what each question reads
        for text in texts:
            router.handle_text(text)
    rounds: dict[str, list[Latency]] = {verb: [] for verb in asked}
    for _ in range(repeat):
        for verb, texts in asked.items():
            samples = []
            for _ in range(PASSES):
                for text in texts:
                    started = time.perf_counter()
                    router.handle_text(text)
                    samples.append((time.perf_counter() - started) * 1000)
            rounds[verb].append(Latency.of(samples))
    router.engine.close()
    return {
        verb: Latency(
            p50=statistics.median(r.p50 for r in found),
            p99=statistics.median(r.p99 for r in found),
            worst=max(r.worst for r in found),
        )
        for verb, found in rounds.items()
    }


def run(sizes: list[int], seed: int, repeat: int) -> None:
    print(f"verb latency by corpus size (seed {seed}); p50 / p99 in ms through the router")
    table: dict[int, dict[str, Latency]] = {}
    for size in sizes:
        path, built = build(size, seed, rebuild=False)
        table[size] = measure(path, seed, repeat)
        print(f"  measured {size:,} articles ({built.passages:,} passages)", flush=True)
    verbs = list(next(iter(table.values())))
    header = ["verb", *(f"{s:,}" for s in sizes), "growth/10x (p99)", "goal"]
    print("  " + " | ".join(header))
    for verb in verbs:
        cells = [f"{table[s][verb].p50:.1f} / {table[s][verb].p99:.1f}" for s in sizes]
        growth = _growth(sizes, [table[s][verb].p99 for s in sizes])
        print(
            f"  {verb} | {' | '.join(cells)} | {growth} | "
            f"p99 <= {GOAL_P99_MS:.0f}, <= {GOAL_GROWTH:.0f}x"
        )


def per_tenfold(small: int, large: int, before: float, after: float) -> float:
    """How much a figure grew from `small` articles to `large`, per 10x articles (4x over
    100x is 2x per 10x)."""
    return float((after / before) ** (1 / math.log10(large / small)))


def _growth(sizes: list[int], p99s: list[float]) -> str:
    """The worst growth of p99 between consecutive sizes, per 10x articles."""
    ratios = [
        per_tenfold(small, large, a, b)
        for small, large, a, b in zip(sizes, sizes[1:], p99s, p99s[1:], strict=False)
        if a > 0 and large > small
    ]
    # (two decimals: 2.04 shown as 2.0 would read as the goal met)
    return f"{max(ratios):.2f}x" if ratios else "n/a"
