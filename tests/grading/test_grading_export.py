"""Grades back to the LMS: a collected, graded batch exported as Canvas, Moodle and Blackboard
import files and a per-question CSV, checked against each LMS's documented format; ungraded work
is never exported as a grade."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile

import nbformat
import pytest
from grading_fixture import ASSIGNMENT
from nbgrader.api import Gradebook

from aicareer.grading import export, grader

pytestmark = pytest.mark.slow

REFLECTION = "reflection-answer"


def collect_and_grade(course, tmp_path):
    """One reference solution from each of Canvas, Moodle and Blackboard, and a broken file."""
    raw = nbformat.writes(course.reference())
    for lms, name in [
        ("canvas", f"smithjane_12345_67890_{ASSIGNMENT}.ipynb"),
        ("moodle", f"Ada Lovelace_4242_assignsubmission_file_/{ASSIGNMENT}.ipynb"),
        ("blackboard", f"{ASSIGNMENT}_bbuser_attempt_2026-01-30-15-00-00_{ASSIGNMENT}.ipynb"),
    ]:
        archive = tmp_path / f"{lms}.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr(name, raw)
        args = ["collect", str(archive), "-a", ASSIGNMENT, "--course", str(course.root)]
        assert grader.main(args) == 0
    course.submit("broken", raw=b"not json")
    result = course.grade(feedback=False)
    if any(o.transient for o in result.outcomes):  # as the grader says: grade those again
        result = course.grade(feedback=False)
    assert not [o.reason for o in result.outcomes if o.transient]


def grade_by_hand(course, student: str, score: float) -> None:
    """What the formgrader does when a grader saves a score."""
    with Gradebook(f"sqlite:///{course.root / 'gradebook.db'}") as gb:
        nb = gb.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
        grade = next(g for g in nb.grades if g.name == REFLECTION)
        grade.manual_score = score
        grade.needs_manual_grade = False
        gb.db.commit()


def run_export(course, *extra: str) -> int:
    return grader.main(["export", "-a", ASSIGNMENT, "--course", str(course.root), *extra])


def read(path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 without a byte-order mark"
    return list(csv.reader(raw.decode("utf-8").splitlines()))


def test_only_final_grades_are_exported_in_each_lms_format(course, tmp_path, capsys):
    collect_and_grade(course, tmp_path)
    ids = {r["student_id"]: r for r in csv.DictReader((course.root / "lms-ids.csv").open())}
    assert (ids["smithjane"]["lms"], ids["smithjane"]["lms_id"]) == ("canvas", "12345")
    assert (ids["ada-lovelace"]["lms_id"], ids["ada-lovelace"]["name"]) == ("4242", "Ada Lovelace")

    # Nothing is final yet: every reflection waits for a hand grade, and "broken" is invalid.
    assert run_export(course) == 0
    out = capsys.readouterr().out
    assert "0 submission(s) exported" in out
    assert "smithjane: waiting for hand grading" in out and "broken: invalid" in out
    folder = course.root / "exports" / ASSIGNMENT
    assert read(folder / "canvas-gradebook.csv")[2:] == []

    for student in ("smithjane", "ada-lovelace", "bbuser"):
        grade_by_hand(course, student, 1.5)
    assert run_export(course) == 1  # Canvas and Moodle lack the ids of the other LMSs' students
    out = capsys.readouterr().out
    assert "3 submission(s) exported" in out and "broken: invalid" in out
    assert "canvas: no LMS id for ada-lovelace, bbuser" in out

    canvas = read(folder / "canvas-gradebook.csv")
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT]
    assert canvas[1] == ["    Points Possible", "", "", "", "", "7"]
    smith = next(r for r in canvas if r[1] == "12345")
    assert smith[5] == "6.5"  # 5 autograded points plus 1.5 by hand

    moodle = read(folder / "moodle-grading-worksheet.csv")
    assert moodle[0] == [
        "Identifier",
        "Full name",
        "Email address",
        "Grade",
        "Maximum Grade",
        "Last modified (grade)",
    ]
    ada = next(r for r in moodle if r[0] == "Participant 4242")
    assert ada[1] == "Ada Lovelace" and ada[3] == "6.5" and ada[4] == "7"
    dt.datetime.strptime(ada[5], "%Y-%m-%d %H:%M:%S")  # a date PHP's strtotime reads

    text = (folder / "blackboard-grade-center.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        f'"Last Name","First Name","Username","Student ID","{ASSIGNMENT} [Total Pts: 7 Score]"'
    )
    assert '"bbuser","","6.5"' in text  # every value quoted, matched by user name

    questions = list(csv.DictReader((folder / "per-question.csv").open(encoding="utf-8")))
    assert [r["student_id"] for r in questions] == ["ada-lovelace", "bbuser", "smithjane"]
    assert questions[0][REFLECTION] == "1.5" and questions[0]["status"] == "final"
    cells = [c for c in questions[0] if c.startswith("ex")]
    assert cells and all(questions[0][c] != "" for c in cells)


def test_a_roster_supplies_missing_ids_and_asked_for_pending_work_is_marked(course, tmp_path):
    collect_and_grade(course, tmp_path)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "student_id,lms_id,name,sis_login_id,section\n"
        "ada-lovelace,777,Ada King,aking,S1\nbbuser,888,Bea User,buser,S2\n",
        encoding="utf-8",
    )
    code = run_export(course, "--lms", "canvas", "--include-pending", "--roster", str(roster))
    assert code == 0
    folder = course.root / "exports" / ASSIGNMENT
    assert sorted(p.name for p in folder.iterdir()) == ["canvas-gradebook.csv", "per-question.csv"]
    rows = {r[1]: r for r in read(folder / "canvas-gradebook.csv")[2:]}
    assert rows["777"][:5] == ["Ada King", "777", "", "aking", "S1"]
    assert rows["12345"][5] == "5"  # autograded points only: the reflection is not graded yet
    questions = {r["student_id"]: r for r in csv.DictReader((folder / "per-question.csv").open())}
    assert questions["smithjane"]["status"] == "pending"
    assert questions["smithjane"][REFLECTION] == ""


def test_failed_work_is_exported_only_when_asked_and_a_late_penalty_has_its_column(
    course, tmp_path
):
    config = course.root / "nbgrader_config.py"
    config.write_text(
        config.read_text() + '\nc.LateSubmissionPlugin.penalty_method = "zero"\n',
        encoding="utf-8",
    )
    collect_and_grade(course, tmp_path)
    with Gradebook(f"sqlite:///{course.root / 'gradebook.db'}") as gb:
        gb.update_or_create_assignment(ASSIGNMENT, duedate=dt.datetime(2026, 1, 30, 12, 0, 0))
    for student in ("smithjane", "bbuser"):
        grade_by_hand(course, student, 2)
    assert run_export(course, "--lms", "blackboard", "--include-failed") == 0
    rows = {
        r["student_id"]: r
        for r in csv.DictReader((course.root / "exports" / ASSIGNMENT / "per-question.csv").open())
    }
    # bbuser's Blackboard time stamp (2026-01-30 15:00) is three hours after the due date.
    assert rows["bbuser"]["raw_score"] == "7" and rows["bbuser"]["late_penalty"] == "7"
    assert rows["bbuser"]["score"] == "0"
    assert rows["broken"]["status"] == "invalid"


def test_export_needs_an_assignment_and_a_known_lms(course, capsys):
    assert grader.main(["export", "--course", str(course.root)]) == 2
    assert "name the assignment" in capsys.readouterr().err
    with pytest.raises(export.ExportError, match="no assignment 'nope'"):
        export.run(course.root, ["nope"])


def test_points_keep_two_decimals_at_most():
    assert [export.points(v) for v in (7.0, 6.5, 6.333333, 0.0, 0.004)] == [
        "7",
        "6.5",
        "6.33",
        "0",
        "0",
    ]
