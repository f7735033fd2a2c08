"""Turn hostile user text into safe FTS5 queries.

Raw text raises `fts5: syntax error` on `C++`, `AT&T "x` or `NEAR(`; every term is therefore
extracted as a word and quoted, phrases in balanced double quotes are kept as phrases, and the
number and length of terms are capped so a 100 KB message costs no more than a short one.
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_PHRASE_RE = re.compile(r'"([^"]+)"')
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def has_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean in `text`: words not separated by spaces, which only the
    trigram index finds."""
    return _CJK_RE.search(text) is not None


STOPWORDS = frozenset(
    """a an and are as at be been but by can could did do does for from had has have he her his
    how i if in into is it its me my of on or our she so than that the their them then there
    these they this to was we were what when where which who whom whose why will with would you
    your about after before also any all more most much many tell show please know against over
    under between through during without within among toward towards upon via per""".split()
)


# Event verbs the articles word in several ways: a question's word finds any of them.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "leave": (
        "leave",
        "left",
        "leaving",
        "departure",
        "depart",
        "quit",
        "resign",
        "walked away",
        "walks away",
        "stepped down",
        "step down",
    ),
    "resign": ("resign", "resigned", "resignation", "left", "departure", "stepped down", "quit"),
    "quit": ("quit", "resign", "left", "departure"),
    "depart": ("depart", "departure", "left", "leave"),
    "join": ("join", "joined", "joining", "hire", "hired"),
    "hire": ("hire", "hired", "join", "joined"),
    "found": (
        "found",
        "founded",
        "founding",
        "co-founded",
        "launch",
        "launched",
        "create",
        "created",
    ),
    "start": ("start", "started", "found", "founded", "launch", "launched"),
    "launch": ("launch", "launched", "release", "released", "found", "founded"),
    "meet": ("meet", "met", "meeting", "crossed paths"),
    "acquire": ("acquire", "acquired", "acquisition", "buy", "bought"),
    "buy": ("buy", "bought", "acquire", "acquired", "acquisition"),
    "invest": ("invest", "invested", "investment", "poured", "threw", "dropped", "funding"),
    "oust": ("oust", "ousted", "fired", "kicked out", "removed"),
    "fire": ("fire", "fired", "ousted", "kicked out"),
    "return": ("return", "returned", "reassumed", "back"),
    "sue": ("sue", "sued", "lawsuit", "court"),
    "die": ("die", "died", "death"),
    "cto": ("CTO", "chief technology officer"),
    "ceo": ("CEO", "chief executive"),
    "cfo": ("CFO", "chief financial officer"),
    "cpo": ("CPO", "chief product officer"),
    "cro": ("CRO", "chief research officer"),
    "donate": ("donate", "donated", "donation", "contributed", "invested"),
    "earn": ("earn", "earned", "earning", "salary", "compensation", "paid"),
}
QUESTION_WORDS = frozenset(
    "when what which who whom why how did does do was were is are happen happened happens "
    "time year date day month".split()
)


def expand(term: str) -> str:
    """An FTS5 group for a term and its synonyms: `("leave" OR "left" OR …)`."""
    key = term.casefold()
    for stem, words in SYNONYMS.items():
        if key == stem or key in words:
            return "(" + " OR ".join(_quote(w) for w in dict.fromkeys((term, *words))) + ")"
    return _quote(term)


@dataclass(frozen=True)
class Query:
    """Terms of a user query and the FTS5 expressions that search for them."""

    text: str
    terms: tuple[str, ...]

    @property
    def has_cjk(self) -> bool:
        return any(has_cjk(t) for t in self.terms)

    @property
    def content_terms(self) -> tuple[str, ...]:
        """Terms minus stopwords (all terms if only stopwords were given)."""
        kept = tuple(t for t in self.terms if t.casefold() not in STOPWORDS)
        return kept or self.terms

    def match_all(self) -> str:
        return " ".join(_quote(t) for t in self.terms)

    def match_any(self) -> str:
        return " OR ".join(_quote(t) for t in self.content_terms)

    def match_substrings(self) -> str:
        """Trigram expression: terms of at least three characters, all required."""
        return " ".join(_quote(t) for t in self.substring_terms)

    @property
    def substring_terms(self) -> tuple[str, ...]:
        """The terms long enough to look for inside longer words (three characters on)."""
        return tuple(t for t in self.terms if len(t) >= 3)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def clean_text(text: str) -> str:
    """Drop control and format characters (NUL, bidi overrides), normalize, cap the length."""
    text = unicodedata.normalize("NFKC", text[: MAX_QUERY_CHARS * 4])
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(kept.split())[:MAX_QUERY_CHARS]


def parse_query(text: str) -> Query:
    """Words and quoted phrases of `text`, at most MAX_TERMS of them, in order."""
    cleaned = clean_text(text)
    terms: list[str] = []
    rest = cleaned
    for m in _PHRASE_RE.finditer(cleaned):
        words = _WORD_RE.findall(m.group(1))
        if len(words) > 1:
            terms.append(" ".join(words))
            rest = rest.replace(m.group(0), " ", 1)
    terms.extend(_WORD_RE.findall(rest))
    unique: list[str] = []
    seen: set[str] = set()
    for term in terms:
        key = term.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(term)
    return Query(text=cleaned, terms=tuple(unique[:MAX_TERMS]))
