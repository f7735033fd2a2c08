"""The role titles a question can ask for, grouped in families, and how a role says one.

Shared by the build and the answers: "who is the ceo" asks for the family ("ceo", "chief
executive"); the build keeps, per family, the role texts saying one of its titles
(`role_family_texts`) and how many of each person's role rows may count towards it
(`role_families`), so a question reads its family's roles by their text and takes its
likeliest holders first instead of weighing every role row of a large index.
"""

import functools
import re
import sqlite3

# Question words -> the role titles they ask about.
FAMILIES: dict[str, tuple[str, ...]] = {
    "ceo": ("ceo", "chief executive"),
    "chief executive": ("ceo", "chief executive"),
    # (a company's top post by another name: "permanent managing director")
    "boss": ("ceo", "chief executive", "president", "head", "managing director"),
    "run": ("ceo", "chief executive", "president", "head", "leads", "managing director"),
    "head": ("ceo", "chief executive", "president", "head", "managing director"),
    "cto": ("cto", "chief technology officer"),
    "cfo": ("cfo", "chief financial officer"),
    "cpo": ("cpo", "chief product officer"),
    "coo": ("coo", "chief operating officer"),
    "chief scientist": ("chief scientist",),
    "scientist": ("chief scientist", "top scientist", "scientist"),
    "chair": ("chair", "chairman", "chairwoman"),
    "chairman": ("chair", "chairman", "chairwoman"),
    "president": ("president",),
    "founder": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "found": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "co-found": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "start": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "create": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    # (a nonprofit's chief executive; last, so that an index built before it keeps the
    # numbers of the families above)
    "executive director": ("executive director",),
}
# Each distinct family's number in the `role_families` table.
FAMILY_IDS: dict[tuple[str, ...], int] = {
    titles: number for number, titles in enumerate(dict.fromkeys(FAMILIES.values()))
}


@functools.lru_cache(maxsize=1024)
def words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of `words` (lower case), each whole (compiled once: a role
    question at 100,000 articles checks tens of thousands of roles)."""
    return re.compile("|".join(rf"(?<![\w]){re.escape(w)}(?![\w])" for w in words))


def folded(text: str) -> str:
    """`text` as `says` reads it: case folded, with typographic apostrophes plain."""
    return text.casefold().replace("’", "'")


def says(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` says one of `words` (lower case), each as whole words."""
    lowered = folded(text)
    # most texts hold none of the words: a substring test says so without the pattern
    return any(w in lowered for w in words) and words_re(words).search(lowered) is not None


# Words that make a role a past one ("former CEO", "then-CTO", "interim chief executive").
PAST = re.compile(
    r"\b(?:former|formerly|then|ex|once|previous|previously|interim|acting|until)\b", re.I
)
# knowledge.roles writes a role left so: "removed as chief executive", "stepped down as …"
# (or "resigned (as …)": the post read from the sentence, not written in it)
REMOVED = re.compile(r"(?:removed|ousted|fired|stepped down|resigned|left|quit) \(?as ", re.I)
INTERIM = re.compile(r"\b(?:interim|acting)\b\s*", re.I)
VICE = re.compile(r"\bvice[\s-]+president\b", re.I)  # a vice president is not the president
# The trades a "head" post may be of, written after it: "head brewer", "head chef"
HEAD_TRADES = (
    "brewer|brewmaster|chef|cook|baker|roaster|distiller|winemaker|coach|trainer|designer|"
    "buyer|trader|pilot|nurse|teacher|curator|gardener|groundskeeper|writer|counsel|"
    "engineer|scientist|mechanic|technician|economist|analyst|architect|librarian"
)
# A head of a part of it is not its head: "Tillhaven's head of research", "head of strategy"
# (but "head of Tillhaven"), nor the head of a trade, "its head brewer"
HEAD_OF_PART = re.compile(rf"\b[Hh]ead (?:of (?:the )?[a-z][\w-]*|(?:{HEAD_TRADES})\b)")


def may_count(text: str, titles: tuple[str, ...], *, past: bool) -> bool:
    """Whether a role with this text may count towards holding one of `titles`: it says one,
    is no role left ("resigned as CEO": one held, for the past), and (unless `past`) is no
    former one: the text alone decides no more than that (an interim title made permanent
    counts as the title)."""
    if not says(text, titles):
        return False
    if REMOVED.match(text):
        return past
    return any(
        (past or not PAST.search(role)) and (_whole(role) == role or says(_whole(role), titles))
        for role in (text, INTERIM.sub("", text).strip())
    )


def _whole(role: str) -> str:
    """The role without the titles of a part of it (a vice president, a head of research)."""
    return HEAD_OF_PART.sub("", VICE.sub("", role))


def build(conn: sqlite3.Connection) -> None:
    """Create and fill the four tables:
    - `role_family_texts`: per family, the role texts saying one of its titles, and whether
      such a role may count now (`now`), may count of the past (`ever`), or is one left
      (`gone`): a question reads the role rows of its family by their text, and no others;
    - `role_family_rows`: per family, the role rows whose text may count or is a role left;
    - `role_family_gone`: per family and person, the role rows that are roles left;
    - `role_families`: per family, tense (`past` 1: every role that may count; 0: only those
      that may count now) and person, how many role rows may count towards the family's
      titles (`n`), the latest publication among them and the first's row number (what a
      tie on support is decided by), keyed so a question reads the people in falling `n`."""
    conn.execute(
        "CREATE TABLE role_family_texts (family INTEGER NOT NULL, text TEXT NOT NULL, "
        "now INTEGER NOT NULL, ever INTEGER NOT NULL, gone INTEGER NOT NULL, "
        "PRIMARY KEY (family, text)) WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT INTO role_family_texts VALUES (?, ?, ?, ?, ?)",
        (
            (
                number,
                text,
                may_count(text, titles, past=False),
                may_count(text, titles, past=True),
                REMOVED.match(text) is not None,
            )
            for (text,) in conn.execute("SELECT DISTINCT text FROM roles WHERE text IS NOT NULL")
            for titles, number in FAMILY_IDS.items()
            if says(text, titles)
        ),
    )
    # the rows themselves, by family: a question weighing everyone reads its family's rows
    # by number (roles has no index by text; scanning it was most of such a question)
    conn.execute(
        "CREATE TABLE role_family_rows (family INTEGER NOT NULL, id INTEGER NOT NULL, "
        "PRIMARY KEY (family, id)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO role_family_rows SELECT f.family, r.id FROM roles r "
        "JOIN role_family_texts f ON f.text = r.text WHERE f.ever OR f.gone ORDER BY 1, 2"
    )
    # the roles each person left, by family: one busy person's are found without reading
    # all of theirs
    conn.execute(
        "CREATE TABLE role_family_gone (family INTEGER NOT NULL, entity_key TEXT NOT NULL, "
        "id INTEGER NOT NULL, PRIMARY KEY (family, entity_key, id)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO role_family_gone SELECT f.family, r.entity_key, r.id FROM roles r "
        "JOIN role_family_texts f ON f.text = r.text WHERE f.gone AND r.entity_key IS NOT NULL "
        "ORDER BY 1, 2, 3"
    )
    conn.execute(
        "CREATE TABLE role_families (family INTEGER NOT NULL, past INTEGER NOT NULL, "
        "n INTEGER NOT NULL, entity_key TEXT NOT NULL, latest TEXT NOT NULL, "
        "first INTEGER NOT NULL, PRIMARY KEY (family, past, n, entity_key)) WITHOUT ROWID"
    )
    for past, counts in ((0, "now"), (1, "ever")):
        conn.execute(
            f"INSERT INTO role_families SELECT f.family, {past}, count(*), r.entity_key, "
            "max(coalesce(a.published, '')), min(r.id) "
            "FROM roles r JOIN role_family_texts f ON f.text = r.text "
            "JOIN articles a ON a.seq = r.article "
            f"WHERE f.{counts} GROUP BY f.family, r.entity_key"
        )
