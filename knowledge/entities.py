"""People and organisations: found in the text, given aliases, and located in every passage.

Organisations come from a small curated list (`data/entities.toml`, each entry naming the
articles it comes from). People are found by code: a run of capitalized words, stripped of
titles ("Chief Technology Officer Mira Murati"), that is exactly a first and a last name (or
two given names and a surname: "Ana Paula Rezende"), ending in no company word ("Verdane
Seeds"), and has some evidence of being a person — a common given name, a role word before
it, an appositive or a person verb after it ("X, a former …", "X said"), or a dialogue line
"X: …". Surnames and
unambiguous first names become aliases; "Musk's" and "Altman孤家寡人" still count as mentions.
"""

import functools
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from knowledge import english

DATA = Path(__file__).resolve().parent / "data"

# The Latin letters beyond ASCII a name is written with ("Vähi", "Esterházy", "Łukasz",
# "Phạm"), upper and lower case: a name's own letters, as re has no class for a case
_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
# (a given name's second syllable may be written small: "Soo-ah Park", "Min-jun"; not what
# a place or a company is said to be: "Paris-based", "Seattle-born")
_TOKEN = (
    rf"(?:Mc|Mac|O'|D')?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+|"
    r"-(?!(?:born|based|led|backed|owned|run|made|era|wide|area)\b)[a-z]{2,4}(?![\w-]))?"
)
# The small words a surname may open with, written in lower case between a given name and
# the rest: "Lotte van Rijn", "Ursula von der Leyen", "Luis de Guindos"
PARTICLES = frozenset("van von de der den da di du del della dos das ter ten le la".split())
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + r")(?= [A-Z])"
_RUN_RE = re.compile(rf"(?<![\w'’])({_TOKEN}(?: (?:{_TOKEN}|[A-Z]\.|{_PARTICLE}))*)(?![\w])")
ROLE_WORDS = (
    r"co-?founders?|founders?|CEO|CTO|CFO|CPO|COO|chief(?: [a-z]+){0,3} officer|chief scientist|"
    r"chief [a-z]+ists?|"  # ("chief technologist", "chief economist")
    r"president|vice president|chairman|chairwoman|chair|board member|director|scientist|"
    r"researcher|"
    r"engineer|investor|venture capitalist|capitalist|employee|executive|partner|spokesperson|"
    r"spokeswoman|spokesman|"
    r"reporter|journalist|friend|head|leader|manager|officer|lawyer|analyst|professor|"
    r"entrepreneur|billionaire|author|host|architect|member|adviser|advisor|colleague|minister|"
    r"controller|comptroller|treasurer|general counsel|maintainer|representative|trustee"
)
_ROLE_RE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
PERSON_VERBS = (
    "said says told tells wrote writes tweeted tweets posted posts responded replied added "
    "resigned resigns joined joins left leaves quit founded co-founded cofounded met meets called "
    "announced stated warned expressed believed decided proposed asked approved urged stepped "
    "returned reassumed invested appeared dismissed argued claimed noted explained insisted "
    "agreed refused yelled relayed recalled admitted confirmed denied thinks thought felt "
    "was is had has did didn't does doesn't would could"
).split()
_TITLE_TOKENS = frozenset(
    "Chief Officer Technology Research Operating Financial Product Executive President Vice "
    "Director Scientist Founder Co-Founder Cofounder Chairman Senior Managing General Partner "
    "Head Lead Principal Professor Dr Mr Mrs Ms Sir Dame Lord Lady Secretary Minister Senator "
    "Governor Mayor Judge Former Then Current".split()
)
_STOP_TOKENS = frozenset(
    "The A An In On At By For From With After Before When While Since But And Or If As So Then "
    "This That These Those It He She They We I His Her Their Our Its However Although Despite "
    "During Meanwhile Today Yesterday Early Late Last Next Back Over Under Without Through "
    "Trying Thanks Due Following Shortly Subsequently Simultaneously Several Some Many Most "
    "Almost Nearly Preliminary Existing Publicly Together Less Still Did Do Does Is Was Why How "
    "What Who Where Which Whether Because Of To Not No Yes Also Even Only Just Both Either "
    "Neither Each Every Any All Another Other Such Like Unlike Once Now Here There Sources "
    "Source According Furthermore Therefore Moreover Prompted Worried Elsewhere Hmm Okay "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# Words that make a capitalized pair a place or an institution, not a person.
_PLACE_TOKENS = frozenset(
    "Valley Street City County Bay River Mountain Mountains Island Park Beach Lake Square Road "
    "Avenue University College Institute Foundation Group Labs Lab Capital Project Program "
    "Journal Times News Post Conference Summit Forum Academy Fund Partners Ventures Holdings "
    "Technologies Systems Intelligence Network Networks Platform Batch Cloud Telecom "
    "Communications Wireless Mobile Semiconductor Semiconductors Therapeutics Biosciences "
    "Pharmaceuticals Healthcare Solutions Services Dynamics Analytics Software Robotics "
    "Logistics Industries Motors Airlines Securities Insurance Bank Media Compute Diagnostics "
    "Devices Brands Foods Electronics Materials Chemicals Aerospace Biotech Metals Minerals "
    "Mining Resources Machinery Equipment Manufacturing Engineering Construction Automotive "
    "Apparel Furniture Packaging Plastics Utilities Airways Railways Games Entertainment "
    "Interactive Academies Health Brewing Brewery Breweries Distillery Distilling Winery "
    "Wineries Cidery Creamery Dairy Bakery Roasters Farm Farms Mills Markets Outfitters Aviation "
    "Maritime Marine Petroleum Genomics Payments Lending Realty Properties Hotels Resorts "
    "Restaurants Pictures Trucking Transit".split()
)
# ", a computational linguist who …", ", a systems engineer": a trade, said of a person. The
# words are a person's trades only (-ist, -ian and a list): "a payments provider", "a drug
# maker", "the lead underwriter" are said of companies too.
_TRADE_RE = re.compile(
    # (past words saying more of the trade, a place's too: "a Chilean-born musicologist")
    r",? (?:a|an|the|another|former) (?:(?:[a-z-]+|[A-Z][a-z]+(?:-[a-z]+)?) ){0,3}?"
    r"(?:(?!(?:list|twist|wrist|mist|fist|exist|resist|insist|assist|persist|consist)\b)"
    r"[a-z-]{3,}ist|(?!(?:guardian|median|meridian|indian|asian)\b)[a-z-]{3,}ician|"
    r"statistician|historian|librarian|engineer|programmer|researcher|designer|lawyer|"
    r"attorney|banker|salesman|saleswoman|teacher|doctor|surgeon|nurse|professor|lecturer|"
    r"economist|accountant|consultant|journalist|reporter|editor|writer|novelist|actor|"
    r"actress|singer|musician|athlete|coach|pilot|architect|entrepreneur|chemist|physicist|"
    r"biologist|mathematician|linguist|philosopher|psychologist|student|veteran|executive|"
    r"marshal|inspector|auditor|officer|official|detective|sergeant|captain|mechanic|farmer|"
    r"chef|pharmacist|dentist|treasurer|controller|adviser|advisor)\b"
)
_NOT_FIRST_NAME_ALIAS = frozenset("Jan May June Will Mark Bill Page Grace Rose Art Max Ray".split())
# What is said only of a thing right after its name: "Santiago Metro, which runs …",
# "Carmen Copper said it was testing …"
_THING_AFTER = r"(?:,? (?:which|that) | (?:said|says|added) (?:it|its)\b)"
_WHO_AFTER_RE = re.compile(r", who(?:se)? ")  # "Marchbank, who still owns …": a person
# A description with a "who" in it, of someone by their trade: ", a Swedish physicist who
# had run …" (not a thing's "whose": "a lab whose models …"; nor "Knight Frank, the agency
# who handled the sale", as a British paper writes of a firm)
_DESCRIBED_WHO_RE = re.compile(
    r",? (?:a|an) (?:[\w-]+ ){0,3}?(?:[a-z-]+(?:man|woman|er|or|ist|ian|ant)|magnate|tycoon|"
    r"heir|heiress|diplomat|veteran|expert|academic|physician|surgeon|nurse|attorney|judge|"
    # ("Dale Kettering, a former crop-duster pilot who wrote the first navigation code")
    r"pilot|chef|mechanic|student|graduate|captain|soldier|priest|poet)"
    # (where they worked between: ", a former watch supervisor at Stockholm Arlanda who had")
    r"(?: (?:at|of|with|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})? who "
)
# What only a person is, said of the name in an appositive that ends there: ", a retired
# federal judge,", ", a hydrologist,"
_PERSON_NOUN_RE = re.compile(
    r",? (?:a|an) (?:[\w-]+ ){0,3}?(?:judge|magnate|tycoon|heir|heiress|diplomat|physician|"
    r"surgeon|nurse|attorney|banker|economist|physicist|chemist|biologist|geneticist|"
    r"hydrologist|philanthropist|commissioner|consultant|accountant|novelist|activist|"
    r"official|lobbyist|academic|veteran|provost|dean|rector|chancellor|mayor|governor|"
    r"senator|ambassador|pilot|chef|mechanic|captain|soldier|priest|poet)"
    r"(?: (?:of|at) (?:the )?[A-Z][^,]*)?$"
    # (where someone was before, as only a person is said to be: "Mateusz Wróblewski,
    # formerly of the Polish Academy of Sciences, took over")
    r"|, (?:formerly|previously|most recently|until recently|late) (?:of|at) (?:the )?[A-Z][^,]*$"
)
_VERB_AFTER_RE = re.compile(rf"(?:['’]s)? (?:[a-z]+ )?(?:{'|'.join(PERSON_VERBS)})\b")
# A word of an alias or of the text it is found in; initials with full stops ("F.T.C.",
# "U.S.") are one word
_ALIAS_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|&")
_PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
# An opening clause, up to its pronoun: "Five days after (she …)", "When (he …)"
_OPENING_CLAUSE_RE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:after|before|when|while|although|though|because|since|once|"
    r"until|as|if|whether)\s+$",  # ("Asked whether he regretted …, Larchmont-Reyes paused")
    re.IGNORECASE,
)
# The rest of an opening clause up to the name it is about: "(After she was) fired, Redfern"
_NAMED_AFTER_CLAUSE_RE = re.compile(r"[^,;.\"“”]{0,80}, ")


@dataclass(frozen=True, kw_only=True)
class Entity:
    """A person or an organisation with the spellings that refer to it."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]


# What a company is called by when the story has named it already: "the packaged-food
# giant", "the satellite maker" (the build reads such a description as the company just
# named; an answer reads it as one pointing at a company)
COMPANY_DESCRIPTIONS = (
    "giant|conglomerate|maker|manufacturer|retailer|chain|bank|investor|insurer|carrier|"
    "supplier|automaker|carmaker|chipmaker|titan|behemoth|multinational|drugmaker|lender|"
    "telecom|airline|publisher|broadcaster"
)


def quoted_at(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation the sentence opens (and has not closed by then)."""
    before = text[:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


@dataclass(frozen=True)
class Mention:
    """An entity named in a passage (`implicit` when only a pronoun points at it)."""

    key: str
    start: int
    end: int
    implicit: bool = False


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


@functools.cache
def given_names() -> frozenset[str]:
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@functools.cache
def _all_given() -> frozenset[str]:
    """Every given name the data knows (given_names.txt and pronouns.toml), accents and all,
    and without them."""
    borne = tomllib.loads((DATA / "pronouns.toml").read_text(encoding="utf-8"))
    named = given_names() | {w for key in ("she", "he") for w in str(borne[key]).split()}
    return frozenset(named | {_bare(w) for w in named})


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given(word: str) -> bool:
    """A given name the data knows, typed with or without its accents ("José", "Jose")."""
    return word in _all_given() or _bare(word) in _all_given()


@functools.cache
def borne_names() -> frozenset[str]:
    """Given names data/pronouns.toml knows to be borne by women or men, but for everyday
    words ("Rose", "Graham"): a person's, unless what follows says a thing's ("Santiago
    Metro, which runs the subway")."""
    borne = tomllib.loads((DATA / "pronouns.toml").read_text(encoding="utf-8"))
    common = english.common_words()
    named = {w for key in ("she", "he") for w in str(borne[key]).split()}
    return frozenset(w for w in named if w.casefold() not in common) - given_names()


@functools.cache
def curated() -> tuple[tuple[Entity, ...], dict[str, tuple[str, ...]]]:
    """Curated organisations, and extra aliases for people keyed by full name."""
    raw = tomllib.loads((DATA / "entities.toml").read_text(encoding="utf-8"))
    orgs = tuple(
        Entity(key=slug(o["name"]), name=o["name"], kind="org", aliases=tuple(o["aliases"]))
        for o in raw.get("org", [])
    )
    people = {p["name"]: tuple(p.get("aliases", [])) for p in raw.get("person", [])}
    return orgs, people


@functools.cache
def _org_tokens() -> frozenset[str]:
    orgs, _ = curated()
    return frozenset(t for org in orgs for alias in org.aliases for t in alias.split())


@functools.cache
def _leading() -> frozenset[str]:
    """Words a name does not start with: stop words, titles, organisations' words."""
    return _STOP_TOKENS | _TITLE_TOKENS | _org_tokens()


@functools.cache
def _unnamed() -> frozenset[str]:
    """Words no part of a person's name is: stop words, places', organisations'."""
    return _STOP_TOKENS | _PLACE_TOKENS | _org_tokens()


# A sentence opening on a group the sentences before named, past a short opening of time
# that names no one: "They met …", "The two founded …", "Within weeks they had founded …",
# "Two months later, the pair launched …" (its group word: `g`)
GROUP_OPENS = (
    r"(?:(?:Within|In|By|After|Before|Soon|Shortly|Later|Then|Two|Three|Four|Five|Six|A|"
    r"The following|The next|"
    r"Weeks|Months|Days|Years|That|Last|This|Early|Late|Eventually|Together)"
    r"(?: (?:[a-z0-9]+|(?:Jan|Febr)uary|March|April|May|June|July|August|"
    r"(?:Septem|Octo|Novem|Decem)ber)){0,3},? )?"
    r"(?P<g>(?<![^ ])(?:[Tt]hey|[Tt]he pair|[Tt]he two|[Tt]he three|[Bb]oth|[Tt]he founders))\b"
)


# Words that end a public body's name and no person's: "Atmospheric Administration" of the
# "National Oceanic and Atmospheric Administration" is no one
# Words that end a company's name ("Halloran Meter Works", "Verdane Seeds"): a name ending
# in one is no person's
SUFFIXES = frozenset(
    "Labs Lab Capital Ventures Partners Compute Cloud Inc Corp Corporation Group Technologies "
    "Systems Holdings Bank Fund Foundation Robotics Networks Software Media Logistics Analytics "
    "Industries Pharmaceuticals Motors Airlines Telecom Communications Wireless Mobile "
    "Semiconductor Semiconductors Therapeutics Biosciences Healthcare Solutions Services "
    "Dynamics Securities Insurance Works Equity Instruments Laboratory Laboratories Associates "
    "Advisors Management Investments Studios Energy Partnership Trust Diagnostics Devices "
    "Brands Foods Electronics Materials Chemicals Aerospace Biotech Metals Minerals Mining "
    "Seeds Pharma Shipping Freight Textiles Beverages Publishing Machinery Equipment "
    "Manufacturing Engineering Construction Automotive Apparel Furniture Packaging Plastics "
    "Utilities Airways Railways Games Entertainment Interactive Academies Health "
    # (what a shop, a maker or a farm is called after: "Ironkettle Brewing", "Brindle Farm")
    "Brewing Brewery Breweries Distillery Distilling Winery Wineries Cidery Creamery Dairy "
    "Bakery Roasters Farm Farms Mills Markets Outfitters Aviation Maritime Marine Petroleum "
    "Genomics Payments Lending Realty Properties Hotels Resorts Restaurants Pictures "
    "Trucking Transit".split()
)
_BODY_ENDINGS = frozenset(
    "Administration Agency Authority Bureau Commission Committee Council Department "
    "Federation Institute Ministry Organization Organisation University Association "
    "Consortium Centre Center District Cooperative".split()
)
# A run going on from a body's name by "of" or "for": "(European Centre for) Coastal
# Forecasting" is the body's, no one's (not "Instead of Marta Quental-Ribeiro")
_NAME_GOES_ON_RE = re.compile(
    r"\b(?:Centre|Center|Department|Institute|University|Ministry|Bureau|Office|School|"
    r"College|Academy|Council|Commission|Agency|Society|Association|Federation|Foundation|"
    r"Museum|Hospital|Court|Chamber|League|Authority|Administration|Service|Division|"
    r"Laboratory|Laboratories) (?:of|for) (?:the )?$"
)


# A given name written with its second syllable small: "Soo-ah", "Min-jun"
_SYLLABLES_RE = re.compile(r"([A-Z][a-z]+)-([a-z]{2,4})")


def _trim(tokens: list[str]) -> list[str]:
    """Drop leading stop words and titles: "In", "Chief Technology Officer", "OpenAI"."""
    blocked = _leading()
    while tokens and tokens[0].rstrip(".") in blocked:
        tokens = tokens[1:]
    return tokens


def name_candidates(text: str) -> Iterable[tuple[str, int, int]]:
    """Capitalized runs that could be a person's full name, with their offsets."""
    for m in _RUN_RE.finditer(text):
        kept = _trim(m.group(1).split(" "))
        if not kept:
            continue
        end = m.end(1)
        start = end - len(" ".join(kept))
        if len(kept) == 3 and re.fullmatch(r"[A-Z]\.", kept[1]):
            kept = [kept[0], kept[2]]
        elif len(kept) > 3 and re.fullmatch(r"[A-Z]\.", kept[-3]):
            # "… led a $40 million Series A. Clement Haverly, the …": a sentence ended there
            kept = kept[-2:]
            start = end - len(" ".join(kept))
        blocked = _unnamed()
        if len(kept) == 2 and kept[1] in _PLACE_TOKENS and _SYLLABLES_RE.fullmatch(kept[0]):
            blocked = blocked - {kept[1]}  # a surname after such a given name: "Soo-ah Park"
        small = _SYLLABLES_RE.fullmatch(kept[0]) if kept else None
        if small is not None and english.is_known(small[1]) and english.is_known(small[2]):
            # "Post-war Berlin", "Sell-off Began": words, not a given name ("Jun-seo Park" is
            # one, though "jun" is a word)
            continue
        particles = [i for i, t in enumerate(kept) if t in PARTICLES]
        if particles:
            # "Lotte van Rijn": a given name, then a surname opening on one or two particles
            # (a run of other words around them is no one's: "Banco de Portugal")
            if (
                is_given(kept[0])
                and particles == list(range(1, len(kept) - 1))
                and len(particles) <= 2
                and kept[-1] not in blocked
                and kept[-1] not in _BODY_ENDINGS
            ):
                yield " ".join(kept), start, end
            continue
        if (
            len(kept) == 3
            and is_given(kept[0])
            and is_given(kept[1])
            and kept[2] not in blocked
            and not is_given(kept[2])
            and kept[2] not in _BODY_ENDINGS
        ):
            # two given names and a surname: "Ana Paula Rezende", "Mary Beth Okafor"
            yield " ".join(kept), start, end
            continue
        if len(kept) != 2 or any(t in blocked for t in kept) or kept[1] in _BODY_ENDINGS:
            continue
        if kept[1] in SUFFIXES and kept[0] not in given_names():
            continue  # "Verdane Seeds invested $45 million": a company, though it acts
        if _NAME_GOES_ON_RE.search(text, max(0, start - 40), start):
            continue
        yield " ".join(kept), start, end


# A sentence ends after a lowercase word of two letters or more ("about it.", "resigned."),
# not after a capitalized abbreviation ("Dr.", "Inc.") nor "vs.", "et al." or "ex.".
_SENTENCE_END_RE = re.compile(
    r"(?:(?<=[^A-Za-z][a-z]{2}[.!?])(?<!vs\.)(?<!al\.)(?<!ex\.)|(?<=[a-z]{3}[.!?]))\s+|\n"
)


_GOVERNING = frozenset("at of for with from by in to on into".split())
# What follows a person's name to say what they are: ", the company's chief executive",
# ", who …", ", Sablewick's chief executive since …" (a company's possessive opens it too)
_APPOSITIVE_RE = re.compile(
    r",? (?:who|whose|a|an|the|another|former|then|now|previously|formerly|most recently|"
    r"until recently|(?P<owner>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}['’]s))\b([^,.;]*)"
)
# … unless what it says the name is, is a company's kind ("the Battery Lab That Fired Its
# Founder", "a Rotterdam startup"): a role word later in it is another's
_THING_APPOSED_RE = re.compile(
    r",? (?:a|an|the)\s+(?:(?!(?:of|at|for|in|with|and|to|from|by)\s)[\w&'’-]+\s+){0,3}?"
    r"(?i:lab|laboratory|company|start-?up|firm|venture|nonprofit|charity|foundation|"
    rf"{COMPANY_DESCRIPTIONS})\b(?!['’])"
)
# A title written bare after the name, as a paper styles a speaker: "said Cordelia
# Vantongeren, senior vice president of merchandising at …"
_BARE_TITLE_RE = re.compile(
    rf", (?!(?:and|that|who|which|but|or|as|while)\b)(?:[a-z-]+ ){{0,3}}?(?:{ROLE_WORDS})\b"
)
# What only a person is given after their name: an age ("Ostrowicz, 51, was …"), or a post
# taken ("hired Renata Ostrowicz as chief executive")
_PERSONAL_AFTER_RE = re.compile(
    r",? \d{2},|(?:,? as| (?:became|becomes|was named|was appointed|was elected)) "
    r"(?:the |its |their |a |an |new )?(?:[a-z-]+ ){0,2}?"
    # a post only a person holds (a firm is hired "as its financial adviser" too)
    r"(?:chief [a-z]+(?: [a-z]+)? officer|chief executive|CEO|CTO|CFO|COO|president|"
    r"chair(?:man|woman)?|head|(?:vice )?president|treasurer|controller|general counsel)\b"
)
# Kin named before a name: "her brother Luc Dubois", "his wife, Ana Ruiz,"
_KIN_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:older |younger |elder |late )?(?:brother|sister|son|"
    r"daughter|wife|husband|father|mother|cousin|uncle|aunt|nephew|niece|partner|widow|"
    r"widower)\s*,?\s+$"
)
# A quotation's speaker named after it: '"…," said Oskar Lindqvist-Amadi'
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|wrote|writes|recalled|recalls|added)\s+$")
# A company's title only a person holds (not "Corvane's largest investor, which …")
_PERSONAL_TITLE_RE = re.compile(
    r"\b(?:chief|ceo|cto|cfo|coo|cpo|president|founder|co-founder|chair|chairman|chairwoman|"
    r"head|officer|executive|scientist|spokes\w+|professor|lawyer|economist|researcher|"
    # (not what a firm may be to a company too: its "outside counsel", "asset manager",
    # "chip designer", "contract brewer", "accountant")
    r"general counsel|(?:managing|general) partner|director|attorney|treasurer|chef|editor)\b",
    re.IGNORECASE,
)


# "in Ann Arbor, Michigan": a place, its state or country after it
_PLACED_BEFORE_RE = re.compile(r"\b(?:in|near|from|to) $")
_IN_PLACE_RE = re.compile(r"\b(?:in|near|at) $")  # ("a supervisor at Stockholm Arlanda who")
_REGION_AFTER_RE = re.compile(r", [A-Z][a-z]+(?: [A-Z][a-z]+)?[,.;]")


def _has_evidence(name: str, start: int, end: int, text: str) -> bool:
    first, last = name.split(" ")[0], name.split(" ")[-1]
    if _PLACED_BEFORE_RE.search(text, max(0, start - 6), start) and _REGION_AFTER_RE.match(
        text, end
    ):
        return False
    if first in given_names():
        return True
    if first in borne_names() and not re.search(re.escape(name) + _THING_AFTER, text):
        return True  # (anywhere: "Santiago Metro, which runs the subway, … Santiago Metro uses")
    if _IN_PLACE_RE.search(text, max(0, start - 6), start):
        return False  # "a rival lab in Palo Alto that says …": where, not who
    # A role word names the person only in their own sentence: "its key partner.\nThe Story
    # Behind" or "a friend about it. The Story Behind" says nothing about "Story Behind".
    before = _SENTENCE_END_RE.split(text[max(0, start - 60) : start])[-1]
    before_words = before.split()[-4:]
    # ... nor across a capitalized "The" between them: "other co-founders The Story Behind"
    # is a heading run on after a sentence (as a flattened page runs them), where a role
    # is written "co-founder Sam Altman", "the co-founder Sam Altman", "The co-founder …".
    opened = [i for i, word in enumerate(before_words) if word in _STOP_TOKENS]
    # ... nor through a preposition: "chief scientist at Lumenforge Automation", "chief
    # operating officer of Lakeshore Health" name where the person works, not the person
    governed = bool(before_words) and before_words[-1].casefold() in _GOVERNING
    if not governed and _ROLE_RE.search(
        " ".join(before_words[opened[-1] + 1 :] if opened else before_words)
    ):
        return True
    after = text[end : end + 80]
    appositive = _APPOSITIVE_RE.match(after)
    if appositive and appositive["owner"]:
        said = appositive[2]
        if _PERSONAL_TITLE_RE.search(said) and not after[appositive.end() :].startswith(", which"):
            return True
    elif appositive and _THING_APPOSED_RE.match(appositive[0]):
        pass  # "Inside Cathodica, the Battery Lab That Fired Its Founder": a company
    elif appositive and (
        after.lstrip(", ").startswith("who")
        or _ROLE_RE.search(appositive[2])
        # "Mara Lindqvist, a Swedish physicist who had run …": only a person is a "who"
        or _DESCRIBED_WHO_RE.match(appositive[0])
        # "Dolores Ybarra, a retired federal judge, took her place": what only people are
        or _PERSON_NOUN_RE.match(appositive[0])
    ):
        return True
    if _BARE_TITLE_RE.match(after) or _PERSONAL_AFTER_RE.match(after):
        return True
    if _SAID_BEFORE_RE.search(text, max(0, start - 12), start) and after[:1] in (",", "."):
        return True  # '"…," said Oskar Lindqvist-Amadi, one of …': who spoke
    if _KIN_BEFORE_RE.search(text, max(0, start - 24), start):
        return True  # "Her brother Luc Dubois quit …": only a person is someone's brother
    if first.casefold() in english.common_words():
        # "Inside Lumaris": an everyday word first, and no role says it is a person (not a
        # word only a dictionary knows: "Samir Haddad-Quist is now her deputy")
        return False
    if re.match(r":", after) and (start == 0 or text[start - 1] == "\n"):
        return True
    for word in (name, last):
        at = text.find(word)
        while at != -1:
            if word is last and _HONORIFIC_BEFORE_RE.search(text, max(0, at - 5), at):
                return True  # '"Mr. Vantongeren pledged …," the company said': a person
            before = text[at - 1] if at else " "
            # "the Crest returned to the shelves": a thing, which a person is not called
            thing = text[max(0, at - 4) : at] in ("the ", "The ")
            if (
                not before.isalnum()
                and not thing
                and (
                    _VERB_AFTER_RE.match(text, at + len(word))
                    or _TRADE_RE.match(text, at + len(word))
                    or _WHO_AFTER_RE.match(text, at + len(word))
                )
            ):
                return True
            at = text.find(word, at + 1)
    return False


# A courtesy title right before a surname: only a person is "Mr. Vantongeren"
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mx)\.? $")


# What the text says only of a company or a thing, right after its name: it has a chief
# executive ("Ormsby Hollow's chief executive"), it was founded, or it is "a grocery chain",
# "a soft washed-rind cheese"
_NOT_PERSONAL_AFTER_RE = re.compile(
    # (not "Marsh's co-founder": people have those)
    r"['’]s\s+(?:chief executive|chief [a-z]+ officer|CEO|CTO|CFO|COO|board of directors|"
    r"headquarters)\b"
    r"|\s+(?:was|were|had been|has been|is)\s+(?:founded|co-founded|incorporated|established)\b"
    r"|,\s+(?:a|an)\s+(?:(?!(?:at|of|in|for|from|with|to|by|on|who|that|which)\b)[\w,-]+\s+)"
    # (not "a maker of walnut furniture", "an operator": a person may be one)
    r"{0,5}?(?:company|firm|start-?up|chain|"
    r"manufacturer|retailer|distributor|brand|product|cheese|drug|device|app|"
    r"restaurant|brewery|bakery|creamery|winery|dairy|farm|shop|store|line|label)"
    # (the head of what it is: "a dairy microbiologist who …" is a person)
    r"(?=\s+(?:that|which|whose|of|in|from|based|with|for|to)\b|[,.;:])"
)


# What is done only to a company, right before its name: "then founded Parallax Gene"
_NOT_PERSONAL_BEFORE_RE = re.compile(r"\b(?:founded|co-founded|incorporated)\s+$")


def _only_a_bodys(name: str, corpus: str) -> bool:
    """Whether every time the text says `name` (of two words or more), a body's name or
    kind goes on from it."""
    if " " not in name:
        return False
    at = corpus.find(name)
    said = 0
    while at != -1:
        end = at + len(name)
        if not (_THEN_COMPANY_RE.match(corpus, end) or _THEN_BODY_RE.match(corpus, end)):
            return False
        said += 1
        at = corpus.find(name, end)
    return said > 0


# The rest of a company's or a body's name after a name: " Water Authority"
_THEN_COMPANY_RE = re.compile(
    r"(?: [A-Z][\w&'’-]*){0,2} (?:" + "|".join(sorted(SUFFIXES | _BODY_ENDINGS)) + r")\b"
)


# A body's kind, in lower case after its name: "the Calder Basin district"
_THEN_BODY_RE = re.compile(
    r" (?:district|authority|council|commission|board|agency|utility|county|officials)\b"
)


def _said_of_a_company(name: str, corpus: str) -> bool:
    """Whether the text says of `name` what it says of a company or a thing, never of a
    person (a known given name first keeps it a person's, unless the name is never said
    but as a body's: "the Calder Basin Water District", "the Calder Basin district")."""
    if name.split(" ")[0] in given_names():
        return _only_a_bodys(name, corpus)
    given = is_given(name.split(" ")[0])
    at = corpus.find(name)
    while at != -1:
        if (
            # "Meridian Basin officials said", of the Meridian Basin Water Authority
            (not given and _THEN_COMPANY_RE.match(corpus, at + len(name)))
            or _NOT_PERSONAL_AFTER_RE.match(corpus, at + len(name))
            or (
                _NOT_PERSONAL_BEFORE_RE.search(corpus, max(0, at - 20), at)
                # (not a longer name: "she founded Odile Marchand Studio")
                and not re.match(r"\s+[A-Z]", corpus[at + len(name) : at + len(name) + 2])
            )
        ):
            return True
        at = corpus.find(name, at + 1)
    return False


def find_people(texts: Iterable[str]) -> dict[str, Entity]:
    """People named in a corpus (passage texts), keyed by slug of their full name."""
    corpus = "\n".join(texts)
    names: dict[str, None] = {}
    for name, start, end in name_candidates(corpus):
        if (
            name not in names
            and _has_evidence(name, start, end, corpus)
            and not _said_of_a_company(name, corpus)
        ):
            names[name] = None
    return people_entities(names)


def surname(name: str) -> str:
    """A full name's surname: its last word, with the particles before it ("van Rijn")."""
    words = name.split(" ")
    at = len(words) - 1
    while at > 1 and words[at - 1] in PARTICLES:
        at -= 1
    return " ".join(words[at:])


def people_entities(names: Iterable[str]) -> dict[str, Entity]:
    """Entities for full names: aliases are the surname and, when unambiguous, the first name."""
    full = list(dict.fromkeys(names))
    _, extra = curated()
    surnames: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for name in full:
        first, last = name.split(" ")[0], surname(name)
        surnames[last] = surnames.get(last, 0) + 1
        firsts[first] = firsts.get(first, 0) + 1
    people: dict[str, Entity] = {}
    for name in full:
        first, last = name.split(" ")[0], surname(name)
        aliases = [name]
        if surnames[last] == 1:
            aliases.append(last)
            if last[:1].islower():  # ("Van Rijn said", opening a sentence)
                aliases.append(last[:1].upper() + last[1:])
        if firsts[first] == 1 and first not in _NOT_FIRST_NAME_ALIAS and len(first) > 2:
            aliases.append(first)
        aliases.extend(extra.get(name, ()))
        key = slug(name)
        people[key] = Entity(
            key=key, name=name, kind="person", aliases=tuple(dict.fromkeys(aliases))
        )
    return people


class Gazetteer:
    """Finds mentions of known entities in text, with a pronoun fallback for people.

    A build makes one for the whole corpus and reads it an article at a time with `named`:
    which of its entities that article may name at all (see knowledge.extract). An alias
    two entities share is the first's, in the order they were given (among those `named`
    allows, when it is given)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = {e.key: e for e in entities}
        self._by_alias: dict[str, list[str]] = {}
        self._unspaced: list[tuple[str, str]] = []  # non-ASCII aliases, found as substrings
        self._starts: dict[str, int] = {}  # first word of an alias -> most words in one
        for entity in self.entities.values():
            for alias in entity.aliases:
                if alias.isascii():
                    parts = _ALIAS_TOKEN_RE.findall(alias)
                    if not parts:
                        continue  # no word to find it by ("42"): it is never found
                    keys = self._by_alias.setdefault(" ".join(parts), [])
                    if entity.key not in keys:
                        keys.append(entity.key)
                    longest = self._starts.get(parts[0], 0)
                    self._starts[parts[0]] = max(longest, len(parts))
                else:
                    self._unspaced.append((alias, entity.key))

    def mentions(self, text: str, named: Callable[[str], bool] | None = None) -> list[Mention]:
        """Mentions in text order; the longest alias wins ("Sam Altman" over "Sam"). With
        `named`, only of the entities it says may be named here."""
        tokens = list(_ALIAS_TOKEN_RE.finditer(text))
        words = [token.group() for token in tokens]
        starts, by_alias = self._starts, self._by_alias
        found: list[Mention] = []
        count = len(tokens)
        after = 0  # the first word not inside a mention found
        # most words begin no alias: only those that do are looked at
        for i in [k for k, word in enumerate(words) if word in starts]:
            if i < after:
                continue
            longest = starts[words[i]]
            # the words from this one on that single spaces alone separate, up to `longest`
            n, end = 1, tokens[i].end()
            while n < longest and i + n < count and text[end : tokens[i + n].start()] == " ":
                end = tokens[i + n].end()
                n += 1
            for k in range(n, 0, -1):
                keys = by_alias.get(" ".join(words[i : i + k]), ())
                key = next((key for key in keys if named is None or named(key)), None)
                if key is not None:
                    found.append(Mention(key, tokens[i].start(), tokens[i + k - 1].end()))
                    after = i + k
                    break
        for alias, key in self._unspaced:
            if named is not None and not named(key):
                continue
            at = text.find(alias)
            while at != -1:
                found.append(Mention(key, at, at + len(alias)))
                at = text.find(alias, at + len(alias))
        if not self._unspaced:
            return sorted(found, key=lambda m: m.start)
        # the longest wins here too: "Margit Esterházy-Kolb", not it and "Margit" and
        # "Esterházy-Kolb" (a name found as a substring overlaps the words found around it)
        kept: list[Mention] = []
        for m in sorted(found, key=lambda m: (m.start, m.start - m.end)):
            if not kept or m.start >= kept[-1].end:
                kept.append(m)
        return kept

    def people_in(self, mentions: list[Mention]) -> list[str]:
        return [m.key for m in mentions if self.entities[m.key].kind == "person"]


_OBJECT_MARKERS = frozenset(
    "to sent told with for against from at by about on the a an of into toward towards "
    "behind than like".split()
)


# Verbs in the past whose next name is what they were done to ("called Kovalenko into").
_PAST_VERBS = frozenset(
    "met left sent told sued hit beat took gave paid made let saw urged brought bought "
    "won lost kept put".split()
)
_NOT_VERBS = frozenset("indeed speed need seed bed red shed feed breed deed".split())


def is_object(text: str, mention: Mention) -> bool:
    """True when the word before a mention makes it an object or a modifier ("to Musk",
    "sent Musk", "called Kovalenko", "the Lex Fridman podcast"), so it is not the one
    acting."""
    before = text[: mention.start].split()
    if not before:
        return False
    word = before[-1].casefold()
    return (
        word in _OBJECT_MARKERS
        or word in _PAST_VERBS
        or (len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS)
    )


# A relative clause set off by commas after a name: who it names is not the one acting
# ("Halvorsen-Mbah, who had voted to remove Achterberg-Quay, did not stay long"); nor is who
# an aside saying what someone is names ("Jenna Calloway, Ruth Calloway's niece and the head
# of engineering, resigned")
_RELATIVE_RE = re.compile(
    r",\s+(?:who|whom|whose|which|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}['’]s (?!(?:and|or)\b))"
    r"\b[^,;]*,"
)


def outside_asides(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` but those inside a relative clause about someone named before it."""
    kept = mentions
    for clause in _RELATIVE_RE.finditer(text):
        inside = [m for m in kept if clause.start() < m.start < clause.end()]
        if inside and any(m.start < clause.start() for m in kept):
            kept = [m for m in kept if m not in inside]
    return kept


def acting(text: str, mentions: list[Mention], before: int | None = None) -> Mention | None:
    """The entity most likely acting: the last non-object mention before `before` (not one
    inside a relative clause about someone named before it), else the first mention."""
    limit = len(text) if before is None else before
    candidates = [m for m in mentions if m.start < limit]
    subjects = outside_asides(
        text[:limit], [m for m in candidates if m.implicit or not is_object(text, m)]
    )
    if subjects:
        return subjects[-1]
    return candidates[-1] if candidates else None


def pronoun_of(word: str) -> str:
    """ "he" for he/him/his, "she" for she/her/hers: which of the two a pronoun is."""
    return "she" if word.casefold() in ("she", "her", "hers") else "he"


# A pronoun reporting speech: "He said he had spent a year persuading Danner"
_SPEAKS_RE = re.compile(r" (?:said|says|told|tells|added|wrote|writes)\b")
# A sentence's opening quotation, up to its speaker: '"Marit made a mistake, …," '
_QUOTED_BEFORE_RE = re.compile(r'\s*[“"][^”"]*[”"]\s*')
# Someone named, then who they replaced by a pronoun: "Calloway-Baines, …, was elected to
# replace him as chair", "… succeeded her"
_REPLACED_PRONOUN_RE = re.compile(
    r"\b(?:replaced?|replacing|succeed(?:ed)?|succeeding|took over from|taking over from)\s+"
    r"(?P<p>him|her)\b"
)


def resolve_pronoun(
    text: str,
    people: list[Mention],
    last_person: str | None,
    told_as: Mapping[str, str] | None = None,
    recent: Sequence[str] = (),
) -> Mention | None:
    """ "He tweeted …": the person last named before, when no one is named in the sentence
    before the pronoun ("Redfern said he had stepped down … by which Albrecht was removed"),
    and the article does not call that person by the other pronoun (`told_as`: "he" or
    "she" by person, see knowledge.pronouns); if it does, the one named last before them
    (`recent`: the people the last sentences named, in order) it calls by this one ("A
    wanted …, while B wanted … He resigned": A, when B is a "she")."""
    if last_person is None:
        return None
    m = _PRONOUN_RE.search(text)
    if m is None:
        return None
    told = told_as or {}
    said = pronoun_of(m.group())
    ahead = _NAMED_AFTER_CLAUSE_RE.match(text, m.end())
    if (
        ahead
        and _OPENING_CLAUSE_RE.match(text[: m.start()])
        and any(p.start == ahead.end() for p in people)
    ):
        return None  # "Five days after she was fired, Delacroix-Onyango was reinstated": hers
    known = told.get(last_person)
    if known is not None and known != said:
        # "She returned as chief scientist" is not about a man
        # (or one it calls by neither yet: "Marcus Fenn" is no "she", "Tamsin Holl" may be)
        others = [k for k in reversed(recent) if k != last_person and told.get(k, said) == said]
        if not others:
            return None
        last_person = others[0]
    replaced = _REPLACED_PRONOUN_RE.search(text) if people else None
    if replaced is not None and replaced.start("p") == m.start():
        # the one replaced: named before, not in this sentence, and called so
        named = {p.key for p in people}
        before = [last_person, *reversed(recent)]
        others = [k for k in before if k not in named and told.get(k, said) == said]
        # (one the article calls so before one it calls by neither)
        others.sort(key=lambda k: told.get(k) != said)
        return Mention(others[0], m.start(), m.end(), implicit=True) if others else None
    if _QUOTED_BEFORE_RE.fullmatch(text, 0, m.start()) and _SPEAKS_RE.match(text, m.end()):
        # '"Marit made a mistake, …," he said.': the speaker, not one the quote names
        people = [p for p in people if p.start > m.start()]
    if people and min(p.start for p in people) < m.start():
        return None
    named = {p.key for p in people}
    if last_person in named and _SPEAKS_RE.match(text, m.end()):
        # "Danner, whom chairman Paul Ortiz recruited, takes over. He said he had spent a
        # year persuading Danner …": not the one the sentence names, but the one before
        others = [k for k in reversed(recent) if k not in named and told.get(k, said) == said]
        if not others:
            return None
        last_person = others[0]
    elif last_person in named:
        return None
    return Mention(last_person, m.start(), m.end(), implicit=True)
