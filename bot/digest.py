"""The daily "on this day" digest: its content, its schedule, and what a platform must offer.

Content is never empty: events on the calendar day (oldest first, "N years ago"); else that
month's events; else a pick from the archive that rotates per channel, is the same for the same
channel and date, and does not repeat until every event has been used. Posting is the adapters'
job, through the small `Sender` protocol; exactly-once is the ledger's (bot/state.py).
"""

import calendar
import re
import zlib
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.cite import CitationList
from bot.errors import UsageError
from bot.items import event_item, years_ago
from bot.records import Subscription
from bot.reply import Reply, Section
from bot.sanitize import echo
from knowledge.engine import Engine

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

    from bot.state import StateStore

_TIME_RE = re.compile(r"^([0-9]{1,2})(?::([0-9]{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)
# A word that is meant as a time of day, well formed or not ("9am", "25:00", "9:3pm").
TIME_LIKE_RE = re.compile(r"^[0-9]{1,2}(?:[:.][0-9]*)?\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
TIME_FORMATS = "Use a time such as 09:00, 21:30, 9am or 9:30pm."


class ChannelGone(Exception):
    """The channel is gone or the bot may not post there: pause, don't retry."""


class RateLimited(Exception):
    """The platform asked to wait `retry_after` seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"rate limited for {retry_after} s")
        self.retry_after = retry_after


class Sender(Protocol):
    """What an adapter offers the scheduler: post a reply, and find one already posted."""

    platform: str

    async def send(self, channel: str, reply: Reply, *, key: str, workspace: str = "") -> str:
        """Post `reply` marked with `key`; return a reference to the message."""
        ...

    async def find(
        self, channel: str, key: str, since: datetime, *, workspace: str = ""
    ) -> str | None:
        """The reference of a message marked `key` posted since `since`, if any."""
        ...


def parse_time(text: str) -> str:
    """ "9:00" -> "09:00", "9am" -> "09:00", "9:30pm" -> "21:30"; a clear error otherwise."""
    m = _TIME_RE.match(text.strip())
    if m is None or (m[3] is None and m[2] is None):
        raise UsageError(f"“{echo(text, 20)}” is not a time of day.", TIME_FORMATS)
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3]:  # 12-hour clock: 12am is midnight, 12pm is noon
        if not 1 <= hour <= 12:
            raise UsageError(f"“{echo(text, 20)}” is not a time of day.", TIME_FORMATS)
        hour = hour % 12 + (12 if m[3].casefold().startswith("p") else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise UsageError(f"“{echo(text, 20)}” is not a time of day.", TIME_FORMATS)
    return f"{hour:02d}:{minute:02d}"


def parse_zone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"“{echo(text, 40)}” is not an IANA time zone.", "For example Europe/Berlin or UTC."
        ) from None
    return text


def trigger(sub: Subscription) -> "CronTrigger":
    """The cron trigger of a subscription: its local time, in its time zone (the scheduler
    is loaded only when a schedule is asked for: answering a question never needs it)."""
    from apscheduler.triggers.cron import CronTrigger

    hour, minute = (int(p) for p in sub.post_time.split(":"))
    return CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(sub.timezone))


def next_run(sub: Subscription, now: datetime) -> datetime | None:
    fire: datetime | None = trigger(sub).get_next_fire_time(None, now)
    return fire


def local_day(sub: Subscription, now: datetime) -> date:
    return now.astimezone(ZoneInfo(sub.timezone)).date()


def due_today(sub: Subscription, now: datetime) -> bool:
    """True once today's post time has come in the subscription's zone. Comparing wall
    clocks is enough on daylight-saving days too: on a spring-forward day a 02:30 that never
    happens is due from the first time after the gap (03:00), and on a fall-back day
    the first 02:30 makes it due, the repeated hour is "not yet" again, and the second 02:30
    finds the day's post in the ledger."""
    local = now.astimezone(ZoneInfo(sub.timezone))
    hour, minute = (int(p) for p in sub.post_time.split(":"))
    return local.time() >= time(hour, minute)


def digest_reply(
    engine: Engine,
    state: "StateStore | None",
    *,
    platform: str,
    channel: str,
    day: date,
    today: date,
    record: bool,
) -> Reply:
    """The digest for `day`; `record` marks an archive pick as used (not for previews)."""
    citations = CitationList()
    events = engine.on_day(day.month, day.day)
    name = f"{calendar.month_name[day.month]} {day.day}"
    footer = f"Daily digest · {day.isoformat()}"
    if events:
        items = tuple(
            event_item(
                e, citations, label=f"{e.year} · {years_ago(e.year, day.month, day.day, today)}"
            )
            for e in events
        )
        return Reply(
            command="digest",
            title=f"On this day in OpenAI history: {name}",
            sections=(Section(items=items),),
            citations=citations.all(),
            footer=footer,
        )
    month = engine.in_month(day.month)
    if month:
        return Reply(
            command="digest",
            title=f"This month in OpenAI history: {calendar.month_name[day.month]}",
            intro=f"Nothing is dated to {name}; this happened in {calendar.month_name[day.month]}.",
            sections=(Section(items=tuple(event_item(e, citations) for e in month[:8])),),
            citations=citations.all(),
            footer=footer,
        )
    pick = _archive_pick(engine, state, platform, channel, day, record=record)
    if pick is None:
        return Reply(command="digest", title="The archive is empty: no dated events yet.")
    event = engine.event(pick)
    assert event is not None
    return Reply(
        command="digest",
        title="From the archive",
        intro=f"Nothing is dated to {name} or its month; a moment from the archive instead.",
        sections=(Section(items=(event_item(event, citations),)),),
        citations=citations.all(),
        footer=footer,
    )


def _archive_pick(
    engine: Engine,
    state: "StateStore | None",
    platform: str,
    channel: str,
    day: date,
    *,
    record: bool,
) -> int | None:
    """Deterministic per channel and date; no repeats until every event has been used."""
    ids = engine.stated_event_ids()
    if not ids:
        return None
    used = state.archive_used(platform, channel) if state is not None else set()
    fresh = [i for i in ids if i not in used]
    if not fresh:
        if state is not None and record:
            state.archive_reset(platform, channel)
        fresh = ids
    pick = fresh[zlib.crc32(f"{platform}:{channel}:{day.isoformat()}".encode()) % len(fresh)]
    if state is not None and record:
        state.archive_use(platform, channel, pick, day.isoformat())
    return pick


def start_of_local_day(sub: Subscription, now: datetime) -> datetime:
    local = now.astimezone(ZoneInfo(sub.timezone))
    return datetime.combine(local.date(), time(0, 0), tzinfo=local.tzinfo)
