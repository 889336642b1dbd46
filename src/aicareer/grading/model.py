"""The grader's vocabulary: statuses, settings, an assignment as the gradebook holds it, outcomes.

Every other module of the package imports its types from here, and this module imports none of
them, so that what records grades (the gradebook, the ledger, a later LMS export or a task queue)
can use these types without pulling in the code that runs student notebooks.

Each setting has one home, here: its default and its help text live in the field, and the
command line (:func:`aicareer.grading.grader.build_parser`) is built from these fields.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any


class Status(StrEnum):
    """What became of one student's submission of one assignment (a ``str``, as stored)."""

    GRADED = "graded"
    NEEDS_MANUAL = "needs_manual_grading"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    MISSING = "missing"
    INVALID = "invalid"
    NOT_GRADED = "not_graded"  # in the gradebook (by nbgrader itself), not in the ledger

    @property
    def is_problem(self) -> bool:
        """A status the instructor must look at, and that makes the run exit with code 1."""
        return self in (Status.FAILED, Status.TIMED_OUT, Status.INVALID)


# The statuses a summary counts, in the order in which it lists them.
SUMMARY_STATUSES = (
    Status.GRADED,
    Status.NEEDS_MANUAL,
    Status.FAILED,
    Status.TIMED_OUT,
    Status.MISSING,
    Status.INVALID,
)


def setting(default: Any, help: str, *flags: str, **argparse: Any) -> Any:
    """A dataclass field that carries its command-line flags and help with its default."""
    meta = {"help": help, "flags": flags, "argparse": argparse}
    if isinstance(default, list):
        return field(default_factory=list, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Limits:
    """Resource limits of one sandboxed kernel (0 means no limit)."""

    memory_mb: int = setting(2048, "memory per kernel, in MB", "--memory-mb")
    cpu_seconds: int = setting(120, "CPU time per kernel, in seconds", "--cpu-seconds")
    processes: int = setting(128, "processes and threads per kernel", "--processes")
    file_size_mb: int = setting(64, "largest file a kernel may write, in MB")
    open_files: int = setting(256, "open files per kernel")
    tmp_mb: int = setting(256, "size of the kernel's private /tmp, in MB")


@dataclass
class Options:
    """How one submission is run and judged."""

    cell_timeout: int | None = setting(
        None,
        "seconds per cell (default: Execute.timeout of nbgrader_config.py, 30 in this course)",
        "--timeout",
    )
    submission_timeout: int = setting(
        600,
        "seconds per submission before its worker is stopped and the submission reported",
        "--submission-timeout",
    )
    cell_output_limit: int = setting(200_000, "characters of output kept per cell")
    total_output_limit: int = setting(2_000_000, "characters of output kept per notebook")
    feedback_timeout: int = setting(300, "seconds for the feedback of one submission")


@dataclass
class Settings:
    """One grading run, as the command line or a caller describes it."""

    course: Path | None = setting(
        None, "the nbgrader course folder (default: exercises/ of this repo)", "--course", type=Path
    )
    assignments: list[str] = setting(
        [], "grade only this assignment (repeatable)", "-a", "--assignment", action="append"
    )
    students: list[str] = setting(
        [], "grade only this student (repeatable)", "-s", "--student", action="append"
    )
    workers: int = setting(0, "worker processes (default: the number of cores)", "-j", "--workers")
    scheduler: str = setting(
        "",
        "grade on the workers of this Dask scheduler (tcp://HOST:PORT, or a scheduler file) "
        "instead of local worker processes (default: $AICAREER_DASK_SCHEDULER; unset: local)",
        "--scheduler",
        type=str,
    )
    force: bool = setting(
        False, "grade again even what has not changed", "--force", action="store_true"
    )
    feedback: bool = setting(True, "skip the HTML feedback", "--no-feedback", action="store_false")
    unsafe: bool = setting(
        False,
        "grade without isolation when no sandbox is available (warns)",
        "--unsafe",
        action="store_true",
    )
    wait: float = setting(
        0.0, "wait this long for another grading run to finish", "--wait", type=float
    )
    quiet: bool = setting(False, "no progress bar", "-q", "--quiet", action="store_true")
    scratch: Path | None = setting(
        None,
        "make the run's scratch folder (kernels' working folders, deleted at the end) in this "
        "folder, which the sandbox users must be able to enter (default: the system's temp)",
        "--scratch",
        type=Path,
    )
    roster: Path | None = setting(
        None,
        "a file of student ids (first column), so that whoever did not submit is reported "
        "as missing",
        "--roster",
        type=Path,
    )
    options: Options = field(default_factory=Options)
    limits: Limits = field(default_factory=Limits)


def default_of(owner: type, name: str) -> Any:
    """The default of the setting *name* of the dataclass *owner* (for help and tests)."""
    for f in fields(owner):
        if f.name == name:
            return f.default_factory() if f.default is MISSING else f.default
    raise KeyError(name)


# -- an assignment, as the gradebook holds it ---------------------------------------------------
@dataclass(frozen=True)
class SourceCell:
    """One nbgrader cell of the instructor's notebook, as the gradebook holds it."""

    grade_id: str
    cell_type: str
    kind: str  # "solution", "test", "manual", "task", "locked"
    source: str
    points: float | None
    checksum: str | None


@dataclass
class NotebookInfo:
    name: str
    cells: list[SourceCell]
    kernelspec: dict
    trusted: tuple[tuple[str, str, str], ...]  # the instructor's imports: name, module, attr
    imported: dict[str, str]  # alias -> module, every import of the source notebook
    preload: tuple[str, ...]  # modules the guard imports before any student code runs

    @property
    def grade_ids(self) -> set[str]:
        return {c.grade_id for c in self.cells}


@dataclass
class AssignmentInfo:
    name: str
    notebooks: list[NotebookInfo]
    source_dir: str
    source_hash: str
    # The grade ids of every other assignment of the gradebook, to recognise their notebooks.
    other_ids: dict[str, frozenset[str]] = field(default_factory=dict)


# -- what grading one submission produced -------------------------------------------------------
@dataclass
class NotebookOutcome:
    name: str
    notebook: str | None = None  # the executed notebook, JSON
    verdicts: dict[str, float | None] = field(default_factory=dict)  # test grade_id -> score
    executed: bool = False


@dataclass
class Outcome:
    assignment: str
    student: str
    status: Status
    reason: str = ""
    seconds: float = 0.0
    fingerprint: str = ""
    notebooks: list[NotebookOutcome] = field(default_factory=list)
    tampering: list[str] = field(default_factory=list)  # seen by the guard at run time: zeroes
    review: list[str] = field(default_factory=list)  # noticed by the scan: a hint, never a zero
    notes: list[str] = field(default_factory=list)  # what the grader changed or put back
    files: dict[str, bytes] = field(default_factory=dict)  # files the run created, by path
    transient: bool = False  # the grader failed, not the submission: grade it again next run

    @property
    def summary(self) -> str:
        return f"{self.status}: {self.reason}" if self.reason else str(self.status)

    @property
    def all_notes(self) -> list[str]:
        """The notes as the CSV and the report show them: review hints first."""
        return [f"review: {r}" for r in self.review] + self.notes


class LossKind(StrEnum):
    """Why a worker gave no outcome for its job."""

    DIED = "died"  # the worker process exited (killed, out of memory)
    OVERDUE = "overdue"  # the job ran past its deadline and the worker was stopped
    BROKEN = "broken"  # the worker sent back an exception: a bug of the grader
    GONE = "gone"  # the Dask workers that ran it died or left, as often as the scheduler allows


@dataclass(frozen=True)
class Loss:
    """A job a worker did not finish, and why."""

    kind: LossKind
    detail: str = ""

    def __str__(self) -> str:
        if self.kind is LossKind.OVERDUE:
            return f"over the {self.detail} s limit for one submission"
        if self.kind is LossKind.DIED:
            return f"the grading worker died (exit code {self.detail})"
        if self.kind is LossKind.GONE:
            return f"the Dask workers grading it died or left ({self.detail})"
        return f"the worker failed ({self.detail})"
