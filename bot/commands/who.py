"""`who NAME`: a person in the articles' own words — roles, events, the people around them."""

import re

from rapidfuzz import fuzz, process

from bot.cite import CitationList
from bot.commands.ask import ask
from bot.commands.common import person_or_reply
from bot.context import Context
from bot.errors import UsageError
from bot.items import event_item, text_item
from bot.registry import verb
from bot.reply import Button, Item, Reply, Section, Span
from knowledge.answering.lexicon import ROLE_WORDS, paraphrases
from knowledge.lookup import clean_name
from knowledge.model import EntityInfo, Profile
from knowledge.query import STOPWORDS

EVENTS_SHOWN = 8
NAME_WORD_SCORE = 80.0
NAME_PIECE_SCORE = 70.0  # a piece of a hyphenated name, beside a word of a name
NAME_LIKE_SCORE = 50.0  # a badly typed word of a name, beside a word of a name
_STATUS_LABEL = {"former": "former", "current": "now"}


def _names_someone(name: str, parts: set[str]) -> bool:
    """True when every word of `name` is (nearly) part of a name the articles use (`parts`):
    "greg brockman", "sutskevar", "sama". "fired altman", "the current ceo" and "runs
    microsoft" ask a question instead."""
    words = [w.casefold() for w in name.split() if w.casefold() not in STOPWORDS]
    if not words or any(w in ROLE_WORDS for w in words):
        return False
    loose = [
        w
        for w in words
        if w not in parts
        and process.extractOne(w, parts, scorer=fuzz.ratio, score_cutoff=NAME_WORD_SCORE) is None
    ]
    if not loose:
        return True
    # beside a word that names someone, the pieces of a hyphenated name typed apart, and
    # misspelled ("teodor maloof renner": Maalouf-Renner)
    pieces = {piece for part in parts if "-" in part for piece in part.split("-")}
    if len(loose) < len(words):
        return all(
            process.extractOne(w, pieces, scorer=fuzz.ratio, score_cutoff=NAME_PIECE_SCORE)
            for w in loose
        )
    # (or every word a piece of one hyphenated name, typed apart: "nunez haloran" for
    # Nuñez-Halloran)
    return len(words) > 1 and any(
        all(
            process.extractOne(w, part.split("-"), scorer=fuzz.ratio, score_cutoff=NAME_PIECE_SCORE)
            for w in words
        )
        for part in parts
        if part.count("-") + 1 >= len(words)
    )


def _answers(answered: Reply, name: str, ctx: Context) -> bool:
    """Whether `ask`'s reply to "who NAME", where NAME is not a name, is the one to give."""
    if answered.intro.startswith("Best match") or "don't mention" in answered.title:
        return True
    if any(w.casefold() in ROLE_WORDS for w in name.split()) or _DOES_RE.match(name):
        # a role asked for ("the interim ceo"), or who does something ("runs lumenforge"):
        # never a name to look up
        return True
    return ctx.engine.lookup(name).status == "match" or bool(
        answered.citations and len(name.split()) > 2
    )


def _nearly_names_someone(name: str, parts: set[str]) -> bool:
    """Some word of `name` names someone and every other is like a word of a name, however
    badly typed ("lote van ryn" for Lotte van Rijn): a word a question would use instead
    ("who fired altman") is like none."""
    words = [w.casefold() for w in name.split() if w.casefold() not in STOPWORDS]
    if len(words) < 2 or any(w in ROLE_WORDS for w in words):
        return False
    scores = [
        found[1] if (found := process.extractOne(w, parts, scorer=fuzz.ratio)) else 0.0
        for w in words
    ]
    return max(scores) >= NAME_WORD_SCORE and min(scores) >= NAME_LIKE_SCORE


# "who runs lumenforge", "who heads the lab", "who's in charge of tech": a verb, so who holds
# a post, not a name.
_DOES_RE = re.compile(
    r"^(?:runs|ran|heads|headed|leads|led|owns|owned|manages|managed|chairs|chaired|"
    r"oversees|oversaw|controls|controlled|founded|started|funds|funded|backs|backed|"
    r"bought|acquired|(?:is|was)?\s*in charge|responsible)\b",
    re.IGNORECASE,
)
# Words that may stand beside a title and a name and change nothing of who is meant
_WITH_A_TITLE = frozenset({"is", "was", "the", "a", "an", "former", "current", "now"})
_POSSESSIVE_RE = re.compile(r"\w['’]s\b|s['’](?!\w)")  # "altman's cto": the name's someone
_OWNED_RE = re.compile(r"\w(?:['’]s|s['’])\s+[a-z]")  # and a word after it: "marlowe's lender"


def _titled_person(ctx: Context, args: str, name: str) -> EntityInfo | None:
    """ "cto muratti", "is ceo sam altman": a title and a person's name and nothing else ask
    about that person (the title is how the asker knows them), not the title's other
    holders: that person, when the articles give them the title; else None ("the ceo of
    openai", "ceo before altman", "altman's cto" and "the chair bret", Barret Zoph being no
    chair, ask)."""
    words = name.split()
    titles = [w.casefold() for w in words if w.casefold() in ROLE_WORDS]
    rest = [
        w for w in words if w.casefold() not in ROLE_WORDS and w.casefold() not in _WITH_A_TITLE
    ]
    if not rest or not titles or _POSSESSIVE_RE.search(args):
        return None
    if any(w.casefold() in STOPWORDS for w in rest):  # "before altman", "at openai"
        return None
    person = " ".join(rest)
    if not _names_someone(person, ctx.engine.names(people_only=True).words):
        return None
    found = ctx.engine.lookup(person)
    if found.status != "match" or found.match is None:
        return None
    held = " ".join(r.text for r in ctx.engine.profile(found.match).roles).casefold()
    forms = {f for t in titles for f in (t, *paraphrases(t))}
    said = any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", held) for f in forms)
    return found.match if said else None


def _summary(profile: Profile) -> str:
    """ ": OpenAI's Chief Technology Officer; resigned (2024-09-25)." — the fullest current
    description and what they did at their turning points (else what changed: left, joined),
    so the first line says who they are and what the articles make of them."""
    parts = [re.sub(r"^who\s+", "", profile.described)] if profile.described else []
    if profile.highlights:
        parts.append(", ".join(profile.highlights))
    elif profile.changes:
        parts.append(", ".join(profile.changes))
    return (": " + "; ".join(parts) + ".") if parts else "."


def _status_label(status: str, text: str) -> str:
    label = _STATUS_LABEL.get(status, "")
    return "" if label and label in text.casefold() else label


@verb("who", "who NAME")
def who(ctx: Context, args: str) -> Reply:
    """Who a person is in the articles' own words: roles, ties and dated events, cited.

    Names are typo-tolerant (`who altmann`, `who sutskevar`); a question such as
    `who founded openai` is answered like `ask`.
    """
    name = clean_name(args)
    if not name:
        raise UsageError("Who should I look up?", "Try `who altman` or `who is greg brockman`.")
    titled = _titled_person(ctx, args, name)
    if titled is not None:
        name = titled.name
    elif not _names_someone(name, ctx.engine.names().words):  # "who fired altman" asks
        answered = ask(ctx, f"who {args}")
        misspelled = (
            "don't mention" in answered.title
            and _nearly_names_someone(name, ctx.engine.names().words)
            and ctx.engine.lookup(name).status == "match"
        )
        # (unless a name was typed badly, not words the articles lack: "who is lote van ryn";
        # the name's someone, "who is marlowe's lender", is never the name's profile)
        if not misspelled and (_answers(answered, name, ctx) or _OWNED_RE.search(args)):
            return answered
    found = person_or_reply(ctx, name, "who")
    if isinstance(found, Reply):
        return found
    profile = ctx.engine.profile(found)
    citations = CitationList()
    sections: list[Section] = []
    if profile.roles:
        sections.append(
            Section(
                heading="In the articles' words",
                items=tuple(
                    text_item(
                        role.text,
                        label=_status_label(role.status, role.text),
                        citation=citations.cite_passage(role.passages[0]),
                    )
                    for role in profile.roles  # the first few (knowledge.facts.ROLES_CITED)
                ),
            )
        )
    if profile.events:
        sections.append(
            Section(
                heading="Events",
                items=tuple(event_item(e, citations) for e in profile.events[:EVENTS_SHOWN]),
            )
        )
    if profile.related:
        sections.append(
            Section(
                heading="Often named with",
                body=", ".join(f"{e.name} ({n})" for e, n in profile.related),
            )
        )
    if profile.mentions and profile.role_count + profile.event_count < 6:
        sections.append(
            Section(
                heading="Also mentioned",
                items=tuple(
                    text_item(
                        p.text,
                        label=f"{p.article.outlet}, {p.article.published}",
                        citation=citations.cite_passage(p),
                    )
                    for p in profile.mentions[:3]
                ),
            )
        )
    if not sections:
        sections.append(Section(items=(Item(spans=(Span("Named, but not described."),)),)))
    buttons = []
    more = []
    if profile.event_count > EVENTS_SHOWN:
        buttons.append(Button(label="Timeline", command=f"timeline {found.name}"))
        more.append(f"`timeline {found.name}` for all {profile.event_count} events")
    if profile.quotes:
        buttons.append(Button(label="Quotes", command=f"quote {found.name}"))
        more.append(f"`quote {found.name}` for {profile.quotes} quote(s)")
    kind = "Organisation" if found.kind == "org" else "Person"
    aliases = [a for a in found.aliases if a != found.name]
    return Reply(
        command="who",
        answer=found.name,  # whom "he" or "she" means next (as typed: "who is tomas ibanez")
        title=found.name,
        intro=f"{kind} in the articles"
        + (f", also “{'”, “'.join(aliases)}”" if aliases else "")
        + _summary(profile),
        sections=tuple(sections),
        citations=citations.all(),
        buttons=tuple(buttons),
        footer="More: " + "; ".join(more) if more else "",
    )
