"""Everything the grading process writes: gradebook, autograded notebooks, ledger, lock.

Only the grading process writes, one submission at a time, in this order: the autograded
notebook, then the gradebook (one transaction), then the ledger row. The ledger row, with the
submission's fingerprint, is the commit point: a run that stops before it (Ctrl-C, a killed
worker, a power cut) leaves that submission to be graded again by the next run, and nothing
half-written is ever trusted. A lock file keeps a second run from starting meanwhile.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import compute_checksum, determine_grade, is_grade, is_solution, is_task

from aicareer.grading import scan
from aicareer.grading.pipeline import (
    GRADED,
    NEEDS_MANUAL,
    AssignmentInfo,
    NotebookInfo,
    Outcome,
    SourceCell,
)

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


class Ledger:
    """What the grader decided about each submission, keyed by its fingerprint."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30)
        self.db.execute(LEDGER_SCHEMA)
        self.db.commit()

    def get(self, assignment: str, student: str) -> dict | None:
        row = self.db.execute(
            "SELECT fingerprint, status, reason, seconds, notes FROM outcome "
            "WHERE assignment=? AND student=?",
            (assignment, student),
        ).fetchone()
        if row is None:
            return None
        keys = ("fingerprint", "status", "reason", "seconds", "notes")
        return dict(zip(keys, row, strict=True))

    def put(self, outcome: Outcome) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO outcome VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                outcome.assignment,
                outcome.student,
                outcome.fingerprint,
                outcome.status,
                outcome.reason,
                outcome.seconds,
                json.dumps(outcome.notes[:20]),
                time.strftime("%Y-%m-%dT%H:%M:%S"),
            ),
        )
        self.db.commit()

    def all(self) -> dict[tuple[str, str], dict]:
        rows = self.db.execute(
            "SELECT assignment, student, fingerprint, status, reason, seconds, notes FROM outcome"
        )
        return {
            (a, s): {
                "fingerprint": f,
                "status": st,
                "reason": r,
                "seconds": sec,
                "notes": json.loads(n),
            }
            for a, s, f, st, r, sec, n in rows
        }

    def close(self) -> None:
        self.db.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- what the workers need to know about an assignment ---------------------------------------
def _kind(cell) -> str:
    meta = cell.metadata.get("nbgrader", {})
    if meta.get("task"):
        return "task"
    if meta.get("solution"):
        return "manual" if meta.get("grade") else "solution"
    if meta.get("grade"):
        return "test"
    return "locked"


def assignment_info(gb: Gradebook, coursedir: CourseDirectory, name: str) -> AssignmentInfo:
    """Read the assignment's cells from the gradebook, in the order of the source notebook."""
    source_dir = Path(coursedir.format_path(coursedir.source_directory, ".", name))
    assignment = gb.find_assignment(name)
    notebooks = []
    digest = hashlib.sha256()
    for notebook in sorted(assignment.notebooks, key=lambda n: n.name):
        path = source_dir / f"{notebook.name}.ipynb"
        digest.update(path.read_bytes())
        source = nbformat.read(path, as_version=4)
        stored = {c.name: c for c in notebook.source_cells}
        points = {c.name: c.max_score for c in notebook.grade_cells}
        points.update({c.name: c.max_score for c in notebook.task_cells})
        cells = []
        for cell in source.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid is None or gid not in stored:
                continue
            sc = stored[gid]
            cells.append(
                SourceCell(gid, sc.cell_type, _kind(cell), sc.source, points.get(gid), sc.checksum)
            )
        sources = [c.source for c in source.cells if c.cell_type == "code"]
        trusted = scan.trusted_imports(sources)
        preload = tuple(sorted({m for _, m, _ in trusted if m.split(".")[0] != "aicareer"}))
        kernelspec = (
            json.loads(notebook.kernelspec)
            if notebook.kernelspec
            else {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
        )
        notebooks.append(
            NotebookInfo(
                notebook.name, cells, kernelspec, trusted, scan.imports_of(sources), preload
            )
        )
    foreign: dict[str, str] = {}
    for other in gb.assignments:
        if other.name != name:
            for nb in other.notebooks:
                for cell in nb.source_cells:
                    foreign.setdefault(cell.name, other.name)
    return AssignmentInfo(name, notebooks, str(source_dir), digest.hexdigest(), foreign)


# -- recording an outcome --------------------------------------------------------------------
def _zero(gb: Gradebook, assignment: str, student: str) -> None:
    submission = gb.find_submission(assignment, student)
    for nb in submission.notebooks:
        for grade in nb.grades:
            grade.auto_score = 0
            grade.needs_manual_grade = False


def write_autograded(coursedir: CourseDirectory, outcome: Outcome, submitted: Path) -> None:
    """Write the executed notebooks to ``autograded/`` as nbgrader would (read-only files)."""
    dest = Path(
        coursedir.format_path(coursedir.autograded_directory, outcome.student, outcome.assignment)
    )
    dest.mkdir(parents=True, exist_ok=True)
    stamp = submitted / "timestamp.txt"
    files = [(f"{nbo.name}.ipynb", nbo.notebook) for nbo in outcome.notebooks if nbo.notebook]
    if stamp.is_file():
        files.append(("timestamp.txt", stamp.read_text(encoding="utf-8")))
    for name, text in files:
        path = dest / name
        tmp = path.with_name(f".{name}.tmp")
        tmp.unlink(missing_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o444)
        os.replace(tmp, path)


def save(gb: Gradebook, coursedir: CourseDirectory, outcome: Outcome) -> None:
    """Record *outcome* in the gradebook (one transaction) and ``autograded/``."""
    submitted = Path(
        coursedir.format_path(coursedir.submitted_directory, outcome.student, outcome.assignment)
    )
    if not submitted.is_dir():
        return  # a missing submission: nbgrader's export shows it as zero; the CSV says why
    write_autograded(coursedir, outcome, submitted)
    gb.update_or_create_student(outcome.student)
    timestamp = coursedir.get_existing_timestamp(str(submitted))
    if timestamp:
        gb.update_or_create_submission(outcome.assignment, outcome.student, timestamp=timestamp)
    else:
        gb.update_or_create_submission(outcome.assignment, outcome.student)
    db = gb.db
    try:
        _zero(gb, outcome.assignment, outcome.student)
        manual = False
        for nbo in outcome.notebooks:
            if not nbo.notebook:
                continue
            nb = nbformat.reads(nbo.notebook, as_version=4)
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if not gid:
                    continue
                if is_grade(cell):
                    grade = gb.find_grade(gid, nbo.name, outcome.assignment, outcome.student)
                    if gid in nbo.verdicts:
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
    except Exception:
        db.rollback()
        raise
    if outcome.status == GRADED and manual:
        outcome.status = NEEDS_MANUAL
        outcome.reason = "answers to grade by hand"


def missing_row(gb: Gradebook, assignment: str, student: str) -> bool:
    try:
        gb.find_submission(assignment, student)
    except MissingEntry:
        return True
    return False
