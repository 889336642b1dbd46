"""What the grader reads from Python source without running it: imports and the names used.

The guard restores the instructor's imports (:func:`trusted_imports`) under the names a test
cell reads (:func:`global_names`) before it runs; the scan knows which names are modules
(:func:`imports_of`). IPython's magics are turned into plain calls first (:func:`to_python`).
"""

from __future__ import annotations

import ast
import functools

from IPython.core.inputtransformer2 import TransformerManager

_transformer = TransformerManager()


def to_python(source: str) -> str:
    """Return a cell's source as plain Python, IPython's magics turned into calls."""
    return _transformer.transform_cell(source)


@functools.lru_cache(maxsize=4096)
def parse(source: str) -> ast.Module | None:
    """The syntax tree of a cell, or None if it is not valid Python (not the grader's business).

    Plain Python is parsed as it is: IPython's transformer tokenises every line, and costs more
    than the rest of the scan. Only a cell that is not plain Python (a magic, ``!ls``) goes
    through it. The tree is cached (test cells are the same in every submission): read it, do
    not change it.
    """
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        pass
    try:
        return ast.parse(to_python(source))
    except (SyntaxError, ValueError):
        return None


def _bound_imports(node: ast.Import) -> dict[str, str]:
    """``import a.b`` binds ``a``; ``import a.b as c`` binds ``c`` to ``a.b``."""
    found = {}
    for alias in node.names:
        if alias.asname:
            found[alias.asname] = alias.name
        else:
            top = alias.name.split(".")[0]
            found[top] = top
    return found


def imports_of(sources: list[str]) -> dict[str, str]:
    """Return alias -> module for every ``import`` in *sources* (``np`` -> ``numpy``)."""
    found: dict[str, str] = {}
    for source in sources:
        tree = parse(source)
        for node in ast.walk(tree) if tree else ():
            if isinstance(node, ast.Import):
                found.update(_bound_imports(node))
    return found


def trusted_imports(sources: list[str]) -> tuple[tuple[str, str, str], ...]:
    """The instructor's top-level imports as ``(name, module, attribute)``, sorted."""
    found: dict[str, tuple[str, str, str]] = {}
    for source in sources:
        tree = parse(source)
        for node in tree.body if tree else ():
            if isinstance(node, ast.Import):
                for name, module in _bound_imports(node).items():
                    found[name] = (name, module, "")
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    if alias.name != "*":
                        name = alias.asname or alias.name
                        found[name] = (name, node.module, alias.name)
    return tuple(sorted(found.values()))


def global_names(source: str) -> tuple[str, ...]:
    """The names a cell reads, for the guard to give it the real builtins and modules."""
    tree = parse(source)
    if tree is None:
        return ()
    return tuple(sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}))
