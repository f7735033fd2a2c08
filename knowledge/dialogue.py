"""A scripted line ("Elon Musk: We are done."): told apart from a narrated sentence by the
build (no quote, no event is taken from it) and by the answers (no fact is asserted from
it). Kept apart from knowledge.quotes so answering a question never loads the extraction's
name patterns."""

import re

DIALOGUE_RE = re.compile(r"^(?P<who>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}): (?P<q>.{6,})$")


def is_dialogue(text: str) -> bool:
    """A scripted exchange line ("Elon Musk: …") rather than a narrated sentence."""
    return bool(DIALOGUE_RE.match(text)) and ":" in text[:42]
