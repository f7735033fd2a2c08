"""Find the dates a sentence states and resolve them against the article's publication date.

Absolute ("Feb 20, 2018", "December 2015", "(2014)"), partial ("September 25th", "On Feb. 17",
"In December") and relative ("this year", "last November", "last summer", "On Wednesday",
"2 days ago", "in November of last year") dates all resolve to a `When` with a precision.
A month or month-day without a year means its latest occurrence not after publication; "last
SEASON" is the latest one that ended before publication.
"""

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.sift import as_ascii, siftable

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    **{
        w: n
        for n, w in enumerate(
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 13
        )
    },
}
PRECISION_RANK = {"day": 4, "month": 3, "season": 2, "year": 1}
# A weekday more than this many days after the story's last stated day belongs to the story.
STORY_GAP_DAYS = 30

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?P<year>(?:19[5-9]\d|20[0-4]\d))"
# A year told by where it is from now or from the story's: "(of) last year", "that year"
_OF_REL_YEAR = r"(?:of )?(?P<rel>this|last|next|the same|that|the previous|the following) year\b"
# What a year may be the period of: "its 2022 sales forecast", "their 2021 revenue"
_PERIOD_NOUNS = (
    r"(?:[a-z]+ ){0,2}?(?:forecasts?|targets?|goals?|budgets?|plans?|results|revenue|sales|"
    r"earnings|profits?|guidance|outlook|projections?|estimates?|season|fiscal year|quota)\b"
)
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, flags))
    for kind, pattern, flags in (
        # "November 18 last year", "18 November of last year": the day, in the year told
        ("md_rel_year", rf"\b{_MON}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? {_OF_REL_YEAR}", 0),
        ("dm_rel_year", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MON},? {_OF_REL_YEAR}", 0),
        ("mdy", rf"\b{_MON}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? {_YEAR}\b)?", 0),
        # ("On 18 November": a day without its year, as "November 18" is)
        ("dmy", rf"\b(?P<day>\d{{1,2}}) {_MON}\b(?: {_YEAR}\b)?", 0),
        ("my", rf"\b{_MON}(?:,| of)? {_YEAR}\b", 0),
        ("m_rel_year", rf"\b{_MON},? {_OF_REL_YEAR}", 0),
        ("rel_m", rf"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) {_MON}\b", 0),
        (
            "m",
            # ("in late September": the month, however early or late in it)
            rf"\b(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Ff]rom|a|"
            # ("A first hearing is scheduled for September": what is planned for it)
            r"(?:(?<=scheduled )|(?<=slated )|(?<=set )|(?<=due )|(?<=planned ))for) "
            rf"(?:(?:early|mid|late)[- ])?{_MON}\b"
            r"(?!\s+[A-Z][a-z])",  # "by Jan Leike" is a name, not January
            0,
        ),
        ("rel_week", r"\b(?P<rel>[Ll]ast|[Tt]his) week\b", 0),
        # (not "over the last month": the thirty days past)
        # ("is expected to close next month": the month after the article's)
        ("rel_month", r"(?<![Tt]he )\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) month\b", 0),
        ("season_year", rf"\b{_SEASON}(?: of)? {_YEAR}\b", re.IGNORECASE),
        # the story's season: "the following spring" (after the date last stated). ("That
        # fall" is left to the paragraph's date: "fall" and "spring" are verbs too, "rules
        # that fall under …")
        (
            "story_season",
            rf"\b(?P<rel>the following|the next) {_SEASON}\b(?!,? (?:of )?\d)",
            re.IGNORECASE,
        ),
        # "that fall" as the time of what follows it, after its sentence's own date ("in June
        # 2022, and that fall he co-founded …"; not "rules that fall under …")
        (
            "that_season",
            rf"\b(?P<rel>[Tt]hat) {_SEASON}\b(?=,?\s+(?:he|she|they|it|we|the|its|his|her|"
            r"their|[A-Z]))",
            0,
        ),
        # "in the summer of 2021 and that December founded Anneal Bio": the month after its
        # sentence's own date (a sentence with no other date leaves it to the paragraph's)
        ("that_month", rf"\b(?P<rel>[Tt]hat) {_MON}\b(?!,? \d|\s+[A-Z])", 0),
        ("rel_season", rf"\b(?P<rel>last|this|next) {_SEASON}\b", re.IGNORECASE),
        ("qual_year", rf"\b(?P<qual>early|mid|late)[- ](?:in )?{_YEAR}\b", re.IGNORECASE),
        ("end_year", rf"\b(?:the )?end of {_YEAR}\b", re.IGNORECASE),
        # (not "the next year": the story's, after the date last stated)
        ("rel_year", r"(?<!the )\b(?P<rel>this|last|next) year\b", re.IGNORECASE),
        (
            "ago",
            r"\b(?P<n>\d+|an?|one|two|three|four|five|six) (?P<unit>day|week|month|year)s? ago\b",
            re.IGNORECASE,
        ),
        (
            "weekday",
            r"\b(?:[Oo]n|[Ll]ast|[Oo]n the|[Bb]y) "
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            0,
        ),
        ("following", r"\b[Tt]he (?P<rel>following|next|previous) (?P<unit>month|year)\b", 0),
        # The story's own clock: relative to the last date the article stated.
        (
            "same_day",
            r"\b(?:the same|that|later that) (?:day|morning|afternoon|evening|night)\b",
            re.IGNORECASE,
        ),
        (
            "next_day",
            r"\b(?:the (?:next|following) (?:day|morning|afternoon|evening)|a day later|"
            r"the day after)\b",
            re.IGNORECASE,
        ),
        (
            "later",
            r"\b(?P<n>\d+|an?|one|two|three|four|five|six) (?P<unit>day|week)s? later\b",
            re.IGNORECASE,
        ),
        (
            "later_long",
            r"\b(?P<qual>less than |more than |about |some |nearly |almost |around )?"
            r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
            r"(?P<unit>month|year)s? later\b",
            re.IGNORECASE,
        ),
        ("next_week", r"\b(?:the (?:following|next) week|a week later)\b", re.IGNORECASE),
        ("same_week", r"\b(?:the same|that) week\b", re.IGNORECASE),
        ("same_month", r"\b(?:the same|that) month\b", re.IGNORECASE),
        ("same_year", r"\b(?:the same|that) year\b", re.IGNORECASE),
        (
            "next_weekday",
            r"\b[Tt]he (?:following|next) "
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            0,
        ),
        # not the year a possessive's figures are for ("missed its 2022 sales forecast" in
        # March 2023): that is no date of the sentence's (but "Whitcombe's 2021 departure",
        # "the company's 2021 acquisition" are)
        (
            "year",
            r"(?<![\d$.,-])(?:(?<!\b[Ii]ts )(?<!\b[Tt]heir )(?<!\b[Hh]is )(?<!\b[Hh]er )"
            r"(?<!\b[Oo]ur )"
            rf"(?<!'s )(?<!’s )|(?=\d{{4}}(?! {_PERIOD_NOUNS}))){_YEAR}"
            r"(?![\d%]|\.\d| ?(?:billion|million|employees|users))",
            0,
        ),
    )
)


@dataclass(frozen=True)
class When:
    """A resolved date: year always; month, day or season when the text gives them."""

    year: int
    precision: str
    month: int = 0
    day: int = 0
    season: str = ""
    qualifier: str = ""

    @property
    def label(self) -> str:
        """The date at its precision: "2018-02-20", "September 2024", "summer 2018", "2014"."""
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{calendar.month_name[self.month]} {self.year}"
        if self.precision == "season":
            return f"{self.season} {self.year}"
        return f"{self.qualifier} {self.year}".strip()

    @property
    def sort_key(self) -> str:
        """Sortable "YYYY-MM-DD", unknown parts placed mid-period (so "2018" sorts mid-year)."""
        if self.precision == "day":
            month, day = self.month, self.day
        elif self.precision == "month":
            month, day = self.month, 15
        elif self.precision == "season":
            month, day = SEASONS[self.season][0] + 1, 1
            if month > 12:  # mid-winter is the January after its December
                return f"{self.year + 1:04d}-01-01"
        else:
            month, day = {"early": 2, "mid": 6, "late": 11, "end": 12}.get(self.qualifier, 7), 1
        return f"{self.year:04d}-{month:02d}-{day:02d}"

    def first_day(self) -> date:
        return date.fromisoformat(self.sort_key)


@dataclass(frozen=True)
class Found:
    """A date expression found in text: where it is, what it says, what it resolves to."""

    start: int
    end: int
    text: str
    when: When
    kind: str = ""


def day_number(sort_key: str) -> int:
    """ "2019-04-15" -> 20190415 (0 for no date): a stored date as a small integer, in the
    same order as the text."""
    return int(sort_key.replace("-", "")) if sort_key else 0


def _latest_month_day(month: int, day: int, ref: date) -> When | None:
    for year in (ref.year, ref.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref:
            return When(year, "day", month, day)
    return None


# How far after the date a story is at a day it names without a year may be its own: in
# its own sentence's year, any day of it; after the sentences before, a few weeks ("On March
# 3" months after a paragraph about October 2023 is this year's)
STORY_REACH_DAYS = 2 * STORY_GAP_DAYS
SENTENCE_REACH_DAYS = 183


def _month_day_near(
    month: int, day: int, ref: date, anchor: When | None, reach: int = STORY_REACH_DAYS
) -> When | None:
    """The day a month and day without a year are in a story at `anchor`, not after
    publication (`ref`): in its year when it is a year ("In early 2021 … closed on February
    8"), else the nearest one from a few weeks before it (a step back) to half a year after;
    None when none is."""
    if anchor is None:
        return None
    if anchor.precision == "year":
        years: tuple[int, ...] = (anchor.year,)
    else:
        years = (anchor.year, anchor.year + 1)
    since = anchor.first_day()
    near: list[date] = []
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        gap = (candidate - since).days
        if candidate <= ref and (anchor.precision == "year" or -STORY_GAP_DAYS <= gap <= reach):
            near.append(candidate)
    if not near:
        return None
    chosen = min(near, key=lambda d: abs((d - since).days))
    return When(chosen.year, "day", chosen.month, chosen.day)


# What a month named alone after these is still to come: "plans to ship in January", "will
# open in March", "is due in May" (the words just before it, in its own clause)
_FUTURE_RE = re.compile(
    r"\b(?:will|would|could|plans? to|planning to|expects? to|expected to|is (?:set|scheduled|"
    r"due|slated) to|aims? to|intends? to|is due|are due|(?:is|are) (?:set|scheduled|slated|"
    r"due) for|(?:planned|scheduled|slated) for)\b"
    # ... in the month's own clause: no clause of its own between ("will keep the freeze that
    # Barrow ordered in April", "a year after a flood closed it in March")
    r"(?:(?![,.;:]|\b(?:that|which|who|after|before|since|when)\b|\b[a-z]+ed\b).)*$"
)


def _latest_month(month: int, ref: date) -> When:
    year = ref.year if month <= ref.month else ref.year - 1
    return When(year, "month", month)


def _season_end(season: str, year: int) -> date:
    last_month = SEASONS[season][1]
    end_year = year + 1 if season == "winter" else year
    return date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])


def _resolve(kind: str, m: re.Match[str], ref: date, previous: When | None) -> When | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("mon") or "").lower().rstrip("."), 0)
    year = int(groups["year"]) if groups.get("year") else 0
    if kind in ("mdy", "dmy"):
        day = int(groups["day"])
        if year:
            try:
                date(year, month, day)
            except ValueError:
                return None
            return When(year, "day", month, day)
        latest = _latest_month_day(month, day, ref)
        # (a season told just before counts too: "In the autumn of 2023, … On November 14,
        # the board voted …" is that autumn's November 14)
        story = _day(previous) or (
            previous.first_day()
            if previous is not None and previous.precision in ("month", "season")
            else None
        )
        if (
            latest is not None
            and story is not None
            and abs(latest.first_day() - story).days > (STORY_GAP_DAYS)
        ):
            # "Varga-Holm returned as chief executive on September 13", in a story at
            # September 11, 2023, long before publication: the story's September 13
            return _month_day_near(month, day, ref, previous) or latest
        if latest is not None and _FUTURE_RE.search(m.string, max(0, m.start() - 60), m.start()):
            # "A hearing is set for October 28": the next one, not the last
            year = ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
            try:
                return When(year, "day", month, day) if date(year, month, day) else latest
            except ValueError:  # (February 29 of a year without one)
                return latest
        return latest
    if kind == "my":
        return When(year, "month", month)
    if kind in ("m_rel_year", "md_rel_year", "dm_rel_year"):
        rel = groups["rel"].lower()
        offset = {"this": 0, "the same": 0, "that": 0, "last": -1, "the previous": -1}.get(rel, 1)
        if rel == "that" and previous is None:
            return None  # "in July of that year": of a year the story has not told
        base = (
            previous.year
            if rel in ("the same", "that", "the previous", "the following") and previous
            else ref.year
        )
        if kind == "m_rel_year":
            return When(base + offset, "month", month)
        try:
            told = date(base + offset, month, int(groups["day"]))
        except ValueError:
            return None
        return When(told.year, "day", told.month, told.day)
    if kind == "rel_m":
        rel = groups["rel"].lower()
        if rel == "this":
            return When(ref.year, "month", month)
        if rel == "next":
            return When(ref.year if month > ref.month else ref.year + 1, "month", month)
        return When(ref.year if month < ref.month else ref.year - 1, "month", month)
    if kind == "m":
        if m.group()[:4].lower() == "for " or _FUTURE_RE.search(
            m.string, max(0, m.start() - 60), m.start()
        ):
            # "which the company plans to ship in January": the next one (this one, told in
            # its own month)
            return When(ref.year if month >= ref.month else ref.year + 1, "month", month)
        return _latest_month(month, ref)
    if kind == "season_year":
        return When(year, "season", season=_season(groups["season"]))
    if kind == "that_season":
        return _that_season(groups, previous)
    if kind == "that_month":
        if previous is None:
            return None
        at = previous.month or (SEASONS[previous.season][0] if previous.season else 0)
        if previous.precision != "year" and (not at or month < at):
            return None  # before the sentence's own month: a step back, or the next year's
        return When(previous.year, "month", month)
    if kind == "story_season":
        found = _story_season(groups, previous)
        return None if found is None or found.first_day() > ref else found
    if kind == "rel_season":
        season, rel = _season(groups["season"]), groups["rel"].lower()
        if rel == "this":
            return When(ref.year, "season", season=season)
        start = ref.year + (1 if rel == "next" else 0)
        year = start
        if rel == "last":
            while _season_end(season, year) >= ref:
                year -= 1
        return When(year, "season", season=season)
    if kind == "qual_year":
        return When(year, "year", qualifier=groups["qual"].lower())
    if kind == "end_year":
        return When(year, "year", qualifier="end")
    if kind == "rel_year":
        shift = {"this": 0, "last": -1, "next": 1}.get(groups["rel"].lower())
        # (a case-insensitive match may be spelled with a look-alike: "laſt year")
        return None if shift is None else When(ref.year + shift, "year")
    if kind == "ago":
        raw = groups["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
        unit = groups["unit"].lower()
        if unit == "day":
            d = ref - timedelta(days=n)
            return When(d.year, "day", d.month, d.day)
        if unit == "week":
            # ("Two weeks ago, Samuel Okafor resigned": counted back from the day the
            # article is dated, as it counts; "last week" names no day)
            d = ref - timedelta(weeks=n)
            return When(d.year, "day", d.month, d.day)
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 - n
            return When(index // 12, "month", index % 12 + 1)
        return When(ref.year - n, "year")
    if kind == "rel_month":  # "Last month, the attorney general's office opened an inquiry"
        step = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        months = ref.year * 12 + ref.month - 1 + step
        return When(months // 12, "month", months % 12 + 1)
    if kind == "rel_week":
        d = ref - timedelta(days=7 if groups["rel"].lower() == "last" else 0)
        return When(d.year, "month", d.month)
    if kind == "weekday":
        weekday = WEEKDAYS.get(groups["wd"].lower(), -1)
        if weekday < 0:
            return None
        back = (ref.weekday() - weekday) % 7
        d = ref - timedelta(days=back)
        story = _day(previous)
        if story is not None and (d - story).days > STORY_GAP_DAYS:
            # A story told day by day ("On Monday, March 11 … On Tuesday …"), long before
            # publication: the weekday is the next one after the day the story is at.
            d = story + timedelta(days=(weekday - story.weekday()) % 7)
        return When(d.year, "day", d.month, d.day)
    if kind == "next_weekday":
        story = _day(previous)
        if story is None:
            return None
        weekday = WEEKDAYS.get((groups.get("wd") or "").lower(), -1)
        if weekday < 0:
            return None
        d = story + timedelta(days=(weekday - story.weekday() - 1) % 7 + 1)
        return When(d.year, "day", d.month, d.day) if d <= ref else None
    if kind in ("same_month", "same_year"):
        return _same(kind, previous)
    if kind in ("same_day", "next_day", "later", "next_week", "same_week"):
        found = _story(kind, groups, previous)
        # What the story tells has happened by publication: a later day is a misreading.
        late = found is not None and found.precision == "day" and found.first_day() > ref
        return None if late else found
    if kind == "later_long":
        found = _later_long(groups, previous)
        return None if found is None or found.first_day() > ref else found
    if kind == "following":
        if previous is None or previous.precision not in ("day", "month", "year", "season"):
            return None
        if previous.precision == "season" and groups["unit"] != "year":
            return None  # (the month after a season is no one month)
        step = {"following": 1, "next": 1, "previous": -1}.get(groups["rel"], 0)
        if not step:
            return None
        if groups["unit"] == "year":
            return When(previous.year + step, "year")
        if previous.precision == "year":
            return None
        index = previous.year * 12 + previous.month - 1 + step
        return When(index // 12, "month", index % 12 + 1)
    if kind == "year":
        return When(year, "year")
    return None


def _day(when: When | None) -> date | None:
    """`when` as a day, if it is one."""
    if when is None or when.precision != "day":
        return None
    return date(when.year, when.month, when.day)


def _same(kind: str, previous: When | None) -> When | None:
    """ "that year", "the same month": the last date the article stated, to the precision the
    phrase allows."""
    if previous is None:
        return None
    if kind == "same_year":
        return When(previous.year, "year")
    if kind == "same_month":
        return When(previous.year, "month", previous.month) if previous.month else None
    return None


def _story(kind: str, groups: dict[str, str | None], previous: When | None) -> When | None:
    """ "the same day", "the next morning", "two days later", "the following week": counted
    from the last date the article stated; nothing without one."""
    if previous is None:
        return None
    if kind in ("same_day", "same_week"):
        if kind == "same_week" and previous.precision == "day":
            return When(previous.year, "month", previous.month)
        return previous
    if kind == "next_week":
        base = _day(previous)
        if base is None:
            return None
        d = base + timedelta(weeks=1)
        return When(d.year, "month", d.month)
    base = _day(previous)
    if base is None:
        return None
    if kind == "next_day":
        d = base + timedelta(days=1)
        return When(d.year, "day", d.month, d.day)
    raw = (groups.get("n") or "1").lower()
    n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
    if (groups.get("unit") or "day").lower() == "week":
        d = base + timedelta(weeks=n)
        return When(d.year, "month", d.month)
    d = base + timedelta(days=n)
    return When(d.year, "day", d.month, d.day)


_QUALIFIED_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _months_of(when: When) -> tuple[int, int]:
    """The months `when` may be, as absolute month numbers (year * 12 + month - 1)."""
    base = when.year * 12 - 1
    if when.precision in ("day", "month"):
        return base + when.month, base + when.month
    if when.precision == "season" and when.season in SEASONS:
        first, last = SEASONS[when.season]
        return base + first, base + first + (last - first) % 12
    first, last = _QUALIFIED_MONTHS.get(when.qualifier, (1, 12))
    return base + first, base + last


def _later_long(groups: dict[str, str | None], previous: When | None) -> When | None:
    """ "less than six months later", "two years later": counted from the story's last date,
    as precisely as both allow — the month when that is one month, the year when every month
    it may be falls in one year ("less than six months" after early 2018 is 2018), else
    nothing (six months after "2022" may be 2022 or 2023)."""
    if previous is None:
        return None
    raw = (groups.get("n") or "1").lower()
    n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
    months = n * 12 if (groups.get("unit") or "").lower() == "year" else n
    qualifier = (groups.get("qual") or "").strip().lower()
    low, high = _months_of(previous)
    if qualifier in ("less than", "nearly", "almost"):
        low, high = low + (1 if qualifier == "less than" else months - 1), high + months
    elif qualifier:  # about, some, around, more than: a month or so either way
        low, high = low + months - 1, high + months + 1
    else:
        low, high = low + months, high + months
    if low == high:
        return When(low // 12, "month", low % 12 + 1)
    if low // 12 == high // 12:
        return When(low // 12, "year")
    if months % 12 == 0 and previous.precision == "year" and not qualifier:
        return When(previous.year + months // 12, "year")
    return None


_SEASON_ORDER = {"spring": 0, "summer": 1, "autumn": 2, "winter": 3}


def _story_season(groups: dict[str, str], previous: When | None) -> When | None:
    """ "the following spring": the first such season after the date last stated (after
    August 2021, spring 2022); None with no date stated before."""
    if previous is None:
        return None
    season = _season(groups["season"].lower())
    if previous.precision == "season":
        at = _SEASON_ORDER.get(previous.season, -1)
    elif previous.month:  # January and February are the winter the year before began
        at = -1 if previous.month <= 2 else (previous.month - 3) // 3
    else:  # a year: "opened in 2009 and a second one the following spring" (2010)
        return When(previous.year + 1, "season", season=season)
    later = _SEASON_ORDER[season] > at
    return When(previous.year + (0 if later else 1), "season", season=season)


_HAD_RE = re.compile(r",?\s+(?:[\w-]+\s+){0,3}?had\b")  # "that summer she had quit": a look back


def _that_season(
    groups: dict[str, str], previous: When | None, *, back: bool = False
) -> When | None:
    """ "that fall": that season of the year last stated (after June 2022, autumn 2022);
    None with no date stated before."""
    if previous is None:
        return None
    season = _season(groups["season"].lower())
    # (a season over before the month stated is the next one: "left in December 2021, and
    # that spring he founded …" is spring 2022)
    later = (
        not back and previous.month and season != "winter" and SEASONS[season][1] < previous.month
    )
    return When(previous.year + int(bool(later)), "season", season=season)


def _season(word: str) -> str:
    word = as_ascii(word)  # "ſpring" is spring (a case-insensitive pattern found it)
    return "autumn" if word == "fall" else word


_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
# A month as the case-sensitive patterns name it: "May", never "may" (nor "market").
_MONTH_NAMES = tuple(word.title() for word in _MONTH_WORDS)
# Per kind of date, words one of which every match contains (lower case, sought in the
# sentence lowered; a month name, sought as written): a sentence with none of them is not
# searched for that kind at all. Most sentences have a digit or "may" somewhere, so the hint
# below lets nearly all through; these let through only the kinds that can be there.
_NEEDS: dict[str, tuple[str, ...]] = {
    "mdy": _MONTH_NAMES,
    "dmy": _MONTH_NAMES,
    "my": _MONTH_NAMES,
    "m_rel_year": _MONTH_NAMES,
    "md_rel_year": _MONTH_NAMES,
    "dm_rel_year": _MONTH_NAMES,
    "rel_m": _MONTH_NAMES,
    "m": _MONTH_NAMES,
    "rel_week": ("week",),
    "rel_month": ("month",),
    "season_year": _SEASON_WORDS,
    "story_season": _SEASON_WORDS,
    "that_season": _SEASON_WORDS,
    "rel_season": _SEASON_WORDS,
    "qual_year": ("19", "20"),
    "end_year": ("end of",),
    "rel_year": ("year",),
    "ago": ("ago",),
    "weekday": ("day",),
    "following": ("month", "year"),
    "same_day": ("day", "morning", "afternoon", "evening", "night"),
    "next_day": ("day", "morning", "afternoon", "evening"),
    "later": ("later",),
    "later_long": ("later",),
    "that_month": _MONTH_NAMES,
    "next_week": ("week",),
    "same_week": ("week",),
    "same_month": ("month",),
    "same_year": ("year",),
    "next_weekday": ("day",),
    "year": ("19", "20"),
}

_HINT_RE = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|"
    r"year|week|month|day|morning|afternoon|evening|night|later",
    re.IGNORECASE,
)
# The hint's words, and every word a kind needs: which of them a sentence has is found once
# (a substring test each, where the case-insensitive hint and a test per kind took two thirds
# of the time of finding a sentence's dates).
_TIME_WORDS = ("year", "week", "month", "day", "morning", "afternoon", "evening", "night")
_HINT_WORDS = frozenset((*_MONTH_WORDS, *_SEASON_WORDS, *_TIME_WORDS, "later"))
_SIFTING = tuple(sorted(_HINT_WORDS.union(*_NEEDS.values())))
# For each of those words, the kinds (their places in _PATTERNS) that need it.
_KINDS_OF = {
    word: frozenset(i for i, (kind, _) in enumerate(_PATTERNS) if word in _NEEDS[kind])
    for word in _SIFTING
}
_DIGIT_RE = re.compile(r"[0-9]")


def find_dates(text: str, ref: date, previous: When | None = None) -> list[Found]:
    """Every date expression in `text`, resolved; overlapping matches keep the earliest kind."""
    if siftable(text):  # see knowledge.sift
        lowered = text.lower()
        present = [w for w in _SIFTING if w in (text if w[0].isupper() else lowered)]
        if _HINT_WORDS.isdisjoint(present) and not _DIGIT_RE.search(text):
            return []
        kinds = [_PATTERNS[i] for i in sorted(frozenset().union(*(_KINDS_OF[w] for w in present)))]
    elif not _HINT_RE.search(text):
        return []
    else:
        kinds = list(_PATTERNS)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    seasons: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in kinds:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if (
                kind in _OWN_SENTENCE_KINDS
                or kind in _COUNTED_KINDS
                or (kind in ("mdy", "dmy") and not m.group("year"))
            ):
                seasons.append((kind, m))
            # ("that fall" only after its own sentence's date: a sentence opening on it is
            # left to the paragraph's)
            when = (
                None if kind in ("that_season", "that_month") else _resolve(kind, m, ref, previous)
            )
            if when is not None and kind == "m" and m.group()[:4].lower() == "for ":
                # "In January 2022 a vote was scheduled for March": the next March after the
                # sentence's own date, when it has one before
                told = [f.when for f in found if f.start < m.start() and f.when.month]
                if told:
                    then = told[-1]
                    when = When(then.year + (when.month <= then.month), "month", when.month)
            taken.append((m.start(), m.end()))  # even unresolved: "February 30" is no month
            if when is None:
                continue
            found.append(Found(m.start(), m.end(), m.group(), when, kind))
    return _restated(text, _own_seasons(sorted(found, key=lambda f: f.start), seasons, ref))


@functools.lru_cache(maxsize=4096)
def dates_in(text: str, ref: date) -> tuple[Found, ...]:
    """`find_dates` of a stored sentence, with no date before it, kept: a question reads
    the dates of its best few sentences, and a `when` asked undated reads the same ones
    again (0.1-0.5 ms each, for the long sentences of a quoted exchange)."""
    return tuple(find_dates(text, ref))


# Between a count and the date it comes to, told right after it: "Five months later, in
# January 2021"
_RESTATED_RE = re.compile(r",?\s+(?:in|on|by)?\s*")
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _restated(text: str, found: list[Found]) -> list[Found]:
    """A count of time followed at once by a date of its own ("Five months later, in January
    2021, …") is that date: the article says when, the count only how long after."""
    if len(found) < 2:
        return found
    return [
        f
        for f, after in zip(found, [*found[1:], None], strict=True)
        if not (
            after is not None
            and f.kind in _COUNTED_KINDS
            and after.kind not in _COUNTED_KINDS | _OWN_SENTENCE_KINDS
            and _YEAR_RE.search(after.text) is not None  # (not "on the Friday": a count too)
            and _RESTATED_RE.fullmatch(text, f.end, after.start) is not None
        )
    ]


# A date told aside, where it starts: in a relative clause (", which bought her … in 2011"),
# an appositive (", a private-equity firm founded in March 2009") or a quotation
ASIDE_RE = re.compile(r",\s+(?:which|who|whose|a|an)\b[^,;]*$|[“\"][^”\"]*$")


# What opens a date told as the time of a sentence's act: "In early 2021,", "By 2019,"
# (not "Founded in 2015,": a description)
_TIME_PHRASE_RE = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:[Ii]n|[Bb]y|[Dd]uring|[Ee]arly in|[Ll]ate in)\s+$"
)

# Kinds counted from the sentence's own date told before them, when it tells one
_OWN_SENTENCE_KINDS = frozenset({"story_season", "that_season", "following", "that_month"})
# Counted from the sentence's own date when it has one before them, and no date at all when
# that one cannot count them: "fired by his own board 19 months ago and reinstated five days
# later" is no day five days after the news
_COUNTED_KINDS = frozenset({"later", "later_long", "next_day"})


def _own_seasons(
    found: list[Found], seasons: list[tuple[str, re.Match[str]]], ref: date
) -> list[Found]:
    """ "in 2009 and a second one the following spring", "left in February, and the
    following month she launched …": counted from its own sentence's date told outside an
    aside, when one comes before it (`seasons`: every such phrase the sentence says)."""
    for kind, m in seasons:
        earlier = [
            f
            for f in found
            if f.end <= m.start()
            and f.kind not in _OWN_SENTENCE_KINDS
            # (a count goes on from the date before it, in an aside too: "who was fired 19
            # months ago and reinstated five days later")
            and (kind in _COUNTED_KINDS or not ASIDE_RE.search(m.string, 0, f.start))
        ]
        if kind in ("mdy", "dmy"):
            # "In early 2021, Meridian agreed …; the deal closed on February 8": the day in
            # its own sentence's year, when one is told before it as the time of what it
            # tells (not "Revenue for 2024 fell …", "Founded in 2015, …", "since 2018")
            month = MONTHS[m["mon"].lower().rstrip(".")]
            timed = [f for f in earlier if _TIME_PHRASE_RE.search(m.string, 0, f.start)]
            when = (
                _month_day_near(
                    month, int(m["day"]), ref, timed[-1].when, reach=SENTENCE_REACH_DAYS
                )
                if timed
                else None
            )
            if when is not None:
                found = [f for f in found if f.start != m.start()]
                found.append(Found(m.start(), m.end(), m.group(), when, kind))
            continue
        when = _resolve(kind, m, ref, earlier[-1].when) if earlier else None
        if when is not None and kind == "that_season" and _HAD_RE.match(m.string, m.end()):
            when = _that_season(m.groupdict(), earlier[-1].when, back=True)
        if when is not None or (earlier and kind in _COUNTED_KINDS):
            found = [f for f in found if f.start != m.start()]
            if when is not None:
                found.append(Found(m.start(), m.end(), m.group(), when, kind))
    return sorted(found, key=lambda f: f.start)


def best_date(text: str, ref: date, previous: When | None = None) -> When | None:
    """The most precise date the text states (the first of equals), or None."""
    return best_of(find_dates(text, ref, previous))


def best_of(found: list[Found]) -> When | None:
    """The most precise of the dates a text states (`find_dates`), or None."""
    if not found:
        return None
    # Most precise first; among equals an explicit date beats a weekday, then text order.
    return max(
        found,
        key=lambda f: (PRECISION_RANK[f.when.precision], f.kind != "weekday", -f.start),
    ).when


# The paragraph's month: "In June 2024, Halloran offered … The talks collapsed that August"
# (2024-08), "the following March"
_STORY_MONTH_RE = re.compile(
    rf"\b(?P<rel>[Tt]hat|[Tt]he following|[Tt]he next|[Bb]y the) {_MON}\b(?!,? \d)"
    # (a name after it goes on a month that is a given name too, "that May Chen …"; not
    # "That November Vianna left too")
    r"(?!(?:(?<=May)|(?<=June)|(?<=April)|(?<=August))\s+[A-Z])"
)


# "That autumn Marsh was named chief executive": the season of the paragraph's year, opening
# the sentence (not "that fall" nor "that spring", which are verbs too, but where a comma
# sets them off: "That spring, Bluestem led …"), or ending it, where neither is a verb
# ("…, left that spring.")
_STORY_SEASON_RE = re.compile(
    r"^(?:That|Later that|By that) (?:(?P<season>summer|autumn|winter)\b|(?P<set>spring|fall),)|"
    r"\b(?:that|later that) (?P<ending>spring|summer|autumn|fall|winter)\W*$"
)


def story_season(text: str, context: When, ref: date) -> When | None:
    """The season "That autumn" opening a sentence (or "that spring" ending it) means in a
    paragraph dated `context` (July 2019: autumn 2019); None when none opens or ends it, or
    the season has passed by the context's month (a step back in time, or the next year's)."""
    found = _STORY_SEASON_RE.search(text)
    if found is None:
        return None
    season = found["season"] or _season(found["set"] or found["ending"])
    first = SEASONS[season][0]
    if context.month and context.month > SEASONS[season][1] and season != "winter":
        return None
    year = context.year - 1 if season == "winter" and context.month in (1, 2) else context.year
    when = When(year, "season", season=season)  # (winter told in its January: the one before)
    return None if when.first_day() > ref or (context.month and first < context.month - 2) else when


def story_month(text: str, context: When, ref: date) -> When | None:
    """The month "that August" or "the following March" means in a paragraph dated
    `context` (June 2024: August 2024); None when the text names no such month, or when
    "that" month is before the context's (the next year's, or a step back in time)."""
    found = _STORY_MONTH_RE.search(text)
    if found is None:
        return None
    month = MONTHS[found["mon"].lower().rstrip(".")]
    later = found["rel"].lower() in ("the following", "the next")
    # (a season's months from its first: "That autumn … the following June" is the next
    # June; winter's December is its year's)
    at = context.month or (SEASONS[context.season][0] if context.precision == "season" else 0)
    if not at:
        # "In 2018, … that October": that year's (a year alone leaves "the following
        # March" unplaced: its March, or the next?)
        if later or context.precision != "year" or found["rel"].lower() != "that":
            return None
        when = When(context.year, "month", month)
        return None if when.first_day() > ref else when
    turned = month < at or (later and month == at)
    if turned and not later:
        return None
    when = When(context.year + int(turned), "month", month)
    return None if when.first_day() > ref else when
