"""Serving memory: the peak resident size of a process that opens an index and answers
every kind of question on it, `sources` included (the figure a host's memory limit meets).

Measured in a child process of its own, so the benchmark's own data is not counted.
"""

import resource
import subprocess
import sys
from pathlib import Path

from bench.scale import questions
from bot.router import Router
from knowledge.engine import Engine

GOAL_MB = 150.0


def _peak_mb() -> float:
    """This process's peak resident size. Linux's getrusage keeps, across exec, the peak of
    the process it was forked from (a benchmark that has just measured 100,000 articles):
    the memory map's own high-water mark (VmHWM) is what this process used."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def serve_and_report(path: Path, seed: int) -> None:
    """In the child: answer every verb's questions and a few pages of sources, then print
    the peak resident size after opening and after answering."""
    router = Router(Engine(path))
    router.handle_text("who is it")
    opened = _peak_mb()
    for texts in questions(path, seed).values():
        for text in texts:
            router.handle_text(text)
    for text in ("sources", "sources page:2", "sources page:50", "timeline", "onthisday 03-14"):
        router.handle_text(text)
    print(f"{opened:.1f} {_peak_mb():.1f}")


def peak(path: Path, seed: int) -> tuple[float, float]:
    """(MB resident once the index is open, MB at the peak of answering)."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory", str(path), str(seed)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    opened, most = done.stdout.split()
    return float(opened), float(most)


if __name__ == "__main__":
    serve_and_report(Path(sys.argv[1]), int(sys.argv[2]))
