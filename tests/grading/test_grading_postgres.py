"""The gradebook on PostgreSQL: the same grades as with SQLite, and runs on two course folders
sharing one database grade every submission exactly once, even when one of them is killed.

A real server (tests/postgres_server.py, installed by scripts/install-postgresql.sh), one empty
database per test; the course's config reads the database from AICAREER_GRADEBOOK_URL.
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from grading_fixture import Course
from sqlalchemy import create_engine, text

from aicareer.environment import with_venv_on_path
from aicareer.grading import database, grader
from aicareer.grading.model import Outcome, Status

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("postgres")]

WRONG_AREA = '''def area(r):
    """Area of a circle of radius r (a number >= 0)."""
    if not isinstance(r, (int, float)) or isinstance(r, bool):
        raise TypeError("r must be a number")
    if r < 0:
        raise ValueError("r must be >= 0")
    return 3.141592653589793 if r == 1 else 1.0'''
SLOW = "import time\ntime.sleep(4)\ndef area(r):\n    return 0.0"


def _rows(course: Course) -> dict[str, dict]:
    with (course.root / "grades.csv").open(encoding="utf-8") as fh:
        return {r["student_id"]: r for r in csv.DictReader(fh) if r["assignment"] == "fx-circles"}


def _scores_of(rows: dict[str, dict]) -> dict[str, tuple]:
    keep = ("raw_score", "score", "max_score", "status")
    return {student: tuple(row[k] for k in keep) for student, row in rows.items()}


def _sql(url: str, statement: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(statement))]
    finally:
        engine.dispose()


def _ledger(url: str) -> dict[str, str]:
    return dict(_sql(url, "SELECT student, status FROM aicareer_ledger"))


def _cli(root: Path, url: str, *args: str, **kwargs) -> subprocess.Popen:
    env = with_venv_on_path()
    env[database.GRADEBOOK_URL] = url
    cmd = [sys.executable, "-m", "aicareer.grading.grader", "--course", str(root)]
    cmd += ["--timeout", "60", "--no-feedback", "-q", *args]
    return subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **kwargs
    )


def _graded_now(out: str) -> int:
    return int(out.split("graded now: ")[1].split(",")[0])


def test_a_postgres_gradebook_grades_as_the_sqlite_one(
    course, tmp_path, gradebook_url, monkeypatch
):
    course.submit("alice", course.reference())
    course.submit("bob", course.stub())
    course.submit("carol", course.with_answers({"ex1-solution": WRONG_AREA}))
    shared = Course(shutil.copytree(course.root, tmp_path / "shared"))
    on_sqlite = course.grade(feedback=False)
    assert len(on_sqlite.outcomes) == 3

    monkeypatch.setenv(database.GRADEBOOK_URL, gradebook_url)
    first = shared.grade()
    assert sorted(o.student for o in first.outcomes) == ["alice", "bob", "carol"]
    assert first.feedback_failed == [], first.feedback_failed
    assert first.exit_code == 0, [o.summary for o in first.outcomes]
    assert shared.test_points("alice") == 5.0 and shared.test_points("bob") == 0.0
    assert _scores_of(_rows(shared)) == _scores_of(_rows(course))
    assert not (shared.root / grader.LEDGER).exists(), "the ledger belongs in the database"
    assert not (shared.root / grader.RELEASED).exists()
    assert _ledger(gradebook_url) == {s: str(o.status) for s, o in _by_student(first).items()}
    assert (shared.root / "feedback" / "alice" / "fx-circles" / "fx-circles.html").is_file()

    again = shared.grade(feedback=False)
    assert again.outcomes == [] and again.skipped == 3
    shared.submit("bob", course.with_answers({"ex1-solution": WRONG_AREA}))
    third = shared.grade(feedback=False)
    assert [o.student for o in third.outcomes] == ["bob"]
    assert shared.scores("bob") == course.scores("carol")
    assert grader.main(["report", "--course", str(shared.root)]) == 0
    assert _rows(shared)["bob"]["score"] == _rows(course)["carol"]["score"]


def _by_student(result: grader.RunResult) -> dict:
    return {o.student: o for o in result.outcomes}


def test_two_course_folders_sharing_one_database_grade_each_submission_once(
    course, tmp_path, gradebook_url, monkeypatch
):
    kinds = {"ref": course.reference(), "stub": course.stub()}
    kinds["wrong"] = course.with_answers({"ex1-solution": WRONG_AREA})
    expected = {"ref": 5.0, "stub": 0.0, "wrong": 1.0}
    students = {f"{kind}{i}": kind for i in range(3) for kind in kinds}
    for student, kind in students.items():
        course.submit(student, kinds[kind])
    other = shutil.copytree(course.root, tmp_path / "other-machine")
    runs = [_cli(root, gradebook_url, "-j", "2") for root in (course.root, other)]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err[-3000:]
        assert "Traceback" not in err and "could not record" not in out, err[-3000:]
    graded = [_graded_now(out) for out, _ in outputs]
    assert sum(graded) == len(students), outputs  # each submission graded exactly once
    ledger = _ledger(gradebook_url)
    assert sorted(ledger) == sorted(students)
    assert set(ledger.values()) <= {"graded", "needs_manual_grading"}
    with_grades = _sql(
        gradebook_url,
        "SELECT count(DISTINCT submission.id) FROM submitted_assignment AS submission "
        "JOIN submitted_notebook AS nb ON nb.assignment_id = submission.id "
        "JOIN grade ON grade.notebook_id = nb.id WHERE grade.auto_score IS NOT NULL",
    )
    assert with_grades == [(len(students),)]
    monkeypatch.setenv(database.GRADEBOOK_URL, gradebook_url)
    for student, kind in students.items():
        assert course.test_points(student) == expected[kind], student


def test_a_killed_run_leaves_no_claim_behind(course, gradebook_url):
    course.submit("fast", course.stub())
    for i in range(3):
        course.submit(f"slow{i}", course.with_answers({"ex1-solution": SLOW}))
    doomed = _cli(course.root, gradebook_url, "-j", "1", start_new_session=True)
    claims = (
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
        "AND pid <> pg_backend_pid()"
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (
        _sql(gradebook_url, claims)[0][0] and _ledger_if_any(gradebook_url)
    ):
        time.sleep(0.2)
    held = _sql(gradebook_url, claims)[0][0]
    recorded = len(_ledger_if_any(gradebook_url))
    assert held >= 1 and recorded >= 1, "the first run never held a claim"
    os.killpg(doomed.pid, signal.SIGKILL)
    doomed.communicate(timeout=60)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _sql(gradebook_url, claims)[0][0]:
        time.sleep(0.2)
    assert _sql(gradebook_url, claims)[0][0] == 0, "the killed run's claims outlived it"
    recorded = len(_ledger(gradebook_url))
    assert recorded < 4, "the first run finished before it could be killed"
    successor = _cli(course.root, gradebook_url, "-j", "2")
    out, err = successor.communicate(timeout=600)
    assert successor.returncode == 0, err[-3000:]
    assert _graded_now(out) == 4 - recorded, out
    assert "graded by another run: 0," in out, out
    assert len(_ledger(gradebook_url)) == 4


def _session_ends(url: str, pid: int) -> bool:
    """Whether the server ends the session *pid* (it does so on its own, a moment later)."""
    deadline = time.monotonic() + 120
    query = f"SELECT count(*) FROM pg_stat_activity WHERE pid = {int(pid)}"
    while time.monotonic() < deadline and _sql(url, query)[0][0]:
        time.sleep(0.1)
    return _sql(url, query)[0][0] == 0


def _ledger_if_any(url: str) -> dict[str, str]:
    exists = _sql(url, "SELECT to_regclass('aicareer_ledger') IS NOT NULL")[0][0]
    return _ledger(url) if exists else {}


def test_a_gradebook_url_the_grader_cannot_use_is_refused_with_what_to_do(tmp_path):
    def refused(url: str) -> str:
        with pytest.raises(database.DatabaseError) as caught:
            database.open_state(url, "c", tmp_path / "ledger", tmp_path / "released")
        return str(caught.value)

    assert "psycopg 3" in refused("postgresql+psycopg2://grader@127.0.0.1/gradebook")
    assert "SQLite or PostgreSQL" in refused("mysql+pymysql://grader@127.0.0.1/gradebook")
    unreachable = refused("postgresql+psycopg://grader:secret@127.0.0.1:1/gradebook")
    assert "cannot connect" in unreachable and "secret" not in unreachable
    assert database.GRADEBOOK_URL in unreachable


def test_claims_keep_two_runs_apart_and_die_with_their_session(tmp_path, gradebook_url):
    def state() -> database.PostgresState:
        return database.open_state(gradebook_url, "c", tmp_path / "ledger", tmp_path / "released")

    first, second = state(), state()
    try:
        assert first.claim("a", "s", "fp1", force=False)
        assert not second.claim("a", "s", "fp1", force=False), "held by the first run"
        assert second.claim("a", "t", "fp1", force=False), "another submission is free"
        first.put(Outcome("a", "s", Status.GRADED, fingerprint="fp1"))
        first.unclaim("a", "s")
        assert not second.claim("a", "s", "fp1", force=False), "recorded meanwhile"
        assert not second.claim("a", "s", "fp1", force=True), "recorded since it started"
        assert second.claim("a", "s", "fp2", force=False), "changed since: grade it"
        second.unclaim("a", "s")
        assert first.claim("a", "u", "fp1", force=False)
        pid = first._sql("SELECT pg_backend_pid()").scalar_one()
        first.close()  # the session ends with the claim still held, as a killed run's does
        assert _session_ends(gradebook_url, pid), "the server kept the closed session"
        assert second.claim("a", "u", "fp1", force=False)
        assert second.all()[("a", "s")]["status"] is Status.GRADED
    finally:
        second.close()
