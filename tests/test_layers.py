"""The flow is one-way: knowledge knows no bot or adapter; bot knows no chat library."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "knowledge": {"bot", "adapters", "slack_bolt", "slack_sdk", "discord", "apscheduler"},
    "bot": {"adapters", "slack_bolt", "slack_sdk", "discord"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_upward_imports(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    for path in files:
        bad = imported_roots(path) & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_the_walker_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import discord.ext\nfrom slack_bolt import App\nfrom . import y\n")
    assert imported_roots(sample) == {"discord", "slack_bolt"}


def test_no_module_shadows_a_library() -> None:
    names = {p.stem for p in ROOT.glob("*/*.py")}
    assert not names & {"discord", "slack_bolt", "slack_sdk", "sqlite_utils", "apscheduler"}
