"""The known-answers suite: its runner (fast, on a small made-up course) and the course (slow).

The runner must report a wrong answer that passes and a right answer that fails, survive an
answer that loops or mutates shared data, and refuse malformed answer files with a clear message.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from course import REPO, TOPICS

from aicareer import answers

SETUP = "import math\nDATA = [1, 2]"
SOLUTION = (
    'def double(x):\n    """Twice x."""\n'
    "    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"
)
VISIBLE = "assert double(2) == 4"
HIDDEN = (
    "assert DATA == [1, 2]\nassert type(double(1.5)) is float and math.isclose(double(1.5), 3.0)"
)


def _cell(kind: str, source: str, grade_id: str | None = None, **meta) -> nbformat.NotebookNode:
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    cell = make(source)
    if grade_id:
        cell.metadata["nbgrader"] = {"grade_id": grade_id, "schema_version": 3, **meta}
    return cell


def make_course(root: Path, files: dict[str, str]) -> Path:
    """A course with one topic ``01-doubling`` and the answer files *files* (path -> text)."""
    (root / "_toc.yml").write_text("root: intro\n")
    topic = root / "exercises" / "source" / "01-doubling"
    topic.mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    test = {"grade": True, "solution": False, "points": 1}
    nb.cells = [
        _cell("markdown", "# Doubling"),
        _cell("code", SETUP),
        _cell("code", SOLUTION, "ex1-solution", grade=False, solution=True),
        _cell("code", VISIBLE, "ex1-test-visible", **test),
        _cell("code", HIDDEN, "ex1-test-hidden", **test),
    ]
    nbformat.write(nb, topic / "01-doubling.ipynb")
    for rel, text in files.items():
        path = root / "exercises" / "answers" / "01-doubling" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def wrong(body: str, slip: str = "a slip") -> str:
    return f"# slip: {slip}\ndef double(x):\n    {body}\n"


FIVE_CAUGHT = {
    "ex1-solution/wrong-constant.py": wrong("return 4"),
    "ex1-solution/wrong-int.py": wrong("return int(2 * x)"),
    "ex1-solution/wrong-mutates.py": wrong("DATA.append(x)\n    return 2 * x"),
    "ex1-solution/wrong-none.py": wrong("pass"),
    "ex1-solution/wrong-crashes.py": "# slip: a syntax error\ndef double(x) return x\n",
    "ex1-solution/right-sum.py": "# style: addition\ndef double(x):\n    return x + x\n",
}


def run(root: Path) -> answers.TopicReport:
    (report,) = answers.check(root, ["01-doubling"], jobs=1, timeout=3)
    return report


def test_caught_wrong_answers_and_a_passing_right_answer_are_ok(tmp_path):
    report = run(make_course(tmp_path, FIVE_CAUGHT))
    assert report.problems == []
    verdicts = {v.label: v for v in report.verdicts}
    assert verdicts["wrong-constant"].failed == ["ex1-test-hidden"]
    assert verdicts["wrong-crashes"].error.startswith("the answer cell raised SyntaxError")
    # The mutation stays in its own fork: the right answer after it still sees DATA == [1, 2].
    assert verdicts["wrong-mutates"].failed == ["ex1-test-hidden"]
    assert verdicts["right-sum"].failed == [] and verdicts["right-sum"].ok
    assert report.ok


def test_a_wrong_answer_that_passes_and_a_right_answer_that_fails_are_reported(tmp_path):
    files = dict(FIVE_CAUGHT)
    files["ex1-solution/wrong-float.py"] = wrong("return float(x * 2)", "the tests miss this")
    files["ex1-solution/right-triple.py"] = (
        "# style: not right at all\ndef double(x):\n    return 3 * x\n"
    )
    report = run(make_course(tmp_path, files))
    bad = {v.label for v in report.verdicts if not v.ok}
    assert bad == {"wrong-float", "right-triple"}
    assert not report.ok
    text = answers.format_report([report], verbose=False)
    assert "ex1-solution/wrong-float: PASSES ex1-test-visible, ex1-test-hidden" in text
    assert "ex1-solution/right-triple: FAILS ex1-test-visible, ex1-test-hidden" in text
    assert text.splitlines()[-1].endswith("failed") and "2 failed" in text


def test_a_wrong_answer_stops_at_the_first_catch_unless_every_cell_is_asked(tmp_path):
    root = make_course(tmp_path, FIVE_CAUGHT)
    (quick,) = answers.check(root, ["01-doubling"], jobs=1, timeout=3)
    (full,) = answers.check(root, ["01-doubling"], jobs=1, timeout=3, every_cell=True)
    assert {v.label: v.failed for v in quick.verdicts}["wrong-none"] == ["ex1-test-visible"]
    assert {v.label: v.failed for v in full.verdicts}["wrong-none"] == [
        "ex1-test-visible",
        "ex1-test-hidden",
    ]


def test_an_answer_that_never_returns_is_stopped_and_counts_as_caught(tmp_path):
    files = dict(FIVE_CAUGHT)
    files["ex1-solution/wrong-loops.py"] = wrong("while True:\n        pass")
    verdicts = {v.label: v for v in run(make_course(tmp_path, files)).verdicts}
    assert verdicts["wrong-loops"].error == "timed out after 3 s"
    assert verdicts["wrong-loops"].ok and verdicts["right-sum"].ok


def test_too_few_known_answers_is_a_problem(tmp_path):
    files = {k: v for k, v in FIVE_CAUGHT.items() if "right" not in k}
    report = run(make_course(tmp_path, files))
    assert report.problems == [
        "ex1-solution has 5 wrong and 0 right answers; keep at least 5 wrong and 1 right in "
        "exercises/answers/01-doubling/ex1-solution/"
    ]


def test_a_failing_reference_is_a_problem(tmp_path):
    root = make_course(tmp_path, FIVE_CAUGHT)
    path = root / "exercises" / "source" / "01-doubling" / "01-doubling.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[2].source = nb.cells[2].source.replace("2 * x", "2 * int(x)")
    nbformat.write(nb, path)
    assert any("fails in test cell ex1-test-hidden" in p for p in run(root).problems)


@pytest.mark.parametrize(
    ("rel", "text", "message"),
    [
        ("ex1-solution/notes.py", "# slip: x\n", "name an answer file wrong-<name>.py"),
        ("ex1-solution/wrong-x.py", "def double(x):\n    return x\n", "start with a line '# slip:"),
        ("ex1-solution/right-x.py", "# slip: x\n", "start with a line '# style:"),
        ("ex9-solution/wrong-x.py", "# slip: x\n", "named after a solution cell's grade id"),
    ],
)
def test_malformed_answer_files_are_refused_with_a_reason(tmp_path, rel, text, message):
    root = make_course(tmp_path, {rel: text})
    with pytest.raises(answers.AnswersError, match=message.replace("(", r"\(").replace("*", r"\*")):
        answers.load_answers(
            root / "exercises" / "answers" / "01-doubling", "01-doubling", ["ex1-solution"]
        )
    assert any(message in p for p in run(root).problems)


def test_command_exit_codes(tmp_path, capsys):
    root = make_course(tmp_path, FIVE_CAUGHT)
    assert answers.main(["--repo", str(root), "--timeout", "3"]) == 0
    assert "answers: 6 passed, 0 failed" in capsys.readouterr().out
    assert answers.main(["--repo", str(root), "02-nothing"]) == 2
    assert "no such topic" in capsys.readouterr().err


def test_keep_turns_a_submission_cell_into_a_known_wrong_answer(tmp_path):
    root = make_course(tmp_path, {})
    submission = tmp_path / "submitted" / "s1" / "01-doubling" / "01-doubling.ipynb"
    submission.parent.mkdir(parents=True)
    nb = nbformat.read(root / "exercises/source/01-doubling/01-doubling.ipynb", as_version=4)
    nb.cells[2].source = "def double(x):\n    return x * 2.0"
    nbformat.write(nb, submission)
    args = ["--repo", str(root), "--keep", str(submission), "ex1-solution"]
    assert answers.main([*args, "--slip", "always a float", "--name", "always-float"]) == 0
    kept = root / "exercises/answers/01-doubling/ex1-solution/wrong-always-float.py"
    assert kept.read_text() == "# slip: always a float\ndef double(x):\n    return x * 2.0\n"
    with pytest.raises(answers.AnswersError, match="exists already"):
        answers.keep_answer(root, submission, "ex1-solution", "again", "always-float")
    with pytest.raises(answers.AnswersError, match="no solution cell"):
        answers.keep_answer(root, submission, "ex1-test-hidden", "x", "other")
    with pytest.raises(answers.AnswersError, match="in one line"):
        answers.keep_answer(root, submission, "ex1-solution", " ", "other")


@pytest.mark.slow
def test_every_known_answer_of_the_course_behaves():
    reports = answers.check(REPO, TOPICS, jobs=2)
    assert all(r.ok for r in reports), "\n" + answers.format_report(reports, verbose=False)
