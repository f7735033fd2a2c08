"""How quick this machine is right now, as one figure printed beside the others.

The same code's latencies and build rates moved two- to threefold between days on machines
of the same name (another tenant's load, a slower host): a figure alone cannot say whether
the code or the machine changed. A fixed pure-Python loop, timed as the figures are, can:
compare two runs' figures in proportion to it."""

import timeit

LOOP = "sum(range(10**7))"


def loop_ms(repeat: int = 5) -> float:
    """The best of `repeat` timings of LOOP, in ms (the best: the machine's speed, not its
    pauses)."""
    return min(timeit.repeat(LOOP, number=1, repeat=repeat)) * 1000


def line(before: float | None = None) -> str:
    """The machine's speed now (and `before`, as timed when the run began: a machine that
    changed speed during the run shows it)."""
    now = f"{loop_ms():.0f} ms"
    timed = f"{before:.0f} ms before the run, {now} after" if before is not None else now
    return f"machine: `{LOOP}` in {timed} (best of 5; figures scale with it)"
