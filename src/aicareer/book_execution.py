"""Sphinx extension of the course book: run the topic notebooks in parallel before Sphinx reads.

With ``execute_notebooks: cache``, myst-nb looks each notebook up in jupyter-cache as Sphinx reads
its page and, on a miss, runs it there and then: one notebook at a time, so a clean build of 15
topics waits for 15 kernels in a row while the second core idles. Just before Sphinx reads the
changed pages (``env-before-read-docs``), this extension finds those notebooks whose code is not in
the cache, runs them in worker processes (``aicareer_execution_workers`` at a time, default: the
number of cores) with myst-nb's own settings (timeout, allowed errors, working folder), and stores
each success in the cache as myst-nb would. myst-nb then finds every one there. A notebook that
fails is not stored: myst-nb runs it again and reports the error as it always has, so a failing
cell still fails the build with its usual message.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from pathlib import Path

import nbformat
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

logger = logging.getLogger(__name__)


def run_notebook(path: str, timeout: int, allow_errors: bool) -> tuple[str, str | None, float]:
    """Run the notebook at *path* in its own folder; return (path, executed JSON or None, seconds).

    Runs in a worker process: the result travels back as text.
    """
    from jupyter_cache.executors.utils import single_nb_execution

    nb = nbformat.read(path, as_version=4)
    result = single_nb_execution(
        nb,
        cwd=str(Path(path).parent),
        allow_errors=allow_errors,
        timeout=timeout,
        meta_override=True,
    )
    return path, None if result.err else nbformat.writes(nb), result.time


def notebooks_to_run(cache, paths: list[Path]) -> list[Path]:
    """The notebooks among *paths* whose code has no executed copy in *cache*."""
    missing = []
    for path in paths:
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            missing.append(path)
    return missing


def _run_before_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    config = env.mystnb_config  # myst-nb's settings, its cache path resolved at builder-inited
    if config.execution_mode != "cache" or config.execution_in_temp:
        return
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    paths = [Path(env.doc2path(d)) for d in docnames]
    paths = [p for p in paths if p.suffix == ".ipynb"]
    cache = get_cache(config.execution_cache_path)
    missing = notebooks_to_run(cache, paths)
    workers = min(app.config.aicareer_execution_workers or os.cpu_count() or 1, len(missing))
    if workers < 2:  # nothing to gain over myst-nb's own run
        return
    logger.info(f"running {len(missing)} notebooks, {workers} at a time")
    started = time.monotonic()
    args = (config.execution_timeout, config.execution_allow_errors)
    with ProcessPoolExecutor(workers) as pool:
        futures = [pool.submit(run_notebook, str(p), *args) for p in missing]
        for future in futures:
            path, executed, seconds = future.result()
            if executed is None:
                continue  # myst-nb runs it again and reports the error
            with suppress(Exception):  # a cache write that fails costs only a re-run
                record = cache.add_nb_to_project(path)
                cache.cache_notebook_bundle(
                    CacheBundleIn(
                        nbformat.reads(executed, as_version=4),
                        record.uri,
                        data={"execution_seconds": seconds},
                    ),
                    check_validity=False,
                    overwrite=True,
                )
    logger.info(f"ran {len(missing)} notebooks in {time.monotonic() - started:.1f} s")


def setup(app: Sphinx) -> dict:
    app.add_config_value(
        "aicareer_execution_workers",
        0,
        "env",
        types=[int],
        description="notebooks run at once before reading (0: the number of cores)",
    )
    app.connect("env-before-read-docs", _run_before_reading)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
