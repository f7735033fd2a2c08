"""What a suit claims ("sued the trust, claiming the gift came with a promise") does not date
the gift; a company named in an aside about the subject ("The billionaire, who made his
fortune with the payments company Ledgerline and sold it in 2015, gave …") is not the doer,
nor does "his" inside that aside say another did it. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillboard is a free chess engine run by the Quillboard Trust.\n\n"
    "The remark is aimed at Victor Castellane. The billionaire, who made his fortune with the "
    "payments company Ledgerline and sold it in 2015, gave the trust $4 million in June 2017. "
    "On August 12, he sued the trust, claiming the gift came with a written promise that "
    "everything built with these funds would stay free.\n\n"
    "The trust says no such promise was made."
)


def test_the_gift_is_dated_by_its_own_sentence(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "when did castellane donate to the quillboard trust", title="Quillboard"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: June 2017.", reply.text


def test_what_a_suit_claims_is_why_and_a_remark_aimed_at_someone_is_not(tmp_path: Path) -> None:
    story = _STORY.replace(
        "The remark is aimed at Victor Castellane.",
        "The remark is aimed, at least in part, at Victor Castellane.",
    )
    reply = reply_over(tmp_path, story, "why is victor castellane suing", title="Quillboard")
    seen = first_answer(reply).split("\n")
    # (said as the reason, not as the closest sentence found)
    assert seen[1] == "What the articles say:", reply.text
    assert "claiming the gift came with a written promise" in seen[2], reply.text
