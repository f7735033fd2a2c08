"""Date resolution against the publication date: absolute, partial and relative expressions."""

from datetime import date

import pytest

from knowledge.dates import When, best_date, dates_in, find_dates, story_month

PUB = date(2024, 9, 28)  # a Saturday


@pytest.mark.parametrize(
    ("text", "label", "precision"),
    [
        ("the announcement of Musk's departure on Feb 20, 2018, would", "2018-02-20", "day"),
        ("On Wednesday night, September 25th, Murati resigned", "2024-09-25", "day"),
        ("On Feb. 17, he tweeted", "2024-02-17", "day"),
        ("On Wednesday, Murati announced", "2024-09-25", "day"),
        ("Musk didn't respond but on Friday, he tweeted", "2024-09-27", "day"),
        ("In a letter to Musk in December 2015, Altman", "December 2015", "month"),
        ("In May of this year, Sutskever resigned", "May 2024", "month"),
        ("in November of last year", "November 2023", "month"),
        ("In August, Schulman resigned", "August 2024", "month"),
        ("In December, a month after the launch", "December 2023", "month"),
        ("who was ousted last November over", "November 2023", "month"),
        ("Last autumn, members of the board", "autumn 2023", "season"),
        ("This spring, OpenAI developed", "spring 2024", "season"),
        ("in the summer of 2018 at an Allen & Co. event", "summer 2018", "season"),
        ("But in early 2018, Musk told", "early 2018", "year"),
        ("Early in 2023, Microsoft dropped", "early 2023", "year"),
        ("Google acquires DeepMind (2014)", "2014", "year"),
        ("founded his own AI startup xAI last year", "2023", "year"),
        ("This year, the departure of key scientists", "2024", "year"),
        ("posted 2 days ago", "2024-09-26", "day"),
        ("Nadella dismissed it on a February podcast", "February 2024", "month"),
        ("The deal is expected to close next month, pending approval", "October 2024", "month"),
        ("Next month, the lab opens in Austin", "October 2024", "month"),
    ],
)
def test_resolution(text: str, label: str, precision: str) -> None:
    when = best_date(text, PUB)
    assert when is not None, text
    assert (when.label, when.precision) == (label, precision)


def test_last_summer_is_the_one_that_ended() -> None:
    spring_pub = date(2025, 4, 29)
    when = best_date("Tensions hit another high last summer", spring_pub)
    assert when == When(2024, "season", season="summer")


def test_month_day_without_year_is_latest_not_after_publication() -> None:
    assert best_date("On March 15, he tweeted", date(2023, 3, 24)) == When(2023, "day", 3, 15)
    assert best_date("On March 25, he tweeted", date(2023, 3, 24)) == When(2022, "day", 3, 25)


def test_a_day_still_to_come_is_the_next_one() -> None:
    # (published October 9, 2024: the hearing is later that month; the suit was this year)
    ref = date(2024, 10, 9)
    assert _labels("A hearing is set for October 28.", ref) == ["2024-10-28"]
    assert _labels("The vote is scheduled for March 3.", ref) == ["2025-03-03"]
    assert _labels("They will vote at a meeting planned for July 22.", ref) == ["2025-07-22"]
    assert _labels("The board met on October 28.", ref) == ["2023-10-28"]


def _labels(text: str, ref: date) -> list[str]:
    return [f.when.label for f in find_dates(text, ref)]


def test_the_following_month_follows_the_previous_date() -> None:
    previous = When(2017, "month", 8)
    assert best_date("The following month, they wrote", PUB, previous) == When(2017, "month", 9)
    assert best_date("The following month, they wrote", PUB, None) is None


@pytest.mark.parametrize(
    ("previous", "season"),
    [
        (When(2021, "month", 8), When(2022, "season", season="spring")),  # after August
        (When(2021, "season", season="autumn"), When(2022, "season", season="spring")),
        (When(2021, "month", 1), When(2021, "season", season="spring")),  # January: winter
        (When(2021, "month", 3), When(2021, "season", season="summer")),
    ],
)
def test_the_following_season_follows_the_previous_date(previous: When, season: When) -> None:
    text = f"The following {season.season}, Skerrow agreed to pay a fine"
    assert best_date(text, PUB, previous) == season
    assert best_date(text, PUB, None) is None  # no date stated before: none to follow


def test_the_following_season_after_a_year_is_the_next_years() -> None:
    text = "Alvarez opened the first cafe in 2009 and a second one the following spring."
    assert [f.when.label for f in find_dates(text, PUB)] == ["2009", "spring 2010"]
    assert best_date("The following spring, it reopened.", PUB, When(2021, "year")) == When(
        2022, "season", season="spring"
    )


def test_a_winter_sorts_in_the_january_after_its_december() -> None:
    winter = When(2021, "season", season="winter")
    assert winter.sort_key == "2022-01-01"
    assert winter.first_day() == date(2022, 1, 1)
    assert When(2021, "month", 12).sort_key < winter.sort_key < When(2022, "month", 2).sort_key


def test_the_next_month_of_a_story_is_not_the_articles() -> None:
    """ "The next month she incorporated …": the month after the story's, counted from it,
    not the month after the article's, whatever the case of its "the"."""
    for text in ("The next month she incorporated the lab.", "Over the next month, sales fell."):
        assert [f for f in find_dates(text, PUB) if f.kind == "rel_month"] == [], text


def test_names_and_amounts_are_not_dates() -> None:
    assert best_date("followed shortly by Jan Leike", PUB) is None
    assert best_date("raised $1,000 and hired 770 people; GPT-4 launched", PUB) is None
    assert best_date("It may be that they agree", PUB) is None


def test_a_year_a_possessives_figures_are_for_is_no_date() -> None:
    # missed in 2023, "its 2022 sales forecast": not a happening of 2022
    assert best_date("Quorra had missed its 2022 sales forecast by half", PUB) is None
    assert best_date("Their 2021 revenue rose", PUB) is None
    # but a possessive's happening is dated by it
    for said in ("Whitcombe's 2021 departure hurt morale", "The company's 2021 acquisition"):
        found = best_date(said, PUB)
        assert found is not None and found.year == 2021


def test_impossible_dates_are_skipped() -> None:
    assert best_date("On February 30, 2020 nothing happened", PUB) is None


def test_labels_and_sort_keys() -> None:
    assert When(2014, "year").sort_key == "2014-07-01"
    assert When(2018, "season", season="summer").label == "summer 2018"
    assert When(2024, "month", 9).label == "September 2024"
    assert When(2018, "year", qualifier="early").sort_key < When(2018, "month", 2).sort_key


def test_most_precise_wins() -> None:
    found = find_dates("In 2018, on Feb 20, 2018, it ended", PUB)
    assert len(found) == 2
    assert best_date("In 2018, on Feb 20, 2018, it ended", PUB) == When(2018, "day", 2, 20)


STORY = When(2024, "day", 3, 11)  # "On Monday, March 11, 2024, …", months before publication


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Marsh wrote to Renn the same day, asking him to stay on.", "2024-03-11"),
        ("On Tuesday, 212 of the company's employees signed a letter.", "2024-03-12"),
        ("The next morning, Quintero flew to Oakland.", "2024-03-12"),
        ("Two days later, on the Friday, the board reversed course.", "2024-03-13"),
        ("He resigned as chief technology officer the following week.", "March 2024"),
        ("On Friday, the board reversed course.", "2024-03-15"),
    ],
)
def test_the_story_clock_counts_from_the_last_stated_day(text: str, label: str) -> None:
    when = best_date(text, PUB, STORY)
    assert when is not None and when.label == label, text


def test_a_weekday_near_publication_is_the_publication_week() -> None:
    # Nine days before publication the story is still "this week": Friday is the last one.
    recent = When(2024, "day", 9, 19)
    when = best_date("Musk didn't respond but on Friday, he tweeted", PUB, recent)
    assert when is not None and when.label == "2024-09-27"
    # Without a day to count from, story phrases state no date at all.
    assert best_date("Marsh wrote to Renn the same day.", PUB, When(2024, "month", 3)) == When(
        2024, "month", 3
    )
    assert best_date("The next morning, Quintero flew to Oakland.", PUB) is None
    # "afternoon" alone is enough to look for a date ("the same afternoon" counts from the day)
    day = When(2024, "day", 3, 12)
    assert best_date("Renn wrote back the same afternoon.", PUB, day) == day


def test_look_alike_letters_neither_crash_nor_skip_a_date() -> None:
    """Case-insensitive patterns also match look-alikes ("ſ" for "s", "ı" for "i"): such a
    sentence is searched for every kind (the keyword sifting is for ASCII text), and a
    relative word spelled with one is left unresolved instead of failing the whole build."""
    ref = date(2024, 5, 1)
    assert [f.text for f in find_dates("In the ſpring of 2019", ref)] == ["ſpring of 2019"]
    assert find_dates("laſt year we met", ref) == []
    assert [f.text for f in find_dates("in the spring of 2019", ref)] == ["spring of 2019"]
    # a season spelled with one is still the season: "last ſpring" is no crash
    for text, label in (("last ſpring", "spring 2023"), ("this ſummer", "summer 2024")):
        assert [f.when.label for f in find_dates(text, ref)] == [label]
    found = find_dates("In the ſpring of 2019", ref)
    assert found[0].when.label == "spring 2019" and found[0].when.sort_key


def test_curly_quotes_and_dashes_change_no_date_found() -> None:
    """A sentence with curly quotes is sifted by its words like an ASCII one: the same dates."""
    ref = date(2024, 5, 1)
    for text in (
        "Musk’s lawsuit, filed in March 2024, said “the following month” was too late.",
        "The board — which met on May 5 — said it would decide later that year.",
        "Leike’s post, two days later, said: “I resigned last week.”",
    ):
        ascii_text = text.replace("’", "'").replace("“", '"').replace("”", '"')
        ascii_text = ascii_text.replace("—", "-")
        assert [(f.text, f.when) for f in find_dates(text, ref)] == [
            (f.text, f.when) for f in find_dates(ascii_text, ref)
        ]
        assert find_dates(text, ref), text


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("The talks collapsed that August.", When(2024, "month", 6), When(2024, "month", 8)),
        ("OSHA opened an inquiry that February.", When(2024, "month", 1), When(2024, "month", 2)),
        ("It shipped the following March.", When(2023, "month", 3), When(2024, "month", 3)),
        # "that March" after October: the next one, or a step back; not guessed
        ("It shipped that March.", When(2023, "month", 10), None),
        # "In 2018, … that October": that year's; "the following March" after a year alone
        # may be that year's or the next: not guessed
        ("It shipped that August.", When(2023, "year"), When(2023, "month", 8)),
        ("It shipped the following March.", When(2023, "year"), None),
        ("It shipped that August.", When(2025, "month", 6), None),  # after publication
        ("It shipped in August.", When(2024, "month", 6), None),  # not the story's month
    ],
)
def test_the_stories_month_is_counted_from_the_paragraphs_date(
    text: str, context: When, expected: When | None
) -> None:
    assert story_month(text, context, date(2025, 7, 1)) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a month still to come, as the clause says it: the next one after publication
        ("The Duo, which the company plans to ship in January, is smaller.", "January 2026"),
        ("The store will open in March.", "March 2026"),
        ("The store is scheduled to open in November.", "November 2025"),
        ("The other two claims are scheduled for trial in October.", "October 2025"),
        # a month something is set for
        ("A first hearing is scheduled for September.", "September 2026"),
        ("A vote is set for November.", "November 2025"),
        # a month told as past, or a future word in another clause: the last one
        ("The store opened in March.", "March 2025"),
        ("She said in January that she would quit.", "January 2025"),
        ("It expects to hire 50 people, and in January it said so.", "January 2025"),
        # reported speech looks ahead too; a past clause of its own inside the future one
        # does not
        ("He said the deal would close in November.", "November 2025"),
        ("He will keep the hiring freeze that Barrow ordered in April.", "April 2025"),
    ],
)
def test_a_month_named_alone_is_the_next_one_when_the_clause_looks_ahead(
    text: str, label: str
) -> None:
    found = best_date(text, date(2025, 10, 8))
    assert found is not None and found.label == label


def test_a_month_something_was_set_for_follows_its_sentences_own_date() -> None:
    """ "In January 2022 a vote was scheduled for March": that March, not the next one after
    the article."""
    found = find_dates(
        "In January 2022 a board vote was scheduled for March, but it was postponed.",
        date(2025, 10, 8),
    )
    assert [f.when.label for f in found] == ["January 2022", "March 2022"]


def test_that_season_after_its_sentences_own_date() -> None:
    ref = date(2025, 3, 7)
    said = "He resigned in June 2022, and that fall he co-founded Halyard Motion."
    assert [f.when for f in find_dates(said, ref)] == [
        When(2022, "month", 6),
        When(2022, "season", season="autumn"),
    ]
    # opening a sentence, it is the paragraph's to date; "fall" may be a verb
    assert find_dates("That summer the company moved.", ref, When(2021, "month", 3)) == []
    assert find_dates("These are rules that fall under the law.", ref, When(2022, "year")) == []


def test_the_following_month_after_a_season() -> None:
    # "That autumn … the following June": the June after that autumn
    autumn = When(2022, "season", season="autumn")
    assert story_month("She resigned the following June.", autumn, date(2025, 7, 1)) == When(
        2023, "month", 6
    )


def test_the_following_month_after_its_sentences_own_date() -> None:
    # counted from the sentence's own month, not the story's
    said = "She left Halcyon in February, and the following month she launched Commonplace."
    story = When(2024, "month", 6)
    assert [f.when for f in find_dates(said, date(2025, 10, 14), story)] == [
        When(2025, "month", 2),
        When(2025, "month", 3),
    ]


def test_a_count_of_days_goes_on_from_its_own_sentences_date() -> None:
    """ "fired 19 months ago and reinstated five days later": five days after a month is no
    day, and never five days after the story's (the news's) day; after a day, it is one."""
    news = When(2025, "day", 6, 5)
    said = "Renwick, who was fired by his own board 19 months ago and reinstated five days later."
    assert [f.when for f in find_dates(said, date(2025, 6, 10), news)] == [When(2023, "month", 11)]
    said = "On March 5, 2019, she joined, and two days later she quit."
    assert [f.when.label for f in find_dates(said, date(2025, 6, 10), news)] == [
        "2019-03-05",
        "2019-03-07",
    ]


def test_last_month_and_a_month_of_that_year() -> None:
    ref = date(2024, 10, 9)
    said = "Last month, the attorney general's office opened an inquiry."
    assert [f.when for f in find_dates(said, ref)] == [When(2024, "month", 9)]
    said = "So in July of that year the charity created a subsidiary."
    assert [f.when for f in find_dates(said, ref, When(2019, "year"))] == [When(2019, "month", 7)]
    assert find_dates(said, ref) == []  # of a year not told


def test_that_month_after_its_sentences_own_date() -> None:
    said = "He resigned in the summer of 2021 and that December founded Anneal Bio."
    assert [f.when for f in find_dates(said, date(2025, 4, 8))] == [
        When(2021, "season", season="summer"),
        When(2021, "month", 12),
    ]
    # opening a sentence, it is the paragraph's to date
    assert find_dates("That December he founded Anneal Bio.", date(2025, 4, 8)) == []


def test_a_day_named_without_a_year_is_the_storys() -> None:
    """ "returned as chief executive on September 13", in a story at September 11, 2023
    told in 2025: that September's 13th, not the latest before publication; a step back of a
    few days stays in the story's year; far from any story, the latest before publication."""
    ref = date(2025, 3, 14)
    said = "Varga-Holm returned as chief executive on September 13."
    assert best_date(said, ref, When(2023, "day", 9, 11)) == When(2023, "day", 9, 13)
    assert best_date(said, ref, When(2023, "month", 9)) == When(2023, "day", 9, 13)
    assert best_date("On September 5, she had warned them.", ref, When(2023, "day", 9, 11)) == (
        When(2023, "day", 9, 5)
    )
    assert best_date(said, ref) == When(2024, "day", 9, 13)
    assert best_date(said, ref, When(2025, "day", 3, 1)) == When(2024, "day", 9, 13)


def test_a_day_named_without_a_year_after_its_sentences_own_year() -> None:
    said = "In early 2021, Meridian agreed to invest; the deal closed on February 8."
    found = find_dates(said, date(2025, 3, 14), When(2019, "year"))
    assert [f.when.label for f in found] == ["early 2021", "2021-02-08"]
    # in an aside it is no time of the sentence's: "who joined in 2015"
    said = "Varga-Holm, who joined in 2015, returned on September 13."
    assert [f.when.label for f in find_dates(said, date(2025, 3, 14))] == ["2015", "2024-09-13"]


def test_the_following_year_after_a_season() -> None:
    autumn = When(2021, "season", season="autumn")
    said = "Mokoena joined him the following year as chair of its board."
    assert best_date(said, date(2025, 4, 8), autumn) == When(2022, "year")
    assert best_date("The following month she quit.", date(2025, 4, 8), autumn) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a day before its month, as British and Canadian papers write it
        ("On 18 November last year, the board voted five to one.", "2023-11-18"),
        ("On November 18 last year the board met.", "2023-11-18"),
        ("It closed on 3 March of this year.", "2024-03-03"),
        ("In November last year it sued.", "November 2023"),
        ("On 18 June, the board voted.", "2024-06-18"),
        ("On 2 June 2021, it sued.", "2021-06-02"),
    ],
)
def test_a_day_before_its_month_and_a_year_told_from_now(text: str, label: str) -> None:
    assert best_date(text, PUB) == next(f.when for f in find_dates(text, PUB))
    assert [f.when.label for f in find_dates(text, PUB)] == [label]


def test_a_day_before_its_month_in_a_story_of_another_year() -> None:
    """ "In early 2021 … on 8 February": that year's, as "February 8" is."""
    text = "In early 2021, Meridian agreed to buy it; the deal closed on 8 February."
    assert [f.when.label for f in find_dates(text, PUB)][-1] == "2021-02-08"


def test_a_count_followed_by_its_own_date_is_that_date() -> None:
    """ "Five months later, in January 2021": the article says when; the count from the date
    before is only how long after (and may be counted from the wrong one)."""
    before = When(2019, "month", 3)
    said = "Five months later, in January 2021, the tech giant Tessaline agreed to invest."
    assert [f.when for f in find_dates(said, date(2025, 3, 7), before)] == [When(2021, "month", 1)]
    said = "Five months later, the giant agreed to invest, and in January 2021 it paid."
    assert [f.when for f in find_dates(said, date(2025, 3, 7), before)] == [
        When(2019, "month", 8),
        When(2021, "month", 1),
    ]


def test_weeks_ago_count_back_to_a_day_last_week_names_none() -> None:
    ref = date(2026, 6, 18)
    said = "Two weeks ago, Samuel Okafor resigned as head of platform engineering."
    assert [f.when for f in find_dates(said, ref)] == [When(2026, "day", 6, 4)]
    said = "Last week, Samuel Okafor resigned as head of platform engineering."
    assert [f.when for f in find_dates(said, ref)] == [When(2026, "month", 6)]


def test_a_stored_sentences_dates_are_read_once() -> None:
    """The answer path reads the dates of the same few sentences again and again (a `when`
    asked undated ranks them twice): kept, they are what find_dates gives, read once."""
    ref = date(2024, 6, 1)
    said = "In March 2023 the board met, and three weeks later she resigned; last year he left."
    dates_in.cache_clear()
    first = dates_in(said, ref)
    assert first == tuple(find_dates(said, ref))
    assert [f.when.label for f in first][:1] == ["March 2023"]
    assert dates_in(said, ref) is first
    assert dates_in.cache_info().hits == 1
    assert dates_in(said, date(2025, 6, 1)) != first  # a date counted from another day
