"""The grader's promises besides tamper-resistance: feedback without leaks, nothing lost,
reruns, interrupts, concurrent runs, worker crashes, LMS zips, reports, refusing to run unisolated.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import nbformat
import pytest
from grading_fixture import ASSIGNMENT, HIDDEN_TEXT, Course, tree_digest

from aicareer.environment import with_venv_on_path
from aicareer.grading import feedback, grader, report, sandbox

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("grading")]

WRONG_AREA = '''def area(r):
    """Area of a circle of radius r (a number >= 0)."""
    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
    return 3.141592653589793 if r == 1 else 1.0'''
SLOW = """import time
time.sleep({seconds})
def area(r):
    return 0.0"""


def _cli(course: Course, *args: str, **kwargs) -> subprocess.Popen:
    env = with_venv_on_path()
    cmd = [
        sys.executable,
        "-m",
        "aicareer.grading.grader",
        "--course",
        str(course.root),
        # No honest cell of these tests needs a minute, even beside a CPU hog on a busy machine.
        "--timeout",
        "60",
        "-j",
        "2",
        *args,
    ]
    return subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **kwargs
    )


def _reasons(course: Course) -> dict[str, str]:
    with sqlite3.connect(course.root / grader.LEDGER) as db:
        return {
            s: f"{st}: {r}"
            for s, st, r in db.execute("SELECT student, status, reason FROM outcome")
        }


def _ledger(course: Course) -> dict[str, str]:
    path = course.root / grader.LEDGER
    if not path.exists():
        return {}
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT student, status FROM outcome").fetchall())


# -- feedback ---------------------------------------------------------------------------------
def test_feedback_never_shows_hidden_tests(course):
    course.submit("wrong", course.with_answers({"ex1-solution": WRONG_AREA}))
    result = course.grade()
    assert course.scores("wrong")["ex1-test-value"] == 0  # failed on the hidden test only
    page = course.feedback_html("wrong")
    assert HIDDEN_TEXT not in page
    assert "19.634954084936208" not in page and "area(2.5)" not in page
    assert "Some of its checks are hidden" in page
    assert "area(1) is pi" in page  # visible tests stay visible
    assert result.feedback_failed == []


def test_feedback_scrubs_any_output_that_quotes_a_hidden_test():
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("print('spy')"),
            nbformat.v4.new_code_cell(
                f"### BEGIN HIDDEN TESTS\nassert f(2) == 4, '{HIDDEN_TEXT}'\n### END HIDDEN TESTS"
            ),
        ]
    )
    nb.cells[0].outputs = [
        nbformat.v4.new_output(
            "stream", name="stdout", text=f"caller: assert f(2) == 4, '{HIDDEN_TEXT}'\n"
        )
    ]
    nb, _ = feedback.RedactHiddenTestOutput().preprocess(nb, {})
    text = str(nb.cells[0].outputs)
    assert HIDDEN_TEXT not in text and "quoted a hidden test" in text


# -- nothing lost -----------------------------------------------------------------------------
def test_rerun_grades_only_new_or_changed_submissions(course):
    course.submit("alice", course.reference())
    course.submit("bob", course.stub())
    before = tree_digest(course.root / "submitted")
    first = course.grade(feedback=False)
    assert sorted(o.student for o in first.outcomes) == ["alice", "bob"]
    assert tree_digest(course.root / "submitted") == before, "submissions must not change"
    again = course.grade(feedback=False)
    assert again.outcomes == [] and again.skipped == 2
    course.submit("bob", course.with_answers({"ex1-solution": WRONG_AREA}))
    third = course.grade(feedback=False)
    assert [o.student for o in third.outcomes] == ["bob"]
    assert course.scores("bob")["ex1-test-errors"] == 1
    forced = course.grade(feedback=False, force=True)
    assert len(forced.outcomes) == 2


@pytest.fixture
def cpu_hog():
    """Busy loops on every core while the test runs: the load under which timing bugs show."""
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 1)
    ]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def test_interrupted_run_keeps_finished_grades_and_the_next_run_finishes(course, cpu_hog):
    for i in range(6):
        answer = SLOW.format(seconds=2) if i else "def area(r):\n    return 0.0"
        course.submit(f"s{i}", course.with_answers({"ex1-solution": answer}))
    proc = _cli(course, "--no-feedback", "-q", start_new_session=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and len(_ledger(course)) < 1:
        time.sleep(0.2)
    assert _ledger(course), "nothing was graded before the interrupt"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and "exception" not in err, err[-2000:]
    kept = _ledger(course)
    assert 1 <= len(kept) < 6
    proc = _cli(course, "--no-feedback", "-q")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    assert f"graded now: {6 - len(kept)}," in out, out
    statuses = _ledger(course)
    assert len(statuses) == 6
    assert all(status == "graded" for status in statuses.values()), _reasons(course)


def test_two_runs_at_once_do_not_corrupt_the_gradebook(course):
    for i in range(4):
        course.submit(f"s{i}", course.reference() if i % 2 else course.stub())
    first = _cli(course, "--no-feedback", "-q", "--wait", "300")
    second = _cli(course, "--no-feedback", "-q", "--wait", "300")
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    graded = [out for out, _ in outputs]
    assert any("graded now: 4" in g for g in graded) and any("graded now: 0" in g for g in graded)
    for i in range(4):
        assert course.test_points(f"s{i}") == (5.0 if i % 2 else 0.0)
    with sqlite3.connect(course.root / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_second_run_without_wait_is_refused_clearly(course):
    with grader.store.course_lock(course.root / grader.LOCK):
        proc = _cli(course, "-q")
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "another grading run is in progress" in err


# -- collecting from an LMS -------------------------------------------------------------------
def test_lms_zip_is_collected_and_unmatched_files_are_reported(course, tmp_path):
    raw = nbformat.writes(course.stub())
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"smithjane_12345_67890_{ASSIGNMENT}.ipynb", raw)
        zf.writestr(f"doejohn_LATE_222_333_{ASSIGNMENT}-1.ipynb", raw)
        zf.writestr(f"Ada Lovelace_4242_assignsubmission_file_/{ASSIGNMENT}.ipynb", raw)
        zf.writestr(f"{ASSIGNMENT}_bbuser_attempt_2026-01-30-15-00-00_{ASSIGNMENT}.ipynb", raw)
        zf.writestr("random-notes.ipynb", raw)
        zf.writestr(f"zed_1_2_{ASSIGNMENT}-final-version.ipynb", raw)
    code = grader.main(["collect", str(archive), "-a", ASSIGNMENT, "--course", str(course.root)])
    assert code == 1  # some files were not collected
    submitted = course.root / "submitted"
    for student in ("smithjane", "doejohn", "ada-lovelace", "bbuser"):
        assert (submitted / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file(), student
    assert not (submitted / "zed").exists()
    stamp = submitted / "bbuser" / ASSIGNMENT / "timestamp.txt"
    assert stamp.read_text().startswith("2026-01-30 15:00:00")


# -- the report -------------------------------------------------------------------------------
def test_csv_keeps_nbgrader_columns_and_adds_status_and_the_html_is_self_contained(course):
    course.submit("alice", course.reference())
    course.submit("bob", raw=b"not json")
    result = course.grade()
    with (course.root / "grades.csv").open() as fh:
        reader = csv.DictReader(fh)
        rows = {r["student_id"]: r for r in reader if r["assignment"] == ASSIGNMENT}
        assert reader.fieldnames[:11] == report.NBGRADER_COLUMNS
        assert reader.fieldnames[11:] == ["status", "reason", "seconds", "notes"]
    assert rows["alice"]["status"] == "needs_manual_grading"
    assert float(rows["alice"]["score"]) == 5.0 and float(rows["alice"]["max_score"]) == 7.0
    assert rows["bob"]["status"] == "invalid" and "JSON" in rows["bob"]["reason"]
    assert float(rows["alice"]["seconds"]) > 0
    page = (course.root / grader.REPORT).read_text()
    assert page.count("data:image/png;base64,") >= 2
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page
    assert "invalid" in result.summary and "fx-circles" in result.summary
    assert result.exit_code == 1  # an invalid submission is worth the instructor's attention
    # The item analysis: one row per test cell of the graded assignment, none for the other.
    with result.items.open() as fh:
        items = {r["grade_id"]: r for r in csv.DictReader(fh)}
    assert set(items) == {"ex1-test-value", "ex1-test-errors", "ex2-test"}
    assert float(items["ex2-test"]["pass_rate"]) == 1.0  # alice, the one graded submission
    assert "everybody passes" in items["ex2-test"]["flags"]
    assert "Test cells" in page and "item analysis of fx-circles" in page
    # fx-other has no submission: one line, after what was graded, and no plots of its own.
    assert "No submission yet: fx-other" in page
    assert page.index("No submission yet") < page.index("<h2>fx-circles")
    assert "score distribution of fx-other" not in page


# -- refusing to run without isolation ----------------------------------------------------------
def test_grader_refuses_without_a_sandbox_unless_told(monkeypatch):
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    with pytest.raises(sandbox.IsolationError, match="Refusing to grade"):
        sandbox.detect()
    assert sandbox.detect(allow_unsafe=True).isolated is False


def test_sandbox_is_real_here():
    box = sandbox.detect()
    assert box.isolated, "bubblewrap must work on the machines that run the tests"
    if os.geteuid() == 0:
        assert box.uid is not None and box.uid >= 1000


def test_unsafe_mode_grades_without_a_sandbox_and_says_so(course, monkeypatch, capsys):
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    course.submit("alice", course.reference())
    result = course.grade(unsafe=True, quiet=False, feedback=False)
    assert course.outcome(result, "alice").status == "needs_manual_grading"
    assert course.test_points("alice") == 5.0
    assert "WITHOUT isolation" in capsys.readouterr().err
