"""What is made once per index build lives as long as the process serves that index.

The people, their names arranged for lookup and for finding them in a question, the
vocabulary: at 100,000 articles some millions of objects. Python's cyclic collector would
still walk all of them on every full collection, a 60-70 ms pause in whichever question
happened to trigger it. Once made they are moved to the permanent generation (`gc.freeze`),
which collections do not walk; they are still freed by reference counting when a rebuilt
index replaces them. At exit they are handed back, so that the last collection still finds
cycles among them and what they hold is closed and flushed as it would be otherwise.
"""

import atexit
import gc

_serving = False


def serving() -> None:
    """This process answers question after question (the bot, a benchmark): what is made
    from now on is frozen. A one-off command (`openai-bot ask`) never says so: it would
    pay the collections before each freeze (about 20 ms) to spare pauses it never has."""
    global _serving
    _serving = True


def made() -> None:
    """In a serving process, everything alive now is kept out of the collector's walks from
    here on. Garbage in cycles is collected first (once per index build): frozen, it would
    never be."""
    if not _serving:
        return
    gc.collect()
    gc.freeze()


atexit.register(gc.unfreeze)
