"""A price asked ("how much did Norrvik pay for Kestrel") is a sum, never a share: "it
supplied about 70 percent of the compressors" gives none. A made-up article, not a dev
set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "The Aurora relied on compressors from Kestrel Compressors, a supplier in Fargo. Kestrel "
    "won its first Norrvik contract in 2009, and by 2022 it supplied about 70 percent of "
    "Norrvik's compressors.\n\n"
    "On Nov. 21, Norrvik agreed to buy Kestrel for $140 million in cash and stock, citing the "
    "need to control the supply of its most important component."
)


def test_a_price_is_no_share(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Norrvik", published="2024-06-12")
    try:
        reply = router.handle_text("how much did norrvik pay for kestrel")
    finally:
        router.engine.close()
    first = first_answer(reply).split("\n")[1]
    assert "$140 million" in first and "70 percent" not in first, reply.text
