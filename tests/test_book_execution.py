"""aicareer.book_execution: notebooks run ahead of Sphinx land in the cache where myst-nb looks."""

import nbformat
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn

from aicareer import book_execution


def _notebook(path, source):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    return path


def test_a_notebook_runs_in_its_own_folder_and_comes_back_executed(tmp_path):
    path = _notebook(tmp_path / "ok.ipynb", "import os\nprint(os.getcwd())")
    name, executed, seconds = book_execution.run_notebook(str(path), 60, False)
    assert name == str(path) and seconds > 0
    outputs = nbformat.reads(executed, as_version=4).cells[0].outputs
    assert outputs[0]["text"].strip() == str(tmp_path)


def test_a_failing_notebook_comes_back_as_none_for_myst_nb_to_report(tmp_path):
    path = _notebook(tmp_path / "bad.ipynb", "1 / 0")
    assert book_execution.run_notebook(str(path), 60, False)[1] is None


def test_only_notebooks_missing_from_the_cache_are_run(tmp_path):
    cache = get_cache(str(tmp_path / "cache"))
    done = _notebook(tmp_path / "done.ipynb", "x = 1")
    new = _notebook(tmp_path / "new.ipynb", "x = 2")
    assert book_execution.notebooks_to_run(cache, [done, new]) == [done, new]
    _, executed, _ = book_execution.run_notebook(str(done), 60, False)
    record = cache.add_nb_to_project(str(done))
    cache.cache_notebook_bundle(
        CacheBundleIn(nbformat.reads(executed, as_version=4), record.uri), check_validity=False
    )
    assert book_execution.notebooks_to_run(cache, [done, new]) == [new]
