"""The benchmark's own machinery: a deterministic corpus, correct percentiles, a run that prints."""

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import search as search_bench
from bench.corpus import CorpusGenerator
from knowledge.indexer import passages_of


def test_corpus_is_deterministic() -> None:
    first = list(CorpusGenerator(3).articles(3))
    again = list(CorpusGenerator(3).articles(3))
    other = list(CorpusGenerator(4).articles(3))
    assert first == again
    assert first != other


def test_corpus_articles_index_like_real_ones() -> None:
    article = next(CorpusGenerator(5).articles(1))
    rows = passages_of(article)
    assert len(rows) >= 8
    assert article.meta.precision == "day"


def test_zipf_vocabulary_has_a_long_tail() -> None:
    gen = CorpusGenerator(1)
    words = gen.zipf_words(20_000)
    top = max(words.count(w) for w in set(words[:50]))
    assert top > 500  # the head is very common
    assert len(set(words)) > 3_000  # and the tail is long


def test_percentiles() -> None:
    lat = search_bench.Latency.of([float(i) for i in range(1, 101)])
    assert lat.p50 == 50.5
    assert lat.p99 == 99.0


def test_engine_and_raw_take_turns_on_every_query() -> None:
    """Each query is timed on both in turn, and which goes first changes every round: a
    pause of the machine's falls on either alike."""
    calls: list[str] = []

    def first(q: str) -> None:
        calls.append(f"first {q}")

    def second(q: str) -> None:
        calls.append(f"second {q}")

    one, two = search_bench._time_both(first, second, ["a", "b"], 2)
    assert calls == [
        "first a",
        "second a",
        "first b",
        "second b",
        "second a",
        "first a",
        "second b",
        "first b",
    ]
    assert len(one) == len(two) == 4 and all(ms >= 0 for ms in one + two)


def test_small_run_prints_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(search_bench, "CACHE", tmp_path)
    search_bench.run([30], seed=2, repeat=1, rebuild=True)
    out = capsys.readouterr().out
    assert "30 articles" in out and "articles/s" in out and "\nmachine: `sum(range" in out
    assert re.search(r"peak memory \d+ MB, the building process alone", out)
    for kind in ("rare term", "common term", "phrase", "no match"):
        assert kind in out


def test_slack_ack_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import slack_latency as slack_bench

    slack_bench.run(total=10, concurrency=5)
    out = capsys.readouterr().out
    assert "ack p50" in out and "all 10 answers posted" in out


def test_discord_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import discord_latency as discord_bench

    discord_bench.run(total=10, batch=5)
    out = capsys.readouterr().out
    assert "first response p50" in out and "autocomplete" in out


def test_scale_bench_prints_every_verb_per_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import scale as scale_bench

    monkeypatch.setattr(search_bench, "CACHE", tmp_path)
    scale_bench.run([20, 60], seed=2, repeat=1)
    out = capsys.readouterr().out
    assert "| 20 | 60 |" in out.replace(",", "")
    for verb in (
        "who",
        "when",
        "timeline",
        "ask",
        "ask common",
        "who role",
        "work",
        "search",
        "said",
    ):
        row = next(line for line in out.splitlines() if line.strip().startswith(f"{verb} |"))
        assert row.count("/") >= 2 and "x |" in row  # p50 / p99 at both sizes, a growth


def test_growth_is_per_tenfold() -> None:
    from bench.scale import _growth, per_tenfold
    from bench.summary import _worst_growth

    assert per_tenfold(1000, 100000, 1.0, 4.0) == pytest.approx(2.0)
    assert _worst_growth(
        [1000, 10000, 100000],
        [{"who": 1.0, "when": 2.0}, {"who": 1.5, "when": 5.0}, {"who": 3.3, "when": 9.0}],
    ) == ["", "when: 2.50x", "who: 2.20x"]

    assert _growth([1000, 10000], [1.0, 4.0]) == "4.00x"
    assert _growth([1000, 100000], [1.0, 4.0]) == "2.00x"  # 4x over 100x: 2x per 10x
    assert _growth([1000, 10000], [1.0, 2.04]) == "2.04x"  # (not "2.0x": the goal missed)
    assert _growth([1000], [1.0]) == "n/a"


def test_the_summary_is_one_table_with_goals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import summary

    monkeypatch.setattr(search_bench, "CACHE", tmp_path / "cache")
    monkeypatch.setenv("OPENAI_BOT_DATA_DIR", str(tmp_path / "data"))
    summary.run([20, 60], seed=2, repeat=1)
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("figure | goal"))
    table = [line.split(" | ") for line in lines[header:]]
    assert table[0][2:] == ["20 articles", "60 articles"]
    # the machine's speed, beside the figures it scales
    assert re.fullmatch(
        r"machine: `sum\(range\(10\*\*7\)\)` in \d+ ms before the run, \d+ ms after .*",
        lines[header - 1],
    )
    figures = {row[0]: row for row in table[1:]}
    assert figures["ask p99 (ms)"][1] == "<= 30" and len(figures["ask p99 (ms)"]) == 4
    assert figures["search phrase p99 / raw"][1] == "<= 1.5"
    assert figures["search p99 (ms)"][1] == "<= 30"
    assert re.fullmatch(r"\d+\.\d\d", figures["index size (KB/article)"][2])
    growth = figures["verb p99 growth from the size before, worst verb"]
    assert growth[1] == "<= 2x per 10x" and growth[2] == ""
    # (the worst of the verbs, by name: 60 articles is 0.48 tenfolds after 20)
    worst = re.fullmatch(r"(\S.*): (\d+\.\d\d)x", growth[3])
    assert worst is not None and f"{worst[1]} p99 (ms)" in figures
    assert figures["build (articles/s)"][2] != "cached"  # built here, so its rate is known
    built_peak = figures["build peak memory, all processes (MB)"]
    assert built_peak[1] == "<= 1,000" and 20 < float(built_peak[2]) < 2000
    assert float(figures["cold `openai-bot ask` (s)"][2]) > 0
    afresh = figures["cold `openai-bot ask`, the project's modules compiled afresh (s)"]
    assert afresh[1] == "<= 0.3" and float(afresh[2]) > 0
    memory = figures["serving memory, peak (MB)"]
    assert memory[1] == "<= 150" and 20 < float(memory[2]) < 1000


def test_serving_memory_is_the_serving_process_s_own(tmp_path: Path) -> None:
    """The child that serves is measured, not the benchmark that started it: a parent
    holding 200 MB must not show in the child's peak."""
    from bench import memory
    from knowledge.indexer import build_index

    path = tmp_path / "index.db"
    build_index(list(CorpusGenerator(3).articles(20)), path)
    held = b"x" * (200 * 1024 * 1024)  # touched: resident in this process
    opened, most = memory.peak(path, seed=3)
    assert len(held) > 0
    assert 20 < opened <= most < 180


def test_the_corpus_is_written_once_as_an_articles_folder(tmp_path: Path) -> None:
    """A build is timed reading files, as `openai-bot index` reads a folder: the synthetic
    articles are written once (a half-written folder again), and read back as made."""
    from bench.corpus import SyntheticArticles, written

    folder = tmp_path / "articles"
    read = list(written(3, 12, folder))
    made = list(SyntheticArticles(3, 12))
    assert [(a.id, a.meta, a.text) for a in read] == [(a.id, a.meta, a.text) for a in made]
    first = (folder / "syn_0000000.txt").stat().st_mtime_ns
    assert len(written(3, 12, folder)) == 12
    assert (folder / "syn_0000000.txt").stat().st_mtime_ns == first  # not written again
    (folder / ".complete").unlink()  # as a run stopped half-way leaves it
    (folder / "syn_0000005.toml").unlink()
    assert [a.meta for a in written(3, 12, folder)] == [a.meta for a in made]
    assert len(written(3, 5, folder)) == 5  # another count: written again


def test_a_sidecar_string_reads_back_as_written() -> None:
    import tomllib

    from bench.corpus import _toml_string

    for value in ('a "quoted" title', "back\\slash", "tab\there", "emoji 😀", "del\x7f", "’“”"):
        assert tomllib.loads(f"title = {_toml_string(value)}")["title"] == value


def test_the_machine_is_timed_at_its_quickest(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loop's best timing is the machine's speed: a pause in one run is not."""
    from bench import machine

    monkeypatch.setattr("timeit.repeat", lambda *_a, **_k: [0.31, 0.2, 0.9])
    assert machine.loop_ms() == pytest.approx(200.0)
    assert machine.line().startswith("machine: `sum(range(10**7))` in 200 ms (")
    assert machine.line(350.4).startswith(
        "machine: `sum(range(10**7))` in 350 ms before the run, 200 ms after ("
    )


def test_a_build_s_memory_counts_every_process_it_starts() -> None:
    """A build extracts in processes of its own: the peak is theirs and the builder's
    together, not the builder's alone (each here holds 120 MB at the same time)."""
    from bench.indexing import TreePeak

    hold = "b = b'x' * (120 << 20); "
    grandchild = f"import time; {hold}time.sleep(1.5)"
    code = (
        f"import subprocess, sys; {hold}"
        f"subprocess.run([sys.executable, '-c', {grandchild!r}], check=True)"
    )
    with (
        subprocess.Popen([sys.executable, "-c", code]) as child,
        TreePeak(child.pid, every=0.05) as watched,
    ):
        child.wait()
    assert child.returncode == 0
    assert 240 < watched.peak_mb < 400


def test_a_build_over_within_a_second_is_seen() -> None:
    """A small build is over before a half-second sample: the first samples come sooner."""
    from bench.indexing import TreePeak

    code = "import time; b = b'x' * (80 << 20); time.sleep(0.3)"
    with subprocess.Popen([sys.executable, "-c", code]) as child, TreePeak(child.pid) as watched:
        child.wait()
    assert child.returncode == 0
    assert 80 < watched.peak_mb < 200


def test_a_benchmark_build_is_its_own_process_s(tmp_path: Path) -> None:
    """What the benchmark process holds is not counted in a build's peak."""
    from bench import indexing
    from bench.corpus import written

    folder = tmp_path / "articles"
    written(3, 20, folder)
    held = b"x" * (300 * 1024 * 1024)  # touched: resident in this process
    built = indexing.build(folder, tmp_path / "index.db", workers=1)
    assert len(held) > 0
    assert built.passages > 0 and built.seconds > 0
    assert (tmp_path / "index.db").exists()
    assert 20 < built.peak_mb < 300


def test_a_build_killed_while_it_extracts_is_reported_and_leaves_nothing_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host's memory limit may kill the building process while its extracting ones run:
    the benchmark says so at once (they hold no pipe it waits on) and they go with it."""
    import os
    import signal
    import threading

    from bench import indexing
    from bench.corpus import written

    # (measured by coverage, a process killed so would leave a data file it cannot read)
    monkeypatch.delenv("COVERAGE_PROCESS_CONFIG", raising=False)

    folder = tmp_path / "articles"
    written(5, 300, folder)
    target = str(tmp_path / "index.db")
    killed: list[int] = []

    def kill_once_extracting() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            for entry in Path("/proc").iterdir():
                try:
                    cmdline = (entry / "cmdline").read_bytes()
                except OSError:
                    continue
                if b"bench.indexing" in cmdline and target.encode() in cmdline:
                    root = int(entry.name)
                    if len(indexing.descendants(root)) >= 3:  # its pool has started
                        os.kill(root, signal.SIGKILL)
                        killed.append(root)
                        return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_once_extracting)
    killer.start()
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=f"exit -{int(signal.SIGKILL)}"):
        indexing.build(folder, Path(target), workers=2)
    killer.join()
    assert killed and time.monotonic() - started < 60

    def running_in_group() -> list[int]:  # (a killed process may stay a zombie a while)
        found = []
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if fields[0] != "Z" and int(fields[2]) == killed[0]:
                found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 5
    while running_in_group() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running_in_group() == []


def test_a_build_s_extracting_processes_are_counted(tmp_path: Path) -> None:
    """With two extracting processes the peak is above what the building process holds."""
    from bench import indexing
    from bench.corpus import written

    folder = tmp_path / "articles"
    written(3, 150, folder)
    one = indexing.build(folder, tmp_path / "one.db", workers=1)
    two = indexing.build(folder, tmp_path / "two.db", workers=2)
    assert one.passages == two.passages
    # each extracting process is an interpreter with the extraction's modules loaded
    assert two.peak_mb > one.peak_mb + 30


def test_the_uncompiled_ask_imports_the_copy_and_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cold ask "compiled afresh" reads the project's modules from a copy without
    bytecode (not the checkout's, which the install compiled), and leaves none behind."""
    import subprocess
    import sys

    from bench.summary import PACKAGES, uncompiled_env

    # (not inherited: the environment made must say it itself)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    env = uncompiled_env(tmp_path)
    # (-P: the folder it runs in not first on the path, as for the `openai-bot` script)
    shown = subprocess.run(
        [
            sys.executable,
            "-P",
            "-c",
            "import knowledge.engine, bot.router; print(knowledge.__file__)",
        ],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(shown).parent == tmp_path / "knowledge"
    assert not list(tmp_path.rglob("*.pyc"))
    assert all((tmp_path / package / "__init__.py").exists() for package in PACKAGES)
