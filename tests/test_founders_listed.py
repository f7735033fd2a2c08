"""Founders listed ("Its founders were Amara Okonkwo-Bell, Tomás Ibáñez and …") answer who
founded it, before a backer who pledged money "at its founding" (a time, not the act), and
the list gives no one a post named after the first of them; and "he", after a profile asked
without the name's accents ("who is tomas ibanez"), is the one profiled. A made-up article,
not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from bot.router import Router
from bot.state import StateStore
from tests.one_article import reply_over, router_over

_STORY = (
    "Pellucid was founded in April 2017 as a research lab inside a hospital network. Its "
    "founders were Amara Okonkwo-Bell, Tomás Ibáñez, Farid Haddad and Ingrid Solberg, four "
    "employees of the hospital. Okonkwo-Bell became its first chief executive, and Tomás Ibáñez, a "
    "computer vision researcher, served as chief scientist.\n\n"
    "Cornelius Whitlock, a retired timber magnate, pledged $40 million to the lab at its "
    "founding.\n\n"
    "Ibáñez and Haddad left Pellucid in August 2023, five months after the deal closed."
)


def test_the_founders_listed_answer_who_founded_it(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who founded pellucid", title="Pellucid")
    seen = first_answer(reply)
    assert "Okonkwo-Bell" in seen and "Whitlock" not in seen, reply.text


def test_a_list_gives_no_post(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who is tomás ibáñez", title="Pellucid")
    roles = [item.text for item in reply.sections[0].items]  # "In the articles' words"
    assert not any("Its founders were" in role for role in roles), reply.text


def test_he_after_a_profile_asked_without_accents(tmp_path: Path) -> None:
    engine = router_over(tmp_path, _STORY, title="Pellucid").engine
    state = StateStore(tmp_path / "state.db")
    router = Router(engine, state=state)  # (a conversation is remembered in shared state)
    try:
        router.handle_text("who is tomas ibanez", channel="c", thread="t")
        reply = router.handle_text("when did he leave", channel="c", thread="t")
    finally:
        state.close()
        engine.close()
    assert "Ibáñez" in reply.title and "August 2023" in reply.intro, reply.text


def test_when_a_thing_came_out_not_one_made_from_it(tmp_path: Path) -> None:
    story = (
        "The lab released its first model, called Lantern, in September 2019; it screened "
        "chest X-rays for tuberculosis, pneumonia and collapsed lungs and sorted the images by "
        "urgency for visiting doctors.\n\n"
        "Last October the company released Beacon, a version of Lantern small enough to run "
        "inside a portable X-ray unit with no internet connection at all."
    )
    reply = reply_over(
        tmp_path, story, "when did lantern come out", title="Pellucid", published="2026-02-10"
    )
    assert "September 2019" in first_answer(reply).split("\n")[1], reply.text


def test_founders_listed_after_a_colon(tmp_path: Path) -> None:
    """ "started in 2018 by three friends from a Sheffield games café: A, …; B, …; and C, …":
    all three."""
    story = (
        "Meeple & Moss was started in 2018 by three friends from a Sheffield games café: "
        "Aoife Brennan, a maths teacher; Kwame Mensah, a graphic designer; and Luca de Rossi, "
        "a chef. Brennan put £15,000 into the company."
    )
    reply = reply_over(tmp_path, story, "who founded meeple & moss", title="Meeple")
    answer = first_answer(reply).split("\n")[1]
    assert all(n in answer for n in ("Brennan", "Mensah", "Luca de Rossi")), reply.text
