"""People, roles and quotes found by code; and a test-only article the seeds never mention."""

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bench.corpus import SyntheticArticles
from bot.router import Router
from knowledge import extract, orgs
from knowledge.articles import Article, load_articles
from knowledge.engine import Engine
from knowledge.entities import Entity, Gazetteer, Mention, find_people, people_entities
from knowledge.indexer import build_index, passages_of
from knowledge.quotes import quotes_in
from knowledge.roles import roles_in

from .conftest import SEEDS

SEED_PEOPLE = {
    "Andrej Karpathy", "Barret Zoph", "Bob McGrew", "Demis Hassabis", "Elon Musk",
    "Greg Brockman", "Ilya Sutskever", "Jan Leike", "John Schulman", "Larry Page",
    "Lex Fridman", "Luke Nosek", "Mira Murati", "Mustafa Suleyman", "Reid Hoffman",
    "Sam Altman", "Satya Nadella", "Shivon Zilis", "Tim Shi", "Vinod Khosla",
}  # fmt: skip


def test_people_in_the_seeds(seed_articles: tuple[Article, ...]) -> None:
    texts = [str(r["text"]) for a in seed_articles for r in passages_of(a)]
    found = {e.name for e in find_people(texts).values()}
    assert found == SEED_PEOPLE  # and no "Sun Valley", "Azure Batch", "Silicon Valley"


def test_a_dramatised_line_is_no_quote() -> None:
    sentence = "Elon Musk: Human consciousness is a precious spark."
    assert quotes_in(sentence, _people(sentence)) == []
    stance = "Larry Page called Elon Musk a “speciesist,” accusing him of bias."
    assert [(q.key, q.text) for q in quotes_in(stance, _people(stance))] == [
        ("larry-page", "speciesist")
    ]


def test_a_headline_is_not_a_person() -> None:
    text = "Inside Lumaris: how a lab ended up in court\nLumaris said it would appeal."
    assert find_people([text]) == {}


def test_a_headline_describing_a_company_is_not_a_person() -> None:
    """ "Inside Cathodica, the Battery Lab That Fired Its Founder": what the name is said to
    be is a lab; the role word in it is its founder's, not the name's."""
    text = (
        "Charged: Inside Cathodica, the Battery Lab That Fired Its Founder and Took Her Back\n"
        "Cathodica was founded in 2019 by Ingrid Solvang-Achebe, a materials scientist."
    )
    assert {e.name for e in find_people([text]).values()} == {"Ingrid Solvang-Achebe"}
    # (but someone the lab's post is said of is a person)
    said = "Morten Vail-Achebe, the lab's chief scientist, left in 2021."
    assert {e.name for e in find_people([said]).values()} == {"Morten Vail-Achebe"}


def test_where_someone_was_before_says_a_person() -> None:
    """ "formerly of" an institution is said only of a person, whatever the given name."""
    text = (
        "Kofi Mensah-Doyle held the post on an interim basis until Mateusz Wróblewski, "
        "formerly of the Polish Academy of Sciences, took over in July."
    )
    assert "Mateusz Wróblewski" in {e.name for e in find_people([text]).values()}


def test_a_courtesy_title_before_a_surname_says_a_person() -> None:
    """ "Mr. Vantongeren" anywhere in the article makes the one named in full a person, even
    where nothing else does; the surname alone with no title does not."""
    text = (
        "The money came from Casimir Vantongeren.\n"
        '"Mr. Vantongeren pledged $120 million to a cause," the company said.'
    )
    assert {e.name for e in find_people([text]).values()} == {"Casimir Vantongeren"}
    plain = text.replace("Mr. ", "")
    assert find_people([plain]) == {}


def test_people_told_apart_from_companies_by_what_is_said_of_them() -> None:
    """A name whose surname is later described by a trade is a person; a name ending in a
    company's word is not one, whatever it does; a name just after a sentence that ended
    in an initial ("Series A.") is still found."""
    texts = [
        "When Maren Solvik and Tobias Renwick rented a loft, their plan was simple.",
        "Solvik, a computational linguist who built software for clinics, became chief.",
        "Meridel Telecom invested $250 million for a minority stake.",
        "Redmere Capital led a $40 million Series A. Clement Haverly, the Redmere managing "
        "partner who negotiated the deal, joined the board.",
    ]
    found = {e.name for e in find_people(texts).values()}
    assert {"Maren Solvik", "Clement Haverly"} <= found, found
    assert "Meridel Telecom" not in found and "Series A" not in found, found
    # what is said of companies and places too is no trade: no one is named
    for said in (
        "Orvane Health, a hospital operator, signed.",
        "Tillwick Pay, a payments provider, signed.",
        "Castlemere Foods, a former supplier, signed.",
        "Goldman Sachs, the lead underwriter, said so.",
        "Pallas Biotech, a drug maker, said so.",
        "Dunmore Vale, a former mining town, grew.",
        "Varn Ostacq, a matter for the courts, was settled.",
        # what is founded is a company, whatever is said of it after
        "The scientist then founded Parallax Gene, a rival developer of gene therapies.",
    ):
        assert find_people([said]) == {}, said


def test_a_role_word_in_the_sentence_before_names_no_one() -> None:
    # "partner" ends the sentence before: it says nothing about the headline's first words
    texts = ["Microsoft became its key partner.", "The Story Behind zan Elon Musk and AI"]
    assert "Story Behind" not in {e.name for e in find_people(texts).values()}
    same_sentence = ["Microsoft named its key partner Story Behind to the board."]
    assert "Story Behind" in {e.name for e in find_people(same_sentence).values()}
    # a sentence that ends in a two-letter word ends all the same; "Dr." ends none
    ended = ["I'll talk to a friend about it. The Story Behind zan Elon Musk and AI"]
    assert "Story Behind" not in {e.name for e in find_people(ended).values()}
    for titled in ("the investor Dr. Story Behind", "the investor vs. Story Behind"):
        said = [f"She called in {titled} to the board."]
        assert "Story Behind" in {e.name for e in find_people(said).values()}, titled
    # a heading run on after a sentence, as a flattened page runs them
    for run_on in ("co-founders The Story Behind zan Elon", "co-founders The zan Story Behind"):
        said = [f"Their motives are questioned by other {run_on} and AI"]
        assert "Story Behind" not in {e.name for e in find_people(said).values()}, run_on
    opening = ["The co-founder Story Behind spoke first."]
    assert "Story Behind" in {e.name for e in find_people(opening).values()}


def test_aliases_and_possessives() -> None:
    people = find_people(["Sam Altman said hi.", "Elon Musk said no."])
    gazetteer = Gazetteer(people.values())
    keys = [m.key for m in gazetteer.mentions("Musk's reply to Altman孤家寡人 and Sam.")]
    assert keys == ["elon-musk", "sam-altman", "sam-altman"]


def test_an_alias_two_share_is_the_first_the_article_may_name() -> None:
    """Entities are read in key order: of two the article may name, the first has the alias;
    one it may not name is passed over. ("Halcyra Inc." ends in "Inc.", never one of an
    article's words: an entity known only by it is named in no article, as before one
    gazetteer served every article.)"""
    found = [
        Entity(key="a-redfern", name="Redfern", kind="org", aliases=("Redfern",)),
        Entity(key="b-redfern", name="Redfern Cole", kind="org", aliases=("Redfern",)),
        Entity(key="a-halcyra", name="Halcyra Inc.", kind="org", aliases=("Halcyra Inc.",)),
        Entity(key="b-halcyra", name="Halcyra Inc", kind="org", aliases=("Halcyra Inc",)),
    ]
    corpus = extract._Corpus({}, {e.key: e for e in found})
    text = "Redfern sued Halcyra Inc. on Monday."
    read = corpus.gazetteer([text])
    assert not read.named("a-halcyra") and read.named("b-halcyra")
    assert [m.key for m in read.mentions(text)] == ["a-redfern", "b-halcyra"]
    # with no article to read it for, the first of each
    assert [m.key for m in corpus.everyone.mentions(text)] == ["a-redfern", "a-halcyra"]


_ALIAS_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|&")


def _mentions_word_by_word(entities: list[Entity], text: str) -> list[Mention]:
    """Mentions as the gazetteer's rule has them, read word by word: at each word, the
    longest alias (its words single spaces apart) starting there, of the first entity that
    has it; non-ASCII aliases wherever they occur. (The reference the gazetteer must match.)"""
    owner: dict[str, str] = {}
    for entity in entities:
        for alias in entity.aliases:
            if alias.isascii():
                owner.setdefault(" ".join(_ALIAS_WORD_RE.findall(alias)), entity.key)
    tokens = list(_ALIAS_WORD_RE.finditer(text))
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        run = 1  # the words from this one on that single spaces alone separate
        while (
            i + run < len(tokens)
            and text[tokens[i + run - 1].end() : tokens[i + run].start()] == " "
        ):
            run += 1
        for k in range(run, 0, -1):
            key = owner.get(" ".join(t.group() for t in tokens[i : i + k]))
            if key is not None:
                found.append(Mention(key, tokens[i].start(), tokens[i + k - 1].end()))
                i += k
                break
        else:
            i += 1
    for entity in entities:
        for alias in (a for a in entity.aliases if not a.isascii()):
            found.extend(
                Mention(entity.key, m.start(), m.end()) for m in re.finditer(re.escape(alias), text)
            )
    return sorted(found, key=lambda m: m.start)


def test_one_gazetteer_read_per_article_finds_what_one_per_article_would(
    seed_articles: tuple[Article, ...],
) -> None:
    """The corpus's gazetteer, read an article at a time, finds in each of its passages and
    its title what the rule finds, word by word, among the entities that article may name:
    those with an alias whose last word is one of its words, or a non-ASCII alias in it."""
    articles = (*seed_articles, *SyntheticArticles(7, 300))
    texts = [[str(r["text"]) for r in passages_of(a)] for a in articles]
    counts = orgs.OrgCounts()
    names: dict[str, None] = {}
    for passages in texts:
        names.update(dict.fromkeys(extract.people_named(passages)))
        counts.count(passages)
    corpus = extract.corpus_of(names, counts)
    found = 0
    for article, passages in zip(articles, texts, strict=True):
        words = {w for text in passages for w in extract._WORD_RE.findall(text)}
        joined = "\n".join(passages)
        named = [
            corpus.all[key]
            for key in sorted(corpus.all)
            if any(
                a.split(" ")[-1] in words if a.isascii() else a in joined
                for a in corpus.all[key].aliases
            )
        ]
        read = corpus.gazetteer(passages)
        for text in (*passages, article.meta.title):
            expected = _mentions_word_by_word(named, text)
            assert read.mentions(text) == expected, text
            found += len(expected)
    assert found > 5000


def test_a_name_with_accents_is_one_mention() -> None:
    """A name spelled with letters beyond ASCII is found whole, once: not also as its first
    name and its surname (each would give the sentence's roles to it again)."""
    text = "Margit Esterházy-Kolb, a retired telecoms executive, succeeded him as chair."
    mentions = _people(text)
    assert [(m.start, m.end) for m in mentions] == [(0, 21)], mentions


def _people(text: str) -> list[Mention]:
    people = find_people([text])
    return list(Gazetteer(people.values()).mentions(text))


ROLE_CASES = [
    (
        "OpenAI's Chief Technology Officer Mira Murati resigned.",
        "OpenAI's Chief Technology Officer",
    ),
    ("DeepMind CEO Demis Hassabis spoke.", "DeepMind CEO"),
    ("Investors such as LinkedIn co-founder Reid Hoffman joined.", "LinkedIn co-founder"),
    ("Shivon Zilis, a former OpenAI board member, wrote.", "a former OpenAI board member"),
    (
        "Andrej Karpathy, who became the architect of the program, left.",
        "who became the architect of the program",
    ),
    ("Musk urged CTO Greg Brockman (now president) to act.", "now president"),
    ("In August, John Schulman resigned and joined Anthropic.", "joined Anthropic"),
    ("On Monday, board chair Helga Marsh called her in.", "board chair"),
    (
        "The next day, the board named chief financial officer Sofia Takahashi interim chief "
        "executive.",
        "interim chief executive",
    ),
    # "its": whose, the build then says in parentheses (the company that appointed her)
    (
        "In 2021 the company appointed Mira Murati as its chief technology officer.",
        "its chief technology officer",
    ),
    ("The board voted to remove Sam Altman as chief executive.", "removed as chief executive"),
    (
        "On Monday, the board made Sofia Takahashi's appointment permanent.",
        "appointment made permanent",
    ),
    (
        "Mira Murati stepped down as chief executive and was named chief scientist.",
        "stepped down as chief executive",
    ),
    (
        "Mira Murati stepped down as chief executive and was named chief scientist.",
        "chief scientist",
    ),
    ("Sam Altman resigned as CEO on Friday.", "resigned as CEO"),
    # a board "then chaired by" someone, or described as having been: a chair no longer
    (
        "On March 8, 2024, the board of the trust, then chaired by the retired banker Walter "
        "Kingsmill, voted to remove her.",
        "formerly chair",
    ),
    (
        "The retired judge who had chaired the board and led the vote, Desmond Achterberg, "
        "resigned the same day.",
        "formerly chair",
    ),
    # a title before the name, an appositive, then "as": the post, and what it heads
    (
        "Last month, Lumera named Dr. Anouk Verbeek, a crop geneticist from the Helderveld "
        "Institute, as its permanent head of research.",
        "its permanent head of research",
    ),
    (
        "Samir Haddad, a chemist, served as acting head of engineering.",
        "acting head of engineering",
    ),
]


def test_a_pronoun_subject_gets_the_roles_its_own_verbs_give() -> None:
    """ "she stepped down as chief executive and was named chief scientist": hers, when
    "she" is the person named before; a pronoun that is not the subject gets nothing."""
    text = "On March 11, 2024, she stepped down as chief executive and was named chief scientist."
    she = text.index("she")
    mentions = [Mention("mira-murati", she, she + 3, implicit=True)]
    assert {(r.key, r.text) for r in roles_in(text, mentions)} == {
        ("mira-murati", "stepped down as chief executive"),
        ("mira-murati", "chief scientist"),
    }
    object_text = "The board thanked her as chief executive."
    her = object_text.index("her")
    assert roles_in(object_text, [Mention("mira-murati", her, her + 3, implicit=True)]) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("She became its chair in 2023.", "its chair in 2023"),  # a pronoun's own copula
        ("Oyelaran became its chair in 2023.", "its chair in 2023"),  # a possessive's title
        ("Oyelaran was their target in 2023.", None),  # a possessive without a title
        ("She was the reason Dana Whitfield became chair.", None),  # another is named
    ],
)
def test_a_copula_gives_its_subject_a_possessed_title(text: str, role: str | None) -> None:
    subject = text.split()[0]
    people = [Mention("beatrix-oyelaran", 0, len(subject), implicit=subject == "She")]
    if "Dana Whitfield" in text:
        at = text.index("Dana Whitfield")
        people.append(Mention("dana-whitfield", at, at + len("Dana Whitfield")))
    found = [r.text for r in roles_in(text, people) if r.key == "beatrix-oyelaran"]
    assert found == ([role] if role else []), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Microsoft hired Sam Altman to lead a new research team.",
        "The deal made Sam Altman a billionaire overnight.",
        "The board named Sam Altman and Greg Brockman in the filing.",
    ],
)
def test_no_role_from_an_appointment_verb_alone(sentence: str) -> None:
    """An appointment verb gives the role that follows the name, and nothing else."""
    kinds = {(r.text, r.kind) for r in roles_in(sentence, _people(sentence))}
    assert not any(kind in ("title", "change") for _text, kind in kinds), kinds


@pytest.mark.parametrize(("sentence", "role"), ROLE_CASES)
def test_roles(sentence: str, role: str) -> None:
    texts = {r.text for r in roles_in(sentence, _people(sentence))}
    assert role in texts, texts


def test_role_status() -> None:
    sentence = "Ilya Sutskever, the former Chief Scientist, left; then-CTO Mira Murati stayed."
    statuses = {r.text: r.status for r in roles_in(sentence, _people(sentence))}
    assert statuses["the former Chief Scientist"] == "former"
    assert statuses["then-CTO"] == "former"


QUOTE_CASES = [
    ('Sam Altman said: "We will win this."', "sam-altman", "We will win this."),
    ('"We will win this," Sam Altman said.', "sam-altman", "We will win this"),
    (
        'Sam Altman sent Elon Musk a message saying: "Only $10 million."',
        "sam-altman",
        "Only $10 million.",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "quote"), QUOTE_CASES)
def test_quotes(sentence: str, speaker: str, quote: str) -> None:
    found = quotes_in(sentence, _people(sentence))
    assert (found[0].key, found[0].text) == (speaker, quote)


GENERAL_TEXT = """Quantum lab shake-up at Fabrikam

Dr. Priya Ramanathan, the former chief robotics officer of Fabrikam, resigned on March 3, 2021.
Fabrikam CEO Tomas Verhoeven announced the change in a memo.
Ramanathan said: "It is time to build something new."
Last summer, Ramanathan joined Contoso as its head of research.
"""


@pytest.fixture(scope="module")
def general_router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    """The seeds plus one article about people and events the seeds never mention."""
    folder = tmp_path_factory.mktemp("corpus")
    for article in load_articles(SEEDS):
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
        (folder / f"{article.id}.toml").write_text(
            Path(str(article.path)).with_suffix(".toml").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    (folder / "900_fabrikam.txt").write_text(GENERAL_TEXT, encoding="utf-8")
    (folder / "900_fabrikam.toml").write_text(
        'title = "Quantum lab shake-up"\noutlet = "Test Gazette"\n'
        'published = "2022-01-15"\nprecision = "day"\n',
        encoding="utf-8",
    )
    index = tmp_path_factory.mktemp("index") / "index.db"
    build_index(load_articles(folder), index)
    return Router(Engine(index), today=lambda: date(2026, 3, 3))


def test_generalization_who(general_router: Router) -> None:
    reply = general_router.handle_text("who priya ramanathan")
    assert reply.title == "Priya Ramanathan"
    assert "the former chief robotics officer of Fabrikam" in reply.text
    assert "Test Gazette" in reply.text
    typo = general_router.handle_text("who ramanathn")
    assert typo.title == "Priya Ramanathan"
    boss = general_router.handle_text("who verhoeven")
    assert "Fabrikam CEO" in boss.text


def test_generalization_when(general_router: Router) -> None:
    reply = general_router.handle_text("when did ramanathan resign")
    assert "2021-03-03" in reply.text
    joined = general_router.handle_text("when did ramanathan join contoso")
    assert "summer 2021" in joined.text  # "last summer" before 2022-01-15


def test_generalization_onthisday(general_router: Router) -> None:
    reply = general_router.handle_text("onthisday 03-03")
    assert "2021 · 5 years ago" in reply.text
    assert "Ramanathan" in reply.text


def test_generalization_quote(general_router: Router) -> None:
    reply = general_router.handle_text("quote ramanathan")
    assert "It is time to build something new." in reply.text


def test_multiword_aliases_need_their_words_together() -> None:
    people = find_people(["Sam Altman said hi."])
    gazetteer = Gazetteer(people.values())
    assert [m.key for m in gazetteer.mentions("Sam Altman left.")] == ["sam-altman"]
    spans = [(m.start, m.end) for m in gazetteer.mentions("Sam, Altman and Sam Altman")]
    assert spans == [(0, 3), (5, 11), (16, 26)]


def test_stance_verbs_need_a_speaker_acting() -> None:
    for sentence in (
        "Microsoft released a model called “Phi-3” last spring, Satya Nadella said.",
        "Sam Altman was called a “liar” by Elon Musk.",
    ):
        quoted = {q.text for q in quotes_in(sentence, _people(sentence))}
        assert not quoted & {"Phi-3", "liar"}, sentence


@pytest.mark.parametrize(
    ("role", "main_org", "last_org", "owned"),
    [
        # "the Boston firm" after "Northgate Ventures led the round": Northgate's
        (
            "a partner at the Boston firm",
            "halcyra",
            "northgate",
            "a partner at the Boston firm (N)",
        ),
        # "the company" is the one the article is about
        (
            "the company's first investor",
            "halcyra",
            "northgate",
            "the company's first investor (H)",
        ),
        ("the company's first investor", None, "northgate", "the company's first investor (N)"),
        # "the firm" when the last named is the article's own: it tells nothing
        ("a partner at the firm", "halcyra", "halcyra", "a partner at the firm"),
        ("chief executive of Quorra", "halcyra", "northgate", "chief executive of Quorra"),
    ],
)
def test_a_role_naming_its_company_by_a_noun_says_which(
    role: str, main_org: str | None, last_org: str | None, owned: str
) -> None:
    names = {"halcyra": "H", "northgate": "N"}
    assert extract._owned_role(role, main_org, last_org, names.__getitem__) == owned


@pytest.mark.parametrize(
    ("sentence", "key", "roles"),
    [
        # a description after "became" ends where another person's clause starts
        (
            "Priya Valdane became chief executive and Tomasz Herrold took the title of chief "
            "technology officer.",
            "priya-valdane",
            {"chief executive"},
        ),
        (
            "Priya Valdane became chief executive and Tomasz Herrold took the title of chief "
            "technology officer.",
            "tomasz-herrold",
            {"chief technology officer"},
        ),
        # titles taken in the subject's own words, one after another
        (
            "Gideon Asprey went back to being chief financial officer and picked up the "
            "additional title of president.",
            "gideon-asprey",
            {"chief financial officer", "president"},
        ),
        (
            "In June 2024, Tomasz Herrold resigned to become chief scientist at Lumenforge "
            "Automation, a Pittsburgh rival.",
            "tomasz-herrold",
            {"chief scientist at Lumenforge Automation", "resigned"},
        ),
        # past an appositive, "was named"
        (
            "Gideon Asprey, the company's chief financial officer, was named interim chief "
            "executive the same day.",
            "gideon-asprey",
            {"the company's chief financial officer", "interim chief executive"},
        ),
        # a post given in passing, each to its own holder
        (
            "They set up shop that spring, with Priya Valdane as chief executive and Tomasz "
            "Herrold as chief technology officer.",
            "priya-valdane",
            {"chief executive"},
        ),
        # stepping in, past what he was
        (
            "Gideon Asprey, the chief operating officer, stepped in as interim chief executive.",
            "gideon-asprey",
            {"the chief operating officer", "interim chief executive"},
        ),
        # a hiring told with a participle, past an appositive
        (
            "She rebuilt the safety program, hiring Tomasz Herrold, a former deputy fire "
            "marshal, as head of safety.",
            "tomasz-herrold",
            {"a former deputy fire marshal", "head of safety"},
        ),
        # a bare title whose clause opens with "who" is the clause's
        (
            "Priya Valdane, who remains chief technology officer, said so.",
            "priya-valdane",
            {"who remains chief technology officer"},
        ),
        # a title of a few words ending in a post; a new title taken; joining someone as one
        ("Priya Valdane became executive director.", "priya-valdane", {"executive director"}),
        (
            "Priya Valdane took a new title, chief learning officer.",
            "priya-valdane",
            {"chief learning officer"},
        ),
        (
            "Priya Valdane joined him the following year as chair of its board.",
            "priya-valdane",
            {"chair"},
        ),
        # what she still is; a post taken as another's successor; what he now does, told
        # after a semicolon
        ("Priya Valdane is still its chief executive.", "priya-valdane", {"its chief executive"}),
        (
            "Priya Valdane succeeded him as chief scientist, a post she still holds.",
            "priya-valdane",
            {"chief scientist"},
        ),
        (
            "Tomasz Herrold went back to running operations; he now leads the Singapore plant.",
            "tomasz-herrold",
            {"now leads the Singapore plant"},
        ),
        # past what she was (a post of her own, a former one), "as"
        (
            "The board named Naomi Achterberg, previously chief operating officer of Lakeshore "
            "Health, a hospital network in Milwaukee, as permanent chief executive.",
            "naomi-achterberg",
            {"permanent chief executive", "previously chief operating officer of Lakeshore Health"},
        ),
    ],
)
def test_titles_taken_in_other_words(sentence: str, key: str, roles: set[str]) -> None:
    names = ["Priya Valdane", "Tomasz Herrold", "Gideon Asprey", "Naomi Achterberg"]
    people = list(Gazetteer(people_entities(names).values()).mentions(sentence))
    found = {r.text for r in roles_in(sentence, people) if r.key == key}
    assert found == roles, found


def test_a_company_after_a_title_and_a_preposition_is_no_person() -> None:
    """ "chief scientist at Lumenforge Automation": where he works, not who."""
    texts = [
        "Tomasz Herrold resigned to become chief scientist at Lumenforge Automation.",
        "Naomi Achterberg was previously chief operating officer of Lakeshore Health.",
        "Lumenforge denied the claims.",
    ]
    found = {e.name for e in find_people(texts).values()}
    assert found == {"Tomasz Herrold", "Naomi Achterberg"}, found


def test_a_description_with_who_is_a_persons() -> None:
    """ "Mara Lindqvist, a Swedish physicist who had run …": only a person is a "who" (her
    first name is an English word, and no title is said of her); a thing's "whose" is not."""
    texts = [
        "The scientific credibility came from Mara Lindqvist, a Swedish physicist who had run "
        "the ensemble-prediction group in Norrkoping.",
        "Lindqvist later resigned.",
        "The money came from Marsh Harbor, a lab whose models are free.",
    ]
    found = {e.name for e in find_people(texts).values()}
    assert found == {"Mara Lindqvist"}, found


def test_a_given_names_second_syllable_may_be_small_and_a_place_word_a_surname() -> None:
    """ "Soo-ah Park": a Korean given name written with its second syllable small, and a
    surname that is also a place word, after it (not "Paris-based Mistral")."""
    texts = [
        "That night Soo-ah Park, a structural biologist, drafted a letter.",
        "Park now leads the antibody program.",
        "Paris-based Mistral said it had raised money.",
    ]
    found = {e.name for e in find_people(texts).values()}
    assert found == {"Soo-ah Park"}, found


def test_a_given_name_a_dictionary_knows_is_still_a_given_name() -> None:
    """ "Jun-seo Park", "Samir Haddad-Quist": "jun" and "samir" are in the dictionary, but are
    no everyday words (not "Post-war Berlin", "Inside Lumaris")."""
    texts = [
        "The role was filled on an interim basis by Jun-seo Park, a senior scientist.",
        "Samir Haddad-Quist served as acting head of research. Haddad-Quist is now her deputy.",
        "Post-war Berlin was rebuilt. Inside Lumaris is a film.",
    ]
    found = {e.name for e in find_people(texts).values()}
    assert found == {"Jun-seo Park", "Samir Haddad-Quist"}, found


def test_what_only_a_person_is_makes_a_name_a_persons() -> None:
    """ "Dolores Ybarra, a retired federal judge, took her place": a judge is someone."""
    found = find_people(
        [
            "Lindqvist left, and Dolores Ybarra, a retired federal judge, took her place.",
            "The board, then chaired by Lucian Ferreira, a former provost of Northmere "
            "University, removed him.",
        ]
    )
    assert {e.name for e in found.values()} == {"Dolores Ybarra", "Lucian Ferreira"}


def test_names_written_with_accents_are_people() -> None:
    found = find_people(
        [
            "Konrad Vähi, the chief technology officer, was named interim chief executive.",
            "Margit Esterházy-Kolb, a retired telecoms executive, succeeded him as chair.",
        ]
    )
    assert sorted(e.name for e in found.values()) == ["Konrad Vähi", "Margit Esterházy-Kolb"]


def _built_roles(tmp_path: Path, text: str, key: str) -> list[tuple[str, str]]:
    """(role text, its passage) of `key` in an index of one article of `text`."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "980_a.txt").write_text(f"Tillhaven news\n\n{text}\n", encoding="utf-8")
    (folder / "980_a.toml").write_text(
        'title = "Tillhaven news"\noutlet = "Test Wire"\npublished = "2025-03-07"\n'
        'precision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    conn = sqlite3.connect(tmp_path / "index.db")
    try:
        return conn.execute(
            "SELECT r.text, p.text FROM roles r JOIN passages p ON p.id = r.passage_id "
            "WHERE r.entity_key = ? ORDER BY r.id",
            (key,),
        ).fetchall()
    finally:
        conn.close()


def test_a_reinstatement_puts_someone_back_in_the_post_removed_from(tmp_path: Path) -> None:
    """ "reinstated Solvang": back as chief executive; "unless Solvang was reinstated" is
    only demanded."""
    text = (
        "On March 8, 2024, the board voted to remove Ingrid Solvang as chief executive. Staff "
        "threatened to resign unless Solvang was reinstated. Five days after the firing, the "
        "board reversed itself and reinstated Solvang."
    )
    rows = _built_roles(tmp_path, text, "ingrid-solvang")
    assert [(t, p.split(",")[0]) for t, p in rows if t.startswith("reinstated")] == [
        ("reinstated as chief executive", "Five days after the firing")
    ]


def test_a_board_reversing_itself_puts_back_the_one_it_removed(tmp_path: Path) -> None:
    """ "In March 2023, the board voted to remove Bose as chief executive … The directors
    reversed themselves four days later.": Bose is back."""
    text = (
        "Laura Bose, Quorra's chief executive, spoke. In March 2023, the board voted to remove "
        "Bose as chief executive. The directors reversed themselves four days later."
    )
    rows = _built_roles(tmp_path, text, "laura-bose")
    assert (
        "reinstated as chief executive",
        "The directors reversed themselves four days later.",
    ) in rows


def test_a_post_left_and_filled_by_someone_is_theirs(tmp_path: Path) -> None:
    """ "Olmedo-Ruiz, head of research since 2016, resigned … The role was filled on an
    interim basis by Jun-seo Park": his post, for now."""
    text = (
        "Sebastián Olmedo-Ruiz, head of research since 2016, resigned in January 2022. The role "
        "was filled on an interim basis by Jun-seo Park, a senior scientist, for eight months."
    )
    rows = _built_roles(tmp_path, text, "jun-seo-park")
    assert "interim head of research" in [t for t, _p in rows], rows


def test_a_maintainer_holds_a_post(tmp_path: Path) -> None:
    """ "…; she is still lead maintainer today": an open-source project's post."""
    text = (
        "Ferreira Lund, a level designer, quit in 2020. His old job went to Ruth "
        "Abernathy-Osei, who had maintained the audio system since 2014; she is still lead "
        "maintainer today."
    )
    rows = _built_roles(tmp_path, text, "ruth-abernathy-osei")
    assert "lead maintainer today" in [t for t, _p in rows], rows
