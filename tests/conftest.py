"""Fixtures shared by every test: one nbgrader run per topic, and one build of the book."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from course import COURSE, REFERENCE, REPO, SITE, UNTOUCHED, GradedTopic, venv_env

from aicareer import release

_graded: dict[str, GradedTopic] = {}


@pytest.fixture
def graded_topic(request, tmp_path_factory) -> GradedTopic:
    """Release *topic* and autograde two submissions: the source as-is and the untouched release.

    Computed once per topic and worker; a topic's tests share it.
    """
    name = request.param
    if name not in _graded:
        course = release.copy_course(COURSE, tmp_path_factory.mktemp(name) / "course", [name])
        release.generate_assignments(course)
        for student, nb_path in (
            (REFERENCE, course / "source" / name / f"{name}.ipynb"),
            (UNTOUCHED, course / "release" / name / f"{name}.ipynb"),
        ):
            dest = course / "submitted" / student / name
            dest.mkdir(parents=True)
            shutil.copy2(nb_path, dest / f"{name}.ipynb")
        proc = subprocess.run(
            [sys.executable, "-m", "nbgrader", "autograde", name],
            cwd=course,
            env=venv_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        log = proc.stdout + proc.stderr
        for student in (REFERENCE, UNTOUCHED):
            graded = course / "autograded" / student / name / f"{name}.ipynb"
            assert graded.is_file(), f"nbgrader did not autograde {student}/{name}:\n{log}"
        source = nbformat.read(COURSE / "source" / name / f"{name}.ipynb", as_version=4)
        _graded[name] = GradedTopic(name, course, source)
    return _graded[name]


@pytest.fixture(scope="session")
def built_book() -> Path:
    """Build the book as `make book` does (warnings are errors) and return the HTML folder.

    Tests that use it carry ``pytest.mark.xdist_group("book")`` so one worker builds it once.
    """
    proc = subprocess.run(
        [
            str(Path(sys.executable).parent / "jupyter-book"),
            "build",
            str(REPO),
            "-W",
            "-n",
            "--keep-going",
        ],
        cwd=REPO,
        env=venv_env(),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    log = f"{proc.stdout[-6000:]}\n{proc.stderr[-4000:]}"
    assert proc.returncode == 0, f"the book does not build:\n{log}"
    return SITE
