"""Domain errors of the knowledge layer; the bot's router turns them into friendly replies."""


class KnowledgeError(Exception):
    """Base class: something the engine cannot do, with a message fit for a person."""


class ArticleMetaError(KnowledgeError):
    """An article's metadata file is missing or malformed (names the file and the field)."""


class IndexMissingError(KnowledgeError):
    """The index database does not exist or was built by an incompatible version."""
