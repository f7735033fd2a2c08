"""`quote NAME` reads one page of quotes, and counts the rest: a busy person at 100,000
articles is quoted thousands of times, and reading every one's sentence took 120 ms."""

import pytest

from bot.router import Router
from knowledge import facts


def test_a_quote_page_reads_its_own_sentences_only(
    router: Router, monkeypatch: pytest.MonkeyPatch
) -> None:
    musk = router.engine.lookup("musk").match
    assert musk is not None
    whole = router.engine.quotes(musk)
    assert len(whole) > 6  # more than a page
    read: list[int] = []
    original = facts.passages

    def counting(conn: object, ids: object) -> object:
        wanted = list(ids)  # type: ignore[call-overload]
        read.extend(wanted)
        return original(conn, wanted)  # type: ignore[arg-type]

    monkeypatch.setattr(facts, "passages", counting)
    first = router.handle_text("quote musk")
    second = router.handle_text("quote musk page:2")
    assert len(read) <= 12
    assert f"{len(whole)} quote(s)" in first.intro
    shown = [i.citation for i in first.sections[0].items]
    assert len(shown) == 6 and "page:2" in first.footer
    assert [i.spans[0].text.strip("“”")[:40] for i in second.sections[0].items] == [
        q.text[:40] for q in whole[6:12]
    ]
