"""Every assignment through the real nbgrader pipeline, and the student edition in sync.

For each topic under exercises/source: the source notebook submitted as it is earns full marks on
every autograded cell and raises no error anywhere; the student edition submitted untouched earns
zero and raises errors only in exercise cells; reflections are flagged for manual grading; and
notebooks/ holds exactly what `make release` produces, with no solution or hidden test in it.
"""

from __future__ import annotations

import nbformat
import pytest
from course import COURSE, NOTEBOOKS, REFERENCE, TOPICS, UNTOUCHED, topic_params

from aicareer import release
from aicareer.leaks import distinctive_lines, leaks

pytestmark = pytest.mark.slow


def _errors(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(cell id, error name) of every cell whose output is an error."""
    return [
        (cell.get("id", "?"), out.get("ename", "?"))
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]


def test_there_are_topics():
    assert TOPICS, "exercises/source holds no assignment"


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_reference_solution_earns_full_marks(graded_topic):
    grades = graded_topic.grades(REFERENCE)
    tests = {gid: g for gid, g in grades.items() if g["autograded_test"]}
    assert len(tests) >= 2, "a topic has at least two autograded test cells"
    short = {
        gid: (g["auto_score"], g["max_score"])
        for gid, g in tests.items()
        if g["auto_score"] != g["max_score"]
    }
    assert not short, f"the reference solution loses points in {short}"


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_reference_solution_runs_without_error(graded_topic):
    assert _errors(graded_topic.autograded(REFERENCE)) == []


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_untouched_release_earns_zero(graded_topic):
    grades = graded_topic.grades(UNTOUCHED)
    earned = {gid: g["auto_score"] for gid, g in grades.items() if g["auto_score"]}
    assert not earned, f"an untouched student edition earns points in {earned}"


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_untouched_release_errors_only_in_exercise_cells(graded_topic):
    nb = graded_topic.autograded(UNTOUCHED)
    exercise_ids = {
        cell.get("id")
        for cell in nb.cells
        if cell.metadata.get("nbgrader", {}).get("grade")
        or cell.metadata.get("nbgrader", {}).get("solution")
    }
    errors = _errors(nb)
    assert errors, "the stubs raise NotImplementedError, so some exercise cell must fail"
    outside = [(cid, ename) for cid, ename in errors if cid not in exercise_ids]
    assert not outside, f"cells outside the exercises fail in the student edition: {outside}"


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_reflections_are_flagged_for_manual_grading(graded_topic):
    grades = graded_topic.grades(REFERENCE)
    manual = {gid: g for gid, g in grades.items() if g["cell_type"] == "markdown"}
    assert manual, "a topic has at least one manually graded reflection"
    unflagged = [gid for gid, g in manual.items() if not g["needs_manual_grade"]]
    assert not unflagged, f"manual cells not flagged for grading: {unflagged}"


@pytest.mark.parametrize("graded_topic", topic_params(), indirect=True)
def test_student_edition_is_what_release_produces(graded_topic):
    expected = release.dumps(release.normalise(graded_topic.released(), student_edition=True))
    path = NOTEBOOKS / f"{graded_topic.name}.ipynb"
    assert path.is_file(), f"{path} is missing: run `make release`"
    assert path.read_text(encoding="utf-8") == expected, f"{path} is stale: run `make release`"


@pytest.mark.parametrize("topic", TOPICS)
def test_student_edition_has_no_solution_or_hidden_test(topic):
    source = nbformat.read(COURSE / "source" / topic / f"{topic}.ipynb", as_version=4)
    lines = distinctive_lines(source)
    assert len(lines) >= 3, "too few distinctive solution lines to check for leaks"
    student = nbformat.read(NOTEBOOKS / f"{topic}.ipynb", as_version=4)
    assert leaks(lines, release.student_text(student)) == []


@pytest.mark.parametrize("topic", TOPICS)
def test_source_is_committed_without_outputs(topic):
    path = COURSE / "source" / topic / f"{topic}.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    clean = release.dumps(release.normalise(nb, student_edition=False))
    assert path.read_text(encoding="utf-8") == clean, f"{path} is not clean: run `make release`"


def test_no_stale_student_notebooks():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == TOPICS
