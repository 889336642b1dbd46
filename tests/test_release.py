"""aicareer.release and aicareer.leaks on small notebooks made here (nbgrader runs in
test_assignments.py)."""

from __future__ import annotations

import nbformat
import pytest
from course import REPO

from aicareer import release
from aicareer.leaks import distinctive_lines, leaks, protected_lines, visible_text

SOLUTION = {
    "grade": False,
    "solution": True,
    "locked": False,
    "grade_id": "ex1",
    "schema_version": 3,
}
TEST = {
    "grade": True,
    "solution": False,
    "locked": True,
    "points": 1,
    "grade_id": "t1",
    "schema_version": 3,
}


def make_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "other", "display_name": "Other"}, "widgets": {}}
    intro = nbformat.v4.new_markdown_cell("# Title", id="intro")
    sol = nbformat.v4.new_code_cell(
        "def area(w, h):\n    ### BEGIN SOLUTION\n    return width_times_height(w, h)\n"
        "    ### END SOLUTION",
        id="ex1",
    )
    sol.metadata = {"nbgrader": dict(SOLUTION), "ExecuteTime": {"start": "x"}, "scrolled": True}
    sol.outputs = [nbformat.v4.new_output("stream", text="hi")]
    sol.execution_count = 3
    test = nbformat.v4.new_code_cell(
        "assert area(1, 1) == 1\n### BEGIN HIDDEN TESTS\nassert area(2, 5) == 10, 'hidden check'\n"
        "### END HIDDEN TESTS",
        id="t1",
    )
    test.metadata = {"nbgrader": dict(TEST)}
    plain = nbformat.v4.new_code_cell("print(1)", id="plain")
    nb.cells = [intro, sol, test, plain]
    return nb


def test_normalise_strips_outputs_and_editor_metadata():
    nb = release.normalise(make_notebook(), student_edition=False)
    sol = nb.cells[1]
    assert sol.outputs == [] and sol.execution_count is None
    assert set(sol.metadata) == {"nbgrader"}
    assert nb.metadata == {"kernelspec": release.KERNELSPEC, "language_info": {"name": "python"}}
    assert "tags" not in sol.metadata


def test_normalise_tags_exercise_cells_of_the_student_edition_only():
    nb = release.normalise(make_notebook(), student_edition=True)
    assert nb.cells[1].metadata["tags"] == list(release.EXERCISE_TAGS)
    assert nb.cells[2].metadata["tags"] == list(release.EXERCISE_TAGS)
    assert "tags" not in nb.cells[3].metadata


def test_normalise_is_idempotent_and_keeps_ids():
    once = release.dumps(release.normalise(make_notebook(), student_edition=True))
    twice = release.dumps(
        release.normalise(nbformat.reads(once, as_version=4), student_edition=True)
    )
    assert once == twice
    assert [c.id for c in nbformat.reads(once, as_version=4).cells] == [
        "intro",
        "ex1",
        "t1",
        "plain",
    ]
    assert once.endswith("\n")


def test_protected_and_distinctive_lines():
    nb = make_notebook()
    assert protected_lines(nb) == [
        "return width_times_height(w, h)",
        "assert area(2, 5) == 10, 'hidden check'",
    ]
    nb.cells[3].source = "return width_times_height(w, h)"  # also outside a region
    assert distinctive_lines(nb) == ["assert area(2, 5) == 10, 'hidden check'"]


def test_leaks_and_visible_text():
    page = "<pre><span>assert</span> area(2, 5) == 10, &#39;hidden check&#39;</pre>"
    text = visible_text(page)
    assert leaks(["assert area(2, 5) == 10, 'hidden check'", "absent"], text) == [
        "assert area(2, 5) == 10, 'hidden check'"
    ]


def _course_copy(tmp_path, released_source: str):
    name = "01-demo"
    for folder in ("source", "release"):
        (tmp_path / folder / name).mkdir(parents=True)
    nb = make_notebook()
    nbformat.write(nb, tmp_path / "source" / name / f"{name}.ipynb")
    nb.cells[1].source = released_source
    nb.cells[2].source = "assert area(1, 1) == 1"  # nbgrader removes the hidden tests
    nbformat.write(nb, tmp_path / "release" / name / f"{name}.ipynb")
    return tmp_path


def test_write_student_edition_refuses_a_leak(tmp_path):
    course = _course_copy(
        tmp_path / "course", "def area(w, h):\n    return width_times_height(w, h)"
    )
    out = tmp_path / "notebooks"
    with pytest.raises(release.ReleaseError, match="would reach 01-demo"):
        release.write_student_edition(course, out)
    assert not out.exists() or not list(out.iterdir()), "nothing is written when a leak is found"


def test_write_student_edition_writes_removes_and_skips_unchanged(tmp_path):
    course = _course_copy(tmp_path / "course", "def area(w, h):\n    raise NotImplementedError()")
    out = tmp_path / "notebooks"
    out.mkdir()
    (out / "99-gone.ipynb").write_text("{}")
    changed = release.write_student_edition(course, out)
    assert sorted(p.name for p in changed) == ["01-demo.ipynb", "99-gone.ipynb"]
    assert sorted(p.name for p in out.iterdir()) == ["01-demo.ipynb"]
    assert release.write_student_edition(course, out) == []


def test_assignment_ids_require_matching_notebook(tmp_path):
    (tmp_path / "source" / "01-demo").mkdir(parents=True)
    with pytest.raises(release.ReleaseError, match=r"must contain 01-demo\.ipynb"):
        release.assignment_ids(tmp_path)


def test_find_repo_root(tmp_path):
    assert release.find_repo_root(REPO / "src") == REPO
    with pytest.raises(release.ReleaseError, match="no course found"):
        release.find_repo_root(tmp_path)


def test_main_reports_a_missing_course(tmp_path, capsys):
    assert release.main(["--repo", str(tmp_path)]) == 1
    assert "release failed" in capsys.readouterr().err


def test_release_prints_the_text_of_each_fact(tmp_path):
    """nbgrader's generate_assignment, with the course's config, renders {fact} roles."""
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "demo.toml").write_text(
        '[demo-price]\ntext = "$3 per million tokens"\nwhat = "A price"\nsource = "x2026"\n'
        'true_as_of = "2026-11"\nchecked = 2026-11-28\nstanding = "verified"\n',
        encoding="utf-8",
    )
    course = tmp_path / "course"
    (course / "source" / "01-demo").mkdir(parents=True)
    config = (REPO / "exercises" / "nbgrader_config.py").read_text(encoding="utf-8")
    config += f"\nc.RenderFacts.facts_folder = {str(folder)!r}\n"
    (course / "nbgrader_config.py").write_text(config, encoding="utf-8")
    nb = make_notebook()
    nb.cells.insert(1, nbformat.v4.new_markdown_cell("It costs {fact}`demo-price`.", id="price"))
    nbformat.write(nb, course / "source" / "01-demo" / "01-demo.ipynb")
    release.generate_assignments(course)
    released = nbformat.read(course / "release" / "01-demo" / "01-demo.ipynb", as_version=4)
    assert released.cells[1].source == "It costs $3 per million tokens."
    nb.cells[1].source = "It costs {fact}`no-such-price`."
    nbformat.write(nb, course / "source" / "01-demo" / "01-demo.ipynb")
    with pytest.raises(release.ReleaseError, match="no-such-price"):
        release.generate_assignments(course)
