"""The examples in the package's docstrings run and print what they claim."""

import doctest
import importlib
import pkgutil

import pytest

import aicareer

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(aicareer.__path__, "aicareer.") if not m.ispkg
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed"
