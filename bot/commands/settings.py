"""`settings [NAME VALUE]`: show or change how the bot behaves in this channel."""

from bot.channel_settings import ChannelSettings, ChannelSettingsStore
from bot.context import Context
from bot.errors import UsageError
from bot.registry import verb
from bot.reply import Item, Reply, Section, Span
from bot.sanitize import echo

_NAMES = {
    "answers": "answers",
    "answer": "answers",
    "replies": "answers",
    "followups": "followups",
    "follow-ups": "followups",
    "followup": "followups",
    "follow-up": "followups",
    "threads": "followups",
    "mention-only": "mention_only",
    "mention_only": "mention_only",
    "mentiononly": "mention_only",
    "mentions": "mention_only",
    "digest": "digest",
}
_ANSWER_MODES = {
    "auto": "auto",
    "default": "auto",
    "private": "private",
    "ephemeral": "private",
    "public": "public",
    "channel": "public",
    "in-channel": "public",
}
_ON = frozenset({"on", "yes", "true", "1", "enable", "enabled"})
_OFF = frozenset({"off", "no", "false", "0", "disable", "disabled"})
USAGE = (
    "`settings answers auto|private|public`, `settings followups on|off`, "
    "`settings mention-only on|off`, `settings digest on|off`"
)


def _describe(current: ChannelSettings) -> tuple[Item, ...]:
    answers = {
        "auto": "slash commands answer privately, mentions in a thread",
        "private": "every answer is shown only to the person who asked",
        "public": "slash commands answer in the channel too",
    }[current.answers]

    def line(name: str, value: str, meaning: str) -> Item:
        return Item(spans=(Span(f"{name} {value}", strong=True), Span(f" — {meaning}")))

    def on(flag: bool) -> str:
        return "on" if flag else "off"

    return (
        line("answers", current.answers, answers),
        line(
            "followups",
            on(current.followups),
            "questions in a thread I answered need no mention"
            if current.answers_followups
            else "in threads, only mentions are answered",
        ),
        line(
            "mention-only",
            on(current.mention_only),
            "only mentions and slash commands reach me"
            if current.mention_only
            else "mentions, slash commands, `!openai …` and thread follow-ups reach me",
        ),
        line(
            "digest",
            on(current.digest),
            "the daily digest may be posted here"
            if current.digest
            else "no daily digest here (a subscription is paused)",
        ),
    )


def _refusal(platform: str) -> UsageError:
    who = {
        "slack": "workspace admins (or the users in OPENAI_BOT_SLACK_ADMIN_USERS)",
        "discord": "people who may manage this channel",
    }.get(platform, "channel admins")
    return UsageError(f"Only {who} can change this channel's settings.", "`settings` shows them.")


def _value(name: str, word: str) -> object:
    if name == "answers":
        mode = _ANSWER_MODES.get(word)
        if mode is None:
            raise UsageError(
                f"“{echo(word, 20)}” is not an answers mode.", "Use `auto`, `private` or `public`."
            )
        return mode
    if word in _ON:
        return True
    if word in _OFF:
        return False
    raise UsageError(f"“{echo(word, 20)}” is neither on nor off.", f"Use `settings {name} on`.")


@verb("settings", "settings [answers|followups|mention-only|digest VALUE]")
def settings(ctx: Context, args: str) -> Reply:
    """Show or change how I behave in this channel (changing needs a channel admin).

    `settings answers auto|private|public`: where answers go (auto: slash commands privately,
    mentions in a thread). `settings followups on|off`: answer questions in my threads
    without a mention. `settings mention-only on|off`: only mentions and slash commands.
    `settings digest on|off`: allow the daily digest here.
    """
    if ctx.state is None:
        raise UsageError("Settings need the state database, which this run has not opened.")
    store = ChannelSettingsStore(ctx.state)
    where = (ctx.message.platform, ctx.message.settings_channel)
    words = args.casefold().split()
    if not words:
        return Reply(
            command="settings",
            title="Settings for this channel",
            intro=f"Change one with {USAGE}.",
            sections=(Section(items=_describe(store.get(*where))),),
        )
    name = _NAMES.get(words[0])
    if name is None:
        raise UsageError(f"“{echo(words[0], 20)}” is not a setting.", f"Use {USAGE}.")
    if len(words) != 2:
        raise UsageError(f"Say what to set {words[0]} to.", f"Use {USAGE}.")
    if not ctx.message.can_configure:
        raise _refusal(ctx.message.platform)
    changed = store.change(*where, ctx.message.user, {name: _value(name, words[1])})
    return Reply(
        command="settings",
        title="Settings changed for this channel",
        sections=(Section(items=_describe(changed)),),
    )
