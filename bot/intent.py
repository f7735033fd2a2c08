"""What a message is, decided before anything is searched.

A command (`timeline 2018`), a command with a typo (`timline 2018`: offer the right one), a
phrase that means a command ("what happened on this day" is `onthisday`), small talk ("hi",
"thanks, that's helpful", "ok": never a passage), or a question. Verbs are typo-tolerant the
way names are, but a word that is English or that the articles use is never taken for a typo.
"""

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.parse import ALIASES, VERBS, Command, parse
from knowledge import english

TYPO_SCORE = 75.0

_GREETING = frozenset("hi hello hey hiya yo howdy sup morning evening afternoon greetings".split())
_THANKS = frozenset("thanks thank thx ty tnx cheers appreciated appreciate kudos".split())
_ACK = frozenset(
    """ok okay k kk cool nice great awesome perfect gotcha sure yes yeah yep yup no nope nah
    lol lmao haha hah wow interesting neat alright fine good amazing sweet excellent brilliant
    helpful understood noted makes sense""".split()
)
_BYE = frozenset("bye goodbye cya later night ciao farewell".split())
# Words that may stand beside the above without making a question.
_GLUE = frozenset(
    """that that's thats is was it this very so really a lot much you for the info
    information help answer answers bot bro man dude mate again all got it makes sense
    sounds see u and oh ah well just super pretty quite too thank's indeed guys everyone
    buddy friend my good great nice of there everybody folks helps helped clears clarifies
    explains up""".split()
)
_SMALLTALK = _GREETING | _THANKS | _ACK | _BYE
_NICE_ONE_RE = re.compile(r"\b(nice|good|great) one\b")
_ONTHISDAY_RE = re.compile(
    r"\b(?:on this day|this day in (?:openai |ai )?history|today in (?:openai |ai )?history|"
    r"what happened (?:on )?(?:this day|today)|happened today|on today'?s date|"
    r"anniversar(?:y|ies) today)\b",
    re.IGNORECASE,
)
# A question about the bot itself: `help`
_HELP_RE = re.compile(
    r"^\W*(?:so\W+|ok\W+|hey\W+)?(?:what (?:can|do) (?:you|u|ya) do|what are (?:you|u) for|"
    r"how do i use (?:you|u|this|this bot)|what commands(?: are there| do you (?:have|know))?|"
    r"what can i ask(?: you| u)?)\W*$",
    re.IGNORECASE,
)
_DAY_RE = re.compile(r"\b([0-9]{1,2})-([0-9]{1,2})\b")
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_EMOJI_ONLY_RE = re.compile(r"^[\W_]+$")
# Chat spellings of question words, put right before anything else reads the message.
_CHAT_SPELLINGS = {
    "whos": "who is",
    "who's": "who is",
    "whats": "what is",
    "what's": "what is",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "wen": "when",
    "whn": "when",
    "hw": "how",
    "hows": "how is",
    "how's": "how is",
    "wheres": "where is",
    "where's": "where is",
    "why'd": "why did",
    "whyd": "why did",
    "where'd": "where did",
    "whered": "where did",
    "when'd": "when did",
    "when's": "when is",
    "whens": "when is",
    "how'd": "how did",
    "who'd": "who did",
    "what'd": "what did",
    "theyd": "they'd",
    "theyre": "they're",
    "theyve": "they've",
    "youre": "you're",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "dont": "don't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "isnt": "isn't",
    "arent": "aren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "hadnt": "hadn't",
    "coop": "cooperative",
    "co-op": "cooperative",
    "coops": "cooperative's",
    "ebook": "e-book",
    "ebooks": "e-books",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "tho": "though",
    "ppl": "people",
    "ppls": "people",
    "yrs": "years",
    "yr": "year",
    "mos": "months",
    "govt": "government",
    "w/": "with",
    "w/o": "without",
    "b4": "before",
    "ur": "your",
    "thru": "through",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "og": "original",
    "exec": "executive",
    "execs": "executives",
    "vc": "investor",
    "vcs": "investors",
    "feds": "federal authorities",
    "pe": "private-equity",
    "hq": "headquarters",
}
_CHAT_RE = re.compile(
    r"(?<![\w'’])("
    + "|".join(re.escape(k).replace("'", "['’]") for k in _CHAT_SPELLINGS)
    + r")(?![\w'’])",
    re.IGNORECASE,
)


# A month written short before a day or a year ("jan 2023", "sept 4"; not "jan" alone: a name)
_MONTHS_SHORT = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_SHORT_MONTH_RE = re.compile(
    r"(?<![\w'’])(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    r"(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b))",
    re.IGNORECASE,
)


# A correction's "i mean" at the end of a message (not "I mean to die …" in a quotation)
_I_MEAN_RE = re.compile(r"\s+i mean\W*$", re.IGNORECASE)


def respell_chat(text: str) -> str:
    """ "whos greg brockman" -> "who is greg brockman"; "wen did…" -> "when did…"; "jan
    2023" -> "January 2023"."""
    text = _SHORT_MONTH_RE.sub(lambda m: _MONTHS_SHORT[m.group(1).casefold()], text)
    text = _I_MEAN_RE.sub("", text)  # "why did they fire him? quintero i mean"
    return _CHAT_RE.sub(lambda m: _CHAT_SPELLINGS[m.group().casefold().replace("’", "'")], text)


@dataclass(frozen=True, kw_only=True)
class Intent:
    """What a message is. `kind`: command, typo, smalltalk or question.

    `talk` says which small talk (greeting, thanks, ack, bye); `suggestion` is the command a
    typo most likely meant.
    """

    kind: str
    command: Command
    talk: str = ""
    suggestion: str = ""


def _smalltalk(text: str) -> str:
    lowered = text.casefold().replace("’", "'")
    lowered = _NICE_ONE_RE.sub(r"\1", lowered)  # "nice one thx" (not "no one?")
    words = _WORD_RE.findall(lowered)
    if not words:
        stripped = text.strip()
        emoji = any(unicodedata.category(ch) == "So" for ch in stripped)
        return "ack" if emoji and _EMOJI_ONLY_RE.match(stripped) else ""
    if len(words) > 8 or not all(w in _SMALLTALK or w in _GLUE for w in words):
        return ""
    if "?" in text and any(w in ("is", "was", "are", "were", "did", "does") for w in words):
        return ""  # "is that true?" asks something
    for kind, vocabulary in (
        ("thanks", _THANKS),
        ("bye", _BYE),
        ("greeting", _GREETING),
        ("ack", _ACK),
    ):
        if any(w in vocabulary for w in words):
            return kind
    return ""


def _verbs() -> list[str]:
    return [*VERBS, *(a for a in ALIASES if len(a) > 3)]


_QUESTION_WORDS = ("who", "whom", "whose", "what", "when", "where", "why", "which", "how")


def _typo(word: str, known_words: frozenset[str]) -> str:
    """The verb a mistyped first word means, or ""."""
    key = word.casefold()
    if len(key) < 4 or key in known_words or not key.isalpha():
        return ""
    if english.is_known(key):
        return ""
    best = process.extractOne(key, _verbs(), scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
    if best is None:
        return ""
    asked = process.extractOne(key, _QUESTION_WORDS, scorer=fuzz.ratio)
    if asked is not None and asked[1] >= best[1]:
        return ""  # "wher is voltmere based": "where" as near as "when", and a question
    verb = str(best[0])
    return ALIASES.get(verb, verb)


_QUESTION_START_RE = re.compile(
    r"^(?:and|but|so|also|ok|okay|hmm)?[\s,]*(?:who|whom|whose|what|when|where|why|which|how|"
    r"did|does|do|is|was|were|are|can|could|would|will|has|have|had|tell|explain|show|give|"
    r"list|quote|search)\b",
    re.IGNORECASE,
)


def looks_like_question(intent: Intent) -> bool:
    """A command, or text that asks something (a "?" or a question word first)."""
    if intent.kind != "question":
        return intent.kind == "command"
    text = intent.command.args.strip()
    return text.endswith("?") or bool(_QUESTION_START_RE.match(text))


def classify(text: str, known_words: frozenset[str] = frozenset()) -> Intent:
    """Decide what `text` is; `known_words` are words the articles use (never typos)."""
    text = respell_chat(text)
    command = parse(text)
    whole = _ONTHISDAY_RE.search(text)
    if command.verb != "ask" and not (whole and command.verb == "onthisday"):
        return Intent(kind="command", command=command)
    body = command.args if command.verb == "ask" else text
    talk = _smalltalk(body)
    if talk:
        return Intent(kind="smalltalk", command=command, talk=talk)
    if _HELP_RE.match(body):  # "what can u do": the list of commands
        return Intent(kind="command", command=Command("help", ""))
    if _ONTHISDAY_RE.search(body):
        day = _DAY_RE.search(body)
        args = f"{int(day.group(1)):02d}-{int(day.group(2)):02d}" if day else ""
        return Intent(kind="command", command=Command("onthisday", args))
    head, _, rest = body.partition(" ")
    verb = _typo(head.rstrip(":,"), known_words)
    if verb:
        suggestion = f"{verb} {rest.strip()}".strip()
        return Intent(kind="typo", command=Command(verb, rest.strip()), suggestion=suggestion)
    return Intent(kind="question", command=command)
