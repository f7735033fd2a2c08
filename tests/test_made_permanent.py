"""An interim post made permanent: the profile leads with the post held now, the interim one
after it as held before; "interim" is a kind of the post, not whose post it is. A made-up
article, not a dev set's."""

from pathlib import Path

from knowledge.roles import normalize
from tests.one_article import router_over

_STORY = (
    "At a board meeting on March 7, directors voted 4 to 1 to remove Tessa Varga as chief "
    "executive of SkyHaul.\n\n"
    "The board named Priya Raman, SkyHaul's chief operating officer, as interim chief "
    "executive the same day. Raman, who joined the company in 2020, was made permanent chief "
    "executive on April 3, 2023."
)


def test_interim_is_no_owner() -> None:
    assert normalize("interim chief executive") == "interim chief executive officer"
    assert normalize("interim CEO of OpenAI") == "openai|interim chief executive officer"
    assert normalize("OpenAI CEO") == "openai|chief executive officer"


def test_the_profile_leads_with_the_post_held_now(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="SkyHaul Is Sold", published="2023-06-14")
    try:
        reply = router.handle_text("who is priya raman")
    finally:
        router.engine.close()
    assert reply.intro.endswith("permanent chief executive."), reply.text
    first = next(line for line in reply.text.split("\n") if line.startswith("•"))
    assert "interim" not in first or "former" in first, reply.text
