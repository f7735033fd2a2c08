"""Caches made once per index are kept out of the collector's walks, and handed back at exit."""

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

from knowledge import lasting


def test_what_is_made_is_frozen_in_a_serving_process() -> None:
    before = gc.get_freeze_count()
    try:
        lasting.serving()
        lasting.made()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_one_off_command_freezes_nothing() -> None:
    script = textwrap.dedent(
        """
        import gc
        from knowledge import lasting

        lasting.made()
        assert gc.get_freeze_count() == 0, gc.get_freeze_count()
        lasting.serving()
        lasting.made()
        assert gc.get_freeze_count() > 0
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).parent.parent)


def test_a_script_s_open_file_is_still_flushed_at_exit(tmp_path: Path) -> None:
    """A script's globals (held in a cycle with its functions) are frozen with the rest; if
    they stayed frozen, the file a script never closed would lose what was buffered."""
    out = tmp_path / "out.txt"
    script = textwrap.dedent(
        f"""
        from knowledge import lasting

        out = open({str(out)!r}, "w")

        def write(text):
            out.write(text)

        write("made before, ")
        lasting.serving()
        lasting.made()
        write("written after")
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).parent.parent)
    assert out.read_text() == "made before, written after"
