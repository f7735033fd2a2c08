"""Replies to small talk: short and friendly, never a passage from the articles.

In a thread the bot follows without being addressed, small talk gets no message at all;
thanks there get a reaction on the user's message instead.
"""

from bot.reply import Button, Reply

EXAMPLES = ("when did sutskever resign", "who runs microsoft")
THANKS_REACTION = "thumbsup"

_TITLES = {
    "greeting": "Hi! I answer questions about the history of OpenAI, from the articles I have.",
    "thanks": "You're welcome!",
    "ack": "Anything else you'd like to know about OpenAI's history?",
    "bye": "Bye! Ask me again any time.",
}


def smalltalk_reply(talk: str, *, addressed: bool) -> Reply:
    """The answer to a greeting, thanks, an acknowledgement or a goodbye."""
    if not addressed:
        reaction = THANKS_REACTION if talk == "thanks" else ""
        return Reply(command="smalltalk", title="", reaction=reaction, silent=True)
    return Reply(
        command="smalltalk",
        title=_TITLES.get(talk, _TITLES["ack"]),
        intro="Try `" + "` or `".join(EXAMPLES) + "`, or `help` for every command.",
        buttons=tuple(Button(label=e, command=e, kind="choice") for e in EXAMPLES),
    )


def typo_reply(suggestion: str, shown: str) -> Reply:
    """ "timline 2018" -> "Did you mean `timeline 2018`?" with a button that runs it."""
    return Reply(
        command="help",
        title=f"Did you mean `{shown}`?",
        intro="Press the button to run it, or `help` for every command.",
        buttons=(Button(label=shown, command=suggestion, kind="choice"),),
    )
