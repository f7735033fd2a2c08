"""Resolving a person's name, shared by the verbs that take one."""

from rapidfuzz import utils

from bot.context import Context
from bot.reply import Button, Reply
from bot.sanitize import echo
from knowledge.model import EntityInfo


def _exact(name: str, entity: EntityInfo) -> bool:
    """`name` is one of the entity's spellings (case and punctuation aside)."""
    typed = utils.default_process(name)
    return any(utils.default_process(a) == typed for a in (entity.name, *entity.aliases))


def person_or_reply(ctx: Context, name: str, verb: str, *, orgs: bool = True) -> EntityInfo | Reply:
    """The person (or, with `orgs`, organisation) `name` means, or a reply offering names."""
    found = ctx.engine.lookup(name)
    # Everyone's names are scored only when they can change the answer: no person is close,
    # or the name is exactly someone's or something's spelling (an organisation named
    # exactly beats a person whose name is merely close). A person found by a typo is
    # otherwise the answer, and scoring every organisation's name too would double its cost.
    if orgs and (found.status != "match" or ctx.engine.names().spells(name)):
        anyone = ctx.engine.lookup(name, people_only=False)
        # an organisation named exactly beats a person whose name is merely close
        # ("LinkedIn" is LinkedIn, not Leike)
        if (
            anyone.status == "match"
            and anyone.match is not None
            and (
                found.status != "match"
                or (
                    _exact(name, anyone.match)
                    and not (found.match is not None and _exact(name, found.match))
                )
            )
        ):
            return anyone.match
    if found.status == "match" and found.match is not None:
        return found.match
    shown = echo(found.query or name, 60)
    buttons = tuple(
        Button(label=c.name, command=f"{verb} {c.name}", kind="choice") for c in found.candidates
    )
    names = ", ".join(c.name for c in found.candidates)
    if found.status == "ambiguous":
        return Reply(
            command=verb,
            title=f"Did you mean {names}?",
            intro=f"Several people match “{shown}”. Type `{verb}` with one of these names.",
            buttons=buttons,
        )
    return Reply(
        command=verb,
        title=f"No one by that name in the articles: “{shown}”.",
        intro=f"Closest names: {names}." if names else "Try `sources` to see what they cover.",
        buttons=buttons,
    )
