"""The Discord adapter: a discord.py client with an `/openai` command group, mentions and DMs.

No privileged intents: mentions and DMs carry their content without the message-content
intent. Nothing the bot sends can ping (`AllowedMentions.none()` on the client). Answers are
computed in a worker thread; if one is not ready within two seconds the interaction is deferred
first, so it never expires. Message ids are claimed in the state database, so a gateway resume
that replays a message never produces a second reply. The command tree is synced only by
`openai-bot discord sync`, never in `on_ready`.
"""

import asyncio
import logging
import re
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands
from rapidfuzz import fuzz, process, utils

from adapters import offload
from adapters.discord_render import ButtonSpec, Rendered, render
from adapters.ops import METRICS
from adapters.progress import Progress
from bot.channel_settings import (
    DEFAULTS,
    ChannelSettings,
    ChannelSettingsStore,
    answers_in_channel,
)
from bot.digest import ChannelGone
from bot.feedback import Feedback, thanks
from bot.message import Message
from bot.reply import Reply
from bot.router import Router
from bot.state import StateStore
from knowledge.model import EntityInfo

log = logging.getLogger(__name__)
PLATFORM = "discord"
PREFIX = "!openai"
DEFER_AFTER = 2.0
REPLY_ATTEMPTS = 3
REPLY_BACKOFF_SECONDS = 0.5
CLOCK_PLAUSIBLE = 60.0  # an interaction older than this by our clock means the clocks differ
AUTOCOMPLETE_LIMIT = 25
RUN_ID = "oai:run:"
SHARE_ID = "oai:share"
VOTE_ID = "oai:vote:"
CUSTOM_ID_CHARS = 100
_MENTION_RE = re.compile(r"<@!?\d+>")
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)


@dataclass(frozen=True, kw_only=True)
class DiscordConfig:
    """What the Discord adapter needs from the settings (the token is never logged)."""

    token: str
    api_base_url: str = ""  # e.g. a rate-limit proxy; "" keeps discord.py's default
    gateway_url: str = ""
    guild_ready_timeout: float = 2.0
    # The privileged Message Content intent: follow-ups in a thread without a mention and
    # `!openai …` need it; mentions, DMs and slash commands work without it.
    message_content: bool = False
    # Sharding: "auto" (Discord recommends the count; every shard runs here), or a fixed
    # `shard_count` with the `shard_ids` this process runs (empty: all of them)
    shards: str = ""
    shard_count: int | None = None
    shard_ids: tuple[int, ...] = ()

    def __repr__(self) -> str:
        return f"DiscordConfig(token=<hidden>, shards={self.shards or self.shard_count})"

    @property
    def sharded(self) -> bool:
        return self.shards == "auto" or self.shard_count is not None


class RunButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"oai:run:(?P<command>.+)"
):
    """Prev / Next / choices: runs its command and replaces the (private) message with the
    answer; on a public message the answer is shown privately to the clicker instead."""

    def __init__(self, label: str, command: str) -> None:
        super().__init__(
            discord.ui.Button(label=label, custom_id=(RUN_ID + command)[:CUSTOM_ID_CHARS])
        )
        self.command = command

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> "RunButton":
        label = item.label if isinstance(item, discord.ui.Button) else ""
        return cls(label or "", match["command"])

    async def callback(self, interaction: discord.Interaction) -> None:
        adapter: DiscordAdapter = interaction.client.adapter  # type: ignore[attr-defined]
        reply = await adapter.answer_interaction(interaction, self.command, counted=False)
        shareable = adapter.channel_settings(interaction).answers != "private"
        rendered = render(reply, share_command=self.command if shareable else None)
        view = build_view(rendered) or discord.utils.MISSING
        message = interaction.message
        if message is not None and not message.flags.ephemeral:
            # a public message is everyone's: the next page goes to the clicker alone
            await interaction.response.send_message(embed=rendered.embed, view=view, ephemeral=True)
            return
        await interaction.response.edit_message(embed=rendered.embed, view=build_view(rendered))


class ShareButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"oai:share"):
    """Posts the private answer publicly in the channel, naming who shared it (no ping)."""

    def __init__(self) -> None:
        super().__init__(
            discord.ui.Button(label="Share", style=discord.ButtonStyle.primary, custom_id=SHARE_ID)
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> "ShareButton":
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        adapter: DiscordAdapter = interaction.client.adapter  # type: ignore[attr-defined]
        if adapter.channel_settings(interaction).answers == "private":
            await interaction.response.send_message(
                "This channel keeps answers private (`settings answers`): nothing is shared here.",
                ephemeral=True,
            )
            return
        embeds = interaction.message.embeds if interaction.message else []
        if not embeds:
            await interaction.response.send_message("Nothing to share.", ephemeral=True)
            return
        name = discord.utils.escape_mentions(interaction.user.display_name)
        await interaction.response.send_message(
            content=f"Shared by {discord.utils.escape_markdown(name)}",
            embed=embeds[0],
            allowed_mentions=discord.AllowedMentions.none(),
        )


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"oai:vote:(?P<verdict>up|down):(?P<answer>\d{1,18})",
):
    """👍 / 👎 under an answer: the vote is stored, and only the voter is told."""

    def __init__(self, verdict: str, answer: int) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if verdict == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"{VOTE_ID}{verdict}:{answer}",
                row=1,
            )
        )
        self.verdict, self.answer = verdict, answer

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> "VoteButton":
        return cls(match["verdict"], int(match["answer"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        adapter: DiscordAdapter = interaction.client.adapter  # type: ignore[attr-defined]
        voted = await asyncio.to_thread(
            adapter.feedback.vote, self.answer, PLATFORM, str(interaction.user.id), self.verdict
        )
        METRICS.votes.labels(PLATFORM, self.verdict).inc()
        await interaction.response.send_message(thanks(voted), ephemeral=True)


def build_view(rendered: Rendered) -> discord.ui.View | None:
    """The buttons under an answer (None when there are none)."""
    if not rendered.buttons:
        return None
    view = discord.ui.View(timeout=None)
    for spec in rendered.buttons:
        view.add_item(_button(spec))
    return view


def _button(spec: ButtonSpec) -> discord.ui.Item[Any]:
    if spec.share:
        return ShareButton()
    if spec.vote:
        return VoteButton(spec.vote, int(spec.command))
    return RunButton(spec.label, spec.command)


IDENTIFY_WINDOW = 5.0  # Discord: one IDENTIFY per bucket per five seconds


class IdentifyPacer:
    """When a shard may IDENTIFY. Discord allows `max_concurrency` IDENTIFYs per five
    seconds, one in each bucket (shard id modulo max_concurrency); discord.py's default
    simply waits five seconds before every IDENTIFY but the first, so a large bot's shards
    would come up one by one. This waits only as long as the shard's bucket requires."""

    def __init__(
        self,
        concurrency: Callable[[], Awaitable[int]],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self._known: int | None = None
        self._last: dict[int, float] = {}
        self._lock = asyncio.Lock()

    async def wait(self, shard_id: int | None) -> None:
        async with self._lock:
            if self._known is None:
                self._known = max(1, await self._concurrency())
            bucket = (shard_id or 0) % self._known
            last = self._last.get(bucket)
            if last is not None:
                await self._sleep(max(0.0, last + IDENTIFY_WINDOW - self._clock()))
            self._last[bucket] = self._clock()


class _Hooks:
    """What both clients (one connection, or shards) do beyond discord.py's defaults."""

    adapter: "DiscordAdapter"

    async def setup_hook(self) -> None:
        cast(discord.Client, self).add_dynamic_items(RunButton, ShareButton, VoteButton)

    async def on_message(self, message: discord.Message) -> None:
        try:
            await self.adapter.on_message(message)
        finally:
            await self.adapter.handled.done()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        await self.adapter.pacer.wait(shard_id)


class _Client(_Hooks, discord.Client):
    def __init__(self, adapter: "DiscordAdapter", **options: Any) -> None:
        super().__init__(**options)
        self.adapter = adapter


class _ShardedClient(_Hooks, discord.AutoShardedClient):
    """Several shards in this process, each its own gateway connection; discord.py routes
    every event and REST call as for one client."""

    def __init__(self, adapter: "DiscordAdapter", **options: Any) -> None:
        super().__init__(**options)
        self.adapter = adapter


class DiscordAdapter:
    """Wires discord.py to the router; `run()` connects and serves until cancelled."""

    def __init__(self, router: Router, state: StateStore, config: DiscordConfig) -> None:
        self.router = router
        self.state = state
        self.config = config
        self.feedback = Feedback(state)
        self.settings = ChannelSettingsStore(state)
        self.handled = Progress()  # messages whose handling has finished (answered or not)
        self._name_cache: tuple[
            tuple[EntityInfo, ...], tuple[EntityInfo, ...], dict[int, str], list[str]
        ] = ((), (), {}, [])
        # discord.py reads these class attributes when it connects: the documented override.
        if config.api_base_url:
            discord.http.Route.BASE = config.api_base_url.rstrip("/")
        if config.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.gateway_url)
        # A text bot: discord.py's start-up warnings about voice libraries are not ours to fix.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True
        intents.guild_messages = True
        intents.dm_messages = True
        intents.message_content = config.message_content
        options: dict[str, Any] = {
            "intents": intents,
            "allowed_mentions": discord.AllowedMentions.none(),
            "guild_ready_timeout": config.guild_ready_timeout,
        }
        self.client: discord.Client
        if config.sharded:
            self.client = _ShardedClient(
                self,
                shard_count=config.shard_count,
                shard_ids=list(config.shard_ids) or None,
                **options,
            )
        else:
            self.client = _Client(self, **options)
        self.pacer = IdentifyPacer(self._max_concurrency)
        self.tree = app_commands.CommandTree(self.client)
        self.tree.add_command(self._group())

    async def answer(
        self,
        text: str,
        *,
        user: str,
        channel: str,
        thread: str | None,
        can_manage: bool = True,
        addressed: bool = True,
        message_id: str | None = None,
        counted: bool = True,
        public: bool = False,
        parent: str | None = None,
    ) -> Reply:
        """Discord's side of the translation: Manage Channels decides who changes the digest
        and the channel's settings."""
        return await offload.answer(
            self.router,
            Message(
                text=text,
                user=user,
                channel=channel,
                thread=thread,
                platform=PLATFORM,
                can_manage=can_manage,
                can_configure=can_manage,
                addressed=addressed,
                id=message_id,
                counted=counted,
                public=public,
                parent=parent,
            ),
        )

    async def answer_interaction(
        self,
        interaction: discord.Interaction,
        text: str,
        *,
        counted: bool = True,
        public: bool = False,
    ) -> Reply:
        permissions = interaction.permissions
        return await self.answer(
            text,
            user=str(interaction.user.id),
            channel=str(interaction.channel_id or ""),
            thread=None,
            can_manage=interaction.guild_id is None or permissions.manage_channels,
            counted=counted,
            public=public,
            parent=_parent(interaction.channel),
        )

    async def respond(self, interaction: discord.Interaction, text: str) -> None:
        """Answer privately (in the channel, when its settings say so and `text` asks a
        question); defer first when the answer is not ready within two seconds of the
        interaction's creation (Discord's three seconds run from then, not from when this
        handler got its turn)."""
        settings = self.channel_settings(interaction)
        public = answers_in_channel(settings, text)
        task = asyncio.ensure_future(self.answer_interaction(interaction, text, public=public))
        waited = (discord.utils.utcnow() - interaction.created_at).total_seconds()
        if not 0 <= waited <= CLOCK_PLAUSIBLE:
            waited = 0.0  # a clock that disagrees with Discord's: count from now
        done, _ = await asyncio.wait({task}, timeout=max(0.0, DEFER_AFTER - waited))
        if not done:
            await interaction.response.defer(ephemeral=not public, thinking=True)
        reply = await task
        if reply.silent:  # a repeated cooldown: Discord still wants a response
            reply = Reply(command="cooldown", title="Still one moment, please.", private=True)
        # only an answer goes to the channel; a notice, help or an error stays private
        private = not (public and reply.is_answer)
        share = text if private and settings.answers != "private" else None
        rendered = render(reply, share_command=share)
        view = build_view(rendered) or discord.utils.MISSING
        if done:
            await interaction.response.send_message(
                embed=rendered.embed, view=view, ephemeral=private
            )
            return
        if public and private:  # the "thinking…" everyone saw goes; the reply is private
            try:
                await interaction.delete_original_response()
            except discord.HTTPException as exc:
                log.info("could not remove the public placeholder: %s", exc)
        await interaction.followup.send(embed=rendered.embed, view=view, ephemeral=private)

    def channel_settings(self, interaction: discord.Interaction) -> ChannelSettings:
        """The settings of the channel an interaction came from (a thread: its channel's;
        a DM has none)."""
        if interaction.guild_id is None:
            return DEFAULTS
        where = _parent(interaction.channel) or str(interaction.channel_id or "")
        return self.settings.get(PLATFORM, where)

    def complete_names(self, current: str) -> list[app_commands.Choice[str]]:
        """Up to 25 people, best match for what is typed so far first (typo-tolerant), from
        a list kept in memory: autocomplete never waits on the answer workers."""
        people, aliases, owners = self._names()
        if not current.strip():
            return [
                app_commands.Choice(name=p.name, value=p.name) for p in people[:AUTOCOMPLETE_LIMIT]
            ]
        seen: dict[str, None] = {}
        for _alias, _score, index in process.extract(
            current[:100], aliases, scorer=fuzz.WRatio, processor=utils.default_process, limit=60
        ):
            seen.setdefault(owners[int(index)], None)
        return [app_commands.Choice(name=n, value=n) for n in list(seen)[:AUTOCOMPLETE_LIMIT]]

    def _names(self) -> tuple[tuple[EntityInfo, ...], dict[int, str], list[str]]:
        """The people, and every alias with whose it is, built once per index."""
        everyone = self.router.engine.entities()  # the same tuple until the index changes
        if self._name_cache[0] is not everyone:
            people = tuple(e for e in everyone if e.kind == "person")
            aliases: dict[int, str] = {}
            owners: list[str] = []
            for person in people:
                for alias in (person.name, *person.aliases):
                    aliases[len(owners)] = alias
                    owners.append(person.name)
            self._name_cache = (everyone, people, aliases, owners)
        return self._name_cache[1:]

    def _group(self) -> app_commands.Group:
        adapter = self
        group = app_commands.Group(
            name="openai", description="The history of OpenAI, cited from news articles"
        )

        async def names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return adapter.complete_names(current)

        @group.command(name="who", description="Who a person is, in the articles' own words")
        @app_commands.describe(name="A person's name (typos are fine)")
        @app_commands.autocomplete(name=names)
        async def who(interaction: discord.Interaction, name: str) -> None:
            await adapter.respond(interaction, f"who {name}")

        @group.command(name="when", description="When something happened")
        @app_commands.describe(event="What happened, e.g. 'did musk leave'")
        async def when(interaction: discord.Interaction, event: str) -> None:
            await adapter.respond(interaction, f"when {event}")

        @group.command(name="timeline", description="Events in order: a year, a range or a person")
        @app_commands.describe(what="2018, 2015..2019 or a name; empty for everything")
        @app_commands.autocomplete(what=names)
        async def timeline(interaction: discord.Interaction, what: str = "") -> None:
            await adapter.respond(interaction, f"timeline {what}")

        @group.command(name="onthisday", description="What happened on this day in past years")
        @app_commands.describe(day="MM-DD; empty for today")
        async def onthisday(interaction: discord.Interaction, day: str = "") -> None:
            await adapter.respond(interaction, f"onthisday {day}")

        @group.command(name="search", description="Passages that mention the words")
        @app_commands.describe(words="Words to find; quotes make a phrase")
        async def search(interaction: discord.Interaction, words: str) -> None:
            await adapter.respond(interaction, f"search {words}")

        @group.command(name="quote", description="What a person said, as quoted in the articles")
        @app_commands.describe(name="A person's name")
        @app_commands.autocomplete(name=names)
        async def quote(interaction: discord.Interaction, name: str) -> None:
            await adapter.respond(interaction, f"quote {name}")

        @group.command(name="ask", description="Ask anything; the best cited sentences answer")
        @app_commands.describe(question="Your question")
        async def ask(interaction: discord.Interaction, question: str) -> None:
            await adapter.respond(interaction, f"ask {question}")

        @group.command(name="sources", description="The articles every answer comes from")
        async def sources(interaction: discord.Interaction) -> None:
            await adapter.respond(interaction, "sources")

        @group.command(name="digest", description="This channel's daily 'on this day' post")
        @app_commands.describe(
            action="subscribe, unsubscribe, status or preview",
            options="For subscribe: HH:MM and an IANA zone; for preview: MM-DD",
        )
        @app_commands.choices(
            action=[
                app_commands.Choice(name=a, value=a)
                for a in ("subscribe", "unsubscribe", "status", "preview")
            ]
        )
        async def digest(
            interaction: discord.Interaction, action: str = "status", options: str = ""
        ) -> None:
            await adapter.respond(interaction, f"digest {action} {options}")

        @group.command(name="settings", description="How the bot behaves in this channel")
        @app_commands.describe(
            setting="What to change (empty: show them all)", value="The new value"
        )
        @app_commands.choices(
            setting=[
                app_commands.Choice(name=s, value=s)
                for s in ("answers", "followups", "mention-only", "digest")
            ],
            value=[
                app_commands.Choice(name=v, value=v)
                for v in ("on", "off", "auto", "private", "public")
            ],
        )
        async def settings(
            interaction: discord.Interaction, setting: str = "", value: str = ""
        ) -> None:
            await adapter.respond(interaction, f"settings {setting} {value}")

        @group.command(name="help", description="What the bot can do")
        @app_commands.describe(command="A command to explain")
        async def help_(interaction: discord.Interaction, command: str = "") -> None:
            await adapter.respond(interaction, f"help {command}")

        return group

    async def on_message(self, message: discord.Message) -> None:
        """Mentions, DMs, `!openai …`, and follow-ups in threads the bot answered in."""
        me = self.client.user
        if message.author.bot or me is None:
            return
        content = message.content or ""
        if not content.strip():
            return  # no text (the Message Content intent is off, or only an image): no answer
        direct = message.guild is None
        mentioned = any(user.id == me.id for user in message.mentions)
        channel = str(message.channel.id)
        parent = _parent(message.channel)
        settings = self.settings.get(PLATFORM, parent or channel) if not direct else DEFAULTS
        followup = settings.answers_followups and self.state.in_thread(PLATFORM, channel, channel)
        prefixed = not settings.mention_only and content.strip().casefold().startswith(PREFIX)
        if not (direct or mentioned or followup or prefixed):
            return
        if not self.state.claim(f"{PLATFORM}:message:{message.id}"):
            return
        text = _MENTION_RE.sub(" ", content).strip()
        author = message.author
        # this channel's permissions, overwrites included (as slash commands see them)
        manage = direct or (
            isinstance(author, discord.Member)
            and message.channel.permissions_for(author).manage_channels
        )
        reply = await self.answer(
            text,
            user=str(author.id),
            channel=channel,
            thread=channel,
            can_manage=manage,
            addressed=direct or mentioned or prefixed,
            message_id=str(message.id),
            public=not direct and settings.answers != "private",
            parent=parent,
        )
        if reply.private and not reply.silent:  # a cooldown notice: to the asker alone
            try:
                await author.send(
                    f"{reply.title} {reply.intro}", allowed_mentions=discord.AllowedMentions.none()
                )
            except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
                log.info("could not tell %s to wait: %s", author.id, exc)
            return
        if reply.silent:  # small talk in a followed thread: a reaction at most, no message
            if reply.reaction:
                try:
                    await message.add_reaction(REACTIONS.get(reply.reaction, "👍"))
                except discord.HTTPException as exc:  # no permission: not worth a post
                    log.info("no reaction added: %s", exc)
            return
        rendered = render(reply)
        if not direct and settings.answers == "private":
            await self._answer_privately(message, rendered)
            return
        for attempt in range(1, REPLY_ATTEMPTS + 1):
            try:
                await message.reply(
                    embed=rendered.embed,
                    view=build_view(rendered) or discord.utils.MISSING,
                    mention_author=False,
                    allowed_mentions=discord.AllowedMentions.none(),
                    # Discord enforces the nonce: a retry after a lost answer gets the first
                    # reply back instead of posting a second one
                    nonce=f"r{message.id}"[:25],
                )
                break
            except (discord.NotFound, discord.Forbidden) as exc:
                log.warning("reply in %s refused: %s", channel, exc)
                return
            except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as exc:
                log.warning("reply in %s failed (attempt %d): %s", channel, attempt, exc)
                await asyncio.sleep(REPLY_BACKOFF_SECONDS * attempt)
        else:
            log.error("a reply in %s could not be delivered", channel)
            try:  # said once, to the asker alone
                await author.send(
                    "Sorry, Discord would not take my answer just now. Please ask again.",
                    allowed_mentions=discord.AllowedMentions.none(),
                )
            except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
                log.warning("could not tell the asker either: %s", exc)
            return
        if isinstance(message.channel, discord.Thread):
            self.state.remember_thread(PLATFORM, channel, channel)

    async def _answer_privately(self, message: discord.Message, rendered: Rendered) -> None:
        """The channel keeps answers to the asker: a direct message, and a 📬 on the
        question so the asker knows where to look (or a ⚠️ when their DMs are closed)."""
        try:
            await message.author.send(
                embed=rendered.embed,
                view=build_view(rendered) or discord.utils.MISSING,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            mark = "📬"
        except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
            log.info("could not answer %s privately: %s", message.author.id, exc)
            mark = "⚠️"
        try:
            await message.add_reaction(mark)
        except discord.HTTPException as exc:
            log.info("no reaction added: %s", exc)

    async def _max_concurrency(self) -> int:
        """How many shards Discord lets IDENTIFY at once (1 when it cannot say, or when
        there is one connection)."""
        if not self.config.sharded:
            return 1
        try:
            _shards, _url, limits = await self.client.http.get_bot_gateway()
        except (discord.DiscordException, aiohttp.ClientError, OSError) as exc:
            log.warning("could not ask Discord how many shards may connect at once: %s", exc)
            return 1
        return int(limits.get("max_concurrency", 1))

    @property
    def shards(self) -> tuple[int, ...]:
        """The shard ids this process runs (empty: one unsharded connection)."""
        if isinstance(self.client, discord.AutoShardedClient):
            return tuple(sorted(self.client.shards))
        return ()

    async def run(self) -> None:
        """Log in and stay connected (discord.py reconnects and resumes) until cancelled."""
        async with self.client:
            await self.client.start(self.config.token)


REACTIONS = {"thumbsup": "👍"}


def _parent(channel: object) -> str | None:
    """The channel a thread belongs to (its settings apply in it); None for a channel."""
    if isinstance(channel, discord.Thread) and channel.parent_id:
        return str(channel.parent_id)
    return None


class DiscordSender:
    """Posts digests with a nonce Discord enforces, and finds them again by their footer."""

    platform = PLATFORM

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def _channel(self, channel: str) -> Any:
        try:
            found = self.client.get_channel(int(channel)) or await self.client.fetch_channel(
                int(channel)
            )
        except (discord.NotFound, discord.Forbidden) as exc:
            raise ChannelGone(f"Discord: {exc.status} {exc.text or 'no access'}") from None
        except discord.HTTPException as exc:
            raise RuntimeError(f"Discord: {exc.status}") from None
        return found

    async def send(self, channel: str, reply: Reply, *, key: str, workspace: str = "") -> str:
        target = await self._channel(channel)
        rendered = render(reply)
        # What only a posted digest carries (a `digest preview` shares every other word of
        # it): a reference made from its ledger key, at the end of the footer.
        footer = rendered.embed.footer.text or ""
        rendered.embed.set_footer(text=f"{footer} · {digest_mark(key)}".lstrip(" ·"))
        try:
            sent = await target.send(
                embed=rendered.embed,
                # discord.py sends enforce_nonce with a nonce: a repeat within minutes is
                # answered with the first message instead of a second one.
                nonce=f"d{zlib.crc32(key.encode()):08x}{key[-10:].replace('-', '')}",
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except (discord.NotFound, discord.Forbidden) as exc:
            raise ChannelGone(f"Discord: {exc.status} {exc.text or 'no access'}") from None
        except discord.HTTPException as exc:
            raise RuntimeError(f"Discord: {exc.status}") from None
        return str(sent.id)

    async def find(
        self, channel: str, key: str, since: datetime, *, workspace: str = ""
    ) -> str | None:
        """The digest posted for `key` since `since`: every message after that time is read,
        page by page (bounded by time, however busy the channel), and only a message that
        carries the digest's own mark counts."""
        target = await self._channel(channel)
        mark = digest_mark(key)
        me = self.client.user
        try:
            async for message in target.history(after=since, limit=None):
                if me is None or message.author.id != me.id:
                    continue
                if any((embed.footer.text or "").endswith(mark) for embed in message.embeds):
                    return str(message.id)
        except (discord.NotFound, discord.Forbidden) as exc:  # may not read the history
            raise ChannelGone(f"Discord: {exc.status} {exc.text or 'no access'}") from None
        except discord.HTTPException as exc:
            raise RuntimeError(f"Discord: {exc.status}") from None
        return None


def digest_mark(key: str) -> str:
    """ "#3fa2c1d0": a short reference to a digest's ledger key, shown in its footer."""
    return f"#{zlib.crc32(key.encode()):08x}"


def invite_url(application_id: int) -> str:
    """The OAuth2 URL that adds the bot with the `bot` and `applications.commands` scopes."""
    return discord.utils.oauth_url(
        application_id, permissions=INVITE_PERMISSIONS, scopes=("bot", "applications.commands")
    )


async def sync_commands(adapter: DiscordAdapter, guild_id: int | None) -> int:
    """Upload the command tree (to one guild: instant; globally: for production)."""
    try:
        await adapter.client.login(adapter.config.token)
        guild = discord.Object(id=guild_id) if guild_id is not None else None
        if guild is not None:
            adapter.tree.copy_global_to(guild=guild)
        synced = await adapter.tree.sync(guild=guild)
        return len(synced)
    finally:
        await adapter.client.close()


async def application_id(adapter: DiscordAdapter) -> int:
    """The bot's application id, asked of Discord (the session is closed whatever happens)."""
    try:
        await adapter.client.login(adapter.config.token)
        info = await adapter.client.application_info()
        return info.id
    finally:
        await adapter.client.close()
