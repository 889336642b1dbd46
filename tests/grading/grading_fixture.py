"""The grading tests' own course: a tiny fixture assignment, built and released by nbgrader.

The fixture assignment ``fx-circles`` does not depend on any topic: two exercises (a function
with visible and hidden tests, and one with a hidden test only), a reflection graded by hand, and
the usual plain set-up cell (``import math``) that students can edit, as in the real topics. A
second assignment, ``fx-other``, exists so that a notebook of the wrong assignment can be
submitted.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from aicareer import release
from aicareer.environment import put_venv_on_path
from aicareer.grading import grader
from aicareer.grading.model import Limits, Options, Outcome, Settings

REPO = Path(__file__).resolve().parents[2]
ASSIGNMENT = "fx-circles"
OTHER = "fx-other"
HIDDEN_TEXT = "HIDDEN-CHECK-radius-two-and-a-half"


def _meta(kind: str, grade_id: str, points: int = 0) -> dict:
    base = {
        "grade": False,
        "solution": False,
        "locked": False,
        "task": False,
        "grade_id": grade_id,
        "schema_version": 3,
    }
    if kind == "solution":
        base.update(solution=True)
    elif kind == "test":
        base.update(grade=True, locked=True, points=points)
    elif kind == "manual":
        base.update(grade=True, solution=True, points=points)
    return {"nbgrader": base}


def _cell(kind: str, grade_id: str, source: str, points: int = 0, markdown: bool = False):
    cell = new_markdown_cell(source) if markdown else new_code_cell(source)
    cell.metadata = _meta(kind, grade_id, points)
    cell.id = grade_id
    return cell


def fixture_notebook() -> nbformat.NotebookNode:
    cells = [
        new_markdown_cell("# Circles\n\n**In one line:** a fixture for the grader's tests."),
        new_code_cell("import math"),
        new_markdown_cell("## Exercise 1: area\n\nReturn the area of a circle of radius `r`."),
        _cell(
            "solution",
            "ex1-solution",
            '''def area(r):
    """Area of a circle of radius r (a number >= 0)."""
    ### BEGIN SOLUTION
    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
    return math.pi * r * r
    ### END SOLUTION''',
        ),
        _cell(
            "test",
            "ex1-test-value",
            f'''a = area(1.0)
assert type(a) is float, "return a float"
assert math.isclose(a, math.pi), "area(1) is pi"
### BEGIN HIDDEN TESTS
assert math.isclose(area(2.5), 19.634954084936208), "{HIDDEN_TEXT}"
### END HIDDEN TESTS''',
            points=2,
        ),
        _cell(
            "test",
            "ex1-test-errors",
            '''def _raises(error, *args):
    try:
        area(*args)
    except error:
        return True
    except Exception:
        return False
    return False

assert _raises(ValueError, -1), "a negative radius is a ValueError"
assert _raises(TypeError, "2"), "a string is a TypeError"''',
            points=1,
        ),
        new_markdown_cell("## Exercise 2: mean\n\nReturn the mean of a non-empty list."),
        _cell(
            "solution",
            "ex2-solution",
            '''def mean(xs):
    """The arithmetic mean of a non-empty list of numbers, as a float."""
    ### BEGIN SOLUTION
    if not xs:
        raise ValueError("empty list")
    return float(sum(xs)) / len(xs)
    ### END SOLUTION''',
        ),
        _cell(
            "test",
            "ex2-test",
            """m = mean([1, 2, 3, 4])
assert type(m) is float and math.isclose(m, 2.5), "the mean of 1..4 is 2.5"
### BEGIN HIDDEN TESTS
assert type(mean([7])) is float and math.isclose(mean([7]), 7.0), "one value"
### END HIDDEN TESTS""",
            points=2,
        ),
        new_markdown_cell("## Reflection\n\nIn two sentences: why test edge cases?"),
        _cell(
            "manual",
            "reflection-answer",
            "### BEGIN SOLUTION\nRubric: mentions empty input.\n### END SOLUTION",
            points=2,
            markdown=True,
        ),
    ]
    nb = new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
    }
    return nb


def other_notebook() -> nbformat.NotebookNode:
    nb = new_notebook(
        cells=[
            new_markdown_cell("# Other"),
            # Topics share grade ids (ex1-solution): one shared id must not make this notebook
            # pass for one of fx-circles.
            _cell(
                "solution",
                "ex1-solution",
                "def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION",
            ),
            _cell("test", "other-test", "assert f() == 1", points=1),
        ]
    )
    nb.metadata = fixture_notebook().metadata
    return nb


class Course:
    """A released copy of the fixture course, with helpers to submit and grade."""

    def __init__(self, root: Path):
        self.root = root
        self.source = nbformat.read(root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
        self.release = nbformat.read(root / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
        self.other = nbformat.read(root / "release" / OTHER / f"{OTHER}.ipynb", 4)

    def reference(self) -> nbformat.NotebookNode:
        return copy.deepcopy(self.source)

    def stub(self) -> nbformat.NotebookNode:
        return copy.deepcopy(self.release)

    def with_answers(self, answers: dict[str, str], base=None) -> nbformat.NotebookNode:
        """The student edition with the source of some cells (by grade id) replaced."""
        nb = copy.deepcopy(base if base is not None else self.release)
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid in answers:
                cell.source = answers[gid]
        return nb

    def submit(
        self,
        student: str,
        nb=None,
        raw: bytes | None = None,
        assignment: str = ASSIGNMENT,
        name: str | None = None,
    ) -> Path:
        folder = self.root / "submitted" / student / assignment
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        path = folder / f"{name or assignment}.ipynb"
        if raw is not None:
            path.write_bytes(raw)
        elif nb is not None:
            nbformat.write(nb, path)
        return path

    def settings(self, **kwargs) -> Settings:
        # 10 s per cell: an honest cell never needs it, even on a loaded machine, and the
        # infinite loops of the adversarial suite do not make the batch slow.
        options = kwargs.pop("options", Options(cell_timeout=10, submission_timeout=120))
        defaults = {
            "workers": 2,
            "quiet": True,
            "feedback": True,
            "options": options,
            "limits": Limits(memory_mb=1024, cpu_seconds=30, processes=64),
        }
        defaults.update(kwargs)
        return Settings(course=self.root, **defaults)

    def grade(self, **kwargs) -> grader.RunResult:
        return grader.run(self.settings(**kwargs))

    def outcome(self, result: grader.RunResult, student: str) -> Outcome:
        found = [o for o in result.outcomes if o.student == student]
        assert found, f"{student} was not graded in this run"
        return found[0]

    def scores(self, student: str, assignment: str = ASSIGNMENT) -> dict[str, float | None]:
        from nbgrader.api import Gradebook

        # The gradebook the course's config names: the SQLite file, or AICAREER_GRADEBOOK_URL's.
        config = release.load_course_config(self.root)
        with Gradebook(config.CourseDirectory.db_url, config.CourseDirectory.course_id) as gb:
            nb = gb.find_submission_notebook(assignment, assignment, student)
            return {g.name: g.auto_score for g in nb.grades}

    def test_points(self, student: str) -> float:
        scores = self.scores(student)
        return sum(v or 0 for k, v in scores.items() if k != "reflection-answer")

    def autograded(self, student: str) -> nbformat.NotebookNode:
        path = self.root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        return nbformat.read(path, as_version=4)

    def feedback_html(self, student: str) -> str:
        path = self.root / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        return path.read_text(encoding="utf-8")


def build_course(dest: Path) -> Course:
    """Write the fixture course to *dest* and release it with nbgrader (gradebook included)."""
    dest.mkdir(parents=True)
    shutil.copy2(REPO / "exercises" / "nbgrader_config.py", dest / "nbgrader_config.py")
    for name, nb in ((ASSIGNMENT, fixture_notebook()), (OTHER, other_notebook())):
        folder = dest / "source" / name
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{name}.ipynb")
    release.generate_assignments(dest)
    put_venv_on_path()
    return Course(dest)


def tree_digest(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def dumps(nb) -> bytes:
    return json.dumps(nb).encode()
