"""Roles and descriptors of people, in the articles' own words.

Patterns, each anchored on a mention of a known person:
- a title before the name: "OpenAI's Chief Technology Officer Mira Murati", "DeepMind CEO Demis
  Hassabis", "LinkedIn co-founder Reid Hoffman", "then-CTO Mira Murati";
- a title clause before a comma: "Early OpenAI employee and current CTO of AI startup Cresta,
  Tim Shi, said";
- an appositive after it: "Shivon Zilis, a former OpenAI board member and …,";
- a relative clause: "Andrej Karpathy, who became the architect of …";
- a parenthesis: "Greg Brockman (now president)";
- changes: "X resigned", "X … joined Anthropic".
Each role keeps whether the text calls it former or current.
"""

import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.entities import ROLE_WORDS, Mention, pronoun_of, quoted_at
from knowledge.role_families import HEAD_TRADES

_ROLE_RE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
_TITLE_WORD_RE = re.compile(
    rf"^(?:(?:then|ex|former|now)-)?(?:{ROLE_WORDS}|Chief|Officer|President|CEO|CTO|CFO|CPO|COO)$",
    re.IGNORECASE,
)
# Lowercase words that may sit inside a title before a name.
_TITLE_FILLERS = frozenset(
    "former then current top highly respected senior early longtime veteran venture chief "
    "vice research technology product financial operating executive safety founding and "
    "of the deputy acting interim lead principal general managing co board".split()
)
_FORMER_RE = re.compile(
    # ("Okafor, then a senior engineer at the district, …": what she was at the time)
    r"\b(?:former|formerly|then-|ex-|once|previously|onetime|most recently)|^then ",
    re.IGNORECASE,
)
_CURRENT_RE = re.compile(r"\b(?:now|current|currently|today|remains|still)\b", re.IGNORECASE)
_APPOSITIVE_RE = re.compile(
    # (past an age: "Nora Vance, 38, Saltmarsh's chief executive")
    r"^(?:['’]s)?(?:, \d{1,3})?, (?P<d>(?:(?:a|an|the|another|former|then|now|previously|formerly|"
    r"most recently|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}['’]s)\b"  # "Ormsby Hollow's"
    # what only a person is, written bare: "heir to the Ostrowe Maritime shipping fortune",
    # "one of the project's earliest contributors"
    r"|(?:heir|heiress|scion|son|daughter|widow|grandson|granddaughter|nephew|niece) (?:to|of)"
    r" (?:the|a|an|[A-Z])|one of (?:the|its|his|her|their|[A-Z][\w-]*['’]s) "
    # a title written bare, as a paper styles a speaker's: "said Cordelia Vantongeren,
    # senior vice president of merchandising at Pellham Drug"
    rf"|(?!(?:who|whose|which|that|and|but|as|to)\b)(?=(?:[a-z-]+ ){{0,3}}?(?:{ROLE_WORDS})\b))"
    r"[^,;:.()\"“”]{2,200}?)(?=,|\.|;|:|$| who\b| whose\b)"
)
# (a figure's comma or point is no clause's end: "who received a $210,000 severance payment")
_WHO_RE = re.compile(r"^, who (?P<d>(?:[^,;.\"“”]|(?<=\d)[,.](?=\d)){4,200})")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
# A post in a few words ("chief technology officer", "executive director"), as the left-out
# verb's and the whom clause's patterns below read it
_SHORT_POST = rf"(?:[a-z-]+ ){{0,2}}?(?i:{ROLE_WORDS})\b(?: (?:director|officer))?"
# Two people given posts with one verb: "Varga became chief executive and Sandoval chief
# technology officer" (the second's post told right after their name)
_GAPPED_BEFORE_RE = re.compile(
    r"\b(?:became|become|becomes|was named|were named|was made|was appointed|took over as)\s+"
    r"(?:the |its )?[a-z][\w -]{2,60}? and $"
)
_GAPPED_ROLE_RE = re.compile(
    rf"^ (?P<d>(?:the |its )?{_SHORT_POST})"
    r"(?=[;,.]|$| and\b| until\b| while\b)"
)
# A post given them, told in a clause: "Lindqvist, whom the board made permanent chief
# executive last November, …"
_WHOM_MADE_RE = re.compile(
    r"^, whom (?:the|its|their) (?:[a-z]+ ){0,2}?(?:board|directors|trustees|company|members) "
    r"(?:had )?(?:made|named|appointed|elected|hired|chose) (?:as )?"
    rf"(?P<d>(?:(?:interim|acting|permanent|new) )?{_SHORT_POST})"
)
_PAREN_RE = re.compile(r"^ \((?P<d>(?:now|former|then|currently|previously) [^)]{2,80})\)")
# What someone does now, said of them (past a clause about them): "Marchbank, who still owns
# 9 percent of Sablewick, now teaches hydrology at Northern Arizona University"
# (knowledge.answering.workplace reads a role opening "now" + one of these as a job held)
DOES_NOW_VERBS = "teaches|works|runs|leads|heads|chairs|advises|lectures|consults|manages|oversees"
# What they do it at, up to what the sentence goes on to say they said ("now advises the
# Larkspur Ocean Foundation on its grants and said she has …")
_DOES_WHAT = r"(?:(?! and (?:said|says|told|tells|added|adds|wrote|writes)\b)[^.;:,\"“”]){2,100}"
_DOES_NOW_RE = re.compile(
    rf"^(?:, who [^,.;:\"“”]{{2,160}},)? (?P<d>now (?:{DOES_NOW_VERBS}) {_DOES_WHAT})"
)
# A name that is not the subject of what follows it: "Under Reyka, the company …"
_GOVERNED_RE = re.compile(
    r"\b(?:under|according to|with|for|by|from|at|of|to|like|than|about|unlike|after|before)"
    r"\s+$",
    re.IGNORECASE,
)
_JOINED_RE = re.compile(
    r"^[^.;]{0,60}?(?P<j>\bjoin(?:ed|ing|s)? (?:the )?(?:[a-z]+ )?"
    r"(?P<org>[A-Z][\w&-]+(?: [A-Z][\w&-]+)*))"
)
_COPULA_RE = re.compile(
    # (past one aside or two: "Nuñez-Halloran, then the station's news director, who had
    # spent years …, became its first chief executive")
    r"^(?:(?:,[^,]{2,120}){1,2},)? (?:is|was|became|remains|has been|had been)"
    r"(?: (?P<earlier>most recently|previously|formerly)| [a-z]+ly| still| now| again)? "
    r"(?P<d>(?:a|an|the|one of|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}['’]s)\b[^,;.\"“”]{2,120}"
    r"|(?:chief|head|president|director|chair|CEO|CTO|CFO)\b[^,;.\"“”]{0,80}"
    # a title of a few words ending in a post: "Mokoena became executive director"
    rf"|(?:[a-z-]+ ){{1,2}}(?:{ROLE_WORDS})\b(?! of the [Yy]ear)[^,;.\"“”]{{0,60}}"
    # "She became its chair": a possessive only before a title (not "was their target")
    rf"|(?:its|his|her|their) (?=(?:[\w-]+ ){{0,2}}(?:{ROLE_WORDS})\b)[^,;.\"“”]{{2,80}})"
)
_AS_RE = re.compile(r"(?:^|, )[Aa]s (?P<d>(?:the |a |an )?[^,]{3,80}), $")
# A post told after what else the subject did, in their own clause: "Walter Pruitt, ran the
# company as chief executive from 1998 to 2015 and has been chairman since 2005"
_AND_COPULA_RE = re.compile(
    r"^,? (?:[a-z][^,;.:\"“”()]{2,120}?) and (?:has been|is|is now|remains|has since been) "
    rf"(?P<d>(?:(?:its|the) )?(?:[a-z-]+ ){{0,2}}?(?:{ROLE_WORDS})\b[^,;.\"“”]{{0,60}})"
)
_RESIGNED_RE = re.compile(
    # past what the person is (", Pagewhistle's chief financial officer since 2020,")
    r"^(?:['’]s)?(?:, [^,;:.\"“”()]{2,100},)? (?:[a-z]+ ){0,2}?"
    r"(?P<d>resigned|stepped down|left [A-Z][\w]+)"
)
# What may follow a resignation that leaves the post the sentence gives: the end, a date, a
# reason, what came next ("resigned in April 2024 to become …"); not "from the board"
_LEFT_WHOLE_RE = re.compile(
    r"(?:[,.;]|$| (?:in|on|last|this|that|effective|after|amid|over|to|and|abruptly|suddenly)\b)"
)
_FROM_A_BOARD_RE = re.compile(r" from (?:the |its |their |[\w&-]+['’]s )?(?:\w+ )?board\b")
_STAYS_RE = re.compile(r"\b(?:remains?|will remain|stays? on|will stay|continues? as)\b")
_COMMA_TITLE_MAX_WORDS = 14
# Appointments and removals, the person the object: "the board named chief financial officer
# Sofia Takahashi interim chief executive", "appointed Dana Wu as its chief technology
# officer", "voted to remove Jonah Albrecht as chief executive", "made Takahashi's
# appointment permanent".
# Between the verb and the name only what a title is made of ("named chief financial
# officer Sofia Takahashi"), not "named Omar Castel to succeed …", "named after …".
_APPOINTED_BEFORE_RE = re.compile(
    r"\b(?:named|appointed|made|elected|promoted|tapped|installed|hired|naming|appointing|"
    r"hiring|tapping|installing|reinstated|reinstating|recruited|recruiting|poached|"
    r"chose|choosing|picked|picking|selected|selecting|"
    # ("was to name Yuki Tanabe-Rowe, …, as chief scientist")
    r"(?<=\bto )(?:name|appoint|elect|hire|tap|install|recruit))"
    r"(?: (?!(?:to|after|for|by|with|than|and|or|succeed\w*|replac\w*)\b)[\w&'’-]+){0,5}"
    r"(?: (?:Dr|Prof|Mr|Mrs|Ms)\.)? $"  # ("named Dr. Anouk Verbeek, …, as …")
)
# The post of one removed, told right after their name: ", its head of product,"
_HELD_APPOSED_RE = re.compile(
    rf"^, (?:its|their|the company['’]s) (?P<d>{_SHORT_POST}(?: of [a-z]+(?: [a-z]+)?)?)"
    r"(?=[,.;]| after\b| in\b| on\b| for\b)"
)
_REMOVED_BEFORE_RE = re.compile(
    r"\b(?:remove|removed|removing|oust|ousted|ousting|fire|fired|firing|dismiss|dismissed|"
    r"replace|replaced|replacing|sack|sacked) $",
    re.IGNORECASE,
)
# What makes a removal or a departure one that did not happen: "tried to oust", "refused to
# remove", "never resigned as", "almost stepped down as"
_UNDONE_RE = re.compile(
    r"\b(?:tried|try|tries|trying|attempt\w*|sought|seek\w*|refus\w*|declin\w*|fail\w*|"
    r"never|almost|nearly|threaten\w*|want\w*|plan\w*|push\w* to|urg\w*|not|n't|"
    r"would|could|might|may|should|whether|if)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# A role after a name: words, a role word (any case), and "of" an organisation (capitalised)
# What a post may be at the head of, in a company
FUNCTIONS = (
    "research|engineering|product|products|sales|marketing|operations|policy|safety|finance|"
    "communications|strategy|science|technology|design|partnerships|legal|security|"
    "infrastructure|data|growth|people|talent|hardware|software|platforms?|development|"
    "health|environment|compliance|quality|manufacturing|supply|procurement|risk|audit"
)
_ROLE_PHRASE = (
    r"(?:(?:the|its|their|a|an) )?(?:[\w&'’-]+ ){0,3}?"
    # (two role words make one: "executive director", "executive chair")
    rf"(?i:{ROLE_WORDS})\b(?i: (?:director|officer|chair|chairman|chairwoman|editor)\b"
    # (a head of a trade: "head brewer", "head coach")
    rf"|(?<=[Hh]ead) (?:{HEAD_TRADES})\b)?"
    # ("head of research", "vice president of engineering": what the post heads)
    rf"(?: of (?:[a-z-]+,? ){{0,4}}?(?:{FUNCTIONS})\b)?"
    # (a head of a part no function names is no head: "head of environmental compliance")
    r"(?:(?<=[Hh]ead)(?! of [a-z])|(?<![Hh]ead))"
    r"(?! of the [Yy]ear)(?: (?:of|at) (?-i:[A-Z][\w&-]*(?: [A-Z][\w&-]*)*))?"
)
# "…, who had been chief executive since the company's founding"
_WHO_HAD_BEEN_RE = re.compile(rf"^, who had been (?P<d>{_ROLE_PHRASE})(?![\w-])")
# (two posts held together: "with Wierzbicki as co-founder and chief technology officer")
_AS_ROLE_RE = re.compile(
    # (not the subject's own clause after the one named: "hired Janet Ocampo and is chairman")
    rf"^(?P<as> as| to be| to)? (?!(?:and|or|but|is|was|has|had)\b)(?P<d>(?:new )?{_ROLE_PHRASE}"
    rf"(?: and (?:(?:the|its|their) )?(?:[a-z][\w'’-]* ){{0,2}}?(?i:{ROLE_WORDS})(?![\w-]))?)"
)
_APPOSED_AS_ROLE_RE = re.compile(
    rf"^(?:, [^,;.:\"“”()]{{2,120}}){{1,3}},(?P<as> as| to) "
    rf"(?P<d>(?:new |permanent )?{_ROLE_PHRASE})"
)
_APPOSED_POST_RE = re.compile(
    r"^(?:, [^,;.:\"“”()]{2,120}){1,2},(?P<as>) "
    rf"(?P<d>(?:interim|acting|permanent|new) {_ROLE_PHRASE})(?=[,.;]| (?:that|on|in|the|at|"
    r"after|until|from|with|while)\b|$)"
)
# Raised to a title: "promoted Imogen Trask to chief technology officer" ("to" is a title
# only after these: not "named Castel to the board", "appointed her to lead")
_PROMOTED_BEFORE_RE = re.compile(
    r"\b(?:promoted|promote|promotes|promoting|elevated|elevate|elevates|elevating)"
    r"(?: [\w&'’-]+){0,5} $"
)
# Raised to a post, the one raised named between commas after what they were: "promoted its
# head of search, Mei-Ling Oduya-Park, to CTO", "named its finance chief, Ana Ruiz, as …"
_RAISED_RE = re.compile(
    r"\b(?:promoted|elevated|named|appointed|made|tapped|installed|hired)\b", re.IGNORECASE
)
_APPOSED_RAISED_RE = re.compile(
    r"\b(?:promoted|elevated|named|appointed|tapped|installed) (?:its|their|the|his|her) "
    r"(?:[\w&'’-]+ ){0,4}?[\w&'’-]+, $"
)
_RAISED_TO_RE = re.compile(rf"^, (?:to|as) (?P<d>(?:new |permanent )?{_ROLE_PHRASE})(?![\w-])")
# "with Oyelaran as chief executive (and Karapetyan as chief technology officer)": a post
# given in passing
# (or a list of founders: "with three founders: Caldera-Moreau as chief scientist, …")
_WITH_AS_BEFORE_RE = re.compile(r"\b(?:with|and|(?:co-?)?founders:) $")
# ("with Adebayo-Kirsch as chief technology officer, Ferreira-Batista as chief financial
# officer and …": a later one of the list)
_WITH_AS_LIST_RE = re.compile(r"(?:\bwith|\b(?:co-?)?founders:) [A-Z][^;:.]*? as [^;:.]+, $")
# its last one, past what they are: "… and Rafael Núñez-Oyelaran, a software engineer who
# had written most of FoldSmith's code, as chief technology officer"
_LIST_END_RE = re.compile(r"(?:\bwith|\b(?:co-?)?founders:) [A-Z][^;:.]*? as [^;:.]+(?:,| and) $")
# What makes a post told one that was never taken: reported, denied, proposed, wished for
_UNSETTLED_RE = re.compile(
    r"\b(?:denied|denies|deny|report\w*|rumou?r\w*|specul\w*|pushed for|push for|propos\w*|"
    r"plan\w*|consider\w*|talks|would|could|might|wanted|wants|sought|seek\w*|if|whether|"
    r"unless|tried|try|attempt\w*|refus\w*|declin\w*|not|never|n't)\b",
    re.IGNORECASE,
)
# A post of something the text does not name: "chief executive of the combined company"
_OF_SOMETHING_RE = re.compile(r" (?:of|at) (?:the|a|an|its|their) (?!board\b)[a-z]")
_PERMANENT_RE = re.compile(
    r"^['’]s? (?:appointment|role|job|position|post) (?:permanent|official)\b"
)


@dataclass(frozen=True)
class Role:
    """A descriptor of a person, with its status ("former", "current" or "")."""

    key: str
    text: str
    status: str
    kind: str


def _status(text: str) -> str:
    if _FORMER_RE.search(text):
        return "former"
    if _CURRENT_RE.search(text):
        return "current"
    return ""


def _is_title_word(word: str) -> bool:
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    return bool(_TITLE_WORD_RE.match(bare)) or bool(_ROLE_RE.fullmatch(bare))


def _title_before(text: str, start: int) -> str:
    """The title words right before a name, or ""."""
    words = text[:start].split()[-8:]
    taken: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[-1] in ',.;:!?"“”()' or word in ("his", "her", "their", "its", "a", "an"):
            break
        if word == "and":
            if not taken or i == 0 or not _is_title_word(words[i - 1]):
                break
        elif not (_is_title_word(word) or word[0].isupper() or word in _TITLE_FILLERS):
            break
        taken.append(word)
    while taken and taken[-1] in ("and", "the", "of"):
        taken.pop()
    if not taken or not _is_title_word(taken[0]):
        return ""
    phrase = " ".join(reversed(taken))
    return phrase if _ROLE_RE.search(phrase) else ""


def _owner(text: str, mention: Mention, people: list[Mention]) -> tuple[str, str]:
    """ "his friend Luke Nosek": the pronoun, and the person it points at (the last one
    named before); ("", "") when the title has no owner."""
    before = text[: mention.start].split()
    if len(before) < 2 or before[-2] not in ("his", "her"):
        return "", ""
    earlier = [p for p in people if p.end <= mention.start and p.key != mention.key]
    if not earlier:
        return "", ""
    return before[-2], text[earlier[-1].start : earlier[-1].end]


# A post handed to someone: "handed the foundation's executive directorship to Joost Demirci"
_HANDED_RE = re.compile(
    r"\b(?:handed|passed|turned)(?: over)? (?P<owner>(?:the )?[\w-]+['’]s )?"
    r"(?:the |his |her |their )?(?P<post>(?:[a-z-]+ ){0,2}?(?:directorship|chairmanship|"
    r"chairwomanship|presidency|chair|leadership|(?:chief [a-z]+ )?officer['’]s role)) to $"
)
# A post's name from the word for holding it: "directorship" -> "director"
_POST_ENDINGS = (
    (r"directorship$", "director"),
    (r"chair(?:man|woman)ship$", "chair"),
    (r"presidency$", "president"),
    (r"leadership$", "leader"),
    (r"officer['’]s role$", "officer"),
)
# A chair held from some time until now: "Sunil Varadarajan, an air-traffic controller
# turned regulator, has chaired it since"
_HAS_CHAIRED_RE = re.compile(
    # ("Solberg-Haug, who has chaired the board since the founding, concedes …")
    r"^(?:, (?:a|an|the) [^,;]{2,120},|, who)? has (?:chaired|been chairing) "
    r"(?:(?P<it>it)|the board|its board|the company|the foundation)(?: ever)? since\b"
)
# Bodies a post may be at besides a company's board and management (knowledge.answering.roles
# keeps such posts from the company's too)
BODIES = r"panel|committee|council|commission|subcommittee|task force"
_OTHER_BODY_RE = re.compile(rf"\b(?:{BODIES})\b")
# The one a board is chaired by, named right after it
_CHAIRED_BY_RE = re.compile(
    # (a board's chair: not "a committee chaired by Pieter Jansen", which is the committee's;
    # "the board of the trust, then chaired by the retired banker Walter Kingsmill": then)
    # "the foundation's board, chaired since 2018 by the former Norwegian diplomat …": since
    # ("The board was chaired at the time by …": then; not "the board's audit committee,
    # chaired since 2019 by …", the committee's)
    r"\b(?P<new>new )?board\b(?P<mid>[^.;]{0,50}?)\b(?P<then>then |at the time )?chaired"
    r"(?: since (?P<since>(?:19|20)\d\d))?(?P<was> at the time| then)? by\s+"
    r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){1,2})?$"
)
# Someone given another's post: "Maren Lund, …, succeeded him as chair", "…, had replaced
# Asante-Mensah as chair" (not "as chair of the remuneration committee": a committee's)
_SUCCEEDED_AS_RE = re.compile(
    rf"^(?:, [^;]{{2,120}}?,)? (?:had |has )?(?:succeeded|replaced) "
    rf"(?P<whom>him|her|them|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) as (?P<post>{_ROLE_PHRASE})"
)
# What may come before a sentence's subject: nothing, or what tells when or where first
# (knowledge.answering.rank reads who replaced whom by it too)
SUBJECT_AT_RE = re.compile(r"(?:[^,.;:]{0,60},\s+)?(?:Dr\.\s+|Prof\.\s+)?")
_OF_BODY_RE = re.compile(rf" of (?:the |its |a )?(?:[\w-]+ )?(?:{BODIES})\b")
# A board's chair said to sit in it: "with Aldridge still in the chair" (not "in the chair
# closest to the stage", a seat)
_IN_THE_CHAIR_RE = re.compile(r"^ (?:still |already |now |then )?in the chair(?=[,.;]|$)")
# The board's chair told of before the name: "The retired judge who had chaired the board and
# led the vote, Desmond Achterberg, resigned"
_HAD_CHAIRED_RE = re.compile(
    r"\b(?:who|that) (?P<had>had )?(?:chaired|led|headed) (?:the|its) board\b[^.;,]{0,60},\s+$"
)
# A post taken by its title: "took the chief executive's title", "took the chair's job"
_TOOK_POST_RE = re.compile(
    r"^(?:, (?:who|a|an|the) [^;]{2,120}?,)? took (?:the|its) (?P<post>(?:[a-z-]+ ){0,2}?"
    r"(?:chief executive|chief [a-z]+ officer|president|chair|chairman|chairwoman|executive "
    r"director))['’]s (?:title|job|post|role|seat)\b"
)
# Someone asked to run the company: "The board asked Ines Vasconcelos, Ramplight's chief
# financial officer, to run the company on an interim basis"
_ASKED_TO_RUN_BEFORE_RE = re.compile(r"\b(?:asked|named|tapped|chose|picked|installed) $")
_TO_RUN_RE = re.compile(
    r"^(?:, [^,;]{2,90},)? to (?:run|lead) (?:the|its) (?:company|firm|lab|business|"
    r"organi[sz]ation|startup|cooperative)(?P<interim> (?:on an interim basis|in the interim|"
    r"temporarily|for now|until a permanent [a-z ]+ was found))?\b"
)
# The chair taken: "Solberg, the station's general manager, took the chair of the new board"
# (not "took the chair of the audit committee": another body's)
_TOOK_CHAIR_RE = re.compile(
    r"^(?:, (?:who|a|an|the) [^;]{2,120}?,)? took (?:over )?the chair"
    r"(?: of (?:the|its) (?:new |company's |foundation's )?board)?(?! of)\b"
)
# A post handed to someone named after it: "handed him the chief executive's job"
_GIVEN_POST_RE = re.compile(
    r" (?:the |his |her |its )?(?P<post>(?:[a-z-]+ ){0,2}?(?:chief executive|chief [a-z]+ officer|"
    r"president|chair|chairman|chairwoman|executive director|director|leadership))"
    # (the post's job, or the post itself: not "the chief executive's written apology")
    r"(?:['’]s (?:job|post|role|title|seat)\b|\b(?!['’]))"
)
# The one handing it on, past what is said of them: "Solberg, who has said …, handed him"
_HANDED_ON_RE = re.compile(
    r"^(?:, (?:who|a|an|the) [^;]{2,160}?,)? handed (?P<to>him|her|[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    + _GIVEN_POST_RE.pattern
)
# A post said to be someone's, the post first: "The new chair of both boards is Adaeze
# Nwosu-Hartley", "…; its chief scientist is now Haruka Mori"
_POST_IS_RE = re.compile(
    r"(?:^|[;:]\s+|,\s+and\s+)(?:The|the|Its|its|Their|their) (?P<d>(?:new |current |interim |"
    r"acting |first |last )?[a-z][\w'’ -]{1,60}?) (?:is|was|became|has been)(?: now)? $"
)
# … the post being what the phrase names ("new chair of both boards"), not what it is of
# ("loudest critic of the new chief executive")
_POST_FIRST_RE = re.compile(
    rf"(?:(?:new|current|interim|acting|first|last) )?(?:[a-z-]+ )?(?i:{ROLE_WORDS})\b"
    r"(?! of the (?:new |current |interim )?(?:chief|chair|president|director))"
    # ("The only director to vote against was …": what they did, no post)
    r"(?! to [a-z])"
)
# What may follow such a name: the sentence's end, or an appositive about the one named
_NAME_ENDS_RE = re.compile(r"(?:, (?:a|an|the|who|now)\b|[.;]|,? and\b|$)")


# A date a clause opens on, before what it says of someone: "In April 2023 its chair, …"
_DATE_OPENING_RE = re.compile(
    r"^(?:In|On|By|Since|Until|From|After|Last|That|This|Early|Late) (?:(?:early|late) )?"
    r"(?:(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber"
    r"|spring|summer|autumn|fall|winter) )?(?:\d{1,2},? )?\d{4},? "
    r"|^(?:In|On|By|Since|Until|From|Last|That|This|Early|Late) (?:(?:early|late) )?"
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber"
    r"|spring|summer|autumn|fall|winter)(?: \d{1,2})?,? "
)


# A list of names, its first item before the comma: "Its founders were Amara Okonkwo-Bell"
_LIST_SAID_RE = re.compile(
    r"\b(?:were|are|was|is|included|includes|include)\b.*\b[A-Z][\w'’-]+ [A-Z][\w'’-]+$"
)


def _comma_title(text: str, mention: Mention) -> str:
    """ "Early OpenAI employee and current CTO of AI startup Cresta, Tim Shi, said"."""
    before = text[: mention.start]
    if not before.endswith(", ") or not text[mention.end :].startswith(","):
        return ""
    clause = re.split(r"[.;:!?\"“”]\s|, (?=[a-z])", before[:-2])[-1].strip()
    clause = _DATE_OPENING_RE.sub("", clause)  # "In April 2023 its chair, Henrik Aalto,"
    words = clause.split()
    if not words or len(words) > _COMMA_TITLE_MAX_WORDS or not _ROLE_RE.search(clause):
        return ""
    if _RAISED_RE.search(clause):
        return ""  # "Casewell promoted its head of search, Mei-Ling Oduya-Park, to CTO": no title
    if _LIST_SAID_RE.search(clause):
        return ""  # "Its founders were Amara Okonkwo-Bell, Tomás Ibáñez, …": a list, no title
    # (or a company's own, after a clause about it: "…; its head of developer platforms,
    # Sunniva Rask, attends meetings")
    return clause if clause[0].isupper() or words[0] in ("its", "their") else ""


_NOT_AGENT = frozenset(
    "after under over later other another former never ever either neither together rather "
    "whether better matter member number order year".split()
)


# Words for a person that no agent-noun ending gives: "the Rotterdam-born shipping magnate",
# "a former deputy secretary of the US Treasury"
_PERSON_NOUNS = frozenset(
    "magnate tycoon mogul heir heiress baron secretary deputy diplomat official veteran expert "
    "academic physician surgeon nurse attorney judge senator governor admiral colonel general "
    "pilot astronaut chef student graduate dropout prodigy millionaire philanthropist".split()
)


_BARE_PERSON_RE = re.compile(
    r"(?:heir|heiress|scion|son|daughter|widow|grandson|granddaughter|nephew|niece) (?:to|of)\b"
    r"|one of\b"
)


def _describes(phrase: str) -> bool:
    """ "a former salesman for a shipping firm", "a computational linguist": a person's trade
    (a word for someone who does something) within its first words."""
    if _BARE_PERSON_RE.match(phrase):
        return True  # "heir to the Ostrowe Maritime shipping fortune", "one of its founders"
    words = phrase.split()
    return words[0] in ("a", "an", "the") and any(
        (re.fullmatch(r"[a-z-]+(?:man|woman|er|or|ist|ian|ant)", w) and w not in _NOT_AGENT)
        or w in _PERSON_NOUNS
        for w in words[1:5]
    )


# Where a description after "became"/"was" ends and another clause starts: "chief executive
# and Herrold took the title of …", "its chair while Ostrova ran …".
_NEXT_CLAUSE_RE = re.compile(
    r"\s+(?:and|but|while|whereas|as)\s+(?=[A-Z])|\s+(?:while|whereas)\b"
    # ("remains a director and holds about 22 percent of the company": what else she does)
    # (not "and was confirmed in the post": more of the post)
    r"|\s+and\s+(?=(?:holds|held|owns|owned|said|says|lives|lived|teaches|taught|works|"
    r"worked|spends|spent)\b)"
)


def _own_clause(description: str) -> str:
    """The description up to where another clause begins."""
    return _NEXT_CLAUSE_RE.split(description, maxsplit=1)[0]


def roles_in(text: str, people: list[Mention]) -> list[Role]:
    """Every role the sentence gives the people it names."""
    found: list[Role] = []

    def add(key: str, phrase: str, kind: str) -> None:
        phrase = phrase.strip(" ,")
        if phrase:
            found.append(Role(key=key, text=phrase, status=_status(phrase), kind=kind))

    for m in people:
        if m.implicit:
            # "she stepped down as chief executive and was named chief scientist": only
            # what a pronoun, as the subject, says of itself
            if re.fullmatch(r"he|she", text[m.start : m.end], re.IGNORECASE):
                others = [p.start - m.end for p in people if p.start > m.end]
                for phrase, kind in _said_of_subject(text[m.end :], others, text[: m.start]):
                    add(m.key, phrase, kind)
                copula = _COPULA_RE.match(text[m.end :])  # "She became its chair in 2023."
                if (
                    copula
                    and _ROLE_RE.search(_own_clause(copula["d"]))
                    and all(at > copula.end() for at in others)  # ("…; he ran …": his)
                ):
                    add(m.key, _own_clause(copula["d"]), "appositive")
                does = _DOES_NOW_RE.match(text[m.end :])  # "He now runs Kettleby Works"
                if does and not others:
                    add(m.key, does["d"], "title")
            elif re.fullmatch(r"him|her", text[m.start : m.end], re.IGNORECASE):
                # "the board … removed her as chief learning officer": what was done to them
                appointed = _appointed(text, m, people)
                if appointed:
                    add(m.key, appointed[0], appointed[1])
                given = _GIVEN_POST_RE.match(text, m.end)
                if given and re.search(r"\bhanded\s+$", text[: m.start]):
                    # "Solberg … handed him the chief executive's job in September 2018"
                    add(m.key, given["post"], "title")
            continue
        after = text[m.end :]
        title = _title_before(text, m.start)
        pronoun, owner = _owner(text, m, people)
        # the article's words, the person "his" means in parentheses: "his friend (Musk)"
        add(m.key, f"{pronoun} {title} ({owner})" if title and owner else title, "title")
        add(m.key, _comma_title(text, m), "title")
        handed = _HANDED_RE.search(text, max(0, m.start - 120), m.start)
        if handed:
            # "Varnhagen handed the foundation's executive directorship to Joost Demirci": his
            # post, and (when the one before is the subject of it) hers no longer
            post = handed["post"]
            for ending, spelled in _POST_ENDINGS:
                post = re.sub(ending, spelled, post)
            post = f"{handed['owner'] or ''}{post}"
            add(m.key, post, "title")
            # (the one handing it, right before the verb: not "the board, led by its chair
            # Ruth Okafor, handed …", hers to hand only as the board's)
            giver = [p for p in people if p.end <= handed.start() and p.key != m.key]
            if giver and text[giver[-1].end : handed.start()] == " ":
                add(giver[-1].key, f"stepped down as {post}", "change")
        chairs = _HAS_CHAIRED_RE.match(after)
        if chairs and not (chairs["it"] and _OTHER_BODY_RE.search(text, 0, m.start)):
            # "Varadarajan, …, has chaired it since" (not "The company's ethics panel was
            # created in 2020; Femke Visser … has chaired it since": the panel's)
            add(m.key, "current chair", "title")
        succeeded = _SUCCEEDED_AS_RE.match(after)
        if (
            succeeded
            # (its subject: not "Investors loyal to Jana Lund, …, replaced Mbaye as chair
            # with Petra Ortega", who put another in)
            and SUBJECT_AT_RE.fullmatch(text, 0, m.start)
            and not after.startswith(" with ", succeeded.end())
            # (no one else named on the way but the one replaced)
            and not any(
                m.end < p.start < m.end + succeeded.end()
                and p.start != m.end + succeeded.start("whom")
                for p in people
            )
            and not _OF_BODY_RE.match(after, succeeded.end())
        ):
            add(m.key, succeeded["post"].strip(), "title")
        if _IN_THE_CHAIR_RE.match(after):
            add(m.key, "chair", "title")  # "the board, …, with Aldridge still in the chair"
        chaired = _CHAIRED_BY_RE.search(text, max(0, m.start - 80), m.start)
        if chaired and not _OTHER_BODY_RE.search(chaired["mid"]):
            # "a new board chaired by Harriet Nwosu-Fenwick", "the board, at the time six
            # people chaired by Okonkwo-Baird": the chair, then or new
            if chaired["new"]:
                add(m.key, "chair of the new board", "title")
            else:
                since = f" since {chaired['since']}" if chaired["since"] else ""
                then = chaired["then"] or chaired["was"]
                add(m.key, "formerly chair" if then else f"chair{since}", "title")
        had_chaired = _HAD_CHAIRED_RE.search(text, max(0, m.start - 120), m.start)
        if had_chaired:
            add(m.key, "formerly chair" if had_chaired["had"] else "chair", "title")
        took = _TOOK_POST_RE.match(after)
        if took and not any(m.end < p.start < m.end + took.end() for p in people):
            add(m.key, took["post"], "title")  # "Etxeberria … took the chief executive's title"
        elif _TOOK_CHAIR_RE.match(after):
            add(m.key, "chair", "title")
        gave = _HANDED_ON_RE.match(after)
        if gave and not any(m.end < p.start < m.end + gave.start("to") for p in people):
            # "Solberg, who has said …, handed him the chief executive's job": hers no longer
            add(m.key, f"stepped down as {gave['post']}", "change")
        if _ASKED_TO_RUN_BEFORE_RE.search(text, max(0, m.start - 40), m.start):
            run = _TO_RUN_RE.match(after)
            if run is not None:
                # "The board asked Ines Vasconcelos, Ramplight's chief financial officer, to
                # run the company on an interim basis": its head, for now
                # (whatever the top post is called there: its head)
                add(m.key, "interim head" if run["interim"] else "head", "title")
        named_as = _POST_IS_RE.search(text, 0, m.start)
        if named_as and _POST_FIRST_RE.match(named_as["d"]) and _NAME_ENDS_RE.match(after):
            add(m.key, named_as["d"], "title")  # "The new chair of both boards is Adaeze …"
        copula = _COPULA_RE.match(after)
        # (not in someone's words: '"Nora was the one who could explain to an investor …"')
        if copula and _ROLE_RE.search(_own_clause(copula["d"])) and not quoted_at(text, m.start):
            # "was most recently head of operations at …": an earlier post, said so
            earlier = f"{copula['earlier']} " if copula["earlier"] else ""
            add(m.key, earlier + _own_clause(copula["d"]), "appositive")
        coordinated = _AND_COPULA_RE.match(after)
        if (
            coordinated
            and not any(m.end < p.start < m.end + coordinated.end() for p in people)
            and not quoted_at(text, m.start)
        ):
            add(m.key, _own_clause(coordinated["d"]), "appositive")
        as_clause = _AS_RE.search(text[: m.start])
        if as_clause and _ROLE_RE.search(as_clause["d"]):
            add(m.key, as_clause["d"], "title")
        trade = _TRADE_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
        if trade is not None and not _ROLE_RE.search(trade["d"]):
            # "the jazz bassist Lúcia Abernathy-Nkemelu": what she is, said before her name
            add(m.key, ("an " if trade["d"][0] in "aeiou" else "a ") + trade["d"], "appositive")
        appositive = _APPOSITIVE_RE.match(after)
        if (
            appositive
            and (_ROLE_RE.search(appositive["d"]) or _describes(appositive["d"]))
            # "signed by Okafor, chief financial officer Ines Barrow and …": a list, the
            # title the next person's (not their own name again: "Harlan Ostrowe, heir to the
            # Ostrowe Maritime shipping fortune")
            and not any(
                m.end < p.start < m.end + appositive.end()
                and p.key != m.key
                # ("Jenna Calloway, Ruth Calloway's niece and the head of engineering": whose
                # kin she is, not a list's next name)
                and not _POSSESSIVE_AFTER_RE.match(text, p.end)
                for p in people
            )
        ):
            add(m.key, appositive["d"], "appositive")
        who = _WHO_RE.match(after)
        if who:
            add(m.key, "who " + who["d"], "clause")
        made = _WHOM_MADE_RE.match(after)
        if made:  # "Lindqvist, whom the board made permanent chief executive last November,"
            add(m.key, made["d"], "title")
        gapped = _GAPPED_ROLE_RE.match(after)
        if gapped and _GAPPED_BEFORE_RE.search(text, max(0, m.start - 100), m.start):
            # "Varga became chief executive and Sandoval chief technology officer": the verb
            # the second shares with the first, left out
            add(m.key, gapped["d"], "title")
        paren = _PAREN_RE.match(after)
        if paren:
            add(m.key, paren["d"], "title")
        does = _DOES_NOW_RE.match(after)
        if (
            does
            and not _GOVERNED_RE.search(text[: m.start])
            and not any(m.end < p.start < m.end + does.start("d") for p in people)
        ):
            add(m.key, does["d"], "title")
        now_does = _THEN_NOW_RE.search(after)
        if (
            now_does
            and not any(m.end < p.start < m.end + now_does.start("d") for p in people)
            # (nor past a name the sentence gives another: "… hired Ryo Sato …; he now runs")
            and not _NAME_LIKE_RE.search(after, 0, now_does.start("d"))
        ):
            # "Morimoto went back to running operations; he now leads the company's …"
            add(m.key, now_does["d"], "title")
        later = [p.start - m.end for p in people if p.start > m.end]
        said = _said_of_subject(after, later, text[: m.start])
        for phrase, kind in said:
            add(m.key, phrase, kind)
        # ("Solberg and Marchetti resigned together": each of the two)
        partner = next(
            (p for p in people if not p.implicit and text[m.end : p.start] == " and "), m
        )
        tail = text[partner.end :]
        resigned = _RESIGNED_RE.match(tail)
        if resigned and _FROM_A_BOARD_RE.match(tail, resigned.end()):
            resigned = None  # "resigned from the board of …": a seat left, not the job
        if resigned and not any(kind == "change" for _phrase, kind in said):
            # "Nakamura-Frost, Pagewhistle's chief financial officer, resigned": the post the
            # sentence gives them is the one left
            held = [r.text for r in found if r.key == m.key and r.kind != "change"]
            before = text[: partner.end + resigned.start("d")]  # held before, not taken after
            post = next(
                (h for h in held if h in before and _ROLE_RE.search(h) and not h.startswith("who")),
                "",
            )
            verb = resigned["d"]
            # (not "resigned from the board …", nor a resignation that keeps the post)
            whole = _LEFT_WHOLE_RE.match(tail, resigned.end()) and not _STAYS_RE.search(text)
            # (the post in parentheses: read from the sentence, not written in it)
            left = f"{verb} (as {post})" if post and whole and verb != "left" else verb
            add(m.key, left, "change")
        who_had = _WHO_HAD_BEEN_RE.match(after)
        removed_by = _REMOVED_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
        if who_had and removed_by:
            # "voted to remove Fenn, who had been chief executive since 2018": that post
            add(m.key, f"removed (as {who_had['d']})", "change")
        elif (
            removed_by
            and (lost := _HELD_APPOSED_RE.match(after)) is not None
            and not _UNDONE_RE.search(text[max(0, m.start - 80) : m.start])
        ):
            # "Lingoline fired Samuel Greer, its head of product, after …": the post he lost
            add(m.key, f"removed (as {lost['d']})", "change")
        appointed = _appointed(text, m, people)
        if appointed:
            add(m.key, appointed[0], appointed[1])
        elif post := _hired_for_post(text, m):
            add(m.key, f"(hired as {post})", "title")
        led = _BOARD_LED_BY_RE.search(text[: m.start]) if "board" in text else None
        if led:  # "The board is now led by Gideon Marchetti-Olsen"
            add(m.key, f"{'now ' if led['now'] else ''}chair of the board", "title")
        served = _SERVED_RE.match(after)
        if served and not _SUPPOSED_RE.search(text[: m.start]):
            said_over = "formerly " if served["over"] and served["v"] == "served" else ""
            add(m.key, said_over + served["d"], "appositive")
        became = _SHE_BECAME_RE.search(after)
        if (
            became
            and all(p.key == m.key for p in people)
            # one of the two pronouns in the sentence, and no one's speech before it ("said
            # her former deputy had been loyal until he quit to become …": another's)
            and len({pronoun_of(w) for w in _HE_OR_SHE_RE.findall(text)}) == 1
            and not _SPOKE_RE.search(after, 0, became.start())
        ):
            # "Mara Lindqvist, a Swedish physicist who had run …, before she agreed to become
            # Isobar's chief scientist": the sentence names no one else "she" may be
            add(m.key, became["d"].strip(), "title")
        went = _POST_WENT_TO_RE.search(text, max(0, m.start - 120), m.start)
        if went:
            add(m.key, went["post"], "title")
        described_became = _DESCRIBED_BECAME_RE.match(after)
        if described_became and not any(
            m.end < p.start < m.end + described_became.end() for p in people
        ):
            add(m.key, described_became["d"], "title")
        joined_as = _JOINED_AS_RE.match(after)
        if joined_as:  # "Mokoena joined him the following year as chair of its board"
            add(m.key, joined_as["d"], "title")
        joined = _JOINED_RE.match(after)
        if joined and not any(p.start > m.end and p.start < m.end + joined.end() for p in people):
            add(m.key, joined["j"], "change")  # as written: "joining the competitor Anthropic"
    return found


# What the subject's own verbs say of its roles: "… stepped down as chief executive and was
# named chief scientist", "resigned as CTO", "was appointed chief executive".
_LEFT_RE = re.compile(
    # past what the subject is or did ("…, who had drawn every hull, opposed the change and
    # resigned as chief technology officer")
    r"^(?:, (?:who|a|an|the) [^,;.:\"“”()]{2,80},)?(?:,? [a-z][^.;,\"“”]{0,60}? and)?"
    r",? (?:(?P<w>[a-z]+) )?(?P<v>stepped down|resigned|quit|was removed|was ousted|was fired) "
    r"as "
)
_LEFT_ROLE_RE = re.compile(rf"(?P<d>{_ROLE_PHRASE})")
_NAMED_ROLE_RE = re.compile(
    r"^(?:,? [^.;\"“”]{0,80}? and|, [^,.;\"“”]{2,120},)?,? (?:was|has been|had been) "
    r"(?:named|appointed|made|"
    # ("Hale was confirmed as permanent chief executive on May 20")
    rf"elected|promoted to|confirmed as|confirmed in the post of)(?: as)? (?P<d>{_ROLE_PHRASE})"
)

# "… resurfaced as chief technology officer of Tallgrass", "returned as chief executive",
# "joined Tessary, a Boston rival, as president": a role taken up, as the subject's own verb
# says it. Between the verb and "as" only the company joined (with what it is, ", a …,") or
# when: never another clause ("joined Halden, where her brother worked as …"). Verbs that
# tell a past stint ("served as … from 2010 to 2016", "worked as", "started as") are left out.
_TOOK_UP_RE = re.compile(
    # past what the subject is ("Marchbanks, a former airline treasurer, joined as …"; "…,
    # a computer scientist who had designed recommendation systems at two larger networks,";
    # past an age, "Walter Dunmore, now 72, stayed on as board chair")
    r"^(?:, (?:now |then )?\d{1,3},)?(?:, (?:a|an|the) [^,;.:\"“”()]{2,120},)?"
    r",? (?:(?:later|then|soon|eventually|quickly|briefly|now|also|has|had|will) )?"
    r"(?P<v>resurfaced|re-?emerged|returned|rejoined|joined|stayed on|stays on|took over|"
    r"came back|signed on|was hired|was brought (?:in|on|back)|stepped in|stepped up|"
    r"was installed|was tapped)"
    r"(?P<mid>(?: (?:to )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"
    r"(?:, (?:a|an|the) [^,;.:\"“”()]{2,80},)?)?"
    r"(?: in (?:[A-Z][a-z]+ )?(?:\d{1,2}, )?\d{4}| in [A-Z][a-z]+| later| that year)?)"
    rf",? as (?P<d>{_ROLE_PHRASE})(?![\w-]| (?:[a-z]+ed|spoke|said|was|were)\b| of [a-z])"
)
# "served as interim CEO for seven months": a post held for a while, over by the time it is
# told when the text says how long (or until when)
_SERVED_RE = re.compile(
    # (past what they are: "Henrik Solberg, a Norwegian-born researcher who served as …")
    r"^(?:, [^,;.:\"“”()]{2,80},|, (?:a|an) [^,;.:\"“”()]{2,80}? who)?,? "
    r"(?:(?:briefly|also|later|then) )?"
    r"(?P<v>served|serves|has served|has been serving|is serving) as "
    rf"(?P<d>{_ROLE_PHRASE})(?![\w-])"
    r"(?P<over>,? (?:for (?!the past|the last)|from|until|till|through|between)\b)?"
)
# Who took whose post: "He was replaced by Renske Obuya", "Obuya succeeded Haverkamp as
# chief financial officer" (the old holder first, then the new, then the title if said)
_REPLACED_BY_RE = re.compile(
    # ("He was succeeded as CTO in January 2024 by Sunniva Ekström": when, on the way)
    # (past what else they did: "left the board in October 2022 and was replaced as chair by")
    rf"^(?: [^,;.:\"“”()]{{2,60}}? and)? (?:was|had been|is being) (?:replaced|succeeded)"
    rf"(?: as (?P<t>{_ROLE_PHRASE}))?"
    r"(?: (?:in|on|that|the following) [\w ,]{1,24}?)? by $"
)
_REPLACED_RE = re.compile(
    r"^ (?:(?:was|has been|had been) (?:promoted|named|hired|appointed|tapped|brought in) to "
    r"(?:replace|succeed)|replaced|succeeded|succeeds|replaces) $"
)
# "…, took over from him as chief technology officer": likewise
_TOOK_OVER_FROM_RE = re.compile(
    rf"\b(?:took|takes) over from (?P<p>him|her)\b(?: as (?P<t>{_ROLE_PHRASE})(?![\w-]))?"
)
# "…, to replace him": the one replaced is the person the story was about
_REPLACE_PRONOUN_RE = re.compile(r",? to (?:replace|succeed) (?P<p>him|her)\b")
# "Lena Okafor, a former grocery executive who had served as …, replaced him": so too,
# right after the one named (past what they are; matched from there, so no "^"), not "…
# replaced him with Bo Li", where the one named did the replacing, nor "… replaced him as
# chair", whose post the sentence gives her itself
_REPLACED_PRONOUN_RE = re.compile(
    r"(?:, [^;.\"“”]{2,160}?,)? (?:replaced|succeeded) (?P<p>him|her)\b(?! with\b| by\b| as\b)"
)
# "Her replacement, Lucía Ferreira-Quist, …", "Brandt's successor as chair, Ana Ruiz": the
# one named next took the post of the one the pronoun (or the name) stands for
_SUCCESSOR_OF_RE = re.compile(
    rf"(?:\b(?P<p>[Hh]is|[Hh]er)|['’]s) (?:replacement|successor)(?: as (?P<t>{_ROLE_PHRASE}))?,? $"
)
_HIRED_RE = re.compile(
    r"\b(?:hired|promoted|named|appointed|tapped|picked|chose|recruited|poached|installed|"
    r"brought in|brought on)\b"
)
_REPLACED_AS_RE = re.compile(rf"^ as (?P<t>{_ROLE_PHRASE})(?![\w-])")


@dataclass(frozen=True)
class Succession:
    """A post passed on in a sentence: `new` took `old`'s (`title`, "" when unsaid)."""

    new: str
    old: str
    title: str
    at: int = 0  # where the sentence names the new holder
    left: bool = False  # the old holder as "him" or "her": only a post they left is passed on


def successions(
    text: str,
    people: list[Mention],
    last_person: str | None = None,
    told_as: Mapping[str, str] | None = None,
) -> list[Succession]:
    """Who replaced whom, as the sentence says it of two people it names (a pronoun for the
    first counts: "He was replaced by Renske Obuya"), or of one it names and the person the
    story was last about (`last_person`, unless the article calls them by the other pronoun:
    `told_as`), as "him" or "her": "The company promoted its chief engineer, Hollis Strand,
    to replace him" (the one hired or promoted, not someone named in what they are:
    "hired Daniel Okoro, a former deputy to … chief executive Laura Kessler, to replace him")."""
    found = []
    replaced = _REPLACE_PRONOUN_RE.search(text)
    said = (told_as or {}).get(last_person or "")
    if replaced and last_person is not None and said in (None, pronoun_of(replaced["p"])):
        hired = list(_HIRED_RE.finditer(text, 0, replaced.start()))
        after = hired[-1].end() if hired else 0
        new = [m for m in people if not m.implicit and after <= m.start < replaced.start()]
        if new and new[0].key != last_person:
            found.append(
                Succession(new=new[0].key, old=last_person, title="", at=new[0].start, left=True)
            )
    took = _TOOK_OVER_FROM_RE.search(text)
    said = (told_as or {}).get(last_person or "")
    if took and last_person is not None and said in (None, pronoun_of(took["p"])):
        # "Anna Ferreira-Holm, who had joined …, took over from him as chief technology
        # officer": the one named before it, from the one the story was about
        new = [m for m in people if not m.implicit and m.start < took.start()]
        if new and new[-1].key != last_person:
            title = (took["t"] or "").strip()
            found.append(
                Succession(new=new[-1].key, old=last_person, title=title, at=new[-1].start)
            )
    first = next((m for m in people if not m.implicit), None)
    took_his = _REPLACED_PRONOUN_RE.match(text, first.end) if first is not None else None
    if (
        took_his is not None
        and first is not None
        and last_person not in (None, first.key)
        and said in (None, pronoun_of(took_his["p"]))
    ):
        found.append(Succession(new=first.key, old=str(last_person), title="", at=first.start))
    of = _SUCCESSOR_OF_RE.search(text, max(0, first.start - 90), first.start) if first else None
    if first is not None and of is not None:
        if of["p"]:
            old = last_person if said in (None, pronoun_of(of["p"])) else None
        else:
            old = next((m.key for m in people if m.end == of.start()), None)
        if old is not None and old != first.key:
            title = (of["t"] or "").strip()
            found.append(Succession(new=first.key, old=old, title=title, at=first.start, left=True))
    for a, b in itertools.pairwise(people):
        between = text[a.end : b.start]
        passive = _REPLACED_BY_RE.match(between)
        if passive:
            title = (passive["t"] or "").strip()
            found.append(Succession(new=b.key, old=a.key, title=title, at=b.start))
        elif _REPLACED_RE.match(between):
            title = _REPLACED_AS_RE.match(text, b.end)
            said = title["t"] if title else ""
            found.append(Succession(new=a.key, old=b.key, title=said, at=a.start))
    return [f for f in found if f.new != f.old]


# "if Musk served as CEO": a role supposed, not taken up
_SUPPOSED_RE = re.compile(
    r"\b(?:if|whether|unless|suppose|supposing|imagine|imagined|should|in case)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_JOINED_ORG_RE = re.compile(r"^ (?:to )?(?P<org>[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)")


# A part of the company run under a title: "he ran engineering as chief technology officer"
_RAN_AS_RE = re.compile(
    r"^ (?:(?:later|then|also) )?(?:ran|led|headed|oversaw|managed|runs|leads|heads|oversees|"
    r"manages) (?:the |its |their )?(?:[a-z-]+ ){0,2}?[a-z-]+ as "
    rf"(?P<d>{_ROLE_PHRASE})(?![\w-])"
)
_BRIEFLY_RE = re.compile(r",? (?:only )?(?:briefly|for a (?:short )?(?:while|time))\b")


def _took_up(after: str, others: list[int]) -> tuple[str, str] | None:
    """ "resurfaced as chief technology officer of Tallgrass" -> that title; the company
    joined added when the title names none ("president (Tessary)")."""
    m = _TOOK_UP_RE.match(after)
    if m is None or any(at < m.start("d") for at in others):
        return None
    role = m["d"].strip()
    if m["v"] in ("stayed on", "stays on") and _BRIEFLY_RE.match(after, m.end()):
        return f"formerly {role}", "appositive"  # "stayed on as president only briefly"
    org = _JOINED_ORG_RE.match(m["mid"]) if m["v"] in ("joined", "rejoined", "returned") else None
    if org and " of " not in role:
        role = f"{role} ({org['org']})"
    # "stayed on as board chair until May 2023": the end it is given stays with it
    ended = _UNTIL_RE.match(after, m.end())
    return role + (ended.group() if ended else ""), "appositive"  # (like "Renwick, the CTO …")


# "took the title of chief technology officer", "picked up the additional title of
# president", "went back to being chief financial officer", "resigned to become chief
# scientist at Lumenforge": a title the subject takes, said after the name (at the start of
# what follows it, or after an "and" of the subject's own).
_TAKES_TITLE_RE = re.compile(
    r"(?:^,?|,? and) (?:(?:later|then|also|soon|quickly) )?(?:"
    r"(?:took|picked up|assumed|added|gained|took on|was given|kept|retained) the "
    r"(?:[a-z]+ ){0,2}?(?:title|role|post|position|job) of"
    r"|(?:went back to|returned to|goes back to) being"
    # "Mokoena took a new title, chief learning officer"
    r"|(?:took|was given|got|gained) (?:a |the )?(?:new )?(?:title|role|job|post),"
    r"|(?:resigned|left|quit|stepped down)(?: [^,.;\"“”]{0,40}?)? to become"
    # "Raghunathan succeeded him as chief scientist"
    r"|succeeded (?:him|her|them|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) as"
    # the last of the subject's acts: "He pledged $60 million, paid $25 million up front,
    # and became HelixForge's first chair"
    r"|became"
    rf") (?P<d>{_ROLE_PHRASE})(?![\w-])"
)


# A title the one named takes later in the sentence, as "he" or "she": "before she agreed to
# become Isobar's chief scientist", "until he was hired to become its president"
_HE_OR_SHE_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_SPOKE_RE = re.compile(r"\b(?:said|says|told|wrote|recalled|added)\b")
# A post passed to the one named next: "Ibáñez's post as chief scientist went to Yusuf
# Karaman", "the job of chair fell to Ana Ruiz"
_POST_WENT_TO_RE = re.compile(
    r"\b(?:post|job|role|title|position|seat) (?:as|of) "
    rf"(?P<post>{_ROLE_PHRASE}) (?:went|passed|fell) to $"
)
# What someone described became, said in the description: "Marisol Ocampo-Tate, a former
# fire planner who became Emberwatch's first chief executive"
_DESCRIBED_BECAME_RE = re.compile(
    r"^, (?:a|an) [^,;.:\"“”()]{2,80}? who (?:later |then |eventually )?became "
    rf"(?P<d>{_ROLE_PHRASE})(?![\w-])"
)
_SHE_BECAME_RE = re.compile(
    r"\b(?:he|she) (?:agreed|went on|was hired|was recruited|was chosen|left|resigned|quit) "
    rf"to become (?P<d>{_ROLE_PHRASE})(?![\w-])"
)
_NAME_LIKE_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
_THEN_NOW_RE = re.compile(
    rf"^[^;.]{{2,120}}; (?:he|she) (?P<d>now (?:{DOES_NOW_VERBS}) {_DOES_WHAT})"
)
_JOINED_AS_RE = re.compile(
    r"^ joined (?:him|her|them)(?: [^,.;\"“”]{0,40}?)? as "
    rf"(?P<d>{_ROLE_PHRASE})(?![\w-])"
)
_UNTIL_RE = re.compile(r",? (?:until|till|through|before) (?:[A-Z][a-z]+ )?(?:\d{1,2}, )?\d{4}")


_JOINED_AS_TITLE_RE = re.compile(rf"^, joined as (?P<d>{_ROLE_PHRASE})(?![\w-])")
# A trade said right before a name: "the jazz bassist Lúcia …", "the economist Ana Ruiz"
_TRADE_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?P<d>(?:[a-z][\w-]* ){0,2}(?:[a-z-]{3,}(?:ist|ian)|lawyer|engineer|"
    r"investor|financier|billionaire|heiress|heir|magnate|professor|researcher|entrepreneur|"
    r"banker|writer|singer|producer|composer|drummer|architect|surgeon|philanthropist))\s$"
)
_LEAD_APPOSITIVE_RE = re.compile(
    r"^, (?:a|an|the|who|whose|formerly|previously) [^;.:\"“”()]{2,160}?"
    r"(?=, (?:took|picked up|assumed|added|gained|was given|kept|retained|went back|"
    r"returned|joined as)\b)"
)


def _titles_taken(after: str, others: list[int]) -> list[tuple[str, str]]:
    """Each title the subject takes in `after` before anyone else is named (past what they
    are: "Joaquín Ábrego-Lindqvist, a Swedish-Chilean engineer who had built …, took the
    title of chief technology officer")."""
    lead = _LEAD_APPOSITIVE_RE.match(after)
    if lead is not None and not any(o < lead.end() for o in others):
        rest = after[lead.end() :]
        joined = _JOINED_AS_TITLE_RE.match(rest)
        if joined is not None:  # "…, a Chilean-born musicologist, joined as chief scientist"
            return [(joined["d"].strip(), "appositive")]
        return _titles_taken(rest, [o - lead.end() for o in others])
    first_other = min(others, default=len(after))
    found = []
    at = 0
    while (m := _TAKES_TITLE_RE.search(after, at)) is not None and m.start() < first_other:
        # ("X became …" right after the name is the copula's to read)
        opens = m.start() == 0 and " became " not in m.group()
        if opens or after[m.start() :].lstrip(",").startswith(" and"):
            # "kept the title … until 2019": the end it is given stays with it
            ended = _UNTIL_RE.match(after, m.end())
            found.append((m["d"].strip() + (ended.group() if ended else ""), "appositive"))
        at = m.end()
    return found


def _said_of_subject(after: str, others: list[int], before: str = "") -> list[tuple[str, str]]:
    """Roles the subject's own verbs give or take: ("stepped down as chief executive",
    "change") and ("chief scientist", "title"); `others`: where other people are named in
    `after` (a verb past one of them is theirs)."""
    found: list[tuple[str, str]] = []
    left = _LEFT_RE.match(after)
    if (
        left
        and not (left["w"] and _UNDONE_RE.search(left["w"]))
        and not any(at < left.end() for at in others)  # another's verb, past their name
    ):
        role = _LEFT_ROLE_RE.match(after, left.end())
        if role:
            verb = left["v"].removeprefix("was ")
            found.append((f"{verb} as {role['d'].strip()}", "change"))
    named = _NAMED_ROLE_RE.match(after)
    if named and not any(at < named.start("d") for at in others):
        found.append((named["d"].strip(), "title"))
    took = (
        None
        # (nor one named as another's: "A former student of Tor Aas, a …, signed on as …")
        if _SUPPOSED_RE.search(before) or re.search(r"\b(?:of|by|for|with)\s+$", before)
        else _took_up(after, others)
    )
    if took and not found:
        found.append(took)
    ran = _RAN_AS_RE.match(after)
    if ran and not found and not any(at < ran.start("d") for at in others):
        found.append((ran["d"].strip(), "appositive"))  # "ran engineering as CTO"
    if not _SUPPOSED_RE.search(before):
        found += [t for t in _titles_taken(after, others) if t not in found]
    return found


def _appointed(text: str, mention: Mention, people: list[Mention]) -> tuple[str, str] | None:
    """The role a person was given or removed from, as (role text, kind), when the sentence
    makes them the object of an appointment or a removal: "named … Takahashi interim chief
    executive" -> ("interim chief executive", "title"); "remove Albrecht as chief executive"
    -> ("removed as chief executive", "change"); "made Takahashi's appointment permanent" ->
    ("appointment made permanent", "change")."""
    before = text[: mention.start]
    after = text[mention.end :]
    colon = _POST_THEN_NAME_RE.search(before)
    if colon and not _UNSETTLED_RE.search(before[max(0, colon.start() - 60) : colon.start()]):
        # "the board appointed a permanent chief executive: Sunniva Achterberg, a …"
        return _ARTICLE_RE.sub("", colon["d"]), "title"
    if _PERMANENT_RE.match(after) and re.search(r"\bmade $", before):
        return "appointment made permanent", "change"
    role = _AS_ROLE_RE.match(after)
    raised = _APPOSED_RAISED_RE.search(before) and _RAISED_TO_RE.match(after)
    if raised and not any(mention.end < p.start < mention.end + raised.end() for p in people):
        # "promoted its head of search, Mei-Ling Oduya-Park, to CTO": the post the name,
        # said between commas, was raised to
        return raised["d"].strip(), "title"
    if (
        role is not None
        and role["as"] == " as"
        and (_WITH_AS_BEFORE_RE.search(before) or _WITH_AS_LIST_RE.search(before))
        and not any(mention.end < p.start < mention.end + role.end() for p in people)
        and not _UNSETTLED_RE.search(text)  # "pushed for a merger …, with X as chief …"
        and not _OF_SOMETHING_RE.match(after, role.end())  # "… of the combined company"
    ):  # "set up shop …, with Oyelaran as chief executive and Karapetyan as …"
        return role["d"].strip(), "title"
    if role is None and _LIST_END_RE.search(before):
        apposed = _APPOSED_AS_ROLE_RE.match(after)
        if (
            apposed is not None
            and apposed["as"] == " as"
            and not any(mention.end < p.start < mention.end + apposed.end() for p in people)
            and not _UNSETTLED_RE.search(text)
        ):
            return apposed["d"].strip(), "title"
    if role is None and _APPOINTED_BEFORE_RE.search(before):
        # "named Achterberg, previously chief operating officer of Lakeshore Health, a
        # hospital network, as permanent chief executive": past what she was, the "as"
        # (or none: "named Marcus Brandt, the subsidiary's finance director, interim chief
        # executive that evening")
        role = _APPOSED_AS_ROLE_RE.match(after) or _APPOSED_POST_RE.match(after)
    if role is None or any(mention.end < p.start < mention.end + role.end() for p in people):
        return None
    if role["as"] == " to" and not _PROMOTED_BEFORE_RE.search(before):
        return None
    # ("as its CEO": whose, the build says in parentheses: knowledge.extract._owned_role)
    said = re.sub(r"^(?:new )+", "", role["d"].strip(), flags=re.IGNORECASE)
    said = re.sub(r"^(?:(?:its|their) )(?:new )?", "its ", said, flags=re.IGNORECASE)
    if role["as"] and _REMOVED_BEFORE_RE.search(before):
        verb = _REMOVED_BEFORE_RE.search(before)
        assert verb is not None
        if _UNDONE_RE.search(before[max(0, verb.start() - 40) : verb.start()]):
            return None  # "tried to oust X as chief executive"
        return f"removed as {said}", "change"
    # "named X interim chief executive", "appointed X as its CTO"; not "made X a fortune",
    # nor "denied a report that it was hiring X as chief executive"
    verb = _APPOINTED_BEFORE_RE.search(before)
    if (
        verb
        and (role["as"] or not re.match(r"(?:the|a|an) ", said))
        and not _UNSETTLED_RE.search(before[max(0, verb.start() - 60) : verb.start()])
    ):
        return said, "title"
    return None


# The post first, the one given it after a colon: "appointed a permanent chief executive: …"
_POST_THEN_NAME_RE = re.compile(
    r"\b(?:named|appointed|hired|chose|picked|selected|elected|installed|tapped|recruited) "
    rf"(?P<d>{_ROLE_PHRASE}): $"
)
_ARTICLE_RE = re.compile(r"^(?:(?:a|an|the|its|their) )?(?:new )?", re.IGNORECASE)


# A board said to be led by someone: its chair
_BOARD_LED_BY_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:company's |lab's |new )?board (?:is|has been) "
    r"(?:(?P<now>now|currently) )?(?:led|chaired|headed) by $"
)
# A post the sentence says was empty, or someone's, before it names who was hired for it:
# "The president's post stayed empty until October 2023, when Kettering-Bose hired Priya …"
_VACANT_POST_RE = re.compile(
    r"\b[Tt]he (?P<t>(?:[\w-]+ ){0,2}?(?i:" + ROLE_WORDS + r"))['’]s? "
    r"(?:post|job|seat|role|position|office)\b"
    r"|\b[Tt]he (?:post|job|seat|role|position|office) of (?P<u>(?:[\w-]+ ){0,2}?(?i:"
    + ROLE_WORDS
    + r"))\b"
)
_POST_WORDS = ("post", "job", "seat", "role", "position", "office")
_HIRED_FOR_RE = re.compile(
    r"\b(?:hired|named|appointed|promoted|tapped|picked|chose|recruited|installed|filled it "
    r"with|brought in) $"
)


def _hired_for_post(text: str, mention: Mention) -> str:
    """The post a sentence says was open before it names the one hired ("The president's
    post stayed empty until …, when … hired Priya Ramaswamy-Clarke"): that title, or ""."""
    before = text[: mention.start]
    if not any(w in before for w in _POST_WORDS):
        return ""  # (most sentences: a substring test each, before the pattern)
    post = _VACANT_POST_RE.search(before)
    if post is None or not _HIRED_FOR_RE.search(before[post.end() :]):
        return ""
    if _HIRED_FOR_ELSE_RE.match(text, mention.end):
        return ""  # "hired Anna Lindqvist, a recruiting consultant, to run the search"
    return (post["t"] or post["u"]).strip()


# What the one hired is there for, when not the post: another trade, or a task
_HIRED_FOR_ELSE_RE = re.compile(
    r"(?:, (?:a|an) [^,.;]{2,60}?,?)?\s+to\b"
    r"|, (?:a|an) [^,.;]{0,40}?(?:consultant|adviser|advisor|recruiter|headhunter|firm|lawyer)\b"
)


_SHORT_TITLES = {
    "ceo": "chief executive officer",
    "chief executive": "chief executive officer",
    "cto": "chief technology officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
}


_WHEN_SAID_RE = re.compile(
    r"\s+(?:in|on|since|from|until|till|through|by|during|as of|between)"
    r"(?:\s+(?:[a-z]+|\d{1,2}(?:st|nd|rd|th)?),?){0,3}\s+(?:19|20)\d\d\b.*$"
)


# When a post was held, said before it: "then-CTO", "its first chair"
_WHEN_HELD_RE = re.compile(
    r"^(?:then|now|former|formerly|current|currently|permanent|new|first|founding|original)"
    r"[-\s]+"
)


# Owners that are a word for an organisation, not its name: "the institute's", "the company's"
_GENERIC_OWNERS = frozenset(
    "company institute lab laboratory firm nonprofit foundation startup start-up group "
    "charity organisation organization consortium agency business venture project".split()
)


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """A key under which two spellings of one role merge: "OpenAI's Chief Technology
    Officer", "OpenAI CTO" and "the CTO of OpenAI" are "openai|chief technology officer";
    "then-CTO" is the bare "chief technology officer". A title at another organisation
    ("Tesla CEO", "SpaceX CEO", "Y Combinator's president") keeps its own key."""
    text = text.casefold().replace("’", "'")
    text = re.sub(r"^(?:a|an|the|another|its|their)\s+", "", text)
    text = _WHEN_HELD_RE.sub("", text)
    org = ""
    owner = re.match(r"^(?P<org>[\w.&-]+(?:\s[\w.&-]+)?)'s?\s+(?=\w)", text)  # "openai's cto"
    if owner:
        # ("Lumenfold's first chair": the chair)
        org, text = owner.group("org"), _WHEN_HELD_RE.sub("", text[owner.end() :])
    text = re.sub(r"\s+", " ", text).strip()
    # "chief technology officer (openai)": the company the article meant, in parentheses
    meant = re.fullmatch(
        r"(?P<t>(?:ceo|cto|cfo|coo|cpo|chief [\w ]+?)) \((?P<of>[^()]{2,40})\)", text
    )
    if meant and (not org or org in _GENERIC_OWNERS):
        # ("the institute's first chief executive (Pyrelight Institute)": the one meant)
        org, text = meant.group("of"), meant.group("t")
    # "chief executive of quorra in 2019", "… since march 2021": when is not whose
    text = _WHEN_SAID_RE.sub("", text)
    # "openai ceo", "the ceo of openai": a chief's title with its organisation said
    chief = re.fullmatch(
        r"(?P<before>(?:[\w.&-]+\s){0,2})(?P<t>ceo|cto|cfo|coo|chief [\w ]+?)"
        r"(?:\s+(?:of|at)\s+(?P<of>[\w.&' -]{2,30}))?",
        text,
    )
    if chief:
        before = (chief.group("before") or "").strip()
        # ("interim ceo": a kind of the post, not whose it is)
        kind = before if before in ("interim", "acting", "deputy", "co") else ""
        org = org or (chief.group("of") or ("" if kind else before)).strip()
        text = chief.group("t")
        if kind:
            return f"{org.strip()}|{kind} {_SHORT_TITLES.get(text, text)}".lstrip("|")
    else:
        of = re.fullmatch(r"(?P<t>.+?)\s+(?:of|at)\s+(?P<of>[\w.&' -]{2,30})", text)
        if of:
            org, text = org or of.group("of"), of.group("t")
    title = _SHORT_TITLES.get(text, text)
    return f"{org.strip()}|{title}" if org.strip() else title
