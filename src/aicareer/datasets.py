"""The course's data sets: small CSV files shipped inside the package, each with a datasheet.

A notebook loads a data set by name, wherever it runs (the book build, JupyterLab, the grading
sandbox)::

    >>> from aicareer import datasets
    >>> "comp_bands" in datasets.available()
    True
    >>> bands = datasets.load("comp_bands")
    >>> print(datasets.datasheet("comp_bands"))  # doctest: +SKIP

Every ``<name>.csv`` in ``aicareer/data`` has a ``<name>.md`` beside it that says where the data
come from, when, and by what method; synthetic data say so and name the seeded script that
generated them.
"""

from __future__ import annotations

from importlib import resources

import pandas as pd

_DATA = resources.files("aicareer") / "data"


def available() -> list[str]:
    """Return the names of the shipped data sets, sorted."""
    return sorted(p.name[: -len(".csv")] for p in _DATA.iterdir() if p.name.endswith(".csv"))


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise TypeError(f"a data set's name is a string such as 'comp_bands', not {name!r}")
    names = available()
    if name not in names:
        hint = ", ".join(repr(n) for n in names)
        raise ValueError(f"there is no data set called {name!r}; the course ships: {hint}")
    return name


def load(name: str) -> pd.DataFrame:
    """Return the data set *name* as a DataFrame, read from the package's CSV file.

    Raises ``ValueError`` naming the available data sets when *name* is unknown.
    """
    _check_name(name)
    with (_DATA / f"{name}.csv").open("r", encoding="utf-8") as f:
        return pd.read_csv(f)


def datasheet(name: str) -> str:
    """Return the datasheet of the data set *name*: its source, date and method, as Markdown."""
    _check_name(name)
    return (_DATA / f"{name}.md").read_text(encoding="utf-8")
