"""`python -m bench search --sizes 1000,10000,100000`: run a benchmark and print its figures."""

from collections.abc import Callable

import click

from bench import answers as answers_bench
from bench import discord_latency as discord_bench
from bench import fuzz as fuzz_bench
from bench import instances as instances_bench
from bench import scale as scale_bench
from bench import search as search_bench
from bench import slack_latency as slack_bench
from bench import summary as summary_bench
from bench import verbs as verbs_bench
from knowledge import lasting


@click.group()
def main() -> None:
    """Benchmarks for openai-history-bot."""
    lasting.serving()  # each measures the bot as it serves, question after question


@main.command()
@click.option("--sizes", default="1000,10000,100000", help="Corpus sizes in articles.")
@click.option("--seed", default=7, show_default=True, help="Corpus generator seed.")
@click.option("--repeat", default=20, show_default=True, help="Passes over the query mix.")
@click.option("--rebuild", is_flag=True, help="Rebuild cached indexes (and time the build).")
def search(sizes: str, seed: int, repeat: int, rebuild: bool) -> None:
    """Search latency, engine vs raw FTS5, and index build throughput."""
    search_bench.run([int(s) for s in sizes.split(",")], seed, repeat, rebuild)


def _corpora(repeat: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The options of a benchmark over synthetic corpora of growing size."""

    def options(command: Callable[..., None]) -> Callable[..., None]:
        for option in reversed(
            (
                click.option("--sizes", default="1000,10000,100000", help="Corpus sizes."),
                click.option("--seed", default=7, show_default=True, help="Generator seed."),
                click.option(
                    "--repeat",
                    default=repeat,
                    show_default=True,
                    help="Rounds, each asking every question 5 times (medians over rounds).",
                ),
            )
        ):
            command = option(command)
        return command

    return options


@main.command("all")
@_corpora(repeat=3)
def all_figures(sizes: str, seed: int, repeat: int) -> None:
    """One table: each figure, its goal, and what it measures at each corpus size."""
    summary_bench.run([int(s) for s in sizes.split(",")], seed, repeat)


@main.command()
@_corpora(repeat=5)
def scale(sizes: str, seed: int, repeat: int) -> None:
    """Per-verb latency on synthetic corpora of growing size, and its growth per 10x."""
    scale_bench.run([int(s) for s in sizes.split(",")], seed, repeat)


@main.command()
@click.option("--repeat", default=50, show_default=True, help="Passes over the sample commands.")
@click.option("--size", default=10_000, show_default=True, help="Articles for extraction speed.")
@click.option("--seed", default=7, show_default=True, help="Corpus generator seed.")
@click.option("--rounds", default=5, show_default=True, help="Rounds; medians are printed.")
def verbs(repeat: int, size: int, seed: int, rounds: int) -> None:
    """Per-verb latency at seed scale, and extraction throughput on a synthetic corpus."""
    verbs_bench.run(repeat, size, seed, rounds)


@main.command()
@click.option("--total", default=500, show_default=True, help="Slash commands to send.")
@click.option("--concurrency", default=50, show_default=True, help="Requests in flight.")
def slack(total: int, concurrency: int) -> None:
    """Ack latency of signed /openai commands over loopback (HTTP mode)."""
    slack_bench.run(total, concurrency)


@main.command()
@click.option("--total", default=400, show_default=True, help="Mentions to answer.")
@click.option("--concurrency", default=50, show_default=True, help="Requests in flight.")
def instances(total: int, concurrency: int) -> None:
    """One instance vs two on a shared state database: replies/s and ack latency."""
    instances_bench.run(total, concurrency)


@main.command()
@click.option("--total", default=500, show_default=True, help="Interactions of each kind.")
@click.option("--batch", default=50, show_default=True, help="Interactions in flight.")
def discord(total: int, batch: int) -> None:
    """First-response and autocomplete latency of the Discord adapter over loopback."""
    discord_bench.run(total, batch)


@main.command()
@click.option("--failures", is_flag=True, help="Show every failed question and its first answer.")
@click.option("--only", default="", help="Only the dev set whose name contains this.")
def answers(failures: bool, only: str) -> None:
    """First-answer accuracy by category on the dev sets (seeds and test-only articles)."""
    answers_bench.run(failures=failures, only=only)


@main.command()
@click.option("--examples", default=10_000, show_default=True, help="Generated messages.")
def fuzz(examples: int) -> None:
    """Generated hostile messages through the router and the CLI batch: no handler exception."""
    fuzz_bench.run(examples)


if __name__ == "__main__":
    main()
