"""`digest subscribe|unsubscribe|status|preview`: the channel's daily "on this day" post."""

from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.channel_settings import DIGEST_PAUSE, ChannelSettingsStore
from bot.commands.onthisday import parse_day
from bot.context import Context
from bot.digest import TIME_LIKE_RE, digest_reply, next_run, parse_time, parse_zone
from bot.errors import UsageError
from bot.records import Subscription
from bot.registry import verb
from bot.reply import Reply
from bot.sanitize import echo

if TYPE_CHECKING:
    from bot.state import StateStore

ACTIONS = ("subscribe", "unsubscribe", "status", "preview")


def _state(ctx: Context) -> "StateStore":
    if ctx.state is None:
        raise UsageError("The digest needs the state database, which this run has not opened.")
    return ctx.state


def _when(sub: Subscription, ctx: Context) -> str:
    fire = next_run(sub, ctx.now)
    return fire.strftime("%Y-%m-%d %H:%M %Z") if fire else "never"


def _paused(sub: Subscription) -> str:
    if not sub.paused_reason:
        return ""
    if sub.paused_reason == DIGEST_PAUSE:
        return f"Paused: {DIGEST_PAUSE}. `settings digest on` resumes it."
    return f"Paused: {sub.paused_reason}. `digest subscribe` resumes it."


@verb("digest", "digest subscribe [HH:MM] [TIMEZONE] | unsubscribe | status | preview [MM-DD]")
def digest(ctx: Context, args: str) -> Reply:
    """Subscribe this channel to a daily "on this day" post, or manage the subscription.

    `digest subscribe 09:00 Europe/Berlin` (time and zone default to the bot's settings),
    `digest unsubscribe`, `digest status` (time, zone, next post, last post, paused and why),
    `digest preview [MM-DD]` (what would be posted). Never empty: on a day with no events it
    posts that month's, and failing that a pick from the archive.
    """
    words = args.split()
    action = words[0].casefold() if words else "status"
    rest = words[1:]
    if action not in ACTIONS:
        raise UsageError(
            f"“{echo(action, 20)}” is not a digest action.",
            "Use `digest subscribe [HH:MM] [TIMEZONE]`, `unsubscribe`, `status` or `preview`.",
        )
    where = (ctx.message.platform, ctx.message.channel)
    if action == "preview":
        day = ctx.today
        if rest:
            month, day_of_month = parse_day(rest[0], ctx.today)
            day = date(
                2000 if (month, day_of_month) == (2, 29) else ctx.today.year, month, day_of_month
            )
        reply = digest_reply(
            ctx.engine,
            ctx.state,
            platform=where[0],
            channel=where[1],
            day=day,
            today=ctx.today,
            record=False,
        )
        return Reply(
            command="digest",
            title=f"Preview: {reply.title}",
            intro=reply.intro,
            sections=reply.sections,
            citations=reply.citations,
            footer=reply.footer,
        )
    if action in ("subscribe", "unsubscribe") and not ctx.message.can_manage:
        raise UsageError(
            "Only people who may manage this channel can change its digest.",
            "Ask a channel manager, or use `digest preview`.",
        )
    state = _state(ctx)
    settings_where = (
        ctx.message.platform,
        ctx.message.settings_channel,
    )  # a thread's: its channel's
    if action == "subscribe" and not ChannelSettingsStore(state).get(*settings_where).digest:
        raise UsageError(
            "The daily digest is turned off in this channel's settings.",
            "A channel admin can turn it on with `settings digest on`.",
        )
    if action == "status":
        sub = state.subscription(*where)
        if sub is None:
            return Reply(
                command="digest",
                title="This channel has no daily digest.",
                intro="`digest subscribe 09:00 Europe/Berlin` starts one.",
            )
        last = state.last_digest(*where)
        missed = state.missed_digest(*where)
        lines = [
            f"Daily at {sub.post_time} ({sub.timezone}), set by {echo(sub.created_by, 40)}.",
            f"Next post: {_when(sub, ctx)}." if not sub.paused_reason else "",
            f"Last post: {last[0]}." if last else "No post yet.",
            f"Missed: {missed} (the platform refused the post all day)." if missed else "",
            _paused(sub),
        ]
        return Reply(
            command="digest", title="Daily digest", intro=" ".join(line for line in lines if line)
        )
    if action == "unsubscribe":
        removed = state.unsubscribe(*where)
        return Reply(
            command="digest",
            title="Unsubscribed." if removed else "This channel had no daily digest.",
            intro="No more daily posts here." if removed else "",
        )
    post_time, zone = ctx.digest.post_time, ctx.digest.timezone
    for word in rest:
        if TIME_LIKE_RE.match(word):
            post_time = parse_time(word)
        else:
            zone = parse_zone(word)
    sub = state.subscribe(
        where[0], where[1], post_time, zone, ctx.message.user, workspace=ctx.message.workspace
    )
    local_now = ctx.now.astimezone(ZoneInfo(zone))
    return Reply(
        command="digest",
        title=f"Subscribed: a daily “on this day” post at {post_time} ({zone}).",
        intro=f"Next post: {_when(sub, ctx)} (it is {local_now:%H:%M} there now). "
        "`digest preview` shows what it will look like; `digest unsubscribe` stops it.",
    )
