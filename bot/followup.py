"""Follow-ups in a conversation: "why?", "when was that?", "and schulman?", "what about him".

A follow-up is rewritten into a whole question from the previous one in the same place (a
thread, a DM, a console session; never across channels or users), which the state database
keeps for a while. "why?" after "when did musk leave openai" is "why did musk leave openai";
"and schulman?" after "when did sutskever resign" is "when did schulman resign"; "and in
2023?" moves the previous question to 2023; "who else left?" asks it besides the person already
named. "he"/"she" is the person of the previous question, or the person it was answered with
("who is suing lumaris" → "how much is he asking for"). "What did she say after that" asks
for the words after the ones last quoted. A follow-up that says little of its
own ("where did he go", "how much did that cost") keeps the previous question as context.
"""

import re
from collections.abc import Callable

from bot.records import Turn
from knowledge.answering import lexicon
from knowledge.answering.frame import alias_spans
from knowledge.entities import pronoun_of
from knowledge.model import EntityInfo
from knowledge.pronouns import by_given_name

_WH = r"why|when|where|how much|how many|how come|how long ago|how|who|what year|which year"
_BARE_WH = r"why|when|where|how much|how many|how come|how long ago|how long|what year|which year"
_BARE_RE = re.compile(
    rf"^(?:and|but|so|ok|okay|hmm|um)?[\s,]*(?P<wh>{_BARE_WH})\b"
    r"(?:\s+(?:was|is|did|does|were|do|would)\s+(?:that|it|this|he|she|they|him|her|them|so))?"
    r"(?:\s+(?:then|exactly|though|again|so|happen|happened))*[\s?!.]*$",
    re.IGNORECASE,
)
# A question that still opens with a question word of its own once its lead is taken off.
_OTHER_WH_RE = re.compile(r"^(?:what|which|whose)\b(?!\s+year)", re.IGNORECASE)
_ASKS_WHEN_RE = re.compile(
    r"^(?:when|what year|which year|how long|since when)\b|^(?:did|does|was|were|has|had)\b",
    re.IGNORECASE,
)
_ABOUT_RE = re.compile(
    r"^(?:and|but)?\s*(?:what|how)\s+about\s+(?P<x>.+?)[\s?!.]*$|^and\s+(?P<y>.+?)[\s?!.]*$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(rf"^\s*(?:{_WH})\b\s*", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_PLURAL_RE = re.compile(r"\b(?:they|them)\b", re.IGNORECASE)
# "it"/"that" standing for the previous answer ("how much did it raise", "what did that
# cost"), not the "it" of "what time is it".
_THING_RE = re.compile(
    r"\b(?:did|does|do|was|is|were|will|would|has|had|about)\s+(?:it|that|this)\b(?=\s*\w)",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WHEN = rf"(?:{_MONTH}\s+)?(?:19|20)[0-9]{{2}}|(?:early|late|mid)[\s-]+(?:19|20)[0-9]{{2}}"
_DATED_RE = re.compile(
    rf"^(?:and|but|what about|how about)?[\s,]*(?:back\s+)?(?:in|on|during|by)?\s*"
    rf"(?P<when>{_WHEN})\s*[?!.]*$",
    re.IGNORECASE,
)
_DATE_IN_RE = re.compile(rf"\b(?:in|on|during|by)\s+(?:{_WHEN})\b|\b(?:{_WHEN})\b", re.IGNORECASE)
_ELSE_RE = re.compile(
    r"^(?:and|so|ok)?[\s,]*(?P<wh>who|what)\s+else\b(?P<rest>.*?)[\s?!.]*$", re.IGNORECASE
)
_AUX_RE = re.compile(r"^(?:did|does|do|was|were|is|are|has|have|had)\s+", re.IGNORECASE)
# "what did she say after that" / "what did he say next": the words after the last answer's.
_AFTER_THAT_RE = re.compile(
    r"\b(?:say|said|add|added|write|wrote|post|posted|tell|told) (?:\w+ )?"
    r"(?P<after>after that|after this|afterwards|next|then)\b",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"\b(?:his|hers|their)\b", re.IGNORECASE)
# "who from that firm joined the board", "when did the same guy leave": a noun pointing back
# at the previous answer (or question), a company or a person by what the noun says; not a
# noun that modifies another ("that fund-raising round", "that company's ceo" is fine, "this
# business model", "that group of researchers" are not the company).
_THAT_NOUN_RE = re.compile(
    r"\b(?:that|this|the same|said)\s+(?:(?P<org>firm|company|fund|startup|start-up|lab|"
    r"investor|rival|competitor|backer)|(?P<person>guy|man|woman|person|lady|dude|founder|"
    r"boss))\b(?![-‐]|\s+(?:of|model|models|round|rounds|order|structure|plan|deal|deals|"
    r"account|policy|name|names|meeting|board|stake|share|shares|money|capital|raise|"
    r"raising|fund|funds|funding|investment|investments|seat|seats|group|team|law|laws|"
    r"manager|managers|partner|partners|cap|size|report|value|valuation)\b)",
    re.IGNORECASE,
)


def _body(previous: str) -> str:
    """The previous question without its question word: "did musk leave openai"."""
    return _LEAD_RE.sub("", previous, count=1).strip()


def _subject_span(text: str, entities: tuple[EntityInfo, ...]) -> tuple[int, int] | None:
    """Where the first name in `text` stands."""
    spans = alias_spans(text, entities)
    return (spans[0][0], spans[0][1]) if spans else None


def _subject_name(text: str, entities: tuple[EntityInfo, ...]) -> str:
    span = _subject_span(text, entities)
    return text[span[0] : span[1]] if span else ""


MAX_FOLLOW_UP = 200  # characters
_CONTEXT_RE = re.compile(r" \(following “.*”\)$")


def without_context(question: str) -> str:
    """A resolved follow-up without the earlier question added as its context."""
    return _CONTEXT_RE.sub("", question)


# What the articles call a person, by key: "he", "she" or None (knowledge.facts.told_as)
ToldAs = Callable[[str], str | None]
# A question asking who someone is by what they did ("who replaced strømsnes as chair")
# (or "which director voted against removing her": the director answered, a person asked for)
_ASKED_WHO_RE = re.compile(
    r"\W*(?:and\s+|so\s+)?(?:who\b(?!\s+(?:is|was|'s)\s+\S+\s*\??$)|which\s+\w)", re.I
)


def _person(
    previous: Turn, entities: tuple[EntityInfo, ...], said: str = "", told: ToldAs | None = None
) -> str:
    """Who "he"/"she" is: the person a who-question was answered with, else the first person
    of the previous question, else its answer; with
    `said` (the pronoun), not one the articles call by the other (`told`), or whose given
    name is most often the other's ("when did he leave" after "who was president before
    priya": the one answered)."""
    given = by_given_name()

    def fits(entity: EntityInfo) -> bool:
        if not said:
            return True
        # (a given name most often one's says it first; else what the articles call them)
        called = given.get(entity.name.split(" ")[0])
        if called is None and told is not None:
            called = told(entity.key)
        return called is None or called == pronoun_of(said)

    answered = [
        entity
        for _start, _end, entity in alias_spans(previous.answer, entities)
        if entity.kind == "person" and fits(entity)
    ]
    if answered and _ASKED_WHO_RE.match(previous.question):
        # "when did she join the board" after "who replaced strømsnes as chair": the one the
        # answer brought in, not the one the question was about
        return answered[0].name
    for start, end, entity in alias_spans(previous.question, entities):
        if entity.kind == "person" and fits(entity):
            return previous.question[start:end]
    return answered[0].name if answered else ""


def _named(previous: Turn, entities: tuple[EntityInfo, ...], *, person: bool) -> str:
    """The person "that guy" is (the previous answer's, else the question's), or the company
    "that firm" is: the previous answer's only (a company the question names may be the one
    acted on: "who invested in openai" → "when did that company invest again")."""
    texts = (previous.answer, without_context(previous.question)) if person else (previous.answer,)
    for text in texts:
        for _start, _end, entity in alias_spans(text, entities):
            if (entity.kind == "person") == person:
                return entity.name
    return ""


def _own_words(text: str) -> int:
    """Content words a follow-up says itself (not names, question words or chat filler)."""
    return sum(
        1
        for word in lexicon.tokens(text)
        if not lexicon.is_filler(word)
        and word.casefold() not in lexicon.VAGUE
        and word.casefold() not in ("it", "that", "this")
    )


# "who led it", "who bought that": the thing the question before asked about, as the object.
_ENDS_WITH_IT_RE = re.compile(r"\s+(?:it|that|this)\s*[?!.]*$", re.IGNORECASE)
_THING_ASKED_RE = re.compile(
    r"^(?:how much|how big|how many \w+|what|when|where)\s+(?:was|were|is|are)\s+"
    r"(?P<thing>(?:the|its|their|his|her|a|an)\s+[^?!.]{2,60}?)\s*[?!.]*$",
    re.IGNORECASE,
)


_PARTICIPLES = frozenset(
    "made held built done given taken sold bought led won lost paid set run known born "
    "begun written shown seen chosen".split()
)


def _thing_asked(asked: str) -> str:
    """What the question asked about, when it is a thing named after a copula ("the series
    b" in "how much was the series b"), else ""."""
    m = _THING_ASKED_RE.match(asked.strip())
    if m is None or len(m["thing"].split()) > 6:
        return ""
    if any(re.sub(r"['’]s$", "", w.casefold()) in lexicon.ROLE_WORDS for w in m["thing"].split()):
        return ""  # "what is the ceo's name": a person, whom "it" is not
    words = m["thing"].split()
    if len(words) > 2 and (words[-1].endswith("ed") or words[-1] in _PARTICIPLES):
        words = words[:-1]  # "when was the lawsuit filed": the lawsuit
    return " ".join(words)


# "… then?", "… at the time": when the question before was about.
_THEN_RE = re.compile(
    r"(?<!since )\b(?:then|at (?:that|the) time|back then)\s*[?!.]*$", re.IGNORECASE
)
# "do it", "do that": what the previous question asked who did.
# "do it", and a post's own words for it: "hold the job", "stay in that role"
_DO_IT_RE = re.compile(
    r"\bdo (?:it|that|this|so)\b|\b(?:hold|have|keep|stay in|last in) (?:the|that|this|her|his) "
    r"(?:job|role|post|position|gig|title)\b",
    re.IGNORECASE,
)
_DOER_RE = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_WHO_DID_RE = re.compile(r"^who\s+(?P<verb>[a-z]+)\s+(?P<rest>[^?!.]+)", re.IGNORECASE)


def _deed(asked: str) -> str | None:
    """What "do it" stands for after a "who …" question, as a verb's base form: "serve as
    interim ceo at velmora" after "who was interim ceo at velmora", "lead the series a"
    after "who led the series a"; None when it is not a deed ("who is sam altman")."""
    said = _WHO_DID_RE.match(asked.strip())
    if said is None:
        return None
    verb, rest = lexicon.lemma(said["verb"].casefold()), said["rest"].strip()
    if verb == "be":
        roles = any(w.casefold() in lexicon.ROLE_WORDS for w in rest.split())
        return f"serve as {rest}" if roles else None
    return None if verb in ("do", "have", "say", "think") else f"{verb} {rest}"


def resolve(
    text: str, previous: Turn, entities: tuple[EntityInfo, ...], told: ToldAs | None = None
) -> str:
    """`text` as a whole question, given the `previous` turn; unchanged if it stands alone.
    `told` says what the articles call a person ("he" or "she"), by key."""
    stripped = text.strip()
    asked = without_context(previous.question)
    if not asked or not stripped or len(stripped) > MAX_FOLLOW_UP:
        return text  # a follow-up is short: a long message stands alone
    bare = _BARE_RE.match(stripped)
    if bare:
        wh, body = bare.group("wh").casefold(), _body(asked)
        # "how long?" follows a question of when or of whether ("when did she become ceo");
        # no question word goes before another ("why what is her job")
        if _ASKS_WHEN_RE.match(asked) if wh == "how long" else not _OTHER_WH_RE.match(body):
            return f"{wh} {body}"
    after = _AFTER_THAT_RE.search(stripped)
    if after and previous.answer.startswith("“"):
        # "what did marsh say after that": after the words the previous answer quoted
        words = " ".join(previous.answer.strip("“”").split()[:8])
        return f"{stripped[: after.start('after')]}after “{words}”{stripped[after.end() :]}"
    dated = _DATED_RE.match(stripped)
    if dated:  # "and in 2023?": the same question, another time
        when = dated.group("when")
        if _DATE_IN_RE.search(asked):
            return _DATE_IN_RE.sub(f"in {when}", asked, count=1)
        return f"{asked.rstrip(' ?!.')} in {when}"
    other = _ELSE_RE.match(stripped)
    if other:  # "who else left?": the same, besides whom it was about
        name = _subject_name(asked, entities) or _person(previous, entities)
        rest = other.group("rest").strip()
        if not rest:
            body = _body(asked)
            if name:
                body = re.sub(re.escape(name), "", body, count=1, flags=re.IGNORECASE)
            rest = _AUX_RE.sub("", re.sub(r"\s+", " ", body).strip())
        besides = f" besides {name}" if name else ""
        return f"{other.group('wh').casefold()} {rest}{besides}"
    about = _ABOUT_RE.match(stripped)
    named_here = _subject_span(stripped, entities)
    if about:
        said = next(g for g in about.groups() if g)
        span = _subject_span(asked, entities)
        named = _subject_span(said, entities) is not None
        if span is not None and named and len(said.split()) <= 3:
            return asked[: span[0]] + said.strip() + asked[span[1] :]
    pointed = _THAT_NOUN_RE.search(stripped)
    if pointed:
        name = _named(previous, entities, person=pointed["person"] is not None)
        if name and name.casefold() not in stripped.casefold():
            # "who from that firm joined the board" -> "who from Redmere Capital …"; then on
            # to its pronouns ("did he think that company would fail")
            text = stripped = f"{stripped[: pointed.start()]}{name}{stripped[pointed.end() :]}"
            named_here = _subject_span(stripped, entities)
    thing = _thing_asked(asked)
    it = _ENDS_WITH_IT_RE.search(stripped)
    if thing and it and not _DO_IT_RE.search(stripped) and not named_here:
        # "who led it" after "how much was the series b": who led the series b (then on to
        # its pronouns: "when did he buy it")
        text = stripped = f"{stripped[: it.start()]} {thing}"
    deed = _DO_IT_RE.search(stripped)
    done = _deed(asked) if deed else None
    if deed and done:
        # "how long did he do it" after "who was interim ceo": how long the one who was
        # (the answer: not someone the question named) served as interim ceo
        said = f"{stripped[: deed.start()]}{done}{stripped[deed.end() :]}"
        doer = next((e.name for _s, _e, e in alias_spans(previous.answer, entities)), "")
        return _DOER_RE.sub(doer, said, count=1) if doer else said
    said = _PRONOUN_RE.search(stripped)
    person = _person(previous, entities, said.group() if said else "", told)
    if named_here is not None:
        # "where did he meet altman": "he" is still the one before, if not the one named here
        here = alias_spans(stripped, entities)
        others = {e.key for _s, _e, e in here}
        spans = alias_spans(person, entities) if person else []
        pronoun = _PRONOUN_RE.search(stripped)
        if (
            person
            and pronoun is not None
            and pronoun.start() < min(s for s, _e, _x in here)  # "when did he meet altman"
            and not any(e.key in others for _s, _e, e in spans)
        ):
            return _PRONOUN_RE.sub(person, stripped, count=1)
        return text
    if (
        _THEN_RE.search(stripped)
        and not re.match(r"\W*(?:and\s+)?who\b", stripped, re.IGNORECASE)  # a holder then: roles
        and not named_here
        and not any(
            r.search(stripped) for r in (_PRONOUN_RE, _POSSESSIVE_RE, _PLURAL_RE, _THING_RE)
        )
    ):
        # "and what was the company valued at then": at the time the question before asked of
        return f"{stripped.rstrip(' ?!.')} (following “{asked.rstrip(' ?!.')}”)"
    resolved = stripped
    if person and _PRONOUN_RE.search(resolved):
        resolved = _PRONOUN_RE.sub(person, resolved, count=1)
    elif person and _POSSESSIVE_RE.search(resolved):
        resolved = _POSSESSIVE_RE.sub(f"{person}'s", resolved, count=1)
    elif _PLURAL_RE.search(resolved) and _subject_name(asked, entities):
        resolved = _PLURAL_RE.sub(_subject_name(asked, entities), resolved, count=1)
    elif not _THING_RE.search(resolved):
        return text
    if _THING_RE.search(stripped) or _own_words(stripped) == 0:
        # It says too little alone ("where did he go"): the previous question is its context.
        resolved = f"{resolved.rstrip(' ?!.')} (following “{asked.rstrip(' ?!.')}”)"
    return resolved
