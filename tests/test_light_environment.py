"""The light set (requirements.txt alone, what a hosted launch installs) is enough for students,
readers and the grader: in a fresh virtual environment with only that set, the book builds (which
runs every student notebook), a topic is graded, and the driver of a PostgreSQL gradebook loads.

The environment is made the way Binder makes it: ``pip install -r requirements.txt``, then the
course package. pip's cache is warm when ``make test`` has just installed the same pins.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from course import COURSE, REPO, TOPICS

from aicareer import release

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("light")]

DEVELOPER_ONLY = {"pytest", "pytest-xdist", "ruff", "playwright", "axe-playwright-python"}


@pytest.fixture(scope="module")
def light(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A venv with requirements.txt and the course package; returns (its bin, an environment)."""
    venv = tmp_path_factory.mktemp("light") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "-r", str(REPO / "requirements.txt")], check=True, timeout=900)
    subprocess.run(
        [*pip, "--no-deps", "--no-build-isolation", "-e", str(REPO)], check=True, timeout=300
    )
    env = dict(os.environ, PATH=f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}")
    env.pop("VIRTUAL_ENV", None)
    return venv / "bin", env


def test_the_light_set_has_no_developer_tool(light):
    bin_dir, env = light
    listed = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "list", "--format=freeze"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    names = {line.split("==")[0].lower() for line in listed.splitlines()}
    assert not names & DEVELOPER_ONLY, f"developer tools in the light set: {names & DEVELOPER_ONLY}"


def test_the_light_set_has_the_driver_of_a_postgresql_gradebook(light):
    bin_dir, env = light
    code = (
        "import psycopg, sqlalchemy; "
        "e = sqlalchemy.create_engine('postgresql://grader@127.0.0.1/gradebook'); "
        "print(e.dialect.driver, psycopg.pq.__impl__)"
    )
    proc = subprocess.run(
        [str(bin_dir / "python"), "-c", code], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    # The binary wheel brings its own libpq: no system package needed on the instructor's machine.
    assert proc.stdout.split() == ["psycopg", "binary"]


def test_the_light_set_builds_the_book_and_runs_every_student_notebook(light, tmp_path):
    bin_dir, env = light
    proc = subprocess.run(
        [
            str(bin_dir / "jupyter-book"),
            "build",
            str(REPO),
            "-W",
            "-n",
            "--keep-going",
            "--path-output",
            str(tmp_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, f"{proc.stdout[-5000:]}\n{proc.stderr[-3000:]}"
    for topic in TOPICS:
        assert (tmp_path / "_build" / "html" / "notebooks" / f"{topic}.html").is_file()


def test_the_light_set_grades(light, tmp_path):
    bin_dir, env = light
    topic = TOPICS[-1]
    course = release.copy_course(COURSE, tmp_path / "course", [topic])
    release.generate_assignments(course)
    source = course / "source" / topic / f"{topic}.ipynb"
    released = course / "release" / topic / f"{topic}.ipynb"
    for student, path in (("reference", source), ("stub", released)):
        folder = course / "submitted" / student / topic
        folder.mkdir(parents=True)
        nbformat.write(nbformat.read(path, as_version=4), folder / f"{topic}.ipynb")
    proc = subprocess.run(
        [str(bin_dir / "aicareer-grade"), "--course", str(course), "--quiet", "--no-feedback"],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    with (course / "grades.csv").open(encoding="utf-8") as f:
        rows = {row["student_id"]: row for row in csv.DictReader(f)}
    assert float(rows["reference"]["score"]) > 0
    assert float(rows["stub"]["score"]) == 0
