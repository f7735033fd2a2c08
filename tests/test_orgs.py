"""Organisations are found by code: an article about a company the curated list has never
heard of still has it as an entity, and places, people and sentence starts are not ones."""

from knowledge.entities import Gazetteer, find_people
from knowledge.orgs import find_orgs

TEXTS = [
    "Halcyra Labs was founded in Pittsburgh by Jonah Albrecht and Mireille Fontaine.",
    "Two days later, Albrecht joined Tessary, a Boston rival backed by Redfern Capital.",
    "On January 13, Halcyra sued Albrecht and Tessary in federal court in Pittsburgh.",
    "Tessary's chief executive called the suit a press release.",
    "Lantern reads bills of lading. Nobody said Pittsburgh was easy.",
]


def test_companies_are_found_and_known_by_their_short_name() -> None:
    people = find_people(TEXTS)
    orgs = find_orgs(TEXTS, people.values())
    names = {e.name: e.aliases for e in orgs.values()}
    assert names["Halcyra Labs"] == ("Halcyra Labs", "Halcyra")
    assert "Tessary" in names and "Redfern Capital" in names
    assert all(e.kind == "org" for e in orgs.values())


def test_places_people_and_plain_words_are_not_companies() -> None:
    people = find_people(TEXTS)
    names = {e.name for e in find_orgs(TEXTS, people.values()).values()}
    assert "Pittsburgh" not in names  # "in Pittsburgh"
    assert not names & {"Jonah Albrecht", "Albrecht", "Mireille Fontaine"}
    assert "Nobody" not in names and "Lantern" not in names  # sentence starts only


def test_an_acronym_and_its_long_name_are_one_organisation() -> None:
    texts = [
        "A worker was hurt, and the Occupational Safety and Health Administration opened an "
        "inquiry that February.",
        "In October 2024, OSHA fined Ardent $156,000.",
        "The Department of Justice declined to comment. A DOJ spokesman said nothing more.",
    ]
    found = {e.name: set(e.aliases) for e in find_orgs(texts, []).values()}
    assert {"Occupational Safety and Health Administration", "OSHA"} <= found.get(
        "Occupational Safety and Health Administration", set()
    ), found
    assert "DOJ" in found.get("Department of Justice", set()), found
    # a title spelled out is no organisation
    titles = ["Tim Shi, the Chief Technology Officer, spoke.", "The CTO said so."]
    assert find_orgs(titles, []) == {}


def test_a_public_body_or_a_company_word_ends_a_name_and_a_start_of_it_written_alone_is_it() -> (
    None
):
    texts = [
        "The Paloma Valley Water District, which had fitted the sensors, sued in August.",
        "Halloran Meter Works, an Omaha company, offered $310 million for it.",
        "The talks collapsed after Halloran cut its offer.",
        "Okapi Growth Equity led the round. Residents of Paloma Valley were angry.",
    ]
    found = {e.name: e.aliases for e in find_orgs(texts, []).values()}
    assert found["Halloran Meter Works"] == ("Halloran Meter Works", "Halloran")
    assert "Paloma Valley Water District" in found and "Okapi Growth Equity" in found


def test_initials_with_full_stops_are_the_long_name_and_found_in_the_text() -> None:
    texts = [
        "In October 2023, the Federal Trade Commission opened an inquiry.",
        "The F.T.C. closed its inquiry in April without bringing charges.",
    ]
    orgs = find_orgs(texts, [])
    ftc = orgs["federal-trade-commission"]
    assert {"FTC", "F.T.C."} <= set(ftc.aliases)
    found = Gazetteer(orgs.values()).mentions(texts[1])
    assert [(m.key, texts[1][m.start : m.end]) for m in found] == [
        ("federal-trade-commission", "F.T.C.")
    ]


def test_a_name_followed_by_a_company_s_title_is_a_person() -> None:
    texts = ['"It was the answer," said Celeste Amadou, Sablewick\'s chief executive since May.']
    assert "celeste-amadou" in find_people(texts)


def test_what_a_name_owns_makes_it_a_company() -> None:
    texts = [
        "Sablewick was founded in 2017.",
        '"We are back," said Celeste Amadou, Sablewick\'s chief executive since May.',
    ]
    assert "sablewick" in find_orgs(texts, find_people(texts).values())


def test_a_place_or_an_english_word_opening_a_name_is_not_the_organisation() -> None:
    texts = [
        "She spent 12 years at Texas Instruments before joining.",
        "In Austin, Texas, chief executive Mara Voss cut the ribbon.",
        "The European Commission opened an inquiry. European customers complained.",
    ]
    found = {e.name: e.aliases for e in find_orgs(texts, []).values()}
    assert "Texas" not in found.get("Texas Instruments", ())
    assert "European" not in found.get("European Commission", ())


def test_a_company_described_by_another_s_title_is_no_person() -> None:
    texts = [
        "The round was led by Zentrik Mobility, Corvane's largest investor, which also put "
        "money into Halvard Aero."
    ]
    assert "zentrik-mobility" not in find_people(texts)


def test_a_firm_described_by_a_job_firms_do_is_no_person() -> None:
    texts = [
        "Corvane Utilities dropped Blue Heron as its meter supplier in 2023. Blue Heron, "
        "Corvane's chip designer since 2018, had missed three deliveries."
    ]
    assert "blue-heron" not in find_people(texts)


def test_a_name_described_as_a_carrier_or_a_chain_is_a_company_known_by_its_start() -> None:
    texts = [
        "On September 6, 2023, Tolland Freightways, a Tacoma trucking and air freight carrier, "
        "agreed to buy Skerrow. Tolland declined to comment.",
        "Its first route served Harborline Pharmacy, a chain with 64 stores. Harborline said so.",
    ]
    found = {e.name: e.aliases for e in find_orgs(texts, []).values()}
    assert found["Tolland Freightways"] == ("Tolland Freightways", "Tolland")
    assert found["Harborline Pharmacy"] == ("Harborline Pharmacy", "Harborline")


def test_a_product_called_the_something_is_no_person_and_its_maker_keeps_its_name() -> None:
    texts = [
        "MINNEAPOLIS — Tessavo Hearing, the Minneapolis maker of hearing aids, finished its "
        "first product, "
        "the Tessavo Crest, a pair of hearing aids. The Crest returned to Pellham shelves in "
        "July. Tessavo's board met. Oyelaran still holds a stake in Tessavo.",
    ]
    people = find_people(texts)
    assert "tessavo-crest" not in people
    found = {e.name: e.aliases for e in find_orgs(texts, people.values()).values()}
    assert found["Tessavo Hearing"] == ("Tessavo Hearing", "Tessavo")


def test_a_name_of_two_words_described_as_a_company_once_is_one() -> None:
    texts = [
        "The board picked him because he had done that at Solvane Diagnostics, a maker of "
        "at-home medical test kits, where he spent eight years."
    ]
    assert "solvane-diagnostics" in find_orgs(texts, find_people(texts).values())


def test_a_speaker_s_bare_title_or_earlier_post_says_they_are_a_person() -> None:
    texts = [
        '"Returns were low," said Cordelia Vantongeren, senior vice president of '
        "merchandising at Pellham Drug.",
        "He was replaced by Renske Obuya, previously treasurer at Calloway Home Brands.",
    ]
    assert {"cordelia-vantongeren", "renske-obuya"} <= set(find_people(texts))


def test_an_age_or_a_post_taken_after_a_name_says_a_person_and_foods_a_company() -> None:
    texts = [
        "Brambleton Foods said on Monday that it had hired Renata Ostrowicz as chief "
        "executive. Ostrowicz, 51, was most recently head of operations at Cascadia."
    ]
    people = find_people(texts)
    assert "renata-ostrowicz" in people and "brambleton-foods" not in people
    assert "brambleton-foods" in find_orgs(texts, people.values())


def test_a_place_with_its_state_is_no_person_and_a_rare_word_starts_a_company() -> None:
    texts = [
        "She spent seven years at the Halvard Institute in Ann Arbor, Michigan. Brindlecoil "
        "signed a deal with Halcyon Motor Group. Halcyon's vice president said so. He ran "
        "nickel mines for Tarnmoor Minerals before moving home."
    ]
    people = find_people(texts)
    assert "ann-arbor" not in people
    found = {e.name: e.aliases for e in find_orgs(texts, people.values()).values()}
    assert found["Halcyon Motor Group"] == ("Halcyon Motor Group", "Halcyon")
    assert "Tarnmoor Minerals" in found


def test_a_department_a_product_or_a_firm_hired_is_no_company_or_person() -> None:
    texts = [
        "It was reported by Neha Kulkarni, head of Human Resources, after staff complained. "
        "The firm said its prototype, the Blue Heron, was late and that chief executive Grant "
        "Pellew had resigned. Brightwater hired Arctic Bridge as its financial adviser."
    ]
    people = find_people(texts)
    assert "blue-heron" not in people and "arctic-bridge" not in people
    assert "human-resources" not in find_orgs(texts, people.values())


def test_what_was_founded_by_someone_is_an_organisation() -> None:
    """ "Lanternway was founded in December 2016 by three people": a person is not founded,
    and no word of the name says it is a company."""
    texts = [
        "Lanternway was founded in December 2016 by three people who were tired.",
        "Marsh walked back into Lanternway offices last November.",
        "The money came from Harlan Voss.",
    ]
    people = find_people(texts)
    names = {e.name for e in find_orgs(texts, people.values()).values()}
    assert "Lanternway" in names, names
    assert "Harlan Voss" in {e.name for e in people.values()}  # a given name the data knows


def test_a_short_name_two_companies_open_on_is_the_company_itself() -> None:
    """ "Kitewell", written alone and acting ("Kitewell responded with a lawsuit"), beside
    "Kitewell Foundation" and "Kitewell Drop" in a dev-set article: the company, not an
    alias of either."""
    from pathlib import Path

    article = Path(__file__).parent / "devset" / "fresh23" / "125_kitewell.txt"
    texts = article.read_text(encoding="utf-8").split("\n")
    found = find_orgs(texts, find_people(texts).values())
    assert "kitewell" in found
    assert all("Kitewell" not in e.aliases[1:] for e in found.values())
