"""The answer path: frame -> candidates -> rank -> abstain -> Answer (see the package docs)."""

import dataclasses
import datetime
import functools
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from knowledge import dates, differ, facts, role_families
from knowledge.answering import (
    abstain,
    candidates,
    frame,
    lexicon,
    parts,
    rank,
    roles,
    sayings,
    workplace,
)
from knowledge.answering.frame import Frame, Term
from knowledge.articles import reference_date
from knowledge.dialogue import is_dialogue
from knowledge.entities import COMPANY_DESCRIPTIONS
from knowledge.entities import ROLE_WORDS as ENTITY_ROLE_WORDS
from knowledge.model import EntityInfo, Event, Hit, Passage
from knowledge.pronouns import by_given_name

MAX_TERMS = 16
CLOSE = 0.75
# (how close to the best a passage naming the subject and the action asked of must come, when
# none closer names it: "… resigned from the authority …" for "… resign from lakeshore", not
# "… and cut off financial support" for "… cut openai off from the twitter fire hose")
ACTED_CLOSE = 0.6
BAND = 30  # at most this many are ranked in full
SUPPORTED = 10  # how many of the best are given a neighbour's answer before the final order


@dataclass(frozen=True, kw_only=True)
class Answer:
    """The passages that answer a question, best first, and how far to trust the first.

    `unknown` lists key terms the articles never use: the reply says so instead of
    answering; `absent`, other such words, which a reply that is not sure names. `answers`
    maps a passage id to the short answer it gives (a person for "who", an amount for "how
    much"). `confident` is False when the best passage may not answer.
    """

    question: str
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    events: dict[int, Event]
    entities: tuple[EntityInfo, ...]
    shape: str
    frame: Frame | None = None
    confident: bool = False
    confidence: float = 0.0
    unknown: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()  # other words of the question the articles never use
    answers: dict[int, str] = field(default_factory=dict)
    # When the sources give different answers to the same question: (answer, passage id),
    # the first answer's first.
    differ: tuple[tuple[str, int], ...] = ()
    # "what did X say …": the outlet of a dramatised scene about it (its lines are no
    # quotes), and whether that scene is all the articles have.
    dramatised: str = ""
    scene_only: bool = False


_SHAPES = {"date": "when", "amount": "amount", "count": "count", "reason": "why"}


def _mentions(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict[str, bool]]:
    """Per passage, the entities it names (True) or only points at with a pronoun (False)."""
    mentions: dict[int, dict[str, bool]] = {i: {} for i in ids}
    if ids:
        marks = ",".join("?" * len(ids))
        for passage_id, key, implicit in conn.execute(
            "SELECT m.passage_id, n.key, m.implicit FROM mentions m "
            f"JOIN entities n ON n.id = m.entity WHERE m.passage_id IN ({marks}) "
            "ORDER BY m.passage_id, m.ord",
            ids,
        ):
            mentions[passage_id][key] = not implicit
    return mentions


_CARRIES_ON_RE = re.compile(
    r"^(?:They|He|She|It|Its|Their|His|Her|This|That|These|Those|There|"
    r"The (?:company|firm|startup|lab|deal|round|suit|lawsuit|talks|meeting|two|pair|contract|"
    r"agreement|investment|acquisition|settlement|fine|penalty|offer|purchase|sale|order))\b"
)


def _points_back(text: str, parsed: Frame) -> bool:
    """The sentence names the question's act as one already told ("the conversion")."""
    forms = [f for f in parsed.action.forms if len(f) > 3] if parsed.action is not None else []
    # (not "the conversion of its old greenhouse": another thing's)
    return any(
        re.search(rf"\b(?:the|this|that) {re.escape(f)}\b(?! of\b)", text, re.IGNORECASE)
        for f in forms
    )


# A relative asked of ("who is his sister"), and one told by a pronoun's kin ("Her younger
# brother, Samuel Okafor, …")
_KIN_WORDS = (
    r"brother|sister|son|daughter|wife|husband|father|mother|mom|mum|dad|cousin|uncle|aunt|"
    r"nephew|niece|sibling|parent"
)
_KIN_ASKED_RE = re.compile(rf"\b(?:{_KIN_WORDS})s?\b", re.IGNORECASE)
_KIN_TOLD_RE = re.compile(rf"(?:His|Her|Their) (?:[a-z]+ )?(?:{_KIN_WORDS})s?\b")
# "who is daniel voss's mother": a relative asked of someone, and what the one asked of is
# to that relative (the articles tell it the other way round: "Her son, Daniel Voss")
_KIN_OF_RE = re.compile(rf"^\W*who(?:['’]s| is| was| are| were)\b.*?\b(?P<k>{_KIN_WORDS})s?\W*$")
_CHILD = "son|daughter|child|children"
_PARENT = "father|mother|parent"
_INVERSE_KIN = {
    **dict.fromkeys(("mother", "father", "mom", "mum", "dad", "parent"), _CHILD),
    **dict.fromkeys(("son", "daughter"), _PARENT),
    **dict.fromkeys(("brother", "sister", "sibling"), "brother|sister|sibling"),
    "wife": "husband",
    "husband": "wife",
    **dict.fromkeys(("uncle", "aunt"), "nephew|niece"),
    **dict.fromkeys(("nephew", "niece"), "uncle|aunt"),
    "cousin": "cousin",
}
_KIN_PASSAGES = 200  # the passages naming the one asked of that are read, at most
_KIN_SEX = {
    **dict.fromkeys(("mother", "mom", "mum", "sister", "wife", "aunt", "niece", "daughter"), "she"),
    **dict.fromkeys(("father", "dad", "brother", "husband", "uncle", "nephew", "son"), "he"),
}


def _kin_answer(
    conn: sqlite3.Connection,
    parsed: Frame,
    by_key: Mapping[str, EntityInfo],
    empty: Answer,
) -> Answer | None:
    """ "who is daniel voss's mother": the one a sentence names him as kin of, before his
    name ("Her son, Daniel Voss, …": the one "her" stands for; "Walter Pruitt's daughter,
    Claire Pruitt": Walter Pruitt). None when no sentence tells it so."""
    asked = _KIN_OF_RE.match(parsed.english.casefold())
    subject = parsed.subject
    if asked is None or subject is None or subject.kind != "person":
        return None
    # (her son is no one's father: a pronoun of the other sex is someone else)
    other = {"she": "his", "he": "her"}.get(_KIN_SEX.get(asked["k"], ""), "")
    told = re.compile(
        r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)"
        r"|(?P<owner>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})['’]s)"
        rf" (?:[a-z]+ )?(?:{_INVERSE_KIN[asked['k']]})s?,\s*$"
    )
    ids = [
        int(pid)
        for (pid,) in conn.execute(
            "SELECT m.passage_id FROM mentions m WHERE m.entity = (SELECT id FROM entities "
            "WHERE key = ?) AND m.implicit = 0 ORDER BY m.passage_id LIMIT ?",
            (subject.key, _KIN_PASSAGES),
        )
    ]
    for passage in facts.passages(conn, ids).values():
        text = passage.text
        for start, _end, _entity in frame.alias_spans(text, [subject]):
            kin = told.search(text, max(0, start - 80), start)
            if kin is None or (kin["pronoun"] or "").casefold() == other:
                continue
            named = [
                (key, bool(implicit))
                for key, implicit in conn.execute(
                    "SELECT e.key, m.implicit FROM mentions m JOIN entities e ON e.id = m.entity "
                    "WHERE m.passage_id = ? ORDER BY m.ord",
                    (passage.id,),
                )
                if key != subject.key and key in by_key and by_key[key].kind == "person"
            ]
            sure = True
            if kin["owner"]:
                owner = kin["owner"]
                found = [
                    key
                    for key, implicit in named
                    if not implicit and frame.alias_spans(owner, [by_key[key]])
                ]
            else:  # the one the pronoun stands for
                found = [key for key, implicit in named if implicit]
                said = {"his": "he", "her": "she"}.get(kin["pronoun"].casefold(), "")
                borne = by_given_name().get(by_key[found[0]].name.split(" ")[0]) if found else None
                if said and borne and borne != said:
                    continue  # ("Her brother" read as a man's: not who "her" is)
                # (sure only when their name says they are who the pronoun is: a pronoun
                # read back to the wrong one would be said as fact)
                sure = bool(said) and borne == said
            if found:
                holder = roles.Holder(
                    entity=by_key[found[0]],
                    role=kin.group(0).rstrip(", "),
                    passage_id=passage.id,
                    weight=1.0,
                    named_org=False,
                )
                return _holders_reply(conn, empty, [holder], {passage.id: passage}, sure=sure)
    return None


def _support(
    conn: sqlite3.Connection,
    parsed: Frame,
    hits: list[Hit],
    by_key: Mapping[str, EntityInfo],
) -> dict[int, Passage]:
    """The neighbouring sentence that gives the answer a candidate lacks. For "why", the
    reason for an event sentence, about the same subject (a motive stated just before, or an
    explanation just after). For a place, an amount or a name, the next sentence when it
    carries the story on ("Nadella started meeting with Suleyman. They had several talks,
    including at Davos"). For a person, the sentence before one that carries its story on
    without naming anyone. For any question, what a sentence ending in a colon introduces."""
    kind = parsed.answer
    if not hits:
        return {}
    # (for a reason, the rest of the event's paragraph and the next one's opening too: see
    # _reason_opens)
    # (asked who took a side, the sentences after a vote as far as _SIDE_REACH)
    steps: Sequence[int] = (-1, 1, 2)
    if kind == "reason":
        steps = range(-1, _REASON_REACH + 2)
    elif kind == "person" and rank.asks_side(parsed):
        steps = range(-1, _SIDE_REACH + 1)
    near = facts.passages(conn, {h.passage.id + d for h in hits for d in steps if d})
    introduced = {}
    for hit in hits:  # "Tim Shi said:": what it introduces is the next sentence
        nxt = near.get(hit.passage.id + 1)
        if (
            hit.passage.text.rstrip().endswith(":")
            and nxt is not None
            and nxt.article.id == hit.passage.article.id
        ):
            introduced[hit.passage.id] = nxt
    if kind == "any":  # "what did tim shi say": the words, not the sentence before them
        return introduced
    if kind == "define":
        # "The programme, code-named Project Lantern, was worth $310 million": what it is
        # was told in the sentence before, which a description opening this one stands for
        described = {
            hit.passage.id: before
            for hit in hits
            if _NAMED_DESCRIPTION_RE.match(hit.passage.text)
            and (before := near.get(hit.passage.id - 1)) is not None
            and before.article.id == hit.passage.article.id
            and before.kind == "sentence"
            and _one_paragraph(before, hit.passage)
        }
        # "Then, this spring, Halvorsen Maritime Systems came calling. The defence contractor
        # wanted …": what it is, said by the description opening the next sentence
        thing = (parsed.thing or "").casefold()
        for hit in hits:
            after = near.get(hit.passage.id + 1)
            if (
                hit.passage.id not in described
                and thing
                and thing in hit.passage.text.casefold()
                and not rank.defines(parsed.thing, hit.passage.text)
                and after is not None
                and after.article.id == hit.passage.article.id
                and after.kind == "sentence"
                and _one_paragraph(hit.passage, after)
                and _DESCRIBED_NEXT_RE.match(after.text)
            ):
                described[hit.passage.id] = after
        return described
    if kind not in ("reason", "person") and kind not in rank.TEXT_KINDS:
        return {}
    names = _mentions(conn, list(near) + [h.passage.id for h in hits])
    asked = {e.key for e in parsed.entities}

    def someone(passage_id: int) -> bool:
        """The passage names a person the question does not."""
        return any(
            explicit
            and key not in asked
            and (e := by_key.get(key)) is not None
            and e.kind == "person"
            for key, explicit in names.get(passage_id, {}).items()
        )

    found: dict[int, Passage] = {}
    subject = parsed.subject.key if parsed.subject is not None else None
    successor = rank.asks_successor(parsed)
    sides = rank.asks_side(parsed)
    asks_given = _ASKS_GIVEN_RE.search(parsed.english) is not None
    # the people each passage names outright, and the asked act's words (for _reason_opens)
    people = {
        i: {k for k, out in said.items() if out and k in by_key and by_key[k].kind == "person"}
        for i, said in names.items()
    }
    forms = tuple(parsed.action.forms) if parsed.action is not None else ()
    removal = parsed.action is not None and lexicon.group_of(
        parsed.action.text
    ) == lexicon.group_of("fire")

    def usable(passage: Passage, other: Passage | None) -> Passage | None:
        if other is None or other.article.id != passage.article.id or other.kind != "sentence":
            return None
        if kind == "reason" and subject is not None and subject not in names.get(other.id, {}):
            return None
        if kind == "reason" and parsed.subject is not None and rank.undergone(other.text, parsed):
            return None  # "the board decided to leave Castel off the team because …"
        return other

    asked_words = [
        re.compile(rf"(?<!\w){re.escape(f)}(?!\w)", re.IGNORECASE)
        for t in parsed.terms
        if t.entity is None
        for f in dict.fromkeys((t.text, *t.forms))
        if len(f) > 2
    ]

    def _goes_on_about(passage: Passage, after: Passage) -> bool:
        """The next sentence opens with the subject this one names and says something the
        question asks of: "The board asked Dominic Latchford … to serve as interim CEO.
        Latchford ran the company for five months." (not "Quill had spent eight years at
        Google": another thing he did)."""
        if parsed.subject is None or subject not in names.get(passage.id, {}):
            return False
        opens = any(start == 0 for start, _e, _x in frame.alias_spans(after.text, [parsed.subject]))
        return opens and any(word.search(after.text) for word in asked_words)

    for hit in hits:
        passage = hit.passage
        after = usable(passage, near.get(passage.id + 1))
        following = near.get(passage.id + 1)
        if (
            after is None
            and kind == "reason"
            and following is not None
            and following.article.id == passage.article.id
            and following.kind == "sentence"
            and _one_paragraph(passage, following)
            and subject in names.get(passage.id, {})
            and not people.get(following.id)
            and rank.backstory(following.text)
        ):
            # what had gone wrong, told next and of no one ("… raised the idea of selling
            # something. Satellite operators charge …, and donations were not keeping pace.")
            after = following
        if kind == "person":
            # "The company, named Secure Super Intelligence, …": who founded it is in the
            # sentence before, which this one carries on from (not "His successor as chair
            # was Harriet Lindqvist" for "who replaced lindqvist": the one before her)
            before = usable(passage, near.get(passage.id - 1))
            if (
                before is not None
                and _CARRIES_ON_RE.match(passage.text)
                and not someone(passage.id)
                and someone(before.id)
                and not (successor and asked & set(names.get(passage.id, {})))
                # ("The two founded Tessellate": the two are known, and the answer names them)
                and not (
                    rank.GROUP_OPENS_RE.match(passage.text)
                    and sum(
                        not out and k in by_key and by_key[k].kind == "person"
                        for k, out in names.get(passage.id, {}).items()
                    )
                    > 1
                )
            ):
                found[passage.id] = before
            elif sides and not rank.says_a_side(passage.text):
                # "… the board voted 5-1 to remove Solheim-Okafor … The lone dissenter was
                # Hélène Barraud": who took the side asked, told next
                side = None
                for d in range(1, _SIDE_REACH + 1):
                    # (told next, or in the paragraph after: "… voted 5-1 to remove Okafor.
                    # Adeyemi said … \n One director … recused himself … The lone vote
                    # against came from Celeste Moreno")
                    other = near.get(passage.id + d)
                    if other is None or other.article.id != passage.article.id:
                        break
                    if other.kind != "sentence" or _VOTED_RE.search(other.text):
                        break  # (another vote's sides are its own)
                    if rank.says_a_side(other.text) and someone(other.id):
                        side = other
                        break
                if side is not None:
                    found[passage.id] = side
            continue
        if kind != "reason":
            if (
                after is not None
                and rank.has_answer(kind, passage.text, parsed) < 1.0
                and (_CARRIES_ON_RE.match(after.text) or _goes_on_about(passage, after))
                and rank.has_answer(kind, after.text, parsed) >= 1.0
            ):
                found[passage.id] = after
            continue
        # a reason told beside it is told in its paragraph: the next one's "because" is
        # another story's ("The board voted … according to people who asked not to be
        # named because …" after "… less likely to overheat")
        before = usable(passage, near.get(passage.id - 1))
        before = before if before is not None and _one_paragraph(before, passage) else None
        # (or the next paragraph's, when it points back at the act: "… completed its
        # conversion …" and then "…, said the conversion would allow it to raise money")
        after = (
            after
            if after is not None
            and (_one_paragraph(passage, after) or _points_back(after.text, parsed))
            else None
        )
        if _DECLINED_RE.search(passage.text):
            continue  # "he declined to discuss his departure": no reason, nor what follows it
        told = near.get(passage.id + 1)
        if (
            _REASON_OPENS_RE.match(passage.text)
            and _ONLY_ANNOUNCES_RE.search(passage.text)
            and told is not None
            and _gives_what_was_announced(passage, told)
        ):
            found[passage.id] = told  # "The reason she gave came near the end. Safety, …"
            continue
        # another account of it, said to be the real one ("The statement did not mention the
        # real argument. According to three people …"), over the one the sentence gives
        other_account = None if asks_given else _other_account(passage, near)
        if other_account is not None:
            found[passage.id] = other_account
            continue
        # its own reason: a motive, or what someone did that set it off ("The talks
        # collapsed that August, after Halloran cut its offer …")
        own = rank.causal(passage.text) or _SET_OFF_RE.search(passage.text) is not None
        opens = None if own else _reason_opens(passage, near, usable, people, asked, forms)
        if opens is not None and asks_given and _LEFT_OUT_RE.match(opens.text):
            opens = None  # "what reason did the board give": not what its statement left out
        if opens is not None and asks_given and _OTHERS_SAY_RE.search(opens.text, 0, 80):
            opens = None  # nor "The cause, people familiar with the vote said, was …"
        # what a "So …" or "Two days later, …" answers: the sentence before in its paragraph,
        # whoever it names ("Running Beacon's early models cost several million dollars a
        # month … So in July of that year the charity created …"), unless the sentence gives
        # its own reason ("…, saying that … a conflict of interest, and stopped his donations
        # soon after")
        # (only an opening "So", "In response" says what it answers; "Weeks later" only
        # what came first, which it answers when it is about the subject)
        answered = near.get(passage.id - 1) if _OPENS_ON_BEFORE_RE.match(passage.text) else None
        if answered is not None and (
            answered.article.id != passage.article.id
            or answered.kind != "sentence"
            # ("That is why …" may open a paragraph: it points at the last one's end)
            or not (_one_paragraph(answered, passage) or _THAT_IS_WHY_RE.match(passage.text))
        ):
            answered = None
        if answered is None and not own:
            answered = before
        if opens is not None:
            found[passage.id] = opens  # "The reason, three people said, was that …"
        elif (
            _RESTS_ON_RE.search(passage.text)
            and (pointed := near.get(passage.id - 1)) is not None
            and pointed.article.id == passage.article.id
            and pointed.kind == "sentence"
            and _one_paragraph(pointed, passage)
        ):
            # "A founding document … stated that HelixForge would publish … Vance's lawsuit
            # rests largely on that sentence": what it rests on is what the one before says,
            # whoever it names
            found[passage.id] = pointed
        elif answered is not None and rank.responds(passage.text):
            # "In response, he launched xAI", "So in July of that year the charity created
            # …": what it answers, whoever that sentence names
            found[passage.id] = answered
        elif (
            after is not None
            and rank.explains(after.text, reported=not own)
            # (a sentence giving its own reason keeps it over a quote after it: "…, who argued
            # that she had not been given a chance …" before '"You don't fire the person …
            # because …," Duarte said')
            and not (own and after.text.lstrip().startswith(('"', "“")))
            # (nor over a reason told just before: "Ferreira Lund … argued publicly that
            # keeping the toolkits closed would split the community in two. The following
            # spring he quit … '"I did not spend seven years giving this away so that …,"
            # he wrote'")
            and not (
                after.text.lstrip().startswith(('"', "“"))
                and before is not None
                and rank.causal(before.text)
            )
        ):
            found[passage.id] = after  # "He said it was to …": said outright, so it leads
        elif (
            after is not None
            and _DEMANDS_RE.search(after.text)
            and (alleged := usable(passage, near.get(passage.id + 2))) is not None
            and _one_paragraph(after, alleged)
            and rank.explains(alleged.text, reported=False)
        ):
            # "… filed a complaint against HelixForge. He is asking for the return of $25
            # million … He alleges that HelixForge broke a promise …": past what is asked for
            found[passage.id] = alleged
        elif before is not None and rank.causal(before.text) and not own:
            found[passage.id] = before
        elif (
            not own
            # (of a sentence telling the act itself: not "According to three people present,
            # he had proposed folding Kitewell into …", one account, before his own)
            and any(
                re.search(rf"\b{re.escape(f)}", passage.text, re.IGNORECASE)
                for f in forms
                if len(f) > 3
            )
            and (spoken := _own_words_next(passage, near, parsed, names)) is not None
        ):
            # '… Peñalver resigned as chief technologist. "…, and I did not start a lab to
            # become a phone maker's research department," he said.': why, in their words
            # (after a reason told just before: "Varela-Núñez argued that the money was
            # steering the lab toward nickel … He resigned …")
            found[passage.id] = spoken
        elif (
            not own
            and (earlier := near.get(passage.id - 1)) is not None
            and earlier.article.id == passage.article.id
            and earlier.kind == "sentence"
            and _one_paragraph(earlier, passage)
            and rank.pressure(earlier.text)
            and _UNDOES_RE.search(passage.text) is not None
        ):
            # "By Monday, 212 … had signed a letter threatening to resign, … Five days after
            # the firing, the board reversed itself": whoever the pressure names
            found[passage.id] = earlier
        elif (
            not own
            and not removal  # (why someone was removed is said of them, not of money)
            and (earlier := near.get(passage.id - 1)) is not None
            and earlier.article.id == passage.article.id
            and earlier.kind == "sentence"
            and _one_paragraph(earlier, passage)
            and rank.wanting(earlier.text)
        ):
            # "Without his money, the lab could not pay for the computing power its models
            # demanded. In July 2021, Floodline restructured …"; "The board refused. In
            # January 2022, Strømsnes stepped down as chair": whoever it names
            found[passage.id] = earlier
        elif (
            not own
            and subject is not None
            and (opposed := _opposed_before(conn, passage, near, subject, names)) is not None
        ):
            # "Villanueva opposed the plan from the start. He resigned the following month":
            # the plan told before, what was opposed
            found[passage.id] = opposed
        elif not own and (defended := _defended_after(passage, near)) is not None:
            # "In July 2021, Emberwatch created a for-profit subsidiary … Investors' returns
            # were capped … Ocampo-Tate defended the move because the cost of launching
            # satellites …": the act pointed back at, and why
            found[passage.id] = defended
    return found


# What defends an act just told, pointing back at it: "defended the move", "justified the
# structure" (not "Critics attacked the move because …": their objection, no reason for it;
# nor "called the move a betrayal, arguing that …", which an opponent says as well)
_THE_ACT_RE = re.compile(
    r"\b(?:defended|defends|justified|justifies|explained|explains|championed)\s+"
    r"(?:the|this|that) (?:move|decision|structure|change|restructuring|shift|"
    r"switch|arrangement|plan|step|conversion)\b(?! of\b)",
    re.IGNORECASE,
)


_ARGUING_RE = re.compile(r"\b(?:arguing|explaining|insisting|contending|reasoning) that\b")


# A quotation, then its speaker by a pronoun: '"I did not start a deaf-led lab to become a
# phone maker's research department," he said.'
_QUOTE_THEN_HE_RE = re.compile(
    r'^\s*[“"][^”"]*\b(?:I|we|my|our|me)\b[^”"]*[,.!?]?[”"],?\s+(?P<who>[^,.;"“”]{2,40}?)\s+'
    r"(?:said|says|wrote|writes|added|told)\b"
)


# Someone's words, introduced by a colon: 'Rees was blunter: "Once the pictures …"'
_SPEAKER_THEN_QUOTE_RE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:was (?:blunter|franker|more direct|"
    r"more blunt)|said|says|put it \w+|added|wrote)[^:“\"]{0,30}:\s*[“\"]"
)


def _own_words(text: str, parsed: Frame, named: Mapping[str, bool]) -> bool:
    """The sentence is the words of the one asked of, said by them: in the first person,
    attributed after the quotation ('"…, and I did not start a lab to become a phone
    maker's research department," he said.', '"…," Brandt wrote'), or introduced by their
    name ('Rees was blunter: "…"'). Not another's words about them ('"He thought he was
    buying a company," Raghunathan said')."""
    subject = parsed.subject
    if subject is None or subject.kind != "person" or subject.key not in named:
        return False
    spellings = {a.casefold() for a in (subject.name, *subject.aliases)}
    quoted = _QUOTE_THEN_HE_RE.match(text)
    if quoted is not None:
        # (the "he" after the quote stands for them, or it names them)
        who = quoted["who"].casefold()
        return (who in ("he", "she") and not named[subject.key]) or who in spellings
    opened = _SPEAKER_THEN_QUOTE_RE.match(text)
    return opened is not None and opened["who"].casefold() in spellings


def _own_words_next(
    passage: Passage,
    near: Mapping[int, Passage],
    parsed: Frame,
    names: Mapping[int, Mapping[str, bool]],
) -> Passage | None:
    """One of the next sentences of the act's paragraph (as far as the neighbours read for a
    reason go) that is the subject's own words on it (see _own_words): "Two months later
    Lotte Brandt and Rees resigned as well. '…,' Brandt wrote in her resignation letter. Rees
    was blunter: '…'"; "Ibáñez and Haddad left … Ibáñez said … Haddad was blunter. '…,'
    Haddad said."."""
    after = list(_paragraph_after(passage, near, _REASON_REACH + 2))
    for i, other in enumerate(after[: _REASON_REACH + 1]):
        if _own_words(other.text, parsed, names.get(other.id, {})):
            # ('"I built TideSlot with Ingrid in a shed," he said. "When the board removed her
            # without waiting for its own review, I understood …"': the quotation goes on to
            # say why, in the sentence after)
            going_on = after[i + 1] if i + 1 < len(after) else None
            if going_on is not None and _QUOTE_GOES_ON_WHY_RE.match(going_on.text):
                return going_on
            return other
    return None


# A quotation going on in the next sentence, with the moment something became clear: '"When
# the board removed her …, I understood that …"', '"When they pushed Ruth out, it told me …"'
_QUOTE_GOES_ON_WHY_RE = re.compile(
    r'[“"](?:When|Once|After|Because|Since)\b[^“”"]{5,200}?,\s+(?:I|it|that|we)\b'
)


def _paragraph_after(
    passage: Passage, near: Mapping[int, Passage], count: int
) -> Iterator[Passage]:
    """The next `count` sentences after `passage`, in order, as far as its paragraph goes."""
    previous = passage
    for step in range(1, count + 1):
        other = near.get(passage.id + step)
        if (
            other is None
            or other.article.id != passage.article.id
            or other.kind != "sentence"
            or not _one_paragraph(previous, other)
        ):
            return
        yield other
        previous = other


def _defended_after(passage: Passage, near: Mapping[int, Passage]) -> Passage | None:
    """One of the next two sentences of the act's paragraph that points back at it ("the
    move") and gives a reason for it ("because …", "arguing that …")."""
    for other in _paragraph_after(passage, near, 2):
        if _THE_ACT_RE.search(other.text) and (
            rank.causal(other.text) or _ARGUING_RE.search(other.text)
        ):
            return other
    return None


# A case, a claim or a decision pointing back at what it stands on
_RESTS_ON_RE = re.compile(
    r"\b(?:rests?|rested|hinges?|hinged|turns?|turned|relies|relied|is based|was based|"
    r"centers|centred|centres|centered)\s+(?:\w+ly\s+)?on\s+(?:that|this|those|these)\s+\w+"
)
# What a suit or a claimant asks for ("is asking for the return of …", "seeks damages")
_DEMANDS_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:asking|seeking|demanding)\b|\b(?:seeks|sought|demands)\b"
)
# Opposition told of something named before ("opposed the plan", "Not everyone accepted the
# logic", "voted the idea down"), right before a leaving: what was opposed is its reason
_OPPOSED_RE = re.compile(
    r"\b(?:opposed|objected to|(?:was|were) against|disagreed with|(?:did not|didn't|never) "
    r"accept(?:ed)?|not everyone accepted|few accepted|rejected|voted (?:\w+ ){0,2}down|"
    r"turned (?:\w+ ){0,2}down|balked at|resisted)\b",
    re.IGNORECASE,
)
_POINTED_PLAN_RE = re.compile(
    r"\b(?:the|this|that) (?:plan|idea|logic|move|proposal|decision|change|restructuring|"
    r"deal|offer|shift|conversion|structure|request|scheme)\b",
    re.IGNORECASE,
)
# A sentence telling a plan: created, approved, announced, proposed, urged …
_TELLS_PLAN_RE = re.compile(
    r"\b(?:creat(?:e|ed|ion|ing)|approv(?:e|ed|al)|propos(?:e|ed|al)|restructur\w*|"
    r"conver(?:t|ted|sion)|urged|pushed for)\b",
    re.IGNORECASE,
)
# Opposition by no one in particular, and a turning-down of someone's plan
_NOT_ALL_RE = re.compile(r"(?:Not everyone|Not all|Few|Some)\b")
_REJECTED_RE = re.compile(r"rejected|voted|turned", re.IGNORECASE)
# What was opposed told right after its noun: "the decision to cut the research budget"
_SAYS_WHAT_RE = re.compile(r" (?:to|of|over|about|for) ")
_DISSENT_REACH = 4  # sentences before the opposition the plan it points at may be told in


def _opposed_before(
    conn: sqlite3.Connection,
    passage: Passage,
    near: Mapping[int, Passage],
    subject: str,
    names: Mapping[int, Mapping[str, bool]],
) -> Passage | None:
    """What the sentence right before a leaving, in its paragraph, says was opposed ("the
    plan"), when the one leaving is who opposed it (named in it, or "Not everyone") or who
    proposed it: the latest sentence before telling a plan, else that sentence itself
    (which names what was opposed itself: "objected to the decision to cut the budget")."""
    said = near.get(passage.id - 1)
    if (
        said is None
        or said.article.id != passage.article.id
        or said.kind != "sentence"
        or not _one_paragraph(said, passage)
        or (opposed := _OPPOSED_RE.search(said.text)) is None
        or (pointed := _POINTED_PLAN_RE.search(said.text)) is None
    ):
        return None
    if _SAYS_WHAT_RE.match(said.text, pointed.end()):
        return said if subject in names.get(said.id, {}) else None
    # (the sentences before it read only now: an opposition right before a leaving is rare)
    earlier = range(said.id - _DISSENT_REACH, said.id)
    before = facts.passages(conn, set(earlier))
    told = _mentions(conn, list(before))
    for back in range(1, _DISSENT_REACH + 1):
        plan = before.get(said.id - back)
        if plan is None or plan.article.id != said.article.id or plan.kind != "sentence":
            break
        if _TELLS_PLAN_RE.search(plan.text):
            # (who opposed it: the one leaving, or "Not everyone"; or they proposed what
            # others voted down: "Vashti proposed that …" before "voted the idea down")
            by_them = subject in names.get(said.id, {}) or _NOT_ALL_RE.match(said.text)
            theirs = subject in told.get(plan.id, {}) and _REJECTED_RE.search(opposed.group())
            return plan if by_them or theirs else None
    return said if subject in names.get(said.id, {}) else None


# A description opening a sentence, then the name it goes by: "The programme, code-named
# Project Lantern, …"
# A company told of by what it is, opening the sentence after it is named: "The defence
# contractor wanted …"
_DESCRIBED_NEXT_RE = re.compile(
    r"^The (?:[a-z-]+ ){0,2}(?:contractor|company|firm|start-?up|group|agency|vendor|"
    rf"conglomerate|nonprofit|charity|lab|fund|{COMPANY_DESCRIPTIONS})\b(?!['’])"
)
_NAMED_DESCRIPTION_RE = re.compile(
    r"^The (?:[a-z-]+ )?[a-z-]+, (?:code-?named|called|named|nicknamed|dubbed|known as) "
)
# What a statement left out, opening a sentence: not the reason the statement gave
_LEFT_OUT_RE = re.compile(
    r"^What (?:the|its|his|her|their) (?:[a-z]+ )?[a-z]+ (?:left out|did n|omit)"
)
# An act undoing another, which pressure told just before may answer: "reversed itself and
# reinstated her", "gave in", "brought him back"
_UNDOES_RE = re.compile(
    r"\b(?:reinstat\w*|revers\w*|rehir\w*|gave (?:in|way)|relent\w*|back(?:ed)? down|"
    r"brought \w+ back|returned|came back)\b"
)
# Others than the one acting saying what the reason was: "The cause, people familiar with
# the vote said, was …", "The real reason, according to three people, …"
_OTHERS_SAY_RE = re.compile(r"\b(?:according to|people|sources|insiders|those)\b")
# A sentence opening on what the one before it set off: "In response, he launched xAI"
_THAT_IS_WHY_RE = re.compile(r"(?:That|This)(?:, [^,]{1,80},)? is (?:why|the reason)\b")
_OPENS_ON_BEFORE_RE = re.compile(
    r"^(?:In response|As a result|Because of this|For this reason|"
    # ("That, according to Raman and the authority's own records, is why Waypath Labs was
    # created": what the sentence before says)
    r"(?:That|This)(?:, [^,]{1,80},)? is (?:why|the reason)|(?:That|This)['’]s why|"
    r"Consequently|So|Therefore|Thus)\b"
)
# A sentence that opens by saying it gives the reason: "The reason, three people said, was
# that …", "Her reason for going came in the second paragraph: …"
_REASON_OPENS_RE = re.compile(
    r"^(?:(?:The|Their|His|Her|Its|Our|My|Another|One|A|[A-Z][\w-]+['’]s) (?:[a-z]+ ){0,2}?"
    # ("The underlying complaint, according to …"; not "The biggest complaint from patients")
    r"(?:reasons?|explanation|motive|rationale|trigger|cause(?! of\b)|"
    r"(?:underlying|real|actual|central) "
    r"(?:complaint|grievance|concern))\b(?! to\b)"
    # "He explained the decision at an all-hands meeting in Boulder. Donations alone, …"
    r"|^(?:He|She|They|[A-Z][\w-]+) explained (?:the|his|her|their|its) "
    r"(?:decision|move|change|choice|shift)\b"
    r"|What (?:prompted|triggered|drove|led to) "
    # "What the statement left out, according to two former directors, was the cause: …"
    r"|What (?:the|its|his|her|their) (?:[a-z]+ )?(?:statement|announcement|release|letter|"
    r"memo|account) (?:left out|did not say|didn['’]t say|omitted|did not mention)\b"
    r"[^:;]{0,80}?\bwas (?:the )?(?:real |actual |true )?(?:cause|reason|motive|trigger|why)\b)"
)
# A reason's opener that only says where the reason comes, or how it was said: "The reason
# she gave for leaving came near the end of the essay.", "Halvorsen's explanation, in a memo
# to staff that week, was blunt."
_ONLY_ANNOUNCES_RE = re.compile(
    r"\b(?:(?:came|comes|is|was) (?:near|at|in|later|blunt|simple|clear|short|"
    r"straightforward|brief)|explained (?:the|his|her|their|its) (?:decision|move|change|"
    r"choice|shift)|emerged|came out|became clear|surfaced|leaked)\b[^:;]*\.$"
)
# Someone saying nothing of it: what follows is no reason either
_DECLINED_RE = re.compile(
    r"\b(?:declined|refused) to (?:discuss|comment on|explain|say|elaborate)|"
    r"\bwould not (?:say|discuss|explain|comment)|\bdid not (?:say|explain) why\b"
)
_EXPLANATION_RE = re.compile(r"^[A-Z][\w-]+['’]s (?:[a-z]+ ){0,2}?explanation\b")


# An opener saying a reason came out later ("The real reason emerged a week later."): what
# came out is told, not quoted ('"There is no real reason to worry," Delgado said.')
_CAME_OUT_RE = re.compile(r"\b(?:emerged|came out|became clear|surfaced|leaked)\b")


def _gives_what_was_announced(opener: Passage, told: Passage | None) -> bool:
    """Whether the sentence after an opener that only announces a reason ("The reason she
    gave came near the end of the essay.") gives it: next in its paragraph, telling no time
    of its own (not "Shares of Northwind fell 4% on Tuesday …", a happening of its own)."""
    return (
        told is not None
        and told.article.id == opener.article.id
        and told.kind == "sentence"
        and _one_paragraph(opener, told)
        and not dates.dates_in(
            told.text, reference_date(told.article.published, told.article.precision)
        )
        and not (
            _CAME_OUT_RE.search(opener.text) and told.text.lstrip()[:1] in ('"', "“", "'", "‘")
        )
    )


_REASON_REACH = 4  # sentences after an event looked at for one opening on its reason
_SIDE_REACH = 6  # sentences after a vote looked at for who took a side in it
# another vote told ("voted 5-1", "voted to reinstate", "by a 3-1 vote")
# (not "Okonkwo-Reyes voted with the majority": a side in it)
_VOTED_RE = re.compile(r"\b(?:voted|votes?) (?:\d|[a-z]+ to \w+|to )|\b\d+[-–]\d+ vote\b")

# A sentence saying the account given so far is not the whole one, and that the next gives
# it: "Three former board members tell a different story.", "Five people with knowledge of
# the meeting describe a different dispute.", "The statement did not mention the real
# argument."
_OTHER_ACCOUNT_RE = re.compile(
    r"\b(?:tell|tells|told|describe|describes|described|give|gives|gave|offer|offers|offered|"
    r"paint|paints|painted|recount|recounts|recounted) (?:a|an) (?:very |quite |rather )?"
    r"(?:different|other|fuller|less flattering|more complicated) (?:story|account|version|"
    r"picture|dispute|explanation|reason)\b"
    r"|\b(?:did not|didn['’]t|does not|doesn['’]t|never) (?:mention|give|say|disclose|explain|"
    r"address) (?:the|its|his|her|their) (?:real|actual|true|underlying) (?:argument|reason|"
    r"dispute|cause|story|grievance|concern|disagreement|quarrel)\b"
)


# A question asking for the reason given ("what reason did the board give", "the official
# reason"): the account the sentence gives, not the other one
_ASKS_GIVEN_RE = re.compile(
    r"\b(?:give|gave|given|giving|official|officially|stated|publicly|public|cite|cited|"
    r"claim|claimed|say|said|says|announce|announced)\b",
    re.IGNORECASE,
)


# What an account of why says: who says so, or what someone had done before it
_ACCOUNT_RE = re.compile(
    r"\b(?:according to|say|says|said|told)\b|\bhad (?:been )?[a-z]+(?:ed|en|ng)\b",
    re.IGNORECASE,
)


def _other_account(passage: Passage, near: Mapping[int, Passage]) -> Passage | None:
    """The sentence giving another account of the event's reason, said to be the real one
    (_OTHER_ACCOUNT_RE, later in the event's paragraph or opening the next one): the one
    right after the sentence saying so, in its paragraph."""
    previous = passage
    for step in range(1, _REASON_REACH + 1):
        other = near.get(passage.id + step)
        if other is None or other.article.id != passage.article.id:
            return None
        inside = _one_paragraph(previous, other)
        if other.kind == "sentence" and _OTHER_ACCOUNT_RE.search(other.text):
            told = near.get(other.id + 1)
            if (
                told is not None
                and told.article.id == other.article.id
                and told.kind == "sentence"
                and _one_paragraph(other, told)
                and not _DECLINED_RE.search(told.text)
                # what someone had done or wanted, or what those who know say: an account
                # (not "Donations rose 30 per cent during his two years": figures against
                # the one given, which are no reason)
                and (rank.causal(told.text) or _ACCOUNT_RE.search(told.text) is not None)
            ):
                return told
            return None
        if not inside:
            return None  # the next paragraph's opening was the last to look at
        previous = other
    return None


def _reason_opens(
    passage: Passage,
    near: Mapping[int, Passage],
    usable: Callable[[Passage, Passage | None], Passage | None],
    named: Mapping[int, set[str]],
    asked: set[str],
    forms: tuple[str, ...],
) -> Passage | None:
    """A sentence after the event's, later in its paragraph or opening the next one, that
    opens on the reason (_REASON_OPENS_RE), about the question's subject: it says outright
    what a sentence merely next to the event may only report ("she wrote that she was proud
    of what they had built"). In the paragraph, not past a sentence naming someone else
    (a reason after another's act is theirs); opening the next, not one naming someone
    the sentences between name; nor a reason said to be for something else (`named`: the
    people each passage names outright; `asked`: the question's; `forms`: the asked act's
    words)."""
    previous = passage
    between: set[str] = set()  # the other people the sentences between name
    for step in range(1, _REASON_REACH + 1):
        other = near.get(passage.id + step)
        if other is None or other.article.id != passage.article.id:
            return None
        opens = _REASON_OPENS_RE.match(other.text)
        inside = _one_paragraph(previous, other)
        if opens:
            of = _REASON_OF_RE.match(other.text, opens.end())
            if of is not None and not _of_the_act(of["what"], forms):
                return None  # "The main reason for the company's weak results …": another's
            if named.get(other.id, set()) & between:
                return None  # "… Dahl also quit. The reason, Dahl said, …": hers
            # (the subject need not be named: "The underlying complaint … concerned an
            # internal audit" after "the board … had removed Marsh")
            if other.kind != "sentence":
                return None
            if not inside and _EXPLANATION_RE.match(other.text):
                return None  # "Lund's explanation, …" opening another paragraph: of what?
            told = near.get(other.id + 1)
            if (
                _ONLY_ANNOUNCES_RE.search(other.text)
                and told is not None
                and _gives_what_was_announced(other, told)
            ):
                return told  # "The reason she gave came near the end of the essay. Safety …"
            return other
        if not inside:
            return None  # the next paragraph's opening was the last to look at
        between |= named.get(other.id, set()) - asked
        previous = other
    return None


# What a reason is said to be for: "reason for going", "the reason for the company's weak
# results"
_REASON_OF_RE = re.compile(r"\s+for\s+(?P<what>[^,.;:]{1,60})")
_POINTING_RE = re.compile(
    r"^(?:it|this|that|the (?:decision|move|change|step|split)|(?:his|her|their|its) "
    r"(?:decision|move|exit|departure|resignation|ouster|firing|removal))\b"
)


def _of_the_act(what: str, forms: tuple[str, ...]) -> bool:
    """Whether "the reason for `what`" is the asked act's: its words, a word pointing back
    at it, or going ("her reason for going")."""
    said = what.casefold().strip()
    if _POINTING_RE.match(said) or said.startswith(("going", "leaving", "quitting")):
        return True
    return any(re.search(rf"\b{re.escape(f)}", said) for f in forms if len(f) > 3)


def _yet_to_come(parsed: Frame, hit: Hit, evidence: Mapping[int, rank.Evidence]) -> bool:
    """The answer's date is after its article came out, and the question asks what has
    happened ("when did ledgerline start offering software to hotels": "will begin offering
    … starting next January" is no answer to be sure of)."""
    event = evidence[hit.passage.id].event
    return (
        event is not None
        and event.sort_key[:7] > hit.passage.article.published[:7]
        and not rank.asks_ahead(parsed)
    )


def _one_paragraph(first: Passage, then: Passage) -> bool:
    """Two sentences in a row of one paragraph: nothing but a space or a line break between
    them in the file (a blank line, two characters or more, ends a paragraph)."""
    return then.start - first.end <= 1


# A clause after the event telling what someone else did first: ", after Halloran cut its
# offer", not ", after leaving Halcyra" (what the subject did before)
_SET_OFF_RE = re.compile(
    r",\s+after\s+(?:(?:the|its|their|his|her)\s+[a-z]+|(?:[A-Z][\w&'’-]*\s+)+?)\s*"
    r"(?:[a-z]+ed|cut|quit|put|set|hit|let|shut|made|took|gave|lost|won|sold|told|said|"
    r"refused|threw|broke|ran|chose|bought|went|came|began|fell|rose|left|paid|found|held|"
    r"kept|sent|spent|wrote|led)\b"
)


def _evidence(
    conn: sqlite3.Connection,
    mentions: dict[int, dict[str, bool]],
    ids: list[int],
    support: dict[int, Passage],
) -> dict[int, rank.Evidence]:
    """Names, events, roles and supporting neighbours of the passages ranked in full."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    roles: dict[int, list[tuple[str, str]]] = {}
    for passage_id, key, text in conn.execute(
        f"SELECT passage_id, entity_key, text FROM roles WHERE passage_id IN ({marks})", ids
    ):
        roles.setdefault(passage_id, []).append((key, text))
    events = facts.events_for_passages(conn, ids)
    return {
        i: rank.Evidence(
            mentions=mentions.get(i, {}),
            event=events.get(i),
            roles=tuple(roles.get(i, ())),
            support=support.get(i),
        )
        for i in ids
    }


_TYPED_WORD_RE = re.compile(r"(?<![\w'’])[A-Za-z]{4,}(?![\w'’])")
# Contractions typed without their apostrophe ("whats", "didnt"): words, not typos
_CONTRACTED_RE = re.compile(
    r"(?:what|who|where|when|why|how|that|there|here)s"
    r"|(?:do|did|does|is|was|were|are|has|have|had|could|would|should|ca|wo|ai|need|must)nt"
    r"|(?:i|you|we|they|he|she)(?:ll|ve|re|d)"
)


def _mended(
    question: str, vocabulary: frozenset[str], entities: tuple[EntityInfo, ...] = ()
) -> str:
    """The question with its misspelled ordinary words mended before it is taken apart
    ("who is the cheif scientist", "the valuaton in the seris c"): what kind of answer it
    wants, and which words name a role or an action, are read from them. A word the
    articles or the dictionary use, one the question grammar knows, and a name or what may
    be a typo of one ("openi", "renwik") are left as typed: names are the name matcher's."""

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        key = word.casefold()
        if m.start() == 0 and (asked := _question_word(key)):
            return asked  # "wher is voltmere based": the question word first
        if (
            key in vocabulary
            or key in lexicon.QUESTION_WORDS
            or key in lexicon.VAGUE
            or lexicon.is_filler(key)
            or lexicon.group_of(key) is not None
            or abstain.is_english(key)
            or _CONTRACTED_RE.fullmatch(key)
            or frame.near_name(key, entities)
        ):
            return word
        return abstain.respell(key, vocabulary) or word

    # ("the 4b deal", "$600m": the sums as the articles write them)
    question = _SHORT_SUM_RE.sub(
        lambda m: f"${m['n']} {'billion' if m['u'].lower().startswith('b') else 'million'}",
        question,
    )
    return _TYPED_WORD_RE.sub(mend, question)


# (typed small: "the 4b deal", "$600m"; not "3M", a company, nor "llama-70b", a model's name)
_SHORT_SUM_RE = re.compile(r"(?<![\w.-])\$?(?P<n>\d+(?:\.\d+)?)(?P<u>bn|b|mn|m)(?![\w-])")
_ASKING = ("who", "what", "when", "where", "why", "which", "how", "whose")


def _question_word(word: str) -> str:
    """The question word a mistyped first word is ("wher", "whta"), or ""."""
    if word in _ASKING or len(word) < 3 or abstain.is_english(word):
        return ""
    if word[:-1] in _ASKING and word.endswith("s"):
        return ""  # "whos", "whats": "who's", "what's" without the apostrophe
    near = [w for w in _ASKING if DamerauLevenshtein.distance(word, w) == 1]
    cut = [w for w in near if w.startswith(word)]  # "wher": "where" cut short, not "when"
    return near[0] if len(near) == 1 else (cut[0] if len(cut) == 1 else "")


def _spelled(
    conn: sqlite3.Connection,
    parsed: Frame,
    vocabulary: frozenset[str],
    cache: dict[str, int] | None = None,
) -> tuple[tuple[Term, ...], dict[str, int], tuple[str, ...]]:
    """Terms with typos mended, their document frequencies, and key terms found nowhere."""
    terms: list[Term] = []
    frequencies: dict[str, int] = {}
    unknown: list[str] = []
    for term in parsed.terms[:MAX_TERMS]:
        df = candidates.document_frequency(conn, term, cache)
        # (a rare word of the dictionary the articles never use may be a typo of one they
        # do, a letter away: "bord" for "board"; not "smoothie", two from "smoothly", nor an
        # everyday one in another form: "patents")
        if (
            df == 0
            and term.entity is None
            and not abstain.is_common(term.text)
            and not abstain.is_common(lexicon.lemma(term.text))
        ):
            fixed = abstain.respell(term.text, vocabulary)
            if (
                fixed is not None
                and abstain.is_english(term.text)
                and DamerauLevenshtein.distance(term.text.casefold(), fixed) > 1
            ):
                fixed = None
            if fixed is not None:
                term = Term(text=fixed, forms=lexicon.paraphrases(fixed))
                df = candidates.document_frequency(conn, term, cache)
        if df == 0 and term.entity is None:
            if abstain.is_key_term(term, parsed):
                unknown.append(term.text)
            else:  # a word the articles never use still counts against the answer
                terms.append(Term(text=term.text, forms=()))
            continue
        terms.append(term)
        frequencies[term.key] = df
    return tuple(terms), frequencies, tuple(unknown)


_PRECISION = {"year": 0, "season": 1, "month": 2, "day": 3}
_AMOUNT_DIGITS = re.compile(r"[\d.]+")


def _stated(kind: str, scored: rank.Scored, evidence: dict[int, rank.Evidence]) -> str:
    """The answer a candidate states: its own date, or its amount."""
    if kind == "date":
        event = evidence[scored.hit.passage.id].event
        return event.label if event is not None and not event.inherited else ""
    return scored.answer


def _disagreement(
    parsed: Frame,
    ranked: list[rank.Scored],
    evidence: dict[int, rank.Evidence],
    by_key: Mapping[str, EntityInfo],
) -> tuple[tuple[str, int], ...]:
    """Two articles answering the same question differently ("$450 million" in one, "$400
    million" in the other; founded in 2019 or 2020): the best answer and the best other
    article's, when that one says as much of the question, of the same subject, acting.
    One article giving two figures for the same thing counts too."""
    kind = parsed.answer
    if kind not in ("date", "amount", "count") or not ranked:
        return ()
    top = ranked[0]
    said = _stated(kind, top, evidence)
    if not said:
        return ()
    # Another article first; failing that, one article giving two figures for one thing
    # ("invested $50-100 million" here, "had previously invested $100 million" there).
    others = sorted(
        ranked[1:], key=lambda s: s.hit.passage.article.id == top.hit.passage.article.id
    )
    for other in others:
        if other.hit.passage.article.id == top.hit.passage.article.id and kind == "date":
            continue  # one article's dates for two sentences are mostly two happenings
        # "OpenAI took $1 billion from Microsoft" tells "Microsoft invested $1 billion" the
        # other way round: the same figure in both makes up for the subject not acting.
        same_figure = kind == "date" and _same_figure(top.hit.passage.text, other.hit.passage.text)
        if not same_figure and (other.tier != top.tier or other.action != top.action):
            continue
        if (other.tier < top.tier - 1 and not same_figure) or (
            other.coverage < 0.85 * top.coverage and not same_figure
        ):  # a pronoun for the subject says a little less (and a sentence not telling the
            # act in the question's words is lower: the same figure makes up for it too)
            continue
        theirs = _stated(kind, other, evidence)
        if (
            not theirs
            or theirs == said
            or not _comparable(kind, said, theirs, top, other, evidence)
            or not _same_parties(parsed, top, other, evidence, by_key)
        ):
            continue
        return ((said, top.hit.passage.id), (theirs, other.hit.passage.id))
    return ()


# A figure told as what a source says or shows: "tax filings … show roughly $44 million"
_SOURCED_RE = re.compile(
    r"\b(?:says?|said|shows?|showed|shown|according to|estimates?|estimated|put the figure|"
    r"puts the figure|records?|filings?|documents?)\b",
    re.IGNORECASE,
)


_ANOTHER_SUM_RE = re.compile(
    r"\b(?:further|another|additional|again|second|third|more|of (?:that|it|this)|spent|"
    r"spend|lost|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DISPUTED_RE = re.compile(
    r"\b(?:disputed?|disputes|contested|differ|differs|disagree\w*|at odds|contradict\w*|"
    r"conflicting|the gap|the larger number|the smaller number)\b",
    re.IGNORECASE,
)


def _figure_beside(
    conn: sqlite3.Connection, parsed: Frame, top: rank.Scored
) -> tuple[str, Passage] | None:
    """Another sum for the answer's own, told by a source in the sentence next to it, of
    the same subject ("His lawyers say he contributed "about $100 million" … Isobar's tax
    filings … show roughly $44 million from him"): an article giving two figures for one
    thing, side by side, though the other sentence names neither the act nor the person."""
    said = top.answer
    passage = top.hit.passage
    unit = next((u for u in ("billion", "million", "thousand") if u in said), "")
    if not said.startswith("$") or not unit or parsed.subject is None:
        return None
    near = facts.passages(conn, [passage.id - 1, passage.id + 1])
    names = _mentions(conn, list(near))
    for other in (near.get(passage.id + 1), near.get(passage.id - 1)):
        if other is None or other.article.id != passage.article.id or other.kind != "sentence":
            continue
        first, then = (passage, other) if other.id > passage.id else (other, passage)
        if not _one_paragraph(first, then) or parsed.subject.key not in names.get(other.id, {}):
            continue
        if not _SOURCED_RE.search(other.text) or _ANOTHER_SUM_RE.search(other.text):
            continue  # (not "filings show it raised a further $80 million in 2023")
        before = near.get(passage.id - 1) if other.id > passage.id else None
        told = " ".join(p.text for p in (before, passage, other) if p is not None)
        if not _DISPUTED_RE.search(told):
            continue  # two sums side by side are two sums, unless the article disputes one
        figures = [
            f
            for f in sorted(differ.sums(other.text), key=other.text.find)
            if unit in f and _AMOUNT_DIGITS.findall(f) != _AMOUNT_DIGITS.findall(said)
        ]
        if figures:
            return figures[0], other
    return None


def _comparable(
    kind: str,
    mine: str,
    theirs: str,
    top: rank.Scored,
    other: rank.Scored,
    evidence: dict[int, rank.Evidence],
) -> bool:
    """The two answers could be the same fact told differently: dates a year or so apart
    and neither within the other; amounts of the same scale, in events close in time."""
    if kind == "date":
        a, b = evidence[top.hit.passage.id].event, evidence[other.hit.passage.id].event
        if a is None or b is None:
            return False
        inside = a.sort_key.startswith(b.sort_key[:4]) and (
            a.precision == "year" or b.precision == "year"
        )
        return abs(a.year - b.year) <= 1 and not inside
    if kind == "count" and not _same_counted(mine, theirs):
        return False  # "1700 employees" and "20 hours a day" count different things
    digits_a, digits_b = _AMOUNT_DIGITS.findall(mine), _AMOUNT_DIGITS.findall(theirs)
    if not digits_a or not digits_b:
        return False
    units = ("billion", "million", "thousand")
    unit_a = next((u for u in units if u in mine), "")
    unit_b = next((u for u in units if u in theirs), "")
    if unit_a != unit_b:
        return False
    a, b = evidence[top.hit.passage.id].event, evidence[other.hit.passage.id].event
    return a is None or b is None or abs(a.year - b.year) <= 1


def _same_figure(a: str, b: str) -> bool:
    """Both sentences give the same sum of money ("$1 billion")."""
    return bool(differ.sums(a) & differ.sums(b))


def _same_counted(mine: str, theirs: str) -> bool:
    """Two counts of one thing: what each counts shares a word (stems: "member",
    "members"), or neither says."""

    def nouns(said: str) -> set[str]:
        return {w.casefold().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", said)}

    a, b = nouns(mine), nouns(theirs)
    return (not a and not b) or bool(a & b)


def _same_parties(
    parsed: Frame,
    top: rank.Scored,
    other: rank.Scored,
    evidence: dict[int, rank.Evidence],
    by_key: Mapping[str, EntityInfo],
) -> bool:
    """Both could be about the same happening: when each names an organisation the question
    does not, they name one in common ("$5 million in DeepMind" is no other account of "$100
    million in OpenAI")."""
    asked = {e.key for e in parsed.entities}

    def orgs(scored: rank.Scored) -> set[str]:
        named = evidence[scored.hit.passage.id].mentions
        return {
            k
            for k, explicit in named.items()
            if explicit and k not in asked and k in by_key and by_key[k].kind == "org"
        }

    mine, theirs = orgs(top), orgs(other)
    return not mine or not theirs or bool(mine & theirs)


NEAR_TOLD = 0.9  # of the first's coverage: a day from context tells the same event


def _most_precise_first(
    ranked: list[rank.Scored], evidence: dict[int, rank.Evidence]
) -> list[rank.Scored]:
    """The same event told twice ("who left Lumaris in 2021"; "resigned … the following
    week" after March 3, 2021): the sentence that dates it more precisely, within the first's
    date and as much about the subject, comes first."""
    if not ranked:
        return ranked
    top = ranked[0]
    first = evidence[top.hit.passage.id].event
    if first is None or first.inherited:
        return ranked
    for other in ranked[1:]:
        event = evidence[other.hit.passage.id].event
        if (
            event is not None
            # (a day its paragraph gives, inside the month the first tells: "In March, the
            # board voted 4-2 to remove Okafor" and "The board met on March 12. … The board
            # voted 4-2 to remove her")
            and (
                not event.inherited
                or (
                    first.precision == "month"
                    and event.precision == "day"
                    and other.coverage >= NEAR_TOLD * top.coverage
                )
            )
            and other.tier == top.tier
            and other.action
            and _PRECISION.get(event.precision, 0) > _PRECISION.get(first.precision, 0)
            and event.sort_key.startswith(first.sort_key.split("-")[0])
            and (first.precision != "month" or event.sort_key.startswith(first.sort_key[:7]))
        ):
            return [other, *(s for s in ranked if s is not other)]
    return ranked


# asked of what came later, with no date: "after he quit", "after leaving", "afterwards"
_AFTERWARDS_RE = re.compile(
    r"\b(?:after(?:wards?)?(?=\s*$|\s+(?:that|this|he|she|they|leaving|quitting|being|"
    r"getting|his|her|their)\b)|later on|next)\b",
    re.IGNORECASE,
)
_LATEST_RE = re.compile(r"\b(?:latest|most recent|newest|last)\b", re.IGNORECASE)
_FIRST_RE = re.compile(
    r"\b(?:first|earliest|initially|originally|to begin with)\b(?!\s+(?:\w+\s+)?"
    r"(?:model|product|round|hire|employee|investor|time|ceo|board))",
    re.IGNORECASE,
)
_NOW_RE = re.compile(r"\b(?:is|are|now|currently|today|these days|at the moment|current)\b")
# asked of the start, not of a first time: "who funded it at the beginning", "… when it started"
_AT_START_RE = re.compile(
    r"\b(?:at the (?:start|beginning|outset)|in the beginning|at first|from the start|"
    r"early on|to begin with|originally|initially|"
    r"when (?:it|they) (?:started|began|launched|was founded|was set up))\b",
    re.IGNORECASE,
)


def _latest_first(
    ranked: list[rank.Scored],
    evidence: dict[int, rank.Evidence],
    *,
    earliest: bool = False,
    near: float = 0.9,
) -> list[rank.Scored]:
    """ "how much is halcyra worth": of the figures that answer as well as the best one (with
    `near` of its coverage), the most recent (a valuation of 2025 over one of 2023); with
    `earliest`, the first ("when did microsoft first invest": 2019, not the 2023 round)."""
    if not ranked:
        return ranked
    top = ranked[0]
    peers = [
        s
        for s in ranked
        if s.tier >= top.tier - 1  # "the company" may stand for the name
        and s.typed >= 0.9
        and s.coverage >= near * top.coverage
        and evidence[s.hit.passage.id].event is not None
    ]
    if not peers:
        return ranked

    def when(s: rank.Scored) -> str:
        event = evidence[s.hit.passage.id].event
        return event.sort_key if event is not None else ""

    if earliest:  # the first time is the subject's own act, told as such
        first = min(
            (s for s in peers if s.tier >= top.tier and s.action and s.typed >= 1.0),
            key=when,
            default=top,
        )
        if top not in peers or when(first) < when(top):
            return [first, *(s for s in ranked if s is not first)]
        return ranked
    latest = max(peers, key=when)
    if top not in peers or when(latest) > when(top):
        return [latest, *(s for s in ranked if s is not latest)]
    return ranked


# "who was the judge …", "who's the lawyer …": the person asked for by what they are
_WHO_THE_RE = re.compile(
    r"^who(?:'s|’s| is| was| were| are)? (?:the|their|its|his|her) (?P<noun>[a-z-]+)\b"
)


def _weighed_subject(parsed: Frame) -> str:
    """Whom the question is about, for weighing its words: its subject, or the one name a
    place question asks of ("where is faultline based": an article about Faultline names it
    everywhere, yet it is what the answer's sentence must name)."""
    if parsed.subject is not None:
        return parsed.subject.key
    if parsed.answer == "place" and len(parsed.entities) == 1:
        return parsed.entities[0].key
    return ""


def _asked_noun_absent(parsed: Frame, absent: tuple[str, ...]) -> bool:
    """The person is asked for by a word for what they are that the articles never use."""
    asked = _WHO_THE_RE.match(parsed.english.casefold())
    return asked is not None and asked["noun"] in {a.casefold() for a in absent}


def _first_told(ranked: list[rank.Scored], near: float = 0.8) -> list[rank.Scored]:
    """ "who put up the cash at the beginning": of the sentences of the best one's article
    that answer about as well (`near` of its coverage) and tell of a start ("The money came
    from …", "its first backer", "seed money"), the one told first; the best one when none
    does. The start's backer is often told undated, where a later mention of them is dated
    ("In May 2024, Vandenholt sued …"), and an opening paragraph may name a later investor
    before the story begins."""
    if not ranked:
        return ranked
    top = ranked[0]
    answering = [
        s
        for s in ranked
        if s.hit.passage.article.id == top.hit.passage.article.id
        and s.tier >= top.tier
        and s.coverage >= near * top.coverage
        # (one telling the act asked of, with someone who did it)
        and (s is top or (s.action and s.typed >= max(1.0, top.typed)))
    ]
    # (none telling of a start: the one told first of those telling the act, as a story
    # tells its beginning first: "Haverlund … pledged $250 million" before "In June the lab
    # restructured … Ostrander Ventures … put in $60 million")
    started = [s for s in answering if _START_TOLD_RE.search(s.hit.passage.text)] or answering
    if not started:
        return ranked
    first = min(started, key=lambda s: s.hit.passage.id)
    return [first, *(s for s in ranked if s is not first)]


# What tells a start: "The money came from …", "put up the first $5 million", "seed money"
_START_TOLD_RE = re.compile(
    r"\b(?:money came from|at the (?:start|beginning|outset)|from the (?:start|beginning)|"
    r"in the beginning|early|initial(?:ly)?|seed|founding|start-?up (?:money|capital)|"
    # ("its first backer", not "the company's first large firm contracts")
    r"first (?:[\w-]+ )?(?:backers?|investors?|investment|money|funding|funds|round|cheque|"
    r"check|grant|gift|donors?|donation|pledge|capital|financing)|"
    r"to get (?:it|the \w+) (?:started|going))\b",
    re.IGNORECASE,
)


NEAR_DUPLICATE = 80  # rapidfuzz token-sort ratio above which two sentences say the same


def _distinct(ranked: list[rank.Scored], limit: int) -> list[rank.Scored]:
    """The best `limit`, leaving out a sentence that repeats one already kept (articles
    translated from one source say the same thing twice in nearly the same words)."""
    kept: list[rank.Scored] = []
    for scored in ranked:
        text = scored.hit.passage.text
        if any(
            fuzz.token_set_ratio(text, k.hit.passage.text, score_cutoff=NEAR_DUPLICATE)
            for k in kept
        ):
            continue
        kept.append(scored)
        if len(kept) == limit:
            break
    return kept


def _joined(question: str, words: list[str]) -> tuple[str, ...]:
    """Absent words next to each other in the question, as one ("general counsel")."""
    out: list[str] = []
    for word in words:
        if out and re.search(rf"\b{re.escape(out[-1])}\s+{re.escape(word)}\b", question, re.I):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return tuple(out)


def _asks_role(parsed: Frame) -> bool:
    """ "who is the ceo of X", "who runs X": a person asked for by a role alone."""
    asked = roles.role_terms(parsed, held=True)
    return parsed.answer == "person" and (
        (
            bool(asked)
            and (
                parsed.action is None
                or parsed.action.key in {t.key for t in asked}
                # ("who became permanent ceo": the post, not an act)
                or _PERMANENT_RE.fullmatch(parsed.action.text) is not None
                or roles.holds_a_post(parsed.action)  # "who was running leafline as ceo"
            )
        )
        or bool(parts.asked_part(parsed))  # "who took over research"
    )


_PERMANENT_RE = re.compile(r"\b(?:permanent(?:ly)?|full[- ]time)\b", re.IGNORECASE)


def _asks_interim(parsed: Frame) -> bool:
    """Whether a role question asks for a stand-in ("who was interim head of research")."""
    return bool(role_families.INTERIM.search(parsed.english))


# A role naming its organisation: "chief executive of Skyward Freight", "… (Skyward Freight)"
_OF_ANOTHER_RE = re.compile(r"\b(?:of|at)\s+[A-Z]|\(")


def _latest_said(
    conn: sqlite3.Connection, shown: list[roles.Holder], titles: tuple[str, ...]
) -> list[roles.Holder]:
    """The first holder by the latest dated sentence of their article giving them one of
    `titles` as held now (not a former, interim or left one, nor another organisation's),
    where it is later than the one they are shown by (what a reader sees first)."""
    if not titles or not shown:
        return shown
    first = shown[0]
    rows = [
        (text, pid)
        for text, pid in roles.told_nearby(conn, first.entity.key, first.passage_id)
        if pid != first.passage_id
        and role_families.may_count(text, titles, past=False)
        and not _OF_ANOTHER_RE.search(
            text[len(first.role) :] if text.startswith(first.role) else text
        )
    ]
    if not rows:
        return shown
    told = roles.passage_dates(conn, [pid for _t, pid in rows] + [first.passage_id])
    latest = max((told.get(pid, ""), text, pid) for text, pid in rows)
    if latest[0] > told.get(first.passage_id, "~"):
        first = dataclasses.replace(first, role=latest[1], passage_id=latest[2])
    return [first, *shown[1:]]


def _saying_first(
    conn: sqlite3.Connection, shown: list[roles.Holder], titles: tuple[str, ...]
) -> list[roles.Holder]:
    """Each holder by the role of their article calling them the first holder of one of
    `titles`, where they have one."""
    out = []
    for h in shown:
        if not _calls_first(h.role):
            first = next(
                (
                    (text, pid)
                    for text, pid in roles.told_nearby(conn, h.entity.key, h.passage_id)
                    if _calls_first(text) and role_families.says(text, titles)
                ),
                None,
            )
            if first is not None:
                h = dataclasses.replace(h, role=first[0], passage_id=first[1])
        out.append(h)
    return out


def _role_answer(
    conn: sqlite3.Connection,
    parsed: Frame,
    by_key: Mapping[str, EntityInfo],
    empty: Answer,
    limit: int,
) -> Answer | None:
    """ "who is the ceo of openai", "who runs deepmind": the people the articles give that
    role, from the extracted roles; None when the question asks more than a role."""
    if not _asks_role(parsed):
        return None
    part = parts.asked_part(parsed)
    if part:
        # "who is the head of research": the head of that part, not the company's
        now = not roles.asks_past(parsed)
        interim = _asks_interim(parsed)
        # (one the question names is not who it asks for: "the head brewer before ortiz")
        named = {e.key for e in parsed.entities if e.kind == "person"}

        def unnamed(found: list[roles.Holder]) -> list[roles.Holder]:
            return [h for h in found if h.entity.key not in named]

        heads = unnamed(parts.holders(conn, by_key, part, now=now, interim=interim))
        # (none holding it now: those who did, offered as no more than the closest found)
        held_once = (
            [] if heads or not now else unnamed(parts.holders(conn, by_key, part, now=False))
        )
        if heads or held_once:
            shown = heads or held_once
            sure = (
                bool(heads)
                and not _SUCCESSION_RE.search(parsed.english)
                and not (now and role_families.PAST.search(shown[0].role))
            )
            year = _IN_YEAR_RE.search(parsed.english)
            if year is not None:
                shown, sure = _held_in(conn, shown, year[1])
            shown = shown[:limit]
            by_id = facts.passages(conn, [h.passage_id for h in shown])
            return _holders_reply(conn, empty, shown, by_id, sure=sure)
        return None  # (no head of research is the company's head: not the head family's)
    asked = roles.role_terms(parsed, held=True)
    extra = roles.extras(parsed, asked)
    # "who became permanent ceo": not a word the holder's sentence must say ("appointed
    # Rafael Mendes … as chief executive"), but no stand-in
    permanent = any(_PERMANENT_RE.fullmatch(t.text) for t in extra)
    extra = tuple(t for t in extra if not _PERMANENT_RE.fullmatch(t.text))
    first = _FIRST_HOLDER_RE.search(parsed.english) is not None
    year = _POST_IN_YEAR_RE.search(parsed.english)
    if year is not None and (first or _AT_TIME_RE.search(parsed.english) is not None):
        year = None
    if year is not None:  # (when, which the holders' dates say: below)
        extra = tuple(t for t in extra if t.text != year[1])
    now = not first and not roles.asks_past(parsed)
    top = max(limit, FIRST_AMONG) if first else limit
    while True:  # the best `limit` holders in distinct passages: more when some share one
        found = roles.holders(conn, parsed, by_key, roles=asked, extra=extra, top=top)
        if permanent:
            found = [h for h in found if not role_families.INTERIM.search(h.role)] or found
        shown = _one_a_passage(found)[: None if first or now else limit]
        # holding it now, those tied with the last taken may come first (below): all of them
        tied = now and len(found) == top and _tied(found[0], found[-1])
        if first or (len(shown) >= limit and not tied) or len(found) < top or top >= TIES_AMONG:
            break
        top *= 4
    stand_in = False
    if not found and now and any(e.kind == "org" for e in parsed.entities):
        # no one holds it now but a stand-in ("Helen Barrow … was named interim chief
        # executive" after the board removed Okafor): the stand-in may run it, offered as
        # no more than the closest found (the one removed may be back: "Quintero was back
        # in his office"); asked of a company (of every company, the past roles of a large
        # index are many to weigh)
        found = roles.holders(
            conn, parsed, by_key, roles=asked, extra=extra, top=top, stand_ins=True
        )
        shown = _one_a_passage(found)
        stand_in = True
    if not found:
        return None
    by_id = facts.passages(conn, [h.passage_id for h in shown])
    plain = not stand_in
    if now and len(shown) > 1:
        # holders tied on what their roles give and on the articles' dates: the one whose
        # role's sentence is the later now holds it ("named Achterberg … as permanent chief
        # executive" in 2025 after "Valdane became chief executive" in 2018, one article)
        # (a sentence with no date of its own tells what held when its article came out)
        told = roles.passage_dates(conn, [h.passage_id for h in shown])
        shown = sorted(shown, key=functools.cmp_to_key(_in_time(told, by_id, latest=True)))[:limit]
    if now:
        # each by the latest sentence giving them the title now ("Varga-Holm, the chief
        # executive, …" in 2023, not "replaced Achterberg as chief executive" in 2019)
        shown = _latest_said(conn, shown, roles.titles(asked))
        by_id = facts.passages(conn, [h.passage_id for h in shown])
    if first:
        # "who was the first ceo": the best supported holders in the order they held it
        # (the date their role's sentence tells, else its article's), each by a sentence
        # calling them the first where one does ("with Okonkwo-Reyes as its first chief
        # executive", not the interview calling her "co-founder and chief executive")
        shown = _saying_first(conn, shown, roles.titles(asked))
        by_id = facts.passages(conn, [h.passage_id for h in shown])
        told = roles.passage_dates(conn, [h.passage_id for h in shown])
        # (a holder whose taking it no sentence dates held it before they left it: "recruited
        # Ezra Kallenbach-Oduya … as chief executive" and, later, "voted … to remove
        # Kallenbach-Oduya" last November)
        told = {**_left_by(conn, [h for h in shown if not told.get(h.passage_id)], asked), **told}
        since = {h.passage_id: told.get(h.passage_id, "") for h in shown}
        when = {p: d or by_id[p].article.published for p, d in since.items()}
        # one the article calls the first comes first; then the earliest
        shown = sorted(shown, key=functools.cmp_to_key(_in_time(told, by_id, latest=False)))[:limit]
        # sure when its role says so, or it is dated by its own sentence before the next one
        plain = _calls_first(shown[0].role) or (
            bool(since[shown[0].passage_id])
            and (len(shown) < 2 or when[shown[0].passage_id] < when[shown[1].passage_id])
        )
    if year is not None:
        # "who was casewell's cto in 2019": the one who had it by then, the latest to take
        # it (a sentence's own date, else its article's), before one who took it later;
        # never one who had left it before the year began
        by = f"{year[1]}-12-31"
        gone = _left_by(conn, shown, asked)
        shown = [h for h in shown if gone.get(h.passage_id, "9") >= f"{year[1]}-01-01"] or shown
        told = roles.passage_dates(conn, [h.passage_id for h in shown])
        taken = {h.passage_id: told.get(h.passage_id, "") for h in shown}
        shown = sorted(
            shown,
            key=lambda h: (not (taken[h.passage_id] or "9") <= by, _reversed(taken[h.passage_id])),
        )
        plain = bool(taken[shown[0].passage_id]) and taken[shown[0].passage_id] <= by
    orgs = [e for e in parsed.entities if e.kind == "org"]
    # who held it before or after someone ("the ceo before altman", "before the current
    # one", "altman's successor"): an order of holders the roles do not tell, so a guess
    sure = (shown[0].named_org or not orgs) and not _SUCCESSION_RE.search(parsed.english) and plain
    return _holders_reply(conn, empty, shown, by_id, sure=sure)


_IN_YEAR_RE = re.compile(r"\bin ((?:19|20)\d\d)\b")
# A sentence giving someone a post as they take it: "named Rafael Ortiz … as its new head
# brewer on December 9"
_TAKES_POST_RE = re.compile(
    r"\b(?:named|appointed|promoted|hired|became|took over|takes over|elevated|tapped)\b"
)


def _held_in(
    conn: sqlite3.Connection, holders: list[roles.Holder], year: str
) -> tuple[list[roles.Holder], bool]:
    """ "who was the head brewer in 2020": first the holders told holding it by the end of
    that year; last, one whose sentence has them take it after the year (they did not hold
    it then). Sure only when the first is told holding it by then."""
    told = roles.passage_dates(conn, [h.passage_id for h in holders])
    texts = facts.passages(conn, [h.passage_id for h in holders])
    by = f"{year}-12-31"

    def later(h: roles.Holder) -> bool:
        return (
            told.get(h.passage_id, "") > by
            and _TAKES_POST_RE.search(texts[h.passage_id].text) is not None
        )

    ordered = sorted(holders, key=lambda h: (later(h), not told.get(h.passage_id, "9") <= by))
    first = told.get(ordered[0].passage_id, "")
    return ordered, bool(first) and first <= by


def _left_by(
    conn: sqlite3.Connection, holders: list[roles.Holder], asked: tuple[Term, ...]
) -> dict[int, str]:
    """Each holder's passage with the earliest date a sentence tells them leaving the asked
    post (removed, resigned …), where one does."""
    titles = roles.titles(asked)
    out: dict[int, str] = {}
    for h in holders:
        left = [
            int(pid)
            for text, pid in conn.execute(
                "SELECT text, passage_id FROM roles WHERE entity_key = ?", (h.entity.key,)
            )
            if role_families.REMOVED.match(str(text)) and role_families.says(str(text), titles)
        ]
        dates = sorted(roles.passage_dates(conn, left).values()) if left else []
        if dates:
            out[h.passage_id] = dates[0]
    return out


# A post asked of in a year, the year right after it ("who was casewell's cto in 2019",
# "the ceo of x in 2024"), not another act's ("the ceo who resigned in 2024")
_POST_IN_YEAR_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(lexicon.ROLE_WORDS, key=len, reverse=True))})"
    r"(?:\s+(?:of|at)\s+[\w&'’. -]{1,40}?)?\s+in\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _reversed(day: str) -> tuple[int, ...]:
    """A sort key putting later dates first ("" last)."""
    return tuple(-ord(c) for c in day) if day else (1,)


def _holders_reply(
    conn: sqlite3.Connection,
    empty: Answer,
    shown: list[roles.Holder],
    by_id: Mapping[int, Passage],
    *,
    sure: bool,
) -> Answer:
    """The holders as an answer: each one's passage with their name and role marked."""
    events = facts.events_for_passages(conn, list(by_id))
    hits = []
    for holder in shown:
        passage = by_id[holder.passage_id]
        spans = [
            (start, end) for start, end, _entity in frame.alias_spans(passage.text, [holder.entity])
        ]
        at = passage.text.find(holder.role)
        if at >= 0:
            spans.append((at, at + len(holder.role)))
        hits.append(Hit(passage=passage, snippet=rank.highlight(passage.text, spans), score=0.0))
    return dataclasses.replace(
        empty,
        hits=tuple(hits),
        events={h.passage_id: events[h.passage_id] for h in shown if h.passage_id in events},
        confident=sure,
        confidence=1.0 if sure else 0.5,
        answers={h.passage_id: h.entity.name for h in shown},
    )


# The time a role question asks of, told as a happening: "who was chair of the board when
# oduya-fontaine got fired", "who was interim ceo after they fired the ceo"
_AT_TIME_RE = re.compile(
    r"\s+(?P<how>when|after|before|while|during)\s+(?P<what>(?:\S+\s+){1,12}\S+)\s*$",
    re.IGNORECASE,
)
_NEAR_DAYS = 60  # a holder's role told this near the happening held it then, surely
_AROUND_DAYS = 14  # told this soon after it, a role left was still held at the time
_HELD_BEFORE_RE = re.compile(r"(?:formerly|then|resigned|stepped down|removed|left|quit)\b")
_FAR = 10**6
_STATE_RE = re.compile(r"\b(?:was|were|is|are|got|had|did)\b", re.IGNORECASE)
_LEFT_AFTER_RE = re.compile(r",\s+(?:resigned|stepped down|quit|left)\b")


def _time_stripped(
    parsed: Frame, entities: tuple[EntityInfo, ...], vocabulary: frozenset[str]
) -> Frame | None:
    """The role a question asks of at the time of a happening ("who was chair of the board"
    of "… when oduya-fontaine got fired"), or None when it is no such question."""
    at_time = _AT_TIME_RE.search(parsed.english)
    if at_time is None or parsed.answer != "person":
        return None
    stripped = frame.parse(parsed.english[: at_time.start()], entities, vocabulary)
    return stripped if _asks_role(stripped) else None


def _role_at_time(
    conn: sqlite3.Connection,
    parsed: Frame,
    entities: tuple[EntityInfo, ...],
    by_key: Mapping[str, EntityInfo],
    empty: Answer,
    limit: int,
    vocabulary: frozenset[str],
    total: int,
) -> Answer | None:
    """A role held at the time of a happening the question tells: the holders (former ones
    too) whose role the articles tell nearest that happening's date (after it, for "after";
    before it, for "before"); None when the question is no such one, or the happening has
    no date."""
    stripped = _time_stripped(parsed, entities, vocabulary)
    at_time = _AT_TIME_RE.search(parsed.english)
    if stripped is None or at_time is None:
        return None
    asked = roles.role_terms(stripped, held=True)
    part = parts.asked_part(stripped)
    found = (
        parts.holders(conn, by_key, part, now=False, interim=_asks_interim(stripped))
        if part
        else []
    ) or _one_a_passage(
        roles.holders(
            conn,
            stripped,
            by_key,
            roles=asked,
            extra=roles.extras(stripped, asked),
            former=True,
            top=FIRST_AMONG,
        )
    )
    how = at_time["how"].casefold()
    if how == "after":
        # (not one told leaving it: "who ran research after raghunathan left")
        found = [h for h in found if not role_families.REMOVED.match(h.role)] or found
    if _asks_interim(stripped):
        found = [h for h in found if role_families.INTERIM.search(h.role)] or found
    elif _PERMANENT_RE.search(stripped.english):
        # "who became the permanent ceo after marit was fired": not the stand-in named that
        # evening
        found = [h for h in found if not role_families.INTERIM.search(h.role)] or found
    if not found:
        return None
    happened = answer(
        conn,
        f"when {at_time['what']}",
        entities,
        vocabulary=vocabulary,
        total=total,
        events_only=True,
    )
    dated = happened.events.get(happened.hits[0].passage.id) if happened.hits else None
    if not happened.confident or dated is None:
        # the happening not found or undated: the role's holders, no surer than a guess
        held = _role_answer(conn, stripped, by_key, empty, limit)
        if held is None:
            return None
        # (the words of the happening are no words the holder's sentence lacks)
        return dataclasses.replace(
            held, confident=False, confidence=min(held.confidence, 0.5), absent=()
        )
    day = datetime.date.fromisoformat(dated.sort_key[:10])
    # a stand-in for the post the happening removed its subject from ("who was interim ceo
    # when okonkwo-reyes got fired": her post), not for another's
    removed = happened.frame.subject if happened.frame is not None else None
    if how == "after" and removed is not None:
        # (not the one whose leaving it is: "who became cto after ortúzar-beck left")
        found = [h for h in found if h.entity.key != removed.key]
        if not found:
            return None
    stood_in = removed is not None and any(
        role_families.REMOVED.match(text)
        and role_families.says(text, roles.titles(asked) or ("~",))
        for text, pid in roles.told_nearby(conn, removed.key, happened.hits[0].passage.id)
        if pid == happened.hits[0].passage.id
    )
    if not part:
        # each holder's other sentences giving them the title too: the one told nearest the
        # happening says best whether they held it then ("with Aldridge still in the chair"
        # on the day, not "succeeded him as chair" five years before)
        titles = roles.titles(asked)
        found = found + [
            dataclasses.replace(h, role=text, passage_id=pid)
            for h in found
            for text, pid in roles.told_nearby(conn, h.entity.key, h.passage_id)
            if pid != h.passage_id and role_families.says(text, titles)
        ]
    told = roles.passage_dates(conn, [h.passage_id for h in found])
    texts = {i: p.text for i, p in facts.passages(conn, [h.passage_id for h in found]).items()}

    def left_then(holder: roles.Holder) -> bool:
        # a post its sentence has them leave ("Alasdair Whitcombe, the board chair who had
        # led the move against her, resigned two days later"), or one told as left
        return bool(
            _HELD_BEFORE_RE.match(holder.role)
            or _LEFT_AFTER_RE.search(texts.get(holder.passage_id, ""))
        )

    def distance(holder: roles.Holder) -> int:
        said = told.get(holder.passage_id, "")
        if not said:
            return _FAR
        days = (datetime.date.fromisoformat(said[:10]) - day).days
        # (held at the time: told before it, or in the days around it, as "resigned the same
        # day"; a post told long after was taken after)
        # (a post told as left soon after, "resigned the same day", was held at the time; one
        # taken after, "was named interim chief executive", was not)
        wrong_side = (
            (how == "after" and days < 0)
            or (how == "before" and days > 0)
            or (
                how not in ("after", "before")
                and days > 0
                and (days > _AROUND_DAYS or not left_then(holder))
                # (a stand-in named in the days after is the one the happening made:
                # "who was interim ceo when okonkwo-reyes got fired")
                and not (
                    days <= _AROUND_DAYS and role_families.INTERIM.search(holder.role) and stood_in
                )
            )
        )
        return abs(days) + (_FAR // 2 if wrong_side else 0)

    nearest = {h.entity.key: h for h in sorted(found, key=distance, reverse=True)}
    # (one holder a passage: "Lund … left the board, and Kroon … became chair" is Lund's
    # when she is the nearer, and the answer is read by passage)
    ranked = sorted(nearest.values(), key=distance)
    shown = list({h.passage_id: h for h in reversed(ranked)}.values())[::-1][:limit]
    by_id = facts.passages(conn, [h.passage_id for h in shown])
    # (sure only of a happening told as an act: not "before the current one", a person)
    acted = (happened.frame is not None and happened.frame.action is not None) or bool(
        _STATE_RE.search(at_time["what"])  # "while priya was out"
    )
    return _holders_reply(
        conn, empty, shown, by_id, sure=acted and distance(shown[0]) <= _NEAR_DAYS
    )


# A sentence telling someone given a title (not describing them by it)
_TELLS_CHANGE_RE = re.compile(
    r"\b(?:became|become|becomes|took|takes|named|appointed|promoted|elevated|elected|hired|"
    r"tapped|installed|succeeded|replaced|took over|stepped in|made)\b"
)


_RUNS = frozenset("run runs ran running lead leads led head heads headed boss".split())


def _untold_holder(parsed: Frame) -> tuple[str, ...]:
    """What the articles do not tell when no role of theirs answers "who is the cto of
    okapi": the title at that organisation ("cto of Okapi Growth Equity"), as a reply names
    what it could not find; nothing when no organisation is asked."""
    orgs = [e for e in parsed.entities if e.kind == "org"]
    asked = roles.role_terms(parsed, held=True)
    if len(orgs) != 1 or not asked:
        return ()
    said = asked[0].text.casefold()
    title = "head" if said in _RUNS else said
    return (f"{title} of {orgs[0].name}",)


def _held_elsewhere(parsed: Frame, text: str) -> bool:
    """Whether a sentence answering a title no one holds at the asked organisation says
    whose title it is, another organisation's ("the chief executive of Sablewick")."""
    asked = [e for e in parsed.entities if e.kind == "org"]
    if len(asked) != 1:
        return False
    names = {a.casefold() for a in (asked[0].name, *asked[0].aliases)}
    return any(
        not any(
            (whose := (m["org"] or m["owner"]).casefold()).startswith(n) or n.startswith(whose)
            for n in names
        )
        for m in _TITLE_OF_RE.finditer(text)
    )


# A title and whose it is: "the chief executive of Sablewick", "CTO at Lanternfly"
_TITLE_OF_RE = re.compile(
    rf"\b(?i:{ENTITY_ROLE_WORDS})\s+(?:of|at)\s+(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
    # ("Lucia Varga-Hensley, Glimmerbox's chief executive, …")
    rf"|(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s+(?:chief\s+|vice\s+)?"
    rf"(?i:{ENTITY_ROLE_WORDS})\b"
)


_OPENING = 4  # an article's first passages: an undated change there is its news


def _in_time(
    told: Mapping[int, str], by_id: Mapping[int, Passage], *, latest: bool
) -> Callable[[roles.Holder, roles.Holder], int]:
    """The order of holders: with `latest`, of those tied on support and on their articles'
    dates, the one holding it now first; else the one the article calls the first, then
    the earliest. In time, by the dates their roles' sentences tell, a sentence with none
    telling what held when its article came out ("Corvane has promoted Priya Halvorsen to
    chief executive. Halvorsen succeeds Tomas Reyka, the chief executive since 2019": a news
    story tells its newest change first, undated); two changes in one article that neither
    dates, by the text's order ("Farrow took the title of CTO. … the board promoted Imogen
    Trask to CTO")."""

    def when(h: roles.Holder) -> int | None:
        passage = by_id[h.passage_id]
        if told.get(h.passage_id):
            return roles.date_key(told[h.passage_id])
        if _TELLS_CHANGE_RE.search(passage.text):
            return None
        return roles.date_key(passage.article.published)

    def rank(h: roles.Holder) -> tuple[float, ...]:
        if latest:
            return (-h.support, -roles.date_key(h.latest))
        return (0.0 if _calls_first(h.role) else 1.0,)

    def compare(a: roles.Holder, b: roles.Holder) -> int:
        if rank(a) != rank(b):
            return -1 if rank(a) < rank(b) else 1
        pa, pb = by_id[a.passage_id], by_id[b.passage_id]
        at_a, at_b = when(a), when(b)
        # (one undated change past the article's opening is told in the story's order too:
        # "…, who had joined the board a year earlier, succeeded him as chair" before "The
        # new chair of both boards is …", dated; an undated one opening it is its news)
        undated = [p for p, at in ((pa, at_a), (pb, at_b)) if at is None]
        if (
            pa.article.id == pb.article.id
            and undated
            and (len(undated) == 2 or undated[0].seq >= _OPENING)
        ):
            gap = pa.id - pb.id  # the text's order
            return -gap if latest else gap
        at_a = at_a if at_a is not None else roles.date_key(pa.article.published)
        at_b = at_b if at_b is not None else roles.date_key(pb.article.published)
        gap = at_a - at_b
        if gap == 0 and not latest:
            return pa.id - pb.id
        same = pa.article.id == pb.article.id
        if gap == 0 and same and told.get(a.passage_id) and told.get(b.passage_id):
            # both dated alike by one article: the later told is the later change ("Last
            # March, chief financial officer Haverkamp left … He was replaced by Obuya")
            return pb.id - pa.id
        return -gap if latest else gap

    return compare


def _workplace_answer(
    conn: sqlite3.Connection, parsed: Frame, entities: tuple[EntityInfo, ...], empty: Answer
) -> Answer | None:
    """ "where does renwick work now", "what's odunsi's job": the company (or the role) of
    the person's latest role, from the extracted roles; None when they have none of the kind
    (the general path then)."""
    place = workplace.workplace(conn, parsed, entities)
    if place is None:
        return None
    passage = facts.passages(conn, [place.passage_id])[place.passage_id]
    # marked: the company answered, else the job's words, else the person
    org = [place.org] if place.org is not None and place.answer == place.org.name else []
    spans = [(s, e) for s, e, _x in frame.alias_spans(passage.text, org)]
    at = passage.text.find(place.answer) if place.answer and not spans else -1
    if at >= 0:
        spans = [(at, at + len(place.answer))]
    if not spans:
        spans = [(s, e) for s, e, _x in frame.alias_spans(passage.text, [place.person])]
    events = facts.events_for_passages(conn, [place.passage_id])
    hit = Hit(passage=passage, snippet=rank.highlight(passage.text, spans), score=0.0)
    said = place.answer
    sure = bool(said) and place.sure  # else: they left, or did something later
    return dataclasses.replace(
        empty,
        unknown=(),
        absent=(),
        hits=(hit,),
        events=events,
        confident=sure,
        confidence=1.0 if sure else 0.4,
        answers={place.passage_id: said} if said else {},
    )


# "who was the first ceo", "the original cto", "its founding chief executive" (not "the ceo
# of First Harbor Bank": a name)
_FIRST_HOLDER_RE = re.compile(
    rf"\b(?:first|original|initial|founding)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(lexicon.ROLE_WORDS))})\b",
    re.IGNORECASE,
)
# a role text that says it was the first: "the first chief executive of Ardent Robotics"
# A first of a kind, not the first holder: "the first chief executive to come from outside",
# "its first female chief executive"
_QUALIFIED_FIRST_RE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,3}?(?:to|from|since|ever)\b|\bfirst\s+(?:female|woman|male|"
    r"black|outside|outsider|external|non-[\w-]+|foreign)\b",
    re.IGNORECASE,
)
_SAYS_FIRST_RE = re.compile(r"\b(?:first|original|founding|inaugural)\b", re.IGNORECASE)


def _calls_first(role: str) -> bool:
    """Whether a role calls its holder the first to hold it (not a first of a kind)."""
    return bool(_SAYS_FIRST_RE.search(role)) and not _QUALIFIED_FIRST_RE.search(role)


FIRST_AMONG = 12  # the best supported holders the first of them is chosen from
TIES_AMONG = 48  # at most this many holders tied on support are read for the latest


def _tied(a: roles.Holder, b: roles.Holder) -> bool:
    """Two holders the roles' support and the articles' dates cannot tell apart."""
    return a.support == b.support and roles.date_key(a.latest) == roles.date_key(b.latest)


_SUCCESSION_RE = re.compile(
    r"\b(?:before|after|preceded|precede[sd]?|succeed(?:ed|s)?|replaced?|replacing|"
    r"predecessor|successor|previous|prior|next|until|since)\b",
    re.IGNORECASE,
)


def _one_a_passage(found: list[roles.Holder]) -> list[roles.Holder]:
    """The holders, each passage's first only (one sentence naming two CEOs is shown once)."""
    seen: set[int] = set()
    shown = []
    for holder in found:
        if holder.passage_id not in seen:
            seen.add(holder.passage_id)
            shown.append(holder)
    return shown


def _role_subject(
    conn: sqlite3.Connection, parsed: Frame, by_key: Mapping[str, EntityInfo]
) -> Frame:
    """ "when did the chief scientist quit": the question is about the person who holds the
    role, so that person becomes its subject (and the role word is not its action)."""
    if parsed.subject is not None or parsed.answer == "person":
        return parsed
    asked = tuple(
        t
        for t in roles.role_terms(parsed, titles_only=True)
        # (not the post someone named held: "why was oyelaran-whitcombe pushed out as ceo")
        if not re.search(rf"\bas (?:the |its |their )?{re.escape(t.text)}\b", parsed.english, re.I)
    )
    if not asked:
        return parsed
    keys = {t.key for t in asked}
    action = parsed.action
    if action is not None and action.key in keys:
        action = next(
            (
                t
                for t in parsed.terms
                if t.entity is None
                and t.key not in keys
                and lexicon.group_of(t.text) is not None
                and t.text.casefold() not in lexicon.VAGUE
            ),
            None,
        )
    subject_roles = tuple(t for t in asked if action is None or t.key != action.key)
    if not subject_roles:
        return parsed
    found = roles.holders(
        conn,
        parsed,
        by_key,
        roles=subject_roles,
        extra=roles.extras(parsed, subject_roles),
        former=True,
        top=1,
    )
    if not found:
        return parsed
    removal = lexicon.group_of("fire")
    if any(
        t.entity is None and lexicon.group_of(t.text.casefold()) == removal for t in parsed.terms
    ):
        # "when did the board vote to remove the ceo": the one removed from the post, not
        # whoever holds it now
        found = _removed_holder(conn, parsed, by_key, subject_roles) or found
    person = found[0].entity
    said = {t.key for t in (*subject_roles, *roles.extras(parsed, subject_roles))}
    return dataclasses.replace(
        parsed,
        subject=person,
        action=action,
        entities=(person, *parsed.entities),
        terms=(
            *(t for t in parsed.terms if t.key not in said),
            Term(text=person.name, forms=(), entity=person),
        ),
    )


def _removed_holder(
    conn: sqlite3.Connection,
    parsed: Frame,
    by_key: Mapping[str, EntityInfo],
    asked: tuple[Term, ...],
) -> list[roles.Holder]:
    """Of the asked post's holders, best supported first, the first one its roles tell
    removed from it ("removed as chief executive"); empty when none is."""
    titles = roles.titles(asked)
    for holder in roles.holders(conn, parsed, by_key, roles=asked, former=True, top=FIRST_AMONG):
        for (text,) in conn.execute(
            "SELECT text FROM roles WHERE entity_key = ?", (holder.entity.key,)
        ):
            if role_families.REMOVED.match(str(text)) and role_families.says(str(text), titles):
                return [holder]
    return []


# A person asked of by what they are: "the shipping tycoon", "the economist" (a word of a
# trade or of wealth, after "the" and up to two words saying more of it)
_DESCRIBED_ASKED_RE = re.compile(
    r"\bthe (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]{4,}(?:ier|er|or|ist|ian|ant)|billionaire|"
    r"millionaire|magnate|tycoon|mogul|heir|heiress)\b"
)
_DESCRIBED_PASSAGES = 5_000  # more passages say the word than this: too common to settle it
_DESCRIBED_ROWS = 200  # descriptions read at most


def _described_subject(
    conn: sqlite3.Connection, parsed: Frame, by_key: Mapping[str, EntityInfo]
) -> Frame:
    """ "how much did the shipping tycoon hand over": the question is about the one person
    the articles describe so ("a Norwegian shipping heir", "The billionaire, whose family
    …": one of the words of wealth, or the trade asked), who becomes its subject; unchanged
    when no one, or more than one, is."""
    if parsed.subject is not None or parsed.answer == "person":
        return parsed
    found = _DESCRIBED_ASKED_RE.search(parsed.english.casefold())
    if found is None or found["noun"] in lexicon.ROLE_WORDS:
        return parsed
    noun = found["noun"]
    nouns = tuple(w for w in lexicon.paraphrases(noun) if " " not in w and w.isalpha())
    marks = ",".join("?" * len(nouns))
    (said,) = conn.execute(
        f"SELECT coalesce(sum(passages), 0) FROM vocabulary WHERE word IN ({marks})", nouns
    ).fetchone()
    if not said or said > _DESCRIBED_PASSAGES:
        return parsed
    match = " OR ".join(f'"{w}"' for w in nouns)
    # (what someone is, said of them: "a Norwegian shipping heir", not "a former deputy
    # commissioner at the Dutch insurance regulator", where they worked)
    head = re.compile(
        rf"^(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(nouns)})(?:$|[,;]|\s+(?:who|whose)\b)",
        re.IGNORECASE,
    )
    people = {
        str(key)
        for key, text in conn.execute(
            "SELECT r.entity_key, r.text FROM (SELECT rowid AS id FROM passages_fts "
            "WHERE passages_fts MATCH ? LIMIT ?) p JOIN roles r ON r.passage_id = p.id "
            "WHERE r.kind = 'appositive'",
            (match, _DESCRIBED_ROWS),
        )
        if head.match(str(text)) and str(key) in by_key
    }
    if len(people) != 1:
        return parsed
    person = by_key[people.pop()]
    described = {t.key for t in parsed.terms if t.entity is None and t.text.casefold() == noun}
    return dataclasses.replace(
        parsed,
        subject=person,
        entities=(person, *parsed.entities),
        terms=(
            *(t for t in parsed.terms if t.key not in described),
            Term(text=person.name, forms=(), entity=person),
        ),
    )


# "how much did the cloud giant put in": a company asked of by what the articles call it
_DESCRIBED_COMPANY_RE = re.compile(
    rf"\bthe (?P<said>(?:[a-z-]+ ){{1,2}}(?:{COMPANY_DESCRIPTIONS}))\b"
)


def _described_company(
    conn: sqlite3.Connection, parsed: Frame, by_key: Mapping[str, EntityInfo]
) -> Frame:
    """ "how much did the cloud giant put in": the question is about the one company the
    articles call so ("the cloud giant" pointing at Stratus Systems, as the build read it),
    which becomes its subject; unchanged when none, or more than one, is."""
    if parsed.subject is not None or any(e.kind == "org" for e in parsed.entities):
        return parsed
    found = _DESCRIBED_COMPANY_RE.search(parsed.english.casefold())
    if found is None:
        return parsed
    phrase = '"' + found["said"].replace('"', "") + '"'
    # the company each passage saying it points at, or, pointing at none, names in it or
    # in the sentence before ("Stratus Systems, the Seattle cloud company, agreed …
    # Gwendolyn Park-Ishikawa, who led partnerships at the cloud giant, …")
    keys: set[str] = set()
    for (passage_id,) in conn.execute(
        "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
        (phrase, _DESCRIBED_ROWS),
    ):
        named = conn.execute(
            "SELECT n.key, n.name, m.implicit, m.passage_id, p.text FROM mentions m "
            "JOIN entities n ON n.id = m.entity JOIN passages p ON p.id = m.passage_id "
            "WHERE m.passage_id IN (?, ?) AND n.kind = 'org'",
            (passage_id, passage_id - 1),
        ).fetchall()
        pointed = {str(k) for k, _n, implicit, at, _t in named if implicit and at == passage_id}
        # (of several named, the one described with the phrase's own word: "Stratus
        # Systems, the Seattle cloud company", not Quinine Works, which it invested in)
        modifier = re.escape(found["said"].split()[0])
        described = {
            str(k)
            for k, name, _i, _at, text in named
            if re.search(
                rf"{re.escape(str(name))},? (?:the|a|an) [^,.;]{{0,40}}?\b{modifier}\b",
                str(text),
                re.IGNORECASE,
            )
        }
        keys |= pointed or described or {str(k) for k, _n, _i, _at, _t in named}
    if len(keys) != 1 or (company := by_key.get(keys.pop())) is None:
        return parsed
    words = set(found["said"].split())
    return dataclasses.replace(
        parsed,
        subject=company,
        entities=(company, *parsed.entities),
        terms=(
            *(t for t in parsed.terms if not (t.entity is None and t.text.casefold() in words)),
            Term(text=company.name, forms=(), entity=company),
        ),
    )


_SHOWN_QUOTE = 240  # characters of a quote in the answer line


def _spoken(
    conn: sqlite3.Connection, parsed: Frame, matcher: rank.Matcher, empty: Answer, limit: int
) -> Answer | None:
    """ "what did X say about …": the speaker's words on it, a dramatised scene never passed
    off as them; None when the articles have nothing of the kind (the general path then)."""
    found = sayings.find(conn, parsed, matcher)
    if found is None:
        return None
    real = [s for s in found.real if s.cover >= sayings.ENOUGH]
    if parsed.answer == "date" and real:  # of words said about as fully, the dated ones
        dated = set(facts.events_for_passages(conn, [s.passage.id for s in real]))
        real.sort(key=lambda s: (-round(s.cover, 1), s.passage.id not in dated))
    real = real[:limit]
    scene = found.scene if found.scene is not None and found.scene.cover >= sayings.SCENE else None
    if parsed.answer == "date":  # "when did X say …": the date of the words, never a scene's
        scene = None
    if real and scene is not None and scene.cover >= real[0].cover + sayings.FAR_BETTER:
        real = []  # the scene is about the question; the quotes merely near its words
    if not real and scene is None:
        return None
    if real:
        passages = [s.passage for s in real]
    else:  # what the article tells first, then the scene it dramatises (labelled as such)
        assert scene is not None
        passages = [p for p in (found.told, scene.passage) if p is not None]
    hits = tuple(matcher.marked(Hit(passage=p, snippet=(), score=0.0)) for p in passages)
    events = facts.events_for_passages(conn, [h.passage.id for h in hits])
    if parsed.answer == "date":
        if hits[0].passage.id not in events:  # a quotation whose date is in its introduction
            lead_in = facts.event_before(conn, hits[0].passage, window=1)
            if lead_in is not None:
                hits = (matcher.marked(Hit(passage=lead_in.passage, snippet=(), score=0.0)), *hits)
                events[lead_in.passage.id] = lead_in
        first = events.get(hits[0].passage.id)
        return dataclasses.replace(
            empty,
            hits=hits,
            events=events,
            confident=first is not None,
            confidence=abstain.CONFIDENT if first is not None else 0.0,
        )
    answers = {}
    for said in real:
        text = said.text if len(said.text) <= _SHOWN_QUOTE else said.text[:_SHOWN_QUOTE] + "…"
        answers[said.passage.id] = f"{text} (reported)" if said.reported else f"“{text}”"
    # "what did musk say", nothing more: any of his words fits; sure only when there are few
    sure = bool(real) and (found.topical or len(found.real) <= 2)
    return dataclasses.replace(
        empty,
        hits=hits,
        events=events,
        answers=answers,
        confident=sure,
        confidence=abstain.CONFIDENT if sure else 0.0,
        dramatised=scene.passage.article.outlet if scene is not None else "",
        scene_only=not real,
    )


# "what did she do once achterberg-quay came back": what someone did right after something
_DID_THEN_RE = re.compile(
    r"^(?:so |and )?what did (?P<who>.+?) do (?:once|after|when|right after|as soon as) "
    r"(?P<then>.+?)[?!.]*$",
    re.IGNORECASE,
)
# "what did he do after", following "why did oduya-brennan resign": after their own act
_DID_NEXT_RE = re.compile(
    r"^(?:so |and )?what did (?P<who>.+?) do (?:after|afterwards|next|then|after that)"
    r"[?!.]* \(following “(?P<then>[^”]+)”\)$",
    re.IGNORECASE,
)
_DID_THEN_WITHIN = 3  # sentences after the happening, in its paragraph, that may tell it
_THEIR_OWN_RE = re.compile(r"(?:he|she|they)\b|[a-z]+ing\b", re.IGNORECASE)
_FRONTED_RE = re.compile(r"(?:After|When|Once|Having|Upon|On)\b")
_THEN_RE = re.compile(r"\b(?:then|later|afterwards?|next|went on to)\b")


# Times told from the article's own day ("last December", "last month"): each its own date
_TOLD_FROM_NOW = frozenset({"rel_m", "rel_month", "rel_season", "rel_year", "rel_week"})
_COUNTED_KINDS = frozenset({"that_season", "story_season", "following", "later_long"})
_DESCRIBING_YEAR_RE = re.compile(r"\b(?:its|their|his|her|[\w-]+['’]s)\s+$", re.IGNORECASE)


# The act counted back from the sentence's day: "five days after her own board had fired
# her", "two weeks after he was removed" (the act right after it, in its clause)
_COUNTED_BACK_RE = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) "
    r"(?P<unit>days?|weeks?) after\b[^,;.]{0,50}$",
    re.IGNORECASE,
)


# Words that tell a time of their own before a later clause's step ("A month later, …")
_TIME_WORDS_RE = re.compile(
    r"\b(?:later|earlier|ago|afterwards?|before|after|since|until|then|that (?:day|week|month|"
    r"year|spring|summer|autumn|fall|winter)|the same|[Oo]n (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))\b|\d"
)
_NEXT_STEP_RE = re.compile(r"\bthe (?:following|next) (?P<unit>month|year)\b", re.IGNORECASE)
_SPAN_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Ww]ithin|[Oo]ver|[Dd]uring|[Ff]or) the\s+$")


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends: the next comma, semicolon or the sentence's end."""
    found = re.compile(r"[,;:]").search(text, at)
    return found.start() if found else len(text)


def _clause_dated(event: Event, covered: rank.Coverage, asked: str = "") -> Event:
    """The event dated as the clause of the asked act says, when its sentence tells two
    ("He resigned in June 2022, and that fall he co-founded Halyard Motion": autumn 2022
    for the founding); else as the sentence is."""
    passage = event.passage
    if not covered.action_starts:
        return event
    text = passage.text
    article = passage.article
    if event.inherited:
        # the story's time, but the act asked told with a year of its own in its clause
        # ("…, who had joined the board in 2018, succeeded him": 2018 for the joining)
        at = covered.action_starts[0]
        end = _clause_end(text, at)
        own_year = [
            f
            for f in dates.dates_in(
                text[at:end], reference_date(article.published, article.precision)
            )
            if str(f.when.year) in f.text
        ]
        if not own_year:
            return event
        return dataclasses.replace(_dated_as(event, own_year[0].when), inherited=False)
    # the act in the question's own word first ("hired", not "joined", for "hire")
    said = asked.casefold()[:4]
    at = next(
        (
            a
            for a in covered.action_starts
            if said
            and text[a : a + 4].casefold() == said
            and not re.match(r"\w*ing\b", text[a:])  # (not "is leaving", yet to come)
        ),
        covered.action_starts[0],
    )
    counted = _COUNTED_BACK_RE.search(text, max(0, at - 60), at)
    ref = reference_date(article.published, article.precision)
    if counted is not None and (
        # a span, not a day ("In the five days after the board fired her"), or an act with a
        # day of its own ("… after the board fired her on November 16")
        _SPAN_BEFORE_RE.search(text, max(0, counted.start() - 16), counted.start())
        or dates.dates_in(text[at : _clause_end(text, at)], ref)
    ):
        counted = None
    if counted is not None and event.precision == "day":
        # "on the morning of Wednesday, November 20, five days after her own board had fired
        # her": the firing is five days before the sentence's day
        raw = counted["n"].casefold()
        n = int(raw) if raw.isdigit() else dates.NUMBERS.get(raw, 0)
        days = n * 7 if counted["unit"].casefold().startswith("week") else n
        then = datetime.date(event.year, event.month, event.day) - datetime.timedelta(days=days)
        return _dated_as(
            event,
            # (weeks: its month; days counted are a day: "Seventeen days after Brandt's exit,
            # on February 24")
            dates.When(then.year, "month", then.month)
            if counted["unit"].casefold().startswith("week")
            else dates.When(then.year, "day", then.month, then.day),
        )
    found = dates.dates_in(text, ref)
    counted_on = next(
        (
            f
            for f in found
            if f.kind in _COUNTED_KINDS
            and at < f.start <= at + 30
            and not re.search(r"[,;]", text[at : f.start])
            and any(g.start < at and g.kind not in _COUNTED_KINDS for g in found)
        ),
        None,
    )
    if counted_on is not None:
        # "met as graduate students in 2011 and married three years later": the time right
        # after the act, counted from the date the sentence told before it
        return _dated_as(event, counted_on.when)
    cuts = [0, *(m.start() for m in rank.CLAUSES_RE.finditer(text)), len(text)]
    start, end = next((a, b) for a, b in itertools.pairwise(cuts) if a <= at < b)
    step = _NEXT_STEP_RE.search(text, start, at)
    if (
        step is not None
        # (opening the act's clause: not "whose contract ran until the following year")
        and re.fullmatch(r"[,;]?\s*(?:(?:and|but|then)\s+)?", text[start : step.start()])
        and start > 0
        and event.precision in ("month", "year")
        and not any(start <= f.start < end for f in found)
    ):
        # "A month later, Okonjo resigned, and the following month they launched Wren": a
        # step on from the sentence's date, told in an earlier clause
        if step["unit"] == "year":
            return _dated_as(event, dates.When(event.year + 1, "year"))
        if event.precision == "month":
            months = event.year * 12 + event.month  # (the month after: month index + 1)
            return _dated_as(event, dates.When(months // 12, "month", months % 12 + 1))
    later_step = _NEXT_STEP_RE.search(text, end)
    if (
        later_step is not None
        and step is None
        and event.precision in ("month", "year")
        and not any(f.start < later_step.start() for f in found)
        and not _TIME_WORDS_RE.search(text, 0, later_step.start())
    ):
        # "Wielgosz returned as chief executive …; Glimmerbox was given a … seat the
        # following month": the sentence's only date is a step on from the story's, told of
        # another clause; the act's own time is the story's, the one it stepped on from
        if later_step["unit"] == "year":
            return _dated_as(event, dates.When(event.year - 1, "year"))
        if event.precision == "month":
            months = event.year * 12 + event.month - 2  # (the month before: index - 1)
            return _dated_as(event, dates.When(months // 12, "month", months % 12 + 1))
    own_clause = [
        f
        for f in found
        if start <= f.start < end
        and (str(f.when.year) in f.text or f.kind in _TOLD_FROM_NOW)
        and not dates.ASIDE_RE.search(text, start, f.start)
    ]
    if own_clause and not any(f.when.label == event.label for f in found):
        # the sentence's date counted from the story ("Two years later it added …"), the
        # act's clause a date of its own ("…, and last December it committed …")
        when = dates.best_of(own_clause)
        return event if when is None else _dated_as(event, when)
    if len(found) < 2:
        return event
    told = [f for f in found if f.when.label == event.label]
    if not told or any(start <= f.start < end for f in told):
        return event  # the sentence's date is the act's own clause's (or the story's)
    # the act's clause's own time, before it and not in an aside: a year it names, or a
    # time counted from the sentence's own date ("and that fall he co-founded", "and the
    # following month she launched"; not "who had been with the company since 2021", nor a
    # weekday or a month whose year the story gives)
    own = [
        f
        for f in found
        if start <= f.start < at
        and (
            str(f.when.year) in f.text
            or f.kind in _TOLD_FROM_NOW  # ("…, and last December it committed a further …")
            # (counted from a date the sentence itself told before it, not from today)
            or (
                f.kind in _COUNTED_KINDS
                and any(g.start < f.start and g.kind not in _COUNTED_KINDS for g in found)
            )
        )
        and not dates.ASIDE_RE.search(text, start, f.start)
        # (a year describing what follows is no time: "its 2021 finance chief")
        and not _DESCRIBING_YEAR_RE.search(text, 0, f.start)
    ]
    # (else a year it names after the act: "…, but stopped his payments in 2021", or a time
    # counted from the sentence's own date: "…, and added a further $1.1 billion two years
    # later")
    after = [
        f
        for f in found
        if at < f.start < end
        and (
            str(f.when.year) in f.text
            or (
                f.kind in _COUNTED_KINDS
                and any(g.start < start and g.kind not in _COUNTED_KINDS for g in found)
            )
        )
        and not dates.ASIDE_RE.search(text, at, f.start)
    ]
    month = next(
        (
            f
            for f in found
            if not own
            and f.kind == "m"
            and start <= f.start < at
            and event.precision == "day"
            and f.when.month <= event.month
            and not dates.ASIDE_RE.search(text, start, f.start)
        ),
        None,
    )
    if month is not None:
        # "In February, Ibáñez and Vautrin resigned together, and on March 10 they
        # announced Palmline": a month of the act's own clause, in the later date's year
        return _dated_as(event, dates.When(event.year, "month", month.when.month))
    when = dates.best_of(own or after)  # (the most precise, a date before a weekday)
    if when is None or when.label == event.label:
        return event
    return _dated_as(event, when)


# What a "how many" or "how much" question asks, as it asks it ("how many employees", "how
# much was solberg paid")
_HOW_MUCH_RE = re.compile(
    r"how (?:many|much)(?: (?!(?:did|do|does|was|were|is|are|has|have|had)\b)[\w'’-]+){1,2}"
    r"|how much (?:did|do|does|was|were|is|are|has|have|had)(?: [\w'’-]+){1,3}",
    re.IGNORECASE,
)


_FIGURES_READ = 200  # the subject's latest passages read for a figure (see _figure_told_of)
_SUBJECT_PASSAGES_SQL = (
    "SELECT p.text FROM mentions m JOIN passages p ON p.id = m.passage_id "
    "WHERE m.entity = (SELECT id FROM entities WHERE key = ?) ORDER BY m.passage_id DESC LIMIT ?"
)


def _figure_told_of(conn: sqlite3.Connection, parsed: Frame) -> bool:
    """Whether a passage naming (or pointing at) the question's subject (or, with none, the
    first it names) gives the kind of figure asked: a sum, or a count of what is asked; its
    latest _FIGURES_READ passages."""
    asked = parsed.subject or next(iter(parsed.entities), None)
    if asked is None:
        return False
    texts = (str(row[0]) for row in conn.execute(_SUBJECT_PASSAGES_SQL, (asked.key, _FIGURES_READ)))
    if parsed.answer == "count":
        return any(rank.counts_asked(text, parsed) for text in texts)
    return any(rank.text_answer("amount", text, parsed) for text in texts)


_TRAILING_WORDS = frozenset("as to in for of the a an on at by with from".split())


def _dated_as(event: Event, when: dates.When) -> Event:
    """`event` dated `when` instead."""
    return dataclasses.replace(
        event,
        label=when.label,
        precision=when.precision,
        sort_key=when.sort_key,
        year=when.year,
        month=when.month,
        day=when.day,
    )


def _done_to(text: str, subject: EntityInfo) -> bool:
    """Every time the sentence names `subject`, it is the one something is done to ("The
    board named Tor Aas to replace Solvang"): not what they did."""
    spans = frame.alias_spans(text, [subject])
    return bool(spans) and all(_DONE_TO_RE.search(text, 0, start) for start, _e, _x in spans)


_DONE_TO_RE = re.compile(
    r"\b(?:replace|replaced|succeed|succeeded|fire|fired|oust|ousted|remove|removed|named|"
    r"hired|by|to|of|with|for|against|sued)\s+$"
)


def _did_then(
    conn: sqlite3.Connection,
    parsed: Frame,
    entities: tuple[EntityInfo, ...],
    vocabulary: frozenset[str],
    total: int,
    cache: dict[str, int] | None,
    matcher: rank.Matcher,
) -> "Answer | None":
    """What the subject did once something happened: the happening found as a question of
    its own ("achterberg-quay came back"), then the first of the next few sentences of its
    paragraph about the subject ("Dunmore-Siqueira went back to her job as chief operating
    officer"), or, after the subject's own act asked of before ("what did he do after"),
    the first naming no one else ("The scientist then founded Parallax Gene"). None when
    the question is not so, when the happening's own sentence names the subject (it may
    say what they did: "When the park caught fire, Aalders flew there"; the question is
    then answered as any other), or when no such sentence follows."""
    asked, own = _DID_NEXT_RE.match(parsed.english), True
    if asked is None:
        asked, own = _DID_THEN_RE.match(parsed.english), False
    # "after he was fired", "after leaving siemens": after the subject's own happening
    theirs = own or (asked is not None and _THEIR_OWN_RE.match(asked["then"]) is not None)
    subject = parsed.subject
    if asked is None or subject is None:
        return None
    said = {w.casefold() for a in (subject.name, *subject.aliases) for w in a.split()}
    if said.isdisjoint(asked["who"].casefold().split()):
        return None  # "what did the board do once …": no one named to follow
    # (asked as a happening, not for its reason: "why did he resign" is his resigning)
    then = answer(
        conn,
        asked["then"],
        entities,
        vocabulary=vocabulary,
        total=total,
        cache=cache,
        events_only=True,
    )
    if not then.hits:
        return None
    anchor = then.hits[0].passage
    ids = [anchor.id + step for step in range(_DID_THEN_WITHIN + 1)]
    named = _mentions(conn, ids)
    if (not theirs and subject.key in named[anchor.id]) or (
        theirs and _FRONTED_RE.match(anchor.text)
    ):
        # the happening's own sentence may say what they did ("When the park caught fire,
        # Aalders flew there"; "After leaving Siemens, Aalders joined Veridian"): ranked as
        # any other question
        return None
    after = facts.passages(conn, ids)
    by_key = frame.entity_map(entities)
    found: Passage | None = None
    before = anchor
    for i in ids[1:]:
        passage = after.get(i)
        if passage is None or passage.kind != "sentence" or not _one_paragraph(before, passage):
            break
        people = {
            k
            for k, explicit in named[i].items()
            if explicit and (e := by_key.get(k)) is not None and e.kind == "person"
        }
        if (subject.key in named[i] and not _done_to(passage.text, subject)) or (
            own and not people and _THEN_RE.search(passage.text)
        ):
            found = passage  # (naming no one, it carries their story on: "The scientist
            break  # then founded …"; not "Brannock's shares fell 6 percent that day")
        before = passage
    if found is None:
        return None
    hits = (matcher.marked(Hit(passage=found, snippet=(), score=0.0)), then.hits[0])
    return Answer(
        question=parsed.question,
        terms=then.terms,
        hits=hits,
        events=facts.events_for_passages(conn, [h.passage.id for h in hits]),
        entities=parsed.entities,
        shape="any",
        frame=parsed,
        confident=then.confident,
        confidence=then.confidence,
    )


def or_successor(
    conn: sqlite3.Connection,
    found: Answer,
    entities: tuple[EntityInfo, ...],
    limit: int,
    vocabulary: frozenset[str] = frozenset(),
) -> Answer:
    """`found`, or for "who replaced kowalczyk-bähr as cto" where no sentence says who did
    (the answer not confident), the next to hold the post, by the holders' dates. Asked
    with no post ("who replaced ocampo-tate"), the post is the one the articles last tell
    them leaving."""
    if found.confident or found.frame is None or not rank.asks_successor(found.frame):
        return found
    by_key = frame.entity_map(entities)
    asked = found.frame
    if not roles.role_terms(asked, held=True):
        post = _post_left(conn, asked)
        if not post:
            return found
        asked = frame.parse(f"{asked.english} as {post}", entities, vocabulary)
    after = _successor_by_roles(conn, asked, by_key, found, limit)
    return after if after is not None else found


_LEFT_POST_RE = re.compile(
    r"^(?:removed|ousted|fired|stepped down|resigned|left|quit) \(?as (?:its |the )?"
    r"(?P<post>[a-z][a-z -]{1,40}?)(?: of [^)]*)?\)?$",
    re.IGNORECASE,
)


def _post_left(conn: sqlite3.Connection, asked: Frame) -> str:
    """The post the one person the question names was last told leaving ("removed as chief
    executive"), or ''."""
    named = [e for e in asked.entities if e.kind == "person"]
    if len(named) != 1:
        return ""
    left = [
        (int(at), m["post"])
        for text, at in conn.execute(
            "SELECT text, at FROM roles WHERE entity_key = ? ORDER BY passage_id", (named[0].key,)
        )
        if (m := _LEFT_POST_RE.match(str(text))) is not None
        and not role_families.INTERIM.search(str(text))
    ]
    return max(left, key=lambda pair: pair[0])[1] if left else ""


def _successor_by_roles(
    conn: sqlite3.Connection,
    parsed: Frame,
    by_key: Mapping[str, EntityInfo],
    empty: Answer,
    limit: int,
) -> Answer | None:
    """The first holder of the asked post told taking it after the one the question names
    left it (or, no leaving told, after they took it); None when the roles cannot say."""
    asked = roles.role_terms(parsed, held=True)
    named = [e for e in parsed.entities if e.kind == "person"]
    if not asked or len(named) != 1:
        return None
    titles = roles.titles(asked)
    rows = [
        (str(text), int(pid))
        for text, pid in conn.execute(
            "SELECT text, passage_id FROM roles WHERE entity_key = ?", (named[0].key,)
        )
        if role_families.says(str(text), titles)
    ]
    holders = roles.holders(conn, parsed, by_key, roles=asked, former=True, top=FIRST_AMONG)
    if not _asks_interim(parsed):
        # (a stand-in keeps the seat, but replaces no one; one later made permanent did:
        # "Marcus Hale … was named interim chief executive the same day … Hale was
        # confirmed as permanent chief executive on May 20")
        holders = [
            h
            for h in holders
            if not role_families.INTERIM.search(h.role) or _held_for_good(conn, h, titles)
        ]
    told = roles.passage_dates(conn, [pid for _t, pid in rows] + [h.passage_id for h in holders])
    left = [told[pid] for text, pid in rows if role_families.REMOVED.match(text) and pid in told]
    held = [told[pid] for _text, pid in rows if pid in told]
    since = max(left) if left else min(held, default="")
    if not since:
        return None
    later = sorted(
        (told[h.passage_id], i)
        for i, h in enumerate(holders)
        if h.passage_id in told and told[h.passage_id][:7] >= since[:7]
    )
    if not later:
        return None
    shown = [holders[later[0][1]]]
    by_id = facts.passages(conn, [h.passage_id for h in shown])
    return _holders_reply(conn, empty, shown, by_id, sure=bool(left))


def _held_for_good(conn: sqlite3.Connection, holder: roles.Holder, titles: tuple[str, ...]) -> bool:
    """Whether a holder told taking a post for the meantime is told holding it outright too."""
    return any(
        role_families.says(str(text), titles) and not role_families.INTERIM.search(str(text))
        for (text,) in conn.execute(
            "SELECT text FROM roles WHERE entity_key = ?", (holder.entity.key,)
        )
    )


def answer(
    conn: sqlite3.Connection,
    question: str,
    entities: tuple[EntityInfo, ...],
    *,
    vocabulary: frozenset[str] = frozenset(),
    total: int = 1000,
    limit: int = 3,
    events_only: bool = False,
    cache: dict[str, int] | None = None,
) -> Answer:
    """Answer `question` from the index behind `conn` (`cache`: document frequencies kept
    for this index build)."""
    # `when …` asks for a date, whatever it says
    kind = "date" if events_only else ""
    parsed = frame.parse(_mended(question, vocabulary, entities), entities, vocabulary, kind=kind)
    terms, frequencies, unknown = _spelled(conn, parsed, vocabulary, cache)
    shape = "when" if events_only else _SHAPES.get(parsed.answer, "any")
    absent = _joined(
        parsed.english,
        [
            t.text
            for t in terms
            if not t.forms
            and t.entity is None
            and t.text.casefold() != parsed.verb
            and t.text.casefold() not in lexicon.VAGUE  # "the for-profit bit": no word asked
            and not t.text.casefold().endswith(("ed", "ing"))
            and not abstain.negation(t.text)  # "didn't": how it is asked
            # (asked why, an everyday word is how it is asked: "in the first place", "the
            # little cheese shops", "take the ceo back")
            and not (parsed.answer == "reason" and abstain.is_common(t.text.casefold()))
        ],
    )
    empty = Answer(
        question=question,
        absent=absent,
        terms=tuple(t.text for t in terms),
        hits=(),
        events={},
        entities=parsed.entities,
        shape=shape,
        frame=parsed,
        unknown=unknown,
    )
    by_key = frame.entity_map(entities)
    unheld = False  # a role question no one in the articles holds: nothing to be sure of
    # "where does she work now": her roles say it, in words of their own ("resurfaced as …")
    works = _workplace_answer(conn, parsed, entities, empty)
    if works is not None:
        return works
    kin = _kin_answer(conn, parsed, by_key, empty)
    if kin is not None:
        return kin
    if not unknown:
        then = _role_at_time(conn, parsed, entities, by_key, empty, limit, vocabulary, total)
        if then is not None:
            return then
        # (a role at a happening's time no one holds: not the happening's own title's
        # holders, "the ceo" of "who was board chair when they fired the ceo")
        timed = _time_stripped(parsed, entities, vocabulary) is not None
        held = None if timed else _role_answer(conn, parsed, by_key, empty, limit)
        if held is not None:
            return held
        unheld = timed or _asks_role(parsed)
        if unheld:
            absent = (*_untold_holder(parsed), *absent)
        resolved = _role_subject(conn, parsed, by_key)
        if resolved is parsed:
            resolved = _described_subject(conn, parsed, by_key)
        if resolved is parsed:
            resolved = _described_company(conn, parsed, by_key)
        if resolved is not parsed:
            dropped = {t.key for t in parsed.terms} - {t.key for t in resolved.terms}
            terms = tuple(
                [t for t in terms if t.entity is None and t.key not in dropped]
                + [t for t in resolved.terms if t.entity is not None]
            )
            for t in terms:
                if t.entity is not None and t.key not in frequencies:
                    frequencies[t.key] = candidates.document_frequency(conn, t, cache)
            parsed = resolved
    weighted = rank.weigh(
        terms,
        frequencies,
        total,
        _weighed_subject(parsed),
        # "where did the first fire happen", "when did brannock first invest" (the earliest
        # of the dates is picked after); not "how much was the first investment", where
        # which one is picked decides the answer
        picking=parsed.answer in ("place", "date"),
    )
    matcher = rank.Matcher(weighted, by_key)
    if not unknown and (
        then := _did_then(conn, parsed, entities, vocabulary, total, cache, matcher)
    ):
        return then
    if not unknown and sayings.asks_speech(parsed):
        spoken = _spoken(conn, parsed, matcher, empty, limit)
        if spoken is not None:
            return spoken
    searched = tuple(t for t in terms if t.forms or t.entity is not None)
    if not searched and not parsed.cjk:
        return empty
    # (in a handful of passages no word is too common to search: ORing every one is cheap)
    common = frozenset(
        key
        for key, df in frequencies.items()
        if df > candidates.COMMON_SHARE * total and total >= candidates.FEW_PASSAGES
    )
    frequent = frozenset(key for key, df in frequencies.items() if df >= candidates.DF_CAP)
    found = candidates.candidates(
        conn,
        parsed,
        searched,
        events_only=events_only,
        common=common,
        frequent=frequent,
        cache=cache,
    )
    if not found:
        return empty
    found = tuple(h for h in found if h.passage.kind != "heading") or found
    named = _mentions(conn, [h.passage.id for h in found])
    best = max((abs(h.score) for h in found), default=1.0) or 1.0
    quick = [(h, *rank.quick_cover(parsed, matcher, h, named[h.passage.id])) for h in found]
    # The subject's own event wins only among passages that say about as much of the question.
    # (Asked when someone did something, where none of those names the action, the
    # passages naming them and the action join them: "Raman resigned from the authority
    # on August 2, 2024" for "when did raman resign from lakeshore", beside sentences
    # naming her and Lakeshore that tell of no resigning.)
    top = max((c for _h, c, relevant, _a in quick if relevant), default=0.0)
    doer = (
        parsed.subject.key
        if parsed.answer == "date"
        and parsed.subject is not None
        and parsed.subject.kind == "person"
        and not parsed.passive
        else ""
    )
    acting = {
        h.passage.id
        for h, c, _r, acted in quick
        if acted and doer in named[h.passage.id] and c >= ACTED_CLOSE * top
    }
    if any(acted and relevant and c >= CLOSE * top for _h, c, relevant, acted in quick):
        acting = set()
    near = [
        h
        for h, c, relevant, _a in quick
        if relevant and (c >= CLOSE * top or h.passage.id in acting)
    ] or list(found)
    if len(near) > BAND:  # common words: the passages saying most of the question, by bm25
        said = {h.passage.id: c for h, c, _r, _a in quick}
        near = sorted(near, key=lambda h: (-said[h.passage.id], h.score))[:BAND]
    covers = [(h, rank.cover(parsed, matcher, h, named[h.passage.id])) for h in near]
    close = [
        (h, c)
        for h, c in covers
        if c.relevant and (c.coverage >= CLOSE * top or (c.action and h.passage.id in acting))
    ] or covers
    evidence = _evidence(conn, named, [h.passage.id for h, _c in close], {})
    scored = sorted(
        (rank.score(parsed, c, h, evidence[h.passage.id], by_key, best) for h, c in close),
        key=lambda s: s.key,
    )
    # Neighbours that give a missing answer are looked up for the leaders only (by what
    # they say of the question, since what they lack is what a neighbour may give), which
    # are then ranked again with them.
    leaders = sorted(scored, key=lambda s: (-s.coverage, -s.tier, s.hit.score))[:SUPPORTED]
    support = _support(conn, parsed, [s.hit for s in leaders], by_key)
    if support:
        covered = {h.passage.id: c for h, c in close}
        # (who took the side asked is one the sentence told next names: "The lone dissenter
        # was Lena Schwartz")
        sided = rank.asks_side(parsed) and parsed.answer == "person"
        supporting = _mentions(conn, [p.id for p in support.values()]) if sided else {}
        for passage_id, passage in support.items():
            evidence[passage_id] = dataclasses.replace(
                evidence[passage_id], support=passage, support_mentions=supporting.get(passage.id)
            )
        scored = sorted(
            (
                rank.score(
                    parsed,
                    covered[s.hit.passage.id],
                    s.hit,
                    evidence[s.hit.passage.id],
                    by_key,
                    best,
                )
                if s.hit.passage.id in support
                else s
                for s in scored
            ),
            key=lambda s: s.key,
        )
    relevant = [s for s in scored if s.relevant] or sorted(scored, key=lambda s: -s.score)[:1]
    if parsed.answer == "date":
        relevant = _most_precise_first(relevant, evidence)
        if _LATEST_RE.search(parsed.english):
            relevant = _latest_first(relevant, evidence)
        elif _FIRST_RE.search(parsed.english):
            relevant = _latest_first(relevant, evidence, earliest=True)
    elif parsed.answer == "person" and _AT_START_RE.search(parsed.english):
        relevant = _first_told(relevant)
    elif parsed.answer in ("amount", "count") and _NOW_RE.search(parsed.english):
        relevant = _latest_first(relevant, evidence)
    elif parsed.answer in ("name", "place") and _AFTERWARDS_RE.search(parsed.english):
        # "what company did he start after he quit": of those that answer as well, the
        # later (not the one he quit), though told of "he" (less of the question)
        relevant = _latest_first(relevant, evidence, near=0.85)
    differ = _disagreement(parsed, relevant, evidence, by_key)
    if not differ and parsed.answer == "amount" and relevant:
        beside = _figure_beside(conn, parsed, relevant[0])
        if beside is not None:  # "His lawyers say … $100 million. … filings show $44 million"
            differ = ((relevant[0].answer, relevant[0].hit.passage.id), (beside[0], beside[1].id))
            evidence.update(_evidence(conn, _mentions(conn, [beside[1].id]), [beside[1].id], {}))
            relevant = [
                *relevant,
                dataclasses.replace(
                    relevant[0], hit=Hit(passage=beside[1], snippet=(), score=0.0), answer=beside[0]
                ),
            ]
    kept = _distinct(relevant, limit)
    if differ and all(s.hit.passage.id != differ[1][1] for s in kept):
        other = next(s for s in relevant if s.hit.passage.id == differ[1][1])
        kept = [*kept[: limit - 1], other]
    level = abstain.confidence(parsed, kept[0])
    if (
        parsed.answer == "place"
        and parsed.entities
        and not any(e.key in evidence[kept[0].hit.passage.id].mentions for e in parsed.entities)
    ):
        # "where is brindlecoil based": a place told of something else ("Cindervale
        # Resources, a nickel exploration company based in Thunder Bay") is no answer to trust
        level = min(level, abstain.CONFIDENT * 0.9)
    if parsed.answer == "date" and _yet_to_come(parsed, kept[0].hit, evidence):
        level = min(level, abstain.CONFIDENT * 0.9)  # "when did …", told as still to come
    hits = [s.shown(matcher) for s in kept]
    events = {
        s.hit.passage.id: ev for s in kept if (ev := evidence[s.hit.passage.id].event) is not None
    }
    if parsed.answer == "date":
        covered_in = {h.passage.id: c for h, c in close}
        for s in kept:
            pid = s.hit.passage.id
            if pid in events and pid in covered_in:
                events[pid] = _clause_dated(
                    events[pid], covered_in[pid], parsed.action.text if parsed.action else ""
                )
    kept_answers: dict[int, str] = {}
    cause = evidence[kept[0].hit.passage.id].support
    if cause is not None:  # the answer first, then the sentence it completes
        rest = [h for h in hits if h.passage.id != cause.id]
        cause_hit = matcher.marked(Hit(passage=cause, snippet=(), score=0.0))
        if _KIN_ASKED_RE.search(parsed.english) and _KIN_TOLD_RE.match(kept[0].hit.passage.text):
            # ("Her younger brother, Samuel Okafor, …" for "who is his sister": the kinship
            # first, then the sentence naming the one "her" points at)
            hits = [rest[0], cause_hit, *rest[1 : limit - 1]]
        else:
            hits = [cause_hit, *rest[: limit - 1]]
        events.update(facts.events_for_passages(conn, [cause.id]))
        if kept[0].answer:
            kept_answers = {cause.id: kept[0].answer}
    if parsed.answer == "age" and parsed.subject is not None and not kept[0].answer:
        absent = (f"{parsed.subject.name}'s age", *absent)  # no age told of them anywhere
    asked_for = _HOW_MUCH_RE.match(parsed.english)
    if (
        asked_for is not None
        and not absent
        and (
            # (a word the articles never use is said missing already: "how many patents")
            # "how many employees does emberwatch have": no sentence near it counts employees
            # ("1,212 ignitions"); "how much was solberg paid": none near it gives a sum
            (
                parsed.answer == "count"
                and not any(rank.counts_asked(s.hit.passage.text, parsed) for s in scored)
            )
            # (of every candidate ranked, not only those shown)
            or (parsed.answer == "amount" and not any(s.answer for s in scored))
        )
        # (nor any sentence about whom it asks of: "how much was the billionaire supposed to
        # hand over" when his pledge is told where the question's words are not)
        and not _figure_told_of(conn, parsed)
    ):
        how_much = asked_for.group().split()
        while how_much[-1].casefold() in _TRAILING_WORDS:
            how_much.pop()  # ("how much was solberg paid as": not past "paid")
        absent = (" ".join(how_much), *absent)
    if unheld and _held_elsewhere(parsed, kept[0].hit.passage.text):
        # "who is the ceo of halloran": "Celeste Amadou is the chief executive of Sablewick"
        # comes closest, but names whose she is (not "At the company, chief executive …")
        kept[0] = dataclasses.replace(kept[0], answer="")
    return Answer(
        question=question,
        terms=tuple(t.text for t in terms),
        hits=tuple(hits),
        events=events,
        entities=parsed.entities,
        shape=shape,
        frame=parsed,
        confident=level >= abstain.CONFIDENT
        and not unknown
        and not unheld
        # "who was the judge in the lawsuit", where no article says "judge": whoever the
        # lawsuit's sentence names is no judge
        and not _asked_noun_absent(parsed, absent)
        # where someone works, when their roles could not say: a sentence's first company
        # may be another person's ("Sam Ito, a partner at Northgate, said Renwick …")
        and not workplace.asks(parsed)
        and not is_dialogue(hits[0].passage.text),  # a scripted line is no fact to assert
        confidence=level,
        unknown=unknown,
        absent=absent,
        answers={s.hit.passage.id: s.answer for s in kept if s.answer} | kept_answers,
        differ=differ,
    )
