"""The environment nbgrader and Jupyter need: this interpreter's ``bin`` folder first on PATH.

nbgrader shells out to ``alembic`` when it creates a gradebook, and the course starts
``jupyter``, ``jupyter-book`` and kernels by name: all must come from the course's virtual
environment, even when it is not activated (``make`` calls ``.venv/bin/...`` directly).

    >>> import os
    >>> env = with_venv_on_path({"PATH": "/usr/bin"})
    >>> env["PATH"].split(os.pathsep)[-1]
    '/usr/bin'
    >>> with_venv_on_path(env) == env
    True
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path


def venv_bin() -> str:
    """Return the folder of the running interpreter's scripts (``.venv/bin``)."""
    return str(Path(sys.executable).parent)


def with_venv_on_path(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return a copy of *env* (default: ``os.environ``) with :func:`venv_bin` first on PATH.

    Already first: the copy is unchanged, so calling it twice does not grow PATH.
    """
    env = dict(os.environ if env is None else env)
    parts = env.get("PATH", "").split(os.pathsep) if env.get("PATH") else []
    if not parts or parts[0] != venv_bin():
        env["PATH"] = os.pathsep.join([venv_bin(), *parts])
    return env


def put_venv_on_path() -> None:
    """Put :func:`venv_bin` first on this process's PATH (for nbgrader run in-process)."""
    os.environ["PATH"] = with_venv_on_path()["PATH"]
