"""Citation numbers are what users rely on: every `[n]` on an answer line exists, and the
sentence cited as n contains what the line shows — in the Reply and in all three renderers
(plain text, Slack Block Kit, Discord embed).

The replies are many and of every verb: `who`, `quote` and `timeline` for every person the
index knows, `timeline` for every year, `onthisday` for every day of the year, `search` for
the commonest words, every dev-set question for `ask` and friends, and the pages after the
first — over the seed articles and the test-only articles.
"""

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.discord_render import item_line as discord_line
from adapters.discord_render import render as render_discord
from adapters.slack_render import item_line as slack_line
from adapters.slack_render import render as render_slack
from bot.reply import Item, Reply
from bot.router import Router
from knowledge.engine import Engine

DEVSET = Path(__file__).parent / "devset"
# What the bot adds to the words it shows, in parentheses: a relative date resolved ("last
# year (2023)"), the person a pronoun means ("his friend (Musk)").
_NOTE_RE = re.compile(r" \([^()]{1,60}\)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _flat(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def _questions(engine: Engine) -> Iterator[str]:
    people = [e for e in engine.entities() if e.kind == "person"]
    for person in people:
        yield f"who {person.name}"
        yield f"quote {person.name}"
        yield f"timeline {person.name}"
    for entity in engine.entities():
        if entity.kind != "person":
            yield f"who {entity.name}"
    for year in range(2012, 2027):
        yield f"timeline {year}"
    yield "timeline"
    yield "timeline page:2"
    yield "timeline 2015..2019 page:2"
    for month in range(1, 13):
        for day in range(1, 32 if month != 2 else 30):
            yield f"onthisday {month:02d}-{day:02d}"
    for words in ("openai", "musk", "altman", "microsoft", "board", "safety", "for-profit"):
        yield f"search {words}"
        yield f"search {words} page:2"
    for name in ("seeds.toml", "articles.toml"):
        for question in tomllib.loads((DEVSET / name).read_text(encoding="utf-8"))["q"]:
            yield str(question["ask"])
    yield "sources"


def _replies(engine: Engine) -> Iterator[tuple[str, Reply]]:
    router = Router(engine)
    for question in _questions(engine):
        yield question, router.handle_text(question)


@pytest.fixture(scope="module")
def replies(engine: Engine, test_only: Engine) -> list[tuple[str, Reply]]:
    found = [*_replies(engine), *_replies(test_only)]
    cited = [(q, r) for q, r in found if r.citations]
    verbs = {r.command for _, r in cited}
    assert {"who", "when", "timeline", "onthisday", "search", "quote", "ask", "sources"} <= verbs
    assert len(cited) > 400  # many replies, not a handful
    return cited


def _items(reply: Reply) -> Iterator[Item]:
    for section in reply.sections:
        for item in section.items:
            if item.citation is not None:
                yield item


def _shown_in(item: Item, reply: Reply) -> bool:
    """What the line shows is in the sentence it cites (a `sources` line shows the cited
    article's title; a quotation shows the words between its quotation marks)."""
    assert item.citation is not None
    quote = _flat(reply.citations[item.citation - 1].quote)
    shown = _NOTE_RE.sub(lambda m: m[0] if _flat(m[0]) in quote else "", _flat(item.text))
    if reply.command == "sources":
        shown = shown.split(" — ")[0]
    pieces = [p.strip(" .,;:!?\"'") for p in re.split(r"\[…\]|…", shown)]
    return all(p in quote for p in pieces if p)


def test_every_marker_exists_and_cites_what_the_line_shows(
    replies: list[tuple[str, Reply]],
) -> None:
    checked = 0
    for question, reply in replies:
        for item in _items(reply):
            assert item.citation is not None
            assert 1 <= item.citation <= len(reply.citations), (question, item)
            assert _shown_in(item, reply), (question, item.text, item.citation, reply.citations)
            checked += 1
        used = {item.citation for item in _items(reply)}
        if reply.command != "sources":
            assert used == set(range(1, len(reply.citations) + 1)), question  # none unused
    assert checked > 2000


def _source_numbers(lines: list[str], title: str) -> set[int]:
    """The numbers a rendered Sources list gives the article titled `title`."""
    numbers: set[int] = set()
    for line in lines:
        m = re.match(r"\[([\d, ]+)\] (.*)", line)
        if m and _flat(m.group(2)).startswith(_flat(title)[:40]):
            numbers |= {int(n) for n in m.group(1).split(",")}
    return numbers


def _check_rendered(
    question: str, reply: Reply, body: str, sources: list[str], line_of: type | object
) -> None:
    for item in _items(reply):
        line = line_of(item)  # type: ignore[operator]
        assert line.endswith(f" [{item.citation}]"), (question, line)
        assert line in body, (question, line)
        title = reply.citations[item.citation - 1].title  # type: ignore[operator]
        assert item.citation in _source_numbers(sources, title), (question, item.citation)


def test_plain_text_markers_point_at_their_sources(replies: list[tuple[str, Reply]]) -> None:
    for question, reply in replies:
        text = reply.text
        body, _, tail = text.partition("\nSources:\n")
        sources = tail.splitlines()
        for item in _items(reply):
            marker = f" [{item.citation}]"
            lines = [line for line in body.splitlines() if line.startswith("• ")]
            assert any(line.endswith(marker) for line in lines), (question, marker)
            title = reply.citations[item.citation - 1].title  # type: ignore[operator]
            assert item.citation in _source_numbers(sources, title), (question, item.citation)
        numbers = [int(n) for n in re.findall(r" \[(\d+)\]$", body, re.MULTILINE)]
        assert all(1 <= n <= len(reply.citations) for n in numbers), question


def test_block_kit_markers_point_at_their_sources(replies: list[tuple[str, Reply]]) -> None:
    for question, reply in replies:
        message = render_slack(reply)
        texts = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
        sources = [
            e["text"].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            for b in message["blocks"]
            if b["type"] == "context"
            for e in b["elements"]
        ]
        body = "\n".join(texts)
        if "more than fits one message" in body:
            continue  # cut at the block budget: the items shown are checked on page 1 only
        _check_rendered(question, reply, body, sources, slack_line)


def test_embed_markers_point_at_their_sources(replies: list[tuple[str, Reply]]) -> None:
    for question, reply in replies:
        embed = render_discord(reply).embed
        body = embed.description or ""
        if "more than fits" in body:
            body = body.split("\n*…more than fits")[0]
            shown = [i for i in _items(reply) if discord_line(i) in body]
        else:
            shown = list(_items(reply))
        sources = [
            line.replace("\\", "")
            for field in embed.fields
            for line in (field.value or "").splitlines()
        ]
        trimmed = Reply(command=reply.command, title=reply.title, citations=reply.citations)
        for item in shown:
            line = discord_line(item)
            assert line.endswith(f" [{item.citation}]") and line in body, (question, line)
            title = reply.citations[item.citation - 1].title  # type: ignore[operator]
            numbers = _source_numbers(sources, title.replace("\\", ""))
            assert item.citation in numbers or len(json.dumps(embed.to_dict())) > 5000, (
                question,
                item.citation,
                trimmed.title,
            )


def _many_sources(count: int) -> Reply:
    """A reply citing `count` articles, one line each: more than one Slack context block
    (ten elements) and, with long titles, more than one embed field hold."""
    from bot.reply import Citation, Section, Span

    citations = tuple(
        Citation(
            article=f"a{n}",
            title=f"Article number {n} about the history of OpenAI and the people in it " * 3,
            outlet=f"Outlet {n}",
            published="2024-01-01",
            quote=f"Sentence {n} of the story.",
        )
        for n in range(1, count + 1)
    )
    items = tuple(
        Item(spans=(Span(f"Sentence {n} of the story."),), citation=n) for n in range(1, count + 1)
    )
    return Reply(
        command="search", title="Many", sections=(Section(items=items),), citations=citations
    )


def test_every_source_is_listed_however_many() -> None:
    reply = _many_sources(15)
    message = render_slack(reply)
    contexts = [b for b in message["blocks"] if b["type"] == "context"]
    listed = [e["text"] for b in contexts for e in b["elements"]]
    assert len(contexts) >= 2 and all(len(b["elements"]) <= 10 for b in contexts)
    for n in range(1, 16):
        assert n in _source_numbers(listed, reply.citations[n - 1].title), n
    assert all(f" [{n}]" in message["text"] for n in range(1, 16))  # the fallback too
    embed = render_discord(_many_sources(6)).embed
    sources = [line for f in embed.fields for line in (f.value or "").splitlines()]
    assert len(embed.fields) >= 2  # the list goes on in "More sources"
    for n in range(1, 7):
        title = _many_sources(6).citations[n - 1].title
        assert n in _source_numbers(sources, title.replace("\\", "")), n
