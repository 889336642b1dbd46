"""Agreement with stock nbgrader on nbgrader's own notebooks, read from the installed package.

nbgrader 0.9.6 ships its test notebooks (``nbgrader/tests/apps/files/``,
``nbgrader/tests/preprocessors/files/``) and its user guide's example course
(``nbgrader/docs/source/user_guide/``: ``source/ps1`` with an image, and the submissions of
``bitdiddle`` and ``hacker``). Each assignment below is released once, then graded by
``nbgrader autograde`` and by ``aicareer-grade`` from identical copies, and the gradebooks are
compared cell by cell: the same auto scores and the same cells flagged for hand grading, and the
same files beside the notebooks in ``autograded/``. Two differences are on purpose: the cheat
attempts earn nothing here (the guard sees the patched shell), and where stock nbgrader crashes
(a cell whose type the student changed, nbformat v0 metadata) this grader grades the submission.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbgrader
import pytest
from course import COURSE, venv_env
from nbgrader.api import Gradebook
from nbgrader.apps.api import NbGraderAPI
from nbgrader.coursedir import CourseDirectory

from aicareer import release
from aicareer.environment import put_venv_on_path
from aicareer.grading import grader
from aicareer.grading.model import Options, Settings, Status

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nbgrader-files")]

PACKAGE = Path(nbgrader.__file__).parent
APPS = PACKAGE / "tests" / "apps" / "files"
PREPROCESSORS = PACKAGE / "tests" / "preprocessors" / "files"
GUIDE = PACKAGE / "docs" / "source" / "user_guide"

# assignment -> (source files as {name in the course: file}, {student: {name: file}})
CHEAT = {"unchanged", "cheat", "cheat-alternative"}
ASSIGNMENTS = {
    "ps1": (
        {p.name: p for p in sorted((GUIDE / "source" / "ps1").iterdir())},
        {
            student: {p.name: p for p in sorted((GUIDE / "submitted" / student / "ps1").iterdir())}
            for student in ("bitdiddle", "hacker")
        },
    ),
    "cheat": (
        {"p1.ipynb": APPS / "submitted-unchanged.ipynb"},
        {
            "unchanged": {"p1.ipynb": APPS / "submitted-unchanged.ipynb"},
            "changed": {"p1.ipynb": APPS / "submitted-changed.ipynb"},
            "cheat": {"p1.ipynb": APPS / "submitted-cheat-attempt.ipynb"},
            "cheat-alternative": {"p1.ipynb": APPS / "submitted-cheat-attempt-alternative.ipynb"},
            "grade-cell-changed": {"p1.ipynb": APPS / "submitted-grade-cell-changed.ipynb"},
            "locked-cell-changed": {"p1.ipynb": APPS / "submitted-locked-cell-changed.ipynb"},
            "answer-type-changed": {
                "p1.ipynb": PREPROCESSORS / "submitted-answer-cell-type-changed.ipynb"
            },
            "grade-type-changed": {
                "p1.ipynb": PREPROCESSORS / "submitted-grade-cell-type-changed.ipynb"
            },
        },
    ),
    "squares": (
        {"p1.ipynb": APPS / "test.ipynb"},
        {
            "source": {"p1.ipynb": APPS / "test.ipynb"},
            "v0": {"p1.ipynb": APPS / "test-v0.ipynb"},
            "v1": {"p1.ipynb": APPS / "test-v1.ipynb"},
            "with-output": {"p1.ipynb": APPS / "test-with-output.ipynb"},
        },
    ),
    "tasks": (
        {"p1.ipynb": PREPROCESSORS / "test_taskcell.ipynb"},
        {"source": {"p1.ipynb": PREPROCESSORS / "test_taskcell.ipynb"}},
    ),
    # No graded cell at all, and a run that writes a file beside the notebook.
    "side-effects": (
        {"p1.ipynb": APPS / "side-effects.ipynb"},
        {"source": {"p1.ipynb": APPS / "side-effects.ipynb"}},
    ),
}


def _place(files: dict[str, Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in files.items():
        shutil.copyfile(path, folder / name)


def _grades(course: Path) -> dict[tuple[str, str], dict]:
    """(assignment, student) -> {(notebook, cell): (auto score, needs manual grading)}."""
    found = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for assignment in gb.assignments:
            for submission in assignment.submissions:
                found[(assignment.name, submission.student.id)] = {
                    (nb.name, g.name): (g.auto_score, g.needs_manual_grade)
                    for nb in submission.notebooks
                    for g in nb.grades
                }
    return found


def _autograded_files(course: Path, assignment: str, student: str) -> set[str]:
    folder = course / "autograded" / student / assignment
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".ipynb"
    }


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The same released course graded by stock nbgrader and by aicareer-grade."""
    base = tmp_path_factory.mktemp("nbgrader-files")
    template = base / "template"
    template.mkdir()
    shutil.copy2(COURSE / "nbgrader_config.py", template / "nbgrader_config.py")
    for name, (source, students) in ASSIGNMENTS.items():
        _place(source, template / "source" / name)
        for student, files in students.items():
            _place(files, template / "submitted" / student / name)
    # The course's release tool expects a notebook named after its folder; nbgrader does not.
    config = release.load_course_config(template)
    put_venv_on_path()
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for name in ASSIGNMENTS:
        released = api.generate_assignment(name, force=True, create=True)
        assert released["success"], released.get("log")
    stock, ours = base / "stock", base / "ours"
    shutil.copytree(template, stock)
    shutil.copytree(template, ours)
    logs = {}
    for name in ASSIGNMENTS:
        proc = subprocess.run(
            [sys.executable, "-m", "nbgrader", "autograde", name],
            cwd=stock,
            env=venv_env(),
            capture_output=True,
            text=True,
            timeout=1200,
        )
        logs[name] = proc.stdout + proc.stderr
    result = grader.run(
        Settings(course=ours, workers=2, quiet=True, options=Options(submission_timeout=600))
    )
    return stock, ours, result, logs


def _stock_graded(stock: Path, assignment: str, student: str) -> bool:
    notebooks = [n for n in ASSIGNMENTS[assignment][1][student] if n.endswith(".ipynb")]
    folder = stock / "autograded" / student / assignment
    return all((folder / n).is_file() for n in notebooks)


CASES = [(a, s) for a, (_, students) in ASSIGNMENTS.items() for s in students]


@pytest.mark.parametrize("assignment, student", CASES, ids=[f"{a}/{s}" for a, s in CASES])
def test_nbgraders_own_notebooks_grade_as_stock_grades_them(both, assignment, student):
    stock, ours, result, logs = both
    outcome = next(o for o in result.outcomes if (o.assignment, o.student) == (assignment, student))
    assert not outcome.transient, outcome.summary
    assert outcome.status in (Status.GRADED, Status.NEEDS_MANUAL, Status.FAILED), outcome.summary
    mine = _grades(ours)[(assignment, student)]
    if not _stock_graded(stock, assignment, student):
        # Stock nbgrader crashed on this one; this grader still grades every cell.
        assert mine and all(v[0] is not None or v[1] for v in mine.values()), mine
        return
    theirs = _grades(stock)[(assignment, student)]
    assert set(mine) == set(theirs)
    if assignment == "cheat" and student in CHEAT - {"unchanged"}:
        # Stricter on purpose: the patched shell is tampering, and no test cell earns a point.
        assert outcome.status is Status.FAILED and outcome.tampering, outcome.summary
        tests = {k for k, v in theirs.items() if v[0] is not None and not v[1]}
        assert all(mine[k][0] == 0 for k in tests), mine
        return
    assert mine == theirs, logs[assignment][-3000:]
    stock_files = _autograded_files(stock, assignment, student)
    assert _autograded_files(ours, assignment, student) == stock_files


def test_stock_crashes_where_expected_and_the_cheats_get_a_point_there(both):
    stock = both[0]
    assert not _stock_graded(stock, "cheat", "grade-type-changed")
    assert not _stock_graded(stock, "squares", "v0")
    theirs = _grades(stock)
    assert sum(v[0] or 0 for v in theirs[("cheat", "cheat")].values()) == 1


def test_files_beside_the_notebook_reach_autograded_and_feedback(both):
    ours = both[1]
    assert (ours / "autograded" / "hacker" / "ps1" / "jupyter.png").is_file()
    assert (ours / "feedback" / "hacker" / "ps1" / "jupyter.png").is_file()
    assert (ours / "autograded" / "source" / "side-effects" / "side-effect.txt").is_file()
    assert not (ours / "submitted" / "source" / "side-effects" / "side-effect.txt").exists()


def test_task_cells_wait_for_the_instructor(both):
    ours, result = both[1], both[2]
    grades = _grades(ours)[("tasks", "source")]
    assert grades[("p1", "task1")] == (None, True)
    outcome = next(o for o in result.outcomes if o.assignment == "tasks")
    assert outcome.status is Status.NEEDS_MANUAL


def test_an_assignment_without_graded_cells_accepts_its_own_notebook(both):
    result = both[2]
    outcome = next(o for o in result.outcomes if o.assignment == "side-effects")
    assert outcome.status is Status.GRADED, outcome.summary
