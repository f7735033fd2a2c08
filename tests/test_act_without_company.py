"""Asked when someone did something at a company, the sentence telling them doing it
answers, though it calls the company by a noun ("resigned from the authority"), before
sentences naming them and the company that tell of no such thing. A made-up article, not a
dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ilse Brannagh, then a senior planner at Quillmere Transit, wrote the rules for its "
    "timetables in 2017; Quillmere Transit used them for years.\n\n"
    "Brannagh, who earned $98,000 a year at Quillmere Transit, proposed a licensing unit "
    "inside the authority in 2021.\n\n"
    "Brannagh resigned from the authority on August 2, 2024. The next month she founded "
    "Saltmarsh Routing.\n\n"
    "Two of the planners had joined Quillmere Transit in 2019. Others quit "
    "the next year, and leaving became common. Those who stayed resented the ones who went."
    "\n\nRidership fell by two-thirds in March 2020. The buses ran half empty for a year. "
    "Drivers asked for new rosters. The city council debated fares twice. Riders complained "
    "about late buses. A trade newsletter covered the fight. Saltmarsh Routing now has 14 "
    "customers. Its software plans routes for small towns. Many drivers left in 2020. Some "
    "mechanics quit too. A dispatcher resigned in 2021. Leaving the depot was hard."
)


def test_the_act_told_without_the_company(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path,
        _STORY,
        "when did brannagh resign from quillmere transit",
        title="A Quarrel Over Bus Routes",
        published="2025-03-07",
    )
    assert first_answer(reply).split("\n")[1] == "Best match: August 2, 2024.", reply.text
