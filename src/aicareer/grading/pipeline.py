"""Grade one submission: read it, rebuild it from the gradebook, scan it, run it, judge it.

This runs in a worker process and never writes the gradebook: it reads the gradebook (through
nbgrader's preprocessors), runs the student's code in the sandbox, and returns an
:class:`Outcome` that the grading process records (:mod:`aicareer.grading.store`).

The notebook that runs is rebuilt, cell by cell, in the order of the instructor's source:

- every locked cell, every test cell with its hidden tests, and the nbgrader metadata of every
  cell come from the gradebook, whatever the submission says (changed sources, tags, points,
  grade ids, kernelspec; deleted, duplicated or reordered cells);
- a student's answer cells keep their source; cells the student added stay after the cell they
  followed; a missing answer cell gets the released stub back.

nbgrader's own sanitising preprocessors (``ClearOutput``, ``DeduplicateIds``,
``OverwriteKernelspec``, ``OverwriteCells`` with ``add_missing_cells``, ``CheckCellMetadata``)
then run on the result as they would in ``nbgrader autograde``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell
from nbgrader.preprocessors import (
    CheckCellMetadata,
    ClearOutput,
    DeduplicateIds,
    LimitOutput,
    OverwriteCells,
    OverwriteKernelspec,
)
from nbgrader.utils import get_partial_grade
from traitlets.config import Config

from aicareer.grading import scan
from aicareer.grading.execute import GuardedExecute, is_test_cell
from aicareer.grading.sandbox import Sandbox

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_FOLDER_BYTES = 100 * 1024 * 1024
MISSING_NOTE = "This cell was missing from the submission: the grader put it back."

# Statuses, in the order in which one hides another in a summary.
GRADED = "graded"
NEEDS_MANUAL = "needs_manual_grading"
FAILED = "failed"
TIMED_OUT = "timed_out"
MISSING = "missing"
INVALID = "invalid"
STATUSES = (GRADED, NEEDS_MANUAL, FAILED, TIMED_OUT, MISSING, INVALID)


@dataclass
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
    trusted: tuple[tuple[str, str, str], ...]
    imported: dict[str, str]
    preload: tuple[str, ...]

    @property
    def grade_ids(self) -> set[str]:
        return {c.grade_id for c in self.cells}


@dataclass
class AssignmentInfo:
    name: str
    notebooks: list[NotebookInfo]
    source_dir: str
    source_hash: str
    foreign_ids: dict[str, str] = field(default_factory=dict)  # grade_id -> other assignment


@dataclass
class Options:
    timeout: int = 30
    submission_timeout: int = 600
    cell_output_limit: int = 200_000
    total_output_limit: int = 2_000_000
    # The static scan of student code; off only in the tests that check the run-time guard.
    static_scan: bool = True


@dataclass
class Task:
    assignment: AssignmentInfo
    student: str
    submission_dir: str
    db_url: str
    config: dict
    sandbox: Sandbox
    options: Options
    scratch: str
    fingerprint: str
    slot: int = 0


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
    status: str
    reason: str = ""
    seconds: float = 0.0
    fingerprint: str = ""
    notebooks: list[NotebookOutcome] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    transient: bool = False  # the grader failed, not the submission: grade it again next run

    @property
    def summary(self) -> str:
        return f"{self.status}: {self.reason}" if self.reason else self.status


def fingerprint(submission_dir: Path, assignment: AssignmentInfo, settings: str) -> str:
    """A hash of everything that decides a grade: the files, the assignment, the settings."""
    digest = hashlib.sha256()
    digest.update(assignment.source_hash.encode())
    digest.update(settings.encode())
    if submission_dir.is_dir():
        for path in sorted(submission_dir.rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                digest.update(str(path.relative_to(submission_dir)).encode() + b"\0")
                with path.open("rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(block)
    return digest.hexdigest()


# -- reading -------------------------------------------------------------------------------
class InvalidSubmission(Exception):
    """The submission cannot be graded as it is: the message says why."""


def read_notebook(path: Path) -> nbformat.NotebookNode:
    size = path.stat().st_size
    if size == 0:
        raise InvalidSubmission(f"{path.name} is an empty file")
    if size > MAX_NOTEBOOK_BYTES:
        raise InvalidSubmission(f"{path.name} is {size // 2**20} MB, over the 20 MB limit")
    try:
        raw = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidSubmission(
            f"{path.name} is not valid JSON ({err.__class__.__name__})"
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        raise InvalidSubmission(f"{path.name} is not a notebook (no list of cells)")
    try:
        nb = nbformat.reads(json.dumps(raw), as_version=4)
    except Exception as err:
        raise InvalidSubmission(f"{path.name} is not a readable notebook: {err}") from None
    for cell in nb.cells:
        if cell.get("cell_type") not in ("code", "markdown", "raw"):
            raise InvalidSubmission(f"{path.name} has a cell of unknown type")
        if not isinstance(cell.get("source", ""), str):
            raise InvalidSubmission(f"{path.name} has a cell whose source is not text")
        if not isinstance(cell.get("metadata", {}), dict):
            raise InvalidSubmission(f"{path.name} has a cell whose metadata is not a dict")
    if not nb.cells:
        raise InvalidSubmission(f"{path.name} is an empty notebook (no cells)")
    return nb


def _grade_id(cell) -> str | None:
    meta = cell.get("metadata", {}).get("nbgrader")
    if isinstance(meta, dict) and isinstance(meta.get("grade_id"), str):
        return meta["grade_id"]
    return None


def check_assignment(nb, info: NotebookInfo, foreign: dict[str, str]) -> None:
    """Raise :class:`InvalidSubmission` if *nb* is another assignment's notebook."""
    ids = {gid for gid in map(_grade_id, nb.cells) if gid}
    if ids & info.grade_ids:
        return
    others = sorted({foreign[gid] for gid in ids if gid in foreign})
    if others:
        raise InvalidSubmission(f"this is the notebook of another assignment ({', '.join(others)})")
    raise InvalidSubmission("no cell of this assignment is in the notebook")


# -- rebuilding ----------------------------------------------------------------------------
def _trusted_metadata(sc: SourceCell) -> dict:
    kind = sc.kind
    meta = {
        "grade": kind in ("test", "manual"),
        "solution": kind in ("solution", "manual"),
        "locked": kind in ("test", "locked", "task"),
        "task": kind == "task",
        "grade_id": sc.grade_id,
        "schema_version": 3,
    }
    if kind in ("test", "manual", "task"):
        meta["points"] = sc.points or 0
    if sc.checksum:
        meta["checksum"] = sc.checksum
    if kind == "test":
        meta["cell_type"] = sc.cell_type
    return meta


def _new_cell(cell_type: str, source: str):
    return new_code_cell(source) if cell_type == "code" else new_markdown_cell(source)


def rebuild(nb, info: NotebookInfo) -> tuple[nbformat.NotebookNode, list[str]]:
    """Return the notebook to run, rebuilt around the gradebook's cells; and notes on changes."""
    notes: list[str] = []
    known = {c.grade_id: c for c in info.cells}
    answers: dict[str, object] = {}
    anchored: dict[str | None, list] = {None: []}
    anchor: str | None = None
    seen_order: list[str] = []
    for cell in nb.cells:
        gid = _grade_id(cell)
        if gid in known:
            if gid in answers or gid in seen_order:
                notes.append(f"duplicate cell {gid} ignored")
            if known[gid].kind in ("solution", "manual"):
                answers[gid] = cell  # nbgrader keeps the last copy of a duplicated cell
            if gid not in seen_order:
                seen_order.append(gid)
            anchor = gid
            anchored.setdefault(anchor, [])
            continue
        cell = nbformat.from_dict(dict(cell))
        cell.metadata = {k: v for k, v in cell.get("metadata", {}).items() if k != "nbgrader"}
        if gid:
            notes.append(f"unknown nbgrader cell {gid} treated as a plain cell")
        anchored.setdefault(anchor, []).append(cell)
    expected = [c.grade_id for c in info.cells]
    if [g for g in seen_order if g in expected] != [g for g in expected if g in seen_order]:
        notes.append("cells were reordered: the source's order is restored")

    cells = list(anchored[None])
    for sc in info.cells:
        if sc.kind in ("solution", "manual") and sc.grade_id in answers:
            student = answers[sc.grade_id]
            cell = _new_cell(sc.cell_type, student.get("source", ""))
        else:
            source = sc.source
            if sc.grade_id not in seen_order:
                notes.append(f"missing cell {sc.grade_id} put back")
                if sc.kind == "test":
                    source = f"# {MISSING_NOTE}\n{source}"
            cell = _new_cell(sc.cell_type, source)
        cell.metadata = {"nbgrader": _trusted_metadata(sc)}
        if sc.kind in ("test", "locked", "task"):
            cell.metadata.update(deletable=False, editable=False)
        cells.append(cell)
        cells += anchored.get(sc.grade_id, [])
    out = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": info.kernelspec})
    for i, cell in enumerate(out.cells):
        cell["id"] = f"cell-{i}"
    return out, notes


def sanitise(nb, resources: dict, config: Config):
    """nbgrader's own sanitising steps, as ``nbgrader autograde`` runs them."""
    for pp in (ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata):
        nb, resources = pp(config=config).preprocess(nb, resources)
    return nb, resources


# -- running -------------------------------------------------------------------------------
def _prepare_workdir(task: Task, workdir: Path) -> None:
    """A private copy of the submission's extra files and the assignment's data files."""
    workdir.mkdir(parents=True)
    submitted = Path(task.submission_dir)
    total = 0
    for path in sorted(submitted.rglob("*")):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            total += path.stat().st_size
            if total > MAX_FOLDER_BYTES:
                raise InvalidSubmission("the submission's files are over 100 MB")
            dest = workdir / path.relative_to(submitted)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
    source = Path(task.assignment.source_dir)
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            dest = workdir / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)


def _chown_tree(root: Path, uid: int) -> None:
    for path in [root, *root.rglob("*")]:
        os.chown(path, uid, uid)


def judge(nb, executor: GuardedExecute) -> dict[str, float | None]:
    """Score each test cell from what the grader saw: it ran, the kernel said ok, no error."""
    verdicts: dict[str, float | None] = {}
    for index, cell in enumerate(nb.cells):
        if not is_test_cell(cell):
            continue
        meta = cell.metadata["nbgrader"]
        points = float(meta.get("points", 0))
        ok = executor.replies.get(index) == "ok" and not any(
            out.get("output_type") == "error" for out in cell.get("outputs", [])
        )
        score = points if ok else 0.0
        if ok:
            for out in cell.outputs:
                if out.get("output_type") == "execute_result":
                    try:
                        score = float(get_partial_grade(out, points))
                    except (KeyError, ValueError):
                        score = 0.0
                    break
        verdicts[meta["grade_id"]] = score
    return verdicts


def run_notebook(
    task: Task,
    info: NotebookInfo,
    nb,
    workdir: Path,
    rundir: Path,
    config: Config,
    outcome: Outcome,
) -> NotebookOutcome:
    result = NotebookOutcome(info.name)
    resources = {
        "nbgrader": {
            "notebook": info.name,
            "assignment": task.assignment.name,
            "student": task.student,
            "db_url": task.db_url,
        },
        "metadata": {"path": str(workdir)},
    }
    nb, notes = rebuild(nb, info)
    outcome.notes += notes
    nb, resources = sanitise(nb, resources, config)

    student_cells = [
        (cell.get("id", str(i)), cell.source)
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and not cell.metadata.get("nbgrader", {}).get("locked")
    ]
    if task.options.static_scan:
        outcome.findings += [str(f) for f in scan.scan_notebook(student_cells, info.imported)]
    if outcome.findings:
        # Code that tampers is not run at all: the instructor reviews the notebook as submitted.
        result.notebook = nbformat.writes(nb)
        result.verdicts = {
            c.metadata["nbgrader"]["grade_id"]: 0.0 for c in nb.cells if is_test_cell(c)
        }
        return result

    test_names = {i: scan.global_names(c.source) for i, c in enumerate(nb.cells) if is_test_cell(c)}
    executor = GuardedExecute(
        sandbox=task.sandbox,
        workdir=workdir,
        rundir=rundir,
        slot=task.slot,
        test_names=test_names,
        trusted=info.trusted,
        preload=info.preload,
        cell_output_limit=task.options.cell_output_limit,
        total_output_limit=task.options.total_output_limit,
        config=config,
        timeout=task.options.timeout,
        shutdown_kernel="immediate",
    )
    nb, resources = executor.preprocess(nb, resources)
    nb, resources = LimitOutput(config=config).preprocess(nb, resources)
    result.executed = True
    result.verdicts = judge(nb, executor)
    outcome.findings += [f"at run time: {f}" for f in executor.findings]
    if executor.truncated:
        outcome.notes.append("output truncated")
    if executor.reaped:
        outcome.notes.append("processes left running by a cell were stopped")
    if executor.kernel_died:
        outcome.status, outcome.reason = (
            FAILED,
            "the kernel died (it exited, was killed, or ran out of memory or CPU time)",
        )
    elif executor.stuck:
        outcome.status, outcome.reason = (
            TIMED_OUT,
            "a cell ignored the interrupt after the "
            f"{task.options.timeout} s limit; the rest did not run",
        )
    elif executor.unresponsive:
        outcome.status, outcome.reason = (
            FAILED,
            "the kernel stopped answering the grader "
            "(its interpreter was broken, for example by replacing builtins)",
        )
    elif executor.timed_out:
        outcome.status = TIMED_OUT
        outcome.reason = (
            f"{len(executor.timed_out)} cell(s) over the {task.options.timeout} s limit"
        )
    result.notebook = nbformat.writes(nb)
    return result


def grade(task: Task) -> Outcome:
    """Grade one submission (all notebooks of one assignment of one student)."""
    start = time.monotonic()
    outcome = Outcome(task.assignment.name, task.student, GRADED, fingerprint=task.fingerprint)
    scratch = Path(task.scratch)
    try:
        config = Config(task.config)
        submitted = Path(task.submission_dir)
        if not submitted.is_dir():
            outcome.status, outcome.reason = MISSING, "no submission"
            return outcome
        present = [p.name for p in submitted.glob("*.ipynb")]
        notebooks = []
        for info in task.assignment.notebooks:
            path = submitted / f"{info.name}.ipynb"
            if not path.is_file():
                found = f" (found: {', '.join(sorted(present))})" if present else ""
                if not present:
                    outcome.status, outcome.reason = MISSING, f"no {info.name}.ipynb"
                    return outcome
                raise InvalidSubmission(f"no {info.name}.ipynb{found}")
            nb = read_notebook(path)
            check_assignment(nb, info, task.assignment.foreign_ids)
            notebooks.append((info, nb))
        workdir = scratch / "work"
        _prepare_workdir(task, workdir)
        for info, nb in notebooks:
            rundir = scratch / f"run-{info.name}"
            rundir.mkdir(parents=True)
            rundir.chmod(0o700)
            if task.sandbox.uid is not None:
                _chown_tree(workdir, task.sandbox.uid + task.slot)
                os.chown(rundir, task.sandbox.uid + task.slot, task.sandbox.uid + task.slot)
            outcome.notebooks.append(run_notebook(task, info, nb, workdir, rundir, config, outcome))
        if outcome.findings:
            outcome.status = FAILED
            outcome.reason = "tampering: " + "; ".join(outcome.findings[:5])
            if len(outcome.findings) > 5:
                outcome.reason += f"; and {len(outcome.findings) - 5} more"
            for nbo in outcome.notebooks:
                nbo.verdicts = dict.fromkeys(nbo.verdicts, 0.0)
    except InvalidSubmission as err:
        outcome.status, outcome.reason = INVALID, str(err)
        outcome.notebooks = []
    except Exception as err:  # the grader's own failure: report it, grade again next run
        outcome.status = FAILED
        outcome.reason = f"grader error: {err.__class__.__name__}: {err}"
        outcome.notes.append(traceback.format_exc(limit=5))
        outcome.transient = True
        outcome.notebooks = []
    finally:
        outcome.seconds = round(time.monotonic() - start, 3)
        shutil.rmtree(scratch, ignore_errors=True)
    return outcome
