"""Every pattern compiles (they compile lazily, so a typo would otherwise hide until used)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import prparse
from prparse.safety import SafePattern

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(prparse.__path__, prefix="prparse.") if not name.endswith("__main__")
)


@pytest.mark.parametrize("module_name", MODULES)
def test_module_patterns_compile(module_name: str) -> None:
    module = importlib.import_module(module_name)
    patterns = [value for value in vars(module).values() if isinstance(value, SafePattern)]
    for pattern in patterns:
        assert pattern.compiled.pattern == pattern.pattern


def test_patterns_are_many_and_lazy() -> None:
    from prparse.extract import tickers

    assert isinstance(tickers.COLON_FORM, SafePattern)
    assert sum(isinstance(v, SafePattern) for v in vars(tickers).values()) >= 5
