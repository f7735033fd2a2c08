"""The shape of an answer's reply, shared by `ask`, `when` and `who` questions.

The first line is the answer: "Best match: September 25, 2024." only when the engine is confident;
otherwise the reply says what it found and that it may not answer. Key terms the articles
never use are said plainly ("The articles don't mention Gemini.") with the closest things
they do cover.
"""

import calendar
import re
from typing import TYPE_CHECKING

from bot.cite import CitationList, source_label
from bot.items import CONTEXT_MARK, marked_item
from bot.reply import Item, Reply, Section
from bot.sanitize import echo
from knowledge.dialogue import is_dialogue

if TYPE_CHECKING:  # the question pipeline loads with the first question (knowledge.engine)
    from knowledge.answering.pipeline import Answer


def covered_line(names: tuple[str, ...]) -> str:
    """What the articles are about, by the names they use most (the index's own, so a
    question about something else is told what they do cover)."""
    if not names:
        return "They cover only what the indexed articles say."
    shown = [echo(n, 60) for n in names]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"They are mostly about {listed}."


def unknown_reply(command: str, result: "Answer", covered: tuple[str, ...] = ()) -> Reply:
    """The question names things the articles never mention (`covered`: what they are
    mostly about, from the index)."""
    terms = ", ".join(f"“{echo(t, 40)}”" for t in result.unknown[:3])
    citations = CitationList()
    # only what is shown is cited: a Sources list never names an article no line uses
    items = _items(result, citations, dated=command == "when", limit=2)
    sections = (Section(heading="The closest they come", items=items),) if items else ()
    return Reply(
        command=command,
        title=f"The articles don't mention {terms}.",
        intro=covered_line(covered),
        sections=sections,
        citations=citations.all(),
    )


def _items(
    result: "Answer", citations: CitationList, *, dated: bool, limit: int | None = None
) -> tuple[Item, ...]:
    items = []
    for hit in result.hits[:limit]:
        event = result.events.get(hit.passage.id)
        if dated and event is not None:
            label = event.label + (CONTEXT_MARK if event.inherited else "")
        elif is_dialogue(hit.passage.text):
            # a scripted line: never presented, nor dated, as something really said
            label = f"dramatised in {hit.passage.article.outlet}, not a quote"
        else:
            label = source_label(hit.passage.article)
            if event is not None:
                mark = CONTEXT_MARK if event.inherited else ""
                label = f"{event.label}{mark} · {label}"
        items.append(marked_item(hit.snippet, label, citations.cite_passage(hit.passage)))
    return tuple(items)


def lead(result: "Answer") -> str:
    """The short answer the first passage gives: a date, a person, an amount, or ""."""
    if not result.hits:
        return ""
    first = result.hits[0].passage.id
    if result.shape == "when" and first in result.events:
        return spoken_date(result.events[first].label)
    return result.answers.get(first, "")


_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def spoken_date(label: str) -> str:
    """A day as people write it in an answer ("February 6, 2024", not "2024-02-06"); other
    precisions ("September 2024", "summer 2018") are already so."""
    m = _DAY_RE.match(label)
    if m is None or not 1 <= int(m[2]) <= 12:
        return label
    return f"{calendar.month_name[int(m[2])]} {int(m[3])}, {m[1]}"


def _differ_line(result: "Answer") -> str:
    """ "The sources differ: $450 million (The Meridian Ledger) and $400 million (Pacific
    Circuit)." """
    outlets = {h.passage.id: h.passage.article.outlet for h in result.hits}
    named = [outlets.get(pid, "another article") for _answer, pid in result.differ]
    if len(set(named)) == 1:
        both = " and ".join(answer for answer, _pid in result.differ)
        return f"{named[0]} gives two figures: {both}."
    said = [
        f"{answer} ({outlet})" for (answer, _pid), outlet in zip(result.differ, named, strict=True)
    ]
    return "The sources differ: " + " and ".join(said) + "."


def answer_reply(command: str, title: str, result: "Answer", *, dated: bool = False) -> Reply:
    """Title, then the answer line, then the passages, cited."""
    citations = CitationList()
    items = _items(result, citations, dated=dated)
    short = lead(result)
    speaker = result.frame.subject.name if result.frame and result.frame.subject else "their"
    if result.scene_only:
        intro = (
            f"The articles don't quote {speaker} on this: what they report comes first; "
            f"the words are only in a dramatised scene in {result.dramatised}, not a real quote:"
        )
    elif result.confident:
        stop = "" if re.search(r"[.!?…][”\"]?$", short) else "."
        intro = f"Best match: {short}{stop}" if short else "What the articles say:"
        if result.differ:
            intro += " " + _differ_line(result)
        if result.dramatised:
            intro += (
                f" Other words of {speaker}'s about it appear only in a dramatised scene in "
                f"{result.dramatised}, not as quotes."
            )
    else:
        found = f" ({short})" if short else ""
        intro = f"The closest I found{found} — it may not answer the question:"
        if result.absent:
            missing = ", ".join(f"“{echo(t, 40)}”" for t in result.absent[:3])
            intro = f"The articles don't mention {missing}. {intro}"
    return Reply(
        command=command,
        title=title,
        intro=intro,
        sections=(Section(items=items),),
        citations=citations.all(),
        answer=short,  # what the reader saw, hedged or not: "how long did he do it" is them
    )
