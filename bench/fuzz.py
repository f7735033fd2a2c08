"""Generated hostile input through the router and the CLI batch: no handler may raise.

The router turns an unexpected exception into a reply titled HANDLER_FAILED, so a reply with
that title is a handler exception (its text may well echo "something went wrong": the
message may say it); a batch must give exactly one reply per line. `make test` runs
a few hundred examples (tests/test_fuzz.py); `python -m bench fuzz` runs 10,000 and more.
"""

import io
import json
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.console import Console
from bot.parse import VERBS
from bot.router import HANDLER_FAILED, Router
from bot.state import StateStore
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index

ROOT = Path(__file__).resolve().parent.parent

# What people (and attackers) put in a message: search syntax, names, mentions, markup,
# invisible and direction characters, digits of other scripts, and anything at all.
_PIECES = st.sampled_from(
    [
        *VERBS, "page:", "page:2", "page:²", "page:0", '"', "“", "(", ")", "*", "^", ":", "-",
        "AND", "OR", "NOT", "NEAR(", "musk", "altman", "sutskevar", "openai's", "2018",
        "2018..2020", "09-27", "02-30", "@everyone", "<!channel>", "<@U1>", "<#C1>", "`",
        "**", "\x00", "\u202e", "\u200b", "\ufeff", "\n", "\t", "٣", "创始团队", "🤖", "x" * 300,
        "what did", "say", "when did", "who is", "why", "how much", "after that", "and him?",
    ]
)  # fmt: skip
MESSAGES = st.one_of(
    st.lists(_PIECES, max_size=12).map(" ".join),
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=8).map("".join),
)


def make_router(folder: Path) -> Router:
    """A router over the seed articles with its own state database in `folder`."""
    build_index(load_articles(ROOT / "seeds"), folder / "index.db")
    return Router(Engine(folder / "index.db"), state=StateStore(folder / "state.db"))


def check_message(router: Router, text: str) -> None:
    """One message: a reply with a title, and no handler exception behind it."""
    reply = router.handle_text(text)
    assert reply.title, text
    assert reply.title != HANDLER_FAILED, text


def check_batch(router: Router, lines: list[str]) -> None:
    """A CLI batch: one JSON reply per line, none of them a handler exception."""
    out = io.StringIO()
    console = Console(router, as_json=True, out=out)
    console.run_lines(line.replace("\n", " ").replace("\r", " ") + "\n" for line in lines)
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(replies) == len(lines)
    assert not any(r["title"] == HANDLER_FAILED for r in replies)


def run(examples: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        router = make_router(Path(folder))
        started = time.perf_counter()

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(MESSAGES)
        def messages(text: str) -> None:
            check_message(router, text)

        @settings(
            max_examples=max(1, examples // 10),
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(st.lists(MESSAGES, min_size=1, max_size=5))
        def batches(lines: list[str]) -> None:
            check_batch(router, lines)

        messages()
        batches()
        elapsed = time.perf_counter() - started
        print(
            f"fuzz: {examples:,} generated messages and {max(1, examples // 10):,} batches "
            f"through the router and the CLI batch: no handler exception ({elapsed:.1f} s)"
        )
