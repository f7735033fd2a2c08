"""A benchmark index built in a process of its own, timed, and its memory watched: the peak of
the building process and the extracting processes it starts, together.

A build extracts in a pool of processes (knowledge.extract.in_order), so the building
process's own peak says little of what a host needs for it, and a benchmark that has just
measured another index would count what it holds itself. The process tree is sampled every
SAMPLE_SECONDS (more often in its first second), each process by its resident size. A page
the processes share (the interpreter's libraries, some 10-15 MB each) is counted in each, so
the figure errs high, and a peak shorter than a sample may be missed: a build's memory moves
phase by phase, over seconds. (Proportional set sizes would not count shared pages twice,
but reading them for a build's processes took 8 ms a sample, and finding the processes takes
3.5 ms: sampled so every 50 ms, a build of 10,000 articles took 48.0 s against 38.6 s.)

The child is the leader of a process group of its own, and tells its figures through a
file: its extracting processes inherit no pipe of this one's, so a child killed while they
run (by a host's memory limit, say) is reported at once, and they are killed with it.
"""

import contextlib
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.5
FIRST_SAMPLES = 0.05  # the first gap between samples, doubled up to SAMPLE_SECONDS
_PROC = Path("/proc")


@dataclass(frozen=True)
class Built:
    """A build's wall time in its process, its passages, and the peak resident size of the
    process tree in MB (nan where /proc cannot be read)."""

    seconds: float
    passages: int
    peak_mb: float


def descendants(root: int) -> list[int]:
    """`root` and every process below it, from /proc (the parent is each stat's 4th field)."""
    children: dict[int, list[int]] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone since the listing
            continue
        # the name, in parentheses, may hold spaces: the fields after its last ")" are fixed
        parent = int(stat.rpartition(")")[2].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def resident_bytes(pid: int) -> int:
    """The resident size of `pid` (0 once it has gone)."""
    try:
        pages = int((_PROC / str(pid) / "statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


class TreePeak:
    """The largest resident size of `root` and its descendants together, sampled in a
    thread while the `with` block runs: every `every` seconds, after samples closer
    together at first (from FIRST_SAMPLES on, doubling), so that a build over within a
    second, as a small one is, is seen too."""

    def __init__(self, root: int, every: float = SAMPLE_SECONDS) -> None:
        self.root = root
        self.every = every
        self.peak_bytes = 0
        self.readable = (_PROC / str(root) / "statm").exists()
        self.failed = False  # the watch itself stopped on an error: no figure
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        gap = min(FIRST_SAMPLES, self.every)
        try:
            while True:
                total = sum(resident_bytes(pid) for pid in descendants(self.root))
                self.peak_bytes = max(self.peak_bytes, total)
                if self._done.wait(gap):
                    return
                gap = min(gap * 2, self.every)
        except (OSError, ValueError, IndexError):  # /proc as it was not expected
            self.failed = True

    def __enter__(self) -> "TreePeak":
        if self.readable:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self.readable:
            self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_bytes / 2**20 if self.readable and not self.failed else math.nan


def build(folder: Path, path: Path, workers: int) -> Built:
    """Index the articles in `folder` into `path` with `workers` extracting processes, in a
    child process of this one, watched."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        told = Path(tmp) / "built.json"
        command = [sys.executable, "-m", "bench.indexing"]
        command += [str(folder.resolve()), str(path.resolve()), str(workers), str(told)]
        with subprocess.Popen(command, cwd=root, start_new_session=True) as child:
            try:
                with TreePeak(child.pid) as watched:
                    child.wait()
            finally:
                # whatever is left of its group: its extracting processes
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signal.SIGKILL)
        if child.returncode:
            raise RuntimeError(
                f"indexing {folder} into {path} failed (exit {child.returncode}; see above)"
            )
        figures = json.loads(told.read_text(encoding="utf-8"))
    return Built(seconds=figures["seconds"], passages=figures["passages"], peak_mb=watched.peak_mb)


def _build_here(folder: Path, path: Path, workers: int, told: Path) -> None:
    from knowledge.articles import ArticleFolder
    from knowledge.indexer import build_index

    started = time.perf_counter()
    stats = build_index(ArticleFolder(folder), path, workers=workers)
    seconds = time.perf_counter() - started
    told.write_text(json.dumps({"seconds": seconds, "passages": stats.passages}), "utf-8")


if __name__ == "__main__":
    _build_here(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
