"""Everything the grading process writes: gradebook, autograded notebooks, ledger, lock.

Only the grading process writes, one submission at a time, in this order: the autograded
notebook, then the gradebook (one transaction), then the ledger row. The ledger row, with the
submission's fingerprint, is the commit point: a run that stops before it (Ctrl-C, a killed
worker, a power cut) leaves that submission to be graded again by the next run, and nothing
half-written is ever trusted. A lock file keeps a second run from starting meanwhile.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from nbformat.v4 import nbjson
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import compute_checksum, determine_grade, is_grade, is_solution, is_task

from aicareer.grading.model import Outcome, Status

LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS outcome (
    assignment TEXT NOT NULL,
    student TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    seconds REAL NOT NULL,
    notes TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (assignment, student)
)
"""


class LockedError(RuntimeError):
    """Another grading run holds the lock."""


@contextmanager
def course_lock(path: Path, wait: float = 0.0):
    """Hold an exclusive lock on *path* (released by the OS even if this process is killed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("a+")
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                fh.close()
                raise LockedError(
                    f"another grading run is in progress ({holder}); wait for it to finish, "
                    "or pass --wait SECONDS"
                ) from None
            time.sleep(0.5)
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
    fh.flush()
    try:
        yield
    finally:
        fh.seek(0)
        fh.truncate()
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def ledger_entry(outcome: Outcome) -> dict:
    """What the ledger keeps of an outcome, and the report reads."""
    return {
        "fingerprint": outcome.fingerprint,
        "status": outcome.status,
        "reason": outcome.reason,
        "seconds": outcome.seconds,
        "notes": outcome.all_notes[:20],
    }


class Ledger:
    """What the grader decided about each submission, keyed by its fingerprint."""

    _KEYS = ("fingerprint", "status", "reason", "seconds", "notes")

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30)
        self.db.execute(LEDGER_SCHEMA)
        self.db.commit()

    @classmethod
    def _entry(cls, row) -> dict:
        entry = dict(zip(cls._KEYS, row, strict=True))
        entry["status"] = Status(entry["status"])
        entry["notes"] = json.loads(entry["notes"])
        return entry

    def get(self, assignment: str, student: str) -> dict | None:
        row = self.db.execute(
            "SELECT fingerprint, status, reason, seconds, notes FROM outcome "
            "WHERE assignment=? AND student=?",
            (assignment, student),
        ).fetchone()
        return None if row is None else self._entry(row)

    def put(self, outcome: Outcome) -> None:
        entry = ledger_entry(outcome)
        self.db.execute(
            "INSERT OR REPLACE INTO outcome VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                outcome.assignment,
                outcome.student,
                entry["fingerprint"],
                str(entry["status"]),
                entry["reason"],
                entry["seconds"],
                json.dumps(entry["notes"]),
                time.strftime("%Y-%m-%dT%H:%M:%S"),
            ),
        )
        self.db.commit()

    def all(self) -> dict[tuple[str, str], dict]:
        rows = self.db.execute(
            "SELECT assignment, student, fingerprint, status, reason, seconds, notes FROM outcome"
        )
        return {(row[0], row[1]): self._entry(row[2:]) for row in rows}

    def close(self) -> None:
        self.db.close()


# -- recording an outcome --------------------------------------------------------------------
def _zero(gb: Gradebook, assignment: str, student: str) -> None:
    """Every grade of the submission at zero: what is not judged below earns nothing."""
    submission = gb.find_submission(assignment, student)
    for nb in submission.notebooks:
        for grade in nb.grades:
            grade.auto_score = 0
            grade.needs_manual_grade = False


def write_autograded(coursedir: CourseDirectory, outcome: Outcome) -> None:
    """Write the executed notebooks and the run's files to ``autograded/``, read-only.

    As ``nbgrader autograde`` leaves it: the submission's files, the assignment's files over
    them, what the run wrote, and the executed notebooks.
    """
    dest = Path(
        coursedir.format_path(coursedir.autograded_directory, outcome.student, outcome.assignment)
    )
    dest.mkdir(parents=True, exist_ok=True)
    written = {
        f"{nbo.name}.ipynb": nbo.notebook.encode() for nbo in outcome.notebooks if nbo.notebook
    }
    written.update(outcome.files)
    for name, data in written.items():
        path = dest / name
        if not path.resolve().is_relative_to(dest.resolve()):
            continue  # a path that climbs out of the folder is no file of this submission
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.unlink(missing_ok=True)
        tmp.write_bytes(data)
        tmp.chmod(0o444)
        os.replace(tmp, path)


def save(gb: Gradebook, coursedir: CourseDirectory, outcome: Outcome) -> None:
    """Record *outcome* in the gradebook (one transaction) and ``autograded/``.

    The scores follow nbgrader's ``SaveAutoGrades``: a test cell scores what the grader saw
    (:func:`aicareer.grading.pipeline.judge`), an answer graded by hand needs grading unless it
    is the unchanged stub, and a task cell always waits for the instructor.
    """
    submitted = Path(
        coursedir.format_path(coursedir.submitted_directory, outcome.student, outcome.assignment)
    )
    if not submitted.is_dir():
        return  # a missing submission: nbgrader's export shows it as zero; the CSV says why
    write_autograded(coursedir, outcome)
    gb.update_or_create_student(outcome.student)
    timestamp = coursedir.get_existing_timestamp(str(submitted))
    if timestamp:
        gb.update_or_create_submission(outcome.assignment, outcome.student, timestamp=timestamp)
    else:
        gb.update_or_create_submission(outcome.assignment, outcome.student)
    db = gb.db
    manual = False
    try:
        _zero(gb, outcome.assignment, outcome.student)
        for nbo in outcome.notebooks:
            if not nbo.notebook:
                continue
            nb = nbjson.reads(nbo.notebook)  # the grader wrote it: no need to validate again
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if not gid or not (is_grade(cell) or is_task(cell)):
                    continue
                grade = gb.find_grade(gid, nbo.name, outcome.assignment, outcome.student)
                if is_task(cell):
                    grade.auto_score = None
                elif gid in nbo.verdicts:
                    grade.auto_score = nbo.verdicts[gid]
                else:  # an answer graded by hand: nbgrader's rule (0 if unchanged)
                    grade.auto_score, _ = determine_grade(cell)
                grade.needs_manual_grade = (
                    grade.manual_score is not None or grade.auto_score is None
                )
                manual = manual or bool(grade.needs_manual_grade)
                if is_solution(cell) or is_task(cell):
                    comment = gb.find_comment(gid, nbo.name, outcome.assignment, outcome.student)
                    unchanged = meta.get("checksum") == compute_checksum(cell)
                    comment.auto_comment = (
                        "No response." if unchanged and not is_task(cell) else None
                    )
        submission = gb.find_submission(outcome.assignment, outcome.student)
        for nb in submission.notebooks:
            nb.late_submission_penalty = 0  # nbgrader's default policy: no penalty
        db.commit()
    except BaseException:
        db.rollback()
        raise
    if outcome.status is Status.GRADED and manual:
        outcome.status = Status.NEEDS_MANUAL
        outcome.reason = "answers to grade by hand"
