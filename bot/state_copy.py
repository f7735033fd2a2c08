"""Copy a state database into another, table by table, in the order foreign keys need:
moving a SQLite state to PostgreSQL loses nothing, and copying again changes nothing."""

from sqlalchemy import Engine, func, insert, select

from bot.schema import metadata

BATCH = 1000


def copy_state(source: Engine, target: Engine) -> dict[str, int]:
    """Rows copied per table. A target that already holds state is refused: merging two
    bots' state is not a copy."""
    with target.connect() as probe:
        held = {
            t.name: probe.execute(select(func.count()).select_from(t)).scalar_one()
            for t in metadata.sorted_tables
        }
    if any(held.values()):
        busy = ", ".join(f"{name} {n}" for name, n in held.items() if n)
        raise ValueError(f"the target already holds state ({busy})")
    counts: dict[str, int] = {}
    with source.connect() as reading, target.begin() as writing:
        for table in metadata.sorted_tables:
            rows = reading.execute(select(table)).mappings()
            copied = 0
            while batch := rows.fetchmany(BATCH):
                writing.execute(insert(table), [dict(r) for r in batch])
                copied += len(batch)
            counts[table.name] = copied
        if writing.dialect.name == "postgresql":  # the next row gets the next number
            for numbered in _numbered():
                writing.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{numbered}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {numbered}), 0) + 1, false)"
                )
    return counts


def _numbered() -> list[str]:
    """The tables whose `id` the database numbers (answers, Slack installations …)."""
    return [
        table.name
        for table in metadata.sorted_tables
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement is True
    ]
