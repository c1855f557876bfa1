"""The README's promises: the commands it shows are the ones CI runs and that work."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = readme.splitlines()
    marker = next(i for i, line in enumerate(lines) if "test-command" in line)
    command = lines[marker + 2]
    assert "pytest" in command and "mypy" in command and "ruff" in command
    assert "README.md" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_names_the_bundled_fixture() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "prparse fixtures/immunogen-2013-07-23.txt" in readme
    assert (ROOT / "fixtures" / "immunogen-2013-07-23.txt").exists()
