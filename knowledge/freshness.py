"""Whether the index is current, told without reading the articles or loading the indexer.

The index records the fingerprint of what it was built from (every article's text and
metadata, the schema, the building code) and a stamp of the articles folder as it was then:
each file's name, size and modification time. A command that only answers compares the
folder's stamp with the recorded one, which costs a directory listing; only when they differ
are the articles read and fingerprinted (and the stamp recorded again when nothing changed
but the files' times).
"""

import functools
import hashlib
import os
import sqlite3
import time
from pathlib import Path

from knowledge.errors import ArticleMetaError

SCHEMA_VERSION = 17
_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def builder_digest() -> str:
    """A digest of the code and data that build the index: an upgrade makes the index stale."""
    digest = hashlib.sha256()
    for path in sorted([*_PACKAGE.glob("*.py"), *_PACKAGE.glob("data/*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


SETTLE_SECONDS = 2.0  # a file changed more recently than this may change again unseen


def folder_stamp(directory: Path) -> str | None:
    """The articles folder as the file system tells it (each file's name, size, inode,
    modification and status-change times), with the schema and the building code. None
    while a file changed in the last SETTLE_SECONDS: a second edit within the file system's
    time resolution would leave the same stamp, so such a stamp is not trusted (or kept).
    The status-change time cannot be set back, so a copy that keeps modification times
    (`cp -p`, `rsync -a`, an archive) still changes the stamp."""
    if not directory.is_dir():
        raise ArticleMetaError(f"articles folder {directory} does not exist")
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION}\nbuilder={builder_digest()}\n".encode())
    with os.scandir(directory) as entries:
        files = sorted(
            (e.name, e.stat())
            for e in entries
            if e.name.lower().endswith((".txt", ".toml")) and e.is_file()
        )
    recent = time.time_ns() - int(SETTLE_SECONDS * 1e9)
    for name, stat in files:
        if max(stat.st_mtime_ns, stat.st_ctime_ns) > recent:
            return None
        digest.update(
            f"{name}\0{stat.st_size}\0{stat.st_ino}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\n".encode()
        )
    return digest.hexdigest()


def recorded(path: Path, key: str) -> str | None:
    """A value the index at `path` recorded in its meta table (None: no usable index)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            "SELECT value FROM meta WHERE key = ? AND EXISTS "
            "(SELECT 1 FROM meta WHERE key = 'schema_version' AND value = ?)",
            (key, str(SCHEMA_VERSION)),
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def record(path: Path, key: str, value: str) -> None:
    """Record `value` in the index's meta table; an index that cannot be written (a
    read-only image) is left as it is: the next start reads the articles again."""
    try:
        conn = sqlite3.connect(path, timeout=1)
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        conn.close()
    except sqlite3.Error:
        return
