"""A serving bot warms its engine before the first question: what the first burst of
questions would otherwise wait for is loaded then, the question pipeline among it."""

import subprocess
import sys
from pathlib import Path


def test_warming_loads_the_question_pipeline(seed_index: Path) -> None:
    """Importing the pipeline compiles its patterns (about a quarter of a second): under a
    burst of 50 Discord commands, the first to ask paid for it, and every answer queued
    behind it waited (p99 of the first responses 230 ms, 117 ms warmed)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from knowledge.engine import Engine\n"
        f"engine = Engine(Path({str(seed_index)!r}))\n"
        "before = 'knowledge.answering.pipeline' in sys.modules\n"
        "engine.warm()\n"
        "print(before, 'knowledge.answering.pipeline' in sys.modules)\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert ran.stdout.split() == ["False", "True"]
